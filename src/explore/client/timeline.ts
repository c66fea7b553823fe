/**
 * Tenures as bars on a time axis, apart from the drawing. A bar has a certain part (the days the sources place the
 * person in office: Tenure.certainFrom…certainTo, derived by the loader) and possible parts (the days the sources
 * leave open: possibleFrom…possibleTo around it), drawn faded and dashed; a bound that no source gives to the day
 * is open, drawn as a short fading whisker. Dates are ISO calendar days.
 */
export interface Interval {
  from: string;
  to: string;
}

/** A tenure's dates as the operations select them. */
export interface TenureDates {
  startDate?: string | null;
  endDate?: string | null;
  certainFrom?: string | null;
  certainTo?: string | null;
  possibleFrom?: string | null;
  possibleTo?: string | null;
}

export interface TenureBar {
  certain: Interval | null;
  possible: Interval[];
  openStart: boolean;
  openEnd: boolean;
}

export function tenureBar(tenure: TenureDates): TenureBar {
  const certain = tenure.certainFrom && tenure.certainTo ? { from: tenure.certainFrom, to: tenure.certainTo } : null;
  const possible: Interval[] = [];
  if (tenure.possibleFrom && tenure.possibleTo) {
    if (!certain) possible.push({ from: tenure.possibleFrom, to: tenure.possibleTo });
    else {
      if (tenure.possibleFrom < certain.from) possible.push({ from: tenure.possibleFrom, to: certain.from });
      if (tenure.possibleTo > certain.to) possible.push({ from: certain.to, to: tenure.possibleTo });
    }
  }
  return { certain, possible, openStart: !tenure.startDate, openEnd: !tenure.endDate };
}

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS;
}

function isoOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Where a position had no attested holder (gaps, between the bars) and more than one (overlaps). A gap says that
 * no source covers the time, not that the post was vacant.
 */
export function coverage(intervals: readonly Interval[]): { gaps: Interval[]; overlaps: Interval[] } {
  const sorted = [...intervals].sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const gaps: Interval[] = [];
  const overlaps: Interval[] = [];
  let reach: string | undefined;
  for (const [index, interval] of sorted.entries()) {
    if (reach !== undefined && dayNumber(interval.from) > dayNumber(reach) + 1) {
      gaps.push({ from: isoOf(dayNumber(reach) + 1), to: isoOf(dayNumber(interval.from) - 1) });
    }
    for (const later of sorted.slice(index + 1)) {
      if (later.from > interval.to) break;
      overlaps.push({ from: later.from, to: later.to < interval.to ? later.to : interval.to });
    }
    if (reach === undefined || interval.to > reach) reach = interval.to;
  }
  return { gaps, overlaps };
}

export interface Axis {
  from: number;
  to: number;
  ticks: { day: number; label: string }[];
}

/** An axis around the dates, padded so that a single day still has room, with a tick per year. */
export function axisFor(dates: readonly string[]): Axis | null {
  if (dates.length === 0) return null;
  const days = dates.map(dayNumber);
  let from = Math.min(...days);
  let to = Math.max(...days);
  const pad = Math.max((to - from) * 0.08, 365);
  from -= pad;
  to += pad;
  const ticks: Axis['ticks'] = [];
  const firstYear = new Date(from * DAY_MS).getUTCFullYear() + 1;
  const lastYear = new Date(to * DAY_MS).getUTCFullYear();
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / 10));
  for (let year = firstYear; year <= lastYear; year += step) ticks.push({ day: Date.UTC(year, 0, 1) / DAY_MS, label: String(year) });
  return { from, to, ticks };
}

/** A day's place on the axis, in percent of its width. */
export function percentOf(axis: Axis, isoDate: string | number): number {
  const day = typeof isoDate === 'number' ? isoDate : dayNumber(isoDate);
  return ((day - axis.from) / (axis.to - axis.from)) * 100;
}
