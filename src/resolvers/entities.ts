/**
 * The entity types: every relation field comes from the relation table through a loader (see fields.ts),
 * and every entity and fact exposes its `sources`. Scalar fields are the node's properties as they are.
 */
import type { Resolvers } from '../generated/graphql.js';
import { agentLabelOf, labelOf } from '../graph.js';
import { exactlyOne, listProperty, many, one, sources, tenuresOn } from './fields.js';

export const entityResolvers: Resolvers = {
  Node: { __resolveType: labelOf },
  Agent: { __resolveType: agentLabelOf },

  Person: {
    aliases: listProperty<string>('aliases'),
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
    statements: async (article, _args, { loaders }) =>
      (await loaders.related('articleStatements').load(article.id)).map((item) => ({ node: item.node, quote: String(item.rel.quote) })),
  },
};
