/**
 * Registry entities as the graph holds them, each with its properties and, under each relation field of the model
 * that points to other registry entities (`organization`, `parent`, `jurisdiction`…), the ids it points to, as a
 * registry file declares them: those that articles submitted through the API state (the registry files have the
 * others). What `extractDraft` links mentions to besides the files, so that what a submission declared is linked,
 * not proposed again. Read from the submitted articles (an index on `contentHash`), never by scanning every entity.
 */
import type { CypherQuery } from '../database.js';
import { labelsOfKind, nodeSpec } from '../../model/index.js';

export function submittedRegistryEntries(): CypherQuery {
  const parts = labelsOfKind('registry').map((label) => {
    const relations = nodeSpec(label).relations.filter(
      (relation) =>
        relation.direction === 'OUT' && !relation.wrapper && relation.targets.every((target) => nodeSpec(target).kind === 'registry'),
    );
    const fields = relations.map(
      (relation) =>
        `\`${relation.field}\`: ${relation.many ? '' : 'head('}[(n)-[:${relation.type}]->(target) | target.id]${relation.many ? '' : ')'}`,
    );
    return `MATCH (article:Article) WHERE article.contentHash IS NOT NULL
MATCH (n:${label})-[:STATED_IN]->(article)
WITH DISTINCT n
RETURN '${nodeSpec(label).collection}' AS collection, n {${['.*', ...fields].join(', ')}} AS entry`;
  });
  return { cypher: parts.join('\nUNION ALL\n'), params: {} };
}

/** What changes when an API write may have changed the registry: the number of writes, from the count store. */
export function writesCount(): CypherQuery {
  return { cypher: 'RETURN COUNT { MATCH (:AuditEntry) } AS writes', params: {} };
}
