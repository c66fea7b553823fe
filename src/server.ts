/**
 * The HTTP service: Apollo Server behind a small node:http handler that adds what a public endpoint needs:
 * a request id on every response, a body size limit, /healthz and /readyz, and the bundled playground.
 * Queries enter at handleGraphQL; resolvers are in src/resolvers/, Cypher in src/db/cypher/.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap, type GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Config } from './config.js';
import { createRequestContext, type RequestContext } from './context.js';
import type { Database } from './db/database.js';
import { ErrorCode, ServiceError } from './errors.js';
import { jsonLogger, type Logger } from './log.js';
import { createPlayground } from './playground/index.js';
import { createExplore } from './explore/index.js';
import { compiledExecution } from './execution/compiledExecutor.js';
import { queryLimitsPlugin } from './plugins/queryLimits.js';
import { resolvers } from './resolvers/index.js';

export const GRAPHQL_PATH = '/graphql';
const SCHEMA_FILE = new URL('../schema.graphql', import.meta.url);

/** Codes whose messages were written for clients (by us or by graphql-js / Apollo about the request itself). */
const CLIENT_FACING_CODES = new Set<string>([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface ApiServerOptions {
  config: Pick<Config, 'port' | 'host' | 'nodeEnv' | 'requestTimeoutMs' | 'maxBodyBytes' | 'maxTokens' | 'queryLimits'>;
  database: Database;
  logger?: Logger;
}

export interface ApiServer {
  httpServer: Server;
  url: string;
  stop(): Promise<void>;
}

// graphql-js 16 says "more that"; both spellings are matched so that a fixed typo does not reveal the limit.
const TOO_MANY_TOKENS = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/**
 * Errors a client may see as they are keep their message and code; anything else (a Neo4j message, a bug)
 * becomes INTERNAL_SERVER_ERROR with a plain message, and the log keeps the details. This must not throw.
 */
export function createErrorFormatter(revealLimits: boolean) {
  return function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    if (!revealLimits && TOO_MANY_TOKENS.test(formatted.message)) {
      return { message: 'The query is too large; simplify it.', extensions: { code: ErrorCode.QUERY_TOO_COMPLEX } };
    }
    const serviceError = findServiceError(error);
    const code = serviceError?.code ?? String(formatted.extensions?.code ?? '');
    const clientFacing = serviceError !== undefined || (unwrapResolverError(error) instanceof GraphQLError && CLIENT_FACING_CODES.has(code));
    if (clientFacing) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * Our own error, where one caused this one: graphql-js wraps what a scalar throws during validation, and Apollo
 * wraps what a resolver throws, but the code that the service chose is the one the client should see.
 */
function findServiceError(error: unknown): ServiceError | undefined {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    if (current instanceof ServiceError) return current;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** True for errors that the formatter hides: those the log must keep. */
function isMasked(error: GraphQLError): boolean {
  return createErrorFormatter(false)({ message: error.message, extensions: error.extensions }, error).extensions?.code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/** GraphQL errors about the request itself: the document, its validation, its variables, its limits. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', ErrorCode.BAD_USER_INPUT, ErrorCode.QUERY_TOO_COMPLEX]);

/**
 * GraphQL over HTTP: under `application/json` a server SHOULD answer 200 to every well-formed request, the
 * errors being in the body (only `application/graphql-response+json` uses 4xx for them). Apollo answers 400 for
 * all media types, so a 400 whose body is a GraphQL response with only request errors becomes 200 here.
 */
function statusForMediaType(status: number, contentType: string | undefined, body: string): number {
  if (status !== 400 || !contentType?.startsWith('application/json')) return status;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[]; data?: unknown };
    const errors = parsed.errors ?? [];
    return parsed.data === undefined && errors.length > 0 && errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code))) ? 200 : status;
  } catch {
    return status;
  }
}

/** The host of the URL to reach the server at: a wildcard address is reached through localhost. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** An error outside GraphQL execution (body too large, bad JSON, timeout), shaped like a GraphQL response. */
function sendJsonError(response: ServerResponse, status: number, code: string, message: string, requestId: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] });
}

class BodyTooLargeError extends Error {}
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

