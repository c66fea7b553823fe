/**
 * Neo4j's offline importer (`neo4j-admin database import full`) run on the bench Neo4j's store, with the classes
 * the launcher already runs on: `neo4j-import-tool` and `neo4j-command-line` come with the `org.neo4j:neo4j`
 * dependency of neo4j/pom.xml, and `org.neo4j.cli.AdminTool` is the `neo4j-admin` of a packaged server.
 *
 * NEO4J_HOME is the launcher's home folder (Neo4jServer.java builds its DatabaseManagementService on it): with
 * no neo4j.conf both take the default layout, `data/databases/neo4j` and `data/transactions/neo4j`, so the
 * server opens what the importer wrote as its default database. The server must be stopped, and the store empty.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { localNeo4jDir } from '../../src/db/localNeo4j.js';
import { benchNeo4jHome, type BenchNeo4jOptions } from './benchNeo4j.js';

export interface ImportFiles {
  nodes: readonly { label: string; path: string }[];
  relationships: readonly { type: string; path: string }[];
  /** Files with quoted line breaks: only these are parsed the slower, multi-line way. */
  multilineFiles: readonly string[];
  /** The delimiter of list values, in the importer's notation (`U+001F`). */
  arrayDelimiter: string;
}

export interface ImportResult {
  seconds: number;
  /** CPU (user + system) of the importer's JVM. */
  cpuSeconds: number;
  /** The importer's own summary lines ("IMPORT DONE in …", counts, peak memory). */
  summary: string[];
}

/**
 * The launcher's classpath, as src/db/localNeo4j.ts resolved and cached it in the data folder at the first
 * start (the compiled launcher first, then the Maven classpath); undefined before any start.
 */
export function cachedNeo4jClasspath(options: Pick<BenchNeo4jOptions, 'dir'>): string | undefined {
  const dir = localNeo4jDir(options.dir);
  const classpathFile = join(dir, 'classpath.txt');
  return existsSync(classpathFile) ? `${join(dir, 'classes')}:${readFileSync(classpathFile, 'utf8').trim()}` : undefined;
}

/** CPU seconds of this process's children that have ended and been waited for: /proc/self/stat cutime + cstime. */
function endedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of /proc/PID/stat, counted after the command name; clock ticks of 1/100 s.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The importer's progress lines: "(2/4) Relationship import …" opens a stage, "…  45% ∆…" is progress within it. */
const STAGE_LINE = /^\(\d+\/\d+\) /;
const PERCENT_LINE = /(\d+)% ∆/;

export async function importIntoBenchNeo4j(
  options: Pick<BenchNeo4jOptions, 'dir' | 'heap' | 'pageCache'>,
  files: ImportFiles,
  progress: (stage: string, percent: number) => void,
  log: (line: string) => void,
): Promise<ImportResult> {
  const classpath = cachedNeo4jClasspath(options);
  if (!classpath) throw new Error(`no Neo4j classpath in ${localNeo4jDir(options.dir)} yet: start that Neo4j once first`);
  const args = [
    `-Xms${options.heap}`,
    `-Xmx${options.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    classpath,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.nodes.map(({ label, path }) => `--nodes=${label}=${path}`),
    ...files.relationships.map(({ type, path }) => `--relationships=${type}=${path}`),
    `--array-delimiter=${files.arrayDelimiter}`,
    // Its caches besides the heap; the default (90 % of the memory) would not leave room for the other instances on this machine.
    `--max-off-heap-memory=${options.pageCache}`,
    `--report-file=${join(localNeo4jDir(options.dir), 'import.report')}`,
    ...(files.multilineFiles.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${files.multilineFiles.join(',')}`] : []),
    'neo4j',
  ];
  mkdirSync(benchNeo4jHome(options), { recursive: true });
  const began = performance.now();
  const cpuBefore = endedChildrenCpuSeconds();
  const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: benchNeo4jHome(options) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const summary: string[] = [];
  /** Everything but progress bars, for the error message should it fail. */
  const output: string[] = [];
  let stage = 'starting';
  let inSummary = false;
  createInterface({ input: child.stdout }).on('line', (line) => {
    const percent = PERCENT_LINE.exec(line);
    if (percent) return progress(stage, Number(percent[1]));
    output.push(line);
    if (STAGE_LINE.test(line)) {
      stage = line.replace(/ \d{4}-\d\d-\d\d .*$/, '');
      log(`  import: ${stage}`);
    } else if (/COMPLETED in /.test(line)) {
      log(`  import: ${line.trim()}`);
    }
    if (line.startsWith('IMPORT DONE')) inSummary = true;
    if (inSummary && line.trim()) summary.push(line.trim());
  });
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0) throw new Error(`the importer failed (exit ${code}):\n${output.slice(-40).join('\n')}`);
  return { seconds: (performance.now() - began) / 1000, cpuSeconds: endedChildrenCpuSeconds() - cpuBefore, summary };
}
