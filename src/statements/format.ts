/**
 * The data format, one definition for the seed files and the API: the registry (entities declared once) and the
 * article files (an article's metadata and the statements it makes). Shapes are zod schemas; those of registry
 * entries and of the statements that give a fact's properties are built from the model (schema.graphql), so that
 * a property added there is accepted here. Each kind of statement has a type of its own; for the fact statements
 * (event, presents, figure), whose fields the model gives, the type is declared here and a unit test holds it to
 * the model's fields. Checks across records (references, quotes against the text) are in validate.ts.
 */
import { z } from 'zod';
import { isIsoDate, YEAR_RANGE } from '../text/isoDate.js';
import { MODEL, nodeSpec, type NodeLabel, type PropertySpec } from '../model/index.js';
import type { DateInput } from './dates.js';

/** The version this code reads; a file states it so that a later format can be told apart. */
export const FORMAT_VERSION = 2;

/**
 * How much one value may hold, so that the work and the memory a submission costs are bounded by what it means,
 * not by what a client sends: the longest quote of the seed data is about 500 characters, its longest text 5,000.
 */
export const LIMITS = {
  /** A name, a title, a description: any string property of the model. */
  value: 1_000,
  /** A verbatim quote, a note, a reason. */
  passage: 4_000,
  /** An article's text. */
  text: 200_000,
  /** Ids and statement ids. */
  id: 200,
  /** Entries of one list (quotes, aliases, recipients…). */
  list: 1_000,
  /** Entities declared with one submission. */
  entities: 1_000,
  /** How deep a submitted JSON value may nest: the format's own deepest value is five levels down. */
  depth: 12,
} as const;

/** Files of an older format are refused with a message that says what this one is. */
const formatVersion = z.literal(FORMAT_VERSION, {
  error: `must be ${FORMAT_VERSION}: this version reads a registry of entities and articles of statements (see seed/README.md)`,
});

/** Ids: a prefix naming the kind, a colon, a slug of a-z, 0-9 and hyphens (`person:lai-thanh-son`). */
export const SLUG = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const id = z
  .string()
  .max(LIMITS.id)
  .regex(
    /^[a-z]+:[a-z0-9]+(?:--?[a-z0-9]+)*$/,
    'must be an id: a prefix, a colon and a slug of a-z, 0-9 and hyphens (e.g. "person:lai-thanh-son")',
  );
/**
 * A slug without "--": the ids the loader composes from registry ids (a tenure of a person and a post, a
 * participation) join their parts with "--", so a part that contains it could make two ids one.
 */
const SINGLE_HYPHEN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SINGLE_HYPHENS = 'a slug of a-z, 0-9 and single hyphens ("--" joins the parts of the ids the loader composes)';

/** An id of one label: its prefix, and for a registry entity a slug without "--". */
function idOf(label: NodeLabel) {
  const { prefix, kind } = nodeSpec(label);
  return z
    .string()
    .max(LIMITS.id)
    .refine(
      (value) => value.startsWith(`${prefix}:`) && (kind === 'registry' ? SINGLE_HYPHEN_SLUG : SLUG).test(value.slice(prefix.length + 1)),
      {
        error: `must be ${label === 'Event' ? 'an' : 'a'} ${label} id: "${prefix}:" and ${kind === 'registry' ? SINGLE_HYPHENS : 'a slug of a-z, 0-9 and hyphens'}`,
      },
    );
}
const nonEmpty = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const value = nonEmpty(LIMITS.value);
const passage = nonEmpty(LIMITS.passage);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(LIMITS.list, `must have at most ${LIMITS.list} entries`);

/**
 * A date: EDTF text (2016-07-03, 2016-07, 2016, 2016-07-03/2016-07-05, or ../2019-01-11 for "on or before") or
 * that text with why a part is inferred.
 */
export const dateInput = z.union(
  [
    z.string().max(LIMITS.id),
    z.strictObject({
      value: z.string().max(LIMITS.id),
      inferred: passage.describe('why a part of the date is inferred rather than printed'),
    }),
  ],
  {
    error:
      'must be a date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or a span "FROM/TO", or { "value": that, "inferred": "why a part of it is not printed" } (both fields)',
  },
);

