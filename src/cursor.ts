/**
 * Opaque cursors: clients pass back what they got and never build one. Inside is where the page ended (the
 * sort key and id), so the next page starts right after it, however the data has changed since.
 */
import { BadUserInputError } from './errors.js';
import type { ListPosition } from './db/cypher/lists.js';

export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

/** The position in a cursor; `isValid` checks that it belongs to the list being paged. */
export function decodeCursor(cursor: string, isValid: (position: ListPosition) => boolean = () => true): ListPosition {
  try {
    const decoded: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(decoded) &&
      decoded.length === 2 &&
      (typeof decoded[0] === 'string' || decoded[0] === null) &&
      typeof decoded[1] === 'string'
    ) {
      const position = { key: decoded[0] as string | null, id: decoded[1] };
      if (isValid(position)) return position;
    }
  } catch {
    // Falls through to the error below: a cursor that is not ours is bad input, whatever is wrong with it.
  }
  throw new BadUserInputError('`after` is not a cursor that this API gave out; pass `pageInfo.endCursor` of the previous page.', 'after');
}

/**
 * A page's PageInfo. Forward paging only: the Relay specification lets hasPreviousPage be false rather than cost a
 * query.
 */
export function forwardPageInfo(edges: readonly { cursor: string }[], hasNextPage: boolean) {
  return {
    hasPreviousPage: false,
    hasNextPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
}
