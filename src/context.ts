/** What every resolver gets: this request's loaders (batched, cached for the request only) and its id. */
import type { Database, QueryCounter } from './db/database.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export interface RequestContext {
  requestId: string;
  database: Database;
  loaders: Loaders;
  /** Neo4j round trips this request has made (logged, and checked by the round-trip test). */
  queryCounter: QueryCounter;
}

export function createRequestContext(database: Database, requestId: string): RequestContext {
  const queryCounter: QueryCounter = { queries: 0 };
  return { requestId, database, queryCounter, loaders: createLoaders(database, queryCounter) };
}
