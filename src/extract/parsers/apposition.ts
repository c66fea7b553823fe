/**
 * Appositions: "đồng chí Lại Thanh Sơn, Phó Chủ tịch Thường trực UBND tỉnh", "ông Lê Tuấn Phong - Phó Chủ tịch
 * UBND tỉnh", "Nguyễn Thành Long - Ủy viên Ban Thường vụ Tỉnh ủy…, Phó Chủ tịch UBND tỉnh…", and a title before
 * the name ("Thủ tướng Chính phủ Phạm Minh Chính"). Each title shows its holder in office on the sentence's date.
 * A title followed by another name is that name's, not the previous one's: in "ông A, Chủ tịch UBND tỉnh B" the
 * Chairman is B. "nguyên Chủ tịch" is a post held before: read as a term that ended, never as a current one.
 */
import type { ResolvedPerson } from '../analysis.js';
import type { HoldsReading } from '../readings.js';
import { resolvedKey, type TitleMention } from '../scan/titles.js';
import type { Sentence } from '../text.js';
import { attestationDate, listAround, personsIn, pronounSubject, termAfter, titlesIn } from './common.js';
import type { Context, Parser } from '../parser.js';

/**
 * "từng là", "trước đây là", "từng kinh qua (nhiều) chức vụ:", "từng đảm nhiệm các cương vị": the titles that
 * follow were held before (a career told in one sentence).
 */
const PAST =
  '(?:(?:(?:da|cung)\\s+)*(?:tung la|tung giu chuc|truoc day la|nguyen la|tung (?:kinh qua|dam nhiem|dam nhan|trai qua|giu)(?: qua)?(?: (?:nhieu|cac|mot so))?(?: (?:chuc vu|chuc danh|cuong vi|vi tri))?|(?:kinh qua|dam nhiem|dam nhan|trai qua|giu)(?: qua)? (?:nhieu|cac|mot so) (?:chuc vu|chuc danh|cuong vi|vi tri))(?: (?:quan trong|khac|nhu))*\\s*[:,]?)';
/** "tân" (newly elected) and "nguyên" (former) may stand before the title; the title scanner marks the former. */
const FIRST_SEPARATOR = new RegExp(`^\\s*(?:(?:,|-|–|\\(|:)\\s*(?:(?:nguyen|cuu|tan)\\s+)?|(?:,\\s*)?${PAST}\\s+)$`);
const NEXT_SEPARATOR = /^\s*(?:,|-|–|;|\bkiem\b)?\s*(?:(?:nguyen|cuu|tan)\s+)?$/;
/** "Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể": two posts of one body, joined by "và", are one chain. */
const AND_SEPARATOR = /^\s*va\s+$/;
const sameBody = (a: TitleMention | undefined, b: TitleMention) =>
  a !== undefined && a.body !== undefined && a.key.replace(/^[^|]*/, '') === b.key.replace(/^[^|]*/, '');
const PAST_VERB = new RegExp(`${PAST}\\s+$`);
/** Between a title and what follows it in a chain: a term, a "khóa", "đương nhiệm". */
const QUALIFIER = /^\s*,?\s*(?:nhiem ky\s+\d{4}\s*[-–]\s*\d{4}|\(?khoa [ivxlc\d]+\)?|duong nhiem)/;
/** An unknown title in the chain is skipped up to the next comma ("Tỉnh ủy viên"), if it starts with a capital. */
const UNKNOWN_SEGMENT = /^(\s*(?:,|-|–)\s*)[^,;.()]{2,60}?(?=\s*(?:,|-|–))/;
/**
 * In a career told in one sentence, posts are also separated by semicolons ("từng giữ các chức vụ: X; Y; Z"), and an
 * unknown one may say where in brackets ("Trưởng ban QLDA thủy điện Bản Chát (huyện Than Uyên)").
 */
