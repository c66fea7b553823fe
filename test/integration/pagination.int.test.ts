/**
 * Keyset pagination over a sort property that some nodes lack: events without a date come after the dated
 * ones, and paging one by one visits every event exactly once, in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../../src/cursor.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const EVENTS = [
  { id: 'event:pg-c', date: '2020-03-01' },
  { id: 'event:pg-a', date: '2020-01-01' },
  { id: 'event:pg-z', date: null },
  { id: 'event:pg-b', date: '2020-01-01' },
  { id: 'event:pg-y', date: null },
];

beforeAll(async () => {
  api = await startTestApi();
  await api.database.write([
    {
      cypher: `UNWIND $events AS e
      CREATE (n:Event {id: e.id, name: 'Pagination test ' + e.id, nameFolded: 'pagination test ' + e.id})
      SET n.date = CASE WHEN e.date IS NULL THEN null ELSE date(e.date) END`,
      params: { events: EVENTS },
    },
  ]);
});

afterAll(async () => {
  await api.database.write([{ cypher: "MATCH (n:Event) WHERE n.id STARTS WITH 'event:pg-' DETACH DELETE n", params: {} }]);
  await api.stop();
});

type Page = { events: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

describe('keyset pagination', () => {
  it('visits dated events by date and id, then undated ones by id, each once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const response: { data?: Page } = await api.graphql<Page>(
        `query($after: String) { events(where: { nameContains: "pagination test" }, first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const events: Page['events'] = response.data!.events;
      seen.push(...events.edges.map((edge) => edge.node.id));
      if (!events.pageInfo.hasNextPage) break;
      after = events.pageInfo.endCursor;
    }
    expect(seen).toEqual(['event:pg-a', 'event:pg-b', 'event:pg-c', 'event:pg-y', 'event:pg-z']);
  });

  it('gives the four PageInfo fields of the Relay specification: start and end cursors of the page, forward paging only', async () => {
    const query = `query($after: String) { events(where: { nameContains: "pagination test" }, first: 2, after: $after) {
      edges { cursor } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`;
    const first = (await api.graphql(query, { after: null })).data.events;
    expect(first.pageInfo).toEqual({
      hasPreviousPage: false,
      hasNextPage: true,
      startCursor: first.edges[0].cursor,
      endCursor: first.edges[1].cursor,
    });
    const second = (await api.graphql(query, { after: first.pageInfo.endCursor })).data.events;
    expect(second.pageInfo.startCursor).toBe(second.edges[0].cursor);
    expect(second.pageInfo.startCursor).not.toBe(first.pageInfo.endCursor);
    const empty = (
      await api.graphql(`{ events(where: { ids: ["event:none"] }) { pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }`)
    ).data.events;
    expect(empty.pageInfo).toEqual({ hasPreviousPage: false, hasNextPage: false, startCursor: null, endCursor: null });
  });

  it('rejects a cursor whose sort value is not a date with BAD_USER_INPUT', async () => {
    const forged = encodeCursor({ key: "x') RETURN 1 //", id: 'event:pg-a' });
    const { errors } = await api.graphql(`query($after: String) { events(first: 2, after: $after) { totalCount } }`, { after: forged });
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers an empty page for a filter on an id no node can have', async () => {
    const { data, errors } = await api.graphql(
      `{ awardPresentations(where: { awardId: "nonsense" }) { totalCount edges { node { id } } } }`,
    );
    expect(errors).toBeUndefined();
    expect(data.awardPresentations).toEqual({ totalCount: 0, edges: [] });
  });
});
