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
 *
 * What of Apollo Server does not apply under a gateway executor, so must not be relied on here:
 * - `@defer` and `@stream` (incremental delivery), and Apollo's `rootValue` and `fieldResolver` options: the
 *   executor runs each operation whole, with no root value and the schema's own resolvers;
 * - `willResolveField` (per-field tracing, cache-control hints) still fires, because Apollo wraps the schema's
 *   resolvers in place and the compiled code calls them, but a plugin with that hook makes every field a
 *   function call and undoes what compiling gains: the service has none (the cache-control plugin is off, and
 *   src/http/graphqlOverHttp.ts sets Cache-Control per response).
 * The hooks the service uses (didResolveOperation for the limits, didEncounterErrors, willSendResponse) are
 * checked by test/unit/compiled-executor.test.ts, which fails if one stops being called.
 *
 * It relies on graphql-jit's experimental option `useExperimentalPathBasedSkipInclude` (see compileQuery below).
 */
import type { GatewayExecutionResult, GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  getNamedType,
  getVariableValues,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  printSchema,
  type DocumentNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { collectTypedFields, fragmentsOf } from '../operation/collectFields.js';

/** Distinct operations kept compiled; a client sending ever-new documents only evicts the oldest. */
const COMPILED_CACHE_SIZE = 100;
/**
 * Operations with more fields than this (fragments expanded) run on graphql-js instead: a compiled operation's
 * code grows with its fields, and the cache must stay small beside a 128 MB heap. The service's own queries
 * have tens of fields; the query limits allow far more.
 */
export const MAX_COMPILED_FIELDS = 1000;

/** Thrown to stop counting once past the bound. */
const PAST_THE_BOUND = Symbol('past the bound');

/**
 * The operation's fields as graphql-jit compiles them, through the shared walker: every spread of a fragment
 * expanded (its code has each path's own `@skip`/`@include` checks, so a document spreading fragments many
 * times compiles to code, and in time, exponential in its size), and every field whatever a request's
 * variables. Counted up to just past MAX_COMPILED_FIELDS.
 */
export function expandedFieldCount(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): number {
  const scope = { schema, fragments: fragmentsOf(document), variableValues: {} };
  let total = 0;
  const onSelection = (selection: SelectionNode) => {
    if (selection.kind === Kind.FIELD) total += 1;
    if (total > MAX_COMPILED_FIELDS) throw PAST_THE_BOUND;
  };
  const count = (selectionSets: readonly SelectionSetNode[], type: GraphQLNamedType) => {
    for (const fields of collectTypedFields(scope, selectionSets, type, {
      ignoreSkipInclude: true,
      everySpread: true,
      onSelection,
    }).values()) {
      const { node, parentType } = fields[0]!;
      const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[node.name.value] : undefined;
      for (const collected of fields) {
        if (field && collected.node.selectionSet) count([collected.node.selectionSet], getNamedType(field.type));
      }
    }
  };
  const rootType = schema.getRootType(operation.operation);
  try {
    if (rootType) count([operation.selectionSet], rootType);
  } catch (error) {
    if (error === PAST_THE_BOUND) return total;
    throw error;
  }
  return total;
}

export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiled = new Map<string, CompiledQuery>();

  /** graphql-js's own execution: for what the compiled path does not take. */
  const interpreted = (requestContext: Parameters<GatewayExecutor>[0]) =>
    execute({
      schema,
      document: requestContext.document,
      operationName: requestContext.operationName ?? requestContext.request.operationName,
      variableValues: requestContext.request.variables ?? {},
      contextValue: requestContext.context,
    }) as Promise<GatewayExecutionResult>;

  const executor: GatewayExecutor = async (requestContext) => {
    // No operation resolved (a name the document lacks, or several operations and none named): graphql-js says
    // which, and Apollo Server answers it as the request error it is (OPERATION_RESOLUTION_FAILURE). Apollo calls
    // a gateway's executor even then, expecting exactly those errors back.
    if (!requestContext.operation) return interpreted(requestContext);
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
      if (expandedFieldCount(schema, requestContext.document, requestContext.operation) > MAX_COMPILED_FIELDS)
        return interpreted(requestContext);
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
