/**
 * ISO 8601 dates and date-times, checked the same way wherever they arrive: in seed files, in GraphQL
 * arguments, and in cursors that clients pass back. Only years the model admits are dates at all: the graph
 * is about officials of modern Vietnam, and Neo4j refuses year 0000, so a year outside FIRST_YEAR…LAST_YEAR
 * is refused where it arrives rather than failing deep in a write.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;
/** Said wherever a date is refused, so that the client learns the range. */
export const YEAR_RANGE = `years ${FIRST_YEAR}–${LAST_YEAR}`;

/** True for a year the model admits. */
export function isAdmittedYear(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_YEAR && year <= LAST_YEAR;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for a real calendar date of an admitted year: `2019-02-30` matches the pattern but is not one. */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  if (!isAdmittedYear(year)) return false;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for an ISO 8601 date-time that states its UTC offset (a time without one is ambiguous). */
export function isIsoDateTimeWithOffset(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const [, day, hour, minute, second, offsetHours, offsetMinutes] = match;
  return (
    isIsoDate(day ?? '') &&
    Number(hour) <= 23 &&
    Number(minute) <= 59 &&
    Number(second ?? 0) <= 59 &&
    Number(offsetHours ?? 0) <= 14 &&
    Number(offsetMinutes ?? 0) <= 59
  );
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const YEAR = /^(\d{4})$/;

/**
 * How precisely an article's publication is known, as its page gives it: a date-time with its offset, a day, a
 * month (`2024-10`) or a year (`2024`); undefined for anything else. A page that prints only the month is honest
 * about it, and so is the graph.
 */
export function publicationPrecision(text: string): 'time' | 'day' | 'month' | 'year' | undefined {
  if (isIsoDateTimeWithOffset(text)) return 'time';
  if (isIsoDate(text)) return 'day';
  const month = MONTH.exec(text) ?? YEAR.exec(text);
  if (month && isAdmittedYear(Number(month[1]))) return month[2] === undefined ? 'year' : 'month';
  return undefined;
}

/** Said wherever a publication date is refused. */
export const PUBLICATION_FORMS = `a date-time with its UTC offset (2019-01-11T21:00:00+07:00), a day (2019-01-11), a month (2019-01) or a year (2019), of ${YEAR_RANGE}`;
