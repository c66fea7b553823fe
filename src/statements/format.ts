/**
 * The data format, one definition for the seed files and the API: the registry (entities declared once) and the
 * article files (an article's metadata and the statements it makes). Shapes are zod schemas; those of registry
 * entries and of the statements that give a fact's properties are built from the model (schema.graphql), so that
 * a property added there is accepted here. Checks across records (references, quotes against the text) are in
 * validate.ts.
 */
import { z } from 'zod';
import { isIsoDate, YEAR_RANGE } from '../text/isoDate.js';
import { MODEL, nodeSpec, type NodeLabel, type PropertySpec } from '../model/index.js';

/** The version this code reads; a file states it so that a later format can be told apart. */
export const FORMAT_VERSION = 2;

/** Files of an older format are refused with a message that says what this one is. */
const formatVersion = z.literal(FORMAT_VERSION, {
  error: `must be ${FORMAT_VERSION}: this version reads a registry of entities and articles of statements (see seed/README.md)`,
});

/** Ids: a prefix naming the kind, a colon, a slug of a-z, 0-9 and hyphens (`person:lai-thanh-son`). */
export const SLUG = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const id = z
  .string()
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
    .refine(
      (value) => value.startsWith(`${prefix}:`) && (kind === 'registry' ? SINGLE_HYPHEN_SLUG : SLUG).test(value.slice(prefix.length + 1)),
      {
        error: `must be ${label === 'Event' ? 'an' : 'a'} ${label} id: "${prefix}:" and ${kind === 'registry' ? SINGLE_HYPHENS : 'a slug of a-z, 0-9 and hyphens'}`,
      },
    );
}
const text = z.string().trim().min(1, 'must not be empty');

/**
 * A date: EDTF text (2016-07-03, 2016-07, 2016, 2016-07-03/2016-07-05, or ../2019-01-11 for "on or before") or
 * that text with why a part is inferred.
 */
export const dateInput = z.union(
  [z.string(), z.strictObject({ value: z.string(), inferred: text.describe('why a part of the date is inferred rather than printed') })],
  {
    error:
      'must be a date: "YYYY-MM-DD", "YYYY-MM", "YYYY" or a span "FROM/TO", or { "value": that, "inferred": "why a part of it is not printed" } (both fields)',
  },
);

/** Values a property may take where the model's String is a closed vocabulary. */
export const VOCABULARIES: Readonly<Record<string, readonly string[]>> = {
  'Place.kind': ['country', 'region', 'province', 'city', 'district', 'commune', 'village'],
  'Organization.level': ['national', 'provincial', 'district', 'commune'],
  'Event.partOfDay': ['morning', 'noon', 'afternoon', 'evening', 'night'],
  'Event.category': ['conference', 'session', 'meeting', 'ceremony', 'congress', 'visit', 'other'],
  'Participation.role': ['ORGANIZER', 'CHAIR', 'ATTENDEE', 'SPEAKER', 'PRESENTER'],
  'Figure.qualifier': ['approximately', 'more than', 'less than', 'at least', 'at most'],
};

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
  const vocabulary = VOCABULARIES[`${label}.${property.name}`];
  switch (property.type) {
    case 'string':
      return vocabulary ? z.enum(vocabulary as [string, ...string[]]) : text;
    case 'strings':
      return z.array(text);
    case 'boolean':
      return z.boolean();
    case 'integer':
      return z.number().int().min(0);
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
      return z.string();
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
    const schema = relation.many ? z.array(id) : id;
    fields[relation.field] = relation.required ? schema : schema.optional();
  }
  return fields;
}

/** Where an entity's declaration is stated: an article and the verbatim quote. */
export const sourceRef = z.strictObject({ article: id, quote: text });

/** The registry's kinds (Person, Organization…), by the collection (file) that declares them. */
export const REGISTRY_COLLECTIONS: Readonly<Record<string, NodeLabel>> = Object.fromEntries(
  [...MODEL.nodes.values()].filter((node) => node.kind === 'registry').map((node) => [node.collection!, node.label]),
);

export function registryEntrySchema(label: NodeLabel) {
  return z.strictObject({
    id: idOf(label),
    ...nodeFields(label, ['registry']),
    /** At least one article states the entity, so that every entity is traceable to a sentence. */
    sources: z.array(sourceRef).min(1, 'needs at least one source: an article and the quote that names it'),
    /** Entities whose folded names coincide with this one's but which are other entities (namesakes). */
    distinctFrom: z.array(id).optional(),
    note: text.optional(),
  });
}

/** A registry file; its entries are checked one by one (registryEntrySchema), so that one bad entry hides no other. */
export const registryFileSchema = z.strictObject({
  formatVersion,
  entities: z.array(z.looseObject({})),
});

