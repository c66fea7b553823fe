/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** An article to store: its data file and its text, in the seed format (seed/README.md), as `extractDraft` drafts them. */
export type ArticleSubmission = {
  /** The article data file, `{ formatVersion, article, statements }`, as JSON text (`extractDraft.json`, reviewed). */
  article: string;
  /**
   * The pending draft this submission is the reviewed form of: marked submitted in the same transaction, with
   * what was decided of each of its statements (kept, edited, rejected, added), compared by statement id.
   */
  draftId?: string | number | null | undefined;
  /** Entities the graph lacks, as `extractDraft.proposed` gives them. Entities already in the graph are named by id. */
  entities?: Array<EntityDeclaration> | null | undefined;
  /** Replace what the article stated before, when it is in the graph with other content. */
  replace?: boolean | null | undefined;
  /** The article's text: every quote must be found in it. */
  text: string;
};

/** How sure the sources make an answer on a date. */
export type Certainty =
  /** The sources place it on that date. */
  | 'CERTAIN'
  /** It depends on a bound that the sources leave open or give only to the month or year. */
  | 'POSSIBLE';

export type DraftFilter = {
  province?: string | null | undefined;
  /** Published on or after, on or before (YYYY-MM-DD). */
  publishedFrom?: string | null | undefined;
  publishedTo?: string | null | undefined;
  publisher?: string | null | undefined;
  status?: DraftStatus | null | undefined;
  /** Drafts that propose entities (true) or that propose none (false). */
  unresolved?: boolean | null | undefined;
};

export type DraftStatus =
  | 'PENDING'
  | 'REJECTED'
  | 'SUBMITTED';

/** A registry entry to declare with an article. */
export type EntityDeclaration = {
  /** The registry collection: people, organizations, positions, places or awards. */
  collection: string;
  /** The registry entry as JSON text. */
  json: string;
};

export type GridStatus =
  /** Someone held it for certain that day. */
  | 'CERTAIN'
  /** The place did not exist that day (formed later, or replaced before). */
  | 'NOT_IN_EXISTENCE'
  /** Someone may have: a bound the sources leave open. */
  | 'POSSIBLE'
  /** No source places anyone there on that day: a gap in what the graph knows, not a vacancy. */
  | 'UNKNOWN';

export type WriteStatus =
  | 'CREATED'
  | 'REPLACED'
  /** The same submission was stored before: nothing was written. */
  | 'UNCHANGED';

export type PostTitleFragment = { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null };

export type TenureDatesFragment = { startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null };

type NodeLabel_Article_Fragment = { __typename: 'Article', publisher: string | null, id: string, headline: string | null };

type NodeLabel_Award_Fragment = { __typename: 'Award', name: string, nameEn: string | null, id: string };

type NodeLabel_AwardPresentation_Fragment = { __typename: 'AwardPresentation', date: string | null, id: string, award: { name: string, nameEn: string | null } };

type NodeLabel_Claim_Fragment = { __typename: 'Claim', id: string };

type NodeLabel_Event_Fragment = { __typename: 'Event', name: string, nameEn: string | null, date: string | null, id: string };

type NodeLabel_Figure_Fragment = { __typename: 'Figure', metric: string, metricEn: string | null, id: string };

type NodeLabel_Organization_Fragment = { __typename: 'Organization', name: string, nameEn: string | null, id: string };

type NodeLabel_Participation_Fragment = { __typename: 'Participation', role: string, id: string };

type NodeLabel_Person_Fragment = { __typename: 'Person', name: string, id: string };

type NodeLabel_Place_Fragment = { __typename: 'Place', name: string, nameEn: string | null, id: string };

type NodeLabel_Position_Fragment = { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null };

type NodeLabel_Reorganization_Fragment = { __typename: 'Reorganization', id: string };

type NodeLabel_Role_Fragment = { __typename: 'Role', id: string };

type NodeLabel_Tenure_Fragment = { __typename: 'Tenure', id: string, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } };

export type NodeLabelFragment =
  | NodeLabel_Article_Fragment
  | NodeLabel_Award_Fragment
  | NodeLabel_AwardPresentation_Fragment
  | NodeLabel_Claim_Fragment
  | NodeLabel_Event_Fragment
  | NodeLabel_Figure_Fragment
  | NodeLabel_Organization_Fragment
  | NodeLabel_Participation_Fragment
  | NodeLabel_Person_Fragment
  | NodeLabel_Place_Fragment
  | NodeLabel_Position_Fragment
  | NodeLabel_Reorganization_Fragment
  | NodeLabel_Role_Fragment
  | NodeLabel_Tenure_Fragment
