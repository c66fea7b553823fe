/**
 * Taking up or holding a post without an election or appointment the text names: "Tháng 7/2019, ông đảm nhận thêm
 * chức Chủ tịch HĐND tỉnh", "ông X đang giữ chức …". Read as an attestation on the sentence's date, never as a start.
 */
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf } from './common.js';
import type { Context, Parser } from '../parser.js';
import { readEveryTarget } from './targets.js';

const TRIGGER = /(?<![a-z])(?:dam nhan(?: them)?|kiem nhiem(?: them)?|dang giu|giu)\s+(?:chuc(?: vu| danh)?\s+)?(?=\S)/;
const OTHER_CHANGE = /(?<![a-z])(?:bau|mien nhiem|phe chuan|giao quyen|bo nhiem|nhiem vu)(?![a-z])/;

export const assumptionParser: Parser = {
  name: 'assumption',
  parse: (context, sentence) => ({ readings: readAssumption(context, sentence) }),
};

function readAssumption(context: Context, sentence: Sentence): HoldsReading[] {
  const folded = context.analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  if (!TRIGGER.test(text) || OTHER_CHANGE.test(text)) return [];
  // Every "giữ chức" of the sentence: "ông A giữ chức Chủ tịch HĐND tỉnh; các ông B, C giữ chức Phó Chủ tịch HĐND tỉnh".
  return readEveryTarget(context, sentence, TRIGGER)
    .filter(
      ({ title, trigger }) =>
        title.start - trigger.end <= 1 ||
        context.analysis.titles.some(
          (other) => other.end <= title.start && other.start >= trigger.end && /^[\s,]*$/.test(folded.slice(other.end, title.start)),
        ),
    )
    .map(({ title, person, how, trigger }) => ({
      kind: 'holds',
      person,
      title,
      attested: dateOf(context.analysis, sentence, trigger.start),
      sentence,
      rule: `holding a post (đảm nhận/giữ chức …; person ${how})`,
      confidence: how === 'pronoun' ? 0.6 : 0.75,
    }));
}
