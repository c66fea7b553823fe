/**
 * The shared reading of a change of office: after a trigger ("bầu", "miễn nhiệm", "phê chuẩn", "giao quyền"), each
 * post to fill or vacate ("… giữ chức Chủ tịch UBND tỉnh", "miễn nhiệm chức danh Chủ tịch UBND tỉnh … đối với ông
 * A") and who it concerns: the persons after "đối với"/"với", else the subject named before the post, else a
 * pronoun's antecedent. Without a post after the trigger ("miễn nhiệm ông A, Chủ tịch UBND tỉnh"), the post is the
 * title the person is described with.
 */
import type { ResolvedPerson } from '../analysis.js';
import type { TitleMention } from '../scan/titles.js';
import type { Sentence, Span } from '../text.js';
import {
  clauseEnd,
  listAround,
  listWithTitles,
  ownTitle,
  personsAfterDoiVoi,
  personsIn,
  pronounSubject,
  subjectBefore,
  targetTitles,
} from './common.js';
import type { Context } from '../parser.js';

export interface Target {
  title: TitleMention;
  person: ResolvedPerson;
  /** How the person was found: lower confidence for a pronoun. */
  how: 'doi voi' | 'subject' | 'list' | 'pronoun' | 'apposition' | 'after';
}

/** A post followed by the people who fill it: "bầu 2 chức danh Phó Chủ tịch UBND tỉnh, đó là bà A và ông B", "…, bao gồm: …". */
const LIST_AFTER_POST =
  /^[\s,]*(?:\(?khoa [ivxlc\d]+\)?[\s,]*)?(?:nhiem ky\s+\d{4}\s*[-–]\s*\d{4}[\s,]*)?(?:do la|la|gom co|gom|bao gom|cu the)\s*:?\s*(?:-\s*)?(?:(?:cac\s+)?(?:ong|ba|dong chi)\s*:?\s*)?$/;

export function readTargets(context: Context, sentence: Sentence, trigger: Span, options: { describedPost?: boolean } = {}): Target[] {
  const triggerEnd = trigger.end;
  const targets: Target[] = [];
  const titles = targetTitles(context, sentence, triggerEnd);
  const end = clauseEnd(context, sentence, triggerEnd);
  titles.forEach((title, index) => {
    const until = titles[index + 1]?.start ?? end;
    const listed = sharedDoiVoi(context, sentence, titles, index, end) ?? personsAfterDoiVoi(context, title.end, until);
    if (listed.length > 0) {
      for (const person of listed) targets.push({ title, person, how: 'doi voi' });
      return;
    }
    const after = personsIn(context.analysis, sentence).filter(
      (person) => person.start >= title.end && person.end <= until && !person.bare,
    );
    if (after.length > 0 && LIST_AFTER_POST.test(context.analysis.doc.folded.slice(title.end, after[0]!.start))) {
      for (const person of after) targets.push({ title, person, how: 'list' });
      return;
    }
    const subject = subjectBefore(context, sentence, title.start);
    // "Ông A, B, C tiếp tục được bầu …", "ông A, Giám đốc Sở Tài chính và ông B, … được bầu …": the subject is
    // everyone the list names, each maybe with their titles.
    const subjects = subject && [listAround(context, sentence, subject).list, listWithTitles(context, sentence, subject)];
    if (subjects)
      for (const person of subjects[1]!.length > subjects[0]!.length ? subjects[1]! : subjects[0]!)
        targets.push({ title, person, how: 'subject' });
    else {
      const pronoun = pronounSubject(context, sentence);
      // "… miễn nhiệm chức vụ Chủ tịch UBND tỉnh … theo nguyện vọng của ông X": the one person named after the post.
      const after = personsIn(context.analysis, sentence).filter((person) => person.start >= title.end && !person.bare);
      if (pronoun) targets.push({ title, person: pronoun, how: 'pronoun' });
      else if (after.length === 1 && index === titles.length - 1) targets.push({ title, person: after[0]!, how: 'after' });
    }
  });
  if (titles.length === 0) targets.push(...postBeforeTrigger(context, sentence, trigger));
  if (titles.length > 0) targets.push(...continuedTargets(context, sentence, end, options));
  // An election's post is never the one the person is described with: "bầu ông A (Phó Chủ tịch UBND tỉnh)" elects A to something else.
  if (titles.length > 0 || !options.describedPost) return targets;
  // "miễn nhiệm ông Đinh Văn Thu, Chủ tịch UBND tỉnh …": the person right after the trigger, with the title they are described with.
  const person = personsIn(context.analysis, sentence).find(
    (candidate) => candidate.start >= triggerEnd && candidate.start - triggerEnd <= 40,
  );
  const title = person && ownTitle(context, person, sentence);
  if (person && title) targets.push({ title, person, how: 'apposition' });
  return targets;
}

/**
 * "miễn nhiệm chức danh Chủ tịch UBND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông A": posts joined
 * by "và", the first with no one of its own, are both the people the last names after "đối với". Undefined where the
 * post is not so joined.
 */
