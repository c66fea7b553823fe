/**
 * No N+1: a query costs a number of Neo4j round trips bounded by its depth, whatever the number of results:
 * one when the query planner (src/resolvers/lookahead.ts) nests the whole selection in the root list's query,
 * one per level when the fields are left to the batched loaders (below the search, which the planner does not
 * plan). The count comes from the response's `extensions.neo4jRoundTrips`, which the driver module increments
 * for every query it sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

const EVENTS = 120;
let api: TestApi;

/** Events each with two presentations, each by its own presenter who holds a position in an organization. */
async function createWideGraph(): Promise<void> {
  await api.database.write([
    {
      cypher: `UNWIND range(1, $events) AS i
      CREATE (e:Event {id: 'event:rt-' + i, name: 'Round-trip event ' + i, nameFolded: 'round-trip event ' + i, date: date('2030-01-01') + duration({days: i})})
      CREATE (o:Organization {id: 'org:rt-' + i, name: 'Org ' + i, nameFolded: 'org ' + i})
      CREATE (pos:Position {id: 'position:rt-' + i, title: 'Post ' + i, nameFolded: 'post ' + i})-[:IN_ORGANIZATION]->(o)
      WITH e, pos, i
      UNWIND [1, 2] AS j
      CREATE (p:Person {id: 'person:rt-' + i + '-' + j, name: 'Person ' + i + '-' + j, nameFolded: 'person ' + i + '-' + j})
      CREATE (t:Tenure {id: 'tenure:rt-' + i + '-' + j, attestedOn: date('2030-01-01')})-[:HELD_BY]->(p)
      CREATE (t)-[:OF_POSITION]->(pos)
      CREATE (ap:AwardPresentation {id: 'presentation:rt-' + i + '-' + j, date: e.date})-[:AT_EVENT]->(e)
      CREATE (ap)-[:PRESENTED_BY]->(p)`,
      params: { events: EVENTS },
    },
  ]);
}

beforeAll(async () => {
  api = await startTestApi();
  await createWideGraph();
});

afterAll(async () => {
  await api.database.write([
    {
      cypher: `MATCH (n) WHERE n.id STARTS WITH 'event:rt-' OR n.id STARTS WITH 'org:rt-' OR n.id STARTS WITH 'position:rt-'
      OR n.id STARTS WITH 'person:rt-' OR n.id STARTS WITH 'tenure:rt-' OR n.id STARTS WITH 'presentation:rt-' DETACH DELETE n`,
      params: {},
    },
  ]);
  await api.stop();
});

const PRESENTERS_TO_ORGANIZATIONS = `awardPresentations {
  presenter {
    name
    tenures { position { title organization { name } } }
  }
}`;

/** Through the root list, which the planner plans: one query. */
const PLANNED = `query($first: Int) {
  events(where: { dateFrom: "2030-01-01" }, first: $first) { edges { node { name ${PRESENTERS_TO_ORGANIZATIONS} } } }
}`;

/** Through the search, whose hits the planner leaves to the loaders: one query per level. */
const BATCHED = `query($first: Int) {
  search(text: "round-trip event", types: [EVENT], first: $first) { node { ... on Event { name ${PRESENTERS_TO_ORGANIZATIONS} } } }
}`;

interface Presentation {
  presenter: { tenures: { position: { organization: { name: string } } }[] };
}

async function roundTrips(query: string, first: number): Promise<{ trips: number; presenters: number }> {
  const response = await api.graphql<{
    events?: { edges: { node: { awardPresentations: Presentation[] } }[] };
    search?: { node: { awardPresentations: Presentation[] } }[];
  }>(query, { first });
  expect(response.errors).toBeUndefined();
  const events = response.data!.events?.edges.map((edge) => edge.node) ?? response.data!.search!.map((hit) => hit.node);
  const presentations = events.flatMap((event) => event.awardPresentations);
  // Every presenter's tenure reaches its organization: the answer is complete, not just cheap.
  expect(presentations.every((p) => p.presenter.tenures[0]?.position.organization.name.startsWith('Org '))).toBe(true);
  return { trips: response.extensions!.neo4jRoundTrips, presenters: presentations.length };
}

describe('round trips per request', () => {
  it('are one for a planned query, for 5 events and for 100 events with 200 presenters', async () => {
    const small = await roundTrips(PLANNED, 5);
    const large = await roundTrips(PLANNED, 100);
    expect(small.presenters).toBe(10);
    expect(large.presenters).toBe(200);
    expect(small.trips).toBe(1);
    expect(large.trips).toBe(1);
  });

  it('stay at one per level (6) when the loaders fetch the levels, for 5 and for 100 events', async () => {
    const small = await roundTrips(BATCHED, 5);
    const large = await roundTrips(BATCHED, 100);
    expect(small.presenters).toBe(10);
    expect(large.presenters).toBe(200);
    // search, awardPresentations, presenter, tenures, position, organization: one query each.
    expect(small.trips).toBe(6);
    expect(large.trips).toBe(6);
  });

  it('give the same answer planned and batched', async () => {
    type Event = { name: string; awardPresentations: { presenter: { name: string } }[] };
    const planned = await api.graphql(PLANNED, { first: 100 });
    const batched = await api.graphql(BATCHED, { first: 100 });
    const plannedByName = new Map<string, Event>(planned.data!.events.edges.map((edge: { node: Event }) => [edge.node.name, edge.node]));
    // The two lists order events differently (by date, by score), so compare the events both return.
    const shared = batched.data!.search.map((hit: { node: Event }) => hit.node).filter((event: Event) => plannedByName.has(event.name));
    expect(shared.length).toBeGreaterThanOrEqual(80);
    for (const event of shared) expect(event).toEqual(plannedByName.get(event.name));
  });
});
