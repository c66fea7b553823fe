import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './plugins/queryLimits.js';

/**
 * Configuration from the environment, validated once at start. Defaults run everything locally:
 * the routing scheme `neo4j://` so that the same code serves a Neo4j cluster or Aura unchanged.
 */
export interface Config {
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  port: number;
  /** The interface to listen on: loopback by default, so that a developer's API is not open to the network. */
  host: string;
  /** True when NEO4J_URI names this machine: then the project's own Neo4j is started when needed. */
  manageLocalNeo4j: boolean;
  /** Bound on each Neo4j transaction, so that one query cannot hold the service. */
  queryTimeoutMs: number;
  /** How long to wait for a pooled connection or a new one before reporting the database unavailable. */
  connectionTimeoutMs: number;
  nodeEnv: string;
  /** Bound on a whole HTTP request, from its first byte to its answer. */
  requestTimeoutMs: number;
  maxBodyBytes: number;
  /** Bound on an answer's size, counted before it is serialized (src/plugins/answerSize.ts). */
  maxResponseBytes: number;
  /** Bound on the GraphQL document's tokens, enforced by the parser before anything else. */
  maxTokens: number;
  queryLimits: QueryLimits;
  /** `debug` logs a line per request. */
  logLevel: LogLevel;
  /**
   * Origins of browser apps allowed to call the API (CORS): `*` for any, which suits a public read API whose
   * answers are the same for everyone and which uses no cookies.
   */
  corsOrigins: '*' | readonly string[];
  /** `Cache-Control: public, max-age` of a successful GET query; 0 sends `no-cache` (revalidate with the ETag). */
  cacheMaxAgeSeconds: number;
  /** Bound on the automatic persisted queries kept in memory, in bytes of query text. */
  persistedQueriesCacheBytes: number;
  writes: WriteSettings;
  throttles: ThrottleSettings;
}

/** Bounds per client (its address) on what costs the service without costing the client (src/plugins/expensiveOperations.ts). */
export interface ThrottleSettings {
  /** `@expensive` operations per address and minute without a key, and with a reader's key. */
  expensiveAnonymousPerMinute: number;
  expensiveReaderPerMinute: number;
  /** `@expensive` operations running at once from callers below editor, all addresses together. */
  expensiveConcurrent: number;
  /** Worker threads that read texts into drafts (extractDraft), beside the main thread that serves reads. */
  extractThreads: number;
  /** Wrong keys per address and minute; past it, the address is refused (429) before its key is checked. */
  authFailuresPerMinute: number;
  /**
   * Take the client's address from X-Forwarded-For (its last entry, the one the proxy added): only behind a proxy
   * the operator runs, since any client can send the header.
   */
  trustProxy: boolean;
}

/** Who may read, and the bounds of the write API (src/write/). */
export interface WriteSettings {
  /** Reads need a key too (any role): for a private deployment. Off by default: the graph is open data. */
  readsRequireKey: boolean;
  /** The body size allowed to a request carrying a valid editor's or admin's key; others get MAX_BODY_BYTES. */
  maxBodyBytes: number;
  maxStatementsPerSubmission: number;
  /** Writes per key in any 60 seconds; beyond, 429 with Retry-After. */
  perKeyPerMinute: number;
  /**
   * Bound on a write's transaction. Shorter than REQUEST_TIMEOUT_MS, so that a client told its request timed out
   * can rely on nothing having been written: Neo4j rolls a transaction back when it runs out of time.
   */
  timeoutMs: number;
}

export type LogLevel = 'debug' | 'info';

/** The project's own Neo4j on this machine (src/db/localNeo4j.ts). */
export interface LocalNeo4jSettings {
  /** Its data folder, relative to the project. */
  dir: string;
  heap: string;
  pageCache: string;
}

