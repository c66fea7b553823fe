/**
 * `npm run bench:writes [-- --corpus DIR --typical N --rounds N --clients C --neo4j-port P --tag NAME --keep-neo4j]`:
 * the write API (`submitArticle`) over HTTP, against a Neo4j of its own (port 7789, data in `.neo4j-bench-writes/`,
 * wiped at each start, heap 1g and page cache 512m unless --heap / --page-cache say otherwise).
 *
 * The graph is a corpus written before the measured rounds through the product's bulk path (writeLoad into an
 * emptied graph): seed/ (registry and articles), or DIR/registry and DIR/articles with --corpus DIR (e.g. `npm run
 * bench:corpus -- --scale 1 --out DIR`, about 127,000 statements), so that one write's cost can be compared
 * in graphs of different sizes. An editor key is issued, and the API runs IN THIS PROCESS (`createApiServer` on a
 * free port, as test/support/api.ts starts it): the client and the server share one Node event loop, and the
 * client's part (a fetch, a JSON.parse) is small next to a write. The server's Database is wrapped here (nothing
 * in src/ changes) to time its reads and its write transaction, so that the report can say where a submission's
 * time goes.
 *
 * 1. Typical articles: the corpus's first `--typical` articles (400) in name order, each under a new id
 *    (`<id>-bench-<round>`, its text, `entities: []`): articles the graph does not hold, about facts it does. One
 *    request at a time, `--rounds` times (3). Latency p50/p90/max, statements per submission, statements per
 *    second of wall time, queries per transaction.
 * 2. Concurrent: `--clients` clients (4), each submitting its own articles under another round's ids: whole groups
 *    of the corpus's articles that derive no fact in common (bench/lib/clientSets.ts), so that the clients' writes
 *    lock different facts; the facts and entities they share anyway are reported. Each transaction's lock
 *    queries and audit entry (the change log's number, one node locked until commit) are timed.
 * 3. Large: three synthetic submissions of 1,000 statements (500 people declared; test/support/submissions.ts).
 * 4. Identical resubmissions of round 1 (answered UNCHANGED).
 *
 * Every answer's status is checked (CREATED, or UNCHANGED for 4); anything else stops the run. Results go to
 * bench/results/<date>-writes[-NAME].json and .md; the Neo4j is stopped at the end unless --keep-neo4j.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR, prepareLoad, writeLoad } from '../src/load/loader.js';
import { issueKey } from '../src/auth/issueKey.js';
import { findKey } from '../src/db/cypher/keys.js';
import { articleState } from '../src/db/cypher/articles.js';
import { lockKeys } from '../src/db/cypher/locks.js';
import { createAuditEntry } from '../src/db/cypher/audit.js';
import { Database, type CypherQuery, type Row, type RunOptions } from '../src/db/database.js';
import { stopLocalNeo4j } from '../src/db/localNeo4j.js';
import { errorsOnlyLogger } from '../src/log.js';
import type { ValidatedArticle } from '../src/statements/validate.js';
import { createApiServer, type ApiServer } from '../src/server.js';
import { SEEDED_POSITION, SUBMIT_ARTICLE, testSubmission, type TestSubmission } from '../test/support/submissions.js';
import { clientSets, keysOf, overlap, type ArticleKeys } from './lib/clientSets.js';
import { benchConfig, benchDatabase, benchNeo4jOptions, ensureBenchNeo4j, processCpuSeconds } from './lib/benchNeo4j.js';

const BENCH_ROOT = dirname(fileURLToPath(import.meta.url));
const WRITES_DIR = '.neo4j-bench-writes';
const DEFAULT_PORT = '7789';
const LARGE_PEOPLE = 500;
const LARGE_RUNS = 3;

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Nearest rank: the smallest value with at least `p` of the values at or below it. */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((left, right) => left - right);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const round1 = (value: number) => Math.round(value * 10) / 10;

// ---------------------------------------------------------------------------------------------------------------
// Where the time goes: the server's Database, timed from outside.

type Phase = 'readKey' | 'readArticleState' | 'readOther' | 'txLock' | 'txQueries' | 'txJs' | 'txBeginCommit' | 'transaction';

interface Timings {
  ms: Record<Phase, number>;
  reads: number;
  txQueries: number;
  transactions: number;
  /** Time each transaction's lock queries took together: the waits for other writes' key locks, mostly. */
  lockWaits: number[];
  /** Time each transaction's audit entry took: it numbers the write in the change log, whose one node is locked until commit. */
  auditWaits: number[];
  /** [start, end] of every read and transaction, to count overlapping ones once. */
  intervals: [number, number][];
  /** Per query shape (its first and last lines): count and milliseconds, reads and queries inside transactions. */
  shapes: Map<string, { count: number; ms: number }>;
}

const PHASES: readonly Phase[] = [
  'readKey',
  'readArticleState',
  'readOther',
  'txLock',
  'txQueries',
  'txJs',
  'txBeginCommit',
  'transaction',
];