/** Values a property may take where the model's String is a closed vocabulary. */
export const VOCABULARIES = {
  'Place.kind': ['country', 'region', 'province', 'city', 'district', 'commune', 'village'],
  'Organization.level': ['national', 'provincial', 'district', 'commune'],
  'Role.level': ['national', 'provincial', 'district', 'commune'],
  'Event.partOfDay': ['morning', 'noon', 'afternoon', 'evening', 'night'],
  'Event.category': ['conference', 'session', 'meeting', 'ceremony', 'congress', 'visit', 'other'],
  'Participation.role': ['ORGANIZER', 'CHAIR', 'ATTENDEE', 'SPEAKER', 'PRESENTER'],
  'Figure.qualifier': ['approximately', 'more than', 'less than', 'at least', 'at most'],
} as const satisfies Record<string, readonly [string, ...string[]]>;
const VOCABULARY_OF: Readonly<Record<string, readonly [string, ...string[]]>> = VOCABULARIES;

/** How a term began or ended (Popolo's start and end reasons, for Vietnamese public office). */
export const START_CAUSES = ['elected', 're-elected', 'appointed', 'approved', 'acting', 'interim', 'transferred'] as const;
/** `relieved`: "cho thôi" (relieved of a post or a mandate), where the text gives no other cause. */
export const END_CAUSES = ['dismissed', 'relieved', 'resigned', 'retired', 'transferred', 'term-ended', 'died', 'removed'] as const;
/** A start that continues an office already held: evidence of holding it, not its beginning. */
export const RENEWAL_CAUSES: readonly string[] = ['re-elected'];

export const RANKS = ['preferred', 'normal', 'deprecated'] as const;
export type Rank = (typeof RANKS)[number];

/** A property's value as a file gives it. */
function propertySchema(label: NodeLabel, property: PropertySpec): z.ZodType {
  const vocabulary = VOCABULARY_OF[`${label}.${property.name}`];
  switch (property.type) {
    case 'string':
      if (property.external) {
        const { scheme, pattern } = property.external;
        return value.regex(pattern, `must be a ${scheme} identifier matching ${pattern.source}`);
      }
      return vocabulary ? z.enum(vocabulary) : value;
    case 'strings':
      return list(value);
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
    case 'float':
      // null: the source prints the number incompletely ("16,%"), and a missing digit is never filled in.
      return z.number().nullable();
    case 'date':
      // A date whose precision the model keeps (`datePrecision` beside `date`) may be given to the month or the
      // year, or inferred; any other is a day, since nothing would record that it is less.
      return nodeSpec(label).properties.some((other) => other.name === `${property.name}Precision`)
        ? dateInput
        : z.string().refine(isIsoDate, { error: `must be a calendar day, YYYY-MM-DD, of ${YEAR_RANGE}` });
    case 'datetime':
      return z.string().max(LIMITS.id);
  }
}

/**
 * The fields a file gives for a node of `label`: its stored properties that are not derived, and its relations
 * that point OUT to `targetKinds` (as ids, or lists of ids). `required` follows the schema's non-null.
 */
function nodeFields(label: NodeLabel, targetKinds: readonly string[]): Record<string, z.ZodType> {
  const spec = nodeSpec(label);
  const fields: Record<string, z.ZodType> = {};
  for (const property of spec.properties) {
    if (property.derived || property.name === 'id') continue;
    const schema = propertySchema(label, property);
    fields[property.name] = property.required ? schema : schema.optional();
  }
  for (const relation of spec.relations) {
    if (relation.direction !== 'OUT' || relation.wrapper) continue;
    if (!relation.targets.every((target) => targetKinds.includes(nodeSpec(target).kind))) continue;
    const schema = relation.many ? list(id) : id;
    fields[relation.field] = relation.required ? schema : schema.optional();
  }
  return fields;
}

/** Where an entity's declaration is stated: an article and the verbatim quote. */
export const sourceRef = z.strictObject({ article: id, quote: passage });

/** The registry's kinds (Person, Organization…), by the collection (file) that declares them. */
export const REGISTRY_COLLECTIONS: Readonly<Record<string, NodeLabel>> = Object.fromEntries(
  [...MODEL.nodes.values()].filter((node) => node.kind === 'registry').map((node) => [node.collection!, node.label]),
);

/** A registry entry: its id, the model's properties and references of its kind, where it is stated. */
export interface RegistryEntry {
  id: string;
  sources: { article: string; quote: string }[];
  /** Entities whose folded names coincide with this one's but which are other entities (namesakes). */
  distinctFrom?: string[];
  note?: string;
  /** The model's properties and references of the entry's kind (`name`, `organization`…), by name. */
  [field: string]: unknown;
}

