/**
 * What a client sees of an error. Errors whose messages were written for clients (ours, and those of graphql-js
 * and Apollo Server about the request itself) keep their message and code; anything else (a Neo4j message, a
 * bug) becomes INTERNAL_SERVER_ERROR with a plain message, and the log keeps the details. This must not throw.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode, ServiceError } from '../errors.js';

const CLIENT_FACING_CODES = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

export function createErrorFormatter() {
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const serviceError = findServiceError(error);
    const code = serviceError?.code ?? String(formatted.extensions?.code ?? '');
    if (serviceError === undefined && isRequestRejection(error)) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    const clientFacing =
      serviceError !== undefined || (unwrapResolverError(error) instanceof GraphQLError && CLIENT_FACING_CODES.has(code));
    if (clientFacing) {
      // A submission's problems, one by one, for a client to show beside its fields.
      const problems = serviceError?.extensions.problems;
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code, ...(problems === undefined ? {} : { problems }) },
      };
    }
    return { message: 'Internal server error', path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/**
 * An error Apollo Server raised about the request before running it, with a 4xx status but no code (e.g. an
 * automatic persisted query whose hash does not match its text): the client's to fix, so it is BAD_REQUEST.
 */
function isRequestRejection(error: unknown): boolean {
  // graphql-jit's errors for a failed resolver may come without `extensions`: the formatter must not throw on them.
  if (!(error instanceof GraphQLError) || error.extensions?.code !== undefined || error.path !== undefined || error.originalError)
    return false;
  const status = (error.extensions?.http as { status?: number } | undefined)?.status;
  return status !== undefined && status >= 400 && status < 500;
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
