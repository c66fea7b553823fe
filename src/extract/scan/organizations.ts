/**
 * Bodies named by their own name, as printed: "Hội Nông dân tỉnh Hà Nam", "Công ty Cổ phần Sữa Việt Nam", "Công
 * đoàn ngành Y tế", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam" (organizations.json). A name runs from its head to
 * a comma, a semicolon, a full stop, a bracket, "và" before another body, a number, a person or "cá nhân", or a word of
 * nameStops ("vì", "đã có", "nhân dịp"…): the words between are the name, never fewer than the head and one more.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import { escapeRegExp, type Span } from '../text.js';

export interface OrganizationMention extends Span {
  classification: string;
}

const HEAD = new RegExp(`^(?:${PATTERNS.organizationHead})(?![a-z])`);
/**
 * Where a name stops, over the printed text: accents count ("Cổ phần" is part of a name, "có" is not). Words are
 * matched whole, case aside.
 */
const printed = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escapeRegExp(word.normalize('NFC')).replace(/ /g, '\\s+'))
    .join('|');
const STOP = new RegExp(
  `[,;.()“”"]|\\s(?:${printed(GAZETTEER.organizationNameStops)})(?![\\p{L}\\p{M}])|\\s(?:và|hoặc)\\s+(?=\\d|(?:${printed([...GAZETTEER.numberWordsPrinted])})\\s|(?:${printed(GAZETTEER.organizationHeadsPrinted)})(?![\\p{L}\\p{M}])|(?:${printed(GAZETTEER.honorifics)})\\s|(?:${printed(GAZETTEER.organizationNameStopsAfterAnd)})\\s|các\\s|nhiều\\s)`,
  'iu',
);
const PRINTED_HEADS = new Set(
  GAZETTEER.organizationHeadsPrinted.flatMap((head) => {
    const lower = head.normalize('NFC').toLowerCase();
    // Both places of the tone mark in "uỷ"/"ủy" are printed.
    return [lower, lower.replace(/ủy/g, 'uỷ')];
  }),
);
/** Longest a name may be: a body's name is a phrase, not a clause. */
const MAX = 90;

/** The body whose name begins at `at`; undefined where no head of organizations.json begins there. */
export function organizationAt(text: string, folded: string, at: number, end: number): OrganizationMention | undefined {
  const head = HEAD.exec(folded.slice(at, at + 40));
  // The head as printed, accents and all: "Trưởng phòng" folds as "truong phong" but is a title, not "Trường".
  if (
    !head ||
    !PRINTED_HEADS.has(
      text
        .slice(at, at + head[0].length)
        .toLowerCase()
        .replace(/\s+/g, ' '),
    )
  )
    return undefined;
  const rest = text.slice(at, Math.min(end, at + MAX));
  const stop = STOP.exec(rest.slice(head[0].length));
  let length = stop ? head[0].length + stop.index : rest.length;
  while (length > 0 && /\s/.test(rest[length - 1]!)) length -= 1;
  // A head alone ("Hội", "Ban") is a word, not a name; nor is a run that ends in "và" where the text given stops
  // ("Công ty X dự lễ kỷ niệm và | đón nhận …"): a clause, not a name.
  if (!/\S\s+\S/.test(rest.slice(0, length)) || length <= head[0].length + 1) return undefined;
  if (/\s(?:và|hoặc)$/iu.test(rest.slice(0, length))) return undefined;
  const classification = GAZETTEER.organizationHeadByVariant.get(head[0].replace(/\s+/g, ' '))!;
  return { start: at, end: at + length, classification };
}
