/** Helpers the sentence parsers share: the mentions of a sentence, its date, a title's term, the persons a clause names. */
import { inside, type Analysis, type ResolvedPerson } from '../analysis.js';
import type { DateMention } from '../scan/dates.js';
import type { TermMention } from '../scan/numbers.js';
import type { TitleMention } from '../scan/titles.js';
import type { Context } from '../parser.js';
import type { Sentence } from '../text.js';

export const personsIn = (analysis: Analysis, sentence: Sentence) => inside(analysis.persons, sentence);
export const titlesIn = (analysis: Analysis, sentence: Sentence) => inside(analysis.titles, sentence);
export const datesIn = (analysis: Analysis, sentence: Sentence) => inside(analysis.dates, sentence);

/** Sentences that tell earlier history ("Trước đây", "Tháng 1/2019, …") do not take the lead's date. */
const PAST = /^(?:truoc day|tung|nam \d{4}|thang \d)/;
/** A sentence that opens at a Party congress ("Tại Đại hội Đảng bộ …") tells of that congress. */
const OTHER_EVENT = /^(?:tai|trong)\s+dai hoi(?![a-z])/;
/** Sentences that go on with the previous one's event ("Theo đó, …", "Tại kỳ họp, …") take its date. */
const CONTINUES = /^(?:theo do|tai (?:ky hop|hoi nghi|buoi le|day|le)|cung tai|dip nay|sau do|ket qua|nhan dip nay)/;
/** A sentence that tells of an earlier time than the article's event. */
const FLASHBACK = /^(?:truoc do|truoc day)(?![a-z])/;
/** A document's date ("Quyết định số 1834/QĐ-UBND ngày 4/8/2016") is not the day of what the sentence states. */
const DOCUMENT_DATE = /(?:quyet dinh|qd|to trinh|cong van|thong bao|nghi quyet|ke hoach)[^,;]{0,40}\s+(?:ngay\s+)?$/;

/** The dates of a sentence that may be the day of its event. */
export function eventDatesIn(analysis: Analysis, sentence: Sentence): DateMention[] {
  return datesIn(analysis, sentence).filter(
    (date) => !DOCUMENT_DATE.test(analysis.doc.folded.slice(Math.max(sentence.start, date.start - 70), date.start)),
  );
}

/**
 * The date of what a sentence states: the last date printed before `at` (the trigger) in the sentence, else its
 * first date, else the previous sentence's when this one goes on with it, else the article's main date unless the
 * sentence tells earlier history.
 */
export function dateOf(analysis: Analysis, sentence: Sentence, at = sentence.end): DateMention | undefined {
  return datedHow(analysis, sentence, at).date;
}

/** An effective date ("từ ngày 1/2/2020", "kể từ 1-8") says when a change takes effect, not the day a title is shown. */
const EFFECTIVE = /(?:^|[^a-z])(?:tu|ke tu|den|cho den|truoc)\s+$/;

/**
 * The day on which a sentence shows a person in office, and how sure: 3 for a date of the sentence (not an
 * effective one), 2 for the previous sentence's when this one goes on with it, 1 for the article's main date.
 */
export function attestationDate(analysis: Analysis, sentence: Sentence): { date?: DateMention; rank: number } {
  const own = eventDatesIn(analysis, sentence).filter(
    (date) => !EFFECTIVE.test(analysis.doc.folded.slice(Math.max(0, date.start - 10), date.start)),
  );
  if (own.length > 0) return { date: own[0], rank: 3 };
  const { date, how } = datedHow(analysis, { ...sentence, end: sentence.start }, sentence.start);
  return { date, rank: how === 'previous' ? 2 : how === 'main' ? 1 : 0 };
}

function datedHow(analysis: Analysis, sentence: Sentence, at: number): { date?: DateMention; how?: 'own' | 'previous' | 'main' } {
  const dates = eventDatesIn(analysis, sentence);
  const before = dates.filter((date) => date.end <= at);
  if (before.length > 0) return { date: before.at(-1), how: 'own' };
  if (dates.length > 0) return { date: dates[0], how: 'own' };
  const head = analysis.doc.folded.slice(sentence.start, sentence.start + 20);
  // Not after a flashback ("Trước đó, ngày 16-9, …"): "Cũng tại kỳ họp này" is back at the article's session.
  const last = sentence.index > 0 ? analysis.doc.sentences[sentence.index - 1]! : undefined;
  if (CONTINUES.test(head) && last && !FLASHBACK.test(analysis.doc.folded.slice(last.start, last.start + 12))) {
    const previous = eventDatesIn(analysis, last);
    if (previous.length > 0) return { date: previous[0], how: 'previous' };
  }
  if (PAST.test(head) || !analysis.mainDate) return {};
  // "Tại Đại hội Đảng bộ tỉnh …, ông được bầu …" in an article about a council's session: the congress is another
  // event, on a day the article does not give.
  const main = analysis.doc.sentences.find(
    (candidate) => analysis.mainDate!.start >= candidate.start && analysis.mainDate!.end <= candidate.end,
  );
  if (OTHER_EVENT.test(head) && main && !/(?<![a-z])dai hoi(?![a-z])/.test(analysis.doc.folded.slice(main.start, main.end))) return {};
  return { date: analysis.mainDate, how: 'main' };
}

