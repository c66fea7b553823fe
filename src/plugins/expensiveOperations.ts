/**
 * Root fields declared `@expensive` in schema.graphql (reading an article's text into a draft costs CPU, not the
 * database) are limited for callers without an editor's key: per client (its address) in any 60 seconds, and in
 * how many run at once across all such callers, so that the cheap reads everyone sends keep their share of the
 * CPU. Past either bound the answer is RATE_LIMITED (429 with Retry-After). Editors and admins, whose keys the
 * service issued, are not limited here.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLField } from 'graphql';
import { roleAtLeast } from '../auth/keys.js';
import { createRateLimiter } from '../auth/rateLimit.js';
import type { RequestContext } from '../context.js';
import { RateLimitedError } from '../errors.js';
import { collectTypedFields, fragmentsOf } from '../operation/collectFields.js';

export interface ExpensiveOperationLimits {
  /** Expensive operations per client and minute without a key. */
  anonymousPerMinute: number;
  /** The same with a reader's key. */
  readerPerMinute: number;
  /** Expensive operations running at once from callers below editor, all clients together. */
  concurrent: number;
}

/** Whether a field carries `@expensive`. */
export function isExpensive(field: GraphQLField<unknown, unknown>): boolean {
  return field.astNode?.directives?.some((directive) => directive.name.value === 'expensive') ?? false;
}

export function expensiveOperationsPlugin(limits: ExpensiveOperationLimits): ApolloServerPlugin<RequestContext> {
  const anonymous = createRateLimiter(limits.anonymousPerMinute);
  const readers = createRateLimiter(limits.readerPerMinute);
  let running = 0;
  return {
    async requestDidStart() {
      let holdsSlot = false;
      return {
        async didResolveOperation({ schema, operation, document, contextValue }) {
          if (!operation) return;
          const { key } = contextValue.caller;
          if (key !== null && roleAtLeast(key.role, 'editor')) return;
          const root = schema.getRootType(operation.operation);
          if (!root) return;
          const scope = { schema, fragments: fragmentsOf(document), variableValues: {} };
          // Every root field counts, even one a variable would skip, and each alias of it as one operation.
          const expensive = [...collectTypedFields(scope, [operation.selectionSet], root, { ignoreSkipInclude: true }).values()]
            .flat()
            .filter(({ node }) => {
              const definition = root.getFields()[node.name.value];
              return definition !== undefined && isExpensive(definition);
            }).length;
          if (expensive === 0) return;
          if (running >= limits.concurrent) throw new RateLimitedError(1, 'expensive operations running at once (try again shortly)');
          const waitSeconds = (key === null ? anonymous : readers).take(contextValue.client, expensive);
          if (waitSeconds !== undefined)
            throw new RateLimitedError(
              waitSeconds,
              `expensive operations from ${key === null ? 'this address without a key' : 'this address'}`,
            );
          running += 1;
          holdsSlot = true;
        },
        async willSendResponse() {
          if (holdsSlot) {
            holdsSlot = false;
            running -= 1;
          }
        },
      };
    },
  };
}
