/**
 * The project's own Neo4j on this machine: the real Community engine from Maven Central (see neo4j/pom.xml),
 * run as a detached Java process with its data in a git-ignored folder. Used by `npm run db:*`, by `npm start`
 * and by the test setup, so that each of them starts the same server the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { localNeo4jSettings } from '../config.js';

/**
 * The folder holding package.json: from src/db/ when run by tsx, from dist/src/db/ when compiled, so that both
 * find neo4j/ and keep their data in the same place.
 */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const PROJECT_ROOT = projectRoot();
const NEO4J_SOURCES = join(PROJECT_ROOT, 'neo4j');
const READY_LINE = 'Neo4j: ready';

export interface LocalNeo4jOptions {
  port: number;
  user: string;
  password: string;
  /** Folder for the database files, logs and the resolved classpath; git-ignored. */
  dir?: string;
  /** JVM heap, e.g. "1g": bounded so that Neo4j, the API and the tests share a 2-core, 24 GiB machine. */
  heap?: string;
  pageCache?: string;
  log?: (line: string) => void;
}

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export function localNeo4jDir(dir?: string): string {
  return resolve(PROJECT_ROOT, dir ?? localNeo4jSettings().dir);
}

const pidFile = (dir: string) => join(dir, 'neo4j.pid');
const logFile = (dir: string) => join(dir, 'logs', 'neo4j.log');

