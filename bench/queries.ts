/**
 * The benchmark's queries, each as the service and the floor take it (schema.graphql; the floor knows it by its
 * operation name) and as @neo4j/graphql takes it (its generated API over equivalent type definitions), with a
 * normalisation of each answer to one canonical form, so that all three are checked to return the same data
 * before any is timed.
 */
import { luceneQuery } from '../src/db/cypher/search.js';
import type { Database } from '../src/db/database.js';
import { foldText } from '../src/text/fold.js';

export interface BenchParams {
  personId: string;
  awardId: string;
  from: string;
  to: string;
  searchText: string;
  positionId: string;
  on: string;
  pathFrom: string;
  pathTo: string;
}

type Json = unknown;
type JsonObject = Record<string, Json>;

export interface BenchQuery {
  name: string;
  title: string;
  /** The service's and the floor's document (same text) and variables. */
  ours: { query: string; variables: (params: BenchParams) => JsonObject };
  neo4jGraphql: { query: string; variables: (params: BenchParams) => JsonObject };
  /** The canonical data of each side's `data`. */
  normalizeOurs: (data: JsonObject) => Json;
  normalizeNeo4jGraphql: (data: JsonObject) => Json;
}

const asObject = (value: Json): JsonObject => (value && typeof value === 'object' ? (value as JsonObject) : {});
const asArray = (value: Json): Json[] => (Array.isArray(value) ? value : []);
const byId = (left: Json, right: Json) => String(asObject(left).id).localeCompare(String(asObject(right).id));
/** @neo4j/graphql has no to-one relationships: a list of at most one stands for our nullable field. */
const single = (value: Json): Json => (Array.isArray(value) ? (value[0] ?? null) : (value ?? null));

function presentation(node: Json, fromNeo4jGraphql: boolean): Json {
  const n = asObject(node);
  const presenter = asObject(fromNeo4jGraphql ? single(n.presenter) : n.presenter);
  const tenures = asArray(presenter.tenures).map((tenure) => {
    const t = asObject(tenure);
    return {
      id: t.id,
      startDate: t.startDate ?? null,
      endDate: t.endDate ?? null,
      position: fromNeo4jGraphql ? single(t.position) : t.position,
    };
  });
  return {
    id: n.id,
    date: n.date,
    recipientCount: n.recipientCount ?? null,
    event: fromNeo4jGraphql ? single(n.event) : (n.event ?? null),
    presenter: Object.keys(presenter).length === 0 ? null : { id: presenter.id, name: presenter.name, tenures: tenures.sort(byId) },
    recipients: [...asArray(n.recipients)].sort(byId),
  };
}

const RECIPIENT_FIELDS = '... on Person { id name } ... on Organization { id name } ... on Position { id title }';
const RELATION_FIELDS = `id date recipientCount
  event { id name date }
  presenter { id name tenures { id startDate endDate position { id title } } }
  recipients { ${RECIPIENT_FIELDS} }`;

function eventPage(connection: Json, withTotal: boolean): Json {
  const c = asObject(connection);
  const page = {
    nodes: asArray(c.edges).map((edge) => asObject(edge).node),
    hasNextPage: asObject(c.pageInfo).hasNextPage,
  };
  return withTotal ? { ...page, totalCount: c.totalCount } : page;
}

/** The filtered page of 2019's events, as List (without the total) or ListCount (with it). */
function eventListQuery(withTotal: boolean): BenchQuery {
  const name = withTotal ? 'ListCount' : 'List';
  const selection = `edges { cursor node { id name date } } pageInfo { hasNextPage endCursor }${withTotal ? ' totalCount' : ''}`;
  return {
    name,
    title: `filtered page of 20${withTotal ? ' with' : ', no'} totalCount`,
    ours: {
      query: `query ${name}($from: Date!, $to: Date!) { events(where: { dateFrom: $from, dateTo: $to }, first: 20) { ${selection} } }`,
      variables: (p) => ({ from: p.from, to: p.to }),
    },
    neo4jGraphql: {
      query: `query ${name}($from: Date!, $to: Date!) {
        eventsConnection(where: { date: { gte: $from, lte: $to } }, first: 20, sort: [{ date: ASC }, { id: ASC }]) { ${selection} } }`,
      variables: (p) => ({ from: p.from, to: p.to }),
    },
    normalizeOurs: (data) => eventPage(data.events, withTotal),
    normalizeNeo4jGraphql: (data) => eventPage(data.eventsConnection, withTotal),
  };
}

