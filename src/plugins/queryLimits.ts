/**
 * Limits on what one operation may ask for, checked after validation and before any resolver runs, so that a
 * deep, wide or expensive query costs the database nothing. Token count and body size are bounded earlier
 * (the parser's maxTokens, the HTTP layer). Messages name the limit but not its value, unless configured to:
 * a public endpoint need not tell an attacker how far to go.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind,
  type FieldNode, type FragmentDefinitionNode, type GraphQLCompositeType, type GraphQLField, type GraphQLSchema,
  type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { ErrorCode, ServiceError } from '../errors.js';
import { boundedCount, PAGE_SIZE, PATH_HOPS, SEARCH_SIZE } from '../limits.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Estimated fields resolved: each field costs 1, and a list multiplies what is under it. */
  maxCost: number;
  /** Whether error messages state the limit's value (off by default). */
  revealLimits: boolean;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxDirectives: 20, maxCost: 50_000, revealLimits: false };

/** A list without a `first` argument is assumed to hold this many items when estimating cost. */
const ASSUMED_LIST_SIZE = 10;

export class QueryTooComplexError extends ServiceError {
  constructor(what: string, limit: number, actual: number, reveal: boolean) {
    super(ErrorCode.QUERY_TOO_COMPLEX, reveal ? `The query's ${what} is ${actual}, above the limit of ${limit}.` : `The query's ${what} is above this service's limit; simplify the query.`, {
      extensions: { http: { status: 400 } },
    });
  }
}

/**
 * How many items a field is expected to return: `first` (or its default) where the field pages, an assumed size
 * for other lists, 1 otherwise. A connection's `edges` were counted by its `first` already.
 */
function listSize(field: GraphQLField<unknown, unknown> | undefined, parentType: GraphQLCompositeType, first: number | undefined): number {
  if (!field) return 1;
  if (field.args.some((argument) => argument.name === 'first')) return first ?? (field.name === 'search' ? SEARCH_SIZE.default : PAGE_SIZE.default);
  if (!isListType(getNullableType(field.type))) return 1;
  return parentType.name.endsWith('Connection') ? 1 : ASSUMED_LIST_SIZE;
}

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Argument bounds that are part of the API contract (see the SDL), checked here before any resolver runs, with
 * the same function the resolvers use. Returns the value of `first` (or its default) for the cost estimate.
 */
function checkArgument(field: FieldNode, name: string, value: unknown): number {
  if (name === 'maxHops') return boundedCount(value, PATH_HOPS, name, { min: 1, rejectsRequest: true });
  return boundedCount(value, field.name.value === 'search' ? SEARCH_SIZE : PAGE_SIZE, name, { rejectsRequest: true });
}

/**
 * Selections visited while measuring, at most: fragments spread many times each can make a small document
 * expand into a huge operation, and measuring it must stay cheap.
 */
const MAX_VISITED_SELECTIONS = 100_000;

function argumentValue(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/**
 * Walks the operation as it will execute (fragments expanded) and measures it. Validation has already rejected
 * fragment cycles; the `seen` path guards against them anyway, since this must never loop.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  revealLimits: boolean,
): Measure {
  const measure: Measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  let visited = 0;

  function walk(selectionSet: SelectionSetNode, parentType: GraphQLCompositeType, depth: number, seen: Set<string>): number {
    measure.depth = Math.max(measure.depth, depth);
    let cost = 0;
    for (const selection of selectionSet.selections) {
      visited += 1;
      if (visited > MAX_VISITED_SELECTIONS) throw new QueryTooComplexError('size', MAX_VISITED_SELECTIONS, visited, revealLimits);
      measure.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) measure.aliases += 1;
        let first: number | undefined;
        for (const argument of selection.arguments ?? []) {
          if (argument.name.value !== 'first' && argument.name.value !== 'maxHops') continue;
          const checked = checkArgument(selection, argument.name.value, argumentValue(argument.value, variables));
          if (argument.name.value === 'first') first = checked;
        }
        const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[selection.name.value] : undefined;
        const childType = field ? getNamedType(field.type) : undefined;
        const childCost = selection.selectionSet && childType && isCompositeType(childType) ? walk(selection.selectionSet, childType, depth + 1, seen) : 0;
        cost += 1 + listSize(field, parentType, first) * childCost;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = (typeName ? schema.getType(typeName) : parentType) as GraphQLCompositeType;
        cost += walk(selection.selectionSet, type, depth, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType;
        cost += walk(fragment.selectionSet, type, depth, new Set([...seen, name]));
      }
    }
    return cost;
  }

  const rootType = schema.getQueryType();
  if (rootType) measure.cost = walk(operation.selectionSet, rootType, 1, new Set());
  measure.directives += operation.directives?.length ?? 0;
  return measure;
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
              .map((fragment) => [fragment.name.value, fragment]),
          );
          const measure = measureOperation(schema, operation, fragments, request.variables ?? {}, limits.revealLimits);
          const checks: [string, number, number][] = [
            ['depth', limits.maxDepth, measure.depth],
            ['number of aliases', limits.maxAliases, measure.aliases],
            ['number of directives', limits.maxDirectives, measure.directives],
            ['estimated cost', limits.maxCost, measure.cost],
          ];
          for (const [what, limit, actual] of checks) {
            if (actual > limit) throw new QueryTooComplexError(what, limit, actual, limits.revealLimits);
          }
        },
      };
    },
  };
}
