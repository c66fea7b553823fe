/**
 * The floor: what the benchmark's queries cost with nothing but a bare node:http handler and one hand-written
 * Cypher query each, returning the same JSON as the service. It does not parse GraphQL: it recognises each
 * benchmark query by its operation name, which is all a floor needs to do. Every answer is one round trip.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import neo4j, { isDate, isDateTime, isInt } from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import { encodeCursor } from '../../src/cursor.js';
import { luceneQuery } from '../../src/db/cypher/search.js';
import { FULLTEXT_INDEX } from '../../src/db/cypher/schema.js';
import { externalIdProperties, externalIdUrl, PATH_RELATIONSHIP_TYPES } from '../../src/model/index.js';
import type { TenureReading } from '../../src/statements/derive.js';

type Variables = Record<string, unknown>;
interface FloorQuery {
  cypher: (variables: Variables) => { cypher: string; params: Record<string, unknown> };
  /** Shapes the rows into the `data` of the GraphQL answer. */
  shape: (rows: Record<string, unknown>[], variables: Variables) => unknown;
}

const RELATION_NODE = `n {.id, date: toString(n.date), .recipientCount,
  event: COLLECT { MATCH (n)-[:AT_EVENT]->(e:Event) RETURN e {.id, .name, date: toString(e.date)} ORDER BY e.id }[0],
  presenter: COLLECT { MATCH (n)-[:PRESENTED_BY]->(p:Person)
    RETURN p {.id, .name, tenures: COLLECT { MATCH (p)<-[:HELD_BY]-(t:Tenure)
      RETURN t {.id, startDate: toString(t.startDate), endDate: toString(t.endDate),
        position: COLLECT { MATCH (t)-[:OF_POSITION]->(pos:Position) RETURN pos {.id, .title} ORDER BY pos.id }[0]}
      ORDER BY t.possibleFrom, t.id }}
    ORDER BY p.id }[0],
  recipients: COLLECT { MATCH (n)-[:RECIPIENT]->(r) RETURN CASE WHEN r:Position THEN r {.id, .title} ELSE r {.id, .name} END AS r ORDER BY r.id }}`;

const EVENT_RANGE = 'MATCH (n:Event) WHERE n.date >= date($from) AND n.date <= date($to)';

function listShape(rows: Record<string, unknown>[], first: number, withTotal: boolean) {
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const node = row.node as { id: string; date: string };
    return { cursor: encodeCursor({ key: node.date, id: node.id }), node };
  });
  const connection: Record<string, unknown> = {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
  if (withTotal) connection.totalCount = Number(rows[0]?.total ?? 0);
  return { events: connection };
}

/** An article as the benchmark's queries select it (the explorer's Source fragment adds `url`). */
const ARTICLE = (a: string) => `${a} {.id, .title, .publisher, .url, publishedOn: toString(${a}.publishedOn)}`;
/** The quotes of a node with their articles (`sources`), oldest first as the service orders them. */
const SOURCES = (node: string) =>
  `COLLECT { MATCH (${node})-[s:STATED_IN]->(a:Article) RETURN {quote: s.quote, article: ${ARTICLE('a')}} AS source ORDER BY a.publishedOn, a.id, s.quote }`;
const POST_TITLE = (pos: string, extra = '') =>
  `${pos} {${extra}.id, .title, .titleEn, organization: COLLECT { MATCH (${pos})-[:IN_ORGANIZATION]->(o:Organization) RETURN o {.id, .name, .nameEn} AS o }[0]}`;
/** The explorer's AgentRef fragment. */
const AGENT_REF = (agent: string) => `CASE
  WHEN ${agent}:Person THEN ${agent} {__typename: 'Person', .id, .name}
  WHEN ${agent}:Organization THEN ${agent} {__typename: 'Organization', .id, .name, .nameEn}
  ELSE ${POST_TITLE(agent, "__typename: 'Position', ")} END`;
