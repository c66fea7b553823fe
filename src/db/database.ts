/**
 * The one module that owns the Neo4j driver. Everything else hands it `{ cypher, params }` built elsewhere
 * (src/db/cypher/). It opens a session per call, always names the database (so no routing-table round trip is
 * spent on finding the home database), runs reads in READ sessions (so that a cluster sends them to
 * secondaries), converts Neo4j values to plain JavaScript at this boundary, and maps driver failures to the
 * service's error codes.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { Config } from '../config.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';
import { toPlain } from './values.js';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
  /** For a write: the nodes it changes, which the change feed records (src/statements/changes.ts). */
  changes?: QueryChanges;
}

/**
 * The nodes a write query changes, as its builder declares them: ids it writes, creates or removes, given or, where
 * only the query finds them, returned in a column of its one row. This module ignores it; the writers' transactions
 * collect it (src/statements/changes.ts).
 */
export interface QueryChanges {
  written?: readonly string[];
  created?: readonly string[];
  removed?: readonly string[];
  writtenColumn?: string;
  createdColumn?: string;
  removedColumn?: string;
}

export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Counts this call's round trips into the request's counter. */
  counter?: QueryCounter;
  /** The transaction's bound; the configured QUERY_TIMEOUT_MS (meant for API requests) when not given. */
  timeoutMs?: number;
  /** Shown by Neo4j's SHOW TRANSACTIONS (`metaData`): what a transaction is for. */
  metadata?: Record<string, string>;
}

/** Counts round trips (one per query sent), so that tests and benchmarks can see what a request cost. */
export interface QueryCounter {
  queries: number;
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

function mapDriverError(error: unknown): unknown {
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('Neo.TransientError.General')) {
      return new DatabaseUnavailableError(error);
    }
    if (TIMEOUT_CODES.has(error.code)) return new QueryTimeoutError(error);
  }
  return error;
}

function rowsOf(records: Neo4jRecord[]): Row[] {
  return records.map((record) => toPlain(record.toObject()) as Row);
}

export class Database {
  readonly driver: Driver;

  constructor(
    private readonly config: Pick<
      Config,
      'neo4jUri' | 'neo4jUser' | 'neo4jPassword' | 'neo4jDatabase' | 'queryTimeoutMs' | 'connectionTimeoutMs'
    >,
  ) {
    this.driver = neo4j.driver(config.neo4jUri, neo4j.auth.basic(config.neo4jUser, config.neo4jPassword), {
      // Fail fast when the database is away: a client waits seconds for an UNAVAILABLE answer, not the
      // driver's default minute, and the next request tries a fresh connection.
      connectionAcquisitionTimeout: config.connectionTimeoutMs,
      connectionTimeout: config.connectionTimeoutMs,
      maxTransactionRetryTime: config.connectionTimeoutMs,
      disableLosslessIntegers: false,
      userAgent: 'officials-graph',
    });
  }

  /**
   * Runs one read query and returns its rows as plain objects. Reads run as auto-commit transactions in a READ
   * session (a cluster still routes them to readers): a managed transaction would add a COMMIT round trip to
   * every query, which the benchmark measured at about 0.5 ms of CPU and 0.8 ms of latency each. The cost is
   * that a transient failure is not retried here: it answers DATABASE_UNAVAILABLE and the client retries.
   */
  async read(query: CypherQuery, { counter, timeoutMs }: RunOptions = {}): Promise<Row[]> {
    return this.withSession('READ', async (session) => {
      if (counter) counter.queries += 1;
      const result = await session.run(query.cypher, query.params, { timeout: timeoutMs ?? this.config.queryTimeoutMs });
      return rowsOf(result.records);
    });
  }

  /** Runs queries in one write transaction, in order: all are committed or none (retried on transient errors). */
  async write(queries: CypherQuery[], { counter, timeoutMs }: RunOptions = {}): Promise<Row[][]> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite(
        async (tx: ManagedTransaction) => {
          const results: Row[][] = [];
          for (const query of queries) {
            if (counter) counter.queries += 1;
            results.push(rowsOf((await tx.run(query.cypher, query.params)).records));
          }
          return results;
        },
        { timeout: timeoutMs ?? this.config.queryTimeoutMs },
      ),
    );
  }

  /**
   * Runs `work` in one write transaction: it may read what earlier queries of the same transaction wrote and
   * decide what to write next (the loader derives facts from the statements it finds). All or nothing; retried
   * as a whole on transient errors, so `work` must not keep state across attempts.
   */
  async transaction<T>(
    work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>,
    { counter, timeoutMs, metadata }: RunOptions = {},
  ): Promise<T> {
    return this.withSession('WRITE', (session) =>
      session.executeWrite(
        async (tx: ManagedTransaction) =>
          work(async (query) => {
            if (counter) counter.queries += 1;
            return rowsOf((await tx.run(query.cypher, query.params)).records);
          }),
        { timeout: timeoutMs ?? this.config.queryTimeoutMs, ...(metadata ? { metadata } : {}) },
      ),
    );
  }

  /** A session for one operation, on the named database, closed afterwards, with driver errors mapped. */
  private async withSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.config.neo4jDatabase,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      return await work(session);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  /** Resolves when the database answers a query; throws DatabaseUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.read({ cypher: 'RETURN 1 AS ok', params: {} });
  }

  async close(): Promise<void> {
    await this.driver.close();
  }
}
