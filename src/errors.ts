/**
 * The service's error codes and the one error class that carries them. Every error that reaches a client has
 * `extensions.code`; anything unexpected is masked as INTERNAL_SERVER_ERROR (see src/http/errorFormatter.ts).
 */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';

/**
 * Apollo Server's codes (parse and validation failures, BAD_REQUEST, persisted queries…) and the service's own,
 * in one enum, so that every code a client can see is named once.
 */
export const ErrorCode = {
  ...ApolloServerErrorCode,
  NOT_FOUND: 'NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** An error whose message is safe to show a client as it is. */
export class ServiceError extends GraphQLError {
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; extensions?: Record<string, unknown> } = {}) {
    super(message, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: { ...options.extensions, code },
    });
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export class BadUserInputError extends ServiceError {
  /**
   * `rejectsRequest`: thrown before execution (for the whole request), so the response is a 400 rather than a
   * partial result with a field error.
   */
  constructor(message: string, argumentName?: string, rejectsRequest = false) {
    super(ErrorCode.BAD_USER_INPUT, message, {
      extensions: { ...(argumentName ? { argumentName } : {}), ...(rejectsRequest ? { http: { status: 400 } } : {}) },
    });
  }
}

export class DatabaseUnavailableError extends ServiceError {
  constructor(cause?: unknown) {
    // 503 tells load balancers and clients that a retry later may succeed; the request itself was fine.
    super(ErrorCode.DATABASE_UNAVAILABLE, 'The graph database is unavailable; try again shortly.', {
      cause,
      extensions: { http: { status: 503 } },
    });
  }
}

export class QueryTimeoutError extends ServiceError {
  constructor(cause?: unknown) {
    super(ErrorCode.QUERY_TIMEOUT, 'The query took too long and was stopped; narrow it (fewer results, fewer hops).', { cause });
  }
}
