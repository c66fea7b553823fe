/** `npm run db:start | db:stop | db:status`: the local Neo4j, configured from the same environment as the API. */
import { boltPort, loadConfig } from '../config.js';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../db/localNeo4j.js';

async function main(command: string | undefined): Promise<number> {
  const config = loadConfig();
  if (!config.manageLocalNeo4j) {
    console.log(`NEO4J_URI is ${config.neo4jUri}: not this machine, so there is no local Neo4j to ${command ?? 'manage'}.`);
    return command === 'status' ? 0 : 1;
  }
  const port = boltPort(config.neo4jUri);
  switch (command) {
    case 'start': {
      const { alreadyRunning, millis } = await startLocalNeo4j({ port, user: config.neo4jUser, password: config.neo4jPassword });
      console.log(
        alreadyRunning
          ? `Neo4j is already running on bolt://127.0.0.1:${port}.`
          : `Neo4j is ready on bolt://127.0.0.1:${port} (started in ${(millis / 1000).toFixed(1)} s).`,
      );
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const status = await localNeo4jStatus({ port });
      console.log(status.running ? `Neo4j is running (pid ${status.pid}) on bolt://127.0.0.1:${port}.` : 'Neo4j is not running.');
      return status.running ? 0 : 3;
    }
    default:
      console.error('usage: tsx src/cli/neo4j.ts start|stop|status');
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof LocalNeo4jError || (error instanceof Error && error.name === 'ConfigError') ? error.message : error);
    process.exit(1);
  },
);
