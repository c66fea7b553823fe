/**
 * Dates as Vietnamese news prints them: "chiều 11-1", "ngày 31/10", "ngày 4/11/2022", "ngày 5 tháng 11 năm 2019",
 * "tháng 11/2018". A day and month without a year are kept without one; the year is inferred later, and marked so.
 * A bare "18/1" counts only after a word that introduces a date (ngày, sáng, chiều, từ, đến…), so that votes
 * ("45/45") and numbers of documents are not read as dates.
 */
import type { Span } from '../text.js';

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export interface DateMention extends Span {
  day?: number;
  /** The last day of a span of days ("từ ngày 13-15/10/2020"). */
  endDay?: number;
  month: number;
  year?: number;
  partOfDay?: PartOfDay;
}

const PART_OF_DAY: Record<string, PartOfDay> = { sang: 'morning', trua: 'noon', chieu: 'afternoon', toi: 'evening', dem: 'night' };

const DAY_MONTH =
  /(?<![\d/])(?:(sang|trua|chieu|toi|dem)\s+)?(?:(ngay|hom)\s+)?(\d{1,2})\s*([/-])\s*(\d{1,2})(?:\s*\4\s*(\d{4}))?(?![\d/]|-\d)/g;
const SPAN = /(?<![a-z\d/])(?:tu\s+)?ngay\s+(\d{1,2})\s*[-–]\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;
const WORDY = /(?<![a-z])ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
const MONTH_YEAR = /(?<![a-z])thang\s+(\d{1,2})\s*[/-]\s*(\d{4})(?![\d/])/g;
const INTRODUCES = /(?:^|[^a-z])(?:tu|den|ke tu|vao|truoc|sau|cho den|toi|luc|hom)\s+$/;

const valid = (day: number | undefined, month: number, year?: number) =>
  month >= 1 && month <= 12 && (day === undefined || (day >= 1 && day <= 31)) && (year === undefined || (year >= 1900 && year <= 2100));

export function scanDates(folded: string): DateMention[] {
  const mentions: DateMention[] = [];
  for (const match of folded.matchAll(DAY_MONTH)) {
    const [, part, ngay, dayText, , monthText, yearText] = match;
    const day = Number(dayText);
    const month = Number(monthText);
    const year = yearText === undefined ? undefined : Number(yearText);
    const introduced =
      part !== undefined ||
      ngay !== undefined ||
      year !== undefined ||
      INTRODUCES.test(folded.slice(Math.max(0, match.index - 10), match.index));
    // "13-15/10/2020" is a span of days: not read.
    if (!introduced || !valid(day, month, year) || /\d\s*[-–]\s*$/.test(folded.slice(Math.max(0, match.index - 3), match.index))) continue;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      day,
      month,
      year,
      partOfDay: part === undefined ? undefined : PART_OF_DAY[part],
    });
  }
  for (const match of folded.matchAll(SPAN)) {
    const [day, endDay, month] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const year = match[4] === undefined ? undefined : Number(match[4]);
    if (valid(day, month, year) && valid(endDay, month, year) && endDay > day)
      mentions.push({ start: match.index, end: match.index + match[0].length, day, endDay, month, year });
  }
  for (const match of folded.matchAll(WORDY)) {
    const day = Number(match[1]);
    const month = Number(match[2]);
    const year = match[3] === undefined ? undefined : Number(match[3]);
    if (valid(day, month, year)) mentions.push({ start: match.index, end: match.index + match[0].length, day, month, year });
  }
  for (const match of folded.matchAll(MONTH_YEAR)) {
    const month = Number(match[1]);
    const year = Number(match[2]);
    if (valid(undefined, month, year)) mentions.push({ start: match.index, end: match.index + match[0].length, month, year });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as a draft writes it: EDTF, or EDTF with why the year is inferred; undefined when no year can be had. */
export function dateValue(
  date: DateMention,
  printed: string,
  published: string | undefined,
  others: readonly DateMention[] = [],
): string | { value: string; inferred: string } | undefined {
  const tail = date.day === undefined ? `-${pad(date.month)}` : `-${pad(date.month)}-${pad(date.day)}`;
  const span = (year: number) =>
    date.endDay === undefined ? `${year}${tail}` : `${year}${tail}/${year}-${pad(date.month)}-${pad(date.endDay)}`;
  if (date.year !== undefined) return span(date.year);
  if (published === undefined) {
    // No publication date: the year of a full date the text prints within two months of this day and month (the latest such year: news is recent).
    const near = [...others]
      .sort((a, b) => (b.year ?? 0) - (a.year ?? 0))
      .find(
        (other) =>
          other.year !== undefined &&
          other.day !== undefined &&
          date.day !== undefined &&
          Math.abs(Date.UTC(other.year, other.month - 1, other.day) - Date.UTC(other.year, date.month - 1, date.day)) <= 61 * 86_400_000,
      );
    if (!near) return undefined;
    return {
      value: span(near.year!),
      inferred: `the text gives "${printed}" without a year; the year of a date it prints nearby (${near.day}/${near.month}/${near.year})`,
    };
  }
  const publishedYear = Number(published.slice(0, 4));
  if (Number.isNaN(publishedYear)) return undefined;
  // Published in early January about "29/12": the year before.
  const publishedMonth = Number(published.slice(5, 7));
  const year = date.month > publishedMonth + 1 ? publishedYear - 1 : publishedYear;
  const reason =
    year === publishedYear
      ? 'the year of the publication date'
      : "the year before the publication date (the month is later than the publication's)";
  return { value: span(year), inferred: `the text gives "${printed}" without a year; ${reason} (${published.slice(0, 10)})` };
}
