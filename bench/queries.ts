/**
 * The benchmark's queries, each as the service and the floor take it (schema.graphql; the floor knows it by its
 * operation name) and as @neo4j/graphql takes it (its generated API over equivalent type definitions), with a
 * normalisation of each answer to one canonical form, so that all three are checked to return the same data
 * before any is timed. Holders and EntityPage are what users send now: office holders on a date with their
 * certainty, readings and sources, and a person's page as the explorer asks for it (its own operation, imported).
 */
import { luceneQuery } from '../src/db/cypher/search.js';
import type { Database } from '../src/db/database.js';
import { EntityPageQuery } from '../src/explore/client/operations.js';
import { PATH_RELATIONSHIP_TYPES, externalIdProperties, externalIdUrl } from '../src/model/index.js';
import { foldText } from '../src/text/fold.js';
import { articlesOfClaims, boundReadings } from './servers/floor.js';

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
  /** The canonical data of each side's `data` (the parameters for what the client of @neo4j/graphql works out). */
  normalizeOurs: (data: JsonObject, params: BenchParams) => Json;
  normalizeNeo4jGraphql: (data: JsonObject, params: BenchParams) => Json;
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

function searchHits(hits: { score: Json; node: Json }[]): Json {
  return hits
    .map((hit) => ({ score: Number(hit.score).toFixed(4), name: String(asObject(hit.node).name) }))
    .sort((left, right) => Number(right.score) - Number(left.score) || left.name.localeCompare(right.name));
}

const bySource = (left: Json, right: Json) => {
  const key = (source: Json) => `${String(asObject(asObject(source).article).id)}\u0000${String(asObject(source).quote)}`;
  return key(left).localeCompare(key(right));
};
const sortedSources = (sources: Json) => [...asArray(sources)].sort(bySource);

/** @neo4j/graphql's `sourcesConnection` (the relationship's quote and the article) as our `sources`. */
const sourcesOf = (connection: Json) =>
  asArray(asObject(connection).edges).map((edge) => ({ quote: asObject(asObject(edge).properties).quote, article: asObject(edge).node }));

const SOURCES_CONNECTION = (articleFields: string) => `sourcesConnection { edges { properties { quote } node { ${articleFields} } } }`;

/** A tenure of the Holders answer in canonical form: claims by id, sources by article and quote. */
function holder(tenure: Json): Json {
  const t = asObject(tenure);
  return { ...t, claims: [...asArray(t.claims)].sort(byId), sources: sortedSources(t.sources) };
}

const HOLDER_ARTICLE = 'id title publisher url publishedOn';
const READING = `date { value precision earliest latest inferred } cause decision term rank
  vote { text for against present total } sources { quote article { ${HOLDER_ARTICLE} } }`;
const TENURE_DATES = 'startDate endDate attestedOn certainFrom certainTo possibleFrom possibleTo';

/** An answer of the explorer's EntityPage for a person, in canonical form: every list by id, sources by article and quote. */
function personPage(node: Json): Json {
  const n = asObject(node);
  const links = (presentation: Json) => {
    const p = asObject(presentation);
    return { ...p, recipients: [...asArray(p.recipients)].sort(byId), sources: sortedSources(p.sources) };
  };
  const withSources = (item: Json) => ({ ...asObject(item), sources: sortedSources(asObject(item).sources) });
  return {
    ...n,
    tenures: asArray(n.tenures).map(withSources).sort(byId),
    presented: asArray(n.presented).map(links).sort(byId),
    received: asArray(n.received).map(links).sort(byId),
    participations: asArray(n.participations).map(withSources).sort(byId),
    sources: sortedSources(n.sources),
  };
}

/** @neo4j/graphql's lists of at most one (its to-one relations), as our single values, all through an object. */
function singles(value: Json, fields: readonly string[]): JsonObject {
  const v = { ...asObject(value) };
  for (const field of fields) v[field] = single(v[field]);
  return v;
}
const postTitle = (position: Json) => (position === null ? null : singles(position, ['organization']));
const agentRef = (agent: Json) => {
  const a = asObject(agent);
  return a.__typename === 'Position' ? postTitle(a) : agent;
};

