/**
 * EDTF dates as sources give them (src/statements/dates.ts): the precision and the days each value may mean.
 */
import { describe, expect, it } from 'vitest';
import { addYears, dateOf, parseEdtf, readDate } from '../../src/statements/dates.js';

const FORMS = 'use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of years 1900–2100)';

describe('parseEdtf', () => {
  it.each([
    ['2016-07-03', 'day', '2016-07-03', '2016-07-03'],
    ['2016-07', 'month', '2016-07-01', '2016-07-31'],
    ['2016-04', 'month', '2016-04-01', '2016-04-30'],
    ['2016-12', 'month', '2016-12-01', '2016-12-31'],
    ['2016-02', 'month', '2016-02-01', '2016-02-29'],
    ['2019-02', 'month', '2019-02-01', '2019-02-28'],
    ['2000-02', 'month', '2000-02-01', '2000-02-29'],
    ['1900-02', 'month', '1900-02-01', '1900-02-28'],
    ['2016', 'year', '2016-01-01', '2016-12-31'],
    ['2016-02-29', 'day', '2016-02-29', '2016-02-29'],
    ['2016-07-03/2016-07-05', 'day', '2016-07-03', '2016-07-05'],
    ['2016/2021', 'year', '2016-01-01', '2021-12-31'],
    ['2016-07/2016-09-15', 'month', '2016-07-01', '2016-09-15'],
    ['2016-07-03/2017', 'year', '2016-07-03', '2017-12-31'],
    ['2019-02/2019-02', 'month', '2019-02-01', '2019-02-28'],
  ])('%s: %s precision, %s to %s', (value, precision, earliest, latest) => {
    expect(parseEdtf(value)).toEqual({ value, precision, earliest, latest });
  });

  it.each([
    '2019-02-30',
    '2019-02-29',
    '1900-02-29',
    '2019-04-31',
    '2019-13',
    '2019-00',
    '2019-01-00',
    '2019-01-32',
    '16-07-03',
    '2016-7-3',
    '201',
    '20160',
    '',
    '2016-07-03T10:00',
    ' 2016',
    '2016/',
    '/2016',
    'X2016',
  ])('refuses %j: not a calendar date of the subset', (value) => {
    expect(parseEdtf(value)).toBe(`"${value}" is not a date: ${FORMS}`);
  });

  it('refuses more than one slash', () => {
    expect(parseEdtf('2016/2017/2018')).toBe(`"2016/2017/2018" is not a date: ${FORMS}`);
  });

  it.each(['0000-01-01', '1899-12-31', '2101-01-01', '9999-12-31', '0000', '9999-01', '0000-01-01/9999-12-31', '../9999'])(
    'refuses %j: a year the model does not admit (1900–2100)',
    (value) => {
      expect(parseEdtf(value)).toBe(`"${value}" is not a date: ${FORMS}`);
    },
  );

  it('reads an open start, "on or before": a former title\'s end, whose earliest day no source gives', () => {
    expect(parseEdtf('../2019-01-11')).toEqual({ value: '../2019-01-11', precision: 'day', earliest: null, latest: '2019-01-11' });
    expect(parseEdtf('../2019')).toEqual({ value: '../2019', precision: 'year', earliest: null, latest: '2019-12-31' });
    expect(parseEdtf('2019/..')).toBe(`"2019/.." is not a date: ${FORMS}`);
    expect(parseEdtf('../..')).toBe(`"../.." is not a date: ${FORMS}`);
  });

  it('refuses a span that ends before it begins, but not one within a coarser start', () => {
    expect(parseEdtf('2016-07-05/2016-07-03')).toBe('"2016-07-05/2016-07-03": the span ends before it begins');
    expect(parseEdtf('2021/2016')).toBe('"2021/2016": the span ends before it begins');
    // "2016" may mean any day of 2016, so a span to a day in it is possible.
    expect(parseEdtf('2016/2016-03-01')).toEqual({
      value: '2016/2016-03-01',
      precision: 'year',
      earliest: '2016-01-01',
      latest: '2016-03-01',
    });
  });
});

describe('readDate and dateOf', () => {
  it('keeps the reason of an inferred date', () => {
    expect(readDate({ value: '2019-01-11', inferred: 'the year of the publication' })).toEqual({
      value: '2019-01-11',
      precision: 'day',
      earliest: '2019-01-11',
      latest: '2019-01-11',
      inferred: 'the year of the publication',
    });
    expect(readDate('2019-01')).toEqual({ value: '2019-01', precision: 'month', earliest: '2019-01-01', latest: '2019-01-31' });
    expect(readDate('2019-01')).not.toHaveProperty('inferred');
  });

  it("reports an invalid inferred value as the value's error", () => {
    expect(readDate({ value: '2019-02-30', inferred: 'x' })).toBe(`"2019-02-30" is not a date: ${FORMS}`);
  });

  it('dateOf throws on a value that validation should have refused', () => {
    expect(dateOf('2016')).toMatchObject({ earliest: '2016-01-01', latest: '2016-12-31' });
    expect(() => dateOf('2019-13')).toThrow('unvalidated date: "2019-13" is not a date');
  });
});

describe('addYears', () => {
  it.each([
    ['2016-07-03', -5, '2011-07-03'],
    ['2019-10-31', 5, '2024-10-31'],
    ['2016-02-29', 1, '2017-02-28'],
    ['2016-02-29', -1, '2015-02-28'],
    ['2016-02-29', 4, '2020-02-29'],
    ['2016-02-29', 84, '2100-02-28'],
    ['2016-12-31', 0, '2016-12-31'],
    ['0003-01-01', -1, '0002-01-01'],
  ])('%s %+d years is %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected);
  });
});
