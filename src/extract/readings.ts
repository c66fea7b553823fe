/**
 * What a parser reads from a sentence, before entities are linked: who holds which title and how it began or
 * ended, and who presented which award to whom. Each reading keeps the spans it was read from (so that every
 * value in the draft is cut from the text), the rule that read it, and how sure that rule is.
 */
import type { ResolvedPerson } from './analysis.js';
import type { AwardMention } from './scan/awards.js';
import type { DateMention, PartOfDay } from './scan/dates.js';
import type { CountMention, DecisionMention, TermMention, VoteMention } from './scan/numbers.js';
import type { Locality } from './scan/localities.js';
import type { TitleMention } from './scan/titles.js';
import type { Sentence, Span } from './text.js';
import type { EventCategory } from './draft/item.js';

export const START_RULES = ['elected', 're-elected', 'approved', 'acting', 'interim'] as const;

export interface Bound {
  /** Left out where the text gives none: a career line's dates, a former title. */
  cause?: string;
  /**
   * A former title ("nguyên Chủ tịch UBND tỉnh"): the term ended on or before `date` (the day the sentence shows the
   * person with it), or before the article's date where the sentence gives none. The span is the title as printed.
   */
  former?: Span;
  /** A former post of a career told in one sentence ("từng kinh qua …"): its end has no date the text gives. */
  career?: boolean;
  date?: DateMention;
  vote?: VoteMention;
  decision?: DecisionMention;
  /** A national title's key, e.g. thu-tuong-chinh-phu. */
  approvedBy?: string;
  /** A national body's key where a body approves, e.g. ban-bi-thu ("Ban Bí thư … chuẩn y"). */
  approvedByOrganization?: string;
}

export interface HoldsReading {
  kind: 'holds';
  person: ResolvedPerson;
  title: TitleMention;
  start?: Bound;
  end?: Bound;
  attested?: DateMention;
  /** How sure the attestation's date is: 3 printed in the sentence, 2 the previous sentence's, 1 the article's main date. */
  attestedRank?: number;
  term?: TermMention;
  acting?: boolean;
  sentence: Sentence;
  rule: string;
  confidence: number;
}

/** A body as a recipient: a national organization, a body of a province or of a locality, or a body by its printed name. */
export type OrganizationRecipient =
  | { national: string; span: Span }
  | { body: string; province?: string; locality?: Locality; span: Span }
  | { name: Span; classification: string; span: Span };

export interface PresentsReading {
  kind: 'presents';
  award: AwardMention;
  /** The completed award key (gazetteer key, or generic + conferrer). */
  awardKey: string;
  /** The award's name where no gazetteer entry gives it (another country's award), as printed. */
  awardName?: string;
  /** "… được Chủ tịch UBND tỉnh, Văn phòng UBND tỉnh khen thưởng": who commends, a title or a body's name as printed. */
  commendedBy?: { title: TitleMention } | { organization: Span };
  /** When the award is generic: the title of its conferrer, from "của …" or from who authorized it. */
  conferrer?: TitleMention;
  presenter?: ResolvedPerson;
  onBehalfOf?: TitleMention;
  recipients: ResolvedPerson[];
  /** Organizations named as recipients: a national one by gazetteer key, or a body of a province. */
  organizationRecipients: OrganizationRecipient[];
  counts: CountMention[];
  /** The counts count the recipients named ("6 đồng chí … gồm: A, …"), not others beside them. */
  countsNamed?: boolean;
  description?: Span;
  date?: DateMention;
  sentence: Sentence;
  rule: string;
  confidence: number;
}

export interface EventReading {
  kind: 'event';
  category: EventCategory;
  /** The event's name as printed, from its noun ("kỳ họp chuyên đề …") to the end of its clause. */
  name: Span;
  date?: DateMention;
  partOfDay?: PartOfDay;
  /** The bodies that organized it: bodies of a province, or national ones by gazetteer key. */
  organizers: ({ body: string; province?: string } | { national: string })[];
  sentence: Sentence;
  /** The other sentences that tell the same event (refiners/sameEvent.ts). */
  alsoIn?: Sentence[];
  rule: string;
  confidence: number;
}

export interface ParticipationReading {
  kind: 'participates';
  person: ResolvedPerson;
  /** The event taken part in: the one the sentence names, else the last named before it. */
  event: EventReading;
  role: 'ATTENDEE' | 'CHAIR' | 'SPEAKER' | 'PRESENTER';
  sentence: Sentence;
  rule: string;
  confidence: number;
}

export type Reading = HoldsReading | PresentsReading | EventReading | ParticipationReading;

/** A sentence that looks relevant (a trigger word) but that no parser could read, and why. */
export interface Unread {
  sentence: Sentence;
  reason: string;
}