/** @neo4j/graphql's person (people(where: {id})) as the explorer's EntityPage answer. */
function pageFromNeo4jGraphql(person: JsonObject): Json {
  const { wikidataId, sourcesConnection, ...rest } = person;
  const links = (presentation: Json) => {
    const { sourcesConnection: sources, ...p } = singles(presentation, ['award', 'presenter', 'onBehalfOf', 'event']);
    return {
      ...p,
      onBehalfOf: p.onBehalfOf === null ? null : agentRef(p.onBehalfOf),
      recipients: asArray(p.recipients).map(agentRef),
      sources: sourcesOf(sources),
    };
  };
  // The service's externalIds, which the client of @neo4j/graphql builds from the stored identifiers.
  const externalIds = externalIdProperties('Person').flatMap(({ external }) =>
    typeof wikidataId === 'string' ? [{ scheme: external.scheme, id: wikidataId, url: externalIdUrl(external, wikidataId) }] : [],
  );
  return {
    __typename: 'Person',
    ...rest,
    aliases: rest.aliases ?? [],
    externalIds,
    tenures: asArray(rest.tenures).map((tenure) => {
      const { sourcesConnection: sources, ...t } = singles(tenure, ['position']);
      return { ...t, position: postTitle(t.position), sources: sourcesOf(sources) };
    }),
    presented: asArray(rest.presented).map(links),
    received: asArray(rest.received).map(links),
    participations: asArray(rest.participations).map((participation) => {
      const { sourcesConnection: sources, ...p } = singles(participation, ['event']);
      return { ...p, sources: sourcesOf(sources) };
    }),
    sources: sourcesOf(sourcesConnection),
  };
}

const AGENT_REF = `__typename ... on Person { id name } ... on Organization { id name nameEn }
  ... on Position { id title titleEn organization { id name nameEn } }`;
