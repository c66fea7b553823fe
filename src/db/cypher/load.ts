/**
 * Write Cypher: pure builders returning `{ cypher, params }` for storing an article's statements and the entities
 * and facts they touch (src/statements/store.ts runs them in one transaction per article). Each writes a whole
 * batch of rows with UNWIND (one round trip per batch, not per row). Labels, relationship types and typed
 * property names come from the model (schema.graphql), never from input, because Cypher cannot take them as
 * parameters; every one is checked against the model before it is written into a query.
 */
import type { CypherQuery } from '../database.js';
import { foldText } from '../../text/fold.js';
import { NODE_LABELS, RELATIONSHIP_TYPES, nodeSpec, typedProperties, type NodeLabel } from '../../model/index.js';
import { SERVICE_LABELS } from './write.js';

/** A property value as the loader hands it over: Neo4j types (date, integer) are made in Cypher. */
export type PropertyValue = string | number | boolean | null | string[];

export interface NodeRow {
  id: string;
  /** Properties to set; null removes a property, so a node always shows its current declaration. */
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  from: string;
  to: string;
}

export interface ProvenanceRow {
  id: string;
  articleId: string;
  quotes: string[];
}

const CONVERSIONS = { date: 'date', datetime: 'datetime', integer: 'toInteger' } as const;
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function checked(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) throw new Error(`Not a ${what} of the graph model: ${JSON.stringify(value)}`);
  return value;
}

/**
 * MERGEs nodes of one label by id and sets their properties; typed ones (dates, date-times, integers) are
 * converted in Cypher. Labels with a searchable name also get `nameFolded`, computed here so that every writer
 * folds the same way as the API does.
 */
export function mergeNodes(label: NodeLabel, rows: readonly NodeRow[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  const typed = typedProperties(label);
  const typedNames = new Set(Object.values(typed).flat());
  const sets = Object.entries(typed).flatMap(([kind, names]) =>
    names.map((name) => {
      if (!PROPERTY_NAME.test(name)) throw new Error(`Not a property name: ${JSON.stringify(name)}`);
      return `n.${name} = ${CONVERSIONS[kind as keyof typeof CONVERSIONS]}(row.typed.${name})`;
    }),
  );
  const nameProperty = nodeSpec(label).nameProperty;
  const params = rows.map((row) => {
    const props: Record<string, PropertyValue> = {};
    const typedValues: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(row.props)) (typedNames.has(key) ? typedValues : props)[key] = value;
    if (nameProperty !== undefined && nameProperty in row.props) {
      const name = row.props[nameProperty];
      // An event only organized so far has no name yet (src/statements/derive.ts): nothing to fold.
      props.nameFolded = typeof name === 'string' ? foldText(name) : null;
    }
    return { id: row.id, props, typed: typedValues };
  });
  const usedTyped = [...typedNames].filter((name) => rows.some((row) => name in row.props));
  const cypher = [
    'UNWIND $rows AS row',
    `MERGE (n:${label} {id: row.id})`,
    'SET n += row.props',
    ...(usedTyped.length > 0 ? [`SET ${sets.filter((set) => usedTyped.some((name) => set.startsWith(`n.${name} `))).join(', ')}`] : []),
  ].join('\n');
  return { cypher, params: { rows: params } };
}

/** MERGEs relationships of one type between nodes of two labels, both matched by id through their constraints. */
export function mergeRelationships(type: string, fromLabel: NodeLabel, toLabel: NodeLabel, rows: readonly RelationshipRow[]): CypherQuery {
  checked(type, RELATIONSHIP_TYPES, 'relationship type');
  checked(fromLabel, NODE_LABELS, 'label');
  checked(toLabel, NODE_LABELS, 'label');
  return {
    cypher: [
      'UNWIND $rows AS row',
      `MATCH (a:${fromLabel} {id: row.from})`,
      `MATCH (b:${toLabel} {id: row.to})`,
      `MERGE (a)-[:${type}]->(b)`,
    ].join('\n'),
    params: { rows: rows.map(({ from, to }) => ({ from, to })) },
  };
}

