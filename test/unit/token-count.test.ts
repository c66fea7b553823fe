/** The document's tokens, counted as graphql-js's parser counts them for maxTokens (src/operation/tokenCount.ts). */
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { tokensWithin } from '../../src/operation/tokenCount.js';

describe('tokensWithin', () => {
  it('counts what the parser counts: the parser refuses a document just past the same limit', () => {
    const document = '{ people(first: 2) { edges { node { id name } } } } # a comment is no token';
    const tokens = tokensWithin(document, 1000);
    expect(tokens).toBe(18);
    expect(() => parse(document, { maxTokens: tokens })).not.toThrow();
    expect(() => parse(document, { maxTokens: tokens - 1 })).toThrow(/tokens/);
  });

  it('stops just past the limit, however long the document', () => {
    expect(tokensWithin(`{ ${'a '.repeat(1_000_000)}}`, 5000)).toBe(5001);
  });

  it('leaves a lexing error to the parser, counting what came before', () => {
    expect(tokensWithin('{ a "unterminated', 100)).toBe(2);
  });
});