export const DEFAULTS = {
  NEO4J_URI: 'neo4j://127.0.0.1:7687',
  NEO4J_USER: 'neo4j',
  NEO4J_PASSWORD: 'officials-graph-local',
  NEO4J_DATABASE: 'neo4j',
  PORT: '4000',
  HOST: '127.0.0.1',
  QUERY_TIMEOUT_MS: '10000',
  NEO4J_CONNECTION_TIMEOUT_MS: '3000',
  REQUEST_TIMEOUT_MS: '30000',
  MAX_BODY_BYTES: '100000',
  MAX_RESPONSE_BYTES: '8000000',
  MAX_TOKENS: '5000',
  MAX_QUERY_DEPTH: String(DEFAULT_QUERY_LIMITS.maxDepth),
  MAX_ALIASES: String(DEFAULT_QUERY_LIMITS.maxAliases),
  MAX_DIRECTIVES: String(DEFAULT_QUERY_LIMITS.maxDirectives),
  MAX_QUERY_COST: String(DEFAULT_QUERY_LIMITS.maxCost),
  REVEAL_LIMITS: 'false',
  LOG_LEVEL: 'info',
  CORS_ORIGINS: '*',
  CACHE_MAX_AGE_SECONDS: '60',
  PERSISTED_QUERIES_CACHE_BYTES: '8000000',
  READS_REQUIRE_KEY: 'false',
  MAX_WRITE_BODY_BYTES: '5000000',
  MAX_STATEMENTS_PER_SUBMISSION: '2000',
  WRITES_PER_KEY_PER_MINUTE: '60',
  WRITE_TIMEOUT_MS: '20000',
  EXPENSIVE_ANONYMOUS_PER_MINUTE: '20',
  EXPENSIVE_READER_PER_MINUTE: '120',
  EXPENSIVE_CONCURRENT: '2',
  EXTRACT_THREADS: '1',
  AUTH_FAILURES_PER_MINUTE: '10',
  TRUST_PROXY: 'false',
  NEO4J_LOCAL_DIR: '.neo4j',
  NEO4J_HEAP: '1g',
  NEO4J_PAGECACHE: '512m',
} as const;

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);
const NEO4J_SCHEMES = new Set(['neo4j:', 'neo4j+s:', 'neo4j+ssc:', 'bolt:', 'bolt+s:', 'bolt+ssc:']);

function positiveInteger(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS, max: number): number {
  const raw = env[name] ?? DEFAULTS[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < 1 || value > max) {
    throw new ConfigError(name, `must be a whole number from 1 to ${max}, got "${raw}"`);
  }
  return value;
}

function nonNegativeInteger(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS, max: number): number {
  const raw = env[name] ?? DEFAULTS[name];
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value > max) throw new ConfigError(name, `must be a whole number from 0 to ${max}, got "${raw}"`);
  return value;
}

function booleanFlag(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS): boolean {
  const raw = (env[name] ?? DEFAULTS[name]).toLowerCase();
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(name, `must be true or false, got "${raw}"`);
  return raw === 'true';
}

function nonEmpty(env: NodeJS.ProcessEnv, name: keyof typeof DEFAULTS): string {
  const value = env[name] ?? DEFAULTS[name];
  if (value.trim() === '') throw new ConfigError(name, 'must not be empty');
  return value;
}

function logLevel(env: NodeJS.ProcessEnv): LogLevel {
  const raw = (env.LOG_LEVEL ?? DEFAULTS.LOG_LEVEL).toLowerCase();
  if (raw !== 'debug' && raw !== 'info') throw new ConfigError('LOG_LEVEL', `must be debug or info, got "${raw}"`);
  return raw;
}

/**
 * `*`, or origins separated by commas, each as a browser sends it in `Origin` (scheme, host, port; no path):
 * an origin written with a trailing slash or a path would never match, so it is refused here rather than
 * silently refusing every browser.
 */
function corsOrigins(env: NodeJS.ProcessEnv): '*' | string[] {
  const raw = (env.CORS_ORIGINS ?? DEFAULTS.CORS_ORIGINS).trim();
  if (raw === '*') return '*';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
  if (origins.length === 0) throw new ConfigError('CORS_ORIGINS', 'must be * or a list of origins separated by commas');
  for (const origin of origins) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (parsed?.origin !== origin) {
      throw new ConfigError('CORS_ORIGINS', `has "${origin}", which is not an origin such as https://app.example or http://localhost:5173`);
    }
  }
  return origins;
}

/** Settings of the project's own Neo4j: read here so that every process that starts it reads them alike. */
export function localNeo4jSettings(env: NodeJS.ProcessEnv = process.env): LocalNeo4jSettings {
  return { dir: nonEmpty(env, 'NEO4J_LOCAL_DIR'), heap: nonEmpty(env, 'NEO4J_HEAP'), pageCache: nonEmpty(env, 'NEO4J_PAGECACHE') };
}

/** The log level alone, for the logger that exists before (and when) the rest of the configuration fails. */
export function configuredLogLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  try {
    return logLevel(env);
  } catch {
    return 'info';
  }
}

