/**
 * Who is asking: the API key in `Authorization: Bearer <key>`, checked against its hashed record in the graph on
 * every request (so that a revoked or expired key stops working at once). No header means an anonymous caller;
 * a header that is not a valid, active key is refused, with one answer whatever the reason, so that no answer
 * tells which keys exist. A key's scrypt check costs tens of milliseconds of a libuv thread by design, so it is
 * spent only where it can succeed: a key once verified is remembered (by its SHA-256 and its record's hash, never
 * in clear); a token whose id no key has is refused without it (ids are 48 random bits: knowing one exists gives
 * nothing towards its secret); and at most CONCURRENT_CHECKS run at once, the others waiting their turn, so that
 * wrong secrets sent in a stream keep at most that many of libuv's threads busy, never the whole pool.
 */
import { createHash } from 'node:crypto';
import type { Database } from '../db/database.js';
import { findKey } from '../db/cypher/keys.js';
import { UnauthenticatedError } from '../errors.js';
import { keyState, parseToken, verifySecret, type ApiKeyRecord, type StoredKey } from './keys.js';

/** The caller of one request: a key's record, or null for an anonymous caller. */
export interface Caller {
  key: ApiKeyRecord | null;
}

export const ANONYMOUS: Caller = { key: null };

/** Verified keys remembered; beyond this many, the oldest is forgotten (and verified again when it returns). */
const REMEMBERED_KEYS = 1000;
/** scrypt checks running at once (libuv's pool has 4 threads, which file and DNS work share). */
export const CONCURRENT_CHECKS = 2;

/** Runs `check` when fewer than `limit` run, else when one of them ends. */
export function bounded(limit: number): <T>(check: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (check) => {
    // A check that ends hands its turn to the next one waiting, so that no newcomer slips in between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await check();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export type Authenticate = (authorization: string | undefined) => Promise<Caller>;

export function createAuthenticator(database: Database): Authenticate {
  const verified = new Map<string, string>();
  const inTurn = bounded(CONCURRENT_CHECKS);
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
      if (!(await inTurn(() => verifySecret(parsed.secret, stored)))) throw new UnauthenticatedError();
      if (verified.size >= REMEMBERED_KEYS) verified.delete(verified.keys().next().value!);
      verified.set(digest, stored.hash);
    }
    if (keyState(stored, new Date()) !== 'active') throw new UnauthenticatedError();
    const { id, name, role, createdAt, expiresAt, revokedAt } = stored;
    return { key: { id, name, role, createdAt, expiresAt, revokedAt } };
  };
}
