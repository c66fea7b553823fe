/**
 * The GraphQL endpoint for one HTTP request, the adapter between Node's http and Apollo Server: who asks (the key,
 * checked before the body is read, and refused outright after too many wrong keys from one address), the body
 * within its bound, the document's tokens within MAX_TOKENS, then Apollo Server, and the answer written back with
 * an ETag where it may be cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Authenticate } from '../auth/authenticate.js';
import { roleAtLeast } from '../auth/keys.js';
import { createRateLimiter } from '../auth/rateLimit.js';
import type { Config } from '../config.js';
import { createRequestContext, type RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { ErrorCode, QueryTooComplexError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import type { Logger } from '../log.js';
import { tokensWithin } from '../operation/tokenCount.js';
import type { DraftPool } from '../extract/draftPool.js';
import type { Writer } from '../write/writer.js';
import { clientAddress } from './clientAddress.js';
import { etagOf, matchesIfNoneMatch } from './etag.js';
import { chooseMediaType, MEDIA_TYPES } from './graphqlOverHttp.js';
import { readBody, sendJson, sendJsonError } from './responses.js';

export type GraphQLRequestConfig = Pick<Config, 'maxBodyBytes' | 'maxTokens' | 'queryLimits' | 'writes' | 'throttles'>;

export interface GraphQLRequestOptions {
  apollo: ApolloServer<RequestContext>;
  authenticate: Authenticate;
  database: Database;
  writer: Writer;
  drafts: DraftPool;
  config: GraphQLRequestConfig;
  logger: Logger;
}

/** Adds to a Vary header already set (by CORS) rather than replacing it. */
function appendVary(response: ServerResponse, value: string): void {
  const existing = response.getHeader('vary');
  response.setHeader('vary', existing ? `${String(existing)}, ${value}` : value);
}

/** The document a request carries in its body or its URL, if any (a persisted query may carry only its hash). */
function documentOf(body: unknown, url: URL): string | undefined {
  const query = typeof body === 'object' && body !== null ? (body as { query?: unknown }).query : url.searchParams.get('query');
  return typeof query === 'string' ? query : undefined;
}

export function createGraphQLRequestHandler(options: GraphQLRequestOptions) {
  const { apollo, authenticate, database, writer, drafts, config, logger } = options;
  const wrongKeys = createRateLimiter(config.throttles.authFailuresPerMinute);

  /** A request error formed here, before Apollo Server: its status follows GraphQL over HTTP, as Apollo's do. */
  function sendRequestError(request: IncomingMessage, response: ServerResponse, error: QueryTooComplexError, requestId: string) {
    const headers = new HeaderMap([['accept', request.headers.accept ?? '']]);
    const mediaType = chooseMediaType(headers) ?? MEDIA_TYPES.APPLICATION_JSON;
    sendJson(
      response,
      mediaType === MEDIA_TYPES.APPLICATION_JSON ? 200 : 400,
      { errors: [{ message: error.message, extensions: { code: error.code, requestId } }] },
      mediaType,
    );
  }

  return async function handleGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    requestId: string,
    deadline: number,
  ): Promise<void> {
    const client = clientAddress(request, config.throttles.trustProxy);
    const authorization = request.headers.authorization;
    // A stream of wrong keys from one address is refused before any key check, which costs a scrypt each.
    const blockedFor = authorization ? wrongKeys.waitFor(client) : undefined;
    if (blockedFor !== undefined) throw new RateLimitedError(blockedFor, 'requests with a wrong key from this address');
    // The key first: a request with a bad key is refused before its body is read, and only an editor's may be large.
    const caller = await authenticate(authorization).catch((error: unknown) => {
      if (error instanceof UnauthenticatedError) wrongKeys.take(client);
      throw error;
    });
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
    const document = documentOf(body, url);
    if (document !== undefined) {
      const tokens = tokensWithin(document, config.maxTokens);
      if (tokens > config.maxTokens) {
        sendRequestError(
          request,
          response,
          new QueryTooComplexError('token count', config.maxTokens, tokens, config.queryLimits.revealLimits),
          requestId,
        );
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const context = createRequestContext(database, requestId, { caller, client, writer, drafts, deadline });
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
  };
}
