import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULTS, loadConfig } from '../../src/config.js';

interface ComposeService {
  image?: string;
  build?: string;
  environment: Record<string, string>;
  ports: string[];
  healthcheck?: { test: string[] };
  restart?: string;
  depends_on?: Record<string, { condition: string }>;
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8')) as { services: Record<string, ComposeService> };

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const api = compose.services.api!;

  it('runs Neo4j 5.26 Community with a health check and a data volume', () => {
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.healthcheck?.test.join(' ')).toContain('cypher-shell');
    expect(JSON.stringify(neo4j)).toContain('neo4j-data:/data');
  });

  it('starts the API only once Neo4j is healthy', () => {
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
  });

  it('restarts both after a crash, and checks the API with the same command as the image', () => {
    expect([neo4j.restart, api.restart]).toEqual(['unless-stopped', 'unless-stopped']);
    const imageCheck = /^\s+CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8').split(/^HEALTHCHECK /m)[1]!)![1]!;
    expect(['CMD', ...(JSON.parse(imageCheck) as string[])]).toEqual(api.healthcheck?.test);
  });

  it('gives the API a configuration that the app accepts and that points at the neo4j service', () => {
    const env = Object.fromEntries(
      Object.entries(api.environment).map(([name, value]) => [name, value.replace(/\$\{(\w+):-([^}]*)\}/g, '$2')]),
    );
    const config = loadConfig(env);
    expect(new URL(config.neo4jUri).hostname).toBe('neo4j');
    expect(config.manageLocalNeo4j).toBe(false);
    expect(config.neo4jPassword).toBe(DEFAULTS.NEO4J_PASSWORD);
    expect(neo4j.environment.NEO4J_AUTH).toBe(`${config.neo4jUser}/\${NEO4J_PASSWORD:-${DEFAULTS.NEO4J_PASSWORD}}`);
  });

  it('publishes the Bolt port that the API uses and the API port that the app listens on', () => {
    const config = loadConfig(
      Object.fromEntries(Object.entries(api.environment).map(([name, value]) => [name, value.replace(/\$\{(\w+):-([^}]*)\}/g, '$2')])),
    );
    expect(neo4j.ports).toContain(`127.0.0.1:${new URL(config.neo4jUri).port}:7687`);
    expect(api.ports).toContain(`${config.port}:${config.port}`);
  });
});
