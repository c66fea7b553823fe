/**
 * The HTTP side of each GraphQL response, decided where Apollo Server forms it (willSendResponse) rather than by
 * reading the response again: its media type and status under GraphQL over HTTP, the request id on every error,
 * the request's Neo4j round trips, and whether a browser or a CDN may cache it.
 *
 * GraphQL over HTTP (https://graphql.github.io/graphql-over-http/draft/#sec-application-json): under
 * `application/json` a server SHOULD answer 200 to every well-formed request, the errors being in the body;
 * only `application/graphql-response+json` uses 4xx for them. Apollo answers 400 under both.
 */
import type { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import Negotiator from 'negotiator';
import type { RequestContext } from '../context.js';
import { ErrorCode } from '../errors.js';

/** The media types Apollo Server answers a single result with (its MEDIA_TYPES), the same strings. */
export const MEDIA_TYPES = {
  APPLICATION_JSON: 'application/json; charset=utf-8',
  APPLICATION_GRAPHQL_RESPONSE_JSON: 'application/graphql-response+json; charset=utf-8',
} as const;

/** Errors about the request itself: its document, validation, variables, limits. */
const REQUEST_ERROR_CODES = new Set<string>([
  ErrorCode.GRAPHQL_PARSE_FAILED,
  ErrorCode.GRAPHQL_VALIDATION_FAILED,
  ErrorCode.BAD_USER_INPUT,
  ErrorCode.QUERY_TOO_COMPLEX,
  ErrorCode.OPERATION_RESOLUTION_FAILURE,
]);

/**
 * The media type of the answer, chosen as Apollo Server chooses it (no Accept means JSON); undefined when the
 * client accepts neither, which Apollo then answers with 406.
 */
export function chooseMediaType(headers: HeaderMap): string | undefined {
  const accept = headers.get('accept');
  if (!accept) return MEDIA_TYPES.APPLICATION_JSON;
  return (
    new Negotiator({ headers: { accept } }).mediaType([MEDIA_TYPES.APPLICATION_JSON, MEDIA_TYPES.APPLICATION_GRAPHQL_RESPONSE_JSON]) ??
    undefined
  );
}

/** `Cache-Control` of a successful GET query: public, as every answer is the same for everyone. */
export function cacheControl(maxAgeSeconds: number): string {
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'public, no-cache';
}

export function graphqlOverHttpPlugin(options: { cacheMaxAgeSeconds: number }): ApolloServerPlugin<RequestContext> {
  const publicCache = cacheControl(options.cacheMaxAgeSeconds);
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response, contextValue }) {
          const body = response.body;
          if (body.kind !== 'single') return;
          const result = body.singleResult;
          // The client gets the request id with every error, so a report can be matched to the log.
          if (result.errors) {
            result.errors = result.errors.map((error) => ({
              ...error,
              extensions: { ...error.extensions, requestId: contextValue.requestId },
            }));
          }
          // What the request cost, for clients tuning their queries and for the round-trip test.
          result.extensions = { ...result.extensions, neo4jRoundTrips: contextValue.queryCounter.queries };

          const head = request.http;
          if (!head) return;
          const mediaType = chooseMediaType(head.headers);
          if (mediaType === undefined) return;
          response.http.headers.set('content-type', mediaType);
          // The answer depends on Accept (its media type, and so its status) and on the key sent.
          response.http.headers.set('vary', 'accept, authorization');
          const requestErrorsOnly =
            result.data === undefined &&
            (result.errors?.length ?? 0) > 0 &&
            result.errors!.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)));
          if (response.http.status === 400 && mediaType === MEDIA_TYPES.APPLICATION_JSON && requestErrorsOnly) response.http.status = 200;
          // Only GET is a query a cache may keep (Apollo runs mutations only on POST); an answer with errors
          // (a timeout, the database away) must not outlive its cause. An answer to a request with a key (the
          // audit trail, a private graph) is for that caller only: a shared cache must never keep it.
          if (head.headers.get('authorization')) response.http.headers.set('cache-control', 'private, no-store');
          else if (head.method === 'GET' && !result.errors && (response.http.status ?? 200) === 200)
            response.http.headers.set('cache-control', publicCache);
        },
      };
    },
  };
}
