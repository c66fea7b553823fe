/**
 * The API keys of the write API (src/auth/keys.ts), as `ApiKey` nodes. The label is not in the model
 * (schema.graphql) on purpose: no GraphQL field or query reaches it, so keys are managed only by src/cli/keys.ts.
 * Date-times are stored as the ISO strings of `Date.toISOString()`: all of one format and one zone, so they sort
 * as text in time order and come back from the driver as they went in.
 */
import type { CypherQuery } from '../database.js';
import type { StoredKey } from '../../auth/keys.js';

const RECORD_FIELDS = ['id', 'name', 'role', 'createdAt', 'expiresAt', 'revokedAt'] as const;
const STORED_FIELDS = [...RECORD_FIELDS, 'hash', 'salt'] as const;

/** `k.id AS id, …`: every field a column, absent properties (a null expiry, no revocation) as null. */
const columns = (fields: readonly string[]) => fields.map((field) => `k.${field} AS ${field}`).join(', ');

/** A schema statement: Neo4j refuses it in a transaction that also writes data, so it goes in a write of its own. */
export function keyConstraint(): CypherQuery {
  return { cypher: 'CREATE CONSTRAINT api_key_id IF NOT EXISTS FOR (k:ApiKey) REQUIRE k.id IS UNIQUE', params: {} };
}

/** CREATE, not MERGE: an id that exists already fails on the constraint instead of overwriting that key. */
export function createKey(key: StoredKey): CypherQuery {
  const params = Object.fromEntries(STORED_FIELDS.map((field) => [field, key[field]]));
  return { cypher: `CREATE (:ApiKey {${STORED_FIELDS.map((field) => `${field}: $${field}`).join(', ')}})`, params };
}

/** The key with that id, hash and salt included, to check a token against; no row when there is none. */
export function findKey(id: string): CypherQuery {
  return { cypher: `MATCH (k:ApiKey {id: $id}) RETURN ${columns(STORED_FIELDS)}`, params: { id } };
}

/** Every key, revoked and expired ones too, oldest first; never the hash or salt. */
export function listKeys(): CypherQuery {
  return { cypher: `MATCH (k:ApiKey) RETURN ${columns(RECORD_FIELDS)} ORDER BY k.createdAt, k.id`, params: {} };
}

/**
 * Revokes the key with that id, or every key with that name, unless already revoked (its first revocation time
 * stays). Returns a row `{ id, name }` per key revoked now.
 */
export function revokeKey(idOrName: string, now: Date = new Date()): CypherQuery {
  return {
    cypher:
      'MATCH (k:ApiKey) WHERE (k.id = $idOrName OR k.name = $idOrName) AND k.revokedAt IS NULL ' +
      'SET k.revokedAt = $now RETURN k.id AS id, k.name AS name ORDER BY k.id',
    params: { idOrName, now: now.toISOString() },
  };
}
