/**
 * Nodes by id. An id's prefix names its label (`person:` → Person), so each lookup is an index seek on a
 * label's unique id, never a scan of every node.
 */
import type { CypherQuery } from '../database.js';
import type { NodeLabel } from './schema.js';

export const ID_PREFIX_LABELS: Readonly<Record<string, NodeLabel>> = {
  article: 'Article',
  person: 'Person',
  org: 'Organization',
  position: 'Position',
  place: 'Place',
  tenure: 'Tenure',
  event: 'Event',
  participation: 'Participation',
  award: 'Award',
  presentation: 'AwardPresentation',
  figure: 'Figure',
};

/**
 * A node as a map of its properties and labels. Returning maps rather than nodes spares the driver decoding
 * whole node structures: profiling the relation benchmark put that decoding at 31% of the API's busy time.
 */
export function nodeRecord(variable: string, extraEntries: readonly string[] = []): string {
  return `${variable} {${['.*', `_labels: labels(${variable})`, ...extraEntries].join(', ')}}`;
}

/** The label an id belongs to, or undefined for an id no node can have. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? ID_PREFIX_LABELS[id.slice(0, colon)] : undefined;
}

/** Many nodes, possibly of several labels, in one round trip: one index seek per label present. */
export function nodesByIdQuery(ids: readonly string[]): CypherQuery {
  const idsByLabel = new Map<NodeLabel, string[]>();
  for (const id of ids) {
    const label = labelOfId(id);
    if (label) idsByLabel.set(label, [...(idsByLabel.get(label) ?? []), id]);
  }
  if (idsByLabel.size === 0) return { cypher: 'RETURN null AS node LIMIT 0', params: {} };
  const parts = [...idsByLabel.keys()].map((label, index) => `MATCH (node:${label}) WHERE node.id IN $ids${index} RETURN ${nodeRecord('node')} AS node`);
  const params = Object.fromEntries([...idsByLabel.values()].map((labelIds, index) => [`ids${index}`, labelIds]));
  return { cypher: parts.join('\nUNION ALL\n'), params };
}
