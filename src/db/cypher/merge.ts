/**
 * The writes of nodes and relationships by label, as pure builders returning `{ cypher, params, changes }` (the
 * nodes each changes, for the change feed: src/statements/changes.ts): what every writer of entities and facts runs (src/statements/store.ts for one article, the bulk path for a corpus). Each
 * writes a whole batch of rows with UNWIND (one round trip per batch, not per row). Labels, relationship types and
 * typed property names come from the model (schema.graphql), never from input, because Cypher cannot take them as
 * parameters; every one is checked against the model before it is written into a query.
 */
import type { CypherQuery } from '../database.js';
import { foldText } from '../../text/fold.js';
import { modelRelationshipType, nodeSpec, typedProperties, type NodeLabel } from '../../model/index.js';

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

/** One quote of a node's sources: the node, the article and the words of the article it stands on. */
export interface QuoteRow {
  id: string;
  articleId: string;
  quote: string;
}

const CONVERSIONS = { date: 'date', datetime: 'datetime', integer: 'toInteger' } as const;
const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/**
 * MERGEs nodes of one label by id and sets their properties; typed ones (dates, date-times, integers) are
 * converted in Cypher. Labels with a searchable name also get `nameFolded`, computed here so that every writer
 * folds the same way as the API does. `create` CREATEs them instead, for nodes that cannot be there yet (a bulk
 * load into an empty graph): no seek for an old node, and every one is new for the change feed.
 */
export function mergeNodes(label: NodeLabel, rows: readonly NodeRow[], { create = false } = {}): CypherQuery {
  const spec = nodeSpec(label);
  const typed = typedProperties(label);
  const typedNames = new Set(Object.values(typed).flat());
  const sets = Object.entries(typed).flatMap(([kind, names]) =>
    names.map((name) => {
      if (!PROPERTY_NAME.test(name)) throw new Error(`Not a property name: ${JSON.stringify(name)}`);
      return `n.${name} = ${CONVERSIONS[kind as keyof typeof CONVERSIONS]}(row.typed.${name})`;
    }),
  );
  const params = rows.map((row) => {
    const props: Record<string, PropertyValue> = {};
    const typedValues: Record<string, PropertyValue> = {};
    for (const [key, value] of Object.entries(row.props)) (typedNames.has(key) ? typedValues : props)[key] = value;
    if (spec.nameProperty !== undefined && spec.nameProperty in row.props) {
      const name = row.props[spec.nameProperty];
      // An event only organized so far has no name yet (src/statements/derive.ts): nothing to fold.
      props.nameFolded = typeof name === 'string' ? foldText(name) : null;
    }
    return { id: row.id, props, typed: typedValues };
  });
  const usedTyped = [...typedNames].filter((name) => rows.some((row) => name in row.props));
  const typedSets =
    usedTyped.length > 0 ? [`SET ${sets.filter((set) => usedTyped.some((name) => set.startsWith(`n.${name} `))).join(', ')}`] : [];
  if (create)
    return {
      cypher: ['UNWIND $rows AS row', `CREATE (n:${spec.label} {id: row.id})`, 'SET n += row.props', ...typedSets].join('\n'),
      params: { rows: params },
      changes: { created: rows.map((row) => row.id) },
    };
  const cypher = [
    'UNWIND $rows AS row',
    // Whether the node is new, for the change feed: one more seek on the id, no property written for it.
    `OPTIONAL MATCH (old:${spec.label} {id: row.id})`,
    'WITH row, old IS NULL AS created',
    `MERGE (n:${spec.label} {id: row.id})`,
    'SET n += row.props',
    ...typedSets,
    'RETURN collect(CASE WHEN created THEN n.id END) AS created',
  ].join('\n');
  return { cypher, params: { rows: params }, changes: { written: rows.map((row) => row.id), createdColumn: 'created' } };
}

/**
 * CREATEs relationships of one type between nodes of two labels, both matched by id through their constraints, one
 * per row: the rows must be distinct (src/statements/store.ts makes them so). For relationships that cannot be there yet: those that leave a node just created, or
 * whose type the writer deleted from that node first (deleteOutgoing). CREATE rather than MERGE, because a MERGE
 * looks for the relationship among the node's others first, which costs most on a node that many articles cite.
 */
