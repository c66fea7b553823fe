/**
 * Writes lock what they derive, not the graph (src/db/cypher/locks.ts): a write in flight, held up on the lock of
 * one of its facts, keeps a write about other things from nothing, and one about the same fact waits for it.
 * Nothing here is timed: the held-up write is found blocked in Neo4j's own list of transactions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { lockKeys } from '../../src/db/cypher/locks.js';
import { tenureId } from '../../src/statements/kinds.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { SEEDED_POSITION, SUBMIT_ARTICLE, testSubmission, type TestSubmission } from '../support/submissions.js';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi();
  token = (await issueKey(api.database, { name: 'test-locks', role: 'editor', expiresIn: 3_600_000 })).token;
});

afterAll(async () => {
  await api?.stop();
});

const submit = async (input: TestSubmission) =>
  (await api.graphql(SUBMIT_ARTICLE, { input }, { token })).data?.submitArticle.status as string | undefined;

/** Write transactions of the API that wait for a lock another transaction holds. */
const blockedWrites = async () =>
  Number(
    (
      await api.database.read({
        cypher: `SHOW TRANSACTIONS YIELD metaData, status WHERE metaData.operation = 'submitArticle' AND status STARTS WITH 'Blocked'
RETURN count(*) AS count`,
        params: {},
      })
    )[0]?.count,
  );

/** A submission naming only a new person: no fact, no entity of another write's. */
function namesOnly(slug: string): TestSubmission {
  const submission = testSubmission(slug);
  const article = JSON.parse(submission.article) as { statements: { kind: string }[] };
  return { ...submission, article: JSON.stringify({ ...article, statements: article.statements.filter((s) => s.kind === 'name') }) };
}

describe('writes on different facts', () => {
  it('do not wait for a write in flight, and one on the same fact waits until it ends', async () => {
    // Another writer holds the lock on the tenure the first submission derives, as a write deriving it would.
    const held = api.database.driver.session();
    const holder = held.beginTransaction();
    try {
      const lock = lockKeys([tenureId('person:locks-held-1', SEEDED_POSITION)]);
      await holder.run(lock.cypher, lock.params);
      let settled = false;
      const first = submit(testSubmission('locks-held')).finally(() => {
        settled = true;
      });
      // The first write has locked its article and entities, validated, and waits for its fact's lock.
      while ((await blockedWrites()) === 0) await new Promise((resolve) => setTimeout(resolve, 50));

      expect(await submit(namesOnly('locks-free'))).toBe('CREATED');
      expect(settled).toBe(false);
      expect(await blockedWrites()).toBe(1);

      await holder.rollback();
      expect(await first).toBe('CREATED');
    } finally {
      if (holder.isOpen()) await holder.rollback();
      await held.close();
    }
  });
});
