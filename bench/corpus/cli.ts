/**
 * `npm run bench:corpus -- --scale S [--seed N] --out DIR`: a synthetic corpus in the product's own format
 * (bench/corpus/generate.ts), about 10,000 articles and 130,000 statements per unit of scale (fractional scales
 * too), the same bytes for the same scale and seed. Prints what it wrote, how long it took, and its mix of
 * statement kinds beside seed/'s. Check it with `npm run seed -- --check --registry DIR/registry DIR/articles`,
 * time its load with `npm run bench:seed -- --runs 1 --bulk-only --registry DIR/registry DIR/articles`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR } from '../../src/load/files.js';
import { DEFAULT_SEED } from '../synthetic/generate.js';
import { writeCorpus } from './write.js';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: String(DEFAULT_SEED) }, out: { type: 'string' } },
});
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0) || !Number.isSafeInteger(seed) || values.out === undefined) {
  console.error('usage: npm run bench:corpus -- --scale S [--seed N] --out DIR   (S > 0, e.g. 0.01, 1, 10)');
  process.exit(2);
}

/** Statements by kind in the article files of a folder. */
function kindsOf(dir: string): Record<string, number> {
  const kinds: Record<string, number> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json'))) {
    const { statements } = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { statements: { kind: string }[] };
    for (const { kind } of statements) kinds[kind] = (kinds[kind] ?? 0) + 1;
  }
  return kinds;
}

const began = performance.now();
console.log(
  `load average at the start: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const written = writeCorpus({ scale, seed }, values.out);
const seconds = (performance.now() - began) / 1000;
console.log(
  `${values.out}: scale ${scale}, seed ${seed}: ${written.articles} articles, ${written.statements} statements ` +
    `(${written.provinces} provinces), ${(written.bytes / 1e6).toFixed(1)} MB, in ${seconds.toFixed(1)} s ` +
    `(peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB); load average at the end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
);
console.log(
  `registry: ${Object.entries(written.entities)
    .map(([collection, count]) => `${count} ${collection}`)
    .join(', ')}`,
);
const seedKinds = kindsOf(DEFAULT_ARTICLES_DIR);
const share = (kinds: Record<string, number>, kind: string) => {
  const total = Object.values(kinds).reduce((sum, count) => sum + count, 0);
  return `${(((kinds[kind] ?? 0) / total) * 100).toFixed(1).padStart(5)}%`;
};
console.log('statements by kind   generated      seed/');
for (const kind of Object.keys({ ...seedKinds, ...written.kinds }).sort((a, b) => (seedKinds[b] ?? 0) - (seedKinds[a] ?? 0)))
  console.log(
    `  ${kind.padEnd(14)} ${String(written.kinds[kind] ?? 0).padStart(8)} ${share(written.kinds, kind)}  ${String(seedKinds[kind] ?? 0).padStart(5)} ${share(seedKinds, kind)}`,
  );
