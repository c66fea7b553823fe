/**
 * `npm run bench`: the same GraphQL queries, side by side in one run, through (a) the floor: hand-written
 * Cypher behind a bare node:http handler, (b) this service, (c) @neo4j/graphql 7 on Apollo Server 5; all
 * three over the benchmark's own Neo4j and the statement graph the product makes: a corpus in the product's format
 * (registry and articles) loaded through the product's own bulk path (bench/lib/benchGraph.ts), loaded once and
 * kept until the corpus changes.
 *
 * Each server runs in a child process of its own, so that its resident memory is its own. Before any timing,
 * every query's answers from the three are normalised and compared. Then, after a warm-up, rounds interleave
 * the servers (a, b, c, a, b, c…) under autocannon with a few connections, and the report gives the medians
 * over rounds of requests per second and of p50 and p99 latency, the Neo4j round trips per request, and each
 * server's RSS under load (sampled from /proc), with the load average at the start and the end.
 *
 * Flags: --corpus DIR (DIR/registry, DIR/articles; with --scale N, the scale it stands for in the results' name),
 * --scale N (1: without --corpus, the generated corpus of that scale, `npm run bench:corpus`'s, written beside the
 * store when absent), --duration S per measured run (5), --warmup S (2),
 * --rounds N (3), --connections N (4), --queries Point,Relation,… (all), --neo4j-port P (7689), --neo4j-dir DIR
 * (.neo4j-bench), --cpu-prof (write a V8 CPU profile of the API to bench/results/profiles/), --max-old-space MB (V8's
 * old-space bound for all three servers; by default the service gets `npm start`'s and the others none), --label
 * TEXT (added to the results' file name), --stop-neo4j.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { stopLocalNeo4j } from '../src/db/localNeo4j.js';
import { benchDatabase, benchNeo4jOptions, processCpuSeconds, processRssBytes, type BenchNeo4jOptions } from './lib/benchNeo4j.js';
import { defaultCorpus, ensureBenchGraph } from './lib/benchGraph.js';
import { chooseParams, QUERIES, type BenchParams, type BenchQuery } from './queries.js';
import type { ChildMessage, Variant } from './servers/child.js';
import { renderChart, renderTable } from './report.js';
import type { BenchResults, CellResult, Measurement } from './types.js';

const BENCH_ROOT = dirname(fileURLToPath(import.meta.url));
const VARIANTS: readonly Variant[] = ['floor', 'api', 'neo4j-graphql'];

interface Server {
  variant: Variant;
  child: ChildProcess;
  url: string;
  stats(): Promise<{ requests: number; queries: number }>;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** The V8 heap flags of `npm start`, so that the benchmark measures the service as it is run. */
function startScriptHeapFlags(): string[] {
  const packageJson = JSON.parse(readFileSync(join(BENCH_ROOT, '..', 'package.json'), 'utf8')) as { scripts: { start: string } };
  return packageJson.scripts.start.match(/--max-old-space-size=\d+/g) ?? [];
}