/** The term printed right after a title: "…, nhiệm kỳ 2016-2021", "… khóa XIV, nhiệm kỳ 2016-2021". */
export function termAfter(analysis: Analysis, title: TitleMention): TermMention | undefined {
  return analysis.terms.find(
    (term) =>
      term.start >= title.end &&
      term.start - title.end <= 40 &&
      /^[\s,]*(?:\(?khoa [ivxlc\d]+\)?[\s,]*)?$/.test(analysis.doc.folded.slice(title.end, term.start)),
  );
}

/** "đối với (các) ông A, …" / "với ông A" / "cho ông A" after `from`: the persons named from there to `to`. */
/** "đối với", "với", "cho": whom a post is given or taken from; not "với 50/50 đại biểu tán thành", a vote. */
const TO_WHOM = /(?<![a-z])(?:doi voi|voi(?!\s+(?:\d|so phieu|ty le|tong so|toan bo|da so|100%))|cho(?! den| thoi))(?![a-z])/;

export function personsAfterDoiVoi(context: Context, from: number, to: number): ResolvedPerson[] {
  const folded = context.analysis.doc.folded;
  const match = TO_WHOM.exec(folded.slice(from, to));
  if (!match) return [];
  const at = from + match.index + match[0].length;
  // Only the persons of the list that follows: a person inside another clause ("và … đối với ông B") is the next title's.
  const next = TO_WHOM.exec(folded.slice(at, to));
  const end = next ? at + next.index : to;
  return context.analysis.persons.filter((person) => person.start >= at && person.end <= end);
}

/** The person a sentence is about when it names one before `at`: the nearest before, else the sentence's first. */
export function subjectBefore(context: Context, sentence: Sentence, at: number): ResolvedPerson | undefined {
  const { analysis } = context;
  // "theo đề nghị của Chủ tịch UBND tỉnh A, các đại biểu bầu …": a person after "của" (with the title before the
  // name) is whose proposal it is, not who the sentence is about.
  const possessed = (person: ResolvedPerson) => {
    const title = analysis.titles.find(
      (candidate) => candidate.end <= person.start && /^\s*$/.test(analysis.doc.folded.slice(candidate.end, person.start)),
    );
    const from = title?.start ?? person.start;
    return /(?:^|[^a-z])cua\s+(?:(?:ong|ba|dong chi)\s+)?$/.test(analysis.doc.folded.slice(Math.max(sentence.start, from - 20), from));
  };
  return personsIn(analysis, sentence)
    .filter((person) => person.end <= at && !possessed(person))
    .at(-1);
}

/** Between two names of a list: a comma, "và", a semicolon, each maybe with an honorific ("A, ông B và bà C"). */
const LIST_SEPARATOR = /^\s*(?:,|;|va|,\s*va)\s*(?:(?:ong|ba|dong chi)\s+)?$/;
/** What opens a list of several people: "Các đồng chí:", "các ông", "gồm:". */
const PLURAL_BEFORE =
  /(?:^|[^a-z])(?:cac (?:dong chi|ong|ba|ong, ba|ong\/ba)|gom co|bao gom|gom|do la|la)\s*:?\s*(?:(?:ong|ba|dong chi)\s+)?$/;

/**
 * The list of names `person` belongs to, in order: the names before and after it joined by commas or "và" ("Ông A,
 * B, C tiếp tục được bầu …"); just [person] when it stands alone. `plural` says whether the list is introduced as
 * several people ("Các đồng chí: A, B, C, …"), which makes a title after it everyone's.
 */