const emptyTimings = (): Timings => ({
  ms: Object.fromEntries(PHASES.map((phase) => [phase, 0])) as Record<Phase, number>,
  reads: 0,
  txQueries: 0,
  transactions: 0,
  lockWaits: [],
  auditWaits: [],
  intervals: [],
  shapes: new Map(),
});

function diffTimings(after: Timings, before: Timings): Timings {
  return {
    ms: Object.fromEntries(PHASES.map((phase) => [phase, after.ms[phase] - before.ms[phase]])) as Record<Phase, number>,
    reads: after.reads - before.reads,
    txQueries: after.txQueries - before.txQueries,
    transactions: after.transactions - before.transactions,
    lockWaits: after.lockWaits.slice(before.lockWaits.length),
    auditWaits: after.auditWaits.slice(before.auditWaits.length),
    intervals: after.intervals.slice(before.intervals.length),
    shapes: new Map(
      [...after.shapes].map(([shape, stats]) => {
        const earlier = before.shapes.get(shape) ?? { count: 0, ms: 0 };
        return [shape, { count: stats.count - earlier.count, ms: stats.ms - earlier.ms }];
      }),
    ),
  };
}

const copyTimings = (timings: Timings): Timings => ({
  ...timings,
  ms: { ...timings.ms },
  lockWaits: [...timings.lockWaits],
  auditWaits: [...timings.auditWaits],
  intervals: [...timings.intervals],
  shapes: new Map([...timings.shapes].map(([shape, stats]) => [shape, { ...stats }])),
});

/** Milliseconds covered by at least one interval. */
function unionMillis(intervals: readonly [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of [...intervals].sort((left, right) => left[0] - right[0])) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}

/** A query's shape: its first and last lines (labels and types kept: they tell the queries apart). */
function shapeOf(kind: 'read' | 'tx', cypher: string): string {
  const lines = cypher.trim().split('\n');
  const first = lines[0]!.slice(0, 80);
  return `${kind}: ${lines.length > 1 ? `${first} … ${lines[lines.length - 1]!.slice(0, 60)}` : first}`;
}

function addShape(timings: Timings, shape: string, millis: number): void {
  const stats = timings.shapes.get(shape) ?? { count: 0, ms: 0 };
  stats.count += 1;
  stats.ms += millis;
  timings.shapes.set(shape, stats);
}

/** Wraps the Database the server uses so that its reads and write transactions add to `timings`. */
function instrument(database: Database, timings: Timings): void {
  const cypherOf = {
    key: findKey('x').cypher,
    articleState: articleState('x').cypher,
    lock: lockKeys([]).cypher,
    audit: createAuditEntry({} as Parameters<typeof createAuditEntry>[0], []).cypher,
  };
  const read = database.read.bind(database);
  database.read = async (query: CypherQuery, options?: RunOptions): Promise<Row[]> => {
    const began = performance.now();
    const rows = await read(query, options);
    const millis = performance.now() - began;
    timings.reads += 1;
    timings.intervals.push([began, began + millis]);
    addShape(timings, shapeOf('read', query.cypher), millis);
    if (query.cypher === cypherOf.key) timings.ms.readKey += millis;
    else if (query.cypher === cypherOf.articleState) timings.ms.readArticleState += millis;
    else timings.ms.readOther += millis;
    return rows;
  };
  const transaction = database.transaction.bind(database);
  database.transaction = async <T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>, options?: RunOptions): Promise<T> => {
    const began = performance.now();
    let workMillis = 0;
    try {
      return await transaction(async (run) => {
        // A retried transaction runs `work` again: only the last attempt's split is kept, the total counts all.
        const workBegan = performance.now();
        let queryMillis = 0;
        let lockMillis = 0;
        try {
          return await work(async (query) => {
            const queryBegan = performance.now();
            const rows = await run(query);
            const millis = performance.now() - queryBegan;
            timings.txQueries += 1;
            addShape(timings, shapeOf('tx', query.cypher), millis);
            if (query.cypher === cypherOf.lock) lockMillis += millis;
            else queryMillis += millis;
            if (query.cypher === cypherOf.audit) timings.auditWaits.push(millis);
            return rows;
          });
        } finally {
          workMillis = performance.now() - workBegan;
          timings.lockWaits.push(lockMillis);
          timings.ms.txLock += lockMillis;
          timings.ms.txQueries += queryMillis;
          timings.ms.txJs += workMillis - lockMillis - queryMillis;
        }
      }, options);
    } finally {
      const total = performance.now() - began;
      timings.intervals.push([began, began + total]);
      timings.transactions += 1;
      timings.ms.transaction += total;
      timings.ms.txBeginCommit += total - workMillis;
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Submissions

interface CorpusArticle {
  file: string;
  data: { article: { id: string } & Record<string, unknown> } & Record<string, unknown>;
  text: string;
  statements: number;
  /** The facts (with tenures' posts) and entities it touches, as the validator read it. */
  keys: ArticleKeys;
}

/** The corpus's article files in name order, each with what it touches (from the validated load). */
function readArticles(articlesDir: string, validated: ReadonlyMap<string, ValidatedArticle>): CorpusArticle[] {
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const data = JSON.parse(readFileSync(join(articlesDir, name), 'utf8')) as CorpusArticle['data'] & { article: { textFile: string } };
      const text = readFileSync(join(articlesDir, data.article.textFile), 'utf8');
      const article = validated.get(data.article.id);
      if (!article) throw new Error(`${name}: the validated load has no article ${data.article.id}`);
      return { file: name, data, text, statements: (data.statements as unknown[]).length, keys: keysOf(article.statements) };
    });
}