/**
 * The tenure date filter of our officeHolders(on:) in @neo4j/graphql's filter language: a tenure is answered on
 * the days the loader derived as possible for it (possibleFrom to possibleTo; see src/statements/derive.ts).
 */
const HOLDERS_ON = '{ possibleFrom: { lte: $on }, possibleTo: { gte: $on } }';

export const QUERIES: readonly BenchQuery[] = [
  {
    name: 'Point',
    title: 'point lookup by id',
    ours: {
      query: 'query Point($id: ID!) { node(id: $id) { ... on Person { id name familyName givenName aliases } } }',
      variables: (p) => ({ id: p.personId }),
    },
    neo4jGraphql: {
      query: 'query Point($id: ID!) { people(where: { id: { eq: $id } }) { id name familyName givenName aliases } }',
      variables: (p) => ({ id: p.personId }),
    },
    normalizeOurs: (data) => data.node,
    normalizeNeo4jGraphql: (data) => {
      const person = asObject(asArray(data.people)[0]);
      return { ...person, aliases: person.aliases ?? [] };
    },
  },
  {
    name: 'Relation',
    title: 'award presentations, 3 levels deep (100)',
    ours: {
      query: `query Relation($awardId: ID!) { awardPresentations(where: { awardId: $awardId }, first: 100) { edges { node { ${RELATION_FIELDS} } } } }`,
      variables: (p) => ({ awardId: p.awardId }),
    },
    neo4jGraphql: {
      query: `query Relation($awardId: ID!) {
        awardPresentationsConnection(where: { award: { some: { id: { eq: $awardId } } } }, first: 100, sort: [{ date: ASC }, { id: ASC }]) {
          edges { node { ${RELATION_FIELDS} } }
        }
      }`,
      variables: (p) => ({ awardId: p.awardId }),
    },
    normalizeOurs: (data) => asArray(asObject(data.awardPresentations).edges).map((edge) => presentation(asObject(edge).node, false)),
    normalizeNeo4jGraphql: (data) =>
      asArray(asObject(data.awardPresentationsConnection).edges).map((edge) => presentation(asObject(edge).node, true)),
  },
  eventListQuery(false),
  eventListQuery(true),
  {
    name: 'Search',
    title: 'search without diacritics (people)',
    ours: {
      query:
        'query Search($text: String!) { search(text: $text, types: [PERSON], first: 20) { score node { ... on Person { id name } } } }',
      variables: (p) => ({ text: p.searchText }),
    },
    neo4jGraphql: {
      // The library passes the phrase to Lucene as it is: the client folds the text and builds the query our
      // API builds for it (every word, the last as a prefix), so that both ask the index the same question.
      query: `query Search($phrase: String!) { personSearch(phrase: $phrase, first: 20, sort: [{ score: DESC }]) { edges { score node { id name } } } }`,
      variables: (p) => ({ phrase: luceneQuery(p.searchText) ?? '' }),
    },
    normalizeOurs: (data) =>
      asArray(data.search)
        .map((hit) => ({
          id: asObject(asObject(hit).node).id,
          name: asObject(asObject(hit).node).name,
          score: Number(asObject(hit).score).toFixed(4),
        }))
        .sort((left, right) => Number(right.score) - Number(left.score) || left.id!.toString().localeCompare(String(right.id))),
    normalizeNeo4jGraphql: (data) =>
      asArray(asObject(data.personSearch).edges)
        .map((edge) => ({
          id: asObject(asObject(edge).node).id,
          name: asObject(asObject(edge).node).name,
          score: Number(asObject(edge).score).toFixed(4),
        }))
        .sort((left, right) => Number(right.score) - Number(left.score) || left.id!.toString().localeCompare(String(right.id))),
  },
  {
    name: 'OnDate',
    title: 'office holders on a date',
    ours: {
      query:
        'query OnDate($positionId: ID!, $on: Date!) { officeHolders(positionId: $positionId, on: $on) { id startDate endDate attestedOn person { id name } } }',
      variables: (p) => ({ positionId: p.positionId, on: p.on }),
    },
    neo4jGraphql: {
      query: `query OnDate($positionId: ID!, $on: Date!) { positions(where: { id: { eq: $positionId } }) {
        holders(where: ${HOLDERS_ON}) { id startDate endDate attestedOn person { id name } } } }`,
      variables: (p) => ({ positionId: p.positionId, on: p.on }),
    },
    normalizeOurs: (data) => [...asArray(data.officeHolders)].sort(byId),
    normalizeNeo4jGraphql: (data) =>
      asArray(asObject(asArray(data.positions)[0]).holders)
        .map((tenure) => ({ ...asObject(tenure), person: single(asObject(tenure).person) }))
        .sort(byId),
  },
  {
    name: 'Path',
    title: 'shortest path between two people',
    ours: {
      query:
        'query Path($from: ID!, $to: ID!) { path(fromId: $from, toId: $to, maxHops: 6) { length nodes { id } relations { type startId endId } } }',
      variables: (p) => ({ from: p.pathFrom, to: p.pathTo }),
    },
    neo4jGraphql: {
      query: 'query Path($from: ID!, $to: ID!) { path(fromId: $from, toId: $to) { length nodeIds relations { type startId endId } } }',
      variables: (p) => ({ from: p.pathFrom, to: p.pathTo }),
    },
    // Shortest paths of equal length may differ; the check is on the length and the ends.
    normalizeOurs: (data) => {
      const path = asObject(data.path);
      const nodes = asArray(path.nodes).map((node) => asObject(node).id);
      return { length: path.length, from: nodes[0], to: nodes.at(-1) };
    },
    normalizeNeo4jGraphql: (data) => {
      const path = asObject(asArray(data.path)[0]);
      const nodes = asArray(path.nodeIds);
      return { length: path.length, from: nodes[0], to: nodes.at(-1) };
    },
  },
];

