/**
 * Dates as Vietnamese news prints them: "chiều 11-1", "ngày 31/10", "ngày 4/11/2022", "ngày 5 tháng 11 năm 2019",
 * "tháng 11/2018", "sáng nay 22/7". A day and month without a year are kept without one; the year is inferred later (dating/years.ts), and marked so.
 * A bare "18/1" counts only after a word that introduces a date (ngày, sáng, chiều, từ, đến…) or in brackets after
 * a relative day ("hôm nay (23/3)"), so that votes ("45/45") and numbers of documents are not read as dates.
 */
import type { Span } from '../text.js';

export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export interface DateMention extends Span {
  day?: number;
  /** The last day of a span of days ("từ ngày 13-15/10/2020"). */
  endDay?: number;
  /** Undefined for a year alone, as career lines print it ("2010 - 2015: …"); such a date always has its year. */
  month?: number;
  year?: number;
  partOfDay?: PartOfDay;
}

const PART_OF_DAY: Record<string, PartOfDay> = { sang: 'morning', trua: 'noon', chieu: 'afternoon', toi: 'evening', dem: 'night' };

const DAY_MONTH =
  /(?<![\d/])(?:(sang|trua|chieu|toi|dem)\s+(?:nay\s+)?)?(?:(ngay|hom nay|hom)\s+)?(\d{1,2})\s*([/-])\s*(\d{1,2})(?:\s*\4\s*(\d{4}))?(?![\d/]|-\d)/g;
/** "ngày 13-15/10/2020", "từ ngày 14 đến (ngày) 16/10": a span of days. */
const SPAN =
  /(?<![a-z\d/])(?:tu\s+)?ngay\s+(\d{1,2})\s*(?:[-–]|den(?:\s+ngay)?)\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{4}))?(?![\d/])/g;
const WORDY = /(?<![a-z])ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?/g;
const MONTH_YEAR = /(?<![a-z])thang\s+(\d{1,2})\s*[/-]\s*(\d{4})(?![\d/])/g;
const INTRODUCES = /(?:^|[^a-z])(?:tu|den|ke tu|vao|truoc|sau|cho den|toi|luc|hom)\s+$/;
/** "Hôm nay (23/3)", "Cách đây 2 ngày (21/2)", "vừa qua (5/10)": a day told relative to the article's, then printed in brackets. */
const BRACKETED =
  /(?:^|[^a-z])(?:hom nay|hom qua|sang nay|chieu nay|toi nay|sang qua|chieu qua|cach day \S+ (?:ngay|hom)|vua qua|moi day)\s*\(\s*$/;

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
      INTRODUCES.test(folded.slice(Math.max(0, match.index - 10), match.index)) ||
      (BRACKETED.test(folded.slice(Math.max(0, match.index - 24), match.index)) &&
        /^\s*\)/.test(folded.slice(match.index + match[0].length)));
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
  // "đến 16/10" of "từ ngày 14 đến 16/10" is the span's end, not a date of its own.
  const spans = mentions.filter((mention) => mention.endDay !== undefined);
  return mentions
    .filter((mention) => !spans.some((span) => span !== mention && mention.start >= span.start && mention.end <= span.end))
    .sort((a, b) => a.start - b.start);
}
