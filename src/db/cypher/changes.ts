/**
 * The change feed, read from the audit trail: each write's entry holds its place in the log (`seq`, in commit order:
 * src/db/cypher/audit.ts) and the nodes it changed, in the order recorded. A position in the feed is a write's place
 * and a change's index within it, under the log's epoch (a new one when the graph is emptied), so that a position
 * from before a reset is known for what it is.
 */
import type { CypherQuery } from '../database.js';
import { CHANGE_LOG_LABEL } from './audit.js';

export interface FeedPosition {
  epoch: string;
  seq: number;
  index: number;
}

/**
 * Up to `limit` changes after `after` (none: from the first), oldest first, with the log's epoch and whether `after`
 * belongs to another epoch (`resync`: then the changes are from the first). Entries are read in `seq` order through
 * its index and the reading stops at the limit, so a page costs the same however long the log.
 */
export function changesPage(after: FeedPosition | null, limit: number): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (log:${CHANGE_LOG_LABEL} {id: 'changes'})
WITH log, $epoch IS NOT NULL AND (log IS NULL OR log.epoch <> $epoch) AS resync
WITH log, resync, CASE WHEN resync THEN 0 ELSE $seq END AS afterSeq, CASE WHEN resync THEN -1 ELSE $index END AS afterIndex
RETURN log.epoch AS epoch, resync, COLLECT {
  MATCH (entry:AuditEntry) WHERE entry.seq >= afterSeq
  WITH entry ORDER BY entry.seq
  UNWIND range(0, size(entry.changedIds) - 1) AS index
  WITH entry, index WHERE entry.seq > afterSeq OR index > afterIndex
  RETURN {seq: entry.seq, index: index, at: toString(entry.at), action: entry.action, nodeId: entry.changedIds[index], change: entry.changes[index]}
  LIMIT toInteger($limit)
} AS changes`,
    params: { epoch: after?.epoch ?? null, seq: after?.seq ?? 0, index: after?.index ?? -1, limit },
  };
}
