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
import { clauseEnd, ownTitle, personsAfterDoiVoi, personsIn, pronounSubject, subjectBefore, targetTitles } from './common.js';
import type { Context } from '../parser.js';

export interface Target {
  title: TitleMention;
  person: ResolvedPerson;
  /** How the person was found: lower confidence for a pronoun. */
  how: 'doi voi' | 'subject' | 'pronoun' | 'apposition' | 'after';
}

export function readTargets(context: Context, sentence: Sentence, trigger: Span, options: { describedPost?: boolean } = {}): Target[] {
  const triggerEnd = trigger.end;
  const targets: Target[] = [];
  const titles = targetTitles(context, sentence, triggerEnd);
  const end = clauseEnd(context, sentence, triggerEnd);
  titles.forEach((title, index) => {
    const until = titles[index + 1]?.start ?? end;
    const listed = personsAfterDoiVoi(context, title.end, until);
    if (listed.length > 0) {
      for (const person of listed) targets.push({ title, person, how: 'doi voi' });
      return;
    }
    const subject = subjectBefore(context, sentence, title.start);
    if (subject) targets.push({ title, person: subject, how: 'subject' });
    else {
      const pronoun = pronounSubject(context, sentence);
      // "… miễn nhiệm chức vụ Chủ tịch UBND tỉnh … theo nguyện vọng của ông X": the one person named after the post.
      const after = personsIn(context.analysis, sentence).filter((person) => person.start >= title.end && !person.bare);
      if (pronoun) targets.push({ title, person: pronoun, how: 'pronoun' });
      else if (after.length === 1 && index === titles.length - 1) targets.push({ title, person: after[0]!, how: 'after' });
    }
  });
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
