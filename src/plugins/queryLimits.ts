/**
 * Limits on what one operation may ask for, checked after validation and before any resolver runs, so that a
 * deep, wide or expensive query costs the database nothing. Token count and body size are bounded earlier
 * (the parser's maxTokens, the HTTP layer). Messages name the limit but not its value, unless configured to:
 * a public endpoint need not tell an attacker how far to go.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { QueryTooComplexError } from '../errors.js';
import { boundedCount, CHANGES_PAGE_SIZE, PAGE_SIZE, PATH_HOPS, SEARCH_SIZE } from '../limits.js';
import { collectTypedFields, fragmentsOf, selectionSetsOf, type OperationScope } from '../operation/collectFields.js';

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

/**
 * Argument bounds that are part of the API contract (see the SDL), by schema coordinate, checked here before any
 * resolver runs with the same function the resolvers use. A test checks that every `first` and `maxHops` of
 * the schema has its entry, so that a new paged field cannot escape the limits.
 */
export const ARGUMENT_BOUNDS: Readonly<Record<string, { bounds: { default: number; max: number }; min?: number }>> = {
  'Query.search(first:)': { bounds: SEARCH_SIZE },
  'Query.people(first:)': { bounds: PAGE_SIZE },
  'Query.organizations(first:)': { bounds: PAGE_SIZE },
  'Query.events(first:)': { bounds: PAGE_SIZE },
  'Query.awardPresentations(first:)': { bounds: PAGE_SIZE },
  'Query.articles(first:)': { bounds: PAGE_SIZE },
  'Query.roles(first:)': { bounds: PAGE_SIZE },
  'Query.tenures(first:)': { bounds: PAGE_SIZE },
  'Query.path(maxHops:)': { bounds: PATH_HOPS, min: 1 },
  'Query.presentationsPerYear(first:)': { bounds: PAGE_SIZE },
  'Query.presentationsPerAuthority(first:)': { bounds: PAGE_SIZE },
  'Query.tenuresPerOrganization(first:)': { bounds: PAGE_SIZE },
  'Query.peoplePerProvince(first:)': { bounds: PAGE_SIZE },
  'Query.auditTrail(first:)': { bounds: PAGE_SIZE },
  'Query.drafts(first:)': { bounds: PAGE_SIZE },
  'Query.duplicateCandidates(first:)': { bounds: PAGE_SIZE },
  'Query.changes(first:)': { bounds: CHANGES_PAGE_SIZE },
};

/**
 * How many items a field is expected to return: its checked `first` where the field pages, an assumed size for
 * other lists, 1 otherwise. A connection's `edges` were counted by its `first` already.
 */
function listSize(field: GraphQLField<unknown, unknown>, parentType: GraphQLCompositeType, first: number | undefined): number {
  if (first !== undefined) return first;
  if (!isListType(getNullableType(field.type))) return 1;
  return parentType.name.endsWith('Connection') ? 1 : ASSUMED_LIST_SIZE;
}

export interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Selections visited while measuring, at most: fragments spread under many fields can make a small document
 * expand into a huge operation, and measuring it must stay cheap.
 */
const MAX_VISITED_SELECTIONS = 100_000;

/** An argument's value before coercion: an Int literal or a variable's value (validation checked the rest). */
function argumentValue(node: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.INT) return Number(node.value);
  return undefined;
}

/** The bounded arguments of each field, by field coordinate (`Query.people`), from ARGUMENT_BOUNDS. */
const BOUNDED_ARGUMENTS = new Map<string, { name: string; bounds: { default: number; max: number }; min?: number }[]>();
for (const [coordinate, bound] of Object.entries(ARGUMENT_BOUNDS)) {
  const [, field, name] = /^(\w+\.\w+)\((\w+):\)$/.exec(coordinate)!;
  BOUNDED_ARGUMENTS.set(field!, [...(BOUNDED_ARGUMENTS.get(field!) ?? []), { name: name!, ...bound }]);
}

/** Checks the bounded arguments of one field node; returns its `first` (or the default) where it has one. */
function checkArguments(coordinate: string, node: FieldNode, variables: Readonly<Record<string, unknown>>): number | undefined {
  let first: number | undefined;
  for (const { name, bounds, min } of BOUNDED_ARGUMENTS.get(coordinate) ?? []) {
    const argument = node.arguments?.find((candidate) => candidate.name.value === name);
    const value = boundedCount(argument ? argumentValue(argument.value, variables) : undefined, bounds, name, {
      min,
      rejectsRequest: true,
    });
    if (name === 'first') first = Math.max(first ?? 0, value);
  }
  return first;
}

/**
 * Measures the operation as it will execute: fields merged by response key, fragments expanded and `@skip`/
 * `@include` applied by the shared walker (src/operation/collectFields.ts). Directives are counted wherever they
 * are written, applied or not.
 */
export function measureOperation(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  revealLimits: boolean,
): Measure {
  const scope: OperationScope = { schema, fragments, variableValues: variables };
  const measure: Measure = { depth: 0, aliases: 0, directives: operation.directives?.length ?? 0, cost: 0 };
  let visited = 0;
  const onSelection = (selection: SelectionNode) => {
    visited += 1;
    if (visited > MAX_VISITED_SELECTIONS) throw new QueryTooComplexError('size', MAX_VISITED_SELECTIONS, visited, revealLimits);
    measure.directives += selection.directives?.length ?? 0;
  };

  function walk(selectionSets: readonly SelectionSetNode[], type: GraphQLCompositeType, depth: number): number {
    measure.depth = Math.max(measure.depth, depth);
    let cost = 0;
    for (const fields of collectTypedFields(scope, selectionSets, type, { onSelection }).values()) {
      const { parentType } = fields[0]!;
      const nodes = fields.map((field) => field.node);
      measure.aliases += nodes.filter((node) => node.alias).length;
      const field = isObjectType(parentType) || isInterfaceType(parentType) ? parentType.getFields()[nodes[0]!.name.value] : undefined;
      if (!field) {
        cost += 1;
        continue;
      }
      const coordinate = `${parentType.name}.${field.name}`;
      let first: number | undefined;
      for (const node of nodes) {
        const checked = checkArguments(coordinate, node, variables);
        if (checked !== undefined) first = Math.max(first ?? 0, checked);
      }
      const childType = getNamedType(field.type);
      const children = selectionSetsOf(nodes);
      const childCost = children.length > 0 && isCompositeType(childType) ? walk(children, childType, depth + 1) : 0;
      cost += 1 + listSize(field, parentType, first) * childCost;
    }
    return cost;
  }

  const rootType = schema.getRootType(operation.operation);
  if (rootType) measure.cost = walk([operation.selectionSet], rootType, 1);
  return measure;
}

export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const measure = measureOperation(schema, operation, fragmentsOf(document), request.variables ?? {}, limits.revealLimits);
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
