import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { extract, readArticle } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { resolvedKey } from '../../src/extract/scan/titles.js';

const meta = { id: 'article:former', title: null, publisher: null, published: '2023-05-20', url: null, textFile: 'former.txt' };

/** The holds a text's readings give: [name, post, former?] for each. */
function holds(text: string): [string, string | undefined, boolean][] {
  const analysis = analyse({ text, published: '2023-05-20' });
  const read: [string, string | undefined, boolean][] = [];
  for (const reading of readArticle(analysis).readings)
    if (reading.kind === 'holds')
      read.push([analysis.names.get(reading.person.key)!, resolvedKey(reading.title, analysis.province), Boolean(reading.end?.former)]);
  return read;
}

describe('former titles and careers told in one sentence', () => {
  it('a district a title names is no person, though its first word is a family name', () => {
    const text = 'Ông Trần Quốc Bảo, Bí thư Huyện ủy Triệu Phong, dự lễ. Bà Lê Thị Hạnh, Phó Chủ tịch UBND huyện Châu Thành B, phát biểu.';
    expect([...analyse({ text }).names.values()]).toEqual(['Trần Quốc Bảo', 'Lê Thị Hạnh']);
  });

  it('"từng kinh qua (nhiều) chức vụ:" makes every title of the chain a former one, even one the gazetteers lack first', () => {
    const text = [
      'Ngày 12/5, HĐND tỉnh Nghệ An bầu ông Phan Văn Lực, Phó Bí thư Tỉnh ủy, giữ chức Chủ tịch UBND tỉnh Nghệ An.',
      'Trước khi được bầu, ông Lực từng kinh qua nhiều chức vụ: Bí thư Đảng ủy Khối các cơ quan tỉnh, Bí thư Huyện ủy Quỳ Hợp, Trưởng ban Dân vận Tỉnh ủy, Phó Bí thư Tỉnh ủy Nghệ An.',
    ].join(' ');
    const read = holds(text).filter(([, , former]) => former);
    expect(read).toEqual([
      ['Phan Văn Lực', 'bi-thu|huyen-uy|nghe-an|huyen-quy-hop', true],
      ['Phan Văn Lực', 'truong-ban|ban-dan-van|nghe-an', true],
    ]);
    // The last post of the chain is the one the article shows him with when elected: still his, not former.
    expect(holds(text)).toContainEqual(['Phan Văn Lực', 'pho-bi-thu|tinh-uy|nghe-an', false]);
  });

  it('a sentence that opens with "Ông từng trải qua các chức vụ" is the career of the person named before', () => {
    const text =
      'Ông Hoàng Minh Đức được bầu làm Phó Chủ tịch UBND tỉnh Yên Bái. Ông từng trải qua các chức vụ: Giám đốc Sở Tài chính tỉnh Yên Bái; Chủ tịch UBND huyện Văn Chấn.';
    expect(holds(text).filter(([, , former]) => former)).toEqual([
      ['Hoàng Minh Đức', 'giam-doc|so-tai-chinh|yen-bai', true],
      ['Hoàng Minh Đức', 'chu-tich|ubnd|yen-bai|huyen-van-chan', true],
    ]);
  });

  it('a title printed beside the name after the end the article gives is not written as held then', () => {
    const text = [
      'Ngày 15/5, HĐND tỉnh Sóc Trăng bầu ông Võ Thanh Hải, Phó Chủ tịch Thường trực UBND tỉnh, làm Chủ tịch UBND tỉnh Sóc Trăng.',
      'Từ tháng 3-2018 đến tháng 4-2023, ông là Phó Chủ tịch Thường trực UBND tỉnh Sóc Trăng.',
    ].join(' ');
    const statement = extract({ text, registry: emptyRegistry(), meta }).draft.statements.find(
      (candidate) => candidate.kind === 'holds' && candidate.position.includes('pho-chu-tich-thuong-truc'),
    );
    expect(statement).toMatchObject({ start: { date: '2018-03' }, end: { date: '2023-04' } });
    expect(statement && 'attestedOn' in statement ? statement.attestedOn : undefined).toBeUndefined();
  });

  it('a post of a career told in one sentence ends at no date; a "nguyên" title at a dated event, on or before that day', () => {
    const text = [
      'Sáng 12/5/2023, HĐND tỉnh Nghệ An bầu ông Phan Văn Lực giữ chức Chủ tịch UBND tỉnh Nghệ An.',
      'Ông Lực từng kinh qua các chức vụ: Giám đốc Sở Nội vụ tỉnh Nghệ An; Bí thư Huyện ủy Quỳ Hợp.',
      'Sáng 12/5/2023, dự kỳ họp có ông Hồ Văn Đức, nguyên Chủ tịch UBND tỉnh Nghệ An.',
    ].join(' ');
    const ends = extract({ text, registry: emptyRegistry(), meta })
      .draft.statements.filter((statement) => statement.kind === 'holds' && statement.end)
      .map((statement) => statement.kind === 'holds' && [statement.position, statement.end]);
    expect(ends).toEqual([
      ['position:giam-doc-so-noi-vu-tinh-nghe-an', {}],
      ['position:bi-thu-huyen-uy-quy-hop', {}],
      [
        'position:chu-tich-ubnd-tinh-nghe-an',
        {
          date: {
            value: '../2023-05-12',
            inferred: expect.stringContaining('the term ended on or before') as string,
          },
        },
      ],
    ]);
  });

  it('"Ông từng …" is the career of the person the profile\'s sentences open with, not of a predecessor named last', () => {
    const text =
      'HĐND tỉnh Hà Nam đã bầu ông Trương Văn Huy làm Chủ tịch UBND tỉnh Hà Nam, thay ông Nguyễn Văn Đông nghỉ hưu. Ông Trương Văn Huy 50 tuổi. Sau đó, ông Nguyễn Văn Đông phát biểu. Ông từng đảm nhiệm các chức vụ: Giám đốc Sở Tài chính tỉnh Hà Nam, Bí thư Huyện ủy Duy Tiên.';
    expect(holds(text).filter(([, , former]) => former)).toEqual([
      ['Trương Văn Huy', 'giam-doc|so-tai-chinh|ha-nam', true],
      ['Trương Văn Huy', 'bi-thu|huyen-uy|ha-nam|huyen-duy-tien', true],
    ]);
  });
});
