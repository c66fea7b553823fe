/**
 * The registry as the graph holds it: every registry entity with its properties and, under each relation field
 * of the model that points to other registry entities (`organization`, `parent`, `jurisdiction`…), the ids it
 * points to, as a registry file declares them. What `extractDraft` links mentions to, so that entities an earlier
 * submission declared are linked, not proposed again.
 */
import type { CypherQuery } from '../database.js';
import { labelsOfKind, nodeSpec } from '../../model/index.js';

export function registryEntries(): CypherQuery {
  const parts = labelsOfKind('registry').map((label) => {
    const relations = nodeSpec(label).relations.filter(
      (relation) =>
        relation.direction === 'OUT' && !relation.wrapper && relation.targets.every((target) => nodeSpec(target).kind === 'registry'),
    );
    const fields = relations.map(
      (relation) =>
        `\`${relation.field}\`: ${relation.many ? '' : 'head('}[(n)-[:${relation.type}]->(target) | target.id]${relation.many ? '' : ')'}`,
    );
    return `MATCH (n:${label}) RETURN '${nodeSpec(label).collection}' AS collection, n {${['.*', ...fields].join(', ')}} AS entry`;
  });
  return { cypher: parts.join('\nUNION ALL\n'), params: {} };
}

/**
 * What changes when the registry of the graph may have changed: the number of entities of each registry label,
 * of articles and of writes through the API, each read from Neo4j's count store (constant time).
 */
export function registryVersion(): CypherQuery {
  const labels = [...labelsOfKind('registry'), 'Article', 'AuditEntry'];
  return {
    cypher: `RETURN [${labels.map((label) => `COUNT { MATCH (:${label}) }`).join(', ')}] AS counts`,
    params: {},
  };
}