/**
 * Deletes the relationships of the given types that leave nodes of one label: before a node's relationships are
 * written again from its current declaration or derivation, so that one no source states any more goes.
 */
export function deleteOutgoing(label: NodeLabel, types: readonly string[], ids: readonly string[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  if (types.length === 0) throw new Error('deleteOutgoing needs at least one relationship type');
  for (const type of types) checked(type, RELATIONSHIP_TYPES, 'relationship type');
  return {
    cypher: `UNWIND $ids AS id\nMATCH (n:${label} {id: id})-[r:${types.join('|')}]->()\nDELETE r`,
    params: { ids },
  };
}

/**
 * MERGEs one `STATED_IN {quote}` relationship per quote from each node to the article that states it; rows may
 * name several articles, so that a fact supported by many articles costs one query, not one per article.
 */
export function mergeProvenance(label: NodeLabel, rows: readonly ProvenanceRow[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (article:Article {id: row.articleId})',
      `MATCH (n:${label} {id: row.id})`,
      'UNWIND row.quotes AS quote',
      'MERGE (n)-[:STATED_IN {quote: quote}]->(article)',
    ].join('\n'),
    params: { rows: rows.map(({ id, articleId, quotes }) => ({ id, articleId, quotes })) },
  };
}

/** What an article's claims supported and named before they are replaced: the facts and names to derive again. */
export function articleClaimTargets(articleId: string): CypherQuery {
  return {
    cypher: `MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(claim:Claim)
OPTIONAL MATCH (claim)-[:SUPPORTS]->(fact)
OPTIONAL MATCH (claim)-[:MENTIONS]->(entity) WHERE claim.kind = 'name'
RETURN collect(DISTINCT fact.id) AS facts, collect(DISTINCT entity.id) AS named`,
    params: { articleId },
  };
}

/** Removes an article's claims and every quote that points at it: what its new statements replace. */
export function deleteArticleClaims(articleId: string): CypherQuery[] {
  return [
    { cypher: 'MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(claim:Claim) DETACH DELETE claim', params: { articleId } },
    { cypher: 'MATCH ()-[quote:STATED_IN]->(:Article {id: $articleId}) DELETE quote', params: { articleId } },
  ];
}

export interface ClaimRow {
  id: string;
  kind: string;
  rank: string;
  rankReason: string | null;
  /** The statement as JSON: what derivation reads back. */
  values: string;
  quotes: string[];
}

/** Creates an article's claims, each linked to the article. */
export function createClaims(articleId: string, rows: readonly ClaimRow[]): CypherQuery {
  return {
    cypher: `MATCH (article:Article {id: $articleId})
UNWIND $rows AS row
CREATE (claim:Claim {id: row.id})
SET claim.kind = row.kind, claim.rank = row.rank, claim.rankReason = row.rankReason, claim.values = row.values, claim.quotes = row.quotes
CREATE (claim)-[:IN_ARTICLE]->(article)`,
    params: { articleId, rows },
  };
}

/**
 * The claims that support the given facts of one label, from every article: what a fact is derived from. Facts
 * without a claim come back with an empty list (they are then deleted).
 */
export function claimsOfFacts(label: NodeLabel, ids: readonly string[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: `UNWIND $ids AS id
MATCH (fact:${label} {id: id})
OPTIONAL MATCH (fact)<-[:SUPPORTS]-(claim:Claim)-[:IN_ARTICLE]->(article:Article)
WITH fact, claim, article ORDER BY claim.id
RETURN fact.id AS id, [entry IN collect({id: claim.id, values: claim.values, articleId: article.id, publishedOn: toString(article.publishedOn)}) WHERE entry.id IS NOT NULL] AS claims`,
    params: { ids },
  };
}

