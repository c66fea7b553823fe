/**
 * Localities below a province, as titles name them: "UBND huyện Vạn Ninh", "UBND TP Phan Thiết", "Huyện ủy Lâm Hà",
 * "Phường 5": the kind of locality (localities.json) and its name as printed, capitalized words (or a number) right
 * after the kind's word. A run of four or more capitalized words is a name followed by a person's ("TP Huế Nguyễn
 * Văn A" is rare, "huyện Vạn Ninh Nguyễn Văn A" less so): its first two words are the locality's.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import { slugify } from '../text.js';

export interface Locality {
  /** A key of localities.json: district, city, town… */
  kind: string;
  /** As printed: "Vạn Ninh". */
  name: string;
  /** The kind's word and the name: "huyen-van-ninh", as place and organization ids are made. */
  slug: string;
  /** Where the locality's name ends in the text. */
  end: number;
}

const KIND_WORD = new RegExp(`^[\\s\\u00a0]*(${PATTERNS.localityWord})(?![a-z])`);
const WORD = /^[\s\u00a0]+(\p{Lu}[\p{L}\p{M}]*|\d{1,2})(?![\p{L}\p{M}\d])/u;

/** The locality named at `at`: after a kind's word ("huyện Vạn Ninh"), or, for a body that is a locality's ("Huyện ủy"), right there. */
export function localityAt(text: string, folded: string, at: number, bodyKind?: string): Locality | undefined {
  let kind = bodyKind;
  let from = at;
  const word = KIND_WORD.exec(folded.slice(at, at + 16));
  const wordKind = word && GAZETTEER.localityKindByVariant.get(word[1]!.replace(/\s+/g, ' '))!.key;
  if (!kind) {
    if (!word) return undefined;
    kind = wordKind!;
    from = at + word[0].length;
  } else if (word && wordKind === kind) {
    // "Thành ủy TP. Quảng Ngãi", "Huyện ủy huyện Ba Bể": the kind's word again before the name (with its dot).
    from = at + word[0].length + (folded[at + word[0].length] === '.' ? 1 : 0);
  }
  const words: { end: number; printed: string }[] = [];
  let end = from;
  for (let next = WORD.exec(text.slice(end, end + 40)); next && words.length < 5; next = WORD.exec(text.slice(end, end + 40))) {
    if (GAZETTEER.stopWords.has(next[1]!) && !GAZETTEER.localityNameWords.has(next[1]!)) break;
    end += next[0].length;
    words.push({ end, printed: next[1]! });
  }
  if (words.length === 0) return undefined;
  const kept = words.length >= 4 ? words.slice(0, 2) : words;
  const name = kept.map((word) => word.printed).join(' ');
  return { kind, name, slug: slugify(`${GAZETTEER.localityKinds.get(kind)!.printed} ${name}`), end: kept.at(-1)!.end };
}
