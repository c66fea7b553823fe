import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('defaults to a local Neo4j on the routing scheme and port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ neo4jUri: DEFAULTS.NEO4J_URI, port: 4000, manageLocalNeo4j: true, neo4jDatabase: 'neo4j' });
  });

  it('does not manage a Neo4j elsewhere', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io' }).manageLocalNeo4j).toBe(false);
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
  ])('rejects %j naming %s', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`^Invalid configuration: ${variable} `));
  });
});
