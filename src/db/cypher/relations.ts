/**
 * Every relation the API follows, in both directions, as fixed Cypher patterns. A loader asks for one relation
 * of many source nodes at once (relatedNodesQuery), so that a GraphQL field costs one round trip per request,
 * whatever the number of parents. Labels and relationship types come only from this table.
 */
import type { CypherQuery } from '../database.js';
import { nodeRecord } from './nodes.js';
import type { NodeLabel } from './schema.js';

interface RelationSpec {
  from: NodeLabel;
  /** The path from `source` to `target`, with the relationship bound to `rel`. */
  pattern: string;
  /** Sort key of the targets, so that lists come in a stable order. */
  orderBy?: string;
}

const AGENT = 'target:Person|Organization|Position';

export const RELATIONS = {
  personTenures: { from: 'Person', pattern: '<-[rel:HELD_BY]-(target:Tenure)', orderBy: 'coalesce(target.startDate, target.attestedOn)' },
  personParticipations: { from: 'Person', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  personPresented: { from: 'Person', pattern: '<-[rel:PRESENTED_BY]-(target:AwardPresentation)', orderBy: 'target.date' },
  personReceived: { from: 'Person', pattern: '<-[rel:RECIPIENT]-(target:AwardPresentation)', orderBy: 'target.date' },

  organizationParent: { from: 'Organization', pattern: '-[rel:PART_OF]->(target:Organization)' },
  organizationChildren: { from: 'Organization', pattern: '<-[rel:PART_OF]-(target:Organization)' },
  organizationPositions: { from: 'Organization', pattern: '<-[rel:IN_ORGANIZATION]-(target:Position)' },
  organizationJurisdiction: { from: 'Organization', pattern: '-[rel:JURISDICTION]->(target:Place)' },
  organizationEvents: { from: 'Organization', pattern: '<-[rel:ORGANIZED_BY]-(target:Event)', orderBy: 'target.date' },
  organizationParticipations: { from: 'Organization', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  organizationConferredAwards: { from: 'Organization', pattern: '<-[rel:CONFERRED_BY]-(target:Award)' },
  organizationOnBehalf: { from: 'Organization', pattern: '<-[rel:ON_BEHALF_OF]-(target:AwardPresentation)', orderBy: 'target.date' },
  organizationReceived: { from: 'Organization', pattern: '<-[rel:RECIPIENT]-(target:AwardPresentation)', orderBy: 'target.date' },

  positionOrganization: { from: 'Position', pattern: '-[rel:IN_ORGANIZATION]->(target:Organization)' },
  positionHolders: { from: 'Position', pattern: '<-[rel:OF_POSITION]-(target:Tenure)', orderBy: 'coalesce(target.startDate, target.attestedOn)' },
  positionParticipations: { from: 'Position', pattern: '<-[rel:PARTICIPANT]-(target:Participation)' },
  positionConferredAwards: { from: 'Position', pattern: '<-[rel:CONFERRED_BY]-(target:Award)' },
  positionOnBehalf: { from: 'Position', pattern: '<-[rel:ON_BEHALF_OF]-(target:AwardPresentation)', orderBy: 'target.date' },

  placeParent: { from: 'Place', pattern: '-[rel:PART_OF]->(target:Place)' },
  placeChildren: { from: 'Place', pattern: '<-[rel:PART_OF]-(target:Place)' },
  placeOrganizations: { from: 'Place', pattern: '<-[rel:JURISDICTION]-(target:Organization)' },
  placeEvents: { from: 'Place', pattern: '<-[rel:HELD_IN]-(target:Event)', orderBy: 'target.date' },
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
  awardPresentations: { from: 'Award', pattern: '<-[rel:OF_AWARD]-(target:AwardPresentation)', orderBy: 'target.date' },

  presentationAward: { from: 'AwardPresentation', pattern: '-[rel:OF_AWARD]->(target:Award)' },
  presentationPresenter: { from: 'AwardPresentation', pattern: '-[rel:PRESENTED_BY]->(target:Person)' },
  presentationOnBehalfOf: { from: 'AwardPresentation', pattern: `-[rel:ON_BEHALF_OF]->(${AGENT})` },
  presentationEvent: { from: 'AwardPresentation', pattern: '-[rel:AT_EVENT]->(target:Event)' },
  presentationRecipients: { from: 'AwardPresentation', pattern: `-[rel:RECIPIENT]->(${AGENT})` },

  figureAbout: { from: 'Figure', pattern: '-[rel:ABOUT]->(target:Place)' },
  figureReportedAt: { from: 'Figure', pattern: '-[rel:REPORTED_AT]->(target:Event)' },

  articleStatements: { from: 'Article', pattern: '<-[rel:STATED_IN]-(target)', orderBy: 'rel.quote' },
} as const satisfies Record<string, RelationSpec>;

export type RelationName = keyof typeof RELATIONS;

/**
 * The date filter of tenures: a tenure counts on a date from its start (or its attestation, where no start is
 * given) to its end (or its attestation). A missing bound is open, but a tenure with no date at all is never
 * placed on any date.
 */
const TENURE_ON_DATE = `(coalesce(target.startDate, target.attestedOn) IS NOT NULL OR coalesce(target.endDate, target.attestedOn) IS NOT NULL)
  AND (coalesce(target.startDate, target.attestedOn) IS NULL OR coalesce(target.startDate, target.attestedOn) <= date($on))
  AND (coalesce(target.endDate, target.attestedOn) IS NULL OR coalesce(target.endDate, target.attestedOn) >= date($on))`;

export interface RelationFilter {
  /** Only for relations to Tenure: keep the tenures held on this ISO date. */
  on?: string;
}

/**
 * One relation of many source nodes in one query: a row per source id with its targets (and the
 * relationship's properties, for provenance quotes) in a stable order.
 */
export function relatedNodesQuery(relation: RelationName, sourceIds: readonly string[], filter: RelationFilter = {}): CypherQuery {
  const spec: RelationSpec = RELATIONS[relation];
  const where = filter.on === undefined ? '' : `WHERE ${TENURE_ON_DATE}`;
  return {
    cypher: `UNWIND $ids AS sourceId
MATCH (source:${spec.from} {id: sourceId})${spec.pattern}
${where}
WITH sourceId, target, rel ORDER BY ${spec.orderBy ? `${spec.orderBy}, ` : ''}target.id
RETURN sourceId, collect({node: ${nodeRecord('target')}, rel: properties(rel)}) AS items`,
    params: filter.on === undefined ? { ids: sourceIds } : { ids: sourceIds, on: filter.on },
  };
}

/** Provenance of many nodes of one label in one query: each node's quotes with the article that states them. */
export function sourcesQuery(label: NodeLabel, nodeIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS sourceId
MATCH (source:${label} {id: sourceId})-[rel:STATED_IN]->(target:Article)
WITH sourceId, target, rel ORDER BY target.publishedAt, target.id, rel.quote
RETURN sourceId, collect({node: ${nodeRecord('target')}, rel: properties(rel)}) AS items`,
    params: { ids: nodeIds },
  };
}
