/**
 * Validation of a load set (the registry and the article files) before anything is written: a bad file must
 * leave the database exactly as it was, so every check that can fail runs here, over all files, and every problem
 * is reported at once as `FILE: $.path: message`. Shapes are the zod schemas of format.ts; the checks across
 * records are here: references (with the nearest ids when one is unknown), quotes and verbatim values against the
 * article's text (showing where they part ways), dates, and namesakes (a warning, not an error). Pure apart from
 * the injected `readText`, so that `npm run seed -- --check` and unit tests need neither a file system nor a
 * database.
 */
import type { z } from 'zod';
import { labelOfId, nodeSpec, type NodeLabel } from '../model/index.js';
import { foldText, normalizeWhitespaceNfc } from '../text/fold.js';
import { publicationPrecision, PUBLICATION_FORMS } from '../text/isoDate.js';
import { readDate, type DateInput } from './dates.js';
import {
  articleFileSchema,
  REGISTRY_COLLECTIONS,
  registryEntrySchema,
  registryFileSchema,
  statementSchema,
  type ArticleMeta,
  type RegistryEntry,
  type Statement,
} from './format.js';
import { referencesOf } from './kinds.js';
import { didYouMean, whereQuotePartsWays, type Candidate } from './suggest.js';

/** One problem: which file, where in it (a JSONPath such as `$.statements[3].person`), and what is wrong. */
export interface SeedIssue {
  file: string;
  path: string;
  message: string;
}

/** Carries every problem found, so that the CLI can print them all and tests can assert each one. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly issues: readonly SeedIssue[]) {
    super(
      `The seed files are not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`,
    );
  }
}

/** `FILE: $.path: message`, the form the CLI prints. */
export function formatIssue(issue: SeedIssue): string {
  return `${issue.file}: ${issue.path}: ${issue.message}`;
}

/** A data file as read from disk (bytes, so that invalid UTF-8 is reported rather than silently replaced). */
export interface SourceFile {
  file: string;
  bytes: Uint8Array;
}

/** Reads the article text that `textFile` names beside `jsonFile`; undefined when there is no such file. */
export type TextReader = (jsonFile: string, textFile: string) => Uint8Array | undefined;

export interface RegistryDeclaration {
  label: NodeLabel;
  entry: RegistryEntry;
  file: string;
  path: string;
}

export interface ValidatedArticle {
  file: string;
  meta: ArticleMeta;
  /** The article's text, NFC. */
  text: string;
  statements: Statement[];
}

export interface LoadSet {
  registry: ReadonlyMap<string, RegistryDeclaration>;
  articles: ValidatedArticle[];
  /** Problems that do not stop a load (namesakes not marked distinct, sources in articles not loaded). */
  warnings: SeedIssue[];
}

export interface LoadInput {
  /** The registry files, each named after its collection (`people.json`…). */
  registry: readonly SourceFile[];
  articles: readonly SourceFile[];
  /** What is already in the graph, which statements may refer to (the write API validates against it). */
  known?: KnownGraph;
}

/** An entity already in the graph: its label, its name for namesake warnings and suggestions, and what it was merged into. */
export interface KnownEntity {
  label: NodeLabel;
  name?: string;
  /** An editor judged it the same as this entity: it is no longer answered, and statements name that one. */
  mergedInto?: string;
}

/**
 * The graph's entities and events as a load sees them: a submission through the API names people and events that
 * earlier articles brought, and declares in its own registry entries only the entities the graph lacks.
 */
export interface KnownGraph {
  entities: ReadonlyMap<string, KnownEntity>;
  events: ReadonlySet<string>;
}

const NOTHING_KNOWN: KnownGraph = { entities: new Map(), events: new Set() };

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

function normalizeJson(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.normalize('NFC'), normalizeJson(inner)]));
  return value;
}

/** `$.a[0].b` from zod's path. */
const jsonPath = (base: string, path: readonly PropertyKey[]) =>
  path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), base);

class Issues {
  readonly errors: SeedIssue[] = [];
  readonly warnings: SeedIssue[] = [];

  error(file: string, path: string, message: string): void {
    this.errors.push({ file, path, message });
  }

  warn(file: string, path: string, message: string): void {
    this.warnings.push({ file, path, message });
  }

