/**
 * The query planner (src/resolvers/lookahead.ts) must never change an answer, only its cost. Each selection
 * below is asked twice over the seeded graph: through a root list, which the planner nests into one query,
 * and as the one node of a path from the presentation to itself, which it does not plan (`path` gives whole
 * nodes), so that every level comes from the batched loaders. The answers must be equal, whatever the fragments,
 * aliases, arguments and abstract types in the selection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { EntityPageQuery } from '../../src/explore/client/operations.js';
import { LARGE_BY_FRAGMENTS, PERSON_IN_DEPTH } from '../support/queries.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

const PRESENTATION_FIELDS = `
  id date recipientCount recipientDescription __typename
  award { name conferrer { __typename ... on Position { title holders(on: "2019-01-11") { person { name } } } ... on Organization { name } } }
  presenter {
    name aliases
    onTheDay: tenures(on: "2019-01-11") { startDate attestedOn position { title organization { name parent { name } } } }
    later: tenures(on: "2030-01-01") { id }
    allTenures: tenures { id sources { quote article { title publishedAt } } }
  }
  onBehalfOf { ...agent }
  event { name date organizers { name } place { name } participations { role participant { ...agent } } figures { metric valueText value asOf } }
  recipients { ...agent }
  sources { quote q2: quote article { id author } }
`;
const AGENT_FRAGMENT = `fragment agent on Agent {
  __typename
  ... on Person { name }
  ... on Organization { name level }
  ... on Position { title organization { name } }
}`;

async function plannedAndBatched(selection: string, fragments = ''): Promise<{ planned: unknown[]; batched: unknown[]; trips: number }> {
  const planned = await api.graphql(`{ awardPresentations(first: 10) { edges { node { ${selection} } } } } ${fragments}`);
  expect(planned.errors).toBeUndefined();
  const nodes = planned.data!.awardPresentations.edges.map((edge: { node: unknown }) => edge.node) as { id: string }[];
  expect(nodes.length).toBeGreaterThan(0);
  const batched: unknown[] = [];
  for (const { id } of nodes) {
    const one = await api.graphql(
      `{ path(fromId: "${id}", toId: "${id}") { nodes { ... on AwardPresentation { ${selection} } } } } ${fragments}`,
    );
    expect(one.errors).toBeUndefined();
    batched.push(one.data!.path.nodes[0]);
  }
  return { planned: nodes, batched, trips: planned.extensions!.neo4jRoundTrips };
}

describe('the query planner', () => {
  it("gives the loaders' answer for a deep selection with fragments, aliases and date arguments", async () => {
    const { planned, batched } = await plannedAndBatched(PRESENTATION_FIELDS, AGENT_FRAGMENT);
    expect(planned).toEqual(batched);
    // The selection reaches real data, so the comparison is not between two empty answers.
    expect(JSON.stringify(planned)).toContain('Lại Thanh Sơn');
    expect(JSON.stringify(planned)).toContain('Thủ tướng Chính phủ');
  });

  it('plans concrete relations into one query and leaves relations below an abstract type to the loaders', async () => {
    const concrete = await plannedAndBatched('id presenter { name tenures { position { title } } } sources { quote }');
    expect(concrete.trips).toBe(1);
    // onBehalfOf is an Agent: its position's organization is fetched by a loader, one more round trip.
    const abstract = await plannedAndBatched('id onBehalfOf { ... on Position { organization { name } } }');
    expect(abstract.trips).toBe(2);
    expect(abstract.planned).toEqual(abstract.batched);
  });

  it("plans node(id:) as the root lists: the explorer's person page in two round trips at most, as the loaders answer it", async () => {
    const page = String(EntityPageQuery);
    const variables = { id: 'person:lai-thanh-son' };
    const planned = await api.graphql(page, variables);
    // The same selection as a fragment on Node, asked of the search's hit (a whole node: the loaders answer below it).
    const batched = await api.graphql(
      `query { search(text: "lai thanh son", types: [PERSON], first: 1) { node { ...Page } } } ${page.replace('query EntityPage($id: ID!) {\n  node(id: $id) {', 'fragment Page on Node {').replace(/\n {2}}\n}\n/, '\n}\n')}`,
    );
    expect(planned.errors).toBeUndefined();
    expect(batched.errors).toBeUndefined();
    expect(planned.data!.node).toEqual(batched.data!.search[0].node);
    expect(JSON.stringify(planned.data!.node)).toContain('Phó Chủ tịch Thường trực UBND tỉnh');
    // Presentations' onBehalfOf and recipients are Agents: a Position's organization below them comes from a loader.
    expect(planned.extensions!.neo4jRoundTrips).toBeLessThan(batched.extensions!.neo4jRoundTrips);
    expect(planned.extensions!.neo4jRoundTrips).toBeLessThanOrEqual(2);
  });

  it("fetches the articles of a tenure's readings with the tenure: officeHolders with readings in one round trip, as the loaders answer it", async () => {
    const selection = `id startReadings { cause rank sources { quote article { id title publishedOn } } }
      endReadings { cause sources { quote article { id } } } attestations { cause sources { quote article { id publisher } } }`;
    const planned = await api.graphql(
      `{ officeHolders(positionId: "position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang", on: "2019-01-11") { ${selection} } }`,
    );
    expect(planned.errors).toBeUndefined();
    expect(planned.extensions!.neo4jRoundTrips).toBe(1);
    const tenures = planned.data!.officeHolders as { id: string }[];
    expect(JSON.stringify(tenures)).toContain('"publisher":"Báo Bắc Giang điện tử (BGĐT)"');
    for (const tenure of tenures) {
      // The tenure as the one node of a path to itself: a whole node, the readings' articles from the node loader.
      const batched = await api.graphql(
        `{ path(fromId: "${tenure.id}", toId: "${tenure.id}") { nodes { ... on Tenure { ${selection} } } } }`,
      );
      expect(batched.errors).toBeUndefined();
      expect(batched.data!.path.nodes[0]).toEqual(tenure);
    }
  });

  it('answers one response key used for different fields under two aliases of a list', async () => {
    const { data, errors, extensions } = await api.graphql(`{
      awardPresentations(first: 100) {
        byPresenter: edges { node { id x: presenter { name } } }
        byEvent: edges { node { id x: event { name } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const presenters = data.awardPresentations.byPresenter.map((edge: { node: { x: { name: string } | null } }) => edge.node.x?.name);
    const events = data.awardPresentations.byEvent.map((edge: { node: { x: { name: string } | null } }) => edge.node.x?.name);
    expect(presenters).toContain('Lại Thanh Sơn');
    expect(events.every((name: string | undefined) => name === undefined || name.startsWith('Hội nghị'))).toBe(true);
    expect(events).not.toContain('Lại Thanh Sơn');
    // The planner gives up on `x` rather than guess: the loaders fetch both.
    expect(extensions?.neo4jRoundTrips).toBe(3);
  });

  it('plans the office holders on a date with their people in one query', async () => {
    const query = `{ officeHolders(positionId: "position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang", on: "2019-01-11") {
      id person { name } position { title } sources { quote } } }`;
    const { data, errors, extensions } = await api.graphql(query);
    expect(errors).toBeUndefined();
    expect(data.officeHolders.map((tenure: { person: { name: string } }) => tenure.person.name)).toEqual(['Lại Thanh Sơn']);
    expect(extensions?.neo4jRoundTrips).toBe(1);
  });

  it('pages past the end with nested relations and a total: no nodes, the total still counted', async () => {
    const first = await api.graphql('{ awardPresentations(first: 100) { totalCount edges { cursor } } }');
    const last = first.data!.awardPresentations.edges.at(-1).cursor;
    const { data, errors } = await api.graphql(`{ awardPresentations(first: 5, after: "${last}") {
      totalCount edges { node { id presenter { name tenures { id } } sources { quote } } } pageInfo { hasNextPage } } }`);
    expect(errors).toBeUndefined();
    expect(data.awardPresentations).toEqual({
      totalCount: first.data!.awardPresentations.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('applies @skip and @include per place a fragment is spread', async () => {
    const query = `query($skip: Boolean!) {
      skipped: awardPresentations(first: 10) { edges { node { ...presenter @skip(if: $skip) } } }
      shown: awardPresentations(first: 10) { edges { node { ...presenter } } totalCount @include(if: $skip) }
    }
    fragment presenter on AwardPresentation { id presenter { name } }`;
    const { data, errors } = await api.graphql(query, { skip: true });
    expect(errors).toBeUndefined();
    expect(data.skipped.edges.every((edge: { node: object }) => Object.keys(edge.node).length === 0)).toBe(true);
    expect(data.shown.edges.map((edge: { node: { presenter: { name: string } | null } }) => edge.node.presenter?.name)).toContain(
      'Lại Thanh Sơn',
    );
    expect(data.shown.totalCount).toBe(data.shown.edges.length);
  });

  it('answers an operation too large to keep compiled (graphql-js runs it) as the compiled one', async () => {
    const large = await api.graphql(LARGE_BY_FRAGMENTS, { id: 'person:lai-thanh-son' });
    const small = await api.graphql(`query($id: ID!) { node(id: $id) { ...inDepth } } ${PERSON_IN_DEPTH}`, { id: 'person:lai-thanh-son' });
    expect(large.errors).toBeUndefined();
    expect(Object.keys(large.data!)).toHaveLength(30);
    for (const answer of Object.values(large.data!)) expect(answer).toEqual(small.data!.node);
    expect(small.data!.node.name).toBe('Lại Thanh Sơn');
    expect(small.data!.node.tenures[0].position.title).toBe('Phó Chủ tịch Thường trực UBND tỉnh');
  });
});
