/**
 * The request handler, apart from listening on a port (src/server.ts): the routes of the service, and what every
 * answer carries (a request id, the security headers). Queries enter at /graphql (graphqlRequest.ts, then Apollo
 * Server: apollo.ts); resolvers are in src/resolvers/, Cypher in src/db/cypher/. /health, /healthz and /readyz
 * tell a supervisor that the process lives and whether it can reach the database; /export/… streams the graph in
 * the field's formats (exportRoute.ts); the playground and the explorer are pages served from memory.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createAuthenticator } from '../auth/authenticate.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { DatabaseUnavailableError, ErrorCode, RateLimitedError, UnauthenticatedError } from '../errors.js';
import { createEntityPages } from '../explore/entityPages.js';
import { createExplore } from '../explore/index.js';
import { jsonLogger, type Logger } from '../log.js';
import { createPlayground } from '../playground/index.js';
import { createWriter } from '../write/writer.js';
import { DraftPool } from '../extract/draftPool.js';
import { createApollo, type ApolloConfig } from './apollo.js';
import { createCors } from './cors.js';
import { createExportRoute } from './exportRoute.js';
import { createGraphQLRequestHandler, type GraphQLRequestConfig } from './graphqlRequest.js';
import { BodyTooLargeError, sendJson, sendJsonError } from './responses.js';
import { PAGE_POLICY, setSecurityHeaders } from './securityHeaders.js';

export const GRAPHQL_PATH = '/graphql';

export type HandlerConfig = ApolloConfig & GraphQLRequestConfig & Pick<Config, 'requestTimeoutMs' | 'corsOrigins'>;

export interface ApiHandlerOptions {
  config: HandlerConfig;
  database: Database;
  logger?: Logger;
}

export interface ApiHandler {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Stops Apollo Server; the caller stops accepting requests first. */
  stop(): Promise<void>;
}

class RequestTimeoutError extends Error {}

/** Answers for a request that runs too long; the work itself is bounded by the Neo4j transaction timeout. */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new RequestTimeoutError()), timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export async function createApiHandler(options: ApiHandlerOptions): Promise<ApiHandler> {
  const logger = options.logger ?? jsonLogger;
  const { database, config } = options;
  const apollo = createApollo(config, logger);
  await apollo.start();
  const playground = createPlayground(GRAPHQL_PATH);
  const explore = createExplore();
  const entityPages = createEntityPages(database, explore);
  const cors = createCors({ origins: config.corsOrigins });
  const authenticate = createAuthenticator(database);
  const exports = createExportRoute({ database, authenticate, readsRequireKey: config.writes.readsRequireKey, logger });
  const drafts = new DraftPool(config.throttles.extractThreads);
  const handleGraphQL = createGraphQLRequestHandler({
    apollo,
    authenticate,
    database,
    writer: createWriter(database, config.writes),
    drafts,
    config,
    logger,
  });

  /** Whether the database answers: what tells a ready process from one that only lives. */
  const ready = () =>
    database.ping().then(
      () => true,
      () => false,
    );

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const requestId = randomUUID();
    response.setHeader('x-request-id', requestId);
    setSecurityHeaders(response);
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        sendJson(response, 200, { status: 'ok' });
      } else if (url.pathname === '/readyz') {
        if (await ready()) sendJson(response, 200, { status: 'ready' });
        else sendJson(response, 503, { status: 'unavailable', reason: 'the graph database does not answer' });
      } else if (url.pathname === '/health') {
        // Live whenever it answers; ready when the database does too. 200 either way: restarting a process whose
        // database is away does not bring the database back.
        sendJson(response, 200, { live: true, ready: await ready() });
      } else if (url.pathname === GRAPHQL_PATH) {
        if (cors(request, response)) return;
        if (playground.wantsPage(request, url)) {
          setSecurityHeaders(response, PAGE_POLICY);
          playground.servePage(response);
        } else
          await withTimeout(handleGraphQL(request, response, url, requestId, started + config.requestTimeoutMs), config.requestTimeoutMs);
      } else if (exports.formatOf(url.pathname) !== undefined && (request.method === 'GET' || request.method === 'HEAD')) {
        await exports.serve(request, response, exports.formatOf(url.pathname)!, requestId);
      } else if (request.method === 'GET' && entityPages.idOf(url.pathname) !== undefined) {
        // An entity's stable address: the explorer's page, with what search engines and link previews read.
        setSecurityHeaders(response, PAGE_POLICY);
        await entityPages.serve(entityPages.idOf(url.pathname)!, response);
      } else if (url.pathname === '/') {
        response.writeHead(302, { location: GRAPHQL_PATH });
        response.end();
      } else {
        // The explorer's page and assets, the playground's assets: served with the policy of pages.
        setSecurityHeaders(response, PAGE_POLICY);
        const served = request.method === 'GET' && (explore.serve(url.pathname, response) || playground.serveAsset(url.pathname, response));
        if (!served) {
          setSecurityHeaders(response);
          sendJsonError(response, 404, ErrorCode.NOT_FOUND, `No such path: the API is at ${GRAPHQL_PATH}.`, requestId);
        }
      }
    } catch (error) {
      if (error instanceof RequestTimeoutError) {
        logger.warn('request timed out', { requestId, timeoutMs: config.requestTimeoutMs });
        if (!response.headersSent)
          sendJsonError(
            response,
            503,
            ErrorCode.QUERY_TIMEOUT,
            'The request took too long and was stopped; try a narrower query.',
            requestId,
          );
        return;
      }
      if (error instanceof UnauthenticatedError || error instanceof DatabaseUnavailableError || error instanceof RateLimitedError) {
        const http = error.extensions.http as { status: number; headers?: Map<string, string> };
        for (const [name, value] of http.headers ?? []) response.setHeader(name, value);
        sendJsonError(response, http.status, error.code, error.message, requestId);
        request.resume();
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendJsonError(response, 413, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large.', requestId);
        request.resume();
        return;
      }
      logger.error('unhandled request error', { requestId, error: String(error), stack: (error as Error).stack });
      if (!response.headersSent) sendJsonError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', requestId);
      else response.destroy();
    }
  }

  return {
    handle,
    stop: async () => {
      await apollo.stop();
      await drafts.close();
    },
  };
}