const UNKNOWN_CAREER_SEGMENT = /^(\s*(?:,|-|–|;)\s*)(?:[^,;.()]|\([^,;.()]{1,40}\)){2,100}?(?=\s*(?:,|-|–|;))/;
/** The first title of a career told in one sentence may be one the gazetteers lack ("từng kinh qua: Bí thư Tỉnh đoàn, …"). */
const UNKNOWN_FIRST = new RegExp(`^(\\s*(?:,\\s*)?${PAST}\\s+)[^,;.()]{2,60}?(?=\\s*(?:,|;))`);
/**
 * A sentence that opens with a pronoun and a career verb: "Ông từng kinh qua …", "Bà đã đảm nhiệm qua các chức vụ: …",
 * maybe after a clause of when ("Trước khi làm Phó Chủ tịch UBND tỉnh, ông từng là …").
 */
const PRONOUN_PAST = new RegExp(`^(?:(?:truoc khi|truoc do|truoc day)[^,.;]{0,80},\\s*)?(?:ong|ba|dong chi)(?=\\s+${PAST}\\s)`);

/** Where a list of names fills an enumeration's slot: after a colon or semicolon, or after "đối với" (or at the sentence's start). */
const ENUMERATION_SLOT = /(?:[:;]|(?:^|[^a-z])doi voi)\s*(?:(?:ong|ba|dong chi)\s+)?$/;
/** "theo đề nghị của Chủ tịch UBND tỉnh A": whose proposal, with the title right before the name, is the name's title. */
const PROPOSED_BY = /(?:de nghi|to trinh|de xuat|chi dao|y kien) cua\s+$/;
/** A title right before a name, or before " - ông …": not after a comma ("Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí X" is not the Prime Minister). */
export const TITLE_BEFORE_NAME = /^\s*(?:(?:-|–)\s*(?:ong|ba|dong chi)\s+|(?:ong|ba|dong chi)\s+)?$/;
/** A title after "thừa ủy quyền của", "thay mặt" or "của" is whom someone acts for, not a name's title. */
const ACTS_FOR = /(?:(?:thua (?:uy|y) quyen|thay mat)(?: cua)?|cua)\s+$|(?:thua (?:uy|y) quyen|thay mat)[^,.;]{0,40}\sva\s+$/;

export const appositionParser: Parser = {
  name: 'apposition',
  parse: (context, sentence) => ({ readings: readAppositions(context, sentence) }),
};

