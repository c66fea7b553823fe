/**
 * No N+1: a query costs a number of Neo4j round trips bounded by its depth, whatever the number of results.
 * The count comes from the response's `extensions.neo4jRoundTrips`, which the driver module increments for
 * every query it sends.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

const EVENTS = 120;
let api: TestApi;

/** Events each with two presentations, each by its own presenter who holds a position in an organization. */
async function createWideGraph(): Promise<void> {
  await api.database.write([{
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
  }]);
}

beforeAll(async () => {
  api = await startTestApi();
  await createWideGraph();
});

afterAll(async () => {
  await api.database.write([{
    cypher: `MATCH (n) WHERE n.id STARTS WITH 'event:rt-' OR n.id STARTS WITH 'org:rt-' OR n.id STARTS WITH 'position:rt-'
      OR n.id STARTS WITH 'person:rt-' OR n.id STARTS WITH 'tenure:rt-' OR n.id STARTS WITH 'presentation:rt-' DETACH DELETE n`,
    params: {},
  }]);
  await api.stop();
});

const THREE_LEVELS = `query($first: Int) {
  events(where: { dateFrom: "2030-01-01" }, first: $first) {
    edges { node {
      name
      awardPresentations {
        presenter {
          name
          tenures { position { title organization { name } } }
        }
      }
    } }
  }
}`;

async function roundTrips(first: number): Promise<{ trips: number; presenters: number }> {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: THREE_LEVELS, variables: { first } }),
  });
  const body = (await response.json()) as {
    data: { events: { edges: { node: { awardPresentations: { presenter: { tenures: { position: { organization: { name: string } } }[] } }[] } }[] } };
    extensions: { neo4jRoundTrips: number };
  };
  const presentations = body.data.events.edges.flatMap((edge) => edge.node.awardPresentations);
  // Every presenter's tenure reaches its organization: the answer is complete, not just cheap.
  expect(presentations.every((p) => p.presenter.tenures[0]?.position.organization.name.startsWith('Org '))).toBe(true);
  return { trips: body.extensions.neo4jRoundTrips, presenters: presentations.length };
}

describe('round trips per request', () => {
  it('stay at one per level (6) for 5 events and for 100 events with 200 presenters', async () => {
    const small = await roundTrips(5);
    const large = await roundTrips(100);
    expect(small.presenters).toBe(10);
    expect(large.presenters).toBe(200);
    // events, awardPresentations, presenter, tenures, position, organization: one query each.
    expect(small.trips).toBe(6);
    expect(large.trips).toBe(6);
  });
});
