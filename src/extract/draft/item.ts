/**
 * What the extractor drafts: each statement in the format's own types (src/statements/format.ts), with how sure the
 * rule that read it is and which rule it was.
 */
import type {
  ArticleMeta,
  EventStatement,
  HoldsStatement,
  NameStatement,
  OrganizesStatement,
  ParticipatesStatement,
  PresentsStatement,
} from '../../statements/format.js';
import type { Entry } from '../registry.js';

export type { EventStatement, HoldsStatement, NameStatement, OrganizesStatement, ParticipatesStatement, PresentsStatement };
export type BoundStatement = NonNullable<HoldsStatement['start']>;
export type EventCategory = NonNullable<EventStatement['category']>;

/** The kinds of statement the extractor drafts. */
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
