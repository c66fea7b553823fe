/**
 * The one module that owns the Neo4j driver. Everything else hands it `{ cypher, params }` built elsewhere
 * (src/db/cypher/). It opens a session per call, always names the database (so no routing-table round trip is
 * spent on finding the home database), runs reads as read transactions (so that a cluster sends them to
 * secondaries), converts Neo4j values to plain JavaScript at this boundary, and maps driver failures to the
 * service's error codes.
 */
import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Record as Neo4jRecord } from 'neo4j-driver';
import type { Config } from '../config.js';
import { DatabaseUnavailableError, QueryTimeoutError } from '../errors.js';
import { toPlain } from './values.js';

export interface CypherQuery {
  cypher: string;
  params: Record<string, unknown>;
}

export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Counts this call's round trips into the request's counter. */
  counter?: QueryCounter;
  /** The transaction's bound; the configured QUERY_TIMEOUT_MS (meant for API requests) when not given. */
  timeoutMs?: number;
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

  constructor(private readonly config: Pick<Config, 'neo4jUri' | 'neo4jUser' | 'neo4jPassword' | 'neo4jDatabase' | 'queryTimeoutMs' | 'connectionTimeoutMs'>) {
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

  /** Runs one read query in a read transaction and returns its rows as plain objects. */
  async read(query: CypherQuery, options: RunOptions = {}): Promise<Row[]> {
    return this.run('READ', [query], options).then((results) => results[0] ?? []);
  }

  /** Runs queries in one write transaction, in order: all are committed or none. */
  async write(queries: CypherQuery[], options: RunOptions = {}): Promise<Row[][]> {
    return this.run('WRITE', queries, options);
  }

  private async run(mode: 'READ' | 'WRITE', queries: CypherQuery[], { counter, timeoutMs }: RunOptions): Promise<Row[][]> {
    const session = this.driver.session({
      database: this.config.neo4jDatabase,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const work = async (tx: ManagedTransaction) => {
      const results: Row[][] = [];
      for (const query of queries) {
        if (counter) counter.queries += 1;
        results.push(rowsOf((await tx.run(query.cypher, query.params)).records));
      }
      return results;
    };
    const txConfig = { timeout: timeoutMs ?? this.config.queryTimeoutMs };
    try {
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
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
