/**
 * The request handler, apart from listening on a port (src/server.ts): Apollo Server behind a small node:http
 * handler that adds what a public endpoint needs: a request id on every response, CORS, a body size limit,
 * caching of GET queries (ETag, 304), /healthz and /readyz, the bundled playground and the explorer (/explore).
 * Queries enter at handleGraphQL; resolvers are in src/resolvers/, Cypher in src/db/cypher/.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { createAuthenticator } from '../auth/authenticate.js';
import { roleAtLeast } from '../auth/keys.js';
import type { Config } from '../config.js';
import { createRequestContext, type RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { DatabaseUnavailableError, ErrorCode, UnauthenticatedError } from '../errors.js';
import { compiledExecution } from '../execution/compiledExecutor.js';
import { jsonLogger, type Logger } from '../log.js';
import { SCHEMA_SDL } from '../model/index.js';
import { createExplore } from '../explore/index.js';
import { createPlayground } from '../playground/index.js';
import { authorizationPlugin } from '../plugins/authorization.js';
import { queryLimitsPlugin } from '../plugins/queryLimits.js';
import { resolvers } from '../resolvers/index.js';
import { createWriter } from '../write/writer.js';
import { createCors } from './cors.js';
import { createErrorFormatter } from './errorFormatter.js';
import { etagOf, matchesIfNoneMatch } from './etag.js';
import { graphqlOverHttpPlugin } from './graphqlOverHttp.js';
import { BodyTooLargeError, readBody, sendJson, sendJsonError } from './responses.js';

export const GRAPHQL_PATH = '/graphql';
/** The contract, beside package.json: two folders up from src/http/ and, once compiled, from dist/src/http/. */

export type HandlerConfig = Pick<
  Config,
  | 'nodeEnv'
  | 'requestTimeoutMs'
  | 'maxBodyBytes'
  | 'maxTokens'
  | 'queryLimits'
  | 'corsOrigins'
  | 'cacheMaxAgeSeconds'
  | 'persistedQueriesCacheBytes'
  | 'writes'
>;

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

/** Adds to a Vary header already set (by CORS) rather than replacing it. */
function appendVary(response: ServerResponse, value: string): void {
  const existing = response.getHeader('vary');
  response.setHeader('vary', existing ? `${String(existing)}, ${value}` : value);
}

export async function createApiHandler(options: ApiHandlerOptions): Promise<ApiHandler> {
  const logger = options.logger ?? jsonLogger;
  const { database, config } = options;
  const production = config.nodeEnv === 'production';
  const formatError = createErrorFormatter({ revealLimits: config.queryLimits.revealLimits, maxTokens: config.maxTokens });

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: SCHEMA_SDL, resolvers })),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    nodeEnv: config.nodeEnv,
    formatError,
    parseOptions: { maxTokens: config.maxTokens },
    // Automatic persisted queries, Apollo's own protocol: a client sends a query's SHA-256 and the query only
    // when the server does not know it yet. A bounded LRU of its own, so that clients sending ever-new queries
    // only evict old ones within PERSISTED_QUERIES_CACHE_BYTES.
    persistedQueries: { cache: new InMemoryLRUCache<string>({ maxSize: config.persistedQueriesCacheBytes }), ttl: null },
    // main.ts handles SIGTERM and SIGINT (stop accepting, finish requests, close the driver, exit). Apollo's own
    // handlers would stop it a second time and re-raise the signal, which main.ts's handler then swallows: the
    // process never exited under `npm start` (NODE_ENV is "test" under vitest, where Apollo installs none).
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, which made the relation benchmark's answer a third larger.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints to compute, and the default plugin wraps every field's resolver
      // to compute them: measurable on answers of thousands of fields. GET answers get a Cache-Control of
      // their own (graphqlOverHttpPlugin).
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(config.queryLimits),
      authorizationPlugin({ readsRequireKey: config.writes.readsRequireKey, writesPerKeyPerMinute: config.writes.perKeyPerMinute }),
      graphqlOverHttpPlugin({ cacheMaxAgeSeconds: config.cacheMaxAgeSeconds }),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }: GraphQLRequestContext<RequestContext>) {
              for (const error of errors ?? []) {
                // The errors the formatter hides are those the log must keep.
                if (
                  formatError({ message: error.message, extensions: error.extensions }, error).extensions?.code !==
                  ErrorCode.INTERNAL_SERVER_ERROR
                )
                  continue;
                const original = unwrapResolverError(error) as Error;
                // A hostile query can make a message as long as the query itself; the log keeps its start.
                logger.error('request failed', {
                  requestId: contextValue.requestId,
                  error: String(original).slice(0, 2000),
                  stack: original.stack?.slice(0, 4000),
                });
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const playground = createPlayground(GRAPHQL_PATH);
  const explore = createExplore();
  const cors = createCors({ origins: config.corsOrigins });
  const authenticate = createAuthenticator(database);
  const writer = createWriter(database, config.writes);

  async function handleGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
    deadline: number,
  ): Promise<void> {
    // The key first: a request with a bad key is refused before its body is read, and only an editor's may be large.
    const caller = await authenticate(request.headers.authorization);
    const mayWrite = caller.key !== null && roleAtLeast(caller.key.role, 'editor');
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request, mayWrite ? config.writes.maxBodyBytes : config.maxBodyBytes);
      const contentType = request.headers['content-type'] ?? '';
      if (contentType.includes('json') && text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          sendJsonError(response, 400, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON.', requestId);
          return;
        }
      } else {
        body = text;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = createRequestContext(database, requestId, { caller, writer, deadline });
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [name, value] of result.headers) {
      if (name === 'vary') appendVary(response, value);
      else response.setHeader(name, value);
    }
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      // Only what graphqlOverHttpPlugin marked public (a successful GET query) gets a validator.
      if (result.headers.get('cache-control')?.startsWith('public')) {
        const etag = etagOf(result.body.string);
        response.setHeader('etag', etag);
        if (matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
          response.statusCode = 304;
          response.removeHeader('content-type');
          response.end();
          return;
        }
      }
      response.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    logger.debug('graphql', { requestId, status: response.statusCode, neo4jQueries: context.queryCounter.queries });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = Date.now();
    const requestId = randomUUID();
    response.setHeader('x-request-id', requestId);
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      if (url.pathname === '/healthz') {
        sendJson(response, 200, { status: 'ok' });
      } else if (url.pathname === '/readyz') {
        try {
          await database.ping();
          sendJson(response, 200, { status: 'ready' });
        } catch {
          sendJson(response, 503, { status: 'unavailable', reason: 'the graph database does not answer' });
        }
      } else if (url.pathname === GRAPHQL_PATH) {
        if (cors(request, response)) return;
        if (playground.wantsPage(request, url)) playground.servePage(response);
        else
          await withTimeout(handleGraphQL(request, response, url, requestId, started + config.requestTimeoutMs), config.requestTimeoutMs);
      } else if (request.method === 'GET' && explore.serve(url.pathname, response)) {
        // served: the explorer page and its assets
      } else if (request.method === 'GET' && playground.serveAsset(url.pathname, response)) {
        // served
      } else if (url.pathname === '/') {
        response.writeHead(302, { location: GRAPHQL_PATH });
        response.end();
      } else {
        sendJsonError(response, 404, ErrorCode.NOT_FOUND, `No such path: the API is at ${GRAPHQL_PATH}.`, requestId);
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
      if (error instanceof UnauthenticatedError || error instanceof DatabaseUnavailableError) {
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

  return { handle, stop: () => apollo.stop() };
}
