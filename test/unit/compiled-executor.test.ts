/** Which operations the service compiles with graphql-jit, and which it leaves to graphql-js (too large to keep). */
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { expandedFieldCount, MAX_COMPILED_FIELDS } from '../../src/execution/compiledExecutor.js';
import { LARGE_BY_FRAGMENTS } from '../support/queries.js';
import { schema } from '../support/schema.js';

const countOf = (query: string) => {
  const document = parse(query);
  return expandedFieldCount(schema, document, getOperationAST(document)!);
};

describe('expandedFieldCount', () => {
  it('counts fields, nested ones and those of inline fragments', () => {
    expect(countOf('{ node(id: "x") { id ... on Person { name tenures { id } } } }')).toBe(5);
  });

  it('counts every spread of a fragment, as graphql-jit compiles each path on its own', () => {
    expect(countOf('{ node(id: "x") { id ...f ...f } } fragment f on Person { id name }')).toBe(1 + 1 + 2 * 2);
    expect(countOf('{ a: node(id: "x") { ...f } b: node(id: "y") { ...f } } fragment f on Person { id name }')).toBe(2 * (1 + 2));
  });

  it('stops early on a fragment bomb (2^25 selections once expanded)', () => {
    const bomb = `{ node(id: "x") { ...F0 } } ${Array.from({ length: 25 }, (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F25 on Person { id }`;
    expect(countOf(bomb)).toBe(MAX_COMPILED_FIELDS + 1);
  });

  it('counts fields that @skip or @include may leave out, since the compiled code holds them all', () => {
    expect(countOf('query($s: Boolean!) { node(id: "x") { id @skip(if: $s) ... on Person @include(if: false) { name } } }')).toBe(3);
  });

  it('stops counting past the bound', () => {
    expect(countOf(LARGE_BY_FRAGMENTS)).toBe(MAX_COMPILED_FIELDS + 1);
    expect(countOf(LARGE_BY_FRAGMENTS.replace(/ {2}a([1-9]|[12]\d): .*\n/g, ''))).toBe(42);
  });
});

describe('Apollo Server over the compiled executor', () => {
  it("still calls the plugin hooks the service uses (and willResolveField, through Apollo's wrapped resolvers)", async () => {
    const { ApolloServer } = await import('@apollo/server');
    const { compiledExecution } = await import('../../src/execution/compiledExecutor.js');
    const { createRequestContext } = await import('../../src/context.js');
    const called: string[] = [];
    const server = new ApolloServer({
      gateway: compiledExecution(schema),
      plugins: [
        {
          async requestDidStart() {
            return {
              async didResolveOperation() {
                called.push('didResolveOperation');
              },
              async executionDidStart() {
                called.push('executionDidStart');
                return {
                  willResolveField: () => {
                    called.push('willResolveField');
                  },
                };
              },
              async didEncounterErrors() {
                called.push('didEncounterErrors');
              },
              async willSendResponse() {
                called.push('willSendResponse');
              },
            };
          },
        },
      ],
    });
    await server.start();
    try {
      const database = { read: async () => [] } as never;
      await server.executeOperation(
        { query: '{ path(fromId: "person:a", toId: "position:b") { length } }' },
        { contextValue: createRequestContext(database, 'test') },
      );
      // `path` is the one field with a resolver of its own here (it answers null).
      expect(called).toEqual(['didResolveOperation', 'executionDidStart', 'willResolveField', 'willSendResponse']);
      called.length = 0;
      await server.executeOperation(
        { query: '{ people(first: 1, after: "forged") { totalCount } }' },
        { contextValue: createRequestContext(database, 'test') },
      );
      expect(called).toEqual(['didResolveOperation', 'executionDidStart', 'willResolveField', 'didEncounterErrors', 'willSendResponse']);
    } finally {
      await server.stop();
    }
  });
});
