/**
 * The tokens of a GraphQL document, counted as graphql-js's parser counts them for its `maxTokens` (comments
 * excluded), but stopping just past the limit. The service counts before Apollo Server parses, so that a document
 * past MAX_TOKENS is refused with QUERY_TOO_COMPLEX by this code rather than recognised afterwards by the parser's
 * message, which carries no code of its own.
 */
import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/** The number of tokens, or `limit + 1` as soon as there are more than `limit`. A lexing error ends the count. */
export function tokensWithin(text: string, limit: number): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  try {
    while (count <= limit && lexer.advance().kind !== TokenKind.EOF) count += 1;
  } catch (error) {
    // The parser reports a lexing error, with its location, when Apollo Server parses the document.
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}
