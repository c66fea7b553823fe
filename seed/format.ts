/**
 * The seed file format: one JSON file per article, beside the article's text. The TypeScript types say what a
 * valid file holds; `COLLECTIONS` and `FIELDS` say the same thing at run time, so that the validator and the
 * loader read one definition (which field is a reference to what, which relationship it becomes) instead of
 * each keeping its own copy.
 */
import type { RelationshipType } from '../src/db/cypher/load.js';
import type { NodeLabel } from '../src/db/cypher/schema.js';

/** The only version this loader reads; a file states it so that a later format can be told apart. */
export const FORMAT_VERSION = 1;

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;
/** A date and time with its UTC offset, e.g. `2019-01-11T21:00:00+07:00`. */
export type IsoDateTime = string;

/** What every entity and fact carries: where the article says it, verbatim. */
export interface Stated {
  id: string;
  /** Verbatim passages of the article's text (after NFC and white-space folding); at least one. */
  quotes: string[];
  /** An editor's remark on how the record was read from the text (e.g. where a year comes from). */
  note?: string;
}

export interface ArticleRecord {
  id: string;
  title: string;
  publisher: string;
  /** The byline as printed. */
  author: string;
  publishedAt: IsoDateTime;
  /** BCP 47 language tag of the text, e.g. `vi`. */
  language: string;
  /** Omitted when the source's address is not known: never guessed. */
  url?: string;
  /** File name of the article's text, in the same folder as the JSON file. */
  textFile: string;
}

export interface PlaceRecord extends Stated {
  name: string;
  nameEn?: string;
  kind: PlaceKind;
  partOf?: string;
}

export interface OrganizationRecord extends Stated {
  name: string;
  nameEn: string;
  classification: string;
  level: OrganizationLevel;
  partOf?: string;
  jurisdiction?: string;
}

export interface PersonRecord extends Stated {
  name: string;
  familyName: string;
  givenName: string;
  aliases?: string[];
}

export interface PositionRecord extends Stated {
  title: string;
  titleEn: string;
  organization: string;
}

export interface TenureRecord extends Stated {
  person: string;
  position: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  attestedOn?: IsoDate;
}

export interface EventRecord extends Stated {
  name: string;
  nameEn: string;
  date?: IsoDate;
  datePrecision?: DatePrecision;
  partOfDay?: PartOfDay;
  organizers: string[];
  place?: string;
}

export interface ParticipationRecord extends Stated {
  participant: string;
  event: string;
  role: ParticipationRole;
}

export interface AwardRecord extends Stated {
  name: string;
  nameEn: string;
  conferrer?: string;
}

export interface AwardPresentationRecord extends Stated {
  award: string;
  presenter?: string;
  onBehalfOf?: string;
  event?: string;
  date?: IsoDate;
  /** Named recipients only; recipients a source counts without naming are in `recipientCount`. */
  recipients: string[];
  recipientCount?: number;
  recipientDescription?: string;
}

export interface FigureRecord extends Stated {
  metric: string;
  metricEn: string;
  /** The number as printed, verbatim (e.g. "16,%"). */
  valueText: string;
  /** Null where the printed number is incomplete: a missing digit is never filled in. */
  value?: number | null;
  unit: string;
  qualifier?: FigureQualifier;
  period: string;
  asOf?: IsoDate;
  about?: string;
  reportedAt?: string;
}

/** One article's data file. Collections may be omitted when the article states nothing of that kind. */
export interface ArticleFile {
  formatVersion: typeof FORMAT_VERSION;
  article: ArticleRecord;
  places?: PlaceRecord[];
  organizations?: OrganizationRecord[];
  people?: PersonRecord[];
  positions?: PositionRecord[];
  tenures?: TenureRecord[];
  events?: EventRecord[];
  participations?: ParticipationRecord[];
  awards?: AwardRecord[];
  awardPresentations?: AwardPresentationRecord[];
  figures?: FigureRecord[];
}