const TENURE_DATES = (t: string) =>
  ['startDate', 'endDate', 'attestedOn', 'certainFrom', 'certainTo', 'possibleFrom', 'possibleTo']
    .map((name) => `${name}: toString(${t}.${name})`)
    .join(', ');
/** The explorer's PresentationLinks fragment, with the presentation's sources. */
const PRESENTATION_LINKS = (ap: string) => `${ap} {.id, date: toString(${ap}.date), .recipientCount, .recipientDescription,
  award: COLLECT { MATCH (${ap})-[:OF_AWARD]->(aw:Award) RETURN aw {.id, .name, .nameEn} AS aw }[0],
  presenter: COLLECT { MATCH (${ap})-[:PRESENTED_BY]->(pr:Person) RETURN pr {.id, .name} AS pr }[0],
  onBehalfOf: COLLECT { MATCH (${ap})-[:ON_BEHALF_OF]->(ob) RETURN ${AGENT_REF('ob')} AS ob }[0],
  recipients: COLLECT { MATCH (${ap})-[:RECIPIENT]->(r) RETURN ${AGENT_REF('r')} AS r ORDER BY r.id },
  event: COLLECT { MATCH (${ap})-[:AT_EVENT]->(e:Event) RETURN e {.id, .name, .nameEn, date: toString(e.date)} AS e }[0],
  sources: ${SOURCES(ap)}}`;

interface ArticleRef {
  id: string;
}

/**
 * A tenure's stored readings of one side (`start`, `end`), as the service's BoundReading answers them with the
 * fields the Holders query selects: what src/resolvers/entities.ts does, written again for the floor (and for the
 * client of @neo4j/graphql, which gets the same JSON text). `articles` are the articles the readings' quotes cite.
 */
export function boundReadings(readingsJson: unknown, side: TenureReading['side'], articles: ReadonlyMap<string, unknown>): unknown[] {
  const readings = typeof readingsJson === 'string' ? (JSON.parse(readingsJson) as TenureReading[]) : [];
  return readings
    .filter((reading) => reading.side === side)
    .map((reading) => ({
      date: reading.date && {
        value: reading.date.value,
        precision: reading.date.precision,
        earliest: reading.date.earliest,
        latest: reading.date.latest,
        inferred: reading.date.inferred ?? null,
      },
      cause: reading.cause,
      decision: reading.decision,
      term: reading.term,
      rank: reading.rank.toUpperCase(),
      vote: reading.vote && {
        text: reading.vote.text,
        for: reading.vote.for ?? null,
        against: reading.vote.against ?? null,
        present: reading.vote.present ?? null,
        total: reading.vote.total ?? null,
      },
      sources: reading.sources.flatMap((source) => {
        const article = articles.get(source.articleId);
        return article ? [{ quote: source.quote, article }] : [];
      }),
    }));
}

/** The articles of a tenure's claims, by id: those its readings cite. */
export function articlesOfClaims(claims: unknown): Map<string, unknown> {
  const list = Array.isArray(claims) ? (claims as { article?: ArticleRef }[]) : [];
  return new Map(list.flatMap((claim) => (claim.article ? [[claim.article.id, claim.article] as const] : [])));
}

