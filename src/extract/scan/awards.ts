/**
 * Awards: the gazetteer's ("Huân chương Lao động hạng Nhất", "Bằng khen của Thủ tướng Chính phủ"), and generic ones
 * ("Bằng khen", "Cờ thi đua") whose conferrer is read from "của <title>" or from who authorized the presentation.
 * "Huân chương Lao động hạng Nhì và Ba" is two awards.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { Span } from '../text.js';

export interface AwardMention extends Span {
  /** A gazetteer award's key, when the text names one. */
  key?: string;
  /** A generic award's key ("bang-khen"), completed by its conferrer later. */
  generic?: string;
}

const SPECIFIC = new RegExp(`(?<![a-z])(?:${PATTERNS.award})(?![a-z])`, 'g');
const GENERIC = new RegExp(`(?<![a-z])(?:${PATTERNS.genericAward})(?![a-z])`, 'g');
const CLASS = { nhat: 'hang-nhat', nhi: 'hang-nhi', ba: 'hang-ba' } as const;
const AND_CLASS = /^\s+va\s+(?:hang\s+)?(nhat|nhi|ba)(?![a-z])/;
/**
 * "…; hạng Ba cho …", ", hạng Ba …", and "… và hạng Ba cho …" (a grade and its own recipients after "và"). The space
 * before "và" is looked behind, not matched: a match started at every space of a long run would cost the square.
 */
const GRADE = /(?:[;,]\s*(?:va\s+)?|(?<=\s)va\s+(?=hang\s+(?:nhat|nhi|ba)\s+(?:cho|tang)(?![a-z])))hang\s+(nhat|nhi|ba)(?![a-z])/g;

export function scanAwards(folded: string): AwardMention[] {
  const mentions: AwardMention[] = [];
  for (const match of folded.matchAll(SPECIFIC)) {
    const award = GAZETTEER.awardByVariant.get(match[0].replace(/\s+/g, ' '))!;
    const end = match.index + match[0].length;
    mentions.push({ start: match.index, end, key: award.key });
    const second = AND_CLASS.exec(folded.slice(end, end + 16));
    const classKey = second ? award.key.replace(/hang-(nhat|nhi|ba)$/, CLASS[second[1] as keyof typeof CLASS]) : undefined;
    if (second && classKey !== award.key && GAZETTEER.awardByKey.has(classKey!))
      mentions.push({ start: end, end: end + second[0].length, key: classKey });
  }
  // "Huân chương Lao động hạng Nhì cho …; hạng Ba cho …": a grade alone, after a semicolon or a comma (or after
  // "và" where its own recipients follow), is the same award's other grade.
  for (const match of folded.matchAll(GRADE)) {
    const start = match.index + match[0].length - match[1]!.length - 'hang '.length;
    const previous = mentions
      .filter((mention) => mention.key && mention.end <= start && !/[.]/.test(folded.slice(mention.end, start)))
      .at(-1);
    const key = previous?.key?.replace(/hang-(nhat|nhi|ba)$/, CLASS[match[1] as keyof typeof CLASS]);
    if (
      previous &&
      key !== previous.key &&
      GAZETTEER.awardByKey.has(key!) &&
      !mentions.some((mention) => start >= mention.start && start < mention.end)
    )
      mentions.push({ start, end: match.index + match[0].length, key });
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const match of folded.matchAll(GENERIC)) {
    if (mentions.some((mention) => match.index >= mention.start && match.index < mention.end)) continue;
    mentions.push({
      start: match.index,
      end: match.index + match[0].length,
      generic: GAZETTEER.genericAwardByVariant.get(match[0].replace(/\s+/g, ' '))!.key,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}
