/** Making a key: `npm run keys -- create` and the tests both make keys this one way. */
import type { Database } from '../db/database.js';
import { createKey, keyConstraint } from '../db/cypher/keys.js';
import { hashSecret, newKey, type ApiKeyRecord, type Role, type StoredKey } from './keys.js';

export interface KeyRequest {
  name: string;
  role: Role;
  /** Milliseconds from now; null for a key that never expires. */
  expiresIn: number | null;
}

/** Stores a new key, hashed, and returns its record and its token: the only time the token exists outside the caller. */
export async function issueKey(database: Database, request: KeyRequest): Promise<{ key: ApiKeyRecord; token: string }> {
  const { id, secret, token } = newKey();
  const now = new Date();
  const key: StoredKey = {
    id,
    name: request.name,
    role: request.role,
    createdAt: now.toISOString(),
    expiresAt: request.expiresIn === null ? null : new Date(now.getTime() + request.expiresIn).toISOString(),
    revokedAt: null,
    ...(await hashSecret(secret)),
  };
  await database.write([keyConstraint()]);
  await database.write([createKey(key)]);
  return { key: { id, name: key.name, role: key.role, createdAt: key.createdAt, expiresAt: key.expiresAt, revokedAt: null }, token };
}