/** Each kind's schema is built once: zod compiles a schema on first use, which per entry cost more than the checks. */
const registryEntrySchemas = new Map<NodeLabel, z.ZodType<RegistryEntry>>();

export function registryEntrySchema(label: NodeLabel): z.ZodType<RegistryEntry> {
  let schema = registryEntrySchemas.get(label);
  if (schema === undefined) {
    schema = buildRegistryEntrySchema(label);
    registryEntrySchemas.set(label, schema);
  }
  return schema;
}

function buildRegistryEntrySchema(label: NodeLabel): z.ZodType<RegistryEntry> {
  return z.strictObject({
    id: idOf(label),
    ...nodeFields(label, ['registry']),
    /** At least one article states the entity, so that every entity is traceable to a sentence. */
    sources: list(sourceRef).min(1, 'needs at least one source: an article and the quote that names it'),
    distinctFrom: list(id).optional(),
    note: passage.optional(),
  }) as unknown as z.ZodType<RegistryEntry>;
}

/** A registry file; its entries are checked one by one (registryEntrySchema), so that one bad entry hides no other. */
export const registryFileSchema = z.strictObject({
  formatVersion,
  entities: z.array(z.looseObject({})),
});

const vote = z.strictObject({
  text: value.describe('the vote as printed, verbatim'),
  for: z.number().int().min(0).optional(),
  against: z.number().int().min(0).optional(),
  present: z.number().int().min(0).optional(),
  total: z.number().int().min(0).optional(),
});
export type Vote = z.infer<typeof vote>;

const bound = <C extends readonly [string, ...string[]]>(causes: C) =>
  z.strictObject({
    date: dateInput.optional(),
    /** Left out where the text gives only the date (a career line "5/2014 - 4/2015: …") or only that it ended ("nguyên …"). */
    cause: z.enum(causes).optional(),
    /** The body or the session that decided it (an organization or an event). */
    decidedBy: id.optional(),
    /** As printed, e.g. "Quyết định số 1598/QĐ-TTg". */
    decision: value.optional(),
    approvedBy: id.optional(),
    vote: vote.optional(),
  });
const startBound = bound(START_CAUSES);
const endBound = bound(END_CAUSES);
export type StartBound = z.infer<typeof startBound>;
export type EndBound = z.infer<typeof endBound>;
export type Bound = StartBound | EndBound;

const statementBase = {
  /** Local to the article: `s1`, `election-chairman`… */
  id: z.string().max(LIMITS.id).regex(SLUG, 'must be a slug of a-z, 0-9 and hyphens'),
  quotes: list(passage).min(1, 'needs at least one verbatim quote'),
  rank: z.enum(RANKS).optional(),
  rankReason: passage.optional(),
  note: passage.optional(),
};

type StatementBase = {
  id: string;
  quotes: string[];
  rank?: Rank;
  rankReason?: string;
  note?: string;
};

/** The statements whose values are a fact's own properties, by kind: the fact's label and the field naming it. */
export const FACT_STATEMENTS = {
  event: { label: 'Event', idField: 'event' },
  presents: { label: 'AwardPresentation', idField: 'presentation' },
  figure: { label: 'Figure', idField: 'figure' },
  reorganizes: { label: 'Reorganization', idField: 'reorganization' },
} as const satisfies Record<string, { label: NodeLabel; idField: string }>;
export type FactStatementKind = keyof typeof FACT_STATEMENTS;

type Vocabulary<K extends keyof typeof VOCABULARIES> = (typeof VOCABULARIES)[K][number];

/** The fields of the fact statements, from the model (test/unit/statements-format.test.ts holds them to it). */
export type EventFields = {
  name: string;
  nameEn?: string;
  category?: Vocabulary<'Event.category'>;
  date?: DateInput;
  partOfDay?: Vocabulary<'Event.partOfDay'>;
  organizers?: string[];
  place?: string;
};
export type PresentsFields = {
  award: string;
  presenter?: string;
  onBehalfOf?: string;
  event?: string;
  date?: DateInput;
  recipients?: string[];
  recipientCount?: number;
  recipientDescription?: string;
};
export type FigureFields = {
  metric: string;
  metricEn?: string;
  valueText: string;
  value?: number | null;
  unit?: string;
  qualifier?: Vocabulary<'Figure.qualifier'>;
  period?: string;
  asOf?: string;
  about?: string;
  reportedAt?: string;
};

