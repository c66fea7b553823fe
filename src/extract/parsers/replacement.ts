/**
 * Whom a change of office replaces: "… bầu ông A làm Chủ tịch UBND tỉnh, thay ông B nghỉ hưu". B held the post A
 * takes, and the sentence says why he left it: his term ends with that cause ("nghỉ hưu": retired; "chuyển công
 * tác", "nhận nhiệm vụ mới": transferred). Without a reason the end's cause is not known, and nothing is read; nor
 * is a day, which is A's, not B's.
 */
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { personsIn } from './common.js';
import type { Context, Parser } from '../parser.js';

/** "thay ông B", "thay cho bà B": the one replaced, right after. */
const REPLACES = /(?<![a-z])thay(?: the)?(?: cho)?\s+(?:(?:ong|ba|dong chi)\s+)?$/;
/** Why the one replaced left, after the name: the cause of the end of the term. */
const REASONS: readonly [RegExp, 'retired' | 'transferred'][] = [
  [/^[\s,]*(?:(?:da|de|do|vi|duoc)\s+)*nghi huu(?![a-z])/, 'retired'],
  [/^[\s,]*(?:(?:da|de|do|vi|duoc)\s+)*(?:chuyen cong tac|nhan nhiem vu moi|nhan nhiem vu khac|dieu dong)(?![a-z])/, 'transferred'],
];

export const replacementParser: Parser = {
  name: 'replacement',
  parse: (context, sentence) => ({ readings: readReplacements(context, sentence) }),
};

function readReplacements(context: Context, sentence: Sentence): HoldsReading[] {
  const folded = context.analysis.doc.folded;
  const starts = context.earlier.filter(
    (reading): reading is HoldsReading =>
      reading.kind === 'holds' && reading.sentence.index === sentence.index && reading.start !== undefined,
  );
  if (starts.length === 0) return [];
  return personsIn(context.analysis, sentence).flatMap((person): HoldsReading[] => {
    if (person.bare && !person.key) return [];
    if (!REPLACES.test(folded.slice(Math.max(sentence.start, person.start - 24), person.start))) return [];
    const reason = REASONS.find(([pattern]) => pattern.test(folded.slice(person.end, person.end + 40)));
    // The post of the change right before "thay": "bầu A làm Chủ tịch UBND tỉnh, thay ông B".
    const taken = starts.filter((reading) => reading.title.end <= person.start && reading.person.key !== person.key).at(-1);
    if (!reason || !taken) return [];
    return [
      {
        kind: 'holds',
        person,
        title: taken.title,
        end: { cause: reason[1] },
        sentence,
        rule: `replaced (thay ông X ${reason[1] === 'retired' ? 'nghỉ hưu' : 'chuyển công tác'})`,
        confidence: 0.7,
      },
    ];
  });
}
