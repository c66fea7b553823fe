/**
 * Taking up or holding a post without an election or appointment the text names: "Tháng 7/2019, ông đảm nhận thêm
 * chức Chủ tịch HĐND tỉnh", "ông X đang giữ chức …". Read as an attestation on the sentence's date, never as a start.
 */
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf } from './common.js';
import type { Context, Parser } from '../parser.js';
import { readTargets } from './targets.js';

const TRIGGER = /(?<![a-z])(?:dam nhan(?: them)?|kiem nhiem(?: them)?|dang giu|giu)\s+(?:chuc(?: vu| danh)?\s+)?(?=\S)/;
const OTHER_CHANGE = /(?<![a-z])(?:bau|mien nhiem|phe chuan|giao quyen|bo nhiem|nhiem vu)(?![a-z])/;

export const assumptionParser: Parser = {
  name: 'assumption',
  parse: (context, sentence) => ({ readings: readAssumption(context, sentence) }),
};

function readAssumption(context: Context, sentence: Sentence): HoldsReading[] {
  const folded = context.analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  const match = TRIGGER.exec(text);
  if (!match || OTHER_CHANGE.test(text)) return [];
  const triggerStart = sentence.start + match.index;
  const triggerEnd = triggerStart + match[0].length;
  return readTargets(context, sentence, { start: triggerStart, end: triggerEnd })
    .filter(
      ({ title }) =>
        title.start - triggerEnd <= 1 ||
        context.analysis.titles.some(
          (other) => other.end <= title.start && other.start >= triggerEnd && /^[\s,]*$/.test(folded.slice(other.end, title.start)),
        ),
    )
    .map(({ title, person, how }) => ({
      kind: 'holds',
      person,
      title,
      attested: dateOf(context.analysis, sentence, triggerStart),
      sentence,
      rule: `holding a post (đảm nhận/giữ chức …; person ${how})`,
      confidence: how === 'pronoun' ? 0.6 : 0.75,
    }));
}
