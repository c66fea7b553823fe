/** The graph as a whole: its counts (from Neo4j's count store) and emptying it in batches. */
import type { CypherQuery } from '../database.js';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../model/index.js';
import { CHANGE_LOG_LABEL } from './audit.js';
import { BULK_LOAD_LABEL } from './bulkLoad.js';
import { DRAFT_LABEL } from './drafts.js';
import { LOCK_LABEL } from './locks.js';

/**
 * Nodes that serve the service, not the graph: the API keys and the drafts waiting for review, which survive
 * emptying the graph (they are the editors' work, not the graph's). Counts of the graph leave them out.
 */
export const SERVICE_LABELS = ['ApiKey', DRAFT_LABEL] as const;

/**
 * The record of the writes: the audit trail (with what each write changed), the change log's counter, the mark of
 * a bulk load in progress, and the write locks (one node per key ever locked: those of an emptied graph would
 * otherwise pile up with every reset). Emptied with the graph, but not counted in it: loading the same files again
 * records another load, and changes nothing.
 */
export const RECORD_LABELS = ['AuditEntry', CHANGE_LOG_LABEL, BULK_LOAD_LABEL, LOCK_LABEL] as const;

/**
 * Deletes up to `limit` nodes with their relationships and returns how many (`deleted`), and how many of them were
 * the graph's rather than the record of writes (`graphNodes`). Run it in a loop, one transaction each, until it
 * returns 0: one transaction for a large graph would exhaust the memory, and `CALL { … } IN TRANSACTIONS` cannot
 * run inside the managed transaction the driver module uses.
 */
export function deleteBatch(limit = 10_000): CypherQuery {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`Batch size must be a positive integer, got ${limit}`);
  // The service's own nodes are not the graph's: emptying the graph must not lock out its editors. The mark of a
  // bulk load is left for last (deleteBulkLoadMarkers): a reset killed midway leaves a graph that says it is half
  // written, never half a graph that looks whole.
  const graphNode = [...SERVICE_LABELS, BULK_LOAD_LABEL].map((label) => `NOT n:${label}`).join(' AND ');
  const record = RECORD_LABELS.map((label) => `n:${label}`).join(' OR ');
  return {
    cypher: `MATCH (n) WHERE ${graphNode} WITH n LIMIT ${limit} WITH n, ${record} AS record DETACH DELETE n
RETURN count(*) AS deleted, count(CASE WHEN NOT record THEN 1 END) AS graphNodes`,
    params: {},
  };
}

/** Whether the graph holds any node (the service's own and the record of writes aside): one found is enough. */
export function graphHasNodes(): CypherQuery {
  const graphNode = [...SERVICE_LABELS, ...RECORD_LABELS].map((label) => `NOT n:${label}`).join(' AND ');
  return { cypher: `RETURN EXISTS { MATCH (n) WHERE ${graphNode} } AS found`, params: {} };
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
 * locks) and the record of writes: what "nothing was written" is checked against.
 */
export function countAll(): CypherQuery {
  const graphNode = [...SERVICE_LABELS, ...RECORD_LABELS].map((label) => `NOT n:${label}`).join(' AND ');
  return {
    cypher: `CALL { MATCH (n) WHERE ${graphNode} RETURN count(n) AS nodes } CALL { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships`,
    params: {},
  };
}