;

type AgentRef_Organization_Fragment = { __typename: 'Organization', id: string, name: string, nameEn: string | null };

type AgentRef_Person_Fragment = { __typename: 'Person', id: string, name: string };

type AgentRef_Position_Fragment = { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null };

export type AgentRefFragment =
  | AgentRef_Organization_Fragment
  | AgentRef_Person_Fragment
  | AgentRef_Position_Fragment
;

export type SourceFragment = { quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } };

export type PresentationLinksFragment = { id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
    | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
   | null, recipients: Array<
    | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
    | { __typename: 'Person', id: string, name: string }
    | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
  >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null };

type ExternalIds_Award_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

type ExternalIds_Organization_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

type ExternalIds_Person_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

type ExternalIds_Place_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

type ExternalIds_Position_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

type ExternalIds_Role_Fragment = { externalIds: Array<{ scheme: string, id: string, url: string }> };

export type ExternalIdsFragment =
  | ExternalIds_Award_Fragment
  | ExternalIds_Organization_Fragment
  | ExternalIds_Person_Fragment
  | ExternalIds_Place_Fragment
  | ExternalIds_Position_Fragment
  | ExternalIds_Role_Fragment
;

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, node:
      | { __typename: 'Article', publisher: string | null, id: string, headline: string | null }
      | { __typename: 'Award', name: string, nameEn: string | null, id: string }
      | { __typename: 'AwardPresentation', date: string | null, id: string, award: { name: string, nameEn: string | null } }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Event', name: string, nameEn: string | null, date: string | null, id: string }
      | { __typename: 'Figure', metric: string, metricEn: string | null, id: string }
      | { __typename: 'Organization', name: string, nameEn: string | null, id: string }
      | { __typename: 'Participation', role: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, nameEn: string | null, id: string }
      | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { name: string, nameEn: string | null, id: string } | null }
      | { __typename: 'Reorganization', id: string }
      | { __typename: 'Role', id: string }
      | { __typename: 'Tenure', id: string, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } }
     }> };

export type EntityPageQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityPageQuery = { node:
    | { __typename: 'Article', publisher: string | null, id: string, headline: string | null }
    | { __typename: 'Award', name: string, nameEn: string | null, id: string, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'AwardPresentation', id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
       | null, recipients: Array<
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
      >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', datePrecision: string | null, partOfDay: string | null, name: string, nameEn: string | null, date: string | null, id: string, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }> }
    | { __typename: 'Figure', metric: string, metricEn: string | null, id: string }
    | { __typename: 'Organization', classification: string | null, level: string | null, name: string, nameEn: string | null, id: string, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'Participation', role: string, id: string, participant:
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
      , atEvent: { id: string, name: string, nameEn: string | null, date: string | null }, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }> }
    | { __typename: 'Person', familyName: string | null, givenName: string | null, aliases: Array<string>, name: string, id: string, tenures: Array<{ id: string, startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }> }>, presented: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }>, received: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }>, participations: Array<{ id: string, role: string, event: { id: string, name: string, nameEn: string | null, date: string | null }, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }> }>, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'Place', kind: string | null, name: string, nameEn: string | null, id: string, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { name: string, nameEn: string | null, id: string } | null, holders: Array<{ id: string, startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, person: { id: string, name: string }, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }> }>, presentationsOnBehalf: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }>, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'Reorganization', id: string }
    | { __typename: 'Role', id: string, externalIds: Array<{ scheme: string, id: string, url: string }> }
    | { __typename: 'Tenure', startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, id: string, person: { id: string, name: string }, sources: Array<{ quote: string, article: { id: string, title: string | null, publisher: string | null, url: string | null, publishedOn: string | null } }>, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } }
   | null };

export type NeighboursQueryVariables = Exact<{
  id: string | number;
}>;