  /** Reads a JSON file (UTF-8, not empty, well formed) and NFC-normalizes its strings; undefined after an error. */
  json(source: SourceFile): unknown {
    const content = decode(source.bytes);
    if (content === undefined) return this.error(source.file, '$', 'the file is not valid UTF-8');
    if (content.trim() === '') return this.error(source.file, '$', 'the file is empty');
    try {
      return normalizeJson(JSON.parse(content));
    } catch (error) {
      const message = (error as Error).message;
      const position = /at position (\d+)/.exec(message);
      if (position && !/line \d+/.test(message)) {
        const before = content.slice(0, Number(position[1])).split('\n');
        return this.error(
          source.file,
          '$',
          `malformed JSON: ${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`,
        );
      }
      return this.error(source.file, '$', `malformed JSON: ${message}`);
    }
  }

  /** Parses with a zod schema, reporting each of its issues at its path; undefined on any. */
  parse<T>(schema: z.ZodType<T>, value: unknown, file: string, base: string): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = jsonPath(base, issue.path);
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) this.error(file, `${path}.${key}`, `unknown field "${key}"`);
      } else if (issue.code === 'invalid_type' && issue.input === undefined) {
        this.error(file, path, `required field "${String(issue.path.at(-1))}" is missing`);
      } else {
        this.error(file, path, issue.message);
      }
    }
    return undefined;
  }
}

/** A quote or verbatim value must occur in the article's text (NFC, white space folded). */
function checkVerbatim(issues: Issues, file: string, path: string, value: string, haystack: string, what: string): void {
  const needle = normalizeWhitespaceNfc(value);
  if (!haystack.includes(needle))
    issues.error(file, path, `${what} not found in the article text: ${whereQuotePartsWays(needle, haystack)}`);
}

function checkDate(issues: Issues, file: string, path: string, input: DateInput | undefined): void {
  if (input === undefined) return;
  const parsed = readDate(input);
  if (typeof parsed === 'string') issues.error(file, typeof input === 'string' ? path : `${path}.value`, parsed);
}

function readRegistry(issues: Issues, sources: readonly SourceFile[]): Map<string, RegistryDeclaration> {
  const registry = new Map<string, RegistryDeclaration>();
  for (const source of sources) {
    const collection = source.file
      .split(/[\\/]/)
      .at(-1)!
      .replace(/\.json$/, '');
    const label = REGISTRY_COLLECTIONS[collection];
    if (!label) {
      issues.error(
        source.file,
        '$',
        `not a registry file: the registry has ${Object.keys(REGISTRY_COLLECTIONS)
          .map((name) => `${name}.json`)
          .join(', ')}`,
      );
      continue;
    }
    const value = issues.json(source);
    if (value === undefined) continue;
    // Each entry on its own: one bad entry must not hide the others, whose ids other files refer to.
    const parsed = issues.parse(registryFileSchema, value, source.file, '$');
    if (!parsed) continue;
    const entrySchema = registryEntrySchema(label);
    parsed.entities.forEach((raw, index) => {
      const path = `$.entities[${index}]`;
      const entry = issues.parse(entrySchema, raw, source.file, path);
      const id = entry?.id ?? (typeof (raw as { id?: unknown }).id === 'string' ? String((raw as { id: string }).id) : undefined);
      if (id === undefined) return;
      // A wrong prefix is reported by the entry's shape (registryEntrySchema); such an id declares nothing.
      if (!id.startsWith(`${nodeSpec(label).prefix}:`)) return;
      const earlier = registry.get(id);
      if (earlier) issues.error(source.file, `${path}.id`, `duplicate id "${id}": already declared at ${earlier.file} ${earlier.path}`);
      // An entry with a shape problem still declares its id (the problem is reported once, where it is).
      else registry.set(id, { label, entry: (entry ?? { id, sources: [] }) as RegistryEntry, file: source.file, path });
    });
  }
  return registry;
}

const displayName = (entry: RegistryEntry): string | undefined => {
  const name = entry.name ?? entry.title;
  return typeof name === 'string' ? name : undefined;
};

