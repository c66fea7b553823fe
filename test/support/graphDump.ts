/**
 * The whole graph as canonical text, to compare two loads of one corpus: every node (its labels, and each property
 * with its Neo4j type and value), every relationship (its type, its properties, its ends by id), every index and
 * constraint, and what the change feed says the loads did. Sorted, so that the order in which the nodes were
 * written does not matter, and kept as lines, so that a difference shows as the nodes that differ.
 */
import type { Database, Row } from '../../src/db/database.js';

export interface GraphDump {
  nodes: string[];
  relationships: string[];
  schema: string[];
  /** The change feed's net effect: each node it lists, with what the feed leaves it (see feedEffect). */
  feed: string[];
}

/**
 * The records of the writes (AuditEntry, ChangeLog: ids, times, sequence numbers, the epoch) are compared by their
 * effect instead (feed), since a bulk load records its writes step by step, not per article. The write locks are
 * how writes wait for each other, not what they wrote: a bulk load takes its locks per step.
 */
const RECORDS = ['AuditEntry', 'ChangeLog', 'WriteLock'];

const run = (database: Database, cypher: string): Promise<Row[]> => database.read({ cypher, params: {} }, { timeoutMs: 300_000 });

function propertiesText(props: Row, types: Row): string {
  return Object.keys(props)
    .sort()
    .map((key) => `${key}:${String(types[key])}=${JSON.stringify(props[key])}`)
    .join(' ');
}

/**
 * The change feed's effect, from the writes in the order they committed: a node it lists whose last listing is
 * not REMOVED is there (CREATED, when the feed starts from an empty graph), one whose last listing is REMOVED is
 * gone. Two loads into an empty graph that leave one graph have the same effect, however they group their writes.
 */
export function feedEffect(entries: readonly { ids: string[]; changes: string[] }[]): string[] {
  const last = new Map<string, string>();
  for (const { ids, changes } of entries) ids.forEach((id, index) => last.set(id, changes[index]!));
  return [...last].map(([id, change]) => `${id} ${change === 'REMOVED' ? 'gone' : 'there'}`).sort();
}

export async function dumpGraph(database: Database): Promise<GraphDump> {
  const records = RECORDS.map((label) => `NOT n:${label}`).join(' AND ');
  const nodes = await run(
    database,
    `MATCH (n) WHERE ${records}
RETURN labels(n) AS labels, properties(n) AS props, {keys: keys(n), types: [key IN keys(n) | valueType(n[key])]} AS types`,
  );
  const relationships = await run(
    database,
    `MATCH (a)-[r]->(b)
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props, {keys: keys(r), types: [key IN keys(r) | valueType(r[key])]} AS types`,
  );
  const schema = await run(
    database,
    'SHOW INDEXES YIELD name, type, entityType, labelsOrTypes, properties, options RETURN name, type, entityType, labelsOrTypes, properties, options.indexConfig AS config',
  );
  const constraints = await run(database, 'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN *');
  const feed = await run(database, 'MATCH (e:AuditEntry) RETURN e.changedIds AS ids, e.changes AS changes ORDER BY e.seq');
  const typesOf = (row: Row) => {
    const { keys, types } = row.types as { keys: string[]; types: string[] };
    return Object.fromEntries(keys.map((key, index) => [key, types[index]]));
  };
  return {
    nodes: nodes.map((row) => `(${(row.labels as string[]).sort().join(':')}) ${propertiesText(row.props as Row, typesOf(row))}`).sort(),
    relationships: relationships
      .map((row) => `(${String(row.from)})-[${String(row.type)}]->(${String(row.to)}) ${propertiesText(row.props as Row, typesOf(row))}`)
      .sort(),
    schema: [...schema, ...constraints].map((row) => JSON.stringify(row)).sort(),
    feed: feedEffect(feed.map((row) => ({ ids: row.ids as string[], changes: row.changes as string[] }))),
  };
}