async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function createApiServer(options: ApiServerOptions): Promise<ApiServer> {
  const logger = options.logger ?? jsonLogger;
  const { database, config } = options;
  const production = config.nodeEnv === 'production';

  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(makeExecutableSchema({ typeDefs: readFileSync(SCHEMA_FILE, 'utf8'), resolvers })),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: production,
    nodeEnv: config.nodeEnv,
    formatError: createErrorFormatter(config.queryLimits.revealLimits),
    parseOptions: { maxTokens: config.maxTokens },
    // Automatic persisted queries would add a cache to keep and a protocol to fuzz; clients send the query.
    persistedQueries: false,
    // main.ts handles SIGTERM and SIGINT (stop accepting, finish requests, close the driver, exit). Apollo's own
    // handlers would stop it a second time and re-raise the signal, which main.ts's handler then swallows: the
    // process never exited under `npm start` (NODE_ENV is "test" under vitest, where Apollo installs none).
    stopOnTerminationSignals: false,
    // Compact JSON: Apollo indents by default, which made the relation benchmark's answer a third larger.
    stringifyResult: (result) => JSON.stringify(result),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema has no @cacheControl hints to compute, and the default plugin wraps every field's resolver
      // to compute them: measurable on answers of thousands of fields.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(config.queryLimits),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }: GraphQLRequestContext<RequestContext>) {
              for (const error of errors ?? []) {
                if (!isMasked(error)) continue;
                const original = unwrapResolverError(error) as Error;
                // A hostile query can make a message as long as the query itself; the log keeps its start.
                logger.error('request failed', { requestId: contextValue.requestId, error: String(original).slice(0, 2000), stack: original.stack?.slice(0, 4000) });
              }
            },
            async willSendResponse({ response, contextValue }: GraphQLRequestContext<RequestContext>) {
              // The client gets the request id with every error, so a report can be matched to the log.
              const body = response.body;
              if (body?.kind !== 'single') return;
              if (body.singleResult.errors) {
                body.singleResult.errors = body.singleResult.errors.map((error) => ({
                  ...error,
                  extensions: { ...error.extensions, requestId: contextValue.requestId },
                }));
              }
              // What the request cost, for clients tuning their queries and for the round-trip test.
              body.singleResult.extensions = { ...body.singleResult.extensions, neo4jRoundTrips: contextValue.queryCounter.queries };
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const playground = createPlayground(GRAPHQL_PATH);
  const explore = createExplore();

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> {
    let body: unknown = undefined;
    if (request.method === 'POST') {
      const text = await readBody(request, config.maxBodyBytes);
      const contentType = request.headers['content-type'] ?? '';
      if (contentType.includes('json') && text.trim() !== '') {
        try {
          body = JSON.parse(text);
        } catch {
          sendJsonError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.', requestId);
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
    const context = createRequestContext(database, requestId);
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
      context: async () => context,
    });
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      response.statusCode = statusForMediaType(result.status ?? 200, result.headers.get('content-type'), result.body.string);
      response.end(result.body.string);
    } else {
      response.statusCode = result.status ?? 200;
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    logger.debug('graphql', { requestId, status: response.statusCode, neo4jQueries: context.queryCounter.queries });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
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
        if (playground.wantsPage(request, url)) playground.servePage(response);
        else await withTimeout(handleGraphQL(request, response, url, requestId), config.requestTimeoutMs);
      } else if (request.method === 'GET' && playground.serveAsset(url.pathname, response)) {
        // served
      } else if (request.method === 'GET' && explore.serve(url.pathname, response)) {
        // served: the explorer page and its assets
      } else if (url.pathname === '/') {
        response.writeHead(302, { location: GRAPHQL_PATH });
        response.end();
      } else {
        sendJsonError(response, 404, 'NOT_FOUND', `No such path: the API is at ${GRAPHQL_PATH}.`, requestId);
      }
    } catch (error) {
      if (error instanceof RequestTimeoutError) {
        logger.warn('request timed out', { requestId, timeoutMs: config.requestTimeoutMs });
        if (!response.headersSent) sendJsonError(response, 503, ErrorCode.QUERY_TIMEOUT, 'The request took too long and was stopped; try a narrower query.', requestId);
        return;
      }
      if (error instanceof BodyTooLargeError) {
        sendJsonError(response, 413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.', requestId);
        request.resume();
        return;
      }
      logger.error('unhandled request error', { requestId, error: String(error), stack: (error as Error).stack });
      if (!response.headersSent) sendJsonError(response, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error', requestId);
      else response.destroy();
    }
  }

  const httpServer = createServer({ requestTimeout: config.requestTimeoutMs, headersTimeout: Math.min(config.requestTimeoutMs, 60_000) }, (request, response) => void handle(request, response));
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
      await apollo.stop();
    },
  };
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  response.end(body);
}
