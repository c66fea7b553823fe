/**
 * What a write changed, for the change feed (`Query.changes`): the entities, facts and articles it created,
 * changed or removed. Recorded in one place for every writer (the loader's per-article transactions and the write
 * API's alike): each Cypher builder that writes declares the nodes its query changes (CypherQuery.changes, given or
 * returned), the transaction's `run` is wrapped to collect them as its queries run (`recording`), and the write's
 * audit entry, created last, stores them with the write's place in the feed (src/db/cypher/audit.ts). So a write
 * path cannot change a node without the feed knowing, and the feed is the audit trail's own record.
 *
 * A node is listed when its properties, its sources or the relationships it points along (a tenure's person and
 * position, an organization's parent) change; a relationship is listed with the node it leaves. Within one write,
 * what a node was before and is after decides: new and kept is CREATED, old and kept CHANGED (it was written
 * again, which may leave it as it was), old and gone REMOVED; one made and removed within the write is not listed.
 */
import type { QueryChanges, Row } from '../db/database.js';
import { labelOfId, nodeSpec, type NodeKind } from '../model/index.js';
import type { Run } from './store.js';

export type ChangeKind = 'CREATED' | 'CHANGED' | 'REMOVED';

export interface Change {
  id: string;
  change: ChangeKind;
}

/** The nodes a client copies: entities, facts and articles (claims and the service's own nodes are not listed). */
const LISTED_KINDS: readonly NodeKind[] = ['registry', 'fact', 'article'];

const idsIn = (rows: readonly Row[], column: string | undefined): string[] =>
  column === undefined ? [] : rows.flatMap((row) => (Array.isArray(row[column]) ? (row[column] as unknown[]).map(String) : []));

export class ChangeSet {
  /** Per node: whether it was in the graph before the write (its first event tells), and whether it is now. */
  private readonly nodes = new Map<string, { before: boolean; now: boolean }>();

  /** Notes what a query changed, as its builder declares it; created before written, so a new node's first event says it. */
  note(changes: QueryChanges | undefined, rows: readonly Row[]): void {
    if (changes === undefined) return;
    for (const id of [...(changes.created ?? []), ...idsIn(rows, changes.createdColumn)]) this.mark(id, false, true);
    for (const id of [...(changes.written ?? []), ...idsIn(rows, changes.writtenColumn)]) this.mark(id, true, true);
    for (const id of [...(changes.removed ?? []), ...idsIn(rows, changes.removedColumn)]) this.mark(id, true, false);
  }

  private mark(id: string, before: boolean, now: boolean): void {
    const label = labelOfId(id);
    if (label === undefined || !LISTED_KINDS.includes(nodeSpec(label).kind)) return;
    const known = this.nodes.get(id);
    this.nodes.set(id, { before: known ? known.before : before, now });
  }

  /** What the write changed, by id. */
  changes(): Change[] {
    return [...this.nodes]
      .flatMap(([id, { before, now }]): Change[] => {
        if (now) return [{ id, change: before ? 'CHANGED' : 'CREATED' }];
        return before ? [{ id, change: 'REMOVED' }] : [];
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }
}

/** A transaction's `run` that notes, in `changes`, what each of its queries changed. */
export function recording(run: Run, changes: ChangeSet): Run {
  return async (query) => {
    const rows = await run(query);
    changes.note(query.changes, rows);
    return rows;
  };
}
