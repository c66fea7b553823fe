/**
 * The seed loader killed in the middle of a load. Into a graph that holds articles each article file is one
 * transaction, so what was committed is whole files, and a rerun reaches the same graph as a clean load. Into an
 * empty graph the load goes in bulk, here in transactions of a few rows: killed after one, the graph keeps the bulk
 * load's marker, and a rerun empties it and reaches the clean load's graph in bulk.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntries } from '../../src/db/cypher/audit.js';
import { countGraph } from '../../src/load/loader.js';
import { seedTestDatabase } from '../support/api.js';
import { testDatabase } from '../support/database.js';
import { dumpGraph } from '../support/graphDump.js';

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

/** Starts `npm run seed -- ...args` and kills it once its output shows `progress` (a file or transaction committed). */
function killAfter(progress: RegExp, ...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', ...args], {
      env: process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (progress.test(output)) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(output) : reject(new Error(`the loader was not killed:\n${output}`)),
    );
  });
}

const bulkLoadMarkers = async () =>
  Number((await database.read({ cypher: 'MATCH (marker:BulkLoad) RETURN count(marker) AS markers', params: {} }))[0]?.markers);

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
    // Article by article (the graph holds one): killed once the third file has been committed.
    await killAfter(new RegExp(`\\[3/${COPIES}\\]`), dir);
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

  it('reaches the clean load’s graph, in bulk, when rerun after a bulk load was killed between two transactions', async () => {
    const clean = seedCli('--reset', dir);
    expect(clean.status, clean.stderr).toBe(0);
    const expected = await dumpGraph(database);

    // Transactions of 36 rows, two copies' articles and claims each: killed once the first has been committed.
    const output = await killAfter(/\[1\/\d+\]/, '--reset', '--bulk-step', '36', dir);
    expect(output).toContain('(2 files, 36 rows)');
    const interrupted = await countGraph(database);
    expect(interrupted.nodes).toBeGreaterThan(0);
    expect(interrupted.nodes).toBeLessThan(expected.nodes.length);
    expect(await bulkLoadMarkers()).toBe(1);

    // Without --reset: the marker says the graph is half a load, not articles to go on from one by one.
    const rerun = seedCli(dir);
    expect(rerun.status, rerun.stderr).toBe(0);
    expect(rerun.stdout).toContain('a bulk load that did not finish');
    expect(rerun.stdout).toMatch(/Derived the graph in memory/);
    expect(rerun.stdout).toContain(`(${COPIES} files, `);
    const actual = await dumpGraph(database);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(actual.feed).toEqual(expected.feed);
    expect(await bulkLoadMarkers()).toBe(0);

    // The transaction that stored all the copies is in each one's audit trail (the query of auditTrail(articleId:)).
    const { id } = (JSON.parse(readFileSync(join(dir, 'copy005.json'), 'utf8')) as { article: { id: string } }).article;
    const trail = await database.read(auditEntries({ articleId: id, limit: 20 }));
    expect(trail.map((row) => (row.entry as { articleIds?: string[] }).articleIds)).toEqual([expect.arrayContaining([id])]);
    expect(JSON.parse(String((trail[0]!.entry as { details: string }).details)).files).toContain('copy005.json');
  }, 300_000);
});
