/**
 * `npm start`: checks the configuration, starts the project's local Neo4j when NEO4J_URI names this machine,
 * seeds an empty database with seed/articles, and serves the API until SIGTERM or SIGINT.
 */
import { boltPort, ConfigError, loadConfig } from './config.js';
import { Database } from './db/database.js';
import { LocalNeo4jError, startLocalNeo4j } from './db/localNeo4j.js';
import { jsonLogger as logger } from './log.js';
import { createApiServer } from './server.js';
import { ensureSchema, seedIfEmpty } from './load/loader.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.manageLocalNeo4j) {
    const { alreadyRunning, millis } = await startLocalNeo4j({
      port: boltPort(config.neo4jUri),
      user: config.neo4jUser,
      password: config.neo4jPassword,
      log: (line) => logger.info(line),
    });
    logger.info(alreadyRunning ? 'local Neo4j already running' : 'local Neo4j started', {
      uri: config.neo4jUri,
      millis: Math.round(millis),
    });
  }
  const database = new Database(config);
  await database.ping();
  // Constraints and indexes first, every start: idempotent, and how a database from an older version gets new ones.
  await ensureSchema(database);
  await seedIfEmpty(database, (line) => logger.info(line));
  const server = await createApiServer({ config, database, logger });
  logger.info(`officials-graph API ready at ${server.url} (open it in a browser for the playground)`, { neo4j: config.neo4jUri });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info('shutting down', { signal });
    await server.stop();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof LocalNeo4jError) {
    logger.error(error.message);
  } else {
    logger.error('could not start', { error: String(error), stack: (error as Error).stack });
  }
  process.exit(1);
});
