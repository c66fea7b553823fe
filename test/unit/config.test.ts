import { describe, expect, it } from 'vitest';
import { ConfigError, configuredLogLevel, DEFAULTS, loadConfig, localNeo4jSettings } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to a local Neo4j on the routing scheme and port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ neo4jUri: DEFAULTS.NEO4J_URI, port: 4000, manageLocalNeo4j: true, neo4jDatabase: 'neo4j' });
  });

  it('does not manage a Neo4j elsewhere', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).manageLocalNeo4j).toBe(false);
  });

  it('allows any origin by default and reads a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(loadConfig({ CORS_ORIGINS: 'https://newsroom.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://newsroom.example',
      'http://localhost:5173',
    ]);
  });

  it('caches public answers for a minute by default, and 0 means revalidate every time', () => {
    expect(loadConfig({}).cacheMaxAgeSeconds).toBe(60);
    expect(loadConfig({ CACHE_MAX_AGE_SECONDS: '0' }).cacheMaxAgeSeconds).toBe(0);
  });

  it('keeps reads open and bounds writes by default; a write timeout must be shorter than the request timeout', () => {
    expect(loadConfig({}).writes).toEqual({
      readsRequireKey: false,
      maxBodyBytes: 5_000_000,
      maxStatementsPerSubmission: 2000,
      perKeyPerMinute: 60,
      timeoutMs: 20_000,
    });
    expect(loadConfig({ READS_REQUIRE_KEY: 'true' }).writes.readsRequireKey).toBe(true);
    expect(() => loadConfig({ WRITE_TIMEOUT_MS: '30000' })).toThrow(/WRITE_TIMEOUT_MS must be less than REQUEST_TIMEOUT_MS \(30000\)/);
    expect(loadConfig({ WRITE_TIMEOUT_MS: '30000', REQUEST_TIMEOUT_MS: '60000' }).writes.timeoutMs).toBe(30_000);
  });

  it('reads the local Neo4j settings and the log level here, not where they are used', () => {
    expect(localNeo4jSettings({})).toEqual({ dir: '.neo4j', heap: '1g', pageCache: '512m' });
    expect(localNeo4jSettings({ NEO4J_LOCAL_DIR: '.neo4j-test' }).dir).toBe('.neo4j-test');
    expect(configuredLogLevel({ LOG_LEVEL: 'DEBUG' })).toBe('debug');
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ NEO4J_URI: 'http://localhost:7474' }, 'NEO4J_URI'],
    [{ NEO4J_URI: 'not a uri' }, 'NEO4J_URI'],
    [{ NEO4J_PASSWORD: 'short' }, 'NEO4J_PASSWORD'],
    [{ NEO4J_USER: ' ' }, 'NEO4J_USER'],
    [{ NEO4J_DATABASE: 'no spaces allowed' }, 'NEO4J_DATABASE'],
    [{ QUERY_TIMEOUT_MS: '0' }, 'QUERY_TIMEOUT_MS'],
    [{ CORS_ORIGINS: 'https://app.example/' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'app.example' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: ',' }, 'CORS_ORIGINS'],
    [{ CACHE_MAX_AGE_SECONDS: '-1' }, 'CACHE_MAX_AGE_SECONDS'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL'],
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
