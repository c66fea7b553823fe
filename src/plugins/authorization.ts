/**
 * Who may run an operation, decided before anything runs: each root field's `@requiresRole` (schema.graphql)
 * against the caller's key, then the per-key limit on writes. A mutation refused here has written nothing.
 * Without a valid key the answer is UNAUTHENTICATED (401); with a key of too low a role, FORBIDDEN (403); past
 * the limit, RATE_LIMITED (429 with Retry-After).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLField } from 'graphql';
import { ROLES, roleAtLeast, type Role } from '../auth/keys.js';
import { createRateLimiter } from '../auth/rateLimit.js';
import type { RequestContext } from '../context.js';
import { BadUserInputError, ForbiddenError, RateLimitedError, UnauthenticatedError } from '../errors.js';
import { collectTypedFields, fragmentsOf } from '../operation/collectFields.js';

export interface AuthorizationOptions {
  /** Reads need a key of any role (READS_REQUIRE_KEY). */
  readsRequireKey: boolean;
  writesPerKeyPerMinute: number;
}

/** The role a field's `@requiresRole(role: EDITOR)` names, if any. */
export function requiredRole(field: GraphQLField<unknown, unknown>): Role | undefined {
  const directive = field.astNode?.directives?.find((candidate) => candidate.name.value === 'requiresRole');
  const argument = directive?.arguments?.find((candidate) => candidate.name.value === 'role');
  if (argument === undefined) return undefined;
  const role = (argument.value as { value: string }).value.toLowerCase();
  if (!(ROLES as readonly string[]).includes(role)) throw new Error(`@requiresRole names an unknown role: ${role}`);
  return role as Role;
}

export function authorizationPlugin(options: AuthorizationOptions): ApolloServerPlugin<RequestContext> {
  const limiter = createRateLimiter(options.writesPerKeyPerMinute);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request, contextValue }) {
          if (!operation) return;
          const root = schema.getRootType(operation.operation);
          if (!root) return;
          // Every root field counts, even one a variable would skip: a role is never decided by a variable.
          const scope = { schema, fragments: fragmentsOf(document), variableValues: request.variables ?? {} };
          let needed: Role | undefined = options.readsRequireKey ? 'reader' : undefined;
          const rootFields = [...collectTypedFields(scope, [operation.selectionSet], root, { ignoreSkipInclude: true }).values()];
          for (const [field] of rootFields) {
            const definition = root.getFields()[field!.node.name.value];
            // A mutation that declares no role is an admin's: a forgotten directive must not open a write.
            const role = definition ? (requiredRole(definition) ?? (operation.operation === 'mutation' ? 'admin' : undefined)) : undefined;
            if (role !== undefined && (needed === undefined || roleAtLeast(role, needed))) needed = role;
          }
          const { key } = contextValue.caller;
          if (needed !== undefined) {
            if (key === null) throw new UnauthenticatedError();
            if (!roleAtLeast(key.role, needed)) throw new ForbiddenError(needed);
          }
          if (operation.operation === 'mutation' && key !== null) {
            if (rootFields.length > options.writesPerKeyPerMinute)
              throw new BadUserInputError(
                `One operation may hold at most ${options.writesPerKeyPerMinute} writes (mutation fields).`,
                undefined,
                true,
              );
            // Each root field of a mutation is a write of its own (aliases make many in one operation).
            const waitSeconds = limiter.take(key.id, rootFields.length);
            if (waitSeconds !== undefined) throw new RateLimitedError(waitSeconds);
          }
        },
      };
    },
  };
}