async function startServer(variant: Variant, neo4j: BenchNeo4jOptions, cpuProfile: boolean, nodeOptions: string[]): Promise<Server> {
  const execArgv = ['--import', 'tsx', ...nodeOptions];
  if (cpuProfile && variant === 'api') {
    const dir = join(BENCH_ROOT, 'results', 'profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const child = fork(join(BENCH_ROOT, 'servers', 'child.ts'), [variant, String(neo4j.port), neo4j.dir], {
    execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${variant} exited with ${code} before it listened`)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') resolve(message.url);
      if (message.type === 'error') reject(new Error(`${variant}: ${message.message}`));
    });
  });
  child.removeAllListeners('exit');
  const stats = () =>
    new Promise<{ requests: number; queries: number }>((resolve) => {
      const listener = (message: ChildMessage) => {
        if (message.type !== 'stats') return;
        child.off('message', listener);
        resolve({ requests: message.requests, queries: message.queries });
      };
      child.on('message', listener);
      child.send('stats');
    });
  return { variant, child, url, stats };
}

function documentOf(
  query: BenchQuery,
  variant: Variant,
  params: BenchParams,
): { operationName: string; query: string; variables: Record<string, unknown> } {
  const side = variant === 'neo4j-graphql' ? query.neo4jGraphql : query.ours;
  return { operationName: query.name, query: side.query, variables: side.variables(params) };
}

interface Answer {
  data?: Record<string, unknown>;
  errors?: unknown[];
  extensions?: { neo4jRoundTrips?: number };
  /** Size of the response body. */
  bytes: number;
}

async function post(url: string, body: object): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await response.text();
  return { ...(JSON.parse(text) as Omit<Answer, 'bytes'>), bytes: Buffer.byteLength(text) };
}

function startRssSampler(pid: number): () => { max: number; median: number } {
  const samples: number[] = [];
  const timer = setInterval(() => {
    try {
      samples.push(processRssBytes(pid));
    } catch {
      // The process ended: no more samples.
    }
  }, 200);
  return () => {
    clearInterval(timer);
    return { max: Math.max(0, ...samples), median: median(samples) };
  };
}

async function measure(server: Server, body: object, duration: number, connections: number): Promise<Measurement> {
  const stopSampling = startRssSampler(server.child.pid ?? 0);
  const cpuBefore = processCpuSeconds(server.child.pid ?? 0);
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    connections,
    duration,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const rss = stopSampling();
  const cpuSeconds = processCpuSeconds(server.child.pid ?? 0) - cpuBefore;
  return {
    cpuMsPerRequest: result.requests.total > 0 ? (cpuSeconds * 1000) / result.requests.total : NaN,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
    rssMaxBytes: rss.max,
    rssMedianBytes: rss.median,
  };
}

function versions(): Record<string, string> {
  const read = (name: string) => {
    try {
      return (JSON.parse(readFileSync(join(BENCH_ROOT, '..', 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
        .version;
    } catch {
      return 'unknown';
    }
  };
  const pom = readFileSync(join(BENCH_ROOT, '..', 'neo4j', 'pom.xml'), 'utf8');
  return {
    node: process.version,
    neo4j: /<neo4j.version>([^<]+)</.exec(pom)?.[1] ?? 'unknown',
    '@neo4j/graphql': read('@neo4j/graphql'),
    '@apollo/server': read('@apollo/server'),
    graphql: read('graphql'),
    'neo4j-driver': read('neo4j-driver'),
    autocannon: read('autocannon'),
    dataloader: read('dataloader'),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      rounds: { type: 'string' },
      connections: { type: 'string' },
      queries: { type: 'string' },
      corpus: { type: 'string' },
      'neo4j-port': { type: 'string' },
      'neo4j-dir': { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      label: { type: 'string' },
      'stop-neo4j': { type: 'boolean' },
      'max-old-space': { type: 'string' },
    },
  });
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const scale = number(values.scale, 1);
  // One V8 heap bound for all three servers when one is asked for (RSS follows the heap V8 lets grow);
  // otherwise each runs as it would be deployed: the service with `npm start`'s bound, the others unbounded.
  const heapBoundForAll = values['max-old-space'] ? [`--max-old-space-size=${Number(values['max-old-space'])}`] : undefined;
  const settings = {
    duration: number(values.duration, 5),
    warmup: number(values.warmup, 2),
    rounds: number(values.rounds, 3),
    connections: number(values.connections, 4),
    maxOldSpaceMb: values['max-old-space'] ? Number(values['max-old-space']) : undefined,
    serviceNodeFlags: heapBoundForAll ?? startScriptHeapFlags(),
  };
  const selected = values.queries ? QUERIES.filter((query) => values.queries?.split(',').includes(query.name)) : QUERIES;
  const neo4jOptions = benchNeo4jOptions({ port: values['neo4j-port'], dir: values['neo4j-dir'] });
  const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

  // --scale with --corpus records which scale the corpus stands for.
  const graph = values.corpus
    ? await ensureBenchGraph(neo4jOptions, values.corpus, values.scale === undefined ? undefined : scale)
    : await ensureBenchGraph(neo4jOptions, defaultCorpus(neo4jOptions, scale), scale);
  log(
    `Graph: ${graph.corpus}: ${graph.articles.toLocaleString('en')} articles, ${graph.statements.toLocaleString('en')} statements, ` +
      `${graph.nodes.toLocaleString('en')} nodes, ${graph.relationships.toLocaleString('en')} relationships`,
  );
  // The measured run starts here, once the graph is loaded.
  const loadAverageAtStart = loadAverage();
  log(`Load average at the start: ${loadAverageAtStart}`);
  const database = benchDatabase(neo4jOptions);
  const params = await chooseParams(database);
  await database.close();
  log(`Parameters: ${JSON.stringify(params)}`);

  const servers = new Map<Variant, Server>();
  const rssIdleBytes = {} as Record<Variant, number>;
  try {
    for (const variant of VARIANTS) {
      const nodeOptions = variant === 'api' ? settings.serviceNodeFlags : (heapBoundForAll ?? []);
      const server = await startServer(variant, neo4jOptions, values['cpu-prof'] ?? false, nodeOptions);
      servers.set(variant, server);
      rssIdleBytes[variant] = processRssBytes(server.child.pid ?? 0);
      log(`${variant} listening at ${server.url}`);
    }
    const serverOf = (variant: Variant) => {
      const server = servers.get(variant);
      if (!server) throw new Error(`no ${variant} server`);
      return server;
    };

    // Same data before timing, and the round trips of one request of each.
    const checks: BenchResults['checks'] = [];
    const roundTrips = new Map<string, number>();
    const timed: BenchQuery[] = [];
    for (const query of selected) {
      const answers = new Map<Variant, Record<string, unknown>>();
      const responseBytes = {} as Record<Variant, number>;
      for (const variant of VARIANTS) {
        const server = serverOf(variant);
        // The first request of a server may cost more (@neo4j/graphql asks for Neo4j's version once): the count
        // is taken on the second.
        await post(server.url, documentOf(query, variant, params));
        const before = await server.stats();
        const answer = await post(server.url, documentOf(query, variant, params));
        const after = await server.stats();
        if (answer.errors || !answer.data)
          throw new Error(`${query.name} on ${variant} answered errors: ${JSON.stringify(answer.errors).slice(0, 2000)}`);
        answers.set(variant, answer.data);
        responseBytes[variant] = answer.bytes;
        roundTrips.set(
          `${query.name}|${variant}`,
          variant === 'api' ? Number(answer.extensions?.neo4jRoundTrips) : after.queries - before.queries,
        );
      }
      const ours = query.normalizeOurs(answers.get('api') ?? {}, params);
      const floor = query.normalizeOurs(answers.get('floor') ?? {}, params);
      const theirs = query.normalizeNeo4jGraphql(answers.get('neo4j-graphql') ?? {}, params);
      const sameFloor = isDeepStrictEqual(ours, floor);
      const sameTheirs = isDeepStrictEqual(ours, theirs);
      const identicalFloorJson = isDeepStrictEqual(answers.get('api'), answers.get('floor'));
      const size = Array.isArray(ours) ? `${ours.length} items` : '1 item';
      if (!sameFloor || !sameTheirs) {
        writeFileSync(join(BENCH_ROOT, 'results', `mismatch-${query.name}.json`), JSON.stringify({ ours, floor, theirs }, null, 2));
        log(
          `MISMATCH ${query.name}: floor ${sameFloor ? 'same' : 'differs'}, @neo4j/graphql ${sameTheirs ? 'same' : 'differs'} (bench/results/mismatch-${query.name}.json); not timed`,
        );
        checks.push({
          query: query.name,
          sameData: false,
          note: `floor ${sameFloor ? 'same' : 'differs'}, @neo4j/graphql ${sameTheirs ? 'same' : 'differs'}`,
          responseBytes,
        });
        continue;
      }
      log(
        `same data: ${query.name} (${size}; the floor's answer is ${identicalFloorJson ? "equal to the service's as parsed JSON" : 'the same data in another order or form'})`,
      );
      checks.push({
        query: query.name,
        sameData: true,
        note: `${size}; floor JSON ${identicalFloorJson ? 'identical' : 'equivalent'}`,
        responseBytes,
      });
      timed.push(query);
    }

    log(`Warm-up: ${settings.warmup} s per query and server`);
    for (const query of timed) {
      for (const variant of VARIANTS)
        await measure(serverOf(variant), documentOf(query, variant, params), settings.warmup, settings.connections);
    }

    const rounds = new Map<string, Measurement[]>();
    for (let round = 1; round <= settings.rounds; round += 1) {
      for (const query of timed) {
        for (const variant of VARIANTS) {
          const result = await measure(serverOf(variant), documentOf(query, variant, params), settings.duration, settings.connections);
          const key = `${query.name}|${variant}`;
          rounds.set(key, [...(rounds.get(key) ?? []), result]);
          log(
            `round ${round} ${query.name.padEnd(9)} ${variant.padEnd(13)} ${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  ` +
              `RSS ${(result.rssMaxBytes / 1048576).toFixed(0)} MB  CPU ${result.cpuMsPerRequest.toFixed(2)} ms/req${result.errors || result.non2xx ? `  ERRORS ${result.errors} non2xx ${result.non2xx}` : ''}`,
          );
        }
      }
    }

    const cells: CellResult[] = [];
    for (const query of timed) {
      for (const variant of VARIANTS) {
        const list = rounds.get(`${query.name}|${variant}`) ?? [];
        cells.push({
          query: query.name,
          variant,
          roundTrips: roundTrips.get(`${query.name}|${variant}`) ?? NaN,
          rounds: list,
          median: {
            requestsPerSecond: median(list.map((item) => item.requestsPerSecond)),
            p50: median(list.map((item) => item.p50)),
            p99: median(list.map((item) => item.p99)),
            requests: list.reduce((sum, item) => sum + item.requests, 0),
            errors: list.reduce((sum, item) => sum + item.errors, 0),
            non2xx: list.reduce((sum, item) => sum + item.non2xx, 0),
            rssMaxBytes: Math.max(0, ...list.map((item) => item.rssMaxBytes)),
            rssMedianBytes: median(list.map((item) => item.rssMedianBytes)),
            cpuMsPerRequest: median(list.map((item) => item.cpuMsPerRequest)),
          },
        });
      }
    }

    const memory = totalmem() / 1024 ** 3;
    const results: BenchResults = {
      date: new Date().toISOString(),
      graph,
      params,
      settings,
      machine: {
        cpuModel: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        memoryGiB: Math.round(memory * 10) / 10,
        loadAverageAtStart,
        loadAverageAtEnd: loadAverage(),
      },
      versions: versions(),
      checks,
      cells,
      rssIdleBytes,
    };
    const stamp = results.date.slice(0, 10);
    const base = join(
      BENCH_ROOT,
      'results',
      `${stamp}-statements${graph.scale === undefined ? '' : `-scale${graph.scale}`}${values.label ? `-${values.label}` : ''}`,
    );
    mkdirSync(dirname(base), { recursive: true });
    writeFileSync(`${base}.json`, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(`${base}.svg`, renderChart(results));
    log(`Load average at the end: ${results.machine.loadAverageAtEnd}`);
    const table = renderTable(results);
    writeFileSync(`${base}.md`, table);
    console.log(table);
    log(`Results: ${base}.json, .svg, .md`);
  } finally {
    for (const server of servers.values()) {
      server.child.kill('SIGINT');
    }
    await Promise.all(
      [...servers.values()].map(
        (server) =>
          new Promise<void>((resolve) => {
            if (server.child.exitCode !== null || server.child.signalCode !== null) resolve();
            else server.child.once('exit', () => resolve());
          }),
      ),
    );
    if (values['stop-neo4j']) await stopLocalNeo4j({ dir: neo4jOptions.dir });
  }
}

// Only when run (`npm run bench`), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
