/**
 * API keys of the write API, GitHub-style: a random token `ogk_<id>_<secret>` shown once, at creation. The database
 * keeps the id (to find the key in one index seek) and a scrypt hash of the secret (to check it), never the
 * secret, so a copy of the database holds no usable token; the fixed prefix lets secret scanners recognise a
 * token pasted into a log or a repository. Pure logic: storing keys is src/db/cypher/keys.ts, managing them
 * src/cli/keys.ts.
 */
import { randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';
import { promisify } from 'node:util';

/** In increasing order of power: each role may do what the ones before it may. */
export const ROLES = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(have: Role, need: Role): boolean {
  return ROLES.indexOf(have) >= ROLES.indexOf(need);
}

/** A key as listed: everything but the hash. Date-times are ISO strings (`Date.toISOString()`). */
export interface ApiKeyRecord {
  id: string;
  name: string;
  role: Role;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface StoredKey extends ApiKeyRecord {
  /** scrypt of the secret with `salt`, hex. */
  hash: string;
  /** Random per key, hex, so that equal secrets (there should be none) would still hash differently. */
  salt: string;
}

const PREFIX = 'ogk';
const ID_BYTES = 6;
const SECRET_BYTES = 32;
const SALT_BYTES = 16;
const HASH_BYTES = 32;
/**
 * Node's default cost: 16 MiB of memory and about 40 ms of a libuv thread per hash on the 2-core machine. A 256-bit
 * random secret would be safe behind a fast hash too; scrypt is the standard library's password hash, so that no
 * one has to argue the point. src/auth/authenticate.ts pays it only where it can succeed (see there).
 */
const SCRYPT_OPTIONS: ScryptOptions = { N: 16384, r: 8, p: 1 };

/** 12 hex characters, `_`, then 43 of base64url (32 bytes, unpadded); `_` may occur in the secret, not in the id. */
const TOKEN = new RegExp(`^${PREFIX}_([0-9a-f]{${ID_BYTES * 2}})_([A-Za-z0-9_-]{${Math.ceil((SECRET_BYTES * 8) / 6)}})$`);
const HEX_SALT = new RegExp(`^[0-9a-f]{${SALT_BYTES * 2}}$`);
const HEX_HASH = new RegExp(`^[0-9a-f]{${HASH_BYTES * 2}}$`);

/** Typed by hand: promisify() types only scrypt's overload without options, whose result it cannot know. */
const scryptAsync = promisify(scrypt) as (
  password: BinaryLike,
  salt: BinaryLike,
  keylen: number,
  options: ScryptOptions,
) => Promise<Buffer>;

export function newKey(): { id: string; secret: string; token: string } {
  const id = randomBytes(ID_BYTES).toString('hex');
  const secret = randomBytes(SECRET_BYTES).toString('base64url');
  return { id, secret, token: `${PREFIX}_${id}_${secret}` };
}

/** The parts of a well-formed token; undefined for anything else, which is then refused without a database look-up. */
export function parseToken(token: string): { id: string; secret: string } | undefined {
  const match = TOKEN.exec(token);
  return match?.[1] !== undefined && match[2] !== undefined ? { id: match[1], secret: match[2] } : undefined;
}

export async function hashSecret(secret: string): Promise<{ hash: string; salt: string }> {
  const salt = randomBytes(SALT_BYTES);
  const hash = await scryptAsync(secret, salt, HASH_BYTES, SCRYPT_OPTIONS);
  return { hash: hash.toString('hex'), salt: salt.toString('hex') };
}

/**
 * Whether `secret` is the one `stored` was made from. Compared in constant time, so the answer's timing tells an
 * attacker nothing about how much of a guess was right. A malformed stored value (a node edited by hand) answers
 * false rather than throwing: to the caller it is a key that does not work.
 */
export async function verifySecret(secret: string, stored: { hash: string; salt: string }): Promise<boolean> {
  if (!HEX_SALT.test(stored.salt) || !HEX_HASH.test(stored.hash)) return false;
  const hash = await scryptAsync(secret, Buffer.from(stored.salt, 'hex'), HASH_BYTES, SCRYPT_OPTIONS);
  return timingSafeEqual(hash, Buffer.from(stored.hash, 'hex'));
}

const UNIT_MILLIS = { m: 60_000, h: 3_600_000, d: 86_400_000, y: 365 * 86_400_000 } as const;
/** Longer than any key should live: a typo such as `1000000y` fails here, not later as a date out of range. */
const MAX_DURATION_MILLIS = 100 * UNIT_MILLIS.y;

/** `90d`, `12h`, `30m`, `1y` (365 days) in milliseconds: a whole number above zero and one unit, nothing else. */
export function parseDuration(text: string): number {
  const match = /^(\d+)([mhdy])$/.exec(text);
  if (match?.[1] === undefined || match[2] === undefined) {
    throw new Error(`Invalid duration "${text}": expected a whole number and a unit m, h, d or y (minutes, hours, days, years), e.g. 90d`);
  }
  const millis = Number(match[1]) * UNIT_MILLIS[match[2] as keyof typeof UNIT_MILLIS];
  if (millis <= 0 || millis > MAX_DURATION_MILLIS) throw new Error(`Invalid duration "${text}": must be above zero and at most 100y`);
  return millis;
}

/** Revoked wins over expired: it was decided, not merely reached. */
export function keyState(key: ApiKeyRecord, now: Date): 'active' | 'expired' | 'revoked' {
  if (key.revokedAt !== null) return 'revoked';
  // An expiry that does not parse fails closed: the key is expired, not endless.
  if (key.expiresAt !== null && !(Date.parse(key.expiresAt) > now.getTime())) return 'expired';
  return 'active';
}