export type NeighboursQuery = { node:
    | { __typename: 'Article', publisher: string | null, id: string, headline: string | null }
    | { __typename: 'Award', name: string, nameEn: string | null, id: string, conferrer:
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
       | null, presentations: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }> }
    | { __typename: 'AwardPresentation', id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
       | null, recipients: Array<
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
      >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }
    | { __typename: 'Claim', id: string }
    | { __typename: 'Event', name: string, nameEn: string | null, date: string | null, id: string, organizers: Array<{ id: string, name: string, nameEn: string | null }>, place: { id: string, name: string, nameEn: string | null } | null, participations: Array<{ id: string, role: string, participant:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         }>, awardPresentations: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }> }
    | { __typename: 'Figure', metric: string, metricEn: string | null, id: string }
    | { __typename: 'Organization', name: string, nameEn: string | null, id: string, parent: { id: string, name: string, nameEn: string | null } | null, children: Array<{ id: string, name: string, nameEn: string | null }>, positions: Array<{ id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }>, jurisdiction: { id: string, name: string, nameEn: string | null } | null, organizedEvents: Array<{ id: string, name: string, nameEn: string | null, date: string | null }>, participations: Array<{ id: string, role: string, event: { id: string, name: string, nameEn: string | null, date: string | null } }>, conferredAwards: Array<{ id: string, name: string, nameEn: string | null }>, presentationsOnBehalf: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }>, received: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }> }
    | { __typename: 'Participation', role: string, id: string, participant:
        | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
        | { __typename: 'Person', id: string, name: string }
        | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
      , atEvent: { id: string, name: string, nameEn: string | null, date: string | null } }
    | { __typename: 'Person', name: string, id: string, tenures: Array<{ id: string, startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } }>, participations: Array<{ id: string, role: string, event: { id: string, name: string, nameEn: string | null, date: string | null } }>, presented: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }>, received: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }> }
    | { __typename: 'Place', name: string, nameEn: string | null, id: string, parentPlace: { id: string, name: string, nameEn: string | null } | null, childPlaces: Array<{ id: string, name: string, nameEn: string | null }>, organizations: Array<{ id: string, name: string, nameEn: string | null }>, events: Array<{ id: string, name: string, nameEn: string | null, date: string | null }> }
    | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { name: string, nameEn: string | null, id: string } | null, holders: Array<{ id: string, startDate: string | null, endDate: string | null, attestedOn: string | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, person: { id: string, name: string } }>, participations: Array<{ id: string, role: string, event: { id: string, name: string, nameEn: string | null, date: string | null } }>, conferredAwards: Array<{ id: string, name: string, nameEn: string | null }>, presentationsOnBehalf: Array<{ id: string, date: string | null, recipientCount: number | null, recipientDescription: string | null, award: { id: string, name: string, nameEn: string | null }, presenter: { id: string, name: string } | null, onBehalfOf:
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
         | null, recipients: Array<
          | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
          | { __typename: 'Person', id: string, name: string }
          | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
        >, event: { id: string, name: string, nameEn: string | null, date: string | null } | null }> }
    | { __typename: 'Reorganization', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Tenure', id: string, person: { id: string, name: string }, position: { id: string, title: string, titleEn: string | null, organization: { name: string, nameEn: string | null, id: string } | null } }
   | null };

export type PathQueryVariables = Exact<{
  from: string | number;
  to: string | number;
}>;


export type PathQuery = { path: { length: number, nodes: Array<
      | { __typename: 'Article', publisher: string | null, id: string, headline: string | null }
      | { __typename: 'Award', name: string, nameEn: string | null, id: string }
      | { __typename: 'AwardPresentation', date: string | null, id: string, award: { name: string, nameEn: string | null } }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Event', name: string, nameEn: string | null, date: string | null, id: string }
      | { __typename: 'Figure', metric: string, metricEn: string | null, id: string }
      | { __typename: 'Organization', name: string, nameEn: string | null, id: string }
      | { __typename: 'Participation', role: string, id: string }
      | { __typename: 'Person', name: string, id: string }
      | { __typename: 'Place', name: string, nameEn: string | null, id: string }
      | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
      | { __typename: 'Reorganization', id: string }
      | { __typename: 'Role', id: string }
      | { __typename: 'Tenure', id: string, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } }
    >, relations: Array<{ type: string, startId: string, endId: string }> } | null };