export type ReorganizesFields = {
  date?: DateInput;
  decision?: string;
  decidedBy?: string;
  replaced?: string[];
  formed?: string[];
};

export type EventStatement = StatementBase & { kind: 'event'; event: string } & EventFields;
export type PresentsStatement = StatementBase & { kind: 'presents'; presentation: string } & PresentsFields;
export type FigureStatement = StatementBase & { kind: 'figure'; figure: string } & FigureFields;
export type ReorganizesStatement = StatementBase & { kind: 'reorganizes'; reorganization: string } & ReorganizesFields;

/**
 * A fact statement's schema, built from the model; typed by the declarations above, which the format test holds
 * to the model's fields (the one place a type is asserted rather than inferred).
 */
export function factStatementSchema(kind: FactStatementKind): z.ZodObject {
  const { label, idField } = FACT_STATEMENTS[kind];
  return z.strictObject({ ...statementBase, kind: z.literal(kind), [idField]: idOf(label), ...nodeFields(label, ['registry', 'fact']) });
}

const nameStatement = z.strictObject({
  ...statementBase,
  kind: z.literal('name'),
  entity: id,
  /** As printed: it must occur in the article's text. */
  name: value,
  nameKind: z.enum(['name', 'alias']).optional(),
});

const holdsStatement = z.strictObject({
  ...statementBase,
  kind: z.literal('holds'),
  person: id,
  position: id,
  start: startBound.optional(),
  end: endBound.optional(),
  /** A day on which the article shows the person in office (a title beside the name). */
  attestedOn: dateInput.optional(),
  /** The term as an interval of years: "2016/2021" for "nhiệm kỳ 2016-2021". */
  term: z
    .string()
    .regex(/^\d{4}\/\d{4}$/, 'must be an interval of years, e.g. "2016/2021"')
    .optional(),
  acting: z.boolean().optional(),
});

const organizesStatement = z.strictObject({ ...statementBase, kind: z.literal('organizes'), event: id, organizer: id });
const participatesStatement = z.strictObject({
  ...statementBase,
  kind: z.literal('participates'),
  event: id,
  participant: id,
  role: z.enum(VOCABULARIES['Participation.role']),
});

export type NameStatement = z.infer<typeof nameStatement>;
export type HoldsStatement = z.infer<typeof holdsStatement>;
export type OrganizesStatement = z.infer<typeof organizesStatement>;
export type ParticipatesStatement = z.infer<typeof participatesStatement>;

/** A statement of an article, of one kind. */
export type Statement =
  | NameStatement
  | HoldsStatement
  | EventStatement
  | OrganizesStatement
  | ParticipatesStatement
  | PresentsStatement
  | FigureStatement
  | ReorganizesStatement;
export type StatementKind = Statement['kind'];
export type FactStatement = EventStatement | PresentsStatement | FigureStatement | ReorganizesStatement;

export const statementSchema = z.discriminatedUnion('kind', [
  nameStatement,
  holdsStatement,
  factStatementSchema('event'),
  organizesStatement,
  participatesStatement,
  factStatementSchema('presents'),
  factStatementSchema('figure'),
  factStatementSchema('reorganizes'),
]) as unknown as z.ZodType<Statement>;

/** Whether a statement is one of the fact statements, whose fields are the fact's properties. */
export const isFactStatement = (statement: Statement): statement is FactStatement => Object.hasOwn(FACT_STATEMENTS, statement.kind);

export const articleMetaSchema = z.strictObject({
  id,
  title: value.nullable(),
  publisher: value.nullable(),
  /** The byline as printed; null when the article has none (say so in `note`). */
  author: value.nullable(),
  /** When the page says it was published (src/text/isoDate.ts, publicationPrecision): to the minute, day, month or year. */
  published: z.string().max(LIMITS.id).nullable(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag (e.g. "vi")'),
  url: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .max(LIMITS.passage)
    .nullable(),
  /** The file with the article's text, beside the data file (a name, not a path). */
  textFile: z
    .string()
    .max(LIMITS.id)
    .regex(/^[^/\\]+$/, 'must be a file name in the folder of the data file, without a path')
    .refine((name) => name !== '.' && name !== '..'),
  /** Why the author, title or date is unknown, or anything else about the metadata. */
  note: passage.optional(),
});

export const articleFileSchema = z.strictObject({
  formatVersion,
  article: articleMetaSchema,
  statements: z.array(z.looseObject({ kind: z.string() })),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