const withArticle = (noun: string) => `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** Checks a reference; `candidates` are the ids it could have meant. */
function checkReference(
  issues: Issues,
  file: string,
  path: string,
  id: string,
  labels: readonly NodeLabel[],
  registry: ReadonlyMap<string, RegistryDeclaration>,
  known: KnownGraph,
): void {
  const label = registry.get(id)?.label ?? known.entities.get(id)?.label ?? (known.events.has(id) ? 'Event' : labelOfId(id));
  const wanted = labels.join(' or ');
  if (label !== undefined && !labels.includes(label)) {
    issues.error(file, path, `"${id}" is ${withArticle(label)}, but this field must name ${withArticle(wanted)}`);
    return;
  }
  const mergedInto = known.entities.get(id)?.mergedInto;
  if (mergedInto !== undefined) {
    issues.error(file, path, `"${id}" was merged into "${mergedInto}" (an editor judged them the same): refer to "${mergedInto}"`);
    return;
  }
  if (registry.has(id) || known.entities.has(id) || known.events.has(id)) return;
  const candidates: Candidate[] = [
    ...[...registry.entries()]
      .filter(([, declaration]) => labels.includes(declaration.label))
      .map(([candidate, declaration]) => ({ id: candidate, name: displayName(declaration.entry) })),
    ...[...known.entities.entries()]
      .filter(([, entity]) => labels.includes(entity.label) && entity.mergedInto === undefined)
      .map(([candidate, entity]) => ({ id: candidate, name: entity.name })),
    ...(labels.includes('Event') ? [...known.events].map((candidate) => ({ id: candidate })) : []),
  ];
  const where = labels.every((candidate) => candidate === 'Event')
    ? 'declared by an event statement'
    : known.entities.size > 0
      ? 'in the graph or among the entities declared with it'
      : 'in the registry (seed/registry/)';
  issues.error(file, path, `unknown ${wanted} "${id}": no such id ${where}${didYouMean(id, candidates)}`);
}

function checkRegistryReferences(issues: Issues, registry: ReadonlyMap<string, RegistryDeclaration>, known: KnownGraph): void {
  for (const [id, { label, entry, file, path }] of registry) {
    const mergedInto = known.entities.get(id)?.mergedInto;
    if (mergedInto !== undefined)
      issues.error(
        file,
        `${path}.id`,
        `"${id}" was merged into "${mergedInto}" (an editor judged them the same): refer to "${mergedInto}"`,
      );
    else if (known.entities.has(id) || known.events.has(id))
      issues.error(file, `${path}.id`, `"${id}" is already in the graph: refer to it by its id, without declaring it again`);
    for (const relation of nodeSpec(label).relations) {
      const value = entry[relation.field];
      if (relation.direction !== 'OUT' || relation.wrapper || value === undefined) continue;
      const ids = Array.isArray(value) ? (value as string[]) : [value as string];
      ids.forEach((target, index) =>
        checkReference(
          issues,
          file,
          `${path}.${relation.field}${Array.isArray(value) ? `[${index}]` : ''}`,
          target,
          relation.targets,
          registry,
          known,
        ),
      );
    }
    entry.distinctFrom?.forEach((other, index) => {
      if (!registry.has(other) && !known.entities.has(other))
        issues.error(
          file,
          `${path}.distinctFrom[${index}]`,
          `unknown id "${other}"${didYouMean(
            other,
            [...registry.keys()].map((candidate) => ({ id: candidate })),
          )}`,
        );
    });
    if (label === 'Person') {
      const name = String(entry.name);
      for (const key of ['familyName', 'givenName']) {
        const part = entry[key];
        if (typeof part === 'string' && !` ${name} `.includes(` ${part} `))
          issues.error(file, `${path}.${key}`, `"${part}" is not a word of the name "${name}"`);
      }
    }
  }
}

/**
 * Two entities of one kind whose names fold alike are a warning: namesakes exist, so it is not an error. A
 * position or an organization is told apart by the body it belongs to ("Chủ tịch UBND tỉnh" of each province),
 * so for them the name and that reference must both coincide. A person the load declares is also compared with
 * the people already in the graph (whose bodies the load does not know, so only people are).
 */
function warnAboutNamesakes(issues: Issues, registry: ReadonlyMap<string, RegistryDeclaration>, known: KnownGraph): void {
  const byName = new Map<string, string[]>();
  for (const [id, { label, entry }] of registry) {
    const name = displayName(entry);
    if (name === undefined) continue;
    const body = entry.organization ?? entry.parent ?? entry.jurisdiction ?? '';
    const key = `${label}|${foldText(name)}|${label === 'Person' ? '' : String(body)}`;
    byName.set(key, [...(byName.get(key) ?? []), id]);
  }
  for (const ids of byName.values()) {
    for (const [index, id] of ids.entries()) {
      for (const other of ids.slice(index + 1)) {
        const a = registry.get(id)!;
        const b = registry.get(other)!;
        if (a.entry.distinctFrom?.includes(other) || b.entry.distinctFrom?.includes(id)) continue;
        issues.warn(
          b.file,
          `${b.path}.id`,
          `"${other}" and "${id}" have the same name once folded ("${displayName(b.entry)}"); if they are two entities, list each in the other's "distinctFrom", otherwise keep one`,
        );
      }
    }
  }
  for (const [id, entity] of known.entities) {
    if (entity.label !== 'Person' || entity.name === undefined) continue;
    for (const other of byName.get(`Person|${foldText(entity.name)}|`) ?? []) {
      const declaration = registry.get(other)!;
      if (declaration.entry.distinctFrom?.includes(id)) continue;
      issues.warn(
        declaration.file,
        `${declaration.path}.id`,
        `"${other}" has the same name once folded as "${id}" in the graph ("${entity.name}"); if they are two people, list "${id}" in its "distinctFrom", otherwise refer to "${id}"`,
      );
    }
  }
}

