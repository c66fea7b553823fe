/**
 * `npm run bench:seed-profile [-- --registry DIR --bulk-step N PATH...]`: where a bulk load's time goes. Loads the
 * corpus (default seed/articles) into an emptied graph as `seed --reset` does (writeLoad, in bulk), through a
 * Database whose transactions time each Cypher statement, grouped by its text (the labels and types it names
 * included), and the commit (from the end of the last statement to the transaction's end). Prints validation,
 * then each phase of writeLoad seen from outside (reset, schema, marker, steps), then the statements by total
 * time, with their calls and rows sent. Like bench:seed it empties the database NEO4J_URI names.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { boltPort, loadConfig } from '../src/config.js';
import { Database, type CypherQuery, type Row, type RunOptions } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';
import { DEFAULT_ARTICLES_DIR, prepareLoad, writeLoad } from '../src/load/loader.js';
import { rowsIn } from '../src/statements/store.js';

const { values, positionals } = parseArgs({
  options: { registry: { type: 'string' }, 'bulk-step': { type: 'string' } },
  allowPositionals: true,
});
const paths = positionals.length > 0 ? positionals : [DEFAULT_ARTICLES_DIR];

interface Timing {
  calls: number;
  rows: number;
  millis: number;
}

/** A statement's name in the report: its text with parameters' values left out, shortened to one line. */
const signature = (cypher: string) => cypher.replace(/\s+/g, ' ').slice(0, 150);

class TimedDatabase extends Database {
  readonly statements = new Map<string, Timing>();
  readonly phases: { what: string; millis: number }[] = [];

  private note(key: string, rows: number, millis: number): void {
    const timing = this.statements.get(key) ?? { calls: 0, rows: 0, millis: 0 };
    this.statements.set(key, { calls: timing.calls + 1, rows: timing.rows + rows, millis: timing.millis + millis });
  }

  override async write(queries: CypherQuery[], options?: RunOptions): Promise<Row[][]> {
    const began = performance.now();
    const result = await super.write(queries, options);
    this.phases.push({ what: `write: ${signature(queries[0]?.cypher ?? '')}`, millis: performance.now() - began });
    return result;
  }

  override async transaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>, options?: RunOptions): Promise<T> {
    const began = performance.now();
    let workEnded = 0;
    let inQueries = 0;
    const result = await super.transaction(async (run) => {
      const value = await work(async (query) => {
        const started = performance.now();
        const rows = await run(query);
        const took = performance.now() - started;
        inQueries += took;
        this.note(signature(query.cypher), Math.max(1, rowsIn(query)), took);
        return rows;
      });
      workEnded = performance.now();
      return value;
    }, options);
    const ended = performance.now();
    const total = ended - began;
    this.phases.push({
      what: `transaction (statements ${Math.round(inQueries)} ms, Node between them ${Math.round(workEnded - began - inQueries)} ms, commit ${Math.round(ended - workEnded)} ms)`,
      millis: total,
    });
    return result;
  }
}

const config = loadConfig();
if (config.manageLocalNeo4j)
  await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
const database = new TimedDatabase(config);
try {
  console.log(
    `load average at start: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  const prepared = prepareLoad(paths, values.registry);
  const statements = prepared.loadSet.articles.reduce((sum, article) => sum + article.statements.length, 0);
  console.log(
    `validation: ${Math.round(prepared.validateMillis)} ms (${prepared.loadSet.articles.length} articles, ${statements} statements)`,
  );
  const began = performance.now();
  const summary = await writeLoad(database, prepared, {
    reset: true,
    bulk: true,
    onNotice: (line) => database.phases.push({ what: line, millis: 0 }),
    ...(values['bulk-step'] === undefined ? {} : { bulkRows: Number(values['bulk-step']) }),
  });
  const took = performance.now() - began;
  console.log(
    `writeLoad: ${Math.round(took)} ms, ${Math.round(statements / (took / 1000))} statements/s (${summary.nodes} nodes, ${summary.relationships} relationships)`,
  );
  for (const phase of database.phases) console.log(`${String(Math.round(phase.millis)).padStart(8)} ms  ${phase.what}`);
  console.log('\nstatements by total time (calls, rows sent, ms):');
  for (const [key, timing] of [...database.statements].sort((a, b) => b[1].millis - a[1].millis))
    console.log(
      `${String(Math.round(timing.millis)).padStart(8)} ms ${String(timing.calls).padStart(5)} calls ${String(timing.rows).padStart(7)} rows  ${key}`,
    );
  console.log(
    `\nload average at end: ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await database.close();
}
