/**
 * Dates as sources give them: to the day, the month or the year, or a span of days, written in a subset of
 * EDTF (the Library of Congress's Extended Date/Time Format, ISO 8601-2): `2016-07-03`, `2016-07`, `2016`,
 * `2016-07-03/2016-07-05`. A part the text does not print (the year of "chiều 11-1") is marked inferred, with
 * the reason, in the data file: `{ "value": "2019-01-11", "inferred": "the year of the publication date" }`.
 * Every such value covers a range of days, from `earliest` to `latest`; date queries compare those. A span may
 * leave its start open (`../2019-01-11`, "on or before 11 January 2019"): what a former title ("nguyên Chủ tịch")
 * says of when a term ended. Its `earliest` is null: no source says how early.
 */
import { isAdmittedYear, isIsoDate, YEAR_RANGE } from '../text/isoDate.js';

export type DatePrecision = 'day' | 'month' | 'year';

export interface FuzzyDate {
  /** The EDTF text. */
  value: string;
  precision: DatePrecision;
  /** The first and the last day the value may mean (ISO dates); `earliest` is null for an open start (`../2019-01-11`). */
  earliest: string | null;
  latest: string;
  /** Why part of it is inferred rather than printed; undefined when printed. */
  inferred?: string;
}

/** A date in a data file: the EDTF text, or that text with the reason a part of it is inferred. */
export type DateInput = string | { value: string; inferred: string };

const YEAR = /^(\d{4})$/;
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** One EDTF date (not an interval): its precision and the days it covers; undefined when it is not one. */
function parseSingle(text: string): { precision: DatePrecision; earliest: string; latest: string } | undefined {
  if (isIsoDate(text)) return { precision: 'day', earliest: text, latest: text };
  const month = MONTH.exec(text);
  if (month && isAdmittedYear(Number(month[1]))) {
    const [year, monthNumber] = [Number(month[1]), Number(month[2])];
    return {
      precision: 'month',
      earliest: `${month[1]}-${month[2]}-01`,
      latest: `${month[1]}-${month[2]}-${pad(lastDayOfMonth(year, monthNumber))}`,
    };
  }
  const year = YEAR.exec(text);
  if (year && isAdmittedYear(Number(year[1]))) return { precision: 'year', earliest: `${year[1]}-01-01`, latest: `${year[1]}-12-31` };
  return undefined;
}

/** Parses an EDTF value of the supported subset; returns an error message when it is not one. */
export function parseEdtf(value: string): FuzzyDate | string {
  const forms = `use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of ${YEAR_RANGE})`;
  const parts = value.split('/');
  if (parts.length > 2) return `"${value}" is not a date: ${forms}`;
  if (parts.length === 2 && parts[0] === '..') {
    const to = parseSingle(parts[1]!);
    return to ? { value, precision: to.precision, earliest: null, latest: to.latest } : `"${value}" is not a date: ${forms}`;
  }
  const [from, to] = parts.map(parseSingle);
  if (!from || (parts.length === 2 && !to)) return `"${value}" is not a date: ${forms}`;
  if (to) {
    if (to.latest < from.earliest) return `"${value}": the span ends before it begins`;
    // A span's precision is its coarser end's: "2016-07-03/2016-07-05" is to the day, "2016/2021" to the year.
    const order: DatePrecision[] = ['day', 'month', 'year'];
    const precision = order[Math.max(order.indexOf(from.precision), order.indexOf(to.precision))]!;
    return { value, precision, earliest: from.earliest, latest: to.latest };
  }
  return { value, ...from };
}

/** Reads a date of a data file (already shape-checked): the parsed value, or an error message. */
export function readDate(input: DateInput): FuzzyDate | string {
  const value = typeof input === 'string' ? input : input.value;
  const parsed = parseEdtf(value);
  if (typeof parsed === 'string') return parsed;
  return typeof input === 'string' ? parsed : { ...parsed, inferred: input.inferred };
}

/** `readDate` for values a validated file holds: a bad one here is a bug, not input. */
export function dateOf(input: DateInput): FuzzyDate {
  const parsed = readDate(input);
  if (typeof parsed === 'string') throw new Error(`unvalidated date: ${parsed}`);
  return parsed;
}

/**
 * Whether every day `inner` may mean is a day `outer` may mean: "2025-07" contains "2025-07-01", "2020" contains
 * "2020-11-06"; a date contains itself. An open start ("../2019-01-11") contains every day up to its end.
 */
export function containsDate(outer: FuzzyDate, inner: FuzzyDate): boolean {
  return (outer.earliest === null || (inner.earliest !== null && outer.earliest <= inner.earliest)) && inner.latest <= outer.latest;
}

/**
 * The reading that every other refines to: the narrowest date, when each other reading contains it ("2025-07" and
 * "2025-07-01" agree on 1 July); undefined when two readings cannot both be true. Among equal dates, the first.
 */
export function narrowestAgreed<T>(readings: readonly T[], dateOfReading: (reading: T) => FuzzyDate): T | undefined {
  if (readings.length === 0) return undefined;
  const narrowest = readings.reduce((best, candidate) =>
    containsDate(dateOfReading(best), dateOfReading(candidate)) && !containsDate(dateOfReading(candidate), dateOfReading(best))
      ? candidate
      : best,
  );
  return readings.every((reading) => containsDate(dateOfReading(reading), dateOfReading(narrowest))) ? narrowest : undefined;
}

/** An ISO date moved by whole years (29 February to 28 February where needed). */
export function addYears(isoDate: string, years: number): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const target = year + years;
  return `${String(target).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, lastDayOfMonth(target, month)))}`;
}
