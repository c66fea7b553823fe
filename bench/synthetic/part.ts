/** Calendar days as integers (days since 1970-01-01, UTC), as the generated corpus (bench/corpus/) counts them. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date. */
export function epochDay(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
