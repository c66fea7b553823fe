/**
 * Dates as a draft writes them, with the year taken along a chain of evidence where the text prints none. Each
 * link is tried in turn, the most specific first, and the first that gives a year wins:
 * 1. the printed year ("ngày 4/11/2022"): nothing is inferred;
 * 2. the session's term: a council's first session or a congress that opens a term falls in the term's first
 *    year ("ngày 27/6, tại kỳ họp thứ nhất … nhiệm kỳ 2016-2021" is in 2016), whatever the article's date;
 * 3. the article's publication date, to the day or to the month, with the day and month printed: the same year,
 *    or the year before when the month printed is later than the publication's ("29/12" in early January);
 * 4. the day in the page's address, the same way;
 * 5. another date of the article that prints its year, within two months of this day and month, the nearest in
 *    the text (not a birth, and within the terms of office the article prints, if any);
 * 6. the publication year, where the page gives only the year.
 * Every inferred value is `{ value, inferred: why }`; a date no link dates is left out, and the draft says so.
 */
import type { DateInput } from '../../statements/dates.js';
import type { Analysis } from '../analysis.js';
import { PATTERNS } from '../gazetteer.js';
import type { DateMention } from '../scan/dates.js';
import { cut, type Sentence } from '../text.js';
import { publicationValue, type Publication } from './publication.js';

interface Year {
  year: number;
  reason: string;
}

const TERM_OPENER = new RegExp(`(?<![a-z])(?:${PATTERNS.termOpener})(?![a-z0-9])`);
const DAY = 86_400_000;

/**
 * The first year of the term of the session or congress the date's sentence tells ("kỳ họp thứ nhất"): the term
 * that sentence prints, else the one term the whole article prints.
 */
function sessionTerm(analysis: Analysis, sentence: Sentence | undefined): Year | undefined {
  if (!sentence) return undefined;
  const opener = TERM_OPENER.exec(analysis.doc.folded.slice(sentence.start, sentence.end));
  if (!opener) return undefined;
  const own = analysis.terms.find((candidate) => candidate.start >= sentence.start && candidate.end <= sentence.end);
  const only = new Set(analysis.terms.map((candidate) => candidate.from)).size === 1 ? analysis.terms[0] : undefined;
  const term = own ?? only;
  if (!term) return undefined;
  const session = cut(analysis.doc, { start: sentence.start + opener.index, end: sentence.start + opener.index + opener[0].length });
  return {
    year: term.from,
    reason: `"${session}" of "${cut(analysis.doc, term)}"${own ? '' : ' (the one term the article prints)'} falls in the term's first year`,
  };
}

/** The year of a day and month printed in an article published on `publication` (to the day or the month). */
function publishedNear(date: DateMention & { month: number }, publication: Publication | undefined): Year | undefined {
  if (!publication?.month) return undefined;
  // Published in early January about "29/12": the year before.
  const before = date.month > publication.month + 1;
  return {
    year: before ? publication.year - 1 : publication.year,
    reason: before
      ? `the year before ${publication.source}, whose month is earlier than the one printed`
      : `the year of ${publication.source}`,
  };
}

/** "sinh ngày 28/8/1974", "ngày sinh": a person's birth is no date of what the article reports. */
const BIRTH = /(?<![a-z])(?:sinh|ngay sinh)(?:\s+(?:ngay|nam|thang))?\s*$/;

/**
 * The year of the nearest date of the article that prints one, within two months of this day and month. Not a
 * birth; and where the article prints terms of office, only a year within them ("ngày 2-9-1969", a date of history,
 * says nothing of "Chiều 6-8" in an article about the term 2020-2025).
 */
function otherDate(analysis: Analysis, date: DateMention & { month: number }): Year | undefined {
  const terms = analysis.terms;
  const inTerms = (year: number) =>
    terms.length === 0 || (year >= Math.min(...terms.map((term) => term.from)) && year <= Math.max(...terms.map((term) => term.to)));
  // A date dated by its session's term counts as one that prints its year ("Sáng 28/6, … kỳ họp thứ nhất …
  // nhiệm kỳ 2016-2021"; then "Ngày 15/7, Thủ tướng phê chuẩn …" is in 2016 too), with its own reason kept.
  const dated = analysis.dates.flatMap((other) => {
    if (other.year !== undefined || other.month === undefined || other.start === date.start) return [other];
    const session = sessionTerm(analysis, sentenceOf(analysis, other));
    return session ? [{ ...other, year: session.year, by: session.reason }] : [];
  });
  const near = dated
    .filter(
      (other): other is DateMention & { month: number; by?: string } =>
        other.year !== undefined &&
        other.month !== undefined &&
        other.start !== date.start &&
        inTerms(other.year) &&
        !BIRTH.test(analysis.doc.folded.slice(Math.max(0, other.start - 16), other.start)),
    )
    .flatMap((other) =>
      [other.year! - 1, other.year!, other.year! + 1]
        .filter((year) => {
          if (date.day === undefined || other.day === undefined)
            return Math.abs(year * 12 + date.month - (other.year! * 12 + other.month)) <= 1;
          return Math.abs(Date.UTC(year, date.month - 1, date.day) - Date.UTC(other.year!, other.month - 1, other.day)) <= 61 * DAY;
        })
        .map((year) => ({ other, year })),
    )
    .sort((a, b) => Math.abs(a.other.start - date.start) - Math.abs(b.other.start - date.start))[0];
  return (
    near && {
      year: near.year,
      reason: near.other.by
        ? `the year of a date nearby ("${cut(analysis.doc, near.other)}"), whose ${near.other.by}`
        : `the year of a date the text prints nearby ("${cut(analysis.doc, near.other)}")`,
    }
  );
}

const sentenceOf = (analysis: Analysis, date: DateMention) =>
  analysis.doc.sentences.find((sentence) => date.start >= sentence.start && date.end <= sentence.end);

/** The year of a date printed without one, and why; undefined when no link of the chain gives it. */
export function inferYear(analysis: Analysis, date: DateMention): Year | undefined {
  if (date.month === undefined) return undefined;
  const dayAndMonth = { ...date, month: date.month };
  return (
    sessionTerm(analysis, sentenceOf(analysis, date)) ??
    publishedNear(dayAndMonth, analysis.publication) ??
    publishedNear(dayAndMonth, analysis.addressDate) ??
    otherDate(analysis, dayAndMonth) ??
    (analysis.publication && !analysis.publication.month
      ? { year: analysis.publication.year, reason: `the year of ${analysis.publication.source}, which gives only the year` }
      : undefined)
  );
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A date as a draft writes it: EDTF, or EDTF with why the year is inferred; undefined when no year can be had. */
export function dateInput(analysis: Analysis, date: DateMention): DateInput | undefined {
  const month = date.month === undefined ? '' : `-${pad(date.month)}`;
  const tail = date.day === undefined ? month : `${month}-${pad(date.day)}`;
  const value = (year: number) => (date.endDay === undefined ? `${year}${tail}` : `${year}${tail}/${year}${month}-${pad(date.endDay)}`);
  if (date.year !== undefined) return value(date.year);
  const inferred = inferYear(analysis, date);
  return (
    inferred && { value: value(inferred.year), inferred: `the text gives "${cut(analysis.doc, date)}" without a year; ${inferred.reason}` }
  );
}

/** The day (or month, or year) the article is dated: its publication date, else its address's; with why. */
export function articleDate(analysis: Analysis): { value: string; reason: string } | undefined {
  const publication = analysis.publication ?? analysis.addressDate;
  return publication && { value: publicationValue(publication), reason: publication.source };
}
