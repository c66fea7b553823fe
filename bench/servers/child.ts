/**
 * One benchmarked server in a process of its own, so that its resident memory and CPU are its own:
 * `child.ts <floor|api|neo4j-graphql> <bolt port> <neo4j dir>`, on a free port of 127.0.0.1 (so that runs beside
 * other programs, or other benchmarks, never collide). Tells the parent over IPC when it listens,
 * and answers `stats` messages with its request and Neo4j query counts.
 */
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { createApiServer } from '../../src/server.js';
import { errorsOnlyLogger } from '../../src/log.js';
import { benchConfig, benchDatabase, benchNeo4jOptions } from '../lib/benchNeo4j.js';
import { createFloorServer } from './floor.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphqlTypeDefs.js';

export type Variant = 'floor' | 'api' | 'neo4j-graphql';

export type ChildMessage =
  { type: 'ready'; url: string } | { type: 'stats'; requests: number; queries: number } | { type: 'error'; message: string };

const [variant, boltPort, neo4jDir] = process.argv.slice(2) as [Variant, string, string];
let counter = { requests: 0, queries: 0 };

/**
 * The driver @neo4j/graphql gets, counting every query it sends (each `run` in a transaction): how its
 * "one Cypher query per request" is checked rather than assumed.
 */
function countingDriver(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver) as unknown;
      return (...args: Parameters<Driver['session']>): Session => {
        const session = target.session(...args);
        const countTx = (tx: ManagedTransaction): ManagedTransaction =>
          new Proxy(tx, {
            get(txTarget, txProperty, txReceiver) {
              const value = Reflect.get(txTarget, txProperty, txReceiver) as unknown;
              if (txProperty !== 'run' || typeof value !== 'function') return value;
              return (...runArgs: Parameters<ManagedTransaction['run']>) => {
                counter.queries += 1;
                return txTarget.run(...runArgs);
              };
            },
          });
        const executeRead = session.executeRead.bind(session);
        session.executeRead = (work, config) => executeRead((tx) => work(countTx(tx)), config);
        return session;
      };
    },
  });
}

async function start(): Promise<string> {
  const neo4jOptions = benchNeo4jOptions({ port: boltPort, dir: neo4jDir });
  const database = benchDatabase(neo4jOptions);
  if (variant === 'api') {
    // Port 0 (any free one) is not a port a deployment names, so it is set after the configuration is read.
    const config = { ...benchConfig(neo4jOptions, { HOST: '127.0.0.1', NODE_ENV: 'production' }), port: 0 };
    const server = await createApiServer({ config, database, logger: errorsOnlyLogger });
    server.httpServer.on('request', () => (counter.requests += 1));
    return server.url;
  }
  if (variant === 'floor') {
    const floor = createFloorServer(database);
    await new Promise<void>((resolve) => floor.server.listen(0, '127.0.0.1', resolve));
    counter = floor.counter;
    return `http://127.0.0.1:${(floor.server.address() as AddressInfo).port}/graphql`;
  }
  const neoSchema = new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver: countingDriver(database.driver) });
  const schema = await neoSchema.getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  const { url } = await startStandaloneServer(apollo, {
    listen: { port: 0, host: '127.0.0.1' },
    context: async () => {
      counter.requests += 1;
      return {};
    },
  });
  // The standalone server answers GraphQL on every path; the root is where it says it listens.
  return url.replace('localhost', '127.0.0.1');
}

// A normal exit on SIGINT, so that a --cpu-prof profile is written.
process.on('SIGINT', () => process.exit(0));

process.on('message', (message: unknown) => {
  if (message === 'stats') process.send?.({ type: 'stats', requests: counter.requests, queries: counter.queries } satisfies ChildMessage);
});

start()
  .then((url) => process.send?.({ type: 'ready', url } satisfies ChildMessage))
  .catch((error: unknown) => {
    process.send?.({
      type: 'error',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    } satisfies ChildMessage);
    process.exit(1);
  });