export function listAround(context: Context, sentence: Sentence, person: ResolvedPerson): { list: ResolvedPerson[]; plural: boolean } {
  const folded = context.analysis.doc.folded;
  const persons = personsIn(context.analysis, sentence).filter((candidate) => !candidate.bare);
  let index = persons.indexOf(person);
  if (index < 0) return { list: [person], plural: false };
  let first = index;
  while (first > 0 && LIST_SEPARATOR.test(folded.slice(persons[first - 1]!.end, persons[first]!.start))) first -= 1;
  let last = index;
  while (last + 1 < persons.length && LIST_SEPARATOR.test(folded.slice(persons[last]!.end, persons[last + 1]!.start))) last += 1;
  const list = persons.slice(first, last + 1);
  index = persons[first]!.start;
  const plural = PLURAL_BEFORE.test(folded.slice(Math.max(sentence.start, index - 30), index));
  return { list, plural };
}

/**
 * The names listed before `person`, each maybe with its titles: "Đồng chí A, Bí thư Tỉnh ủy và đồng chí B, Chủ
 * tịch UBND tỉnh trao …" gives [A, B]. Between two names only their titles and a comma or "và" may stand.
 */
export function listWithTitles(context: Context, sentence: Sentence, person: ResolvedPerson): ResolvedPerson[] {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const persons = personsIn(analysis, sentence).filter((candidate) => !candidate.bare);
  const titles = titlesIn(analysis, sentence);
  const list = [person];
  for (let index = persons.indexOf(person) - 1; index >= 0; index -= 1) {
    const [from, to] = [persons[index]!.end, list[0]!.start];
    let gap = folded.slice(from, to);
    for (const title of titles.filter((candidate) => candidate.start >= from && candidate.end <= to).reverse())
      gap = `${gap.slice(0, title.start - from)}${' '.repeat(title.end - title.start)}${gap.slice(title.end - from)}`;
    if (!/^[\s,;\-–]*(?:,|va)\s*(?:(?:ong|ba|dong chi)\s+)?$/.test(gap.replace(/\s*,\s*(?=,|\s*va\b)/g, ' '))) break;
    list.unshift(persons[index]!);
  }
  return list;
}

/** A pronoun subject ("ông tái cử…"): the person the previous sentences named last. */
export function pronounSubject(context: Context, sentence: Sentence): ResolvedPerson | undefined {
  // "ông" followed by a word in lower case ("ông tái cử", "bầu ông giữ chức"), not by a name; so "đồng chí" ("Tháng
  // 6/2019, đồng chí được bầu …"), but not "các đồng chí" (everyone present).
  const printed = context.analysis.doc.text.slice(sentence.start, sentence.end);
  if (!/(?:^|[^\p{L}])(?:[ôÔ]ng|[bB]à|(?<!(?:các|những|Các|Những)\s+)[đĐ]ồng chí)\s+\p{Ll}/u.test(printed)) return undefined;
  const earlier = context.analysis.persons.filter((person) => person.end <= sentence.start && person.start >= sentence.start - 600);
  return earlier.at(-1);
}

/** Titles that are posts to fill (targets of a bầu, miễn nhiệm…): after `from`, not anyone's apposition, current, provincial or national. */
export function targetTitles(context: Context, sentence: Sentence, from: number): TitleMention[] {
  const end = clauseEnd(context, sentence, from);
  return titlesIn(context.analysis, sentence).filter(
    (title) => title.start >= from && title.end <= end && !context.owners.has(title) && !title.former && !title.unreadable,
  );
}

/**
 * A trigger's clause ends at a semicolon, or where another change begins ("; đồng thời giới thiệu bầu …"), or where
 * the sentence turns to a post kept ("được bầu vào Ban Chấp hành … và tiếp tục giữ chức X" elects no one to X).
 */
const CLAUSE_END =
  /;(?!\s*(?:ong|ba|dong chi)\s)|(?<![a-z])(?:dong thoi|gioi thieu|bau|mien nhiem|bai nhiem|cach chuc|phe chuan|giao quyen|bo nhiem|dieu dong|nghi huu|cho den khi|den khi|tiep tuc (?:giu|dam nhiem|lam))(?![a-z])/;
export function clauseEnd(context: Context, sentence: Sentence, from: number): number {
  const match = CLAUSE_END.exec(context.analysis.doc.folded.slice(from, sentence.end));
  return match ? from + match.index : sentence.end;
}

/** The title a person is described with in an apposition, preferring a post of the state over a party post. */
export function ownTitle(context: Context, person: ResolvedPerson, sentence: Sentence): TitleMention | undefined {
  const own = titlesIn(context.analysis, sentence).filter((title) => context.owners.get(title) === person && !title.former);
  return own.find((title) => title.body !== 'tinh-uy' && title.national === undefined) ?? own[0];
}
