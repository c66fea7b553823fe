/**
 * Dates as the field's formats write them: FollowTheMoney and Popolo both take a prefix of ISO 8601 (2016,
 * 2016-07, 2016-07-03) as a date known to that precision, which is how the graph's dates (EDTF, with their
 * precision: src/statements/dates.ts) keep theirs. What a prefix cannot say is left out, never rounded to a day.
 */
import { publicationPrecision } from '../text/isoDate.js';

const PLAIN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
/** The lengths of a year, a month and a day prefix. */
const PREFIX_LENGTHS = [10, 7, 4] as const;

/**
 * An EDTF value as a prefix date: a year, a month or a day as it is; a span as the longest prefix its two ends
 * share (3 to 5 July 2016 is "2016-07"), or nothing when they share no year; an open span (`../2019-01-11`, "on
 * or before") is no date at all, since no source says how early.
 */
export function prefixDate(edtf: string): string | undefined {
  if (PLAIN.test(edtf)) return edtf;
  const [from, to] = edtf.split('/');
  if (from === undefined || to === undefined || !PLAIN.test(from) || !PLAIN.test(to)) return undefined;
  return PREFIX_LENGTHS.map((length) => from.slice(0, length)).find(
    (prefix) => prefix.length <= Math.min(from.length, to.length) && to.startsWith(prefix),
  );
}

/** A stored day and the precision the source gives it (an event's `date` and `datePrecision`) as a prefix date. */
export function prefixOfDay(day: string, precision: string | null | undefined): string {
  return precision === 'year' ? day.slice(0, 4) : precision === 'month' ? day.slice(0, 7) : day.slice(0, 10);
}

/**
 * An article's publication as a date of these formats: a date-time with its offset as the same instant in UTC
 * (FollowTheMoney's dates carry no offset), a day, a month or a year as it is; undefined when unknown.
 */
export function publicationDate(published: string | null): string | undefined {
  if (published === null) return undefined;
  const precision = publicationPrecision(published);
  if (precision === undefined) return undefined;
  return precision === 'time' ? new Date(published).toISOString().slice(0, 19) : published;
}
