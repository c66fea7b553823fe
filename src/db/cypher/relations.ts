/**
 * Every relation the API follows, in both directions, as fixed Cypher patterns. Labels and relationship types
 * come only from this table. A relation is fetched in one of two ways, built from the same entry:
 * - for many source nodes at once (relatedNodesQuery), so that a GraphQL field the planner could not fetch
 *   with its parent costs one round trip per request, whatever the number of parents;
 * - nested in its parent's query (relatedItemsExpression, used by projection.ts), so that a whole query
 *   whose shape is known up front costs one round trip.
 */
import type { CypherQuery } from '../database.js';
import { nodeRecord } from './nodes.js';
import type { NodeLabel } from './schema.js';

interface RelationSpec {
  from: NodeLabel;
  /**
   * The path from `source` to `target`, with the relationship bound to `rel`. Patterns and sort keys use only
   * these variable names, so that bindRelation can rename them when relations nest.
   */
  pattern: string;
  /** The targets' order, so that lists come in a stable order; `target.id` when not given. */
  orderBy?: string;
  /** The relationship carries the verbatim quote that states it (STATED_IN), which each item then carries. */
  quoted?: true;
}

const AGENT = 'target:Person|Organization|Position';

export const RELATIONS = {
  personTenures: { from: 'Person', pattern: '<-[rel:HELD_BY]-(target:Tenure)', orderBy: 'coalesce(target.startDate, target.attestedOn), target.id' },
  personParticipations: { from: 'Person', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  personPresented: { from: 'Person', pattern: '<-[rel:PRESENTED_BY]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },
  personReceived: { from: 'Person', pattern: '<-[rel:RECIPIENT]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },

  organizationParent: { from: 'Organization', pattern: '-[rel:PART_OF]->(target:Organization)' },
  organizationChildren: { from: 'Organization', pattern: '<-[rel:PART_OF]-(target:Organization)' },
  organizationPositions: { from: 'Organization', pattern: '<-[rel:IN_ORGANIZATION]-(target:Position)' },
  organizationJurisdiction: { from: 'Organization', pattern: '-[rel:JURISDICTION]->(target:Place)' },
  organizationEvents: { from: 'Organization', pattern: '<-[rel:ORGANIZED_BY]-(target:Event)', orderBy: 'target.date, target.id' },
  organizationParticipations: { from: 'Organization', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  organizationConferredAwards: { from: 'Organization', pattern: '<-[rel:CONFERRED_BY]-(target:Award)' },
  organizationOnBehalf: { from: 'Organization', pattern: '<-[rel:ON_BEHALF_OF]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },
  organizationReceived: { from: 'Organization', pattern: '<-[rel:RECIPIENT]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },

  positionOrganization: { from: 'Position', pattern: '-[rel:IN_ORGANIZATION]->(target:Organization)' },
  positionHolders: { from: 'Position', pattern: '<-[rel:OF_POSITION]-(target:Tenure)', orderBy: 'coalesce(target.startDate, target.attestedOn), target.id' },
  positionParticipations: { from: 'Position', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  positionConferredAwards: { from: 'Position', pattern: '<-[rel:CONFERRED_BY]-(target:Award)' },
  positionOnBehalf: { from: 'Position', pattern: '<-[rel:ON_BEHALF_OF]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },

  placeParent: { from: 'Place', pattern: '-[rel:PART_OF]->(target:Place)' },
  placeChildren: { from: 'Place', pattern: '<-[rel:PART_OF]-(target:Place)' },
  placeOrganizations: { from: 'Place', pattern: '<-[rel:JURISDICTION]-(target:Organization)' },
  placeEvents: { from: 'Place', pattern: '<-[rel:HELD_IN]-(target:Event)', orderBy: 'target.date, target.id' },
  placeFigures: { from: 'Place', pattern: '<-[rel:ABOUT]-(target:Figure)' },

  tenurePerson: { from: 'Tenure', pattern: '-[rel:HELD_BY]->(target:Person)' },
  tenurePosition: { from: 'Tenure', pattern: '-[rel:OF_POSITION]->(target:Position)' },

  eventOrganizers: { from: 'Event', pattern: '-[rel:ORGANIZED_BY]->(target:Organization)' },
  eventPlace: { from: 'Event', pattern: '-[rel:HELD_IN]->(target:Place)' },
  eventParticipations: { from: 'Event', pattern: '<-[rel:AT_EVENT]-(target:Participation)' },
  eventAwardPresentations: { from: 'Event', pattern: '<-[rel:AT_EVENT]-(target:AwardPresentation)' },
  eventFigures: { from: 'Event', pattern: '<-[rel:REPORTED_AT]-(target:Figure)' },

  participationParticipant: { from: 'Participation', pattern: `-[rel:PARTICIPANT]->(${AGENT})` },
  participationEvent: { from: 'Participation', pattern: '-[rel:AT_EVENT]->(target:Event)' },

  awardConferrer: { from: 'Award', pattern: `-[rel:CONFERRED_BY]->(${AGENT})` },
  awardPresentations: { from: 'Award', pattern: '<-[rel:OF_AWARD]-(target:AwardPresentation)', orderBy: 'target.date, target.id' },

  presentationAward: { from: 'AwardPresentation', pattern: '-[rel:OF_AWARD]->(target:Award)' },
  presentationPresenter: { from: 'AwardPresentation', pattern: '-[rel:PRESENTED_BY]->(target:Person)' },
  presentationOnBehalfOf: { from: 'AwardPresentation', pattern: `-[rel:ON_BEHALF_OF]->(${AGENT})` },
  presentationEvent: { from: 'AwardPresentation', pattern: '-[rel:AT_EVENT]->(target:Event)' },
  presentationRecipients: { from: 'AwardPresentation', pattern: `-[rel:RECIPIENT]->(${AGENT})` },

  figureAbout: { from: 'Figure', pattern: '-[rel:ABOUT]->(target:Place)' },
  figureReportedAt: { from: 'Figure', pattern: '-[rel:REPORTED_AT]->(target:Event)' },

  articleStatements: { from: 'Article', pattern: '<-[rel:STATED_IN]-(target)', orderBy: 'rel.quote, target.id', quoted: true },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;
/** The provenance of a label's nodes: each article that states one, with the verbatim quote on STATED_IN. */
export type SourcesRelation = `sources:${NodeLabel}`;
export type RelationRef = RelationName | SourcesRelation;

const SOURCES_PREFIX = 'sources:';

function relationSpec(ref: RelationRef): RelationSpec {
  if (ref.startsWith(SOURCES_PREFIX)) {
    return {
      from: ref.slice(SOURCES_PREFIX.length) as NodeLabel,
      pattern: '-[rel:STATED_IN]->(target:Article)',
      orderBy: 'target.publishedAt, target.id, rel.quote',
      quoted: true,
    };
  }
  return RELATIONS[ref as RelationName];
}

/** The key of an item's quote, when its relationship has one (see RelationSpec.quoted). */
export const QUOTE_KEY = '_quote';

export interface RelationFilter {
  /** Only for relations to Tenure: keep the tenures held on this ISO date. */
  on?: string;
}

/**
 * The date filter of tenures: a tenure counts on a date from its start (or its attestation, where no start is
 * given) to its end (or its attestation). A missing bound is open, but a tenure with no date at all is never
 * placed on any date.
 */
function tenureOnDate(tenure: string, dateParam: string): string {
  const lower = `coalesce(${tenure}.startDate, ${tenure}.attestedOn)`;
  const upper = `coalesce(${tenure}.endDate, ${tenure}.attestedOn)`;
  return `(${lower} IS NOT NULL OR ${upper} IS NOT NULL)
  AND (${lower} IS NULL OR ${lower} <= date($${dateParam}))
  AND (${upper} IS NULL OR ${upper} >= date($${dateParam}))`;
}

interface BoundRelation {
  /** The path from the source node (not included) to the target variable. */
  pattern: string;
  /** The WHERE clause of the filter, or ''. */
  where: string;
  orderBy: string;
  /** Entries each item's map adds to the target's properties: the relationship's quote, where it has one. */
  itemEntries: string[];
}

/**
 * A relation's pattern, filter and order with its variables renamed, so that a relation nested in another's
 * subquery does not reuse (and so silently join on) the outer one's variables.
 */
function bindRelation(ref: RelationRef, names: { rel: string; target: string }, dateParam?: string): BoundRelation {
  const spec = relationSpec(ref);
  const rename = (text: string) => text.replace(/\b(rel|target)\b/g, (variable) => names[variable as keyof typeof names]);
  return {
    pattern: rename(spec.pattern),
    where: dateParam === undefined ? '' : `WHERE ${tenureOnDate(names.target, dateParam)}`,
    orderBy: rename(spec.orderBy ?? 'target.id'),
    itemEntries: spec.quoted ? [`${QUOTE_KEY}: ${names.rel}.quote`] : [],
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
  const bound = bindRelation(ref, { rel: 'rel', target: 'target' }, filter.on === undefined ? undefined : 'on');
  const target = renderTarget('target', bound.itemEntries);
  return {
    cypher: `UNWIND $ids AS sourceId
MATCH (source:${relationSpec(ref).from} {id: sourceId})${bound.pattern}
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
): string {
  const rel = `rel${depth}`;
  const target = `target${depth}`;
  const bound = bindRelation(ref, { rel, target }, dateParam);
  return `COLLECT { MATCH (${source})${bound.pattern} ${bound.where} WITH ${target}, ${rel} ORDER BY ${bound.orderBy} RETURN ${renderTarget(target, bound.itemEntries)} }`;
}
