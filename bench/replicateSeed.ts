/**
 * `npm run bench:replicate -- --copies N --out DIR`: a corpus in the product's own format for timing loads and reads
 * at scale, made of N copies of seed/ (registry and articles), every id of copy k given the prefix `ck-` after its
 * kind (`person:c3-le-tuan-phong`, `article:c3-…`). Each copy has the seed's shape exactly (tenures stated by several
 * articles, starts and ends from different articles, disputes and ranks, namesakes, reorganizations, presentations
 * and events, verbatim quotes in real text) and no copy touches another's facts; 27 copies are about 10,000
 * articles and 120,000 statements. It is not the generated corpus issue 20 asks for (new sentences from a seed
 * number): its sentences are the seed's, repeated, which the validator and the loader do not mind.
 *
 * DIR gets `registry/` and `articles/`; load it with `npm run seed -- --reset --registry DIR/registry DIR/articles`,
 * time it with `npm run bench:seed -- --bulk-only --registry DIR/registry DIR/articles`, or read it with
 * `npm run bench -- --corpus DIR` (which, without --corpus, builds 27 × scale copies itself).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../src/load/loader.js';
import { NODE_LABELS, nodeSpec } from '../src/model/index.js';

/** Copies of seed/ per unit of scale: scale 1 is about 10,000 articles, as issue 20 defines it. */
export const COPIES_PER_SCALE = 27;

/** Every id of the model as a JSON string: `"person:…"`, `"article:…"`; the kinds come from the model. */
const prefixes = NODE_LABELS.map((label) => nodeSpec(label).prefix);
const ID = new RegExp(`"(${prefixes.join('|')}):`, 'g');
const copyOf = (json: string, copy: number) => json.replace(ID, `"$1:c${copy}-`);

/** Writes `copies` copies of seed/ into `out` (registry/ and articles/); returns what it wrote. */
export function replicateSeed(copies: number, out: string): { articles: number; statements: number } {
  mkdirSync(join(out, 'registry'), { recursive: true });
  mkdirSync(join(out, 'articles'), { recursive: true });
  for (const file of readdirSync(DEFAULT_REGISTRY_DIR).filter((name) => name.endsWith('.json'))) {
    const registry = JSON.parse(readFileSync(join(DEFAULT_REGISTRY_DIR, file), 'utf8')) as { entities: unknown[] };
    const entities = Array.from(
      { length: copies },
      (_, index) => JSON.parse(copyOf(JSON.stringify(registry.entities), index + 1)) as unknown[],
    ).flat();
    writeFileSync(join(out, 'registry', file), JSON.stringify({ ...registry, entities }, null, 1));
  }
  const names = readdirSync(DEFAULT_ARTICLES_DIR).filter((name) => name.endsWith('.json'));
  let statements = 0;
  for (let copy = 1; copy <= copies; copy += 1)
    for (const name of names) {
      const base = name.slice(0, -'.json'.length);
      const article = JSON.parse(copyOf(readFileSync(join(DEFAULT_ARTICLES_DIR, name), 'utf8'), copy)) as {
        article: { textFile: string };
        statements: unknown[];
      };
      const textFile = `c${copy}-${article.article.textFile}`;
      writeFileSync(join(out, 'articles', textFile), readFileSync(join(DEFAULT_ARTICLES_DIR, article.article.textFile)));
      writeFileSync(
        join(out, 'articles', `c${copy}-${base}.json`),
        JSON.stringify({ ...article, article: { ...article.article, textFile } }),
      );
      statements += article.statements.length;
    }
  return { articles: copies * names.length, statements };
}

// Only when run (`npm run bench:replicate`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { values } = parseArgs({ options: { copies: { type: 'string', default: String(COPIES_PER_SCALE) }, out: { type: 'string' } } });
  const copies = Number(values.copies);
  if (!Number.isSafeInteger(copies) || copies < 1 || values.out === undefined) {
    console.error('usage: npm run bench:replicate -- --copies N --out DIR');
    process.exit(2);
  }
  const { articles, statements } = replicateSeed(copies, values.out);
  console.log(`${values.out}: ${copies} copies of seed/, ${articles} articles, ${statements} statements`);
}
