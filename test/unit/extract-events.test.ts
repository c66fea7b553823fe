import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { events, testMeta as meta } from '../support/readings.js';

describe('events beyond the lead', () => {
  it('a second ceremony in the same sentence, of the same organizer and day', () => {
    expect(
      events('Sáng 12/3, Bộ Y tế tổ chức Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam và Lễ đón nhận Huân chương Lao động hạng Nhất.'),
    ).toEqual([
      ['ceremony', 'Lễ kỷ niệm 70 năm Ngày Thầy thuốc Việt Nam', 'Sáng 12/3', [{ national: 'bo-y-te' }]],
      ['ceremony', 'Lễ đón nhận Huân chương Lao động hạng Nhất', 'Sáng 12/3', [{ national: 'bo-y-te' }]],
    ]);
  });

  it('a Party congress told after the lead, its organizer the Party organization its name gives', () => {
    const text = [
      'Chiều 5/11, HĐND tỉnh Hà Nam khóa XIX tổ chức kỳ họp thứ 12 để kiện toàn nhân sự.',
      'Ông Trần Văn An là đại biểu HĐND tỉnh.',
      'Tại Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX, nhiệm kỳ 2020-2025, diễn ra từ ngày 14-16/10/2020, ông Trần Văn An được bầu làm Phó Bí thư Tỉnh ủy.',
    ].join(' ');
    expect(events(text)).toEqual([
      ['session', 'kỳ họp thứ 12', 'Chiều 5/11', [{ body: 'hdnd', province: 'ha-nam' }]],
      ['congress', 'Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX', 'từ ngày 14-16/10/2020', [{ body: 'dang-bo', province: 'ha-nam' }]],
    ]);
  });

  it('"lễ công bố quyết định", held by a body ("được … tổ chức"), dated after its name', () => {
    expect(events('Lễ công bố quyết định bổ nhiệm Giám đốc Sở Y tế được UBND tỉnh Hà Nam tổ chức vào sáng 3/6.')).toEqual([
      ['ceremony', 'Lễ công bố quyết định bổ nhiệm Giám đốc Sở Y tế', 'sáng 3/6', [{ body: 'ubnd', province: 'ha-nam' }]],
    ]);
    // A date inside the name is not the day of the event.
    expect(events('Lễ kỷ niệm 60 năm thành lập ngành (15/3/1965 - 15/3/2025) diễn ra sáng 14/3 tại Hà Nội.')).toEqual([
      ['ceremony', 'Lễ kỷ niệm 60 năm thành lập ngành (15/3/1965 - 15/3/2025)', 'sáng 14/3', []],
    ]);
  });

  it('the session at which an election happened, with the council that held it', () => {
    expect(
      events(
        'Trước đó, ngày 20/6, tại kỳ họp thứ nhất HĐND tỉnh Hà Nam khóa XIX, nhiệm kỳ 2021-2026, các đại biểu đã bầu ông Trần Văn An giữ chức Chủ tịch UBND tỉnh.',
      ),
    ).toEqual([['session', 'kỳ họp thứ nhất HĐND tỉnh Hà Nam khóa XIX', 'ngày 20/6', [{ body: 'hdnd', province: 'ha-nam' }]]]);
  });

  it('a bare reference ("tại kỳ họp, …", "Buổi lễ diễn ra …") is not an event; the same event told twice is one', () => {
    expect(events('Tại kỳ họp, các đại biểu biểu quyết. Buổi lễ diễn ra trang trọng.')).toEqual([]);
    const twice = events(
      'Sáng 4/11, tại Kỳ họp chuyên đề của HĐND tỉnh Hà Nam, các đại biểu biểu quyết. Sáng 4/11, HĐND tỉnh Hà Nam đã tổ chức Kỳ họp thứ 10 (chuyên đề).',
    );
    expect(twice).toEqual([['session', 'Kỳ họp thứ 10 (chuyên đề)', 'Sáng 4/11', [{ body: 'hdnd', province: 'ha-nam' }]]]);
  });

  it('organizers listed before the verb share the province printed last', () => {
    expect(events('Tối 19/8, Tỉnh ủy, HĐND, UBND tỉnh Hà Nam đã long trọng tổ chức Lễ kỷ niệm 30 năm tái lập tỉnh.')[0]).toEqual([
      'ceremony',
      'Lễ kỷ niệm 30 năm tái lập tỉnh',
      'Tối 19/8',
      [
        { body: 'tinh-uy', province: 'ha-nam' },
        { body: 'hdnd', province: 'ha-nam' },
        { body: 'ubnd', province: 'ha-nam' },
      ],
    ]);
  });

  it('a body meeting in session ("… họp phiên thứ nhất") is a meeting, and who chairs it takes part in it', () => {
    const text = 'Ngày 10-3-2021, Hội đồng Thi đua - Khen thưởng tỉnh Hà Nam họp phiên thứ nhất. Chủ tịch UBND tỉnh Trần Văn An chủ trì.';
    const draft = extract({ text, registry: emptyRegistry(), meta: meta(null) }).draft.statements;
    expect(
      draft
        .filter((statement) => statement.kind === 'event')
        .map((statement) => statement.kind === 'event' && [statement.category, statement.date]),
    ).toEqual([['meeting', '2021-03-10']]);
    expect(
      draft
        .filter((statement) => statement.kind === 'participates')
        .map((statement) => statement.kind === 'participates' && statement.role),
    ).toEqual(['CHAIR']);
  });
});
