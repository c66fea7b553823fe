/**
 * `tsx bench/ingestCorpus.ts OUT_DIR [COUNT]`: a folder for `npm run ingest`'s benchmark (BENCHMARKS.md): the
 * first COUNT (200) texts of seed/articles, each with its sidecar `<name>.meta.json` taken from the article's data
 * file (its URL, publisher and publication date, as the gold data states them; nothing made up).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_ARTICLES_DIR } from '../src/load/files.js';

const [out, count = '200'] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: tsx bench/ingestCorpus.ts OUT_DIR [COUNT]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const dataFiles = readdirSync(DEFAULT_ARTICLES_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .slice(0, Number(count));
for (const name of dataFiles) {
  const { article } = JSON.parse(readFileSync(join(DEFAULT_ARTICLES_DIR, name), 'utf8')) as {
    article: { textFile: string; url: string | null; publisher: string | null; published: string | null };
  };
  const base = article.textFile.replace(/\.txt$/, '');
  writeFileSync(join(out, article.textFile), readFileSync(join(DEFAULT_ARTICLES_DIR, article.textFile)));
  writeFileSync(
    join(out, `${base}.meta.json`),
    JSON.stringify({ url: article.url, publisher: article.publisher, published: article.published }, null, 2),
  );
}
console.log(`${dataFiles.length} texts with their sidecars in ${out}`);
