/**
 * ISO 8601 dates and date-times, checked the same way wherever they arrive: in seed files, in GraphQL
 * arguments, and in cursors that clients pass back.
 */
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** True for a real calendar date: `2019-02-30` matches the pattern but is not one. */
export function isIsoDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
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
