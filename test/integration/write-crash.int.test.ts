/**
 * The API killed with SIGKILL in the middle of a 1,000-statement submission: Neo4j rolls back the transaction of
 * the connection that died, so the graph holds all of the article or none of it, never part. The API runs as a
 * child process (node, not npm, so that the signal reaches it), on the tests' Neo4j; it is killed once the
 * write's transaction is seen running in Neo4j, then started again, and the same submission then succeeds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { seedTestDatabase } from '../support/api.js';
import { freePort } from '../support/ports.js';
import { SUBMIT_ARTICLE, testSubmission } from '../support/submissions.js';

let database: Database;
let token: string;

beforeAll(async () => {
  database = new Database(loadConfig());
  await seedTestDatabase(database);
  token = (await issueKey(database, { name: 'crash-editor', role: 'editor', expiresIn: 3_600_000 })).token;
});

afterAll(async () => {
  await database?.close();
});

async function startApi(): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start:\n${log}`)), 120_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('API ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

const submit = (url: string, input: unknown) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: SUBMIT_ARTICLE, variables: { input } }),
  });

const count = async (cypher: string) => Number((await database.read({ cypher, params: {} }))[0]?.count);
const claims = () => count("MATCH (c:Claim)-[:IN_ARTICLE]->(:Article {id: 'article:crash-large'}) RETURN count(c) AS count");
/** Open transactions of a submission; those of them running one of the store's batched writes (`UNWIND $rows …`). */
const submissions = (writing: boolean) =>
  count(
    `SHOW TRANSACTIONS YIELD metaData, currentQuery WHERE metaData.operation = 'submitArticle'${writing ? " AND currentQuery CONTAINS 'UNWIND $rows'" : ''} RETURN count(*) AS count`,
  );

describe('the API killed in the middle of a write', () => {
  it('leaves all or nothing of a 1,000-statement submission, and the submission succeeds after a restart', async () => {
    const submission = testSubmission('crash-large', { people: 500 });
    const before = await count('MATCH (n) WHERE NOT n:ApiKey AND NOT n:WriteLock RETURN count(n) AS count');
    const first = await startApi();
    const answer = submit(first.url, submission).catch((error: unknown) => error);
    let seenRunning = false;
    // Killed while the transaction writes (past its validation, in one of the store's batched writes).
    for (let tries = 0; tries < 2000 && !seenRunning; tries += 1) {
      seenRunning = (await submissions(true)) > 0;
      if (!seenRunning) await sleep(5);
    }
    const exited = once(first.child, 'exit');
    first.child.kill('SIGKILL');
    await exited;
    expect(await answer).toBeInstanceOf(Error);
    // Neo4j notices the dead connection and rolls its transaction back.
    for (let tries = 0; tries < 300 && (await submissions(false)) > 0; tries += 1) await sleep(100);
    expect(await submissions(false)).toBe(0);
    const afterKill = await claims();
    console.log('killed mid-write', { seenRunning, claimsAfterKill: afterKill });
    expect(seenRunning).toBe(true);
    expect([0, 1000]).toContain(afterKill);
    if (afterKill === 0) expect(await count('MATCH (n) WHERE NOT n:ApiKey AND NOT n:WriteLock RETURN count(n) AS count')).toBe(before);

    const second = await startApi();
    try {
      const response = await submit(second.url, submission);
      const body = (await response.json()) as { data: { submitArticle: { status: string; statementsAdded: number } } };
      expect(body.data.submitArticle.status).toBe(afterKill === 0 ? 'CREATED' : 'UNCHANGED');
      expect(await claims()).toBe(1000);
    } finally {
      second.child.kill('SIGTERM');
      await once(second.child, 'exit');
    }
  }, 300_000);
});