const vote = z.strictObject({
  text: text.describe('the vote as printed, verbatim'),
  for: z.number().int().min(0).optional(),
  against: z.number().int().min(0).optional(),
  present: z.number().int().min(0).optional(),
  total: z.number().int().min(0).optional(),
});

const bound = (causes: readonly string[]) =>
  z.strictObject({
    date: dateInput.optional(),
    /** Left out where the text gives only the date (a career line "5/2014 - 4/2015: …") or only that it ended ("nguyên …"). */
    cause: z.enum(causes as [string, ...string[]]).optional(),
    /** The body or the session that decided it (an organization or an event). */
    decidedBy: id.optional(),
    /** As printed, e.g. "Quyết định số 1598/QĐ-TTg". */
    decision: text.optional(),
    approvedBy: id.optional(),
    vote: vote.optional(),
  });

const statementBase = {
  /** Local to the article: `s1`, `election-chairman`… */
  id: z.string().regex(SLUG, 'must be a slug of a-z, 0-9 and hyphens'),
  quotes: z.array(text).min(1, 'needs at least one verbatim quote'),
  rank: z.enum(RANKS).optional(),
  rankReason: text.optional(),
  note: text.optional(),
};

/** The statements whose values are a fact's own properties, by kind: the fact's label and the field naming it. */
export const FACT_STATEMENTS = {
  event: { label: 'Event', idField: 'event' },
  presents: { label: 'AwardPresentation', idField: 'presentation' },
  figure: { label: 'Figure', idField: 'figure' },
} as const satisfies Record<string, { label: NodeLabel; idField: string }>;
export type FactStatementKind = keyof typeof FACT_STATEMENTS;

const factStatement = (kind: FactStatementKind) => {
  const { label, idField } = FACT_STATEMENTS[kind];
  return z.strictObject({ ...statementBase, kind: z.literal(kind), [idField]: idOf(label), ...nodeFields(label, ['registry', 'fact']) });
};

export const statementSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...statementBase,
    kind: z.literal('name'),
    entity: id,
    /** As printed: it must occur in the article's text. */
    name: text,
    nameKind: z.enum(['name', 'alias']).optional(),
  }),
  z.strictObject({
    ...statementBase,
    kind: z.literal('holds'),
    person: id,
    position: id,
    start: bound(START_CAUSES).optional(),
    end: bound(END_CAUSES).optional(),
    /** A day on which the article shows the person in office (a title beside the name). */
    attestedOn: dateInput.optional(),
    /** The term as an interval of years: "2016/2021" for "nhiệm kỳ 2016-2021". */
    term: z
      .string()
      .regex(/^\d{4}\/\d{4}$/, 'must be an interval of years, e.g. "2016/2021"')
      .optional(),
    acting: z.boolean().optional(),
  }),
  factStatement('event'),
  z.strictObject({ ...statementBase, kind: z.literal('organizes'), event: id, organizer: id }),
  z.strictObject({
    ...statementBase,
    kind: z.literal('participates'),
    event: id,
    participant: id,
    role: z.enum(VOCABULARIES['Participation.role'] as [string, ...string[]]),
  }),
  factStatement('presents'),
  factStatement('figure'),
]);

export type StatementInput = z.infer<typeof statementSchema>;
/** A statement as validated: its kind, its fields, and whatever fields the model adds to fact statements. */
export type Statement = StatementInput & { id: string; kind: string; quotes: string[]; rank?: Rank; [field: string]: unknown };

export const articleMetaSchema = z.strictObject({
  id,
  title: text.nullable(),
  publisher: text.nullable(),
  /** The byline as printed; null when the article has none (say so in `note`). */
  author: text.nullable(),
  /** ISO 8601 with offset when the time is printed, a day (YYYY-MM-DD) when only the day is, null when unknown. */
  published: z.string().nullable(),
  language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a language tag (e.g. "vi")'),
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).nullable(),
  /** The file with the article's text, beside the data file (a name, not a path). */
  textFile: z
    .string()
    .regex(/^[^/\\]+$/, 'must be a file name in the folder of the data file, without a path')
    .refine((name) => name !== '.' && name !== '..'),
  /** Why the author, title or date is unknown, or anything else about the metadata. */
  note: text.optional(),
});

export const articleFileSchema = z.strictObject({
  formatVersion,
  article: articleMetaSchema,
  statements: z.array(z.looseObject({ kind: z.string() })),
});

export type ArticleMeta = z.infer<typeof articleMetaSchema>;
export type RegistryEntry = {
  id: string;
  sources: { article: string; quote: string }[];
  distinctFrom?: string[];
  note?: string;
  [field: string]: unknown;
};
