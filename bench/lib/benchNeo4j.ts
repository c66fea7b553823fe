/**
 * The benchmark's own Neo4j: the project's launcher (src/db/localNeo4j.ts) on another port and data folder, so
 * that the benchmark's corpus never mixes with the real graph (7687) or the tests' (7688). Sized for a 24 GiB machine
 * shared with the API, the load generator and the other instances: 4 GiB heap, 4 GiB page cache by default.
 * The port and data folder can be changed, so that an experiment runs beside the benchmark's instance.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { localNeo4jDir, localNeo4jStatus, portAnswers, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/localNeo4j.js';

export interface BenchNeo4jOptions {
  port: number;
  heap: string;
  pageCache: string;
  /** Data folder, relative to the project (BENCH_DIR unless given). */
  dir: string;
}

export const BENCH_DIR = '.neo4j-bench';
export const BENCH_USER = 'neo4j';
export const BENCH_PASSWORD = 'officials-graph-bench';

export function benchNeo4jOptions(flags: { port?: string; heap?: string; pageCache?: string; dir?: string }): BenchNeo4jOptions {
  const port = Number(flags.port ?? process.env.BENCH_NEO4J_PORT ?? 7689);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--neo4j-port must be a port number, got ${flags.port}`);
  return {
    port,
    heap: flags.heap ?? process.env.BENCH_NEO4J_HEAP ?? '4g',
    pageCache: flags.pageCache ?? process.env.BENCH_NEO4J_PAGECACHE ?? '4g',
    dir: flags.dir ?? BENCH_DIR,
  };
}

export const benchUri = (options: BenchNeo4jOptions) => `neo4j://127.0.0.1:${options.port}`;

/** Starts the bench Neo4j unless it runs; `wipe` first stops it and deletes its store (a reset in seconds at any scale). */
export async function ensureBenchNeo4j(options: BenchNeo4jOptions, wipe = false): Promise<{ pid: number; millis: number }> {
  if (wipe) await stopAndWipeBenchNeo4j(options);
  const dir = localNeo4jDir(options.dir);
  const status = await localNeo4jStatus({ port: options.port, dir: options.dir });
  if (!status.running && status.pid === undefined && (await portAnswers(options.port))) {
    throw new Error(
      `Port ${options.port} is taken by another program (another Neo4j of this project?); ` +
        `pass --neo4j-port <free port> (or set BENCH_NEO4J_PORT) to run the benchmark's own Neo4j there.`,
    );
  }
  const { millis } = await startLocalNeo4j({
    port: options.port,
    user: BENCH_USER,
    password: BENCH_PASSWORD,
    dir: options.dir,
    heap: options.heap,
    pageCache: options.pageCache,
    log: (line) => console.error(line),
  });
  const pid = Number(readFileSync(join(dir, 'neo4j.pid'), 'utf8').trim());
  return { pid, millis };
}

/** Stops the bench Neo4j and deletes its store (databases, transaction logs, users) and graph info; the cached classpath stays. */
export async function stopAndWipeBenchNeo4j(options: Pick<BenchNeo4jOptions, 'dir'>): Promise<void> {
  await stopLocalNeo4j({ dir: options.dir });
  rmSync(benchNeo4jHome(options), { recursive: true, force: true });
  rmSync(graphInfoFile(options.dir), { force: true });
}

/** The home folder the launcher (neo4j/Neo4jServer.java) gives Neo4j: its databases are under `data/`. */
export const benchNeo4jHome = (options: Pick<BenchNeo4jOptions, 'dir'>) => join(localNeo4jDir(options.dir), 'home');

/**
 * The configuration of a service on the bench Neo4j: the project's own loadConfig over the environment, with
 * the bench instance's address and credentials, so that every setting the service gains keeps its default.
 */
export function benchConfig(options: BenchNeo4jOptions, overrides: Record<string, string> = {}): Config {
  return loadConfig({
    ...process.env,
    NEO4J_URI: benchUri(options),
    NEO4J_USER: BENCH_USER,
    NEO4J_PASSWORD: BENCH_PASSWORD,
    NEO4J_DATABASE: 'neo4j',
    NEO4J_CONNECTION_TIMEOUT_MS: '60000',
    ...overrides,
  });
}

/** A Database on the bench Neo4j; `queryTimeoutMs` is raised for the loader's large transactions. */
export function benchDatabase(options: BenchNeo4jOptions, queryTimeoutMs = 10_000): Database {
  return new Database(benchConfig(options, { QUERY_TIMEOUT_MS: String(queryTimeoutMs) }));
}

/**
 * Which corpus the bench graph was loaded from, kept beside the store so that `npm run bench` knows whether the
 * graph it finds is the one it is asked for: the corpus folder and a fingerprint of its files (names and sizes).
 */
export interface GraphInfo {
  corpus: string;
  fingerprint: string;
  /** Scale of the default corpus; undefined for one given with --corpus. */
  scale?: number;
  articles: number;
  statements: number;
  nodes: number;
  relationships: number;
  /** writeLoad's time (reset, schema, writes), not the validation. */
  loadSeconds: number;
  statementsPerSecond: number;
  loadedAt: string;
}

export const graphInfoFile = (dir = BENCH_DIR) => join(localNeo4jDir(dir), 'corpus.json');

export function readGraphInfo(dir = BENCH_DIR): GraphInfo | undefined {
  return existsSync(graphInfoFile(dir)) ? (JSON.parse(readFileSync(graphInfoFile(dir), 'utf8')) as GraphInfo) : undefined;
}

export function writeGraphInfo(info: GraphInfo, dir = BENCH_DIR): void {
  writeFileSync(graphInfoFile(dir), `${JSON.stringify(info, null, 2)}\n`);
}

/** CPU seconds (user + system) a process has used, from /proc: how the load splits the cores between Node and Java. */
export function processCpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 of /proc/PID/stat (utime, stime), counted after the command name; clock ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Resident memory of a process in bytes, from /proc/PID/status (VmRSS). */
export function processRssBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : 0;
}
