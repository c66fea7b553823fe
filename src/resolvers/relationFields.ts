/**
 * Every GraphQL field that follows a relation, as data: which relation of the table in
 * src/db/cypher/relations.ts it follows, how many nodes it gives, and how its value wraps them. The field
 * resolvers (fields.ts) and the query planner (lookahead.ts) both read this one table, so that a field is
 * fetched the same way whether it comes nested in its parent's query or through its batched loader.
 */
import type { RelationFilter, RelationRef } from '../db/cypher/relations.js';
import type { NodeLabel } from '../db/cypher/schema.js';

export interface RelationField {
  relation: RelationRef;
  /** `exactlyOne`: the schema declares the field non-null, so a missing node is a broken graph. */
  cardinality: 'many' | 'one' | 'exactlyOne';
  /**
   * The field of the value's type that holds the node, for values that carry the relationship's quote
   * (SourceRef.article, Statement.node); the value is the node itself when absent.
   */
  wrapper?: 'article' | 'node';
  /** The field takes `on: Date` and then gives only the tenures held on that date. */
  filteredByDate?: true;
}

const many = (relation: RelationRef): RelationField => ({ relation, cardinality: 'many' });
const one = (relation: RelationRef): RelationField => ({ relation, cardinality: 'one' });
const exactlyOne = (relation: RelationRef): RelationField => ({ relation, cardinality: 'exactlyOne' });
const tenuresOn = (relation: 'personTenures' | 'positionHolders'): RelationField => ({ relation, cardinality: 'many', filteredByDate: true });
/** `sources` of a node: each article that states it, with the verbatim quote. */
const sources = (label: NodeLabel): RelationField => ({ relation: `sources:${label}`, cardinality: 'many', wrapper: 'article' });

export const RELATION_FIELDS: Readonly<Record<NodeLabel, Readonly<Record<string, RelationField>>>> = {
  Person: {
    tenures: tenuresOn('personTenures'),
    participations: many('personParticipations'),
    presented: many('personPresented'),
    received: many('personReceived'),
    sources: sources('Person'),
  },
  Organization: {
    parent: one('organizationParent'),
    children: many('organizationChildren'),
    positions: many('organizationPositions'),
    jurisdiction: one('organizationJurisdiction'),
    organizedEvents: many('organizationEvents'),
    participations: many('organizationParticipations'),
    conferredAwards: many('organizationConferredAwards'),
    presentationsOnBehalf: many('organizationOnBehalf'),
    received: many('organizationReceived'),
    sources: sources('Organization'),
  },
  Position: {
    organization: one('positionOrganization'),
    holders: tenuresOn('positionHolders'),
    participations: many('positionParticipations'),
    conferredAwards: many('positionConferredAwards'),
    presentationsOnBehalf: many('positionOnBehalf'),
    sources: sources('Position'),
  },
  Place: {
    parent: one('placeParent'),
    children: many('placeChildren'),
    organizations: many('placeOrganizations'),
    events: many('placeEvents'),
    figures: many('placeFigures'),
    sources: sources('Place'),
  },
  Tenure: {
    person: exactlyOne('tenurePerson'),
    position: exactlyOne('tenurePosition'),
    sources: sources('Tenure'),
  },
  Event: {
    organizers: many('eventOrganizers'),
    place: one('eventPlace'),
    participations: many('eventParticipations'),
    awardPresentations: many('eventAwardPresentations'),
    figures: many('eventFigures'),
    sources: sources('Event'),
  },
  Participation: {
    participant: exactlyOne('participationParticipant'),
    event: exactlyOne('participationEvent'),
    sources: sources('Participation'),
  },
  Award: {
    conferrer: one('awardConferrer'),
    presentations: many('awardPresentations'),
    sources: sources('Award'),
  },
  AwardPresentation: {
    award: exactlyOne('presentationAward'),
    presenter: one('presentationPresenter'),
    onBehalfOf: one('presentationOnBehalfOf'),
    event: one('presentationEvent'),
    recipients: many('presentationRecipients'),
    sources: sources('AwardPresentation'),
  },
  Figure: {
    about: one('figureAbout'),
    reportedAt: one('figureReportedAt'),
    sources: sources('Figure'),
  },
  Article: {
    statements: { relation: 'articleStatements', cardinality: 'many', wrapper: 'node' },
  },
};

/** The relation filter a field's arguments ask for. */
export function relationFilter(field: RelationField, args: { on?: unknown }): RelationFilter {
  return field.filteredByDate && typeof args.on === 'string' ? { on: args.on } : {};
}