interface ReadArticle {
  file: string;
  meta: ArticleMeta;
  text?: string;
  statements: { statement: Statement; path: string }[];
  /** Events the file's event statements declare, whether or not those statements passed their shape checks. */
  events: string[];
}

function readArticle(issues: Issues, source: SourceFile, readText: TextReader): ReadArticle | undefined {
  const value = issues.json(source);
  if (value === undefined) return undefined;
  const parsed = issues.parse(articleFileSchema, value, source.file, '$');
  if (!parsed) return undefined;
  const { article: meta } = parsed;
  if (meta.published !== null && publicationPrecision(meta.published) === undefined) {
    issues.error(source.file, '$.article.published', `"${meta.published}" must be ${PUBLICATION_FORMS}; use null when unknown`);
  }
  for (const key of ['author', 'published'] as const) {
    if (meta[key] === null && meta.note === undefined)
      issues.error(source.file, `$.article.${key}`, `is null: say in "note" why it is unknown`);
  }
  let text: string | undefined;
  const bytes = readText(source.file, meta.textFile);
  if (bytes === undefined)
    issues.error(source.file, '$.article.textFile', `the article text "${meta.textFile}" was not found beside the JSON file`);
  else {
    text = decode(bytes)?.normalize('NFC');
    if (text === undefined) issues.error(source.file, '$.article.textFile', `the article text "${meta.textFile}" is not valid UTF-8`);
    else if (text.trim() === '') {
      issues.error(source.file, '$.article.textFile', `the article text "${meta.textFile}" is empty`);
      text = undefined;
    }
  }
  const statements: ReadArticle['statements'] = [];
  const ids = new Map<string, string>();
  parsed.statements.forEach((raw, index) => {
    const path = `$.statements[${index}]`;
    const statement = issues.parse(statementSchema, raw, source.file, path) as Statement | undefined;
    if (!statement) return;
    const earlier = ids.get(statement.id);
    if (earlier) issues.error(source.file, `${path}.id`, `duplicate statement id "${statement.id}": already used at ${earlier}`);
    ids.set(statement.id, path);
    statements.push({ statement, path });
  });
  const events = parsed.statements.flatMap((raw) => (raw.kind === 'event' && typeof raw.event === 'string' ? [raw.event] : []));
  return { file: source.file, meta, text, statements, events };
}

/** Checks within one statement and against its article's text. */
function checkStatement(issues: Issues, file: string, path: string, statement: Statement, haystack: string | undefined): void {
  if (haystack !== undefined) {
    statement.quotes.forEach((quote, index) => checkVerbatim(issues, file, `${path}.quotes[${index}]`, quote, haystack, 'quote'));
    const verbatim: [string, unknown][] = [
      ['name', statement.kind === 'name' ? statement.name : undefined],
      ['recipientDescription', statement.recipientDescription],
      ['valueText', statement.valueText],
      ['start.decision', (statement.start as { decision?: string } | undefined)?.decision],
      ['end.decision', (statement.end as { decision?: string } | undefined)?.decision],
      ['start.vote.text', (statement.start as { vote?: { text: string } } | undefined)?.vote?.text],
      ['end.vote.text', (statement.end as { vote?: { text: string } } | undefined)?.vote?.text],
    ];
    for (const [key, value] of verbatim)
      if (typeof value === 'string') checkVerbatim(issues, file, `${path}.${key}`, value, haystack, `"${key}"`);
  }
  if (statement.rankReason !== undefined && statement.rank === undefined)
    issues.error(file, `${path}.rankReason`, 'a rankReason needs a rank');
  const dates: [string, unknown][] = [
    ['date', statement.kind === 'event' || statement.kind === 'presents' ? statement.date : undefined],
    ['asOf', statement.asOf],
    ['attestedOn', statement.attestedOn],
    ['start.date', (statement.start as { date?: DateInput } | undefined)?.date],
    ['end.date', (statement.end as { date?: DateInput } | undefined)?.date],
  ];
  for (const [key, value] of dates) {
    checkDate(issues, file, `${path}.${key}`, value as DateInput | undefined);
    const parsed = value === undefined ? undefined : readDate(value as DateInput);
    if (typeof parsed === 'object' && parsed.earliest === null && key !== 'end.date')
      issues.error(file, `${path}.${key}`, `"${parsed.value}" has an open start: only an end may be "on or before" a day (a former title)`);
  }
  if (statement.kind === 'holds') {
    const startBound = statement.start as { date?: DateInput; cause?: string } | undefined;
    if (startBound !== undefined && startBound.date === undefined && startBound.cause === undefined)
      issues.error(file, `${path}.start`, 'a start needs its date or its cause (an end may give neither: "nguyên …", the term has ended)');
    const start = readDate(startBound?.date ?? '');
    const end = readDate((statement.end as { date?: DateInput } | undefined)?.date ?? '');
    if (typeof start !== 'string' && typeof end !== 'string' && start.earliest !== null && end.latest < start.earliest) {
      issues.error(file, `${path}.end.date`, `${end.value} is before the start ${start.value}`);
    }
    if (statement.term !== undefined && Number(statement.term.slice(0, 4)) > Number(statement.term.slice(5))) {
      issues.error(file, `${path}.term`, `"${statement.term}" ends before it begins`);
    }
  }
  if (statement.kind === 'presents') {
    const count = statement.recipientCount;
    const recipients = statement.recipients;
    if (typeof count === 'number' && Array.isArray(recipients) && count < recipients.length) {
      issues.error(file, `${path}.recipientCount`, `${count} is less than the ${recipients.length} named recipients`);
    }
  }
}

