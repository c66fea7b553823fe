/**
 * Every string a client sends (variables, and string literals in the document) must be text: no control
 * characters but tab, line feed and carriage return, and no lone surrogates. Such a string would reach Neo4j and
 * be stored or searched altered (a lone surrogate becomes U+FFFD on the way), so it is refused before anything
 * runs, with the place it was found. Submissions' JSON texts are checked again, value by value, when they are read
 * (src/statements/read.ts).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import type { RequestContext } from '../context.js';
import { BadUserInputError } from '../errors.js';
import { characterProblem } from '../text/characters.js';

/** The first string in a variables value that is not text, with its path (`$input.article`), if any. */
export function badVariable(variables: Record<string, unknown>): { path: string; problem: string } | undefined {
  const pending: [unknown, string][] = Object.entries(variables).map(([name, value]) => [value, `$${name}`]);
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    if (typeof value === 'string') {
      const problem = characterProblem(value);
      if (problem) return { path, problem };
    } else if (Array.isArray(value)) value.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
    else if (typeof value === 'object' && value !== null)
      for (const [key, inner] of Object.entries(value)) pending.push([inner, `${path}.${key}`]);
  }
  return undefined;
}

/** The first string literal of a document that is not text, if any. */
function badLiteral(document: DocumentNode): string | undefined {
  let found: string | undefined;
  visit(document, {
    StringValue(node) {
      found ??= characterProblem(node.value);
    },
  });
  return found;
}

export function inputTextPlugin(): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variable = badVariable(request.variables ?? {});
          if (variable) throw new BadUserInputError(`The variable ${variable.path} ${variable.problem}.`, undefined, true);
          const literal = badLiteral(document);
          if (literal) throw new BadUserInputError(`A string of the query ${literal}.`, undefined, true);
        },
      };
    },
  };
}
