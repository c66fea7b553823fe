/**
 * The database goes away under concurrent load and comes back. Requests must fail fast with
 * DATABASE_UNAVAILABLE (503), /readyz must say unavailable while /healthz stays up, and requests must succeed
 * again without restarting the API, with no unhandled rejection. This test runs a Neo4j of its own (port 7690)
 * so that stopping it disturbs no other test. Its figures go to test-results/outage.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boltPort, loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/localNeo4j.js';
import { errorsOnlyLogger } from '../../src/log.js';
import { createApiServer, type ApiServer } from '../../src/server.js';
import { seedTestDatabase } from '../support/api.js';

const config = loadConfig({ ...process.env, NEO4J_URI: 'neo4j://127.0.0.1:7690', NEO4J_CONNECTION_TIMEOUT_MS: '2000' });
const neo4j = {
  port: boltPort(config.neo4jUri),
  user: config.neo4jUser,
  password: config.neo4jPassword,
  dir: '.neo4j-test-outage',
  log: () => {},
};
const CONNECTIONS = 4;

let database: Database;
let server: ApiServer;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

interface Sample {
  sentAt: number;
  millis: number;
  status: number;
  code?: string;
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  await startLocalNeo4j(neo4j);
  database = new Database(config);
  await seedTestDatabase(database);
  server = await createApiServer({ config: { ...config, port: 0 }, database, logger: errorsOnlyLogger });
}, 300_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await server?.stop();
  await database?.close();
  await stopLocalNeo4j({ dir: neo4j.dir });
});

async function probe(path: string): Promise<number> {
  return (await fetch(new URL(path, server.url))).status;
}

describe('when Neo4j stops and starts again under load', () => {
  it('fails fast with DATABASE_UNAVAILABLE, reports not ready, and recovers without a restart', async () => {
    const samples: Sample[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const sentAt = performance.now();
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ node(id: "person:lai-thanh-son") { ... on Person { name tenures { position { title } } } } }' }),
        });
        const body = (await response.json()) as { errors?: { extensions: { code: string } }[] };
        samples.push({ sentAt, millis: performance.now() - sentAt, status: response.status, code: body.errors?.[0]?.extensions.code });
        await sleep(20);
      }
    };
    const workers = Array.from({ length: CONNECTIONS }, worker);

    await sleep(2000);
    const stoppedAt = performance.now();
    await stopLocalNeo4j({ dir: neo4j.dir });
    const stopReturnedAt = performance.now();
    await sleep(3000);
    const readyWhileDown = await probe('/readyz');
    const healthWhileDown = await probe('/healthz');

    const restartAt = performance.now();
    await startLocalNeo4j(neo4j);
    const startedAt = performance.now();
    await sleep(3000);
    running = false;
    await Promise.all(workers);
    const readyAfter = await probe('/readyz');

    const failures = samples.filter((sample) => sample.status !== 200);
    const firstError = failures.find((sample) => sample.sentAt >= stoppedAt) ?? failures[0];
    const firstSuccessAfterRestart = samples.find((sample) => sample.sentAt >= restartAt && sample.status === 200 && !sample.code);
    const figures = {
      requests: samples.length,
      failed: failures.length,
      failedStatuses: [...new Set(failures.map((sample) => `${sample.status} ${sample.code}`))],
      stopTookMillis: Math.round(stopReturnedAt - stoppedAt),
      firstErrorAfterStopMillis: firstError ? Math.round(firstError.sentAt + firstError.millis - stoppedAt) : null,
      slowestFailureMillis: Math.round(Math.max(0, ...failures.map((sample) => sample.millis))),
      neo4jRestartMillis: Math.round(startedAt - restartAt),
      // From the restart command to the first answer with data: mostly Neo4j's own start, the API adds no wait.
      recoveredMillisAfterRestartBegan: firstSuccessAfterRestart
        ? Math.round(firstSuccessAfterRestart.sentAt + firstSuccessAfterRestart.millis - restartAt)
        : null,
      unhandledRejections: unhandled.length,
    };
    mkdirSync('test-results', { recursive: true });
    writeFileSync('test-results/outage.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log('outage figures', figures);

    expect(readyWhileDown).toBe(503);
    expect(healthWhileDown).toBe(200);
    expect(readyAfter).toBe(200);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((sample) => sample.status === 503 && sample.code === 'DATABASE_UNAVAILABLE')).toBe(true);
    // Fail within a few seconds (the connection timeout is 2 s), not the driver's default minute.
    expect(figures.slowestFailureMillis).toBeLessThan(10_000);
    expect(firstSuccessAfterRestart).toBeDefined();
    expect(samples.at(-1)?.status).toBe(200);
    expect(unhandled).toEqual([]);
  }, 300_000);
});