/** The article under a new id, everything else as it is; its entities are in the graph already. */
function copyOf(article: CorpusArticle, round: number | string): TestSubmission {
  const data = { ...article.data, article: { ...article.data.article, id: `${article.data.article.id}-bench-${round}` } };
  return { article: JSON.stringify(data), text: article.text, entities: [] };
}

/** A test submission whose tenures are of `position` rather than the seed's Bắc Giang post. */
const onPosition = (submission: TestSubmission, position: string): TestSubmission =>
  position === SEEDED_POSITION ? submission : { ...submission, article: submission.article.replaceAll(SEEDED_POSITION, position) };

interface Submitted {
  label: string;
  millis: number;
  status: string;
  statementsAdded: number;
  factsDerived: number;
  requestBytes: number;
}

interface SubmitAnswer {
  data?: { submitArticle: { status: string; statementsAdded: number; factsDerived: number; article: { id: string } } };
  errors?: unknown[];
}

async function submit(url: string, token: string, input: TestSubmission, label: string, expected: string): Promise<Submitted> {
  const body = JSON.stringify({ query: SUBMIT_ARTICLE, variables: { input } });
  const began = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      authorization: `Bearer ${token}`,
    },
    body,
  });
  const text = await response.text();
  const millis = performance.now() - began;
  let answer: SubmitAnswer;
  try {
    answer = JSON.parse(text) as SubmitAnswer;
  } catch {
    throw new Error(`${label}: HTTP ${response.status}, not JSON: ${text.slice(0, 2000)}`);
  }
  const payload = answer.data?.submitArticle;
  if (answer.errors || !payload || payload.status !== expected)
    throw new Error(`${label}: expected status ${expected}, got HTTP ${response.status}: ${text.slice(0, 4000)}`);
  return {
    label,
    millis,
    status: payload.status,
    statementsAdded: payload.statementsAdded,
    factsDerived: payload.factsDerived,
    requestBytes: Buffer.byteLength(body),
  };
}

/** CPU seconds of this process (client and API) and of Neo4j, to split a phase's work between them. */
function cpuNow(neo4jPid: number): { node: number; neo4j: number } {
  const usage = process.cpuUsage();
  return { node: (usage.user + usage.system) / 1e6, neo4j: processCpuSeconds(neo4jPid) };
}

interface PhaseCpu {
  nodeSeconds: number;
  neo4jSeconds: number;
}

async function withCpu<T>(neo4jPid: number, work: () => Promise<T>): Promise<{ result: T; cpu: PhaseCpu; wallMillis: number }> {
  const before = cpuNow(neo4jPid);
  const began = performance.now();
  const result = await work();
  const wallMillis = performance.now() - began;
  const after = cpuNow(neo4jPid);
  return { result, wallMillis, cpu: { nodeSeconds: after.node - before.node, neo4jSeconds: after.neo4j - before.neo4j } };
}

// ---------------------------------------------------------------------------------------------------------------

function gitCommit(): { commit: string; dirtyFiles: number } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirtyFiles = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' })
      .split('\n')
      .filter((line) => line.trim() !== '').length;
    return { commit, dirtyFiles };
  } catch {
    return { commit: 'unknown', dirtyFiles: -1 };
  }
}