const PAGE_ARTICLE = 'id title publisher url publishedOn';
const PRESENTATION_LINKS = `id date recipientCount recipientDescription award { id name nameEn } presenter { id name }
  onBehalfOf { ${AGENT_REF} } recipients { ${AGENT_REF} } event { id name nameEn date } ${SOURCES_CONNECTION(PAGE_ARTICLE)}`;

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
    // Namesakes tie (the copies of a corpus share every name): the hits compare as (score, name), so that ties cut
    // at the 20th hit in another order by each server still compare equal.
    normalizeOurs: (data) => searchHits(asArray(data.search).map((hit) => ({ score: asObject(hit).score, node: asObject(hit).node }))),
    normalizeNeo4jGraphql: (data) =>
      searchHits(asArray(asObject(data.personSearch).edges).map((edge) => ({ score: asObject(edge).score, node: asObject(edge).node }))),
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
    name: 'Holders',
    title: 'office holders on a date with certainty, readings, claims and sources',
    ours: {
      query: `query Holders($positionId: ID!, $on: Date!) { officeHolders(positionId: $positionId, on: $on) {
        id certainty ${TENURE_DATES} person { id name }
        startReadings { ${READING} } endReadings { ${READING} }
        claims { id kind rank quotes article { ${HOLDER_ARTICLE} } }
        sources { quote article { ${HOLDER_ARTICLE} } } } }`,
      variables: (p) => ({ positionId: p.positionId, on: p.on }),
    },
    // The library can filter the tenures by the possible days, but neither work out a certainty on a date nor parse
    // the readings the graph stores as JSON text: its client gets certainFrom/certainTo and the text, and does both
    // (in the normalisation below, which is not timed).
    neo4jGraphql: {
      query: `query Holders($positionId: ID!, $on: Date!) { positions(where: { id: { eq: $positionId } }) {
        holders(where: ${HOLDERS_ON}) { id ${TENURE_DATES} readings person { id name }
          claims { id kind rank quotes article { ${HOLDER_ARTICLE} } }
          ${SOURCES_CONNECTION(HOLDER_ARTICLE)} } } }`,
      variables: (p) => ({ positionId: p.positionId, on: p.on }),
    },
    normalizeOurs: (data) => asArray(data.officeHolders).map(holder).sort(byId),
    normalizeNeo4jGraphql: (data, params) =>
      asArray(asObject(asArray(data.positions)[0]).holders)
        .map((tenure) => {
          const { readings, sourcesConnection, ...t } = asObject(tenure);
          const certain =
            typeof t.certainFrom === 'string' && typeof t.certainTo === 'string' && t.certainFrom <= params.on && params.on <= t.certainTo;
          const claims = asArray(t.claims).map((claim) => ({
            ...asObject(claim),
            quotes: asObject(claim).quotes ?? [],
            article: single(asObject(claim).article),
          }));
          const articles = articlesOfClaims(claims);
          return holder({
            ...t,
            person: single(t.person),
            claims,
            certainty: certain ? 'CERTAIN' : 'POSSIBLE',
            startReadings: boundReadings(readings, 'start', articles),
            endReadings: boundReadings(readings, 'end', articles),
            sources: sourcesOf(sourcesConnection),
          });
        })
        .sort(byId),
  },
  {
    name: 'EntityPage',
    title: "a person's page, the explorer's own query",
    ours: { query: String(EntityPageQuery), variables: (p) => ({ id: p.personId }) },
    neo4jGraphql: {
      query: `query EntityPage($id: ID!) { people(where: { id: { eq: $id } }) {
        id name familyName givenName aliases wikidataId
        tenures { id ${TENURE_DATES} position { id title titleEn organization { id name nameEn } } ${SOURCES_CONNECTION(PAGE_ARTICLE)} }
        presented { ${PRESENTATION_LINKS} }
        received { ${PRESENTATION_LINKS} }
        participations { id role event { id name nameEn date } ${SOURCES_CONNECTION(PAGE_ARTICLE)} }
        ${SOURCES_CONNECTION(PAGE_ARTICLE)} } }`,
      variables: (p) => ({ id: p.personId }),
    },
    normalizeOurs: (data) => personPage(data.node),
    normalizeNeo4jGraphql: (data) => personPage(pageFromNeo4jGraphql(asObject(asArray(data.people)[0]))),
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

/**
 * The queries' arguments, chosen in the graph by what it holds, whatever the corpus: the richest of each kind, so
 * that every answer has something to compare and to time.
 */
export async function chooseParams(database: Database): Promise<BenchParams> {
  const first = async (cypher: string, params: Record<string, unknown> = {}) => (await database.read({ cypher, params }))[0];
  // The person most articles state: the fullest page.
  const person = await first(`MATCH (p:Person) RETURN p.id AS id ORDER BY COUNT { (p)-[:STATED_IN]->() } DESC, id LIMIT 1`);
  const award = await first(`MATCH (a:Award) RETURN a.id AS id ORDER BY COUNT { (a)<-[:OF_AWARD]-() } DESC, id LIMIT 1`);
  const year = await first(
    `MATCH (e:Event) WHERE e.date IS NOT NULL RETURN e.date.year AS year, count(*) AS events ORDER BY events DESC, year LIMIT 1`,
  );
  // The first day of the tenure with both bounds given to the day that the most statements support (several
  // articles: readings that agree and disagree), and its post: predecessors may be possible holders that day.
  const post = await first(`MATCH (pos:Position)<-[:OF_POSITION]-(t:Tenure) WHERE t.startDate IS NOT NULL AND t.endDate IS NOT NULL
    RETURN pos.id AS positionId, toString(t.startDate) AS on ORDER BY COUNT { (t)<-[:SUPPORTS]-(:Claim) } DESC, t.id LIMIT 1`);
  if (!person || !award || !year || !post)
    throw new Error('the bench graph lacks the entities the benchmark queries (is a corpus loaded?)');
  const positionId = String(post.positionId);
  const on = String(post.on);
  // From one who holds the post for certain that day to the furthest (within 6 hops) of the award's recipients.
  const holder = await first(
    `MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure)-[:HELD_BY]->(p:Person)
      WHERE t.certainFrom <= date($on) AND t.certainTo >= date($on) RETURN p.id AS id ORDER BY t.id LIMIT 1`,
    { positionId, on },
  );
  const recipient = await first(
    `MATCH (from:Person {id: $from}), (:Award {id: $awardId})<-[:OF_AWARD]-(:AwardPresentation)-[:RECIPIENT]->(to:Person)
      WITH DISTINCT from, to ORDER BY to.id LIMIT 50
      MATCH p = shortestPath((from)-[:${PATH_RELATIONSHIP_TYPES.join('|')}*..6]-(to))
      RETURN to.id AS id ORDER BY length(p) DESC, id LIMIT 1`,
    { from: holder?.id ?? null, awardId: award.id },
  );
  // A name that a handful of people share, if any: the search's answer is then complete within its first 20 hits.
  // Otherwise (every name of a corpus of copies is shared by each copy) the rarest of the first 200 names.
  let search: { text: string; hits: number } | undefined;
  const candidates = await database.read({ cypher: 'MATCH (p:Person) RETURN p.name AS name ORDER BY p.id LIMIT 200', params: {} });
  for (const candidate of candidates) {
    const text = foldText(String(candidate.name));
    const [count] = await database.read({
      cypher: "CALL db.index.fulltext.queryNodes('entityNames', $lucene) YIELD node WHERE node:Person RETURN count(*) AS hits",
      params: { lucene: luceneQuery(text) ?? '' },
    });
    const hits = Number(count?.hits ?? 0);
    if (hits >= 3 && (search === undefined || Math.abs(hits - 10) < Math.abs(search.hits - 10))) search = { text, hits };
    if (hits >= 3 && hits <= 15) break;
  }
  if (!holder || !recipient || !search)
    throw new Error('the bench graph has no certain holder, no recipient within 6 hops, or no name to search');
  return {
    personId: String(person.id),
    awardId: String(award.id),
    from: `${String(year.year)}-01-01`,
    to: `${String(year.year)}-12-31`,
    searchText: search.text,
    positionId,
    on,
    pathFrom: String(holder.id),
    pathTo: String(recipient.id),
  };
}
