/**
 * The change feed (`Query.changes`): a page of what the writes changed, read from the audit trail
 * (src/db/cypher/changes.ts), each change with the node as it is now, fetched for the whole page at once by the
 * request's loader.
 */
import { changesPage, type FeedPosition } from '../db/cypher/changes.js';
import { decodeCursor, encodeCursor, forwardPageInfo } from '../cursor.js';
import type { ChangeKind, ChangeResolvers, QueryResolvers } from '../generated/graphql.js';
import { CHANGES_PAGE_SIZE, boundedCount } from '../limits.js';
import { labelOfId } from '../model/index.js';

/** A change's position: the log's epoch, the write's place and the change's index within it (`12.3`). */
const POSITION = /^(\d{1,15})\.(\d{1,9})$/;

function positionOf(after: string): FeedPosition {
  const { key, id } = decodeCursor(after, (candidate) => candidate.key !== null && POSITION.test(candidate.id));
  const [, seq, index] = POSITION.exec(id)!;
  return { epoch: key!, seq: Number(seq), index: Number(index) };
}

interface ChangeRow {
  seq: number;
  index: number;
  at: string;
  action: string;
  nodeId: string;
  change: ChangeKind;
}

export const changesQueryResolvers: Pick<QueryResolvers, 'changes'> = {
  changes: async (_root, { after, first }, { database, queryCounter }) => {
    const limit = boundedCount(first, CHANGES_PAGE_SIZE, 'first');
    const [row] = await database.read(changesPage(after ? positionOf(after) : null, limit + 1), { counter: queryCounter });
    const epoch = row?.epoch as string | null;
    const rows = (row?.changes as ChangeRow[] | undefined) ?? [];
    const edges = rows.slice(0, limit).map((change) => ({
      cursor: encodeCursor({ key: epoch, id: `${change.seq}.${change.index}` }),
      node: {
        sequence: change.seq,
        at: change.at,
        action: change.action,
        nodeId: change.nodeId,
        type: labelOfId(change.nodeId) ?? 'unknown',
        change: change.change,
      },
    }));
    return { edges, pageInfo: forwardPageInfo(edges, rows.length > limit), resync: row?.resync === true };
  },
};

export const changeResolvers: { Change: ChangeResolvers } = {
  Change: { node: (change, _args, { loaders }) => loaders.node.load(change.nodeId) },
};
