/**
 * `npm run bench:seed [-- --runs N --bulk-only --registry DIR PATH...]`: the seed loader's two ways of loading a corpus into an
 * empty graph, timed side by side on the same machine minute: article by article (one transaction per article, as
 * every load did before the bulk path) and in bulk (what `npm run seed -- --reset` now does). Each run empties the
 * graph first, AS `seed --reset` DOES: it runs against the Neo4j that NEO4J_URI names (starting the local one), so
 * point it at a database you can lose. Runs alternate between the two ways (`--runs`, 3 each), so that the load
 * of a shared machine falls on both alike; the report gives each run and the median, in seconds and statements
 * per second, with the load average beside them.
 *
 * `--bulk-only` skips the article-by-article load, for a corpus too large to wait for it (`npm run bench:corpus`).
 *
 * The time is `writeLoad`'s: reset, schema and writes, after validation (which both ways share, and which is
 * printed once). It leaves the graph loaded in bulk.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { boltPort, loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';
import { DEFAULT_ARTICLES_DIR, prepareLoad, writeLoad } from '../src/load/loader.js';

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string', default: '3' }, registry: { type: 'string' }, 'bulk-only': { type: 'boolean', default: false } },
  allowPositionals: true,
});
const runs = Number(values.runs);
const paths = positionals.length > 0 ? positionals : [DEFAULT_ARTICLES_DIR];

const config = loadConfig();
if (config.manageLocalNeo4j)
  await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
const database = new Database(config);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
try {
  const prepared = prepareLoad(paths, values.registry);
  const statements = prepared.loadSet.articles.reduce((sum, article) => sum + article.statements.length, 0);
  console.log(
    `${paths.join(', ')}: ${prepared.loadSet.articles.length} articles, ${statements} statements, validated in ${Math.round(prepared.validateMillis)} ms`,
  );
  const seconds: Record<'article by article' | 'bulk', number[]> = { 'article by article': [], bulk: [] };
  for (let run = 1; run <= runs; run += 1)
    for (const [way, bulk] of values['bulk-only']
      ? ([['bulk', true]] as const)
      : ([
          ['article by article', false],
          ['bulk', true],
        ] as const)) {
      const began = performance.now();
      const summary = await writeLoad(database, prepared, { reset: true, bulk });
      const took = (performance.now() - began) / 1000;
      seconds[way].push(took);
      console.log(
        `run ${run}, ${way}: ${took.toFixed(2)} s, ${Math.round(statements / took)} statements/s ` +
          `(${summary.nodes} nodes, ${summary.relationships} relationships; load average ${loadavg()[0]!.toFixed(1)})`,
      );
    }
  for (const [way, times] of Object.entries(seconds))
    if (times.length > 0)
      console.log(`median, ${way}: ${median(times).toFixed(2)} s, ${Math.round(statements / median(times))} statements/s`);
} finally {
  await database.close();
}