export function createRelationships(type: string, fromLabel: NodeLabel, toLabel: NodeLabel, rows: readonly RelationshipRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      `MATCH (a:${nodeSpec(fromLabel).label} {id: row.from})`,
      `MATCH (b:${nodeSpec(toLabel).label} {id: row.to})`,
      `CREATE (a)-[:${modelRelationshipType(type)}]->(b)`,
    ].join('\n'),
    params: { rows: rows.map(({ from, to }) => ({ from, to })) },
    changes: { written: rows.map((row) => row.from) },
  };
}

/**
 * Deletes the relationships of the given types that leave nodes of one label: before a node's relationships are
 * written again from its current declaration or derivation, so that one no source states any more goes.
 */
export function deleteOutgoing(label: NodeLabel, types: readonly string[], ids: readonly string[]): CypherQuery {
  if (types.length === 0) throw new Error('deleteOutgoing needs at least one relationship type');
  return {
    cypher: `UNWIND $ids AS id\nMATCH (n:${nodeSpec(label).label} {id: id})-[r:${types.map(modelRelationshipType).join('|')}]->()\nDELETE r`,
    params: { ids },
    changes: { written: ids },
  };
}

/**
 * CREATEs one `STATED_IN {quote}` relationship per row, from a node to the article that states the quote: the rows
 * must be distinct (src/statements/store.ts makes them so), and the quotes not there yet, as for createRelationships:
 * the writer deleted the node's quotes from those articles first (deleteOutgoing, deleteProvenance, or the articles'
 * own deletion of their quotes).
 */
export function createProvenance(label: NodeLabel, rows: readonly QuoteRow[]): CypherQuery {
  return {
    cypher: [
      'UNWIND $rows AS row',
      'MATCH (article:Article {id: row.articleId})',
      `MATCH (n:${nodeSpec(label).label} {id: row.id})`,
      'CREATE (n)-[:STATED_IN {quote: row.quote}]->(article)',
    ].join('\n'),
    params: { rows: rows.map(({ id, articleId, quote }) => ({ id, articleId, quote })) },
    changes: { written: rows.map((row) => row.id) },
  };
}

/** Deletes the `STATED_IN` quotes from nodes of one label to some articles: before they are derived again. */
export function deleteProvenance(label: NodeLabel, rows: readonly { id: string; articleIds: string[] }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (n:${nodeSpec(label).label} {id: row.id})-[quote:STATED_IN]->(article:Article)
WHERE article.id IN row.articleIds
DELETE quote`,
    params: { rows },
    changes: { written: rows.map((row) => row.id) },
  };
}

/** Deletes nodes of one label with their relationships: facts no statement supports any more. */
export function deleteNodes(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id\nMATCH (n:${nodeSpec(label).label} {id: id})\nDETACH DELETE n`,
    params: { ids },
    changes: { removed: ids },
  };
}

/**
 * Several write queries as one, each in a unit subquery (`CALL { … }`) in their order, each with its own
 * parameters: one round trip instead of one each. Cypher runs the subqueries in turn, each seeing what the
 * earlier ones wrote, so the result is theirs run one after another. Only for queries that return nothing and
 * declare the nodes they change by id (`written`), as the relationship and source writes do: nothing is lost
 * by not returning their rows.
 */
export function combineWrites(queries: readonly CypherQuery[]): CypherQuery {
  if (queries.length === 1) return queries[0]!;
  const params: Record<string, unknown> = {};
  const written: string[] = [];
  const parts = queries.map((query, index) => {
    const { written: ids, ...other } = query.changes ?? {};
    if (/\bRETURN\b/.test(query.cypher) || Object.keys(other).length > 0)
      throw new Error(`combineWrites takes queries that return nothing and declare their changes by id: ${query.cypher.slice(0, 80)}`);
    written.push(...(ids ?? []));
    for (const [name, value] of Object.entries(query.params)) params[`q${index}_${name}`] = value;
    return `CALL {\n${query.cypher.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, `$q${index}_$1`)}\n}`;
  });
  return { cypher: parts.join('\n'), params, changes: { written } };
}
