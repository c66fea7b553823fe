/**
 * Write Cypher for the seed loader: pure builders returning `{ cypher, params }`, one statement per label or
 * relationship type, each writing a whole batch of rows with `UNWIND … MERGE` (one round trip per batch, not
 * per row). MERGE on the unique `id` makes every statement idempotent: loading the same data again changes
 * nothing. Labels, relationship types and typed property names come from the fixed lists below, never from
 * input, because Cypher cannot take them as parameters.
 */
import type { CypherQuery } from '../database.js';
import { foldText } from '../../text/fold.js';
import { NODE_LABELS, SEARCHABLE_LABELS, type NodeLabel, type SearchableLabel } from './schema.js';

export const RELATIONSHIP_TYPES = [
  'PART_OF', 'JURISDICTION', 'IN_ORGANIZATION', 'HELD_BY', 'OF_POSITION', 'ORGANIZED_BY', 'HELD_IN', 'PARTICIPANT',
  'AT_EVENT', 'CONFERRED_BY', 'OF_AWARD', 'PRESENTED_BY', 'ON_BEHALF_OF', 'RECIPIENT', 'ABOUT', 'REPORTED_AT', 'STATED_IN',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/** A property value as the loader hands it over: Neo4j types (date, integer) are made in Cypher, see TYPED_PROPERTIES. */
export type PropertyValue = string | number | boolean | null | string[];

export interface NodeRow {
  id: string;
  /** Every property of the node; null removes a property, so a node always shows its current declaration. */
  props: Record<string, PropertyValue>;
}

export interface RelationshipRow {
  from: string;
  to: string;
}

export interface ProvenanceRow {
  id: string;
  quotes: string[];
}

interface TypedProperties {
  date?: readonly string[];
  datetime?: readonly string[];
  integer?: readonly string[];
}

/**
 * Properties stored as Neo4j types rather than as the strings and floats that arrive over Bolt: dates as
 * `date` (so that they compare and index as dates), the publication time as `datetime` with its offset,
 * counts as integers (a JavaScript number reaches Neo4j as a float).
 */
export const TYPED_PROPERTIES: Readonly<Record<NodeLabel, TypedProperties>> = {
  Article: { datetime: ['publishedAt'] },
  Person: {},
  Organization: {},
  Position: {},
  Place: {},
  Tenure: { date: ['startDate', 'endDate', 'attestedOn'] },
  Event: { date: ['date'] },
  Participation: {},
  Award: {},
  AwardPresentation: { date: ['date'], integer: ['recipientCount'] },
  Figure: { date: ['asOf'] },
};

const CONVERSIONS = { date: 'date', datetime: 'datetime', integer: 'toInteger' } as const;
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

function checked<T extends string>(value: T, allowed: readonly string[], what: string): T {
  if (!allowed.includes(value)) throw new Error(`Not a ${what} of the graph model: ${JSON.stringify(value)}`);
  return value;
}

const isSearchable = (label: NodeLabel): label is SearchableLabel => (SEARCHABLE_LABELS as readonly string[]).includes(label);

/**
 * MERGEs nodes of one label by id and sets their properties. Searchable labels also get `nameFolded` (from
 * `name`, or `title` for a Position), computed here so that every writer folds the same way as the API does.
 */
export function mergeNodes(label: NodeLabel, rows: readonly NodeRow[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  const typed = TYPED_PROPERTIES[label];
  const typedNames = new Set(Object.values(typed).flat());
  const sets = Object.entries(typed).flatMap(([kind, names]) =>
    (names as readonly string[]).map((name) => {
      if (!PROPERTY_NAME.test(name)) throw new Error(`Not a property name: ${JSON.stringify(name)}`);
      return `n.${name} = ${CONVERSIONS[kind as keyof TypedProperties]}(row.typed.${name})`;
    }));
  const params = rows.map((row) => {
    const props: Record<string, PropertyValue> = {};
    const typedValues: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(row.props)) (typedNames.has(key) ? typedValues : props)[key] = value;
    if (isSearchable(label)) {
      const name = row.props.name ?? row.props.title;
      if (typeof name !== 'string') throw new Error(`${label} ${row.id} has no name or title to fold`);
      props.nameFolded = foldText(name);
    }
    return { id: row.id, props, typed: typedValues };
  });
  const cypher = [
    'UNWIND $rows AS row',
    `MERGE (n:${label} {id: row.id})`,
    'SET n += row.props',
    ...(sets.length > 0 ? [`SET ${sets.join(', ')}`] : []),
  ].join('\n');
  return { cypher, params: { rows: params } };
}

/** MERGEs relationships of one type between nodes of two labels, both matched by id through their constraints. */
export function mergeRelationships(type: RelationshipType, fromLabel: NodeLabel, toLabel: NodeLabel, rows: readonly RelationshipRow[]): CypherQuery {
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

/** MERGEs one `STATED_IN {quote}` relationship per quote from each node to the article that states it. */
export function mergeProvenance(label: NodeLabel, articleId: string, rows: readonly ProvenanceRow[]): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: [
      'MATCH (article:Article {id: $articleId})',
      'UNWIND $rows AS row',
      `MATCH (n:${label} {id: row.id})`,
      'UNWIND row.quotes AS quote',
      'MERGE (n)-[:STATED_IN {quote: quote}]->(article)',
    ].join('\n'),
    params: { articleId, rows: rows.map(({ id, quotes }) => ({ id, quotes })) },
  };
}

/**
 * Deletes up to `limit` nodes with their relationships and returns how many. Run it in a loop, one
 * transaction each, until it returns 0: one transaction for a large graph would exhaust the memory, and
 * `CALL { … } IN TRANSACTIONS` cannot run inside the managed transaction the driver module uses.
 */
export function deleteBatch(limit = 10_000): CypherQuery {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Batch size must be a positive integer, got ${limit}`);
  return { cypher: `MATCH (n) WITH n LIMIT ${limit} DETACH DELETE n RETURN count(*) AS deleted`, params: {} };
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

/** All nodes and relationships, whatever their labels: what "nothing was written" is checked against. */
export function countAll(): CypherQuery {
  return {
    cypher: 'CALL { MATCH (n) RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships',
    params: {},
  };
}

/** Whether any article is loaded: `npm start` seeds only an empty graph. */
export function countArticles(): CypherQuery {
  return { cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} };
}
