/**
 * Logs what the error formatter hides from the client: an INTERNAL_SERVER_ERROR's original error and its stack,
 * with the request id the client got, so that a report can be matched to its cause.
 */
import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from '../context.js';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../log.js';

export function errorLogPlugin(
  logger: Logger,
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError,
): ApolloServerPlugin<RequestContext> {
  return {
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
  };
}
