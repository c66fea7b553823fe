/**
 * People's names: a run of capitalized syllables that starts with a family name of the gazetteer (or follows an
 * honorific: "ông", "bà", "đồng chí"), two to four syllables, stopping at the first word of a title or body.
 * A single capitalized syllable after an honorific ("ông Linh") is a bare mention, resolved later to the full name
 * given earlier. Place names ("Hà Tĩnh"), and a byline alone on its line, are not people.
 */
import { foldText } from '../../text/fold.js';
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { Span } from '../text.js';

export interface PersonMention extends Span {
  /** As printed. */
  name: string;
  folded: string;
  /** One syllable after an honorific: to be resolved to a full name mentioned earlier. */
  bare: boolean;
  honorific: boolean;
}

const WORD = /\p{Lu}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu;
/** Family names compared as printed: "Viện" (an institute) is not "Viên", "Đảng" is not "Đặng". */
const FAMILY = new Set(GAZETTEER.familyNamesPrinted);

/** A word that begins a title or a body here: always for the stop words, and for "Thường", "Trưởng", "Đoàn"… when the words after make one. */
function stops(word: { printed: string; end: number }, text: string): boolean {
  if (GAZETTEER.stopWords.has(word.printed)) return true;
  const after = GAZETTEER.stopWhenFollowedBy.get(word.printed);
  return after !== undefined && after.test(text.slice(word.end, word.end + 24));
}
const HONORIFIC_BEFORE = new RegExp(`(?:^|[^a-z])(?:${PATTERNS.honorific})\\s+(?:cac\\s+)?$`);
const PLACE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${PATTERNS.notPersonBefore})\\s+$`);

/**
 * How many words from `index` name a province, or (where a run starts) a place the gazetteer lists: inside a name
 * only a province stops it, for "Văn Giang" and "Văn Ninh" (districts) end "Phan Văn Giang", "Nguyễn Văn Ninh".
 */
function isProvinceAt(words: string[], index: number, inside = false): number {
  for (let length = Math.min(4, words.length - index); length >= 1; length -= 1) {
    const candidate = words.slice(index, index + length).join(' ');
    if (GAZETTEER.provinceByVariant.has(candidate) || (!inside && GAZETTEER.notNames.has(candidate))) return length;
  }
  return 0;
}

export function scanPersons(text: string, folded: string): PersonMention[] {
  const mentions: PersonMention[] = [];
  // Runs of capitalized words separated by single spaces.
  const words = [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: folded.slice(match.index, match.index + match[0].length),
    printed: match[0],
  }));
  let index = 0;
  while (index < words.length) {
    let runEnd = index + 1;
    while (runEnd < words.length && /^[ \u00a0]$/.test(text.slice(words[runEnd - 1]!.end, words[runEnd]!.start))) runEnd += 1;
    const run = words.slice(index, runEnd);
    const foldedRun = run.map((word) => word.folded);
    let at = 0;
    // Whether the word before is a capitalized word that begins no name and no title ("Vicem" of "Vicem Hoàng Mai"):
    // a proper noun the family name goes on, unless three words or more are left for a person's name.
    let properBefore = false;
    while (at < run.length) {
      const skip = isProvinceAt(foldedRun, at);
      if (skip > 0) {
        at += skip;
        properBefore = false;
        continue;
      }
      const first = run[at]!;
      const before = folded.slice(Math.max(0, first.start - 20), first.start);
      const honorific = HONORIFIC_BEFORE.test(before);
      const family = FAMILY.has(first.printed) && !stops(first, text);
      // "Bệnh viện Bạch Mai Đào Xuân Cơ": the place's name after "Bệnh viện" is the run's first two words when a
      // person's follows (four words or more, as for localities), else the whole run; "Mai" begins no name.
      if (PLACE_BEFORE.test(before) && !honorific) {
        at += run.length - at >= 4 ? 2 : run.length - at;
        continue;
      }
      if ((!family && !honorific) || stops(first, text)) {
        properBefore = !stops(first, text) && !honorific;
        at += 1;
        continue;
      }
      if (properBefore && !honorific && run.length - at < 3) {
        at += 1;
        continue;
      }
      let last = at;
      while (last + 1 < run.length && last - at < 3 && !stops(run[last + 1]!, text) && isProvinceAt(foldedRun, last + 1, true) === 0)
        last += 1;
      const name = text.slice(first.start, run[last]!.end);
      const foldedName = foldText(name);
      if (last === at) {
        if (honorific) mentions.push({ start: first.start, end: first.end, name, folded: foldedName, bare: true, honorific });
      } else if (!GAZETTEER.notNames.has(foldedName) && !isByline(text, first.start, run[last]!.end)) {
        mentions.push({ start: first.start, end: run[last]!.end, name, folded: foldedName, bare: false, honorific });
      }
      at = last + 1;
    }
    index = runEnd;
  }
  return mentions;
}

/** What a byline may open with: "Theo", "Tin:", "Tin-ảnh:", "Bài và ảnh:". */
const BYLINE_OPENING = /^(?:theo|(?:tin|bài|ảnh|video)(?:\s*[-–,&]\s*(?:tin|bài|ảnh|video)|\s+và\s+(?:tin|bài|ảnh|video))*\s*:)?$/iu;

/**
 * A name alone on its line (maybe after "Theo" or "Tin, ảnh:") (optionally with "(tổng hợp)") among the article's last lines: its author, not a person
 * in the news. A name line followed by more of the article is a profile's heading, the person the lines after are
 * about.
 */
function isByline(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  const alone =
    /^[\p{L}\s:,–-]+(?:\((?:tổng hợp|TH)\))?$/u.test(line) && BYLINE_OPENING.test(text.slice(lineStart, start).trim()) && line.length <= 40;
  const rest = lineEnd < 0 ? '' : text.slice(lineEnd);
  return (
    alone &&
    rest
      .trim()
      .split('\n')
      .filter((after) => after.trim().length > 40).length === 0
  );
}
