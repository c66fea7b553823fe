/**
 * Locks on what a write derives, held until its transaction ends. A fact is derived from all the claims about it:
 * two transactions deriving one fact at once would each miss the other's claims (Neo4j reads committed data), so
 * every write first locks the keys of the article, the entities and the facts it touches, and writes that touch
 * different ones run side by side. The locks are nodes of the database, so that several API processes, and the
 * loader beside them, stay correct; a SET takes the node's write lock, and the constraint makes MERGE safe when two
 * writes create one lock node at once. Keys are locked in one order, so that two writes never wait for each other
 * in a cycle (Neo4j would detect it, and the driver retry).
 */
import type { CypherQuery } from '../database.js';

export const LOCK_LABEL = 'WriteLock';

/** Takes the locks on `keys` (node ids: an article, an entity, a fact) until the transaction ends. */
export function lockKeys(keys: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $keys AS key MERGE (lock:${LOCK_LABEL} {id: key}) SET lock.at = timestamp()`,
    params: { keys: [...new Set(keys)].sort() },
  };
}
