/** Opaque cursors: what a page's cursor holds comes back as it was; anything else is the client's error. */
import { describe, expect, it } from 'vitest';
import { isValidPosition } from '../../src/db/cypher/lists.js';
import { decodeCursor, encodeCursor } from '../../src/cursor.js';

describe('cursors', () => {
  it('round-trip a position, with or without a sort value', () => {
    for (const position of [
      { key: 'lai thanh son', id: 'person:lai-thanh-son' },
      { key: null, id: 'event:undated' },
    ]) {
      expect(decodeCursor(encodeCursor(position))).toEqual(position);
    }
  });

  it('are opaque: URL-safe base64 with no padding', () => {
    expect(encodeCursor({ key: '2019-01-11', id: 'event:x' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['not base64 JSON', 'not a cursor!'],
    ['JSON of the wrong shape', Buffer.from(JSON.stringify({ key: 'a', id: 'b' })).toString('base64url')],
    ['an id that is not a string', Buffer.from(JSON.stringify(['a', 1])).toString('base64url')],
  ])('reject %s with BAD_USER_INPUT naming `after`', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argumentName: 'after' }) }),
    );
  });

  it('reject a position that does not fit the list, so a forged sort value never reaches date()', () => {
    const forged = encodeCursor({ key: "x') RETURN 1 //", id: 'event:a' });
    expect(() => decodeCursor(forged, (position) => isValidPosition('events', position))).toThrow(/not a cursor that this API gave out/);
    expect(isValidPosition('events', { key: '2019-01-11', id: 'event:a' })).toBe(true);
    expect(isValidPosition('articles', { key: '2019-01-11', id: 'article:a' })).toBe(true);
    expect(isValidPosition('articles', { key: '2019-01-11T21:00+07:00', id: 'article:a' })).toBe(false);
    expect(isValidPosition('people', { key: 'anything', id: 'person:a' })).toBe(true);
  });
});