export const PLACE_KINDS = ['country', 'region', 'province', 'city', 'district', 'commune', 'village'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const ORGANIZATION_LEVELS = ['national', 'provincial', 'district', 'commune'] as const;
export type OrganizationLevel = (typeof ORGANIZATION_LEVELS)[number];
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const PARTS_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export const PARTICIPATION_ROLES = ['ORGANIZER', 'CHAIR', 'ATTENDEE', 'SPEAKER', 'PRESENTER'] as const;
export type ParticipationRole = (typeof PARTICIPATION_ROLES)[number];
export const FIGURE_QUALIFIERS = ['approximately', 'more than', 'less than', 'at least', 'at most'] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** The record types by collection name, so that field tables are checked against them at compile time. */
export interface CollectionRecords {
  places: PlaceRecord;
  organizations: OrganizationRecord;
  people: PersonRecord;
  positions: PositionRecord;
  tenures: TenureRecord;
  events: EventRecord;
  participations: ParticipationRecord;
  awards: AwardRecord;
  awardPresentations: AwardPresentationRecord;
  figures: FigureRecord;
}
export type CollectionName = keyof CollectionRecords;
export type AnyRecord = CollectionRecords[CollectionName];

/**
 * Each collection's id prefix and graph label. The prefix makes an id say what it names, so that a reference
 * to the wrong kind is caught from the id alone, and ids stay unique across labels.
 */
export const COLLECTIONS = {
  places: { prefix: 'place', label: 'Place', noun: 'place' },
  organizations: { prefix: 'org', label: 'Organization', noun: 'organization' },
  people: { prefix: 'person', label: 'Person', noun: 'person' },
  positions: { prefix: 'position', label: 'Position', noun: 'position' },
  tenures: { prefix: 'tenure', label: 'Tenure', noun: 'tenure' },
  events: { prefix: 'event', label: 'Event', noun: 'event' },
  participations: { prefix: 'participation', label: 'Participation', noun: 'participation' },
  awards: { prefix: 'award', label: 'Award', noun: 'award' },
  awardPresentations: { prefix: 'presentation', label: 'AwardPresentation', noun: 'award presentation' },
  figures: { prefix: 'figure', label: 'Figure', noun: 'figure' },
} as const satisfies Record<CollectionName, { prefix: string; label: NodeLabel; noun: string }>;

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
export const ARTICLE_PREFIX = 'article';

/** Who can act in a role: a person, a body, or a post regardless of who holds it ("on behalf of the Prime Minister"). */
const AGENT = ['people', 'organizations', 'positions'] as const satisfies readonly CollectionName[];

/** How a field is checked and what it becomes in the graph. */
export type FieldSpec =
  | { type: 'id' }
  | { type: 'quotes' }
  | { type: 'text'; required: boolean; oneOf?: readonly string[] }
  | { type: 'texts' }
  | { type: 'date'; required: boolean }
  | { type: 'count' }
  | { type: 'number-or-null' }
  /** The article's own fields: a date-time with offset, a BCP 47 tag, an http(s) address, a file name beside the JSON. */
  | { type: 'datetime' | 'language' | 'url' | 'file-name'; required: boolean }
  /** A reference to one record of the given collections, stored as a relationship from this node to it. */
  | { type: 'ref'; required: boolean; to: readonly CollectionName[]; rel: RelationshipType }
  /** A list (possibly empty) of distinct references, one relationship each. */
  | { type: 'refs'; to: readonly CollectionName[]; rel: RelationshipType };

type FieldTable<R> = { readonly [K in keyof Required<R>]: FieldSpec };

const STATED = {
  id: { type: 'id' },
  quotes: { type: 'quotes' },
  note: { type: 'text', required: false },
} as const satisfies FieldTable<Stated>;

const text = (required: boolean, oneOf?: readonly string[]) => ({ type: 'text', required, oneOf }) as const;
const date = (required: boolean) => ({ type: 'date', required }) as const;
const ref = (to: readonly CollectionName[], rel: RelationshipType, required = false) => ({ type: 'ref', required, to, rel }) as const;

/** Every field of every collection: a field not listed here is rejected as unknown. */
export const FIELDS: { readonly [C in CollectionName]: FieldTable<CollectionRecords[C]> } = {
  places: { ...STATED, name: text(true), nameEn: text(false), kind: text(true, PLACE_KINDS), partOf: ref(['places'], 'PART_OF') },
  organizations: {
    ...STATED,
    name: text(true),
    nameEn: text(true),
    classification: text(true),
    level: text(true, ORGANIZATION_LEVELS),
    partOf: ref(['organizations'], 'PART_OF'),
    jurisdiction: ref(['places'], 'JURISDICTION'),
  },
  people: { ...STATED, name: text(true), familyName: text(true), givenName: text(true), aliases: { type: 'texts' } },
  positions: { ...STATED, title: text(true), titleEn: text(true), organization: ref(['organizations'], 'IN_ORGANIZATION', true) },
  tenures: {
    ...STATED,
    person: ref(['people'], 'HELD_BY', true),
    position: ref(['positions'], 'OF_POSITION', true),
    startDate: date(false),
    endDate: date(false),
    attestedOn: date(false),
  },
  events: {
    ...STATED,
    name: text(true),
    nameEn: text(true),
    date: date(false),
    datePrecision: text(false, DATE_PRECISIONS),
    partOfDay: text(false, PARTS_OF_DAY),
    organizers: { type: 'refs', to: ['organizations'], rel: 'ORGANIZED_BY' },
    place: ref(['places'], 'HELD_IN'),
  },
  participations: {
    ...STATED,
    participant: ref(AGENT, 'PARTICIPANT', true),
    event: ref(['events'], 'AT_EVENT', true),
    role: text(true, PARTICIPATION_ROLES),
  },
  awards: { ...STATED, name: text(true), nameEn: text(true), conferrer: ref(['positions', 'organizations'], 'CONFERRED_BY') },
  awardPresentations: {
    ...STATED,
    award: ref(['awards'], 'OF_AWARD', true),
    presenter: ref(['people'], 'PRESENTED_BY'),
    onBehalfOf: ref(AGENT, 'ON_BEHALF_OF'),
    event: ref(['events'], 'AT_EVENT'),
    date: date(false),
    recipients: { type: 'refs', to: AGENT, rel: 'RECIPIENT' },
    recipientCount: { type: 'count' },
    recipientDescription: text(false),
  },
  figures: {
    ...STATED,
    metric: text(true),
    metricEn: text(true),
    valueText: text(true),
    value: { type: 'number-or-null' },
    unit: text(true),
    qualifier: text(false, FIGURE_QUALIFIERS),
    period: text(true),
    asOf: date(false),
    about: ref(['places'], 'ABOUT'),
    reportedAt: ref(['events'], 'REPORTED_AT'),
  },
};

export const ARTICLE_FIELDS: FieldTable<ArticleRecord> = {
  id: { type: 'id' },
  title: text(true),
  publisher: text(true),
  author: text(true),
  publishedAt: { type: 'datetime', required: true },
  language: { type: 'language', required: true },
  url: { type: 'url', required: false },
  textFile: { type: 'file-name', required: true },
};
