import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/extract/analysis.js';
import { addressPublication, givenPublication } from '../../src/extract/dating/publication.js';
import { articleDate, dateInput } from '../../src/extract/dating/years.js';

/** The value written for the first date of a text, with the article's metadata. */
function first(text: string, meta: { published?: string; url?: string } = {}) {
  const analysis = analyse({ text, ...meta });
  return dateInput(analysis, analysis.dates[0]!);
}

describe('years as a chain of evidence', () => {
  it('a printed year is printed, whatever else the article says', () => {
    expect(first('Ngày 3/2/2015, tại kỳ họp thứ nhất nhiệm kỳ 2016-2021', { published: '2024-10' })).toBe('2015-02-03');
  });

  it('a publication date to the month gives the year, and the year before for a later month', () => {
    expect(first('Chiều 8/10, hội nghị diễn ra.', { published: '2024-10' })).toEqual({
      value: '2024-10-08',
      inferred: expect.stringMatching(/"Chiều 8\/10" without a year; the year of the publication date \(2024-10\)/),
    });
    expect(first('Sáng 27/12, lễ trao tặng diễn ra.', { published: '2025-01' })).toEqual({
      value: '2024-12-27',
      inferred: expect.stringContaining('the year before the publication date (2025-01)'),
    });
  });

  it("the page's address gives the day when no publication date is given", () => {
    expect(addressPublication('https://dantri.com.vn/xa-hoi/bau-chu-tich-20230116110154130.htm')).toMatchObject({
      year: 2023,
      month: 1,
      day: 16,
    });
    expect(addressPublication('https://example.vn/2019/03/05/bau-chu-tich')).toMatchObject({ year: 2019, month: 3, day: 5 });
    // An article number is not a day.
    expect(addressPublication('http://www.baomoi.com/bau-chu-tich/c/15289613.epi')).toBeUndefined();
    expect(addressPublication('https://baodauthau.vn/bau-chu-tich-post98578.html')).toBeUndefined();
    expect(first('Sáng 14/1, kỳ họp bế mạc.', { url: 'https://dantri.com.vn/bau-20230116110154130.htm' })).toEqual({
      value: '2023-01-14',
      inferred: expect.stringContaining("the day in the page's address (2023-01-16)"),
    });
  });

  it("a council's first session falls in the first year of the term the sentence prints, before the publication's year", () => {
    const text = 'Ngày 28/6, tại kỳ họp thứ nhất HĐND tỉnh Long An khóa IX, nhiệm kỳ 2016-2021, các đại biểu bầu ông Trần Văn Hòa.';
    expect(first(text)).toEqual({ value: '2016-06-28', inferred: expect.stringContaining('"kỳ họp thứ nhất" of "nhiệm kỳ 2016-2021"') });
    expect(first(text, { published: '2024-10' })).toMatchObject({ value: '2016-06-28' });
    // Another session of the term says nothing of the year.
    expect(first('Ngày 28/6, tại kỳ họp thứ ba HĐND tỉnh Long An nhiệm kỳ 2016-2021.')).toBeUndefined();
  });

  it('another date of the article that prints its year, within two months, gives it', () => {
    const text = 'Theo Quyết định số 12/QĐ-TTg ngày 2/1/2020 của Thủ tướng. Chiều 30/12, ông Lê Văn Tám nhận quyết định.';
    const analysis = analyse({ text });
    expect(dateInput(analysis, analysis.dates[1]!)).toEqual({ value: '2019-12-30', inferred: expect.stringContaining('"ngày 2/1/2020"') });
  });

  it('a publication date to the year only comes last', () => {
    expect(first('Sáng 5/3, hội nghị khai mạc.', { published: '2024' })).toEqual({
      value: '2024-03-05',
      inferred: expect.stringContaining('which gives only the year'),
    });
  });

  it("the article's own date, at its precision, for a title shown without a day", () => {
    expect(givenPublication('2024-10')).toMatchObject({ year: 2024, month: 10 });
    expect(givenPublication('2024-10-05T08:00:00+07:00')).toMatchObject({ year: 2024, month: 10, day: 5 });
    expect(givenPublication('10/2024')).toBeUndefined();
    expect(articleDate(analyse({ text: 'x', published: '2024-10' }))).toEqual({
      value: '2024-10',
      reason: 'the publication date (2024-10)',
    });
    expect(articleDate(analyse({ text: 'x', url: 'https://example.vn/2019/03/05/x' }))?.value).toBe('2019-03-05');
  });
});

describe('the session of a term printed elsewhere', () => {
  it('a first session dated without a year falls in the first year of the one term the article prints', () => {
    const text =
      'Ngày 24/6, HĐND tỉnh Long An khóa X tổ chức kỳ họp thứ nhất. Ông Trần Văn Hòa được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.';
    expect(first(text)).toEqual({ value: '2021-06-24', inferred: expect.stringContaining('(the one term the article prints)') });
    // Two terms: which one the session opens is not said.
    expect(first(`${text} Ông từng là Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021.`)).toBeUndefined();
  });
});