function readAppositions(context: Context, sentence: Sentence): HoldsReading[] {
  const { analysis, owners } = context;
  const folded = analysis.doc.folded;
  const titles = titlesIn(analysis, sentence);
  const persons = personsIn(analysis, sentence);
  const readings: HoldsReading[] = [];
  const followedByName = (title: TitleMention): ResolvedPerson | undefined =>
    persons.find((person) => person.start >= title.end && TITLE_BEFORE_NAME.test(folded.slice(title.end, person.start)));

  // "Cùng dự có các đồng chí Ủy viên Bộ Chính trị: Thủ tướng Chính phủ A; …, B; …": a plural title before a colon is
  // the title of every name of the list after it, up to the next such list.
  const groups = titles.filter(
    (title) =>
      !title.unreadable &&
      /(?:^|[\s;,:])cac\s+(?:(?:dong chi|ong|ba)\s+)?$/.test(folded.slice(Math.max(sentence.start, title.start - 16), title.start)) &&
      /^\s*:/.test(folded.slice(title.end, title.end + 3)),
  );
  groups.forEach((title, index) => {
    owners.set(title, persons[0]!);
    const until = groups[index + 1]?.start ?? sentence.end;
    for (const person of persons.filter((candidate) => candidate.start > title.end && candidate.end <= until && !candidate.bare))
      readings.push(reading(context, sentence, person, title, 'plural title before a list (các đồng chí <title>: A; B)', 0.75));
  });

  // A title right before a name is that name's.
  for (const title of titles) {
    const person = followedByName(title);
    const before = folded.slice(Math.max(0, title.start - 60), title.start);
    if (person && !owners.has(title) && (!ACTS_FOR.test(before) || PROPOSED_BY.test(before))) {
      owners.set(title, person);
      if (!title.unreadable) readings.push(reading(context, sentence, person, title, 'title before the name', 0.85));
      // "Các Phó Chủ tịch UBND tỉnh Hồ Quang Bửu và Trần Anh Tuấn": a plural title is each name's.
      const second = /(?:^|\s)cac\s+$/.test(folded.slice(Math.max(0, title.start - 6), title.start))
        ? persons.find((other) => other.start > person.end && /^\s*(?:,|va)\s*$/.test(folded.slice(person.end, other.start)))
        : undefined;
      if (second && !title.unreadable) readings.push(reading(context, sentence, second, title, 'plural title before the names', 0.8));
    }
  }
  // "ông A từng là X, Y, Z": every title of the chain is one held before.
  const chain = (person: ResolvedPerson, from: number, holders: readonly ResolvedPerson[]) => {
    let at = from;
    let first = true;
    let chainFormer = false;
    let previous: TitleMention | undefined;
    for (;;) {
      const next = titles.find(
        (title) =>
          title.start >= at &&
          ((first ? FIRST_SEPARATOR : NEXT_SEPARATOR).test(folded.slice(at, title.start)) ||
            (AND_SEPARATOR.test(folded.slice(at, title.start)) && sameBody(previous, title))),
      );
      if (!next) {
        // An unknown title between known ones ("…, Tỉnh ủy viên, Phó Chủ tịch…", "từng kinh qua: Bí thư Tỉnh đoàn, …"): step over it.
        const rest = folded.slice(at, sentence.end);
        const skip: RegExpExecArray | null =
          (chainFormer ? UNKNOWN_CAREER_SEGMENT : UNKNOWN_SEGMENT).exec(rest) ?? (first ? UNKNOWN_FIRST.exec(rest) : null);
        if (
          skip &&
          /^\p{Lu}/u.test(analysis.doc.text.slice(at + skip[1]!.length, at + skip[0].length)) &&
          !persons.some((other) => other.start >= at && other.start < at + skip[0].length)
        ) {
          chainFormer ||= first && PAST_VERB.test(skip[1]!);
          at += skip[0].length;
          first = false;
          continue;
        }
        break;
      }
      if (owners.has(next) || followedByName(next)) break;
      owners.set(next, person);
      chainFormer ||= first && PAST_VERB.test(folded.slice(at, next.start));
      // The chain often ends with the post the person still holds, which the article shows earlier ("ông A, Phó Bí thư
      // Tỉnh ủy, được bầu …; ông từng kinh qua: …, Phó Bí thư Tỉnh ủy"): that one is not former.
      const career = chainFormer && !shownInOffice(context, person, next);
      const title = career && !next.former ? { ...next, former: true } : next;
      if (!next.unreadable)
        for (const holder of holders)
          readings.push(
            reading(
              context,
              sentence,
              holder,
              title,
              holders.length > 1 ? 'apposition after a plural list (các đồng chí: A, B, title)' : 'apposition (name, title)',
              holders.length > 1 ? 0.8 : 0.9,
              career,
            ),
          );
      at = next.end;
      previous = next;
      for (
        let qualifier = QUALIFIER.exec(folded.slice(at, sentence.end));
        qualifier;
        qualifier = QUALIFIER.exec(folded.slice(at, sentence.end))
      )
        at += qualifier[0].length;
      first = false;
    }
  };
  // "… đối với: ông A, ông B, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh": names in an enumeration's slot, none with a title
  // of its own, share the titles after the last. A title before the first name fills the slot ("Dự có Bí thư Tỉnh ủy A
  // và ông B, Chủ tịch UBND tỉnh"), and one between the names makes them no such list.
  // A semicolon between the names ends one entry of the enumeration: "đối với ông A; ông B, Giám đốc Sở …" is two.
  // Only the 40 characters before the list are read: a long sentence is not scanned again for each name.
  const inSlot = (at: number) => {
    const from = Math.max(sentence.start, at - 40);
    const before = folded.slice(from, at);
    return ENUMERATION_SLOT.test(before) || (from === sentence.start && /^\s*(?:(?:ong|ba|dong chi)\s+)?$/.test(before));
  };
  const sharesTitles = (list: readonly ResolvedPerson[]) =>
    list.length > 1 &&
    inSlot(list[0]!.start) &&
    !folded.slice(list[0]!.start, list.at(-1)!.start).includes(';') &&
    !titles.some((title) => title.start > list[0]!.start && title.start < list.at(-1)!.end);
  for (const person of persons) {
    // "Các đồng chí: A, B, C, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh": the titles after a plural list are each name's.
    const { list, plural } = listAround(context, sentence, person);
    chain(person, person.end, list.at(-1) === person && (plural || sharesTitles(list)) ? list : [person]);
  }
  // "Ông từng kinh qua các chức vụ: …": a career told of the person the sentences before named.
  const pronoun = PRONOUN_PAST.exec(folded.slice(sentence.start, sentence.end));
  const subject = pronoun ? (sentenceSubject(context, sentence) ?? pronounSubject(context, sentence)) : undefined;
  if (pronoun && subject) chain(subject, sentence.start + pronoun[0].length, [subject]);
  return readings;
}

