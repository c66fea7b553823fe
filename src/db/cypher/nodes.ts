/**
 * Nodes by id. An id's prefix names its label (`person:` → Person, from the model), so each lookup is an index
 * seek on a label's unique id, never a scan of every node.
 */
import type { CypherQuery } from '../database.js';
import { RECORD_KEYS } from '../../graph.js';
import { labelOfId, type NodeLabel } from '../../model/index.js';

/**
 * A node as a map of its properties and labels. Returning maps rather than nodes spares the driver decoding
 * whole node structures: profiling the relation benchmark put that decoding at 31% of the API's busy time.
 */
export function nodeRecord(variable: string, extraEntries: readonly string[] = []): string {
  return `${variable} {${['.*', `${RECORD_KEYS.labels}: labels(${variable})`, ...extraEntries].join(', ')}}`;
}

/** Many nodes, possibly of several labels, in one round trip: one index seek per label present. */
export function nodesByIdQuery(ids: readonly string[]): CypherQuery {
  const idsByLabel = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) idsByLabel.set(label, [...(idsByLabel.get(label) ?? []), id]);
  }
  if (idsByLabel.size === 0) return { cypher: 'RETURN null AS node LIMIT 0', params: {} };
  const parts = [...idsByLabel.keys()].map(
    (label, index) => `MATCH (node:${label}) WHERE node.id IN $ids${index} RETURN ${nodeRecord('node')} AS node`,
  );
  const params = Object.fromEntries([...idsByLabel.values()].map((labelIds, index) => [`ids${index}`, labelIds]));
  return { cypher: parts.join('\nUNION ALL\n'), params };
}
