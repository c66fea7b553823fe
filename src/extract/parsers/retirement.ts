/**
 * Retirements: "ông X, Chủ tịch UBND tỉnh …, nghỉ hưu theo chế độ" with the day it takes effect ("kể từ ngày
 * 1/2/2020", "từ 1-8"). Read only when the sentence prints that day and describes the person with a post of the
 * state; a request ("xin nghỉ hưu") or a dismissal "để nghỉ hưu" is not read as a retirement.
 */
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { datesIn, ownTitle, personsIn, titlesIn } from './common.js';
import type { Context, Parser } from '../parser.js';

const TRIGGER = /(?<![a-z])nghi huu(?![a-z])/;
const EXCLUDE = /xin nghi huu|de nghi huu/;

export const retirementParser: Parser = {
  name: 'retirement',
  parse: (context, sentence) => ({ readings: readRetirement(context, sentence) }),
};

function readRetirement(context: Context, sentence: Sentence): HoldsReading[] {
  const folded = context.analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  if (!TRIGGER.test(text) || EXCLUDE.test(text)) return [];
  const from = datesIn(context.analysis, sentence).find((date) =>
    /(?:^|[^a-z])(?:tu|ke tu)(?: ngay)?\s+$/.test(folded.slice(Math.max(0, date.start - 12), date.start)),
  );
  if (!from) return [];
  return personsIn(context.analysis, sentence).flatMap((person): HoldsReading[] => {
    // "Ông Chính nghỉ hưu … từ ngày 1/2 nhưng … miễn nhiệm chức vụ Chủ tịch UBND tỉnh": the post the sentence vacates.
    const title =
      ownTitle(context, person, sentence) ??
      (person.start === personsIn(context.analysis, sentence)[0]?.start
        ? titlesIn(context.analysis, sentence).find(
            (title) => title.start > person.end && !context.owners.has(title) && !title.former && !title.unreadable,
          )
        : undefined);
    if (!title || title.body === 'tinh-uy' || title.national) return [];
    return [
      {
        kind: 'holds',
        person,
        title,
        end: { cause: 'retired', date: from },
        sentence,
        rule: 'retirement (X, title, nghỉ hưu từ ngày …)',
        confidence: 0.7,
      },
    ];
  });
}