/**
 * The person a profile's sentences are about: the last one named where a sentence opens ("Ông Trương Văn Huy 50
 * tuổi, …"), not the last one named ("… thay ông X nghỉ hưu. Ông từng kinh qua …" is not X's career).
 */
function sentenceSubject(context: Context, sentence: Sentence): ResolvedPerson | undefined {
  const { analysis } = context;
  const opens = (person: ResolvedPerson) => {
    const own = analysis.doc.sentences.find((candidate) => person.start >= candidate.start && person.start < candidate.end);
    return own !== undefined && /^(?:(?:ong|ba|dong chi)\s+)?$/.test(analysis.doc.folded.slice(own.start, person.start));
  };
  return analysis.persons.filter((person) => person.end <= sentence.start && person.start >= sentence.start - 600 && opens(person)).at(-1);
}

/** Whether an earlier sentence shows `person` in office with the post of `title` (an apposition, or a start). */
function shownInOffice(context: Context, person: ResolvedPerson, title: TitleMention): boolean {
  const key = resolvedKey(title, context.analysis.province);
  return context.earlier.some(
    (reading) =>
      reading.kind === 'holds' &&
      reading.person.key === person.key &&
      !reading.end &&
      !reading.title.former &&
      key !== undefined &&
      resolvedKey(reading.title, context.analysis.province) === key,
  );
}

/** A title beside a name shows the person in office on the sentence's day; a former one ("nguyên …"), that the term ended by then. */
function reading(
  context: Context,
  sentence: Sentence,
  person: ResolvedPerson,
  title: TitleMention,
  rule: string,
  confidence: number,
  career = false,
): HoldsReading {
  const { date, rank } = attestationDate(context.analysis, sentence);
  const base = { kind: 'holds' as const, person, title, term: termAfter(context.analysis, title), sentence, confidence };
  if (title.former)
    return {
      ...base,
      // A post of a career told in one sentence ("từng kinh qua các chức vụ: …") ended at a time the text does not
      // give: not "on or before" the day of the sentence, which says nothing of the post.
      end: { former: { start: title.formerStart ?? title.start, end: title.end }, ...(career ? { career } : { date }) },
      rule: `former title (${rule}: nguyên/cựu …)`,
    };
  return { ...base, attested: date, attestedRank: rank, rule };
}
