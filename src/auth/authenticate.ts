/**
 * Who is asking: the API key in `Authorization: Bearer <key>`, checked against its hashed record in the graph on
 * every request (so that a revoked or expired key stops working at once). No header means an anonymous caller;
 * a header that is not a valid, active key is refused, with one answer whatever the reason, so that no answer
 * tells which keys exist. A key's scrypt check costs tens of milliseconds of a libuv thread by design, so it is
 * spent only where it can succeed: a key once verified is remembered (by its SHA-256 and its record's hash, never
 * in clear); a token whose id no key has is refused without it (ids are 48 random bits: knowing one exists gives
 * nothing towards its secret); and one key id gets at most CHECKS_PER_MINUTE checks in any 60 s (its holder needs
 * one, since a verified key is remembered), so that no one can keep the threads busy with wrong secrets.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { findKey } from '../db/cypher/keys.js';
import { UnauthenticatedError } from '../errors.js';
import { createRateLimiter } from './rateLimit.js';
import { keyState, parseToken, verifySecret, type ApiKeyRecord, type StoredKey } from './keys.js';

/** The caller of one request: a key's record, or null for an anonymous caller. */
export interface Caller {
  key: ApiKeyRecord | null;
}

export const ANONYMOUS: Caller = { key: null };

/** Verified keys remembered; beyond this many, the oldest is forgotten (and verified again when it returns). */
const REMEMBERED_KEYS = 1000;
/** scrypt checks of one key id in any 60 s; beyond, its tokens are refused unchecked until the window moves on. */
export const CHECKS_PER_MINUTE = 10;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

export function createAuthenticator(database: Database): Authenticate {
  const verified = new Map<string, string>();
  const checks = createRateLimiter(CHECKS_PER_MINUTE);
  return async function authenticate(authorization) {
    if (authorization === undefined || authorization.trim() === '') return ANONYMOUS;
    const token = /^Bearer +(\S+) *$/i.exec(authorization)?.[1];
    const parsed = token === undefined ? undefined : parseToken(token);
    if (token === undefined || parsed === undefined) throw new UnauthenticatedError();
    const [row] = await database.read(findKey(parsed.id));
    const stored = row as StoredKey | undefined;
    if (stored === undefined) throw new UnauthenticatedError();
    const digest = sha256(token);
    if (verified.get(digest) !== stored.hash) {
      // Counted before the check, so that tries running at once cannot all get past the bound.
      if (checks.take(stored.id) !== undefined || !(await verifySecret(parsed.secret, stored))) throw new UnauthenticatedError();
      if (verified.size >= REMEMBERED_KEYS) verified.delete(verified.keys().next().value!);
      verified.set(digest, stored.hash);
    }
    if (keyState(stored, new Date()) !== 'active') throw new UnauthenticatedError();
    const { id, name, role, createdAt, expiresAt, revokedAt } = stored;
    return { key: { id, name, role, createdAt, expiresAt, revokedAt } };
  };
}
