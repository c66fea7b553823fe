/**
 * Listening: the request handler (src/http/handler.ts) on a node:http server, with the timeouts of a public
 * endpoint, and a stop that lets requests in flight finish.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import { createApiHandler, GRAPHQL_PATH, type HandlerConfig } from './http/handler.js';
import type { Logger } from './log.js';

export { GRAPHQL_PATH };

export interface ApiServerOptions {
  config: HandlerConfig & Pick<Config, 'port' | 'host'>;
  database: Database;
  logger?: Logger;
}

export interface ApiServer {
  httpServer: Server;
  url: string;
  stop(): Promise<void>;
}

/** The host of the URL to reach the server at: a wildcard address is reached through localhost. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/**
 * How long an idle kept-alive connection stays open. Node's 5 s default is shorter than what clients and proxies
 * assume (a load balancer keeps its connections 60 s; fetch reuses a socket it believes open): a request sent on a
 * socket the server is closing at that moment fails with ECONNRESET. Outliving the proxy's idle time means the
 * client always closes first.
 */
const IDLE_CONNECTION_MS = 65_000;

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const { config } = options;
  const handler = await createApiHandler(options);
  const httpServer = createServer(
    {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: Math.min(config.requestTimeoutMs, 60_000),
      keepAliveTimeout: IDLE_CONNECTION_MS,
    },
    (request, response) => void handler.handle(request, response),
  );
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;

  return {
    httpServer,
    url: `http://${urlHost(config.host)}:${port}${GRAPHQL_PATH}`,
    async stop() {
      // Stop accepting, let requests in flight finish, then stop Apollo.
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await handler.stop();
    },
  };
}
