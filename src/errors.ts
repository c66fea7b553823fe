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
  RESPONSE_TOO_LARGE: 'RESPONSE_TOO_LARGE',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  CONFLICT: 'CONFLICT',
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

/** A query past one of the limits (src/plugins/queryLimits.ts, the token count); `reveal` says the limit's value. */
export class QueryTooComplexError extends ServiceError {
  constructor(what: string, limit: number, actual: number, reveal: boolean) {
    super(
      ErrorCode.QUERY_TOO_COMPLEX,
      reveal
        ? `The query's ${what} is ${actual}, above the limit of ${limit}.`
        : `The query's ${what} is above this service's limit; simplify the query.`,
      {
        extensions: { http: { status: 400 } },
      },
    );
  }
}

/** No such article, claim, entity or judgement, where a write names one. */
export class NotFoundError extends ServiceError {
  constructor(message: string) {
    super(ErrorCode.NOT_FOUND, message, { extensions: { http: { status: 404 } } });
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

/**
 * No valid key where one is needed, or a key that is not valid (unknown, altered, expired, revoked). One message
 * for every case, so that an answer never tells which keys exist.
 */
export class UnauthenticatedError extends ServiceError {
  constructor() {
    super(ErrorCode.UNAUTHENTICATED, 'This needs a valid API key: send it as "Authorization: Bearer <key>".', {
      extensions: { http: { status: 401, headers: new Map([['www-authenticate', 'Bearer realm="officials-graph"']]) } },
    });
  }
}

/** A valid key whose role does not allow what the operation asks. */
export class ForbiddenError extends ServiceError {
  constructor(needed: string) {
    super(ErrorCode.FORBIDDEN, `This operation needs a key with the ${needed} role.`, { extensions: { http: { status: 403 } } });
  }
}

export class RateLimitedError extends ServiceError {
  /** `what`: what there were too many of, e.g. "writes with this key". */
  constructor(retryAfterSeconds: number, what = 'writes with this key') {
    super(ErrorCode.RATE_LIMITED, `Too many ${what}; try again in ${retryAfterSeconds} s.`, {
      extensions: { http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/** The write contradicts the graph as it is (an article stored with other content, a judgement that forbids it). */
export class ConflictError extends ServiceError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message, { extensions: { http: { status: 409 } } });
  }
}

/** One problem of a submission: its code (src/statements/issues.ts), which input, where in it (a JSONPath), what is wrong. */
export interface InputProblem {
  code: string;
  input: string;
  path: string;
  message: string;
}

/** A submission that breaks the seed format's rules: every problem, as `npm run seed -- --check` reports them. */
export class InvalidSubmissionError extends ServiceError {
  constructor(readonly problems: readonly InputProblem[]) {
    super(
      ErrorCode.BAD_USER_INPUT,
      `The submission is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${problems
        .map((problem) => `${problem.input}: ${problem.path}: ${problem.message}`)
        .join('\n')}`,
      { extensions: { problems } },
    );
  }
}
