/** The audit trail: one record per write, created in the write's own transaction, and read back newest first. */
import type { CypherQuery } from '../database.js';

export interface AuditRow {
  id: string;
  action: string;
  keyId: string;
  keyName: string;
  keyRole: string;
  requestId: string;
  articleId: string | null;
  judgementId: string | null;
  statementsAdded: number;
  statementsRemoved: number;
  details: string | null;
}

/** One write's record, created in the write's own transaction: there is no write without its record. */
export function createAuditEntry(row: AuditRow): CypherQuery {
  return { cypher: 'CREATE (entry:AuditEntry) SET entry = $row, entry.at = datetime()', params: { row } };
}

const AUDIT_FIELDS = `entry {.*, at: toString(entry.at)} AS entry`;

/** A page of the audit trail, newest first; `after` is the last entry's (at, id) of the previous page. */
export function auditEntries(options: { articleId: string | null; limit: number; after?: { at: string; id: string } }): CypherQuery {
  return {
    cypher: `MATCH (entry:AuditEntry)
WHERE ($articleId IS NULL OR entry.articleId = $articleId)
  AND ($afterAt IS NULL OR entry.at < datetime($afterAt) OR (entry.at = datetime($afterAt) AND entry.id < $afterId))
WITH entry ORDER BY entry.at DESC, entry.id DESC LIMIT toInteger($limit)
RETURN ${AUDIT_FIELDS}`,
    params: {
      articleId: options.articleId,
      limit: options.limit,
      afterAt: options.after?.at ?? null,
      afterId: options.after?.id ?? null,
    },
  };
}