function readPid(dir: string): number | undefined {
  if (!existsSync(pidFile(dir))) return undefined;
  const pid = Number(readFileSync(pidFile(dir), 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function portAnswers(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: '127.0.0.1', port });
    const finish = (answered: boolean) => {
      socket.destroy();
      done(answered);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  port: number;
  dir: string;
}

export async function localNeo4jStatus(options: Pick<LocalNeo4jOptions, 'port' | 'dir'>): Promise<LocalNeo4jStatus> {
  const dir = localNeo4jDir(options.dir);
  const pid = readPid(dir);
  const running = pid !== undefined && (await portAnswers(options.port));
  return { running, pid, port: options.port, dir };
}

function requireTool(command: string, args: string[], what: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new LocalNeo4jError(
      `${what} was not found: \`${command} ${args.join(' ')}\` failed. ` +
        `Install it (Debian: apt-get install openjdk-17-jdk-headless maven) or point NEO4J_URI at a running Neo4j.`,
    );
  }
  return `${result.stdout}${result.stderr}`;
}

function checkJava(): void {
  const versionText = requireTool('java', ['-version'], 'Java (17 or newer)');
  const major = Number(/version "(\d+)/.exec(versionText)?.[1]);
  if (!(major >= 17)) throw new LocalNeo4jError(`Neo4j 5.26 needs Java 17 or newer; \`java -version\` says: ${versionText.split('\n')[0]}`);
  requireTool('javac', ['-version'], 'javac (a Java 17 JDK)');
}

function hashOf(...files: string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/**
 * The classpath of the Neo4j engine and the compiled launcher, cached by the hash of the POM and the launcher's
 * source: the first start downloads from Maven Central, later starts touch neither Maven nor the network.
 */
function prepareClasspath(dir: string, log: (line: string) => void): string {
  const pom = join(NEO4J_SOURCES, 'pom.xml');
  const source = join(NEO4J_SOURCES, 'Neo4jServer.java');
  const stamp = hashOf(pom, source);
  const classpathFile = join(dir, 'classpath.txt');
  const stampFile = join(dir, 'classpath.stamp');
  const classesDir = join(dir, 'classes');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp && existsSync(classpathFile)) {
    return `${classesDir}:${readFileSync(classpathFile, 'utf8').trim()}`;
  }
  requireTool('mvn', ['-v'], 'Maven');
  log('Resolving Neo4j from Maven Central (first start only; this can take a minute)…');
  const maven = spawnSync('mvn', ['-q', '-B', '-f', pom, 'dependency:build-classpath', `-Dmdep.outputFile=${classpathFile}`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (maven.status !== 0) {
    throw new LocalNeo4jError(`Maven could not resolve Neo4j (exit ${maven.status}):\n${(maven.stdout + maven.stderr).slice(-2000)}`);
  }
  const classpath = readFileSync(classpathFile, 'utf8').trim();
  rmSync(classesDir, { recursive: true, force: true });
  const javac = spawnSync('javac', ['-cp', classpath, '-d', classesDir, source], { encoding: 'utf8' });
  if (javac.status !== 0) throw new LocalNeo4jError(`Compiling neo4j/Neo4jServer.java failed:\n${javac.stderr}`);
  writeFileSync(stampFile, stamp);
  return `${classesDir}:${classpath}`;
}

function tail(file: string, lines = 30): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * Starts the local Neo4j unless it already runs, and waits until it accepts Bolt connections.
 * Returns whether it was already running.
 */
export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<{ alreadyRunning: boolean; millis: number }> {
  const began = performance.now();
  const log = options.log ?? ((line: string) => console.error(line));
  const dir = localNeo4jDir(options.dir);
  const status = await localNeo4jStatus(options);
  if (status.running) return { alreadyRunning: true, millis: performance.now() - began };
  if (status.pid === undefined && (await portAnswers(options.port))) {
    throw new LocalNeo4jError(
      `Port ${options.port} on 127.0.0.1 is taken by another program, not by this project's Neo4j. ` +
        `Stop that program, or set NEO4J_URI to another port (e.g. neo4j://127.0.0.1:7688), or to that server if it is a Neo4j you want to use.`,
    );
  }
  checkJava();
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const classpath = prepareClasspath(dir, log);
  writeFileSync(logFile(dir), '');
  const out = openSync(logFile(dir), 'a');
  const settings = localNeo4jSettings();
  const heap = options.heap ?? settings.heap;
  const child = spawn(
    'java',
    [
      `-Xms${heap}`,
      `-Xmx${heap}`,
      '-XX:+UseG1GC',
      '-XX:+ExitOnOutOfMemoryError',
      '-cp',
      classpath,
      'Neo4jServer',
      join(dir, 'home'),
      String(options.port),
      options.user,
      options.pageCache ?? settings.pageCache,
    ],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_PASSWORD: options.password },
    },
  );
  closeSync(out);
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start java');
  writeFileSync(pidFile(dir), String(child.pid));
  child.unref();
  log(`Starting Neo4j (pid ${child.pid}, bolt://127.0.0.1:${options.port}, data in ${join(dir, 'home')})…`);

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (readPid(dir) === undefined) {
      rmSync(pidFile(dir), { force: true });
      throw new LocalNeo4jError(`Neo4j exited during start. The end of ${logFile(dir)}:\n${tail(logFile(dir))}`);
    }
    if (readFileSync(logFile(dir), 'utf8').includes(READY_LINE) && (await portAnswers(options.port))) {
      return { alreadyRunning: false, millis: performance.now() - began };
    }
    await sleep(250);
  }
  throw new LocalNeo4jError(`Neo4j did not become ready within 180 s. The end of ${logFile(dir)}:\n${tail(logFile(dir))}`);
}

/** Stops the local Neo4j (a clean shutdown; killed after 60 s). Returns whether one was running. */
export async function stopLocalNeo4j(options: Pick<LocalNeo4jOptions, 'dir'> = {}): Promise<boolean> {
  const dir = localNeo4jDir(options.dir);
  const pid = readPid(dir);
  if (pid === undefined) {
    rmSync(pidFile(dir), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (readPid(dir) !== undefined && Date.now() < deadline) await sleep(200);
  if (readPid(dir) !== undefined) process.kill(pid, 'SIGKILL');
  rmSync(pidFile(dir), { force: true });
  return true;
}
