/**
 * The change-feed client example (sync.ts) against a real API: after each of a series of writes (the seed loader's
 * load and pruning, submissions, a rank, a merge and its undoing, a retraction, and the graph emptied and loaded
 * again), the copy it keeps from `Query.changes` equals the graph: the same nodes, each as the API gives it now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { labelsOfKind } from '../../src/model/index.js';
import { loadArticleFiles } from '../../src/load/loader.js';
import { BAC_GIANG_ARTICLE, startTestApi, type GraphQLResponse, type TestApi } from '../../test/support/api.js';
import { SUBMIT_ARTICLE, testSubmission } from '../../test/support/submissions.js';
import type { Client } from '@urql/core';
import { ChangesQuery, createClient, GraphCopy, NodeQuery } from './sync.js';

let api: TestApi;
let client: Client;
let admin: string;
const copy = new GraphCopy();

/** The labels whose nodes the feed lists: entities, facts, articles. */
const LISTED = [...labelsOfKind('registry'), ...labelsOfKind('fact'), ...labelsOfKind('article')];

/** The graph as the copy should hold it: every node of those labels, as the API gives it now. */
async function graphNow(): Promise<Map<string, unknown>> {
  const rows = await api.database.read({
    cypher: 'MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels) RETURN n.id AS id ORDER BY id',
    params: { labels: LISTED },
  });
  const nodes = new Map<string, unknown>();
  await Promise.all(
    rows.map(async ({ id }) => {
      const result = await client.query(NodeQuery, { id: String(id) }).toPromise();
      expect(result.error).toBeUndefined();
      nodes.set(String(id), result.data!.node);
    }),
  );
  return nodes;
}

async function syncAndCompare(): Promise<number> {
  const applied = await copy.sync(client);
  const expected = await graphNow();
  expect([...copy.nodes.keys()].sort()).toEqual([...expected.keys()].sort());
  for (const [id, node] of expected) expect(copy.nodes.get(id), id).toEqual(node);
  return applied;
}

async function write(query: string, variables: Record<string, unknown> = {}) {
  const answer = await api.graphql(query, variables, { token: admin });
  expect(answer.errors).toBeUndefined();
  return answer.data;
}

interface ChangesPage {
  changes: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { sequence: number; action: string; nodeId: string; change: string } }[];
  };
}

/** The changes of the writes after `sequence`, as the feed lists them. */
async function changesAfter(sequence: number): Promise<{ action: string; nodeId: string; change: string }[]> {
  const listed: { action: string; nodeId: string; change: string }[] = [];
  for (let after: string | null = null; ;) {
    const answer: GraphQLResponse<ChangesPage> = await api.graphql<ChangesPage>(
      'query($after: String) { changes(after: $after, first: 500) { pageInfo { hasNextPage endCursor } edges { node { sequence action nodeId change } } } }',
      { after },
    );
    const { changes } = answer.data!;
    for (const { node } of changes.edges)
      if (node.sequence > sequence) listed.push({ action: node.action, nodeId: node.nodeId, change: node.change });
    if (!changes.pageInfo.hasNextPage) return listed;
    after = changes.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  api = await startTestApi();
  client = createClient(api.url);
  admin = (await issueKey(api.database, { name: 'sync-admin', role: 'admin', expiresIn: 3_600_000 })).token;
});
afterAll(async () => {
  await api.stop();
});

describe('a copy kept current with the change feed', () => {
  it('equals the graph the seed loader wrote', async () => {
    expect(await syncAndCompare()).toBeGreaterThan(10);
    expect(copy.counts()).toMatchObject({ Article: 1, Person: 1, Tenure: 1 });
    // Nothing new: nothing to apply.
    expect(await copy.sync(client)).toBe(0);
  });

  it('equals the graph after submissions and a rank', async () => {
    await write(SUBMIT_ARTICLE, { input: testSubmission('sync-a', { people: 2 }) });
    await write(SUBMIT_ARTICLE, { input: testSubmission('sync-b') });
    const before = copy.sequence;
    await syncAndCompare();
    expect(await changesAfter(before - 2)).toEqual(
      expect.arrayContaining([
        { action: 'submitArticle', nodeId: 'article:sync-a', change: 'CREATED' },
        { action: 'submitArticle', nodeId: 'person:sync-a-1', change: 'CREATED' },
        { action: 'submitArticle', nodeId: 'tenure:sync-a-1--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang', change: 'CREATED' },
        // The post's sources now include the new article's quotes.
        { action: 'submitArticle', nodeId: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang', change: 'CHANGED' },
      ]),
    );
    await write('mutation { rankClaim(claimId: "claim:sync-a/holds-1", rank: DEPRECATED, reason: "test") { id } }');
    await syncAndCompare();
  });

  it('equals the graph after a merge (the merged person removed, its tenure moved) and its undoing', async () => {
    const sequence = copy.sequence;
    const merged = await write('mutation { mergeEntities(keepId: "person:sync-a-1", mergeId: "person:sync-a-2", reason: "test") { id } }');
    await syncAndCompare();
    expect(copy.nodes.has('person:sync-a-2')).toBe(false);
    expect(await changesAfter(sequence)).toEqual(
      expect.arrayContaining([
        { action: 'mergeEntities', nodeId: 'person:sync-a-2', change: 'REMOVED' },
        { action: 'mergeEntities', nodeId: 'tenure:sync-a-2--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang', change: 'REMOVED' },
        { action: 'mergeEntities', nodeId: 'tenure:sync-a-1--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang', change: 'CHANGED' },
      ]),
    );
    await write('mutation($id: ID!) { undoJudgement(id: $id, reason: "test") { id } }', { id: merged.mergeEntities.id });
    await syncAndCompare();
    expect(copy.nodes.has('person:sync-a-2')).toBe(true);
  });

  it('equals the graph after a retraction, which removes what only that article stated', async () => {
    const sequence = copy.sequence;
    await write('mutation { retractArticle(id: "article:sync-b", reason: "test") { articleId } }');
    await syncAndCompare();
    expect(await changesAfter(sequence)).toEqual(
      expect.arrayContaining([
        { action: 'retractArticle', nodeId: 'article:sync-b', change: 'REMOVED' },
        { action: 'retractArticle', nodeId: 'person:sync-b-1', change: 'REMOVED' },
      ]),
    );
  });

  it('equals the graph after the loader loads other files and prunes them again', async () => {
    await loadArticleFiles(api.database, ['test/fixtures/interop/articles'], { registryDir: 'test/fixtures/interop/registry' });
    await syncAndCompare();
    expect(copy.nodes.has('person:nguyen-van-mau')).toBe(true);
    await loadArticleFiles(api.database, [BAC_GIANG_ARTICLE], { prune: true });
    await syncAndCompare();
    expect(copy.nodes.has('person:nguyen-van-mau')).toBe(false);
    // Submitted articles are not pruned.
    expect(copy.nodes.has('article:sync-a')).toBe(true);
  });

  it('is built again when the graph is emptied and loaded again: the feed says so (resync)', async () => {
    const cursor = copy.cursor;
    await loadArticleFiles(api.database, [BAC_GIANG_ARTICLE], { reset: true });
    const page = await client.query(ChangesQuery, { after: cursor, first: 1 }).toPromise();
    expect(page.data!.changes.resync).toBe(true);
    await syncAndCompare();
    expect(copy.nodes.has('article:sync-a')).toBe(false);
  });
});
