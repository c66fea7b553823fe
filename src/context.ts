/** What every resolver gets: this request's loaders (batched, cached for the request only) and its id. */
import { ANONYMOUS, type Caller } from './auth/authenticate.js';
import type { Database, QueryCounter } from './db/database.js';
import { createLoaders, type Loaders } from './loaders/index.js';
import type { DraftPool } from './extract/draftPool.js';
import type { Writer } from './write/writer.js';

export interface RequestContext {
  requestId: string;
  database: Database;
  loaders: Loaders;
  /** Neo4j round trips this request has made (logged, and checked by the round-trip test). */
  queryCounter: QueryCounter;
  /** Who asks: the key sent with the request, checked before anything else (src/auth/). */
  caller: Caller;
  /** The client's address (src/http/clientAddress.ts), by which expensive work and wrong keys are limited. */
  client: string;
  /** The write API's transactions (src/write/); absent where only reads are served (unit tests of the executor). */
  writer?: Writer;
  /** The threads that read texts into drafts (extractDraft); absent in unit tests of the executor. */
  drafts?: DraftPool;
  /** When the request's time is up (REQUEST_TIMEOUT_MS from its first byte), in ms since the epoch. */
  deadline: number;
}

export function createRequestContext(
  database: Database,
  requestId: string,
  options: { caller?: Caller; client?: string; writer?: Writer; drafts?: DraftPool; deadline?: number } = {},
): RequestContext {
  const queryCounter: QueryCounter = { queries: 0 };
  return {
    requestId,
    database,
    queryCounter,
    loaders: createLoaders(database, queryCounter),
    caller: options.caller ?? ANONYMOUS,
    client: options.client ?? 'local',
    writer: options.writer,
    drafts: options.drafts,
    deadline: options.deadline ?? Infinity,
  };
}
