/** Which operations the service compiles with graphql-jit, and which it leaves to graphql-js (too large to keep). */
import { getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { expandedFieldCount, MAX_COMPILED_FIELDS } from '../../src/execution/compiledExecutor.js';
import { LARGE_BY_FRAGMENTS } from '../support/queries.js';

const countOf = (query: string) => {
  const document = parse(query);
  return expandedFieldCount(document, getOperationAST(document)!);
};

describe('expandedFieldCount', () => {
  it('counts fields, nested ones and those of inline fragments', () => {
    expect(countOf('{ node(id: "x") { id ... on Person { name tenures { id } } } }')).toBe(5);
  });

  it('expands every spread of a fragment, and stops counting past the bound', () => {
    expect(countOf('{ node(id: "x") { ...f ...f } } fragment f on Person { id name }')).toBe(1 + 2 * 2);
    expect(countOf(LARGE_BY_FRAGMENTS)).toBeGreaterThan(MAX_COMPILED_FIELDS);
    expect(countOf(LARGE_BY_FRAGMENTS.replace('...c ...c ...c', '...c'))).toBe(1 + 500);
  });
});