function neo4jVersion(): string {
  const pom = readFileSync(join(BENCH_ROOT, '..', 'neo4j', 'pom.xml'), 'utf8');
  return /<neo4j.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown';
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const thousands = (value: number) => Math.round(value).toLocaleString('en');

interface WriteResults {
  date: string;
  settings: { rounds: number; clients: number; neo4jPort: number; neo4jDir: string; heap: string; pageCache: string; server: string };
  machine: { node: string; cpuModel: string; cores: number; memoryGiB: number; loadAverageAtStart: string; neo4j: string };
  git: { commit: string; dirtyFiles: number };
  /** The graph before the measured rounds: the corpus written by the bulk path. */
  graph: { corpus: string; articles: number; statements: number; nodes: number; relationships: number; loadMillis: number };
  typical: {
    submissions: number;
    latencyMs: { p50: number; p90: number; max: number; mean: number };
    statementsPerSubmission: number;
    factsDerivedPerSubmission: number;
    totalStatements: number;
    wallMillis: number;
    statementsPerSecond: number;
    cpu: PhaseCpu;
    perRound: {
      round: number;
      p50: number;
      p90: number;
      max: number;
      wallMillis: number;
      statementsPerSecond: number;
      /** Queries in each submission's transaction, mean: they grow as copies of one article state the same facts. */
      txQueriesPerSubmission: number;
    }[];
    /** Mean milliseconds per submission of each timed part of the server's work. */
    breakdownMs: Record<Phase, number> & { request: number; databaseWall: number; outsideDatabase: number };
    /** The queries by shape (first and last lines), the costliest first: count and milliseconds per submission. */
    queryShapes: { shape: string; perSubmission: number; msPerSubmission: number; msPerQuery: number }[];
    readsPerSubmission: number;
    txQueriesPerSubmission: number;
    slowest: { label: string; millis: number; statements: number }[];
    /** Every submission: latency, the database's wall time, the transaction's, and its queries. */
    each: { label: string; millis: number; statements: number; databaseMs: number; transactionMs: number; txQueries: number }[];
  };
  concurrent: {
    clients: number;
    submissions: number;
    totalStatements: number;
    wallMillis: number;
    statementsPerSecond: number;
    latencyMs: { p50: number; p90: number; max: number };
    /** Each transaction's lock queries together (waits for other writes' key locks, mostly). */
    lockWaitMs: { p50: number; max: number };
    /** Each transaction's audit entry (the change log's number, one node locked until commit). */
    auditMs: { p50: number; max: number };
    articlesPerClient: number[];
    /** Facts (with tenures' posts) and entities that more than one client's articles touch. */
    shared: { facts: number; entities: number };
    txQueriesPerSubmission: number;
    transactionMsMean: number;
    /** Write transactions, and the times their work ran (more when Neo4j retried one, e.g. after a deadlock). */
    transactions: number;
    attempts: number;
    cpu: PhaseCpu;
  };
  large: {
    runs: {
      label: string;
      millis: number;
      statements: number;
      statementsPerSecond: number;
      requestBytes: number;
      breakdownMs: Record<Phase, number>;
    }[];
    medianMillis: number;
    medianStatementsPerSecond: number;
  };
  unchanged: { submissions: number; latencyMs: { p50: number; p90: number; max: number } };
}

function renderMarkdown(results: WriteResults): string {
  const { typical, concurrent, large, unchanged, machine, settings } = results;
  const lines = [
    `# Writes (submitArticle), ${results.date}`,
    '',
    `Commit \`${results.git.commit}\`${results.git.dirtyFiles > 0 ? ` (working tree with ${results.git.dirtyFiles} changed files)` : ''}; Node ${machine.node}; ${machine.cpuModel}, ${machine.cores} cores; ${machine.memoryGiB} GiB; load average at start ${machine.loadAverageAtStart}; Neo4j ${machine.neo4j} (heap ${settings.heap}, page cache ${settings.pageCache}, port ${settings.neo4jPort}, data in \`${settings.neo4jDir}/\`); ${settings.server}.`,
    '',
    `Graph: ${results.graph.corpus} loaded in bulk into an emptied graph: ${thousands(results.graph.articles)} articles, ${thousands(results.graph.statements)} statements (${thousands(results.graph.nodes)} nodes, ${thousands(results.graph.relationships)} relationships) in ${fixed(results.graph.loadMillis / 1000)} s.`,
    '',
    '| measure | result |',
    '| --- | ---: |',
    `| typical article, sequential (${typical.submissions} submissions = ${typical.submissions / settings.rounds} articles × ${settings.rounds} rounds): latency p50 / p90 / max | ${fixed(typical.latencyMs.p50)} / ${fixed(typical.latencyMs.p90)} / ${fixed(typical.latencyMs.max)} ms |`,
    `| statements per submission (mean) | ${fixed(typical.statementsPerSubmission)} |`,
    `| sequential throughput (total statements ÷ total wall time) | ${fixed(typical.statementsPerSecond)} statements/s (${thousands(typical.totalStatements)} in ${fixed(typical.wallMillis / 1000, 2)} s) |`,
    `| concurrent, ${concurrent.clients} clients (${concurrent.articlesPerClient.join(' / ')} articles; facts shared between clients ${concurrent.shared.facts}, entities ${concurrent.shared.entities}), ${concurrent.submissions} submissions: throughput | ${fixed(concurrent.statementsPerSecond)} statements/s |`,
    `| concurrent: latency p50 / p90 / max | ${fixed(concurrent.latencyMs.p50)} / ${fixed(concurrent.latencyMs.p90)} / ${fixed(concurrent.latencyMs.max)} ms (lock queries p50 ${fixed(concurrent.lockWaitMs.p50)} ms, max ${fixed(concurrent.lockWaitMs.max)}; audit entry p50 ${fixed(concurrent.auditMs.p50)} ms, max ${fixed(concurrent.auditMs.max)}; ${fixed(concurrent.txQueriesPerSubmission)} queries per transaction; ${concurrent.attempts} attempts for ${concurrent.transactions} transactions) |`,
    `| large: 1,000 statements (${LARGE_PEOPLE} people declared), median of ${large.runs.length} | ${fixed(large.medianMillis)} ms, ${fixed(large.medianStatementsPerSecond)} statements/s |`,
    `| identical resubmission (UNCHANGED), ${unchanged.submissions} requests: latency p50 | ${fixed(unchanged.latencyMs.p50)} ms (p90 ${fixed(unchanged.latencyMs.p90)}, max ${fixed(unchanged.latencyMs.max)}) |`,
    '',
    '### Typical article, per round',
    '',
    '| round | p50 ms | p90 ms | max ms | wall s | statements/s | queries per transaction |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...typical.perRound.map(
      (row) =>
        `| ${row.round} | ${fixed(row.p50)} | ${fixed(row.p90)} | ${fixed(row.max)} | ${fixed(row.wallMillis / 1000, 2)} | ${fixed(row.statementsPerSecond)} | ${fixed(row.txQueriesPerSubmission)} |`,
    ),
    '',
    '### Where a typical submission’s time goes (sequential, mean ms per submission)',
    '',
    '| part | ms |',
    '| --- | ---: |',
    `| whole request, as the client saw it | ${fixed(typical.breakdownMs.request, 2)} |`,
    `| read: the API key | ${fixed(typical.breakdownMs.readKey, 2)} |`,
    `| read: article state (idempotency check) | ${fixed(typical.breakdownMs.readArticleState, 2)} |`,
    `| read: other (the answer's \`article\` field) | ${fixed(typical.breakdownMs.readOther, 2)} |`,
    `| write transaction, whole | ${fixed(typical.breakdownMs.transaction, 2)} |`,
    `| … the lock queries (key locks) | ${fixed(typical.breakdownMs.txLock, 2)} |`,
    `| … its other ${fixed(typical.txQueriesPerSubmission, 1)} queries (lock queries included in the count) | ${fixed(typical.breakdownMs.txQueries, 2)} |`,
    `| … JavaScript between them (derivation) | ${fixed(typical.breakdownMs.txJs, 2)} |`,
    `| … session, BEGIN and COMMIT | ${fixed(typical.breakdownMs.txBeginCommit, 2)} |`,
    `| in the database, wall time (overlapping calls counted once) | ${fixed(typical.breakdownMs.databaseWall, 2)} |`,
    `| outside the database (HTTP, GraphQL, authentication, validation, the client) | ${fixed(typical.breakdownMs.outsideDatabase, 2)} |`,
    '',
    '### The costliest query shapes (sequential typical articles; first … last line of the Cypher)',
    '',
    '| query | per submission | ms per submission | ms per query |',
    '| --- | ---: | ---: | ---: |',
    ...typical.queryShapes
      .slice(0, 12)
      .map(
        (row) =>
          `| \`${row.shape.replace(/\|/g, '\\|')}\` | ${fixed(row.perSubmission, 1)} | ${fixed(row.msPerSubmission, 2)} | ${fixed(row.msPerQuery, 2)} |`,
      ),
    '',
    `CPU over the sequential phase: Node (client and API) ${fixed(typical.cpu.nodeSeconds, 2)} s, Neo4j ${fixed(typical.cpu.neo4jSeconds, 2)} s, in ${fixed(typical.wallMillis / 1000, 2)} s of wall time.`,
    `Concurrent phase: Node ${fixed(concurrent.cpu.nodeSeconds, 2)} s, Neo4j ${fixed(concurrent.cpu.neo4jSeconds, 2)} s, in ${fixed(concurrent.wallMillis / 1000, 2)} s.`,
    '',
    '### Large submissions',
    '',
    '| submission | ms | statements/s | request KB | reads ms | transaction ms (lock / queries / JS / begin+commit) |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...large.runs.map(
      (run) =>
        `| ${run.label} | ${fixed(run.millis)} | ${fixed(run.statementsPerSecond)} | ${fixed(run.requestBytes / 1024)} | ${fixed(
          run.breakdownMs.readKey + run.breakdownMs.readArticleState + run.breakdownMs.readOther,
        )} | ${fixed(run.breakdownMs.transaction)} (${fixed(run.breakdownMs.txLock)} / ${fixed(run.breakdownMs.txQueries)} / ${fixed(run.breakdownMs.txJs)} / ${fixed(run.breakdownMs.txBeginCommit)}) |`,
    ),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      rounds: { type: 'string' },
      clients: { type: 'string' },
      'neo4j-port': { type: 'string' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      'keep-neo4j': { type: 'boolean' },
      corpus: { type: 'string' },
      typical: { type: 'string' },
      tag: { type: 'string' },
    },
  });
  const positive = (value: string | undefined, fallback: number, flag: string) => {
    const number = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(number) || number < 1) throw new Error(`${flag} must be a whole number ≥ 1, got ${value}`);
    return number;
  };
  const rounds = positive(values.rounds, 3, '--rounds');
  const clients = positive(values.clients, 4, '--clients');
  const typicalCount = positive(values.typical, 400, '--typical');
  // The graph written before the measured rounds: seed/ unless --corpus DIR (DIR/registry and DIR/articles).
  const corpus = values.corpus
    ? { name: values.corpus, registry: join(values.corpus, 'registry'), articles: join(values.corpus, 'articles') }
    : { name: 'seed/', registry: DEFAULT_REGISTRY_DIR, articles: DEFAULT_ARTICLES_DIR };
  const neo4j = benchNeo4jOptions({
    port: values['neo4j-port'] ?? DEFAULT_PORT,
    dir: WRITES_DIR,
    heap: values.heap ?? '1g',
    pageCache: values['page-cache'] ?? '512m',
  });
  const loadAverageAtStart = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const date = new Date().toISOString();
  const git = gitCommit();

  log(`Starting the writes bench Neo4j on ${neo4j.port} (data in ${WRITES_DIR}/, wiped first)…`);
  const { pid: neo4jPid } = await ensureBenchNeo4j(neo4j, true);
  let server: ApiServer | undefined;
  let database: Database | undefined;
  try {
    const loader = benchDatabase(neo4j, 600_000);
    const prepared = prepareLoad([corpus.articles], corpus.registry);
    const loadBegan = performance.now();
    // Into an emptied graph: the product's bulk path (writeLoad stores the articles together, in large steps).
    const summary = await writeLoad(loader, prepared, {
      reset: true,
      onProgress: (step) => log(`  preload: ${step.index} of ${step.total} articles, ${Math.round(step.millis)} ms`),
    });
    const loadMillis = performance.now() - loadBegan;
    const statementsLoaded = sum(prepared.loadSet.articles.map((article) => article.statements.length));
    log(
      `Loaded ${corpus.name}: ${summary.files} articles, ${statementsLoaded} statements, ${summary.nodes} nodes, ${summary.relationships} relationships in ${Math.round(loadMillis)} ms`,
    );
    const { token } = await issueKey(loader, { name: 'bench-writes', role: 'editor', expiresIn: 3_600_000 });
    await loader.close();

    const config = benchConfig(neo4j);
    const timings = emptyTimings();
    database = new Database(config);
    instrument(database, timings);
    server = await createApiServer({
      config: { ...config, port: 0, writes: { ...config.writes, perKeyPerMinute: 1_000_000 } },
      database,
      logger: errorsOnlyLogger,
    });
    const url = server.url;
    log(`API in this process at ${url}`);

    const corpusArticles = readArticles(corpus.articles, new Map(prepared.loadSet.articles.map((article) => [article.meta.id, article])));
    if (corpusArticles.length !== summary.files)
      throw new Error(`read ${corpusArticles.length} articles, the loader loaded ${summary.files}`);
    // Typical articles: the corpus's first ones in name order, under new ids; the concurrent clients' are whole
    // groups of articles that derive no fact in common (bench/lib/clientSets.ts), under another round's ids.
    const articles = corpusArticles.slice(0, typicalCount);
    const sets = clientSets(
      corpusArticles.map((article) => article.keys),
      clients,
      Math.ceil(articles.length / clients),
    );
    const shared = overlap(
      corpusArticles.map((article) => article.keys),
      sets,
    );
    log(
      `concurrent clients: ${sets.map((set) => set.length).join(' / ')} articles; facts shared between clients ${shared.facts}, entities ${shared.entities}`,
    );

    // 1. Typical articles, one at a time.
    const typical: (Submitted & { round: number; timings: Timings; statements: number })[] = [];
    const perRound: WriteResults['typical']['perRound'] = [];
    const sequential = await withCpu(neo4jPid, async () => {
      for (let round = 1; round <= rounds; round += 1) {
        const roundBegan = performance.now();
        const inRound: Submitted[] = [];
        const roundTimings = copyTimings(timings);
        for (const article of articles) {
          const input = copyOf(article, round);
          const before = copyTimings(timings);
          const result = await submit(url, token, input, `round ${round} ${article.file}`, 'CREATED');
          if (result.statementsAdded !== article.statements)
            throw new Error(`${result.label}: ${result.statementsAdded} statements added, the file has ${article.statements}`);
          typical.push({ ...result, round, statements: article.statements, timings: diffTimings(timings, before) });
          inRound.push(result);
        }
        const wallMillis = performance.now() - roundBegan;
        const latencies = inRound.map((item) => item.millis);
        const spent = diffTimings(timings, roundTimings);
        const row = {
          round,
          p50: percentile(latencies, 0.5),
          p90: percentile(latencies, 0.9),
          max: Math.max(...latencies),
          wallMillis,
          statementsPerSecond: (sum(inRound.map((item) => item.statementsAdded)) / wallMillis) * 1000,
          txQueriesPerSubmission: spent.txQueries / inRound.length,
        };
        perRound.push(row);
        log(
          `typical round ${round}: p50 ${fixed(row.p50)} ms, p90 ${fixed(row.p90)} ms, max ${fixed(row.max)} ms, ${fixed(row.statementsPerSecond)} statements/s, ${fixed(row.txQueriesPerSubmission)} queries per transaction`,
        );
      }
    });
    const typicalLatencies = typical.map((item) => item.millis);
    const totalStatements = sum(typical.map((item) => item.statementsAdded));
    const meanOf = (phase: Phase) => mean(typical.map((item) => item.timings.ms[phase]));
    const databaseWallMean = mean(typical.map((item) => unionMillis(item.timings.intervals)));
    const breakdownMs = {
      ...(Object.fromEntries(PHASES.map((phase) => [phase, meanOf(phase)])) as Record<Phase, number>),
      request: mean(typicalLatencies),
      databaseWall: databaseWallMean,
      outsideDatabase: mean(typicalLatencies) - databaseWallMean,
    };
    const sequentialShapes = new Map<string, { count: number; ms: number }>();
    for (const item of typical)
      for (const [shape, stats] of item.timings.shapes) {
        const total = sequentialShapes.get(shape) ?? { count: 0, ms: 0 };
        sequentialShapes.set(shape, { count: total.count + stats.count, ms: total.ms + stats.ms });
      }
    const queryShapes = [...sequentialShapes]
      .filter(([, stats]) => stats.count > 0)
      .map(([shape, stats]) => ({
        shape,
        perSubmission: stats.count / typical.length,
        msPerSubmission: stats.ms / typical.length,
        msPerQuery: stats.ms / stats.count,
      }))
      .sort((left, right) => right.msPerSubmission - left.msPerSubmission);

    // 2. Concurrent clients, another round of ids.
    const concurrentRound = rounds + 1;
    const concurrentResults: Submitted[] = [];
    const concurrentTimingsBefore = copyTimings(timings);
    const concurrent = await withCpu(neo4jPid, () =>
      Promise.all(
        sets.map(async (set) => {
          for (const article of set.map((index) => corpusArticles[index]!)) {
            const result = await submit(url, token, copyOf(article, concurrentRound), `concurrent ${article.file}`, 'CREATED');
            if (result.statementsAdded !== article.statements)
              throw new Error(`${result.label}: ${result.statementsAdded} statements added, the file has ${article.statements}`);
            concurrentResults.push(result);
          }
        }),
      ),
    );
    const concurrentTimings = diffTimings(timings, concurrentTimingsBefore);
    const concurrentStatements = sum(concurrentResults.map((item) => item.statementsAdded));
    const concurrentLatencies = concurrentResults.map((item) => item.millis);
    log(
      `concurrent (${clients} clients): ${fixed((concurrentStatements / concurrent.wallMillis) * 1000)} statements/s, p50 ${fixed(percentile(concurrentLatencies, 0.5))} ms`,
    );

    // 3. Large submissions, of tenures of the seed's Bắc Giang post, or of its copy in a corpus without it.
    const registryIds = [...prepared.loadSet.registry.keys()];
    const largePosition = registryIds.includes(SEEDED_POSITION)
      ? SEEDED_POSITION
      : registryIds.find((id) => id.startsWith('position:') && id.endsWith(`-${SEEDED_POSITION.slice('position:'.length)}`));
    if (largePosition === undefined) throw new Error(`the corpus holds neither ${SEEDED_POSITION} nor a copy of it`);
    const largeRuns: WriteResults['large']['runs'] = [];
    for (let run = 1; run <= LARGE_RUNS; run += 1) {
      const label = `bench-large-${run}`;
      const input = onPosition(testSubmission(label, { people: LARGE_PEOPLE }), largePosition);
      const before = copyTimings(timings);
      const result = await submit(url, token, input, label, 'CREATED');
      if (result.statementsAdded !== LARGE_PEOPLE * 2)
        throw new Error(`${label}: ${result.statementsAdded} statements added, expected ${LARGE_PEOPLE * 2}`);
      const statementsPerSecond = (result.statementsAdded / result.millis) * 1000;
      largeRuns.push({
        label,
        millis: result.millis,
        statements: result.statementsAdded,
        statementsPerSecond,
        requestBytes: result.requestBytes,
        breakdownMs: diffTimings(timings, before).ms,
      });
      log(`large ${label}: ${fixed(result.millis)} ms, ${fixed(statementsPerSecond)} statements/s`);
    }

    // 4. Identical resubmissions of round 1.
    const unchanged: Submitted[] = [];
    for (const article of articles) unchanged.push(await submit(url, token, copyOf(article, 1), `unchanged ${article.file}`, 'UNCHANGED'));
    const unchangedLatencies = unchanged.map((item) => item.millis);
    log(`unchanged: p50 ${fixed(percentile(unchangedLatencies, 0.5))} ms`);

    const results: WriteResults = {
      date,
      settings: {
        rounds,
        clients,
        neo4jPort: neo4j.port,
        neo4jDir: WRITES_DIR,
        heap: neo4j.heap,
        pageCache: neo4j.pageCache,
        server: 'the API in the bench process (createApiServer, port 0), over HTTP on 127.0.0.1',
      },
      machine: {
        node: process.version,
        cpuModel: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
        loadAverageAtStart,
        neo4j: neo4jVersion(),
      },
      git,
      graph: {
        corpus: corpus.name,
        articles: summary.files,
        statements: statementsLoaded,
        nodes: summary.nodes,
        relationships: summary.relationships,
        loadMillis: round1(loadMillis),
      },
      typical: {
        submissions: typical.length,
        latencyMs: {
          p50: percentile(typicalLatencies, 0.5),
          p90: percentile(typicalLatencies, 0.9),
          max: Math.max(...typicalLatencies),
          mean: mean(typicalLatencies),
        },
        statementsPerSubmission: totalStatements / typical.length,
        factsDerivedPerSubmission: mean(typical.map((item) => item.factsDerived)),
        totalStatements,
        wallMillis: sequential.wallMillis,
        statementsPerSecond: (totalStatements / sequential.wallMillis) * 1000,
        cpu: sequential.cpu,
        perRound,
        breakdownMs,
        queryShapes,
        readsPerSubmission: mean(typical.map((item) => item.timings.reads)),
        txQueriesPerSubmission: mean(typical.map((item) => item.timings.txQueries)),
        slowest: [...typical]
          .sort((left, right) => right.millis - left.millis)
          .slice(0, 5)
          .map((item) => ({ label: item.label, millis: round1(item.millis), statements: item.statements })),
        each: typical.map((item) => ({
          label: item.label,
          millis: round1(item.millis),
          statements: item.statements,
          databaseMs: round1(unionMillis(item.timings.intervals)),
          transactionMs: round1(item.timings.ms.transaction),
          txQueries: item.timings.txQueries,
        })),
      },
      concurrent: {
        clients,
        submissions: concurrentResults.length,
        totalStatements: concurrentStatements,
        wallMillis: concurrent.wallMillis,
        statementsPerSecond: (concurrentStatements / concurrent.wallMillis) * 1000,
        latencyMs: {
          p50: percentile(concurrentLatencies, 0.5),
          p90: percentile(concurrentLatencies, 0.9),
          max: Math.max(...concurrentLatencies),
        },
        lockWaitMs: { p50: percentile(concurrentTimings.lockWaits, 0.5), max: Math.max(...concurrentTimings.lockWaits) },
        auditMs: { p50: percentile(concurrentTimings.auditWaits, 0.5), max: Math.max(...concurrentTimings.auditWaits) },
        articlesPerClient: sets.map((set) => set.length),
        shared,
        txQueriesPerSubmission: concurrentTimings.txQueries / Math.max(1, concurrentResults.length),
        transactionMsMean: concurrentTimings.ms.transaction / Math.max(1, concurrentTimings.transactions),
        transactions: concurrentTimings.transactions,
        attempts: concurrentTimings.lockWaits.length,
        cpu: concurrent.cpu,
      },
      large: {
        runs: largeRuns,
        medianMillis: median(largeRuns.map((run) => run.millis)),
        medianStatementsPerSecond: median(largeRuns.map((run) => run.statementsPerSecond)),
      },
      unchanged: {
        submissions: unchanged.length,
        latencyMs: {
          p50: percentile(unchangedLatencies, 0.5),
          p90: percentile(unchangedLatencies, 0.9),
          max: Math.max(...unchangedLatencies),
        },
      },
    };
    const base = join(BENCH_ROOT, 'results', `${date.slice(0, 10)}-writes${values.tag ? `-${values.tag}` : ''}`);
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    const markdown = renderMarkdown(results);
    writeFileSync(`${base}.md`, markdown);
    console.log(markdown);
    log(`Results: ${base}.json, .md`);
  } finally {
    await server?.stop();
    await database?.close();
    if (values['keep-neo4j']) log(`The writes bench Neo4j is left running on ${neo4j.port} (--keep-neo4j).`);
    else await stopLocalNeo4j({ dir: WRITES_DIR });
  }
}

// Only when run (`npm run bench:writes`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
