/**
 * Makes sure the tests' Neo4j is up before any integration test runs: starts the project's local one when
 * NEO4J_URI names this machine, and fails with a clear message when no database answers.
 */
import { boltPort, loadConfig } from '../src/config.js';
import { Database } from '../src/db/database.js';
import { startLocalNeo4j } from '../src/db/localNeo4j.js';

export default async function setup(): Promise<void> {
  const config = loadConfig({ NEO4J_URI: 'neo4j://127.0.0.1:7688', NEO4J_LOCAL_DIR: '.neo4j-test', ...process.env });
  if (config.manageLocalNeo4j) {
    await startLocalNeo4j({
      port: boltPort(config.neo4jUri),
      user: config.neo4jUser,
      password: config.neo4jPassword,
      dir: process.env.NEO4J_LOCAL_DIR ?? '.neo4j-test',
      log: (line) => console.log(`[neo4j] ${line}`),
    });
  }
  const database = new Database(config);
  try {
    await database.ping();
  } catch (error) {
    throw new Error(
      `The tests need a Neo4j at ${config.neo4jUri} (user ${config.neo4jUser}), and none answers: ${(error as Error).message}`,
    );
  } finally {
    await database.close();
  }
}