function sharedDoiVoi(context: Context, sentence: Sentence, titles: readonly TitleMention[], index: number, end: number) {
  const [title, next] = [titles[index]!, titles[index + 1]];
  if (!next) return undefined;
  const between = context.analysis.doc.folded.slice(title.end, next.start);
  if (!/(?<![a-z])va(?![a-z])/.test(between) || /[.;]/.test(between)) return undefined;
  if (personsIn(context.analysis, sentence).some((person) => person.start >= title.end && person.end <= next.start)) return undefined;
  if (personsAfterDoiVoi(context, title.end, next.start).length > 0) return undefined;
  const shared = personsAfterDoiVoi(context, next.end, titles[index + 2]?.start ?? end);
  return shared.length > 0 ? shared : undefined;
}

/** After a semicolon, a post that opens the next clause without a verb of its own. */
const CONTINUED_POST = /^;\s*(?:(?:chuc (?:vu|danh))\s+)?/;

/**
 * "bổ nhiệm chức vụ Phó Thủ tướng đối với các đồng chí A, B; Bộ trưởng Bộ Tư pháp đối với đồng chí C; …": the
 * verb is printed once and each clause after a semicolon gives a post and, after "đối với", its people. Only
 * people after "đối với" or a list's opening are read there: a clause with no verb has no subject.
 */
function continuedTargets(context: Context, sentence: Sentence, end: number, options: { describedPost?: boolean }): Target[] {
  const folded = context.analysis.doc.folded;
  const continued = CONTINUED_POST.exec(folded.slice(end, sentence.end));
  if (!continued) return [];
  const at = end + continued[0].length;
  const opens = context.analysis.titles.some((title) => title.start === at && !title.unreadable && !title.former);
  if (!opens) return [];
  return readTargets(context, sentence, { start: end, end: at }, options).filter(
    (target) => target.how === 'doi voi' || target.how === 'list',
  );
}

/** After the trigger, the list of the people a post printed before it concerns: "… đã trúng cử gồm các ông: A, …; B, …". */
const LIST_AFTER_TRIGGER = /^\s*(?:gom co|gom|bao gom|do la|la)\s*:?\s*(?:(?:cac\s+)?(?:ong|ba|dong chi)\s*:?\s*)?$/;

/**
 * "Hai tân Phó Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021 đã trúng cử gồm các ông: A, Giám đốc Sở …; B, …": the post
 * is printed before the trigger, and everyone the list after it names fills it (their own titles are appositions).
 */
function postBeforeTrigger(context: Context, sentence: Sentence, trigger: Span): Target[] {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const persons = personsIn(analysis, sentence).filter((person) => !person.bare);
  const first = persons.find((person) => person.start >= trigger.end);
  if (!first || !LIST_AFTER_TRIGGER.test(folded.slice(trigger.end, first.start))) return [];
  const title = analysis.titles
    .filter((candidate) => candidate.start >= sentence.start && candidate.end <= trigger.start && trigger.start - candidate.end <= 60)
    .at(-1);
  if (!title || context.owners.has(title) || title.former || title.unreadable) return [];
  if (persons.some((person) => person.start >= title.end && person.end <= trigger.start)) return [];
  // The list ends where the sentence turns to someone else: "…, thay ông C nghỉ hưu" does not elect C.
  const rest = folded.slice(trigger.end, sentence.end);
  const listEnd = trigger.end + (LIST_END.exec(rest)?.index ?? rest.length);
  return persons
    .filter((person) => person.start >= trigger.end && person.start < listEnd)
    .map((person) => ({ title, person, how: 'list' as const }));
}

/** Words that end a list of the people a post concerns: whom they replace, or another change. */
const LIST_END =
  /(?<![a-z])(?:thay|dong thoi|gioi thieu|mien nhiem|bai nhiem|cach chuc|nghi huu|nghi che do|chuyen cong tac|cho den khi|den khi)(?![a-z])/;

/**
 * The targets of every occurrence of a trigger in a sentence, each read from its own clause: "miễn nhiệm chức danh X
 * … đối với ông A; miễn nhiệm chức danh Y … đối với ông B" dismisses both, each from their own post. A post and
 * person reached from two occurrences are read once, from the nearer.
 */
export function readEveryTarget(
  context: Context,
  sentence: Sentence,
  trigger: RegExp,
  options: { describedPost?: boolean } = {},
): (Target & { trigger: Span })[] {
  const folded = context.analysis.doc.folded;
  const global = new RegExp(trigger.source, 'g');
  const targets = [...folded.slice(sentence.start, sentence.end).matchAll(global)].flatMap((match) => {
    const span = { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length };
    return readTargets(context, sentence, span, options).map((target) => ({ ...target, trigger: span }));
  });
  const seen = new Set<string>();
  for (let index = targets.length - 1; index >= 0; index -= 1) {
    const key = `${targets[index]!.title.start}|${targets[index]!.person.key}`;
    if (seen.has(key)) targets.splice(index, 1);
    seen.add(key);
  }
  return targets;
}

/** The first match of a trigger in a sentence, unless an exclusion matches too. */
export function findTrigger(
  folded: string,
  sentence: Sentence,
  trigger: RegExp,
  exclude?: RegExp,
): { start: number; end: number; text: string } | 'excluded' | undefined {
  const text = folded.slice(sentence.start, sentence.end);
  const match = trigger.exec(text);
  if (!match) return undefined;
  if (exclude?.test(text)) return 'excluded';
  return { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, text: match[0] };
}
