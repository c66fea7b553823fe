/** What a client sees of each kind of error (src/http/errorFormatter.ts): nothing internal, every code from one enum. */
import { ApolloServerErrorCode } from '@apollo/server/errors';
import { GraphQLError, locatedError, type GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, DatabaseUnavailableError, ErrorCode } from '../../src/errors.js';
import { createErrorFormatter } from '../../src/http/errorFormatter.js';

const format = createErrorFormatter();
/** As Apollo Server calls it: the error formatted by graphql-js (code defaulted to INTERNAL_SERVER_ERROR), and the error. */
const formatted = (error: GraphQLError): GraphQLFormattedError => {
  const json = error.toJSON();
  return { ...json, extensions: { ...json.extensions, code: error.extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR } };
};

describe('the error formatter', () => {
  it("has every code of Apollo Server in the service's enum", () => {
    for (const code of Object.values(ApolloServerErrorCode)) expect(Object.values(ErrorCode)).toContain(code);
  });

  it("keeps the message and code of the service's own errors, even wrapped by a resolver", () => {
    const error = locatedError(new BadUserInputError('`on` must be a calendar date.', 'on'), [], ['officeHolders']);
    expect(format(formatted(error), error)).toEqual({
      message: '`on` must be a calendar date.',
      path: ['officeHolders'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
    const unavailable = new DatabaseUnavailableError(new Error('connect ECONNREFUSED 127.0.0.1:7687'));
    expect(format(formatted(unavailable), unavailable)).toEqual({
      message: 'The graph database is unavailable; try again shortly.',
      extensions: { code: 'DATABASE_UNAVAILABLE' },
    });
  });

  it('masks anything else as INTERNAL_SERVER_ERROR with a plain message', () => {
    const error = locatedError(new Error('Neo4jError: Invalid input MATCH (n:Secret)'), [], ['people']);
    const answer = format(formatted(error), error);
    expect(answer).toEqual({ message: 'Internal server error', path: ['people'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(answer)).not.toMatch(/Neo4j|MATCH|Secret/);
  });

  it("keeps graphql-js's own messages about the document", () => {
    const error = new GraphQLError('Cannot query field "nmae" on type "Person".', {
      extensions: { code: ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED },
    });
    expect(format(formatted(error), error).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it("makes Apollo's codeless 4xx about the request (a persisted query's hash that does not match) BAD_REQUEST", () => {
    const error = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } });
    expect(format(formatted(error), error)).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });
});