/** The `name` claims of the given entities of one label, from every article. */
export function nameClaimsOf(label: NodeLabel, ids: readonly string[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: `UNWIND $ids AS id
MATCH (entity:${label} {id: id})
OPTIONAL MATCH (entity)<-[:MENTIONS]-(claim:Claim {kind: 'name'})-[:IN_ARTICLE]->(article:Article)
WITH entity, claim, article ORDER BY claim.id
RETURN entity.id AS id, [entry IN collect({id: claim.id, values: claim.values, articleId: article.id, publishedOn: toString(article.publishedOn)}) WHERE entry.id IS NOT NULL] AS claims`,
    params: { ids },
  };
}

/** Deletes nodes of one label with their relationships: facts no statement supports any more. */
export function deleteNodes(label: NodeLabel, ids: readonly string[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return { cypher: `UNWIND $ids AS id\nMATCH (n:${label} {id: id})\nDETACH DELETE n`, params: { ids } };
}

/**
 * The articles in the graph loaded from files, for `--prune` to find those whose file is gone. Articles submitted
 * through the API (they carry the submission's `contentHash`) have no file: pruning leaves them alone.
 */
export function loadedArticleIds(): CypherQuery {
  return { cypher: 'MATCH (article:Article) WHERE article.contentHash IS NULL RETURN article.id AS id ORDER BY id', params: {} };
}

/** Deletes an article node (its claims and quotes must be gone already). */
export function deleteArticle(articleId: string): CypherQuery {
  return { cypher: 'MATCH (article:Article {id: $articleId}) DETACH DELETE article', params: { articleId } };
}

/**
 * Deletes registry entities that no article states any more and nothing in the graph refers to: an entity a kept
 * one needs (the place an organization governs) stays, as a load of the same articles would write it.
 */
export function deleteUnsourcedEntities(labels: readonly NodeLabel[]): CypherQuery {
  for (const label of labels) checked(label, NODE_LABELS, 'label');
  return {
    cypher: `MATCH (n:${labels.join('|')}) WHERE NOT (n)-[:STATED_IN]->(:Article) AND NOT ()-->(n) DETACH DELETE n RETURN count(*) AS deleted`,
    params: {},
  };
}

/**
 * Deletes up to `limit` nodes with their relationships and returns how many. Run it in a loop, one
 * transaction each, until it returns 0: one transaction for a large graph would exhaust the memory, and
 * `CALL { … } IN TRANSACTIONS` cannot run inside the managed transaction the driver module uses.
 */
export function deleteBatch(limit = 10_000): CypherQuery {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Batch size must be a positive integer, got ${limit}`);
  // The service's own nodes are not the graph's: emptying the graph must not lock out its editors.
  const graphNode = SERVICE_LABELS.map((label) => `NOT n:${label}`).join(' AND ');
  return { cypher: `MATCH (n) WHERE ${graphNode} WITH n LIMIT ${limit} DETACH DELETE n RETURN count(*) AS deleted`, params: {} };
}

/** Node counts per label of the model, from the count store (constant time however large the graph). */
export function countNodesByLabel(): CypherQuery {
  // `WITH count(…)` first: with the name as a grouping key an absent label would give no row instead of 0.
  const parts = NODE_LABELS.map((label) => `MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS label, count`);
  return { cypher: `CALL {\n${parts.join('\nUNION ALL\n')}\n}\nRETURN label, count`, params: {} };
}

/** Relationship counts per type of the model, from the count store. */
export function countRelationshipsByType(): CypherQuery {
  const parts = RELATIONSHIP_TYPES.map((type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS type, count`);
  return { cypher: `CALL {\n${parts.join('\nUNION ALL\n')}\n}\nRETURN type, count`, params: {} };
}

/**
 * All nodes and relationships of the graph, whatever their labels, but for the service's own (API keys, the write
 * lock): what "nothing was written" is checked against.
 */
export function countAll(): CypherQuery {
  const graphNode = SERVICE_LABELS.map((label) => `NOT n:${label}`).join(' AND ');
  return {
    cypher: `CALL { MATCH (n) WHERE ${graphNode} RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
    params: {},
  };
}

/** Whether any article is loaded: `npm start` seeds only an empty graph. */
export function countArticles(): CypherQuery {
  return { cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} };
}
