import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { extract, readArticle } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

const PROFILE = [
  'Tân Chủ tịch UBND tỉnh Hà Nam',
  'Ông Nguyễn Văn Thường',
  'Sinh năm 1970, quê quán xã Thanh Hà, tỉnh Hà Nam.',
  '- 12/2010 - 2/2015: Phó Chủ tịch UBND tỉnh Hà Nam.',
  '- Từ tháng 3/2015 - 4/2020, ông là Chủ tịch UBND tỉnh Hà Nam.',
  '- 5/2020 - nay: Bí thư Tỉnh ủy Hà Nam.',
  '- 2005 - 2010: Giám đốc Sở Nội vụ tỉnh Hà Nam.',
  '',
  'Lê Huân',
].join('\n');

const meta = { id: 'article:profile', title: null, publisher: null, published: '2024-10', url: null, textFile: 'profile.txt' };

describe('careers', () => {
  it('the bare name line is the person the list is about; a byline at the end is no one', () => {
    expect([...analyse({ text: PROFILE }).names.values()]).toEqual(['Nguyễn Văn Thường']);
  });

  it('each line is a term with month-precision bounds and no cause; "nay" leaves the end open', () => {
    const analysis = analyse({ text: PROFILE });
    const cut = (span?: { start: number; end: number }) => span && analysis.doc.text.slice(span.start, span.end);
    expect(
      readArticle(analysis)
        .readings.filter((reading) => reading.kind === 'holds')
        .map(
          (reading) =>
            reading.kind === 'holds' && [
              reading.person.name,
              resolvedKey(reading.title, analysis.province),
              cut(reading.start?.date),
              cut(reading.end?.date),
              reading.start?.cause,
            ],
        ),
    ).toEqual([
      ['Nguyễn Văn Thường', 'pho-chu-tich|ubnd|ha-nam', '12/2010', '2/2015', undefined],
      ['Nguyễn Văn Thường', 'chu-tich|ubnd|ha-nam', '3/2015', '4/2020', undefined],
      ['Nguyễn Văn Thường', 'bi-thu|tinh-uy|ha-nam', '5/2020', undefined, undefined],
      ['Nguyễn Văn Thường', 'giam-doc|so-noi-vu|ha-nam', '2005', '2010', undefined],
    ]);
  });

  it('writes each as a start and an end with their printed dates, as the format allows', () => {
    const holds = extract({ text: PROFILE, registry: emptyRegistry(), meta }).draft.statements.filter(
      (statement) => statement.kind === 'holds',
    );
    expect(holds.map((statement) => statement.kind === 'holds' && [statement.start, statement.end])).toEqual([
      [{ date: '2010-12' }, { date: '2015-02' }],
      [{ date: '2015-03' }, { date: '2020-04' }],
      [{ date: '2020-05' }, undefined],
      [{ date: '2005' }, { date: '2010' }],
    ]);
  });

  it('a span that ends before it begins, or a month 13, is no career line', () => {
    const read = (line: string) =>
      readArticle(analyse({ text: `Ông Nguyễn Văn Thường\n${line}` })).readings.filter(
        (reading) => reading.kind === 'holds' && reading.start,
      );
    expect(read('- 5/2015 - 4/2014: Chủ tịch UBND tỉnh Hà Nam.')).toEqual([]);
    expect(read('- 13/2015 - 4/2016: Chủ tịch UBND tỉnh Hà Nam.')).toEqual([]);
  });
  it('a career told in one sentence: after a clause of when, and past an unknown post that says where in brackets', () => {
    const career = (text: string) =>
      readArticle(analyse({ text }))
        .readings.filter((reading) => reading.kind === 'holds' && reading.end?.former)
        .map((reading) => reading.kind === 'holds' && `${reading.person.name} → ${resolvedKey(reading.title, 'lai-chau')}`);
    expect(
      career(
        'Ông Lò Văn Tâm sinh năm 1972. Trước khi làm Chủ tịch UBND tỉnh Lai Châu, ông từng là Chánh Văn phòng Huyện ủy Mường Tè, Phó Chủ tịch UBND huyện Mường Tè.',
      ),
    ).toEqual(['Lò Văn Tâm → chanh-van-phong|huyen-uy|lai-chau|huyen-muong-te', 'Lò Văn Tâm → pho-chu-tich|ubnd|lai-chau|huyen-muong-te']);
    expect(
      career(
        'Ông Lò Văn Tâm cũng từng giữ các chức vụ: Trưởng phòng Nội vụ; Trưởng ban Quản lý dự án Nậm Na (huyện Phong Thổ); Chủ tịch UBND huyện Phong Thổ, tỉnh Lai Châu.',
      ),
    ).toEqual(['Lò Văn Tâm → chu-tich|ubnd|lai-chau|huyen-phong-tho']);
    // The pronoun is the profile's subject, not the last name printed ("thay ông B nghỉ hưu").
    expect(
      career(
        'Ông Lò Văn Tâm được bầu làm Chủ tịch UBND tỉnh Lai Châu, thay ông Giàng Seo Phử nghỉ hưu. Trước đó, ông từng là Phó Chủ tịch UBND huyện Mường Tè.',
      ),
    ).toEqual(['Lò Văn Tâm → pho-chu-tich|ubnd|lai-chau|huyen-muong-te']);
  });
  it('"Từ tháng 5-2011 là …" is a post held from that month; a change in the sentence is its own parser\'s, with its cause', () => {
    const starts = (text: string) =>
      readArticle(analyse({ text }))
        .readings.filter((reading) => reading.kind === 'holds' && reading.start)
        .map(
          (reading) =>
            reading.kind === 'holds' &&
            `${reading.person.name} → ${resolvedKey(reading.title, 'lai-chau')} ${reading.start!.cause ?? '(no cause)'} ${reading.start!.date ? `${reading.start!.date.month ?? ''}/${reading.start!.date.year}` : ''}`,
        );
    expect(
      starts(
        'Ông Lò Văn Tâm\nTừ tháng 5-2011 là Chánh Văn phòng Tỉnh ủy Lai Châu.\nTừ năm 2015, ông giữ chức Chủ tịch HĐND tỉnh Lai Châu.',
      ),
    ).toEqual(['Lò Văn Tâm → chanh-van-phong|tinh-uy|lai-chau (no cause) 5/2011', 'Lò Văn Tâm → chu-tich|hdnd|lai-chau (no cause) /2015']);
    expect(starts('Ông Lò Văn Tâm\nTừ tháng 3/2016, ông được bổ nhiệm giữ chức Giám đốc Sở Nội vụ tỉnh Lai Châu.')).toEqual([
      'Lò Văn Tâm → giam-doc|so-noi-vu|lai-chau appointed 3/2016',
    ]);
  });

  it('"đồng chí" is the pronoun of the profile\'s subject; "luân chuyển", "chuyển sang làm" are transfers', () => {
    const starts = (text: string) =>
      readArticle(analyse({ text }))
        .readings.filter((reading) => reading.kind === 'holds' && reading.start)
        .map(
          (reading) =>
            reading.kind === 'holds' && `${reading.person.name} → ${resolvedKey(reading.title, 'lai-chau')} ${reading.start!.cause}`,
        );
    expect(starts('Ông Lò Văn Tâm sinh năm 1972. Tháng 6/2019, đồng chí được bầu giữ chức Chủ tịch HĐND tỉnh Lai Châu.')).toEqual([
      'Lò Văn Tâm → chu-tich|hdnd|lai-chau elected',
    ]);
    expect(starts('Ông Lò Văn Tâm sinh năm 1972. Các đồng chí được bầu giữ chức Ủy viên UBND tỉnh Lai Châu.')).toEqual([]);
    expect(
      starts(
        'Tháng 10/2017, ông Lò Văn Tâm được luân chuyển giữ chức Chánh Văn phòng UBND tỉnh Lai Châu. Ông Giàng A Tủa chuyển sang làm Bí thư Huyện ủy Sìn Hồ.',
      ),
    ).toEqual([
      'Lò Văn Tâm → chanh-van-phong|ubnd|lai-chau transferred',
      'Giàng A Tủa → bi-thu|huyen-uy|lai-chau|huyen-sin-ho transferred',
    ]);
  });
  it('"chỉ định" appoints, and moves when "điều động" is there too; a session\'s sentence after a flashback takes the session\'s day', () => {
    const starts = (text: string) =>
      readArticle(analyse({ text, published: '2020-09-23' }))
        .readings.filter((reading) => reading.kind === 'holds' && reading.start)
        .map(
          (reading) =>
            reading.kind === 'holds' &&
            `${reading.person.name} → ${resolvedKey(reading.title, 'lai-chau')} ${reading.start!.cause} ${reading.start!.date ? `${reading.start!.date.day}/${reading.start!.date.month}` : ''}`,
        );
    expect(
      starts(
        'Ngày 22-9, HĐND tỉnh Lai Châu tổ chức kỳ họp thứ 12. Trước đó, ngày 16-9, Ban Thường vụ Tỉnh ủy đã chỉ định ông Lò Văn Tâm giữ chức Phó Bí thư Huyện ủy Sìn Hồ. Cũng tại kỳ họp này, các đại biểu bầu bà Giàng Thị Mai giữ chức Chủ tịch HĐND tỉnh.',
      ),
    ).toEqual([
      'Lò Văn Tâm → pho-bi-thu|huyen-uy|lai-chau|huyen-sin-ho appointed 16/9',
      'Giàng Thị Mai → chu-tich|hdnd|lai-chau elected 22/9',
    ]);
    expect(starts('Ngày 16-9, Ban Thường vụ Tỉnh ủy quyết định điều động, chỉ định ông Lò Văn Tâm làm Bí thư Huyện ủy Sìn Hồ.')).toEqual([
      'Lò Văn Tâm → bi-thu|huyen-uy|lai-chau|huyen-sin-ho transferred 16/9',
    ]);
  });
});
