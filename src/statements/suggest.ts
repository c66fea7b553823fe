/**
 * Help for a reference or a quote that does not match: the nearest ids ("did you mean"), and where a quote and
 * the article's text part ways. Pure, for the validator's messages.
 */
import { distance } from 'fastest-levenshtein';
import { foldText } from '../text/fold.js';

export interface Candidate {
  id: string;
  /** The entity's name or title, compared folded as well as its id. */
  name?: string;
}

/** Up to `limit` candidates nearest to `wanted`, by folded id slug or folded name; only reasonably near ones. */
export function nearest(wanted: string, candidates: readonly Candidate[], limit = 3): Candidate[] {
  const slug = (id: string) => id.slice(id.indexOf(':') + 1).replace(/-/g, ' ');
  const key = foldText(slug(wanted));
  const scored = candidates.map((candidate) => {
    const byId = distance(key, foldText(slug(candidate.id)));
    const byName = candidate.name === undefined ? Infinity : distance(key, foldText(candidate.name));
    return { candidate, score: Math.min(byId, byName) };
  });
  const reach = Math.max(3, Math.ceil(key.length / 3));
  return scored
    .filter((item) => item.score <= reach)
    .sort((a, b) => a.score - b.score || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, limit)
    .map((item) => item.candidate);
}

/** `; did you mean "a" (Name), "b"?` or '' when nothing is near. */
export function didYouMean(wanted: string, candidates: readonly Candidate[]): string {
  const near = nearest(wanted, candidates);
  if (near.length === 0) return '';
  return `; did you mean ${near.map((candidate) => `"${candidate.id}"${candidate.name ? ` (${candidate.name})` : ''}`).join(', ')}?`;
}

const excerpt = (text: string) => JSON.stringify(text.length > 30 ? `${text.slice(0, 30)}…` : text);

/**
 * Where `needle` stops matching `haystack`: the longest start of the needle found in the haystack, then what
 * follows it in each. Both are already normalized (NFC, white space folded).
 */
export function whereQuotePartsWays(needle: string, haystack: string): string {
  // A prefix that occurs has every shorter prefix occur too, so the longest one is found by bisection.
  let low = 0;
  let high = needle.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (haystack.includes(needle.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  if (low === 0) return 'not even its first character is in the text';
  const matched = needle.slice(0, low);
  const at = haystack.indexOf(matched) + low;
  const tail = matched.length > 40 ? `…${matched.slice(-40)}` : matched;
  return `the text has ${JSON.stringify(tail)}, then ${excerpt(haystack.slice(at))} where the quote has ${excerpt(needle.slice(low))}`;
}
