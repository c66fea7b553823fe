/**
 * Commendations in the passive: "nhiều tập thể, cá nhân có thành tích xuất sắc được Chủ tịch UBND tỉnh, Đảng ủy Văn
 * phòng, Văn phòng UBND tỉnh khen thưởng": one presentation per body or title that commends, its award named
 * "Khen thưởng của <who>", its recipients the text's words (a count only if the text gives one).
 */
import { inside } from '../analysis.js';
import type { PresentsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf } from './common.js';
import type { Context, Parser } from '../parser.js';

/** "Hội đồng Thi đua - Khen thưởng" is a body, not a commendation: "khen thưởng" must end the clause. */
const PATTERN = /(?<![a-z])duoc\s+((?:[^,;.]{1,45}?)(?:\s*,\s*[^,;.]{1,45}?)*)\s+(?<!thi dua\s*[-–]\s*)khen thuong(?=\s*(?:[,;.]|$))/;

export const commendationParser: Parser = {
  name: 'commendation',
  parse: (context, sentence) => ({ readings: readCommendations(context, sentence) }),
};

function readCommendations(context: Context, sentence: Sentence): PresentsReading[] {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const match = PATTERN.exec(folded.slice(sentence.start, sentence.end));
  if (!match) return [];
  const listStart = sentence.start + match.index + match[0].indexOf(match[1]!);
  const listEnd = listStart + match[1]!.length;
  // The recipients: the clause before "được", back to the previous semicolon.
  const clauseStart = Math.max(sentence.start, folded.lastIndexOf(';', listStart) + 1);
  let descriptionStart = clauseStart;
  while (/\s/.test(folded[descriptionStart]!)) descriptionStart += 1;
  const descriptionEnd = sentence.start + match.index;
  if (descriptionEnd - descriptionStart < 3) return [];
  const counts = inside(analysis.counts, { start: descriptionStart, end: descriptionEnd });
  if (inside(analysis.persons, { start: listStart, end: listEnd }).length > 0) return [];
  const conferrers: { start: number; end: number }[] = [];
  let at = listStart;
  for (const part of folded.slice(listStart, listEnd).split(/,|\s+va\s+/)) {
    const start = folded.indexOf(part.trim(), at);
    conferrers.push({ start, end: start + part.trim().length });
    at = start + part.trim().length;
  }
  return conferrers
    .filter((span) => span.end > span.start)
    .map((span): PresentsReading => {
      const title = analysis.titles.find((candidate) => candidate.start === span.start && candidate.end === span.end);
      return {
        kind: 'presents',
        award: { start: span.start, end: span.end },
        awardKey: `khen-thuong-${span.start}`,
        awardName: undefined,
        commendedBy: title ? { title } : { organization: span },
        recipients: [],
        organizationRecipients: [],
        counts,
        description: { start: descriptionStart, end: descriptionEnd },
        onBehalfOf: title,
        date: dateOf(analysis, sentence, listStart),
        sentence,
        rule: 'commendation (… được A, B khen thưởng)',
        confidence: 0.7,
      };
    });
}