/** Reads and checks the configuration; throws a ConfigError naming the variable that is wrong. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const neo4jUri = nonEmpty(env, 'NEO4J_URI');
  let url: URL;
  try {
    url = new URL(neo4jUri);
  } catch {
    throw new ConfigError('NEO4J_URI', `is not a URI: "${neo4jUri}" (expected e.g. ${DEFAULTS.NEO4J_URI})`);
  }
  if (!NEO4J_SCHEMES.has(url.protocol)) {
    throw new ConfigError('NEO4J_URI', `has scheme "${url.protocol}"; use neo4j://, neo4j+s://, bolt:// or bolt+s://`);
  }
  const neo4jPassword = nonEmpty(env, 'NEO4J_PASSWORD');
  if (neo4jPassword.length < 8) throw new ConfigError('NEO4J_PASSWORD', 'must be at least 8 characters (Neo4j requires it)');
  const neo4jDatabase = nonEmpty(env, 'NEO4J_DATABASE');
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(neo4jDatabase)) {
    throw new ConfigError('NEO4J_DATABASE', `is not a valid Neo4j database name: "${neo4jDatabase}"`);
  }
  const requestTimeoutMs = positiveInteger(env, 'REQUEST_TIMEOUT_MS', 600_000);
  const writeTimeoutMs = positiveInteger(env, 'WRITE_TIMEOUT_MS', 600_000);
  if (writeTimeoutMs >= requestTimeoutMs)
    throw new ConfigError('WRITE_TIMEOUT_MS', `must be less than REQUEST_TIMEOUT_MS (${requestTimeoutMs}), got ${writeTimeoutMs}`);
  return {
    neo4jUri,
    neo4jUser: nonEmpty(env, 'NEO4J_USER'),
    neo4jPassword,
    neo4jDatabase,
    port: positiveInteger(env, 'PORT', 65535),
    host: nonEmpty(env, 'HOST'),
    manageLocalNeo4j: LOCAL_HOSTS.has(url.hostname),
    queryTimeoutMs: positiveInteger(env, 'QUERY_TIMEOUT_MS', 600_000),
    connectionTimeoutMs: positiveInteger(env, 'NEO4J_CONNECTION_TIMEOUT_MS', 600_000),
    nodeEnv: env.NODE_ENV ?? 'development',
    requestTimeoutMs,
    maxBodyBytes: positiveInteger(env, 'MAX_BODY_BYTES', 100_000_000),
    maxResponseBytes: positiveInteger(env, 'MAX_RESPONSE_BYTES', 1_000_000_000),
    maxTokens: positiveInteger(env, 'MAX_TOKENS', 1_000_000),
    queryLimits: {
      maxDepth: positiveInteger(env, 'MAX_QUERY_DEPTH', 1000),
      maxAliases: positiveInteger(env, 'MAX_ALIASES', 100_000),
      maxDirectives: positiveInteger(env, 'MAX_DIRECTIVES', 100_000),
      maxCost: positiveInteger(env, 'MAX_QUERY_COST', 1_000_000_000),
      revealLimits: booleanFlag(env, 'REVEAL_LIMITS'),
    },
    logLevel: logLevel(env),
    corsOrigins: corsOrigins(env),
    cacheMaxAgeSeconds: nonNegativeInteger(env, 'CACHE_MAX_AGE_SECONDS', 31_536_000),
    persistedQueriesCacheBytes: positiveInteger(env, 'PERSISTED_QUERIES_CACHE_BYTES', 1_000_000_000),
    writes: {
      readsRequireKey: booleanFlag(env, 'READS_REQUIRE_KEY'),
      maxBodyBytes: positiveInteger(env, 'MAX_WRITE_BODY_BYTES', 1_000_000_000),
      maxStatementsPerSubmission: positiveInteger(env, 'MAX_STATEMENTS_PER_SUBMISSION', 1_000_000),
      perKeyPerMinute: positiveInteger(env, 'WRITES_PER_KEY_PER_MINUTE', 1_000_000),
      timeoutMs: writeTimeoutMs,
    },
    throttles: {
      expensiveAnonymousPerMinute: positiveInteger(env, 'EXPENSIVE_ANONYMOUS_PER_MINUTE', 1_000_000),
      expensiveReaderPerMinute: positiveInteger(env, 'EXPENSIVE_READER_PER_MINUTE', 1_000_000),
      expensiveConcurrent: positiveInteger(env, 'EXPENSIVE_CONCURRENT', 1000),
      extractThreads: positiveInteger(env, 'EXTRACT_THREADS', 16),
      authFailuresPerMinute: positiveInteger(env, 'AUTH_FAILURES_PER_MINUTE', 1_000_000),
      trustProxy: booleanFlag(env, 'TRUST_PROXY'),
    },
  };
}

/** The Bolt port of a local NEO4J_URI (7687 when the URI names none). */
export function boltPort(neo4jUri: string): number {
  const port = new URL(neo4jUri).port;
  return port === '' ? 7687 : Number(port);
}