export const FLOOR_QUERIES: Readonly<Record<string, FloorQuery>> = {
  Point: {
    cypher: ({ id }) => ({
      cypher: 'MATCH (n:Person {id: $id}) RETURN n {.id, .name, .familyName, .givenName, aliases: coalesce(n.aliases, [])} AS node',
      params: { id },
    }),
    shape: (rows) => ({ node: rows[0]?.node ?? null }),
  },
  Relation: {
    cypher: ({ awardId }) => ({
      cypher: `MATCH (:Award {id: $awardId})<-[:OF_AWARD]-(n:AwardPresentation)
WITH n ORDER BY n.date, n.id LIMIT 101
RETURN ${RELATION_NODE} AS node`,
      params: { awardId },
    }),
    shape: (rows) => ({ awardPresentations: { edges: rows.slice(0, 100).map((row) => ({ node: row.node })) } }),
  },
  List: {
    cypher: ({ from, to }) => ({
      cypher: `${EVENT_RANGE}
WITH n ORDER BY n.date, n.id LIMIT 21
RETURN n {.id, .name, date: toString(n.date)} AS node`,
      params: { from, to },
    }),
    shape: (rows) => listShape(rows, 20, false),
  },
  ListCount: {
    cypher: ({ from, to }) => ({
      cypher: `CALL { ${EVENT_RANGE} RETURN count(n) AS total }
${EVENT_RANGE}
WITH total, n ORDER BY n.date, n.id LIMIT 21
RETURN total, n {.id, .name, date: toString(n.date)} AS node`,
      params: { from, to },
    }),
    shape: (rows) => listShape(rows, 20, true),
  },
  Search: {
    cypher: ({ text }) => ({
      cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node, score
WHERE node:Person
RETURN score, node {.id, .name} AS node
ORDER BY score DESC, node.id
LIMIT 20`,
      params: { lucene: luceneQuery(String(text)) ?? '' },
    }),
    shape: (rows) => ({ search: rows.map((row) => ({ score: row.score, node: row.node })) }),
  },
  OnDate: {
    cypher: ({ positionId, on }) => ({
      cypher: `MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure)
WHERE t.possibleFrom <= date($on) AND t.possibleTo >= date($on)
RETURN t {.id, startDate: toString(t.startDate), endDate: toString(t.endDate), attestedOn: toString(t.attestedOn),
  person: COLLECT { MATCH (t)-[:HELD_BY]->(p:Person) RETURN p {.id, .name} ORDER BY p.id }[0]} AS tenure
ORDER BY t.possibleFrom, t.id`,
      params: { positionId, on },
    }),
    shape: (rows) => ({ officeHolders: rows.map((row) => row.tenure) }),
  },
  Holders: {
    cypher: ({ positionId, on }) => ({
      cypher: `MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure)
WHERE t.possibleFrom <= date($on) AND t.possibleTo >= date($on)
RETURN t {.id, ${TENURE_DATES('t')}, .readings,
  certainty: CASE WHEN t.certainFrom <= date($on) AND t.certainTo >= date($on) THEN 'CERTAIN' ELSE 'POSSIBLE' END,
  person: COLLECT { MATCH (t)-[:HELD_BY]->(p:Person) RETURN p {.id, .name} AS p }[0],
  claims: COLLECT { MATCH (t)<-[:SUPPORTS]-(c:Claim)-[:IN_ARTICLE]->(a:Article)
    RETURN c {.id, .kind, .rank, quotes: coalesce(c.quotes, []), article: ${ARTICLE('a')}} AS c ORDER BY c.id },
  sources: ${SOURCES('t')}} AS tenure
ORDER BY t.possibleFrom, t.id`,
      params: { positionId, on },
    }),
    shape: (rows) => ({
      officeHolders: rows.map((row) => {
        const { readings, ...tenure } = row.tenure as Record<string, unknown>;
        const articles = articlesOfClaims(tenure.claims);
        return {
          ...tenure,
          startReadings: boundReadings(readings, 'start', articles),
          endReadings: boundReadings(readings, 'end', articles),
        };
      }),
    }),
  },
  EntityPage: {
    cypher: ({ id }) => ({
      cypher: `MATCH (n:Person {id: $id})
RETURN n {__typename: 'Person', .id, .name, .familyName, .givenName, aliases: coalesce(n.aliases, []), ${externalIdProperties('Person')
        .map(({ name }) => `.${name}`)
        .join(', ')},
  tenures: COLLECT { MATCH (n)<-[:HELD_BY]-(t:Tenure)
    RETURN t {.id, ${TENURE_DATES('t')},
      position: COLLECT { MATCH (t)-[:OF_POSITION]->(pos:Position) RETURN ${POST_TITLE('pos')} AS pos }[0],
      sources: ${SOURCES('t')}} AS t ORDER BY t.possibleFrom, t.id },
  presented: COLLECT { MATCH (n)<-[:PRESENTED_BY]-(ap:AwardPresentation) RETURN ${PRESENTATION_LINKS('ap')} AS ap ORDER BY ap.date, ap.id },
  received: COLLECT { MATCH (n)<-[:RECIPIENT]-(ap:AwardPresentation) RETURN ${PRESENTATION_LINKS('ap')} AS ap ORDER BY ap.date, ap.id },
  participations: COLLECT { MATCH (n)<-[:PARTICIPANT]-(pa:Participation)
    RETURN pa {.id, .role, event: COLLECT { MATCH (pa)-[:AT_EVENT]->(e:Event) RETURN e {.id, .name, .nameEn, date: toString(e.date)} AS e }[0],
      sources: ${SOURCES('pa')}} AS pa ORDER BY pa.id },
  sources: ${SOURCES('n')}} AS node`,
      params: { id },
    }),
    shape: (rows) => {
      const node = rows[0]?.node as Record<string, unknown> | undefined;
      if (!node) return { node: null };
      // externalIds as the service builds them from the @externalId properties.
      const externalIds = externalIdProperties('Person').flatMap(({ name, external }) => {
        const value = node[name];
        delete node[name];
        return typeof value === 'string' ? [{ scheme: external.scheme, id: value, url: externalIdUrl(external, value) }] : [];
      });
      return { node: { ...node, externalIds } };
    },
  },
  Path: {
    // The service's shortest path (src/db/cypher/path.ts) over the same relationship types, returning only the ids
    // the query selects.
    cypher: ({ from, to }) => ({
      cypher: `MATCH (from:Person {id: $fromId}), (to:Person {id: $toId})
MATCH p = shortestPath((from)-[:${PATH_RELATIONSHIP_TYPES.join('|')}*..6]-(to))
RETURN [node IN nodes(p) | node {.id}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), startId: startNode(rel).id, endId: endNode(rel).id}] AS relations`,
      params: { fromId: from, toId: to },
    }),
    shape: (rows) => {
      const row = rows[0];
      if (!row) return { path: null };
      const relations = row.relations as unknown[];
      return { path: { length: relations.length, nodes: row.nodes, relations } };
    },
  },
};

/** JSON of driver values: integers as numbers, dates as ISO strings (what the service's toPlain does). */
function replacer(_key: string, value: unknown): unknown {
  if (isInt(value)) return neo4j.integer.toNumber(value);
  if (isDate(value) || isDateTime(value)) return value.toString();
  return value;
}

async function readJson(request: IncomingMessage): Promise<{ operationName?: string; variables?: Variables }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { operationName?: string; variables?: Variables };
}

export interface FloorServer {
  server: Server;
  counter: { requests: number; queries: number };
}

export function createFloorServer(database: Database): FloorServer {
  const counter = { requests: 0, queries: 0 };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readJson(request);
    const query = body.operationName ? FLOOR_QUERIES[body.operationName] : undefined;
    if (!query) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ errors: [{ message: `the floor answers only the benchmark's operations, not ${body.operationName}` }] }),
      );
      return;
    }
    const variables = body.variables ?? {};
    const { cypher, params } = query.cypher(variables);
    counter.requests += 1;
    counter.queries += 1;
    // The same driver, read transaction and named database as the service's Database.read, minus its conversion.
    const result = await database.driver.executeQuery(cypher, params, { database: 'neo4j', routing: neo4j.routing.READ });
    const rows = result.records.map((record) => record.toObject());
    const text = JSON.stringify({ data: query.shape(rows, variables) }, replacer);
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
    response.end(text);
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ errors: [{ message: String(error) }] }));
    });
  });
  return { server, counter };
}
