/**
 * What the generated corpus (bench/corpus/) keeps of the synthetic graph's generator, retired on 8 December with
 * the graph it made: the default seed and the slugs of ids. The shared vocabulary and random numbers are vocab.ts
 * and prng.ts, the days part.ts.
 */
import { foldText } from '../../src/text/fold.js';

/** The seed of `npm run bench:corpus` and of the corpus `npm run bench` generates, unless one is given. */
export const DEFAULT_SEED = 20190111;

/** The id slug of a name: folded (no diacritics, lower case), every run of other characters one hyphen. */
export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
