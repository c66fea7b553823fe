/**
 * The one place where an operation's selections are expanded: fragments (each spread once per selection set,
 * as graphql-js's own CollectFields does), type conditions and `@skip`/`@include`. The planner
 * (src/resolvers/lookahead.ts), the limits (src/plugins/queryLimits.ts) and the compiled executor's size
 * check (src/execution/compiledExecutor.ts) all walk an operation through it, so they agree on what a query
 * selects.
 *
 * See https://spec.graphql.org/October2021/#sec-Field-Collection; this differs on purpose in one way: below an
 * abstract type every fragment applies, since the walkers ask what any possible type of the value selects.
 */
import {
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

/** What collecting needs to know of the request: the same fields as graphql-js's GraphQLResolveInfo has. */
export interface OperationScope {
  schema: GraphQLSchema;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variableValues: Readonly<Record<string, unknown>>;
}

export interface CollectOptions {
  /**
   * Keep the selections that `@skip`/`@include` leave out: for a compiled operation, whose code holds every field
   * whatever the variables of one request.
   */
  ignoreSkipInclude?: boolean;
  /**
   * Walk every spread of a fragment, even one spread again in the same selection set (cycles are still cut): how
   * graphql-jit compiles `@skip`/`@include` per path, so what its code size grows with.
   */
  everySpread?: boolean;
  /** Called for every selection met, included or not: the limits count directives and bound the walk with it. */
  onSelection?: (selection: SelectionNode) => void;
}

/** One field node and the type it was selected on: a fragment's type condition where it narrows an abstract type. */
export interface CollectedField {
  node: FieldNode;
  parentType: GraphQLCompositeType;
}

/** The fragment definitions of a document, by name, as GraphQLResolveInfo gives them. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/**
 * The fields selected by `selectionSets` on a value of `type`, by response key, each with the type it was
 * selected on. Merged selections (the same key in several places) come together under their key.
 */
export function collectTypedFields(
  scope: OperationScope,
  selectionSets: readonly SelectionSetNode[],
  type: GraphQLNamedType,
  options: CollectOptions = {},
): Map<string, CollectedField[]> {
  const fields = new Map<string, CollectedField[]>();
  const visitedFragments = new Set<string>();
  const applies = (condition: GraphQLNamedType | undefined) => {
    if (condition === undefined || condition === type || !isObjectType(type)) return true;
    return isAbstractType(condition) && scope.schema.isSubType(condition, type);
  };
  const included = (selection: SelectionNode) => {
    if (options.ignoreSkipInclude === true) return true;
    try {
      return (
        getDirectiveValues(GraphQLSkipDirective, selection, scope.variableValues)?.if !== true &&
        getDirectiveValues(GraphQLIncludeDirective, selection, scope.variableValues)?.if !== false
      );
    } catch {
      // A variable missing or of the wrong type: before execution (the limits) the selection counts, and
      // execution then reports the variable to the client.
      return true;
    }
  };
  // Fields inside a fragment on a narrower type belong to that type (e.g. `... on Person { name }` below Node).
  const narrowed = (condition: GraphQLNamedType | undefined, parentType: GraphQLCompositeType) =>
    condition && isCompositeType(condition) && isAbstractType(parentType) ? condition : parentType;
  const visit = (selectionSet: SelectionSetNode, parentType: GraphQLCompositeType) => {
    for (const selection of selectionSet.selections) {
      options.onSelection?.(selection);
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const entry = { node: selection, parentType };
        const existing = fields.get(key);
        if (existing) existing.push(entry);
        else fields.set(key, [entry]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? scope.schema.getType(selection.typeCondition.name.value) : undefined;
        if (selection.typeCondition && !condition) continue;
        if (applies(condition)) visit(selection.selectionSet, narrowed(condition, parentType));
      } else {
        const name = selection.name.value;
        // Once per selection set, as graphql-js executes it; this also keeps a fragment cycle from looping.
        if (visitedFragments.has(name)) continue;
        visitedFragments.add(name);
        const fragment = scope.fragments[name];
        const condition = fragment ? scope.schema.getType(fragment.typeCondition.name.value) : undefined;
        if (fragment && condition && applies(condition)) visit(fragment.selectionSet, narrowed(condition, parentType));
        if (options.everySpread) visitedFragments.delete(name);
      }
    }
  };
  if (isCompositeType(type)) selectionSets.forEach((selectionSet) => visit(selectionSet, type));
  return fields;
}

/** The field nodes selected by `selectionSets` on a value of `type`, by response key. */
export function collectFields(
  scope: OperationScope,
  selectionSets: readonly SelectionSetNode[],
  type: GraphQLNamedType,
  options: CollectOptions = {},
): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  for (const [key, collected] of collectTypedFields(scope, selectionSets, type, options))
    fields.set(
      key,
      collected.map((field) => field.node),
    );
  return fields;
}

/** The selection sets below merged field nodes, to collect their subfields. */
export function selectionSetsOf(fieldNodes: readonly FieldNode[]): SelectionSetNode[] {
  return fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}
