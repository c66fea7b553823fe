/**
 * `npm run bench:load`: what 20 anonymous clients sending `extractDraft` as fast as they can do to one reader
 * beside them. The service runs as `npm start` runs it (its heap bound, its default limits per client), over a
 * Neo4j of the benchmark's own holding the seed articles; each load client presents its own address
 * (X-Forwarded-For, the service trusting the proxy header as it would behind one), so the limits per client apply
 * to each as to 20 machines. Runs of --duration seconds: the reader alone; the reader with the 20 clients;
 * the same with the limits lifted. The clients send their next request as soon as the last is answered
 * (a 429 included), or, in one run, wait the Retry-After a 429 gives. Each gives the reader's p50 and p99, and
 * what the clients got (answers, 429s). Results go to bench/results/<date>-expensive-load.{json,md}.
 *
 * Flags: --duration S (15), --clients N (20), --neo4j-port P (7698), --port P (4108).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_ARTICLES_DIR, loadArticleFiles } from '../src/load/loader.js';
import {
  benchConfig,
  benchDatabase,
  benchNeo4jOptions,
  ensureBenchNeo4j,
  processRssBytes,
  type BenchNeo4jOptions,
} from './lib/benchNeo4j.js';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '15' },
    clients: { type: 'string', default: '20' },
    'neo4j-port': { type: 'string', default: '7698' },
    port: { type: 'string', default: '4108' },
  },
});
const DURATION_MS = Number(flags.duration) * 1000;
const CLIENTS = Number(flags.clients);
const PORT = Number(flags.port);
const URL_ = `http://127.0.0.1:${PORT}/graphql`;
const neo4j: BenchNeo4jOptions = { ...benchNeo4jOptions({ port: flags['neo4j-port'], heap: '1g', pageCache: '512m' }), dir: '.neo4j-load' };

/** The reader's question: who held the Bắc Giang post on the day of the seed article, with the quotes. */
const READ = JSON.stringify({
  query: `{ officeHolders(positionId: "position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang", on: "2019-01-11") {
    person { name } certainty sources { quote } } }`,
});
/** The clients' request: a seed article's text read into a draft (a few kilobytes of Vietnamese). */
const EXTRACT = JSON.stringify({
  query: 'query($text: String!) { extractDraft(text: $text, published: "2019-01-11") { statements { kind } } }',
  variables: { text: readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8') },
});

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function post(body: string, headers: Record<string, string> = {}): Promise<{ status: number; ms: number; retryAfter: number }> {
  const started = performance.now();
  const response = await fetch(URL_, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started, retryAfter: Number(response.headers.get('retry-after') ?? 0) };
}

async function startApi(limits: Record<string, string>): Promise<ChildProcess> {
  const config = benchConfig(neo4j);
  const child = spawn(process.execPath, ['--max-old-space-size=128', '--import', 'tsx', 'src/main.ts'], {
    env: {
      ...process.env,
      NEO4J_URI: config.neo4jUri,
      NEO4J_USER: config.neo4jUser,
      NEO4J_PASSWORD: config.neo4jPassword,
      NEO4J_LOCAL_DIR: neo4j.dir,
      PORT: String(PORT),
      TRUST_PROXY: 'true',
      ...limits,
    },
    // Its log (a line per request) is not the measurement's; errors at start show in the exit check.
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  for (const deadline = Date.now() + 60_000; ;) {
    if (child.exitCode !== null) throw new Error('the API exited while starting');
    if (Date.now() > deadline) throw new Error(`the API did not answer on ${URL_}`);
    if ((await post(READ).catch(() => ({ status: 0 }))).status === 200) return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

interface Run {
  name: string;
  reader: { requests: number; p50Ms: number; p99Ms: number; maxMs: number };
  clients: { answered: number; limited: number; other: number; answeredP50Ms: number } | null;
  apiRssMB: number;
}

/**
 * The reader, one request after another, for DURATION_MS; with `clients`, that many extract loops beside it, each
 * sending its next request as soon as the last is answered, or, `polite`, after the Retry-After of a 429.
 */
async function measure(name: string, api: ChildProcess, clients: number, polite = false): Promise<Run> {
  const until = Date.now() + DURATION_MS;
  const readerTimes: number[] = [];
  const outcomes = { answered: [] as number[], limited: 0, other: 0 };
  const reader = (async () => {
    while (Date.now() < until) {
      const { status, ms } = await post(READ);
      if (status !== 200) throw new Error(`the reader got HTTP ${status}`);
      readerTimes.push(ms);
    }
  })();
  const loops = Array.from({ length: clients }, async (_unused, index) => {
    const address = { 'x-forwarded-for': `10.0.${Math.floor(index / 250)}.${(index % 250) + 1}` };
    while (Date.now() < until) {
      const { status, ms, retryAfter } = await post(EXTRACT, address);
      if (status === 200) outcomes.answered.push(ms);
      else if (status === 429) {
        outcomes.limited += 1;
        if (polite) await new Promise((resolve) => setTimeout(resolve, Math.min(retryAfter * 1000, Math.max(0, until - Date.now()))));
      } else outcomes.other += 1;
    }
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, processRssBytes(api.pid!));
  }, 200);
  await Promise.all([reader, ...loops]);
  clearInterval(sampler);
  const sorted = readerTimes.sort((a, b) => a - b);
  const answered = outcomes.answered.sort((a, b) => a - b);
  return {
    name,
    reader: {
      requests: sorted.length,
      p50Ms: round(percentile(sorted, 50)),
      p99Ms: round(percentile(sorted, 99)),
      maxMs: round(sorted.at(-1)!),
    },
    clients:
      clients === 0
        ? null
        : { answered: answered.length, limited: outcomes.limited, other: outcomes.other, answeredP50Ms: round(percentile(answered, 50)) },
    apiRssMB: Math.round(peakRss / 2 ** 20),
  };
}

async function main(): Promise<void> {
  await ensureBenchNeo4j(neo4j);
  const database = benchDatabase(neo4j, 120_000);
  try {
    const [row] = await database.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} });
    if (Number(row?.articles ?? 0) === 0) {
      console.error(`Loading ${DEFAULT_ARTICLES_DIR} into the load test's Neo4j (once)…`);
      await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { reset: true });
    }
  } finally {
    await database.close();
  }
  const runs: Run[] = [];
  // The service's default limits (config.ts), as `npm start` runs it.
  let api = await startApi({});
  try {
    runs.push(await measure('reader alone', api, 0));
    runs.push(await measure(`reader beside ${CLIENTS} anonymous extractDraft clients ignoring 429s (default limits)`, api, CLIENTS));
    runs.push(
      await measure(`reader beside ${CLIENTS} anonymous extractDraft clients honouring Retry-After (default limits)`, api, CLIENTS, true),
    );
  } finally {
    api.kill('SIGTERM');
    await once(api, 'exit');
  }
  api = await startApi({ EXPENSIVE_ANONYMOUS_PER_MINUTE: '1000000', EXPENSIVE_CONCURRENT: '1000' });
  try {
    runs.push(await measure(`reader beside ${CLIENTS} anonymous extractDraft clients (limits lifted)`, api, CLIENTS));
  } finally {
    api.kill('SIGTERM');
    await once(api, 'exit');
  }
  const report = { measuredAt: new Date().toISOString(), durationSeconds: DURATION_MS / 1000, clients: CLIENTS, runs };
  const rows = runs.map(
    (run) =>
      `| ${run.name} | ${run.reader.requests} | ${run.reader.p50Ms} | ${run.reader.p99Ms} | ${run.clients ? `${run.clients.answered} / ${run.clients.limited} / ${run.clients.other}` : '–'} | ${run.clients?.answeredP50Ms ?? '–'} | ${run.apiRssMB} |`,
  );
  const table = [
    '| Run | Reader requests | Reader p50 ms | Reader p99 ms | Clients: answered / 429 / other | Answered p50 ms | API peak RSS MB |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
  mkdirSync('bench/results', { recursive: true });
  const stem = `bench/results/${report.measuredAt.slice(0, 10)}-expensive-load`;
  writeFileSync(`${stem}.json`, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(`${stem}.md`, `${table}\n`);
  console.log(table);
  console.log(`\nWritten to ${stem}.json and .md. The load test's Neo4j stays running: npm run db:stop with NEO4J_LOCAL_DIR=${neo4j.dir}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