/** The queries' arguments, chosen in the graph so that each has answers of the intended size at any scale. */
export async function chooseParams(database: Database): Promise<BenchParams> {
  const positionId = 'position:syn-chu-tich-ubnd-bac-giang';
  const on = '2020-06-01';
  const awardId = 'award:syn-bang-khen-chu-tich-ubnd-bac-giang';
  const [holder] = await database.read({
    cypher: `MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure)-[:HELD_BY]->(p:Person)
      WHERE t.startDate <= date($on) AND (t.endDate IS NULL OR t.endDate >= date($on)) RETURN p.id AS id ORDER BY t.id LIMIT 1`,
    params: { positionId, on },
  });
  const [recipient] = await database.read({
    cypher: `MATCH (:Award {id: $awardId})<-[:OF_AWARD]-(ap:AwardPresentation)-[:RECIPIENT]->(p:Person)
      RETURN p.id AS id ORDER BY ap.date DESC, p.id LIMIT 1`,
    params: { awardId },
  });
  // A name that a handful of people share: the search's answer is then complete within its first 20 hits, so
  // that ties at the cut cannot make two correct servers disagree.
  let searchText = '';
  const candidates = await database.read({
    cypher: "MATCH (p:Person) WHERE p.id STARTS WITH 'person:syn-00001' RETURN p.name AS name ORDER BY p.id LIMIT 200",
    params: {},
  });
  for (const candidate of candidates) {
    const text = foldText(String(candidate.name));
    const [count] = await database.read({
      cypher: "CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node WHERE node:Person RETURN count(*) AS hits",
      params: { lucene: luceneQuery(text) ?? '' },
    });
    const hits = Number(count?.hits ?? 0);
    if (hits >= 3 && hits <= 15) {
      searchText = text;
      break;
    }
  }
  if (!holder || !recipient || !searchText)
    throw new Error('the synthetic graph lacks the entities the benchmark queries (is it a complete synthetic graph?)');
  return {
    personId: 'person:syn-0000123',
    awardId,
    from: '2019-01-01',
    to: '2019-12-31',
    searchText,
    positionId,
    on,
    pathFrom: String(holder.id),
    pathTo: String(recipient.id),
  };
}
