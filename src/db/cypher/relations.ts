/**
 * Every relation the API follows, in both directions, as Cypher patterns written from the model (the @relation
 * directives of schema.graphql, read by src/model/). A relation is named by its schema coordinate
 * (`Person.tenures`) and fetched in one of two ways, built from the same pattern:
 * - for many source nodes at once (relatedNodesQuery), so that a GraphQL field the planner could not fetch
 *   with its parent costs one round trip per request, whatever the number of parents;
 * - nested in its parent's query (relatedItemsExpression, used by projection.ts), so that a whole query
 *   whose shape is known up front costs one round trip.
 */
import type { CypherQuery } from '../database.js';
import { relationSpec as modelRelation, type RelationSpec } from '../../model/index.js';
import { RECORD_KEYS } from '../../graph.js';
import { nodeRecord } from './nodes.js';

/** A relation's schema coordinate, e.g. `Person.tenures`. */
export type RelationRef = string;

/** The key of an item's quote, when its relationship has one (a relation whose value wraps the node). */
export const QUOTE_KEY = RECORD_KEYS.quote;
/** The key of an item's certainty on the filter's date (see Tenure.certainty). */
export const CERTAINTY_KEY = RECORD_KEYS.certainty;

export interface RelationFilter {
  /** Only for relations to Tenure: keep the tenures held on this ISO date. */
  on?: string;
  /** With `on`: keep only the tenures held on that date for certain. */
  certainOnly?: boolean;
}

/** The path from `source` to `target`, with the relationship bound to `rel`. */
function pattern(spec: RelationSpec): string {
  const target = `(target:${spec.targets.join('|')})`;
  return spec.direction === 'OUT' ? `-[rel:${spec.type}]->${target}` : `<-[rel:${spec.type}]-${target}`;
}

/**
 * The date filter of tenures: the days on which the sources place a tenure are derived when it is loaded
 * (possibleFrom…possibleTo, certainFrom…certainTo; see src/statements/derive.ts), so the filter is two
 * comparisons on stored dates. A tenure without such days is never placed on any date.
 */
function tenureOnDate(tenure: string, dateParam: string, certainOnly: boolean): string {
  const [from, to] = certainOnly ? ['certainFrom', 'certainTo'] : ['possibleFrom', 'possibleTo'];
  return `${tenure}.${from} <= date($${dateParam}) AND ${tenure}.${to} >= date($${dateParam})`;
}

function certaintyOnDate(tenure: string, dateParam: string): string {
  return `${CERTAINTY_KEY}: CASE WHEN ${tenureOnDate(tenure, dateParam, true)} THEN 'CERTAIN' ELSE 'POSSIBLE' END`;
}

interface BoundRelation {
  /** The path from the source node (not included) to the target variable. */
  pattern: string;
  /** The WHERE clause of the filter, or ''. */
  where: string;
  orderBy: string;
  /** Entries each item's map adds to the target's properties: the quote, the certainty on the date. */
  itemEntries: string[];
}

/**
 * A relation's pattern, filter and order with its variables renamed, so that a relation nested in another's
 * subquery does not reuse (and so silently join on) the outer one's variables.
 */
function bindRelation(ref: RelationRef, names: { rel: string; target: string }, dateParam?: string, certainOnly = false): BoundRelation {
  const spec = modelRelation(ref);
  const rename = (text: string) => text.replace(/\b(rel|target)\b/g, (variable) => names[variable as keyof typeof names]);
  const order = [
    ...spec.orderBy.map((property) => `target.${property}`),
    ...(spec.orderBy.includes('id') ? [] : ['target.id']),
    ...(spec.wrapper ? ['rel.quote'] : []),
  ];
  const filtered = dateParam !== undefined && spec.onDate;
  return {
    pattern: rename(pattern(spec)),
    where: filtered ? `WHERE ${tenureOnDate(names.target, dateParam, certainOnly)}` : '',
    orderBy: rename(order.join(', ')),
    itemEntries: [
      ...(spec.wrapper ? [`${QUOTE_KEY}: ${names.rel}.quote`] : []),
      ...(filtered ? [certaintyOnDate(names.target, dateParam)] : []),
    ],
  };
}

/** A node as a Cypher map expression, with the parameters the expression reads. */
export interface RenderedNode {
  expression: string;
  params: Record<string, unknown>;
}

/**
 * Renders a target variable as a map, with `extraEntries` (such as the item's quote) added to it: all its
 * properties by default, or what a projection asks for (projection.ts).
 */
export type TargetRenderer = (variable: string, extraEntries: readonly string[]) => RenderedNode;

const allProperties: TargetRenderer = (variable, extraEntries) => ({ expression: nodeRecord(variable, extraEntries), params: {} });

/**
 * One relation of many source nodes in one query: a row per source id with its items (the target nodes, with
 * the quote of a provenance relationship) in a stable order, each with all its properties unless
 * `renderTarget` (see projection.ts) says otherwise.
 */
export function relatedNodesQuery(
  ref: RelationRef,
  sourceIds: readonly string[],
  filter: RelationFilter = {},
  renderTarget: TargetRenderer = allProperties,
): CypherQuery {
  const bound = bindRelation(ref, { rel: 'rel', target: 'target' }, filter.on === undefined ? undefined : 'on', filter.certainOnly);
  const target = renderTarget('target', bound.itemEntries);
  return {
    cypher: `UNWIND $ids AS sourceId
MATCH (source:${modelRelation(ref).from} {id: sourceId})${bound.pattern}
${bound.where}
WITH sourceId, target, rel ORDER BY ${bound.orderBy}
RETURN sourceId, collect(${target.expression}) AS items`,
    params: { ...target.params, ids: sourceIds, ...(filter.on === undefined ? {} : { on: filter.on }) },
  };
}

/**
 * The items of one relation of an already bound node, as a list expression (a COLLECT subquery) to nest in
 * that node's map: the same items, in the same order, as relatedNodesQuery gives for it. The order is set by
 * a WITH before the RETURN, as collect() after an ordered WITH keeps it; `RETURN … ORDER BY` inside the
 * subquery made Neo4j 5.26 plan the round-trip test's nested page past the 10 s timeout. `depth` names the
 * variables apart from the enclosing levels'; `dateParam` is the parameter holding the filter's date.
 */
export function relatedItemsExpression(
  ref: RelationRef,
  source: string,
  depth: number,
  renderTarget: (variable: string, extraEntries: readonly string[]) => string,
  dateParam?: string,
  certainOnly = false,
): string {
  const rel = `rel${depth}`;
  const target = `target${depth}`;
  const bound = bindRelation(ref, { rel, target }, dateParam, certainOnly);
  return `COLLECT { MATCH (${source})${bound.pattern} ${bound.where} WITH ${target}, ${rel} ORDER BY ${bound.orderBy} RETURN ${renderTarget(target, bound.itemEntries)} }`;
}
