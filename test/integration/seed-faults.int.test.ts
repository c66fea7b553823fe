/**
 * The seed loader killed in the middle of a load into a graph that holds articles: each article file is one
 * transaction, so what was committed is whole files, and a rerun reaches the same graph as a clean load. (A load
 * into an empty graph goes in bulk, the seed data in one transaction: killed, it leaves the graph empty.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countGraph } from '../../src/load/loader.js';
import { seedTestDatabase } from '../support/api.js';
import { testDatabase } from '../support/database.js';

const COPIES = 20;
/** The registry entities the copies share: a person, organizations, positions, their roles, a place, awards. */
const SHARED_NODES = 17;
const ARTICLE = 'seed/articles/000_379587cad87146f9';
/** The ids an article names for itself; registry entities stay shared between the copies. */
const ID_PREFIX = /"(article|event|presentation|figure):/g;
const database = testDatabase();
let dir: string;

/** Copies of the seed article whose ids are all distinct, so that each file adds its own nodes. */
function writeCopies(): string {
  const folder = mkdtempSync(join(tmpdir(), 'seed-faults-'));
  const json = readFileSync(`${ARTICLE}.json`, 'utf8');
  for (let copy = 1; copy <= COPIES; copy += 1) {
    const name = `copy${String(copy).padStart(3, '0')}`;
    copyFileSync(`${ARTICLE}.txt`, join(folder, `${name}.txt`));
    writeFileSync(
      join(folder, `${name}.json`),
      json.replace(ID_PREFIX, `"$1:${name}-`).replace('"000_379587cad87146f9.txt"', `"${name}.txt"`),
    );
  }
  return folder;
}

function seedCli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', ...args], { encoding: 'utf8', env: process.env });
}

/** Starts a load of the copies (article by article: the graph holds one) and kills it once the third file has been committed. */
function killMidLoad(): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', dir], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`[3/${COPIES}]`)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(output) : reject(new Error(`the loader was not killed:\n${output}`)),
    );
  });
}

beforeAll(() => {
  dir = writeCopies();
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await seedTestDatabase(database);
  await database.close();
});

describe('the seed loader under faults', () => {
  it('reaches the clean load’s graph when rerun after being killed mid-load', async () => {
    const clean = seedCli('--reset', dir);
    expect(clean.status, clean.stderr).toBe(0);
    const cleanCounts = await countGraph(database);
    // Each copy states its own article, event, presentations, figures, participations and 17 claims (32 nodes);
    // the registry's 13 entities and the one tenure (one person in one post) are shared by all.
    expect(cleanCounts.nodes).toBe(SHARED_NODES + 32 * COPIES);

    // The first copy alone, so that the graph holds an article and the load of all of them goes article by article.
    const first = seedCli('--reset', join(dir, 'copy001.json'));
    expect(first.status, first.stderr).toBe(0);
    await killMidLoad();
    const interrupted = await countGraph(database);
    expect(interrupted.nodes).toBeGreaterThan(0);
    expect(interrupted.nodes).toBeLessThan(cleanCounts.nodes);
    // Only whole files were committed: beyond the shared nodes, the count is a multiple of one file's nodes.
    expect((interrupted.nodes - SHARED_NODES) % 32).toBe(0);
    expect((interrupted.nodes - SHARED_NODES) / 32).toBeGreaterThanOrEqual(3);

    const rerun = seedCli(dir);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(await countGraph(database)).toEqual(cleanCounts);
  }, 300_000);
});
