/**
 * The shortest connection between two entities. It follows the facts of the graph (the model's relationships
 * between entities and facts) and never provenance or claims: through an article, everything an article mentions
 * would be two hops apart and the answer would say nothing.
 */
import type { CypherQuery } from '../database.js';
import { PATH_RELATIONSHIP_TYPES, type NodeLabel } from '../../model/index.js';
import type { TargetRenderer } from './relations.js';

export interface PathEnd {
  id: string;
  label: NodeLabel;
}

/**
 * `maxHops` must be a validated integer: Cypher takes no parameter for a variable-length bound, so it is
 * written into the query, and only after the caller has checked it. `renderNode` shapes the path's nodes (the
 * properties a query selects, projection.ts).
 */
export function shortestPathQuery(from: PathEnd, to: PathEnd, maxHops: number, renderNode: TargetRenderer): CypherQuery {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 100) throw new RangeError(`maxHops out of range: ${maxHops}`);
  const node = renderNode('node', []);
  return {
    cypher: `MATCH (from:${from.label} {id: $fromId}), (to:${to.label} {id: $toId})
MATCH p = shortestPath((from)-[:${PATH_RELATIONSHIP_TYPES.join('|')}*..${maxHops}]-(to))
RETURN [node IN nodes(p) | ${node.expression}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), startId: startNode(rel).id, endId: endNode(rel).id}] AS relations`,
    params: { ...node.params, fromId: from.id, toId: to.id },
  };
}