export type OverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type OverviewQuery = { presentationsPerYear: Array<{ year: number | null, count: number }>, presentationsPerAuthority: Array<{ count: number, authority:
      | { __typename: 'Organization', id: string, name: string, nameEn: string | null }
      | { __typename: 'Person', id: string, name: string }
      | { __typename: 'Position', id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null }
     }>, tenuresPerOrganization: Array<{ count: number, organization: { id: string, name: string, nameEn: string | null } }>, peoplePerProvince: Array<{ count: number, province: { id: string, name: string, nameEn: string | null } }> };

export type RolesQueryVariables = Exact<{ [key: string]: never; }>;


export type RolesQuery = { roles: { edges: Array<{ node: { id: string, name: string, nameEn: string | null } }> } };

export type RoleGridQueryVariables = Exact<{
  roleId: string | number;
  fromYear: number;
  toYear: number;
  day?: string | null | undefined;
}>;


export type RoleGridQuery = { roleGrid: { day: string, years: Array<number>, role: { id: string, name: string, nameEn: string | null }, coverage: { certain: number, possible: number, unknown: number, total: number }, rows: Array<{ place: { id: string, name: string, nameEn: string | null, formedBy: Array<{ date: string | null }>, replacedBy: Array<{ date: string | null }> }, cells: Array<{ year: number, date: string, status: GridStatus, holders: Array<{ id: string, certainty: Certainty | null, acting: boolean | null, certainFrom: string | null, certainTo: string | null, possibleFrom: string | null, possibleTo: string | null, person: { id: string, name: string }, position: { id: string, title: string, titleEn: string | null, organization: { id: string, name: string, nameEn: string | null } | null } }> }> }> } };

export type DraftSummaryFragment = { id: string, status: DraftStatus, text: string, url: string | null, publisher: string | null, published: string | null, province: string | null };

