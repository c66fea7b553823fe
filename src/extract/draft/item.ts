/**
 * What the extractor drafts: each statement in the format's own types (src/statements/format.ts), with how sure the
 * rule that read it is and which rule it was. The format infers the fields of fact statements (event, presents)
 * from the model at run time, so its type for them has only the fields every statement has: the fields the
 * extractor writes are declared here on that base, under the names the model gives them.
 */
import type { DateInput } from '../../statements/dates.js';
import type { ArticleMeta, StatementInput } from '../../statements/format.js';
import type { Entry } from '../registry.js';
import type { PartOfDay } from '../scan/dates.js';

type Of<Kind extends StatementInput['kind']> = Extract<StatementInput, { kind: Kind }>;
type FactBase = Omit<Extract<StatementInput, { kind: 'event' | 'presents' | 'figure' }>, 'kind'>;

export type NameStatement = Of<'name'>;
export type HoldsStatement = Of<'holds'>;
export type BoundStatement = NonNullable<HoldsStatement['start']>;
export type OrganizesStatement = Of<'organizes'>;
export type ParticipatesStatement = Of<'participates'>;
export type EventCategory = 'conference' | 'session' | 'meeting' | 'ceremony' | 'congress' | 'visit' | 'other';
export type EventStatement = FactBase & {
  kind: 'event';
  event: string;
  name: string;
  category: EventCategory;
  date?: DateInput;
  partOfDay?: PartOfDay;
};
export type PresentsStatement = FactBase & {
  kind: 'presents';
  presentation: string;
  award: string;
  presenter?: string;
  onBehalfOf?: string;
  recipients: string[];
  date?: DateInput;
  recipientCount?: number;
  recipientDescription?: string;
};

export type DraftStatement =
  NameStatement | HoldsStatement | EventStatement | OrganizesStatement | ParticipatesStatement | PresentsStatement;

/** One statement of a draft, how sure its rule is (0–1), and the rule that read it. */
export interface DraftItem<S extends DraftStatement = DraftStatement> {
  statement: S;
  confidence: number;
  rule: string;
}

/** The metadata an extraction is given: what `npm run extract` and `extractDraft` know of the article. */
export interface ArticleMetaInput {
  id: string;
  title: string | null;
  publisher: string | null;
  /** A date-time with its offset, a day, a month or a year (publicationPrecision in src/text/isoDate.ts). */
  published: string | null;
  url: string | null;
  textFile: string;
}

/** A draft article file in the seed format. */
export interface Draft {
  formatVersion: 2;
  article: ArticleMeta;
  statements: DraftStatement[];
}

export interface DraftResult {
  draft: Draft;
  /** The draft's statements with their confidence and rule, in the draft's order. */
  items: DraftItem[];
  /** Entities proposed for the registry, by collection. */
  proposed: Map<string, Entry[]>;
  unread: { quote: string; reason: string }[];
}
