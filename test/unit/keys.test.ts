/**
 * API keys (src/auth/keys.ts): tokens parse back to what made them and nothing else does; a secret verifies only
 * against its own hash and salt, and a malformed stored value answers false instead of throwing; expiries parse
 * strictly; roles are ordered; a key's state follows its dates.
 */
import { describe, expect, it } from 'vitest';
import {
  ROLES,
  hashSecret,
  keyState,
  newKey,
  parseDuration,
  parseToken,
  roleAtLeast,
  verifySecret,
  type ApiKeyRecord,
  type Role,
} from '../../src/auth/keys.js';

describe('tokens', () => {
  it('round-trip: a new token parses back to its id and secret', () => {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      const { id, secret, token } = newKey();
      expect(id).toMatch(/^[0-9a-f]{12}$/);
      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(token).toBe(`ogk_${id}_${secret}`);
      expect(parseToken(token)).toEqual({ id, secret });
    }
  });

  it('are random', () => {
    const [a, b] = [newKey(), newKey()];
    expect(a.id).not.toBe(b.id);
    expect(a.secret).not.toBe(b.secret);
  });

  const { id, secret, token } = newKey();
  it.each([
    ['the wrong prefix', `ghp_${id}_${secret}`],
    ['an upper-case prefix', `OGK_${id}_${secret}`],
    ['a short id', `ogk_${id.slice(1)}_${secret}`],
    ['an id that is not lower-case hex', `ogk_${id.slice(0, 11)}G_${secret}`],
    ['a short secret', `ogk_${id}_${secret.slice(1)}`],
    ['an extra character', `${token}A`],
    ['a character of another alphabet in the secret', `ogk_${id}_${secret.slice(0, 42)}+`],
    ['padding', `${token.slice(0, -1)}=`],
    ['surrounding space', ` ${token}`],
    ['a trailing newline', `${token}\n`],
    ['a Bearer prefix', `Bearer ${token}`],
    ['no secret', `ogk_${id}_`],
    ['the empty string', ''],
    ['garbage', 'not a token'],
  ])('reject %s', (_what, altered) => {
    expect(parseToken(altered)).toBeUndefined();
  });
});

describe('secret hashes', () => {
  it('verify the right secret and refuse an altered one', async () => {
    const { secret } = newKey();
    const stored = await hashSecret(secret);
    expect(stored.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(stored.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await verifySecret(secret, stored)).toBe(true);
    const altered = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
    expect(await verifySecret(altered, stored)).toBe(false);
    expect(await verifySecret('', stored)).toBe(false);
  });

  it('refuse the right secret with another salt', async () => {
    const { secret } = newKey();
    const stored = await hashSecret(secret);
    const otherSalt = (await hashSecret(secret)).salt;
    expect(await verifySecret(secret, { hash: stored.hash, salt: otherSalt })).toBe(false);
  });

  it('differ for the same secret hashed twice, by a fresh salt', async () => {
    const { secret } = newKey();
    const [first, second] = await Promise.all([hashSecret(secret), hashSecret(secret)]);
    expect(first.salt).not.toBe(second.salt);
    expect(first.hash).not.toBe(second.hash);
    expect(await verifySecret(secret, second)).toBe(true);
  });

  it.each([
    ['a short hash', (stored: { hash: string; salt: string }) => ({ ...stored, hash: stored.hash.slice(2) })],
    ['a long hash', (stored: { hash: string; salt: string }) => ({ ...stored, hash: `${stored.hash}00` })],
    ['a hash that is not hex', (stored: { hash: string; salt: string }) => ({ ...stored, hash: `${stored.hash.slice(1)}z` })],
    ['an empty hash', (stored: { hash: string; salt: string }) => ({ ...stored, hash: '' })],
    ['an empty salt', (stored: { hash: string; salt: string }) => ({ ...stored, salt: '' })],
    ['a salt of the wrong length', (stored: { hash: string; salt: string }) => ({ ...stored, salt: stored.salt.slice(2) })],
    ['a missing hash (a hand-edited node)', (stored: { hash: string; salt: string }) => ({ ...stored, hash: null as unknown as string })],
  ])('answer false, without throwing, for %s', async (_what, damage) => {
    const { secret } = newKey();
    const stored = await hashSecret(secret);
    await expect(verifySecret(secret, damage(stored))).resolves.toBe(false);
  });
});

describe('parseDuration', () => {
  it.each([
    ['30m', 30 * 60_000],
    ['12h', 12 * 3_600_000],
    ['90d', 90 * 86_400_000],
    ['1y', 365 * 86_400_000],
    ['100y', 100 * 365 * 86_400_000],
  ])('reads %s', (text, millis) => {
    expect(parseDuration(text)).toBe(millis);
  });

  it.each(['', '90', 'd', '0d', '-1d', '1.5d', '90D', '90 d', ' 90d', '90days', '1w', '30s', '101y', '99999999999999999999y', 'never'])(
    'refuses %j with a message naming the units',
    (text) => {
      expect(() => parseDuration(text)).toThrow(/Invalid duration/);
    },
  );
});

describe('roleAtLeast', () => {
  const expected: Record<Role, Record<Role, boolean>> = {
    reader: { reader: true, editor: false, admin: false },
    editor: { reader: true, editor: true, admin: false },
    admin: { reader: true, editor: true, admin: true },
  };
  it.each(ROLES.flatMap((have) => ROLES.map((need) => [have, need] as const)))('%s may act as %s: per the matrix', (have, need) => {
    expect(roleAtLeast(have, need)).toBe(expected[have][need]);
  });
});

describe('keyState', () => {
  const now = new Date('2025-06-01T12:00:00.000Z');
  const key: ApiKeyRecord = {
    id: '0123456789ab',
    name: 'test',
    role: 'editor',
    createdAt: '2025-01-01T00:00:00.000Z',
    expiresAt: null,
    revokedAt: null,
  };

  it.each([
    ['never expires', {}, 'active'],
    ['expires later', { expiresAt: '2025-06-01T12:00:00.001Z' }, 'active'],
    ['expires at this instant', { expiresAt: '2025-06-01T12:00:00.000Z' }, 'expired'],
    ['expired earlier', { expiresAt: '2025-03-01T00:00:00.000Z' }, 'expired'],
    ['was revoked', { revokedAt: '2025-02-01T00:00:00.000Z' }, 'revoked'],
    ['was revoked and has expired since', { revokedAt: '2025-02-01T00:00:00.000Z', expiresAt: '2025-03-01T00:00:00.000Z' }, 'revoked'],
  ] as const)('a key that %s is %s', (_what, change, state) => {
    expect(keyState({ ...key, ...change }, now)).toBe(state);
  });
});