/**
 * Validates a load set and returns it typed and NFC-normalized; throws SeedValidationError with every problem
 * found otherwise. Warnings (namesakes, sources in articles outside the load) come back with the load set.
 */
export function validateLoadSet(input: LoadInput, readText: TextReader): LoadSet {
  const issues = new Issues();
  const known = input.known ?? NOTHING_KNOWN;
  const registry = readRegistry(issues, input.registry);
  checkRegistryReferences(issues, registry, known);
  warnAboutNamesakes(issues, registry, known);

  const articles = input.articles.flatMap((source) => readArticle(issues, source, readText) ?? []);
  const articleFiles = new Map<string, ReadArticle>();
  for (const article of articles) {
    const other = articleFiles.get(article.meta.id);
    if (other) issues.error(article.file, '$.article.id', `article "${article.meta.id}" is also declared in ${other.file}`);
    else articleFiles.set(article.meta.id, article);
  }

  // Registry sources: checked against the text of their article where it is in this load; a load of some
  // articles only gets one warning per article it leaves unchecked.
  const unchecked = new Map<string, { file: string; path: string; count: number }>();
  // Each article's text normalized once: a source per entity, against a text per source, was quadratic.
  const haystacks = new Map(
    articles.flatMap((article) => (article.text === undefined ? [] : [[article, normalizeWhitespaceNfc(article.text)] as const])),
  );
  for (const { entry, file, path } of registry.values()) {
    entry.sources.forEach((source, index) => {
      const article = articleFiles.get(source.article);
      const at = `${path}.sources[${index}]`;
      if (!article) {
        const seen = unchecked.get(source.article);
        if (seen) seen.count += 1;
        else unchecked.set(source.article, { file, path: `${at}.article`, count: 1 });
      } else if (haystacks.has(article)) {
        checkVerbatim(issues, file, `${at}.quote`, source.quote, haystacks.get(article)!, 'quote');
      }
    });
  }
  for (const [articleId, { file, path, count }] of unchecked) {
    issues.warn(
      file,
      path,
      `${count} registry source(s) cite "${articleId}", which is not among the articles of this load: not checked${didYouMean(
        articleId,
        [...articleFiles.keys()].map((id) => ({ id })),
      )}`,
    );
  }

  const events = new Set(known.events);
  for (const article of articles) article.events.forEach((event) => events.add(event));
  const graph: KnownGraph = { entities: known.entities, events };

  for (const article of articles) {
    const haystack = haystacks.get(article);
    for (const { statement, path } of article.statements) {
      checkStatement(issues, article.file, path, statement, haystack);
      for (const reference of referencesOf(statement)) {
        checkReference(issues, article.file, `${path}${reference.path}`, reference.id, reference.labels, registry, graph);
      }
    }
  }

  if (issues.errors.length > 0) throw new SeedValidationError(issues.errors);
  return {
    registry,
    articles: articles.map((article) => ({
      file: article.file,
      meta: article.meta,
      text: article.text!,
      statements: article.statements.map(({ statement }) => statement),
    })),
    warnings: issues.warnings,
  };
}
