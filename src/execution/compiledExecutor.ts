/**
 * Executes GraphQL operations compiled to JavaScript (graphql-jit) rather than interpreted field by field by
 * graphql-js. On the relation benchmark's answer (about 13,000 fields) graphql-js spent about 15 ms of CPU per
 * request building a resolve-info object and argument map for every field; a compiled operation reads
 * plain properties directly and builds those only for the fields with resolvers of their own.
 *
 * Apollo Server takes a custom executor only through its gateway interface, so this is a "gateway" that
 * serves one fixed schema. Apollo still parses, validates, applies the query limits (src/plugins/) and
 * formats errors; only execution changes. Compiled operations are kept per document in a bounded LRU, and
 * an operation too large to keep runs on graphql-js.
 */
import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute, getVariableValues, Kind, parse, printSchema,
  type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

/** Distinct operations kept compiled; a client sending ever-new documents only evicts the oldest. */
const COMPILED_CACHE_SIZE = 100;
/**
 * Operations with more fields than this (fragments expanded) run on graphql-js instead: a compiled operation's
 * code grows with its fields, and the cache must stay small beside a 128 MB heap. The service's own queries
 * have tens of fields; the query limits allow far more.
 */
export const MAX_COMPILED_FIELDS = 1000;

/** The operation's fields with every fragment spread expanded, counted up to just past MAX_COMPILED_FIELDS. */
export function expandedFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment.selectionSet]));
  const fragmentCounts = new Map<string, number>();
  const count = (selectionSet: SelectionSetNode): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) total += 1 + (selection.selectionSet ? count(selection.selectionSet) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) total += count(selection.selectionSet);
      else {
        const name = selection.name.value;
        // Validation has rejected cycles; the memo keeps a fragment spread many times from being walked again.
        if (!fragmentCounts.has(name)) fragmentCounts.set(name, fragments.has(name) ? count(fragments.get(name)!) : 0);
        total += fragmentCounts.get(name)!;
      }
      if (total > MAX_COMPILED_FIELDS) return total;
    }
    return total;
  };
  return count(operation.selectionSet);
}

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();

  const executor: GatewayExecutor = async (requestContext) => {
    // Variables are checked by graphql-js first, as its own execute would: Apollo Server recognises its
    // messages as the client's input errors (BAD_USER_INPUT, status 400), where graphql-jit's are not.
    const variables = requestContext.request.variables ?? {};
    const coercion = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], variables);
    if (coercion.errors) return { errors: coercion.errors };
    const operationName = requestContext.operationName ?? undefined;
    const key = `${requestContext.queryHash}/${operationName ?? ''}`;
    let query = compiled.get(key);
    if (query) {
      // A Map keeps insertion order: moving the entry to the end leaves the least recently used first.
      compiled.delete(key);
    } else {
      // Only on a miss: a cached operation was counted when it was compiled.
      if (expandedFieldCount(requestContext.document, requestContext.operation) > MAX_COMPILED_FIELDS) {
        return (await execute({
          schema, document: requestContext.document, operationName, variableValues: variables, contextValue: requestContext.context,
        })) as GatewayExecutionResult;
      }
      // A document of its own (Apollo caches and shares its parsed one, which graphql-jit annotates), and
      // @skip/@include evaluated per path: by default graphql-jit stores their conditions on the shared field
      // nodes of a fragment, so a fragment skipped in one place vanished wherever else it was spread.
      const result = compileQuery(schema, parse(requestContext.source), operationName, { useExperimentalPathBasedSkipInclude: true });
      if (!isCompiledQuery(result)) return result as GatewayExecutionResult;
      query = result;
      if (compiled.size >= COMPILED_CACHE_SIZE) compiled.delete(compiled.keys().next().value!);
    }
    compiled.set(key, query);
    return (await query.query(undefined, requestContext.context, variables)) as GatewayExecutionResult;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}
