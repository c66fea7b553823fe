import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { dateInput } from '../../src/extract/dating/years.js';
import { extract } from '../../src/extract/extract.js';
import { emptyRegistry } from '../../src/extract/registry.js';
import { testMeta } from '../support/readings.js';

/** The value written for the date printed as `printed` in a text, with the article's metadata. */
function dateOfPrinted(text: string, printed: string, meta: { published?: string; url?: string } = {}) {
  const analysis = analyse({ text, ...meta });
  const at = text.indexOf(printed);
  const date = analysis.dates.find((candidate) => candidate.start <= at && candidate.end > at);
  return date && dateInput(analysis, date);
}

describe('the chain of evidence for years: what is no evidence', () => {
  it('a birth date is no evidence of the year of the session', () => {
    const text = 'Ngày 2/10, HĐND tỉnh Hà Nam tổ chức kỳ họp chuyên đề. Ông Trần Minh Quang sinh ngày 28/8/1974, quê ở huyện Lý Nhân.';
    expect(dateOfPrinted(text, '2/10')).toBeUndefined();
    // Another dated statement of the article does give it.
    expect(dateOfPrinted(`${text} Ngày 15/9/2019, Tỉnh ủy đã họp.`, '2/10')).toMatchObject({ value: '2019-10-02' });
  });

  it("a date the session's term dates is evidence for another nearby, with both reasons; one further than two months is not", () => {
    const text =
      'Sáng 28/6, HĐND tỉnh Cao Bằng khóa XVI, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ nhất. Ngày 15/7, Thủ tướng phê chuẩn kết quả bầu Chủ tịch UBND tỉnh.';
    expect(dateOfPrinted(text, '15/7')).toEqual({
      value: '2016-07-15',
      inferred:
        'the text gives "Ngày 15/7" without a year; the year of a date nearby ("Sáng 28/6"), whose "kỳ họp thứ nhất" of "nhiệm kỳ 2016-2021" falls in the term\'s first year',
    });
    expect(dateOfPrinted(text.replace('Ngày 15/7', 'Ngày 15/11'), '15/11')).toBeUndefined();
  });

  it('a date of history outside the terms the article prints is no evidence either', () => {
    const text =
      'Chiều 6-8, Tỉnh ủy Hà Giang tổ chức hội nghị. Ông Lò Văn Sinh được chuẩn y giữ chức Bí thư Tỉnh ủy, nhiệm kỳ 2020-2025. Hội nghị nhắc lại lời dạy của Bác ngày 2-9-1969.';
    expect(dateOfPrinted(text, '6-8')).toBeUndefined();
    // A date within the term does.
    expect(dateOfPrinted(text.replace('ngày 2-9-1969', 'ngày 2-9-2021'), '6-8')).toMatchObject({ value: '2021-08-06' });
  });

  it('a day told relative to the article’s and printed in brackets is a date ("Cách đây 2 ngày (21/2)", "Hôm nay (23/3)")', () => {
    expect(
      dateOfPrinted('Cách đây 2 ngày (21/2), ông Lê Văn Tám được bầu giữ chức Chủ tịch UBND tỉnh Hà Nam.', '21/2', {
        published: '2020-02-23',
      }),
    ).toEqual({
      value: '2020-02-21',
      inferred: expect.stringContaining('the year of the publication date (2020-02-23)'),
    });
    expect(dateOfPrinted('Hôm nay (23/3), tại Hà Nội, Hội Nông dân tổ chức gặp mặt.', '23/3', { published: '2021-03-23' })).toMatchObject({
      value: '2021-03-23',
    });
    // A vote in brackets is none, nor a fraction after another word.
    expect(analyse({ text: 'Ông Lê Văn Tám trúng cử (41/43) phiếu. Tỷ lệ (3/4) đại biểu.' }).dates).toEqual([]);
  });

  it('a sentence that opens at a Party congress does not take the day of the council session the article reports', () => {
    const text =
      'Sáng 15/6/2021, HĐND tỉnh Lào Cai khóa XVI tổ chức kỳ họp thứ nhất. Ông Lê Văn Tám được bầu giữ chức Chủ tịch UBND tỉnh Lào Cai. Tại Đại hội Đảng bộ tỉnh Lào Cai lần thứ XVI, ông Lê Văn Tám được bầu giữ chức Phó Bí thư Tỉnh ủy Lào Cai.';
    const holds = extract({ text, registry: emptyRegistry(), meta: testMeta(null) }).draft.statements.filter(
      (statement) => statement.kind === 'holds' && statement.start?.cause === 'elected',
    );
    const startOf = (position: string) => holds.find((statement) => statement.kind === 'holds' && statement.position === position);
    expect(startOf('position:chu-tich-ubnd-tinh-lao-cai')).toMatchObject({ start: { date: '2021-06-15' } });
    expect(startOf('position:pho-bi-thu-tinh-uy-lao-cai')).toMatchObject({ start: { cause: 'elected' } });
    expect(startOf('position:pho-bi-thu-tinh-uy-lao-cai')).not.toHaveProperty('start.date');
  });
});