export type DraftQueueQueryVariables = Exact<{
  filter?: DraftFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DraftQueueQuery = { drafts: { publishers: Array<string>, provinces: Array<string>, counts: { pending: number, submitted: number, rejected: number }, edges: Array<{ node: { statementCount: number, unresolvedCount: number, id: string, status: DraftStatus, text: string, url: string | null, publisher: string | null, published: string | null, province: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type DraftQueryVariables = Exact<{
  id: string | number;
}>;


export type DraftQuery = { draft: { articleId: string, reason: string | null, decidedBy: string | null, submittedAs: string | null, id: string, status: DraftStatus, text: string, url: string | null, publisher: string | null, published: string | null, province: string | null, extraction: { json: string, statements: Array<{ id: string, kind: string, quotes: Array<string>, confidence: number, rule: string, json: string }>, proposed: Array<{ id: string, collection: string, name: string, json: string, linkedTo: string | null }>, unread: Array<{ quote: string, reason: string }> } } | null };

export type CheckArticleQueryVariables = Exact<{
  input: ArticleSubmission;
}>;


export type CheckArticleQuery = { checkArticle: Array<{ code: string, input: string, path: string, message: string }> };

export type PersonCandidatesQueryVariables = Exact<{
  text: string;
}>;


export type PersonCandidatesQuery = { search: Array<{ score: number, node:
      | { __typename: 'Article', id: string }
      | { __typename: 'Award', id: string }
      | { __typename: 'AwardPresentation', id: string }
      | { __typename: 'Claim', id: string }
      | { __typename: 'Event', id: string }
      | { __typename: 'Figure', id: string }
      | { __typename: 'Organization', id: string }
      | { __typename: 'Participation', id: string }
      | { __typename: 'Person', name: string, aliases: Array<string>, id: string, tenures: Array<{ position: { id: string, title: string, organization: { id: string, name: string, jurisdiction: { name: string } | null } | null } }> }
      | { __typename: 'Place', id: string }
      | { __typename: 'Position', id: string }
      | { __typename: 'Reorganization', id: string }
      | { __typename: 'Role', id: string }
      | { __typename: 'Tenure', id: string }
     }> };

export type SubmitReviewedMutationVariables = Exact<{
  input: ArticleSubmission;
}>;


export type SubmitReviewedMutation = { submitArticle: { status: WriteStatus, statementsAdded: number, entitiesAdded: number, warnings: Array<string>, article: { id: string } } };

export type RejectDraftDeskMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type RejectDraftDeskMutation = { rejectDraft: { id: string, status: DraftStatus } };

export type DuplicateCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type DuplicateCandidatesQuery = { duplicateCandidates: Array<{ sharedPosts: Array<string>, sharedPlaces: Array<string>, people: Array<{ id: string, name: string }> }> };

export type MergeDuplicateMutationVariables = Exact<{
  keepId: string | number;
  mergeId: string | number;
  reason: string;
}>;


export type MergeDuplicateMutation = { mergeEntities: { id: string } };

export type MarkDuplicateDistinctMutationVariables = Exact<{
  id: string | number;
  otherId: string | number;
  reason: string;
}>;


export type MarkDuplicateDistinctMutation = { markDistinct: { id: string } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const TenureDatesFragmentDoc = new TypedDocumentString(`
    fragment TenureDates on Tenure {
  startDate
  endDate
  attestedOn
  certainFrom
  certainTo
  possibleFrom
  possibleTo
}
    `, {"fragmentName":"TenureDates"}) as unknown as TypedDocumentString<TenureDatesFragment, unknown>;
export const PostTitleFragmentDoc = new TypedDocumentString(`
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
    `, {"fragmentName":"PostTitle"}) as unknown as TypedDocumentString<PostTitleFragment, unknown>;
export const NodeLabelFragmentDoc = new TypedDocumentString(`
    fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organization {
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
  ... on Place {
    name
    nameEn
  }
  ... on Event {
    name
    nameEn
    date
  }
  ... on Award {
    name
    nameEn
  }
  ... on AwardPresentation {
    date
    award {
      name
      nameEn
    }
  }
  ... on Tenure {
    position {
      ...PostTitle
    }
  }
  ... on Participation {
    role
  }
  ... on Figure {
    metric
    metricEn
  }
  ... on Article {
    headline: title
    publisher
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}`, {"fragmentName":"NodeLabel"}) as unknown as TypedDocumentString<NodeLabelFragment, unknown>;
export const SourceFragmentDoc = new TypedDocumentString(`
    fragment Source on SourceRef {
  quote
  article {
    id
    title
    publisher
    url
    publishedOn
  }
}
    `, {"fragmentName":"Source"}) as unknown as TypedDocumentString<SourceFragment, unknown>;
export const AgentRefFragmentDoc = new TypedDocumentString(`
    fragment AgentRef on Agent {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}`, {"fragmentName":"AgentRef"}) as unknown as TypedDocumentString<AgentRefFragment, unknown>;
export const PresentationLinksFragmentDoc = new TypedDocumentString(`
    fragment PresentationLinks on AwardPresentation {
  id
  date
  award {
    id
    name
    nameEn
  }
  presenter {
    id
    name
  }
  onBehalfOf {
    ...AgentRef
  }
  recipients {
    ...AgentRef
  }
  recipientCount
  recipientDescription
  event {
    id
    name
    nameEn
    date
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment AgentRef on Agent {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
}`, {"fragmentName":"PresentationLinks"}) as unknown as TypedDocumentString<PresentationLinksFragment, unknown>;
export const ExternalIdsFragmentDoc = new TypedDocumentString(`
    fragment ExternalIds on Node {
  ... on Person {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Organization {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Position {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Place {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Award {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Role {
    externalIds {
      scheme
      id
      url
    }
  }
}
    `, {"fragmentName":"ExternalIds"}) as unknown as TypedDocumentString<ExternalIdsFragment, unknown>;
export const DraftSummaryFragmentDoc = new TypedDocumentString(`
    fragment DraftSummary on Draft {
  id
  status
  text
  url
  publisher
  published
  province
}
    `, {"fragmentName":"DraftSummary"}) as unknown as TypedDocumentString<DraftSummaryFragment, unknown>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, types: [PERSON, ORGANIZATION, POSITION], first: $first) {
    score
    node {
      ...NodeLabel
      ... on Position {
        organization {
          name
          nameEn
        }
      }
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organization {
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
  ... on Place {
    name
    nameEn
  }
  ... on Event {
    name
    nameEn
    date
  }
  ... on Award {
    name
    nameEn
  }
  ... on AwardPresentation {
    date
    award {
      name
      nameEn
    }
  }
  ... on Tenure {
    position {
      ...PostTitle
    }
  }
  ... on Participation {
    role
  }
  ... on Figure {
    metric
    metricEn
  }
  ... on Article {
    headline: title
    publisher
  }
}`) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;
export const EntityPageDocument = new TypedDocumentString(`
    query EntityPage($id: ID!) {
  node(id: $id) {
    ...NodeLabel
    ...ExternalIds
    ... on Person {
      familyName
      givenName
      aliases
      tenures {
        id
        ...TenureDates
        position {
          ...PostTitle
        }
        sources {
          ...Source
        }
      }
      presented {
        ...PresentationLinks
        sources {
          ...Source
        }
      }
      received {
        ...PresentationLinks
        sources {
          ...Source
        }
      }
      participations {
        id
        role
        event {
          id
          name
          nameEn
          date
        }
        sources {
          ...Source
        }
      }
      sources {
        ...Source
      }
    }
    ... on Position {
      organization {
        id
        name
        nameEn
      }
      holders {
        id
        ...TenureDates
        person {
          id
          name
        }
        sources {
          ...Source
        }
      }
      presentationsOnBehalf {
        ...PresentationLinks
        sources {
          ...Source
        }
      }
      sources {
        ...Source
      }
    }
    ... on Organization {
      classification
      level
      sources {
        ...Source
      }
    }
    ... on Place {
      kind
      sources {
        ...Source
      }
    }
    ... on Event {
      datePrecision
      partOfDay
      sources {
        ...Source
      }
    }
    ... on Award {
      sources {
        ...Source
      }
    }
    ... on AwardPresentation {
      ...PresentationLinks
      sources {
        ...Source
      }
    }
    ... on Tenure {
      ...TenureDates
      person {
        id
        name
      }
      sources {
        ...Source
      }
    }
    ... on Participation {
      participant {
        ...AgentRef
      }
      atEvent: event {
        id
        name
        nameEn
        date
      }
      sources {
        ...Source
      }
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment TenureDates on Tenure {
  startDate
  endDate
  attestedOn
  certainFrom
  certainTo
  possibleFrom
  possibleTo
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organization {
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
  ... on Place {
    name
    nameEn
  }
  ... on Event {
    name
    nameEn
    date
  }
  ... on Award {
    name
    nameEn
  }
  ... on AwardPresentation {
    date
    award {
      name
      nameEn
    }
  }
  ... on Tenure {
    position {
      ...PostTitle
    }
  }
  ... on Participation {
    role
  }
  ... on Figure {
    metric
    metricEn
  }
  ... on Article {
    headline: title
    publisher
  }
}
fragment AgentRef on Agent {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
}
fragment Source on SourceRef {
  quote
  article {
    id
    title
    publisher
    url
    publishedOn
  }
}
fragment PresentationLinks on AwardPresentation {
  id
  date
  award {
    id
    name
    nameEn
  }
  presenter {
    id
    name
  }
  onBehalfOf {
    ...AgentRef
  }
  recipients {
    ...AgentRef
  }
  recipientCount
  recipientDescription
  event {
    id
    name
    nameEn
    date
  }
}
fragment ExternalIds on Node {
  ... on Person {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Organization {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Position {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Place {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Award {
    externalIds {
      scheme
      id
      url
    }
  }
  ... on Role {
    externalIds {
      scheme
      id
      url
    }
  }
}`) as unknown as TypedDocumentString<EntityPageQuery, EntityPageQueryVariables>;
export const NeighboursDocument = new TypedDocumentString(`
    query Neighbours($id: ID!) {
  node(id: $id) {
    ...NodeLabel
    ... on Person {
      tenures {
        id
        ...TenureDates
        position {
          ...PostTitle
        }
      }
      participations {
        id
        role
        event {
          id
          name
          nameEn
          date
        }
      }
      presented {
        ...PresentationLinks
      }
      received {
        ...PresentationLinks
      }
    }
    ... on Position {
      organization {
        id
        name
        nameEn
      }
      holders {
        id
        ...TenureDates
        person {
          id
          name
        }
      }
      participations {
        id
        role
        event {
          id
          name
          nameEn
          date
        }
      }
      conferredAwards {
        id
        name
        nameEn
      }
      presentationsOnBehalf {
        ...PresentationLinks
      }
    }
    ... on Organization {
      parent {
        id
        name
        nameEn
      }
      children {
        id
        name
        nameEn
      }
      positions {
        ...PostTitle
      }
      jurisdiction {
        id
        name
        nameEn
      }
      organizedEvents {
        id
        name
        nameEn
        date
      }
      participations {
        id
        role
        event {
          id
          name
          nameEn
          date
        }
      }
      conferredAwards {
        id
        name
        nameEn
      }
      presentationsOnBehalf {
        ...PresentationLinks
      }
      received {
        ...PresentationLinks
      }
    }
    ... on Place {
      parentPlace: parent {
        id
        name
        nameEn
      }
      childPlaces: children {
        id
        name
        nameEn
      }
      organizations {
        id
        name
        nameEn
      }
      events {
        id
        name
        nameEn
        date
      }
    }
    ... on Event {
      organizers {
        id
        name
        nameEn
      }
      place {
        id
        name
        nameEn
      }
      participations {
        id
        role
        participant {
          ...AgentRef
        }
      }
      awardPresentations {
        ...PresentationLinks
      }
    }
    ... on Award {
      conferrer {
        ...AgentRef
      }
      presentations {
        ...PresentationLinks
      }
    }
    ... on AwardPresentation {
      ...PresentationLinks
    }
    ... on Tenure {
      person {
        id
        name
      }
      position {
        ...PostTitle
      }
    }
    ... on Participation {
      participant {
        ...AgentRef
      }
      atEvent: event {
        id
        name
        nameEn
        date
      }
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment TenureDates on Tenure {
  startDate
  endDate
  attestedOn
  certainFrom
  certainTo
  possibleFrom
  possibleTo
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organization {
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
  ... on Place {
    name
    nameEn
  }
  ... on Event {
    name
    nameEn
    date
  }
  ... on Award {
    name
    nameEn
  }
  ... on AwardPresentation {
    date
    award {
      name
      nameEn
    }
  }
  ... on Tenure {
    position {
      ...PostTitle
    }
  }
  ... on Participation {
    role
  }
  ... on Figure {
    metric
    metricEn
  }
  ... on Article {
    headline: title
    publisher
  }
}
fragment AgentRef on Agent {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
}
fragment PresentationLinks on AwardPresentation {
  id
  date
  award {
    id
    name
    nameEn
  }
  presenter {
    id
    name
  }
  onBehalfOf {
    ...AgentRef
  }
  recipients {
    ...AgentRef
  }
  recipientCount
  recipientDescription
  event {
    id
    name
    nameEn
    date
  }
}`) as unknown as TypedDocumentString<NeighboursQuery, NeighboursQueryVariables>;
export const PathDocument = new TypedDocumentString(`
    query Path($from: ID!, $to: ID!) {
  path(fromId: $from, toId: $to, maxHops: 10) {
    length
    nodes {
      ...NodeLabel
    }
    relations {
      type
      startId
      endId
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment NodeLabel on Node {
  __typename
  id
  ... on Person {
    name
  }
  ... on Organization {
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
  ... on Place {
    name
    nameEn
  }
  ... on Event {
    name
    nameEn
    date
  }
  ... on Award {
    name
    nameEn
  }
  ... on AwardPresentation {
    date
    award {
      name
      nameEn
    }
  }
  ... on Tenure {
    position {
      ...PostTitle
    }
  }
  ... on Participation {
    role
  }
  ... on Figure {
    metric
    metricEn
  }
  ... on Article {
    headline: title
    publisher
  }
}`) as unknown as TypedDocumentString<PathQuery, PathQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview {
  presentationsPerYear {
    year
    count
  }
  presentationsPerAuthority(first: 10) {
    count
    authority {
      ...AgentRef
    }
  }
  tenuresPerOrganization(first: 10) {
    count
    organization {
      id
      name
      nameEn
    }
  }
  peoplePerProvince(first: 10) {
    count
    province {
      id
      name
      nameEn
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}
fragment AgentRef on Agent {
  __typename
  ... on Person {
    id
    name
  }
  ... on Organization {
    id
    name
    nameEn
  }
  ... on Position {
    ...PostTitle
  }
}`) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const RolesDocument = new TypedDocumentString(`
    query Roles {
  roles(first: 100) {
    edges {
      node {
        id
        name
        nameEn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RolesQuery, RolesQueryVariables>;
export const RoleGridDocument = new TypedDocumentString(`
    query RoleGrid($roleId: ID!, $fromYear: Int!, $toYear: Int!, $day: String) {
  roleGrid(roleId: $roleId, fromYear: $fromYear, toYear: $toYear, day: $day) {
    role {
      id
      name
      nameEn
    }
    day
    years
    coverage {
      certain
      possible
      unknown
      total
    }
    rows {
      place {
        id
        name
        nameEn
        formedBy {
          date
        }
        replacedBy {
          date
        }
      }
      cells {
        year
        date
        status
        holders {
          id
          certainty
          acting
          certainFrom
          certainTo
          possibleFrom
          possibleTo
          person {
            id
            name
          }
          position {
            ...PostTitle
          }
        }
      }
    }
  }
}
    fragment PostTitle on Position {
  id
  title
  titleEn
  organization {
    id
    name
    nameEn
  }
}`) as unknown as TypedDocumentString<RoleGridQuery, RoleGridQueryVariables>;
export const DraftQueueDocument = new TypedDocumentString(`
    query DraftQueue($filter: DraftFilter, $first: Int, $after: String) {
  drafts(filter: $filter, first: $first, after: $after) {
    counts {
      pending
      submitted
      rejected
    }
    publishers
    provinces
    edges {
      node {
        ...DraftSummary
        statementCount
        unresolvedCount
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment DraftSummary on Draft {
  id
  status
  text
  url
  publisher
  published
  province
}`) as unknown as TypedDocumentString<DraftQueueQuery, DraftQueueQueryVariables>;
export const DraftDocument = new TypedDocumentString(`
    query Draft($id: ID!) {
  draft(id: $id) {
    ...DraftSummary
    articleId
    reason
    decidedBy
    submittedAs
    extraction {
      json
      statements {
        id
        kind
        quotes
        confidence
        rule
        json
      }
      proposed {
        id
        collection
        name
        json
        linkedTo
      }
      unread {
        quote
        reason
      }
    }
  }
}
    fragment DraftSummary on Draft {
  id
  status
  text
  url
  publisher
  published
  province
}`) as unknown as TypedDocumentString<DraftQuery, DraftQueryVariables>;
export const CheckArticleDocument = new TypedDocumentString(`
    query CheckArticle($input: ArticleSubmission!) {
  checkArticle(input: $input) {
    code
    input
    path
    message
  }
}
    `) as unknown as TypedDocumentString<CheckArticleQuery, CheckArticleQueryVariables>;
export const PersonCandidatesDocument = new TypedDocumentString(`
    query PersonCandidates($text: String!) {
  search(text: $text, types: [PERSON], first: 8) {
    score
    node {
      __typename
      id
      ... on Person {
        name
        aliases
        tenures {
          position {
            id
            title
            organization {
              id
              name
              jurisdiction {
                name
              }
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonCandidatesQuery, PersonCandidatesQueryVariables>;
export const SubmitReviewedDocument = new TypedDocumentString(`
    mutation SubmitReviewed($input: ArticleSubmission!) {
  submitArticle(input: $input) {
    status
    statementsAdded
    entitiesAdded
    warnings
    article {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<SubmitReviewedMutation, SubmitReviewedMutationVariables>;
export const RejectDraftDeskDocument = new TypedDocumentString(`
    mutation RejectDraftDesk($id: ID!, $reason: String!) {
  rejectDraft(id: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RejectDraftDeskMutation, RejectDraftDeskMutationVariables>;
export const DuplicateCandidatesDocument = new TypedDocumentString(`
    query DuplicateCandidates {
  duplicateCandidates(first: 20) {
    people {
      id
      name
    }
    sharedPosts
    sharedPlaces
  }
}
    `) as unknown as TypedDocumentString<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const MergeDuplicateDocument = new TypedDocumentString(`
    mutation MergeDuplicate($keepId: ID!, $mergeId: ID!, $reason: String!) {
  mergeEntities(keepId: $keepId, mergeId: $mergeId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<MergeDuplicateMutation, MergeDuplicateMutationVariables>;
export const MarkDuplicateDistinctDocument = new TypedDocumentString(`
    mutation MarkDuplicateDistinct($id: ID!, $otherId: ID!, $reason: String!) {
  markDistinct(id: $id, otherId: $otherId, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkDuplicateDistinctMutation, MarkDuplicateDistinctMutationVariables>;