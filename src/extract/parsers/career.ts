/**
 * Careers, as profiles print them: a line or sentence that opens with a span of months or years and gives the
 * posts held over it: "Từ tháng 5/2014 - 4/2015, ông là Phó Chủ tịch UBND tỉnh …", "12/2010 - 2/2015: Chủ tịch UBND
 * tỉnh", "- 2/2015 - nay: Bí thư Tỉnh ủy". Each post is a term with a start and an end at the printed precision,
 * without a cause (the line does not say how the term began or ended); "nay" (to now) leaves the end open. The
 * person is the one the line names, else its pronoun's ("ông là …"), else the profile's: the name its bare name
 * line gives ("Ông Nguyễn Văn A" alone on a line), else the last person named before.
 */
import type { ResolvedPerson } from '../analysis.js';
import type { Context, Parser } from '../parser.js';
import type { HoldsReading } from '../readings.js';
import type { DateMention } from '../scan/dates.js';
import type { Sentence } from '../text.js';
import { personsIn, pronounSubject, termAfter, titlesIn } from './common.js';

export const careerParser: Parser = { name: 'career', parse: (context, sentence) => ({ readings: readCareer(context, sentence) }) };

/** A month and year ("5/2014", "tháng 5/2014", "tháng 10-2015") or a year ("2014"); the span's two ends joined by "-", "–", "đến". */
const WHEN = '(?:thang\\s+)?(?:(\\d{1,2})\\s*[\\/.-]\\s*)?((?:19|20)\\d{2})';
const SPAN = new RegExp(
  `^(?:[-+•*]\\s*)?(?:tu\\s+)?${WHEN}\\s*(?:-|–|den|toi)\\s*(?:(?:${WHEN})|(?:den\\s+)?(?:nay|hien nay))(?![\\d/])\\s*[:,.]?\\s*`,
  'd',
);

/** The date of groups `month` and `year` of the span, at their offsets in the text; undefined for a month that is none. */
function dateOf(span: RegExpExecArray, month: number, year: number, offset: number): DateMention | undefined {
  const [monthText, yearText] = [span[month], span[year]];
  if (yearText === undefined) return undefined;
  const value = Number(monthText);
  if (monthText !== undefined && (value < 1 || value > 12)) return undefined;
  const indices = span.indices!;
  return {
    start: offset + (indices[month]?.[0] ?? indices[year]![0]),
    end: offset + indices[year]![1],
    ...(monthText === undefined ? {} : { month: value }),
    year: Number(yearText),
  };
}

const order = (date: DateMention) => date.year! * 12 + (date.month ?? 1);

/**
 * "Từ tháng 5-2011 là Chánh Văn phòng Tỉnh ủy", "Từ năm 2015, ông giữ chức …": a post held from a month or a year,
 * whose end the sentence does not give. Only with a verb of holding right before the post: a change ("được bổ
 * nhiệm", "được bầu") is its parser's, with its cause.
 */
const FROM = new RegExp(`^(?:[-+•*]\\s*)?tu\\s+(?:nam\\s+)?${WHEN}(?![\\d/])\\s*,?\\s*`, 'd');
const HOLDING_VERB = /(?:^|\s)(?:la|lam|giu chuc(?: vu)?|dam nhiem chuc(?: vu)?)\s*$/;
const CHANGE = /(?<![a-z])(?:bau|bo nhiem|dieu dong|luan chuyen|phe chuan|mien nhiem|giao quyen|nghi huu|thoi)(?![a-z])/;

function readFrom(context: Context, sentence: Sentence): HoldsReading[] {
  const { analysis } = context;
  const text = analysis.doc.folded.slice(sentence.start, sentence.end);
  const from = FROM.exec(text);
  if (!from || CHANGE.test(text)) return [];
  const date = dateOf(from, 1, 2, sentence.start);
  if (!date) return [];
  const bodyStart = sentence.start + from[0].length;
  const first = titlesIn(analysis, sentence).find((title) => title.start >= bodyStart);
  if (!first || first.unreadable || first.former || context.owners.has(first)) return [];
  if (!HOLDING_VERB.test(analysis.doc.folded.slice(bodyStart, first.start))) return [];
  const person = subjectOf(context, sentence, bodyStart);
  if (!person) return [];
  context.owners.set(first, person);
  return [
    {
      kind: 'holds',
      person,
      title: first,
      start: { date },
      term: termAfter(analysis, first),
      sentence,
      rule: 'a post held from a date (từ tháng/năm …, là/giữ chức …)',
      confidence: 0.7,
    },
  ];
}

function readCareer(context: Context, sentence: Sentence): HoldsReading[] {
  const { analysis } = context;
  const span = SPAN.exec(analysis.doc.folded.slice(sentence.start, sentence.end));
  if (!span) return readFrom(context, sentence);
  const prefix = span[0];
  const from = dateOf(span, 1, 2, sentence.start);
  const to = dateOf(span, 3, 4, sentence.start);
  // "nay" (to now) leaves the end open; a span that ends before it begins, or a month 13, is no career line.
  if (!from || (span[4] !== undefined && !to) || (to && order(to) < order(from))) return [];
  const bodyStart = sentence.start + prefix.length;
  const person = subjectOf(context, sentence, bodyStart);
  if (!person) return [];
  const titles = titlesIn(analysis, sentence).filter(
    (title) => title.start >= bodyStart && !title.unreadable && !title.former && !context.owners.has(title),
  );
  return titles.map((title) => {
    context.owners.set(title, person);
    return {
      kind: 'holds',
      person,
      title,
      start: { date: from },
      ...(to ? { end: { date: to } } : {}),
      term: termAfter(analysis, title),
      sentence,
      rule: `career line (${to ? 'tháng/năm - tháng/năm' : 'tháng/năm - nay'}: post)`,
      confidence: 0.75,
    };
  });
}

/** A name alone on its line, maybe after "Ông"/"Bà": the person a profile is about. */
const NAME_LINE = /^(?:(?:ông|bà|đồng chí)\s+)?[\p{Lu}][\p{L}\p{M}]*(?:\s+[\p{Lu}][\p{L}\p{M}]*){1,4}\s*:?$/iu;

function subjectOf(context: Context, sentence: Sentence, bodyStart: number): ResolvedPerson | undefined {
  const { analysis } = context;
  const own = personsIn(analysis, sentence).find((person) => person.start >= bodyStart && !person.bare);
  if (own && !titlesIn(analysis, sentence).some((title) => title.start >= bodyStart && title.end <= own.start)) return own;
  const pronoun = pronounSubject(context, sentence);
  if (pronoun) return pronoun;
  const before = analysis.persons.filter((person) => person.end <= sentence.start && !person.bare);
  const text = analysis.doc.text;
  const lineOf = (at: number) => text.slice(text.lastIndexOf('\n', at) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1).trim();
  return before.filter((person) => NAME_LINE.test(lineOf(person.start))).at(-1) ?? before.at(-1);
}
