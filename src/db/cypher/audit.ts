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
  /** The articles of a bulk load's step, which has no one articleId: the trail of each of them lists the step. */
  articleIds?: string[];
  judgementId: string | null;
  statementsAdded: number;
  statementsRemoved: number;
  details: string | null;
}

/** The node that numbers the writes, for the change feed; a reset of the graph makes a new one, of a new epoch. */
export const CHANGE_LOG_LABEL = 'ChangeLog';

/**
 * One write's record, created in the write's own transaction and last, so that there is no write without its
 * record: who, what, and the nodes it changed (src/statements/changes.ts) with its place in the change feed. The
 * place is the next number of the change log, whose node stays locked until the write commits: writes are numbered
 * in the order they commit, so a reader who has seen a number has seen every write before it. Only the end of a
 * write waits for another's commit; writes that touch different things still run side by side until then.
 */
export function createAuditEntry(row: AuditRow, changes: readonly { id: string; change: string }[]): CypherQuery {
  return {
    cypher: `MERGE (log:${CHANGE_LOG_LABEL} {id: 'changes'})
ON CREATE SET log.epoch = randomUUID(), log.seq = 0
SET log.seq = log.seq + 1
CREATE (entry:AuditEntry)
SET entry = $row, entry.at = datetime(), entry.seq = log.seq, entry.changedIds = $ids, entry.changes = $kinds`,
    params: { row, ids: changes.map((change) => change.id), kinds: changes.map((change) => change.change) },
  };
}

const AUDIT_FIELDS = `entry {.*, at: toString(entry.at)} AS entry`;

/** A page of the audit trail, newest first; `after` is the last entry's (at, id) of the previous page. */
export function auditEntries(options: { articleId: string | null; limit: number; after?: { at: string; id: string } }): CypherQuery {
  return {
    cypher: `MATCH (entry:AuditEntry)
WHERE ($articleId IS NULL OR entry.articleId = $articleId OR $articleId IN entry.articleIds)
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
