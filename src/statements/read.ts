/**
 * Inputs into records: the bytes of a seed file, or the JSON text a client submits, read into the registry
 * entries and the articles that validate.ts checks. Reading is where hostile input stops: invalid UTF-8, JSON
 * nested deeper than the format ever is, keys that would reach an object's prototype, control characters and
 * lone surrogates (refused, never altered), values past the format's limits. Every string is NFC-normalized.
 * Each problem is reported at its path with a code, and one bad entry or statement hides no other.
 */
import type { z } from 'zod';
import { nodeSpec, type NodeLabel } from '../model/index.js';
import { characterProblem } from '../text/characters.js';
import { publicationPrecision, PUBLICATION_FORMS } from '../text/isoDate.js';
import {
  articleFileSchema,
  LIMITS,
  registryEntrySchema,
  registryFileSchema,
  statementSchema,
  type ArticleMeta,
  type RegistryEntry,
  type Statement,
} from './format.js';
import { IssueCode, type Issues } from './issues.js';

/** An input as it arrives: a file's bytes, or the text a client sent. */
export type Content = Uint8Array | string;

/** A registry entry as read, with where it is. */
export interface RegistryRecord {
  label: NodeLabel;
  entry: RegistryEntry;
  input: string;
  path: string;
}

/** An article as read: its metadata, its text (NFC) when found, and its statements with their paths. */
export interface ArticleRecord {
  input: string;
  meta: ArticleMeta;
  text: string | undefined;
  statements: { statement: Statement; path: string }[];
  /** Events the article's event statements declare, even those whose statements failed their shape checks. */
  events: string[];
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The text of an input; undefined (and an issue) when its bytes are not UTF-8. A BOM is dropped. */
function decode(issues: Issues, input: string, path: string, content: Content, what: string): string | undefined {
  if (typeof content === 'string') return content;
  try {
    return utf8.decode(content).replace(/^\uFEFF/, '');
  } catch {
    issues.error(IssueCode.INVALID_UTF8, input, path, `${what} is not valid UTF-8`);
    return undefined;
  }
}

/**
 * The parsed value with its strings NFC-normalized, each problem of its keys and strings reported, and nothing
 * kept below LIMITS.depth. Recursion stops there, so a hostile nesting never reaches the stack's bound.
 */
function sanitize(issues: Issues, input: string, value: unknown, path: string, depth: number): unknown {
  if (typeof value === 'string') {
    const problem = characterProblem(value);
    if (problem) issues.error(IssueCode.INVALID_CHARACTER, input, path, `the text ${problem}`);
    return value.normalize('NFC');
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= LIMITS.depth) {
    issues.error(IssueCode.TOO_DEEP, input, path, `nests deeper than the format allows (${LIMITS.depth} levels)`);
    return undefined;
  }
  if (Array.isArray(value)) return value.map((item, index) => sanitize(issues, input, item, `${path}[${index}]`, depth + 1));
  const entries: [string, unknown][] = [];
  for (const [key, inner] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (FORBIDDEN_KEYS.has(key)) {
      issues.error(IssueCode.FORBIDDEN_KEY, input, at, `"${key}" is not a field of the format (it names an object's prototype)`);
      continue;
    }
    const problem = characterProblem(key);
    if (problem) {
      issues.error(IssueCode.INVALID_CHARACTER, input, path, `a field name ${problem}`);
      continue;
    }
    entries.push([key.normalize('NFC'), sanitize(issues, input, inner, at, depth + 1)]);
  }
  // fromEntries defines own properties: no key could set a prototype even if one got here.
  return Object.fromEntries(entries);
}

/** An input's JSON, sanitized; undefined after an error that leaves nothing to read. */
export function readJson(issues: Issues, input: string, content: Content, base = '$'): unknown {
  const text = decode(issues, input, base, content, 'the file');
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    issues.error(IssueCode.EMPTY_INPUT, input, base, 'the file is empty');
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    let where = '';
    if (position && !/line \d+/.test(message)) {
      const before = text.slice(0, Number(position[1])).split('\n');
      where = ` (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})`;
    }
    issues.error(IssueCode.MALFORMED_JSON, input, base, `malformed JSON: ${message}${where}`);
    return undefined;
  }
  return sanitize(issues, input, parsed, base, 0);
}

/** `$.a[0].b` from zod's path. */
const jsonPath = (base: string, path: readonly PropertyKey[]) =>
  path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : `${at}.${String(key)}`), base);

const typeName = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/** The value at a zod path, or undefined where the path leaves the value. */
function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Parses with a zod schema, reporting each of its issues at its path with its code; undefined on any. */
export function parseWith<T>(issues: Issues, schema: z.ZodType<T>, value: unknown, input: string, base: string): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = jsonPath(base, issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) issues.error(IssueCode.UNKNOWN_FIELD, input, `${path}.${key}`, `unknown field "${key}"`);
    } else if (issue.code === 'invalid_type') {
      const parent = valueAt(value, issue.path.slice(0, -1));
      const field = issue.path.at(-1);
      const missing = field !== undefined && typeof parent === 'object' && parent !== null && !Object.hasOwn(parent, field);
      if (missing) issues.error(IssueCode.MISSING_FIELD, input, path, `required field "${String(field)}" is missing`);
      else issues.error(IssueCode.WRONG_TYPE, input, path, `must be ${issue.expected}, not ${typeName(valueAt(value, issue.path))}`);
    } else if (issue.code === 'too_big') {
      issues.error(IssueCode.TOO_LONG, input, path, issue.message);
    } else {
      issues.error(IssueCode.INVALID_VALUE, input, path, issue.message);
    }
  }
  return undefined;
}

/** One registry entry of a kind, at `path` of its input. */
export function readRegistryEntry(issues: Issues, input: string, label: NodeLabel, raw: unknown, path: string): RegistryRecord | undefined {
  const entry = parseWith(issues, registryEntrySchema(label), raw, input, path);
  const rawId = (raw as { id?: unknown } | undefined)?.id;
  const id = entry?.id ?? (typeof rawId === 'string' ? rawId : undefined);
  // A wrong prefix is reported by the entry's shape; such an id declares nothing.
  if (id === undefined || !id.startsWith(`${nodeSpec(label).prefix}:`)) return undefined;
  // An entry with a shape problem still declares its id (the problem is reported once, where it is), so that
  // references to it do not add a second, misleading problem.
  return { label, entry: entry ?? { id, sources: [] }, input, path };
}

/** The entries of a registry file of one kind. */
export function readRegistryFile(issues: Issues, input: string, label: NodeLabel, content: Content): RegistryRecord[] {
  const value = readJson(issues, input, content);
  if (value === undefined) return [];
  const parsed = parseWith(issues, registryFileSchema, value, input, '$');
  if (!parsed) return [];
  return parsed.entities.flatMap((raw, index) => readRegistryEntry(issues, input, label, raw, `$.entities[${index}]`) ?? []);
}

/** The article's text: UTF-8, not empty, within the limit, only text characters; undefined (and an issue) otherwise. */
function readText(issues: Issues, input: string, content: Content | undefined, name: string): string | undefined {
  const path = '$.article.textFile';
  if (content === undefined) {
    issues.error(IssueCode.TEXT_MISSING, input, path, `the article text "${name}" was not found beside the JSON file`);
    return undefined;
  }
  const text = decode(issues, input, path, content, `the article text "${name}"`)?.normalize('NFC');
  if (text === undefined) return undefined;
  if (text.trim() === '') {
    issues.error(IssueCode.EMPTY_INPUT, input, path, `the article text "${name}" is empty`);
    return undefined;
  }
  if (text.length > LIMITS.text) {
    issues.error(IssueCode.TOO_LONG, input, path, `the article text "${name}" has ${text.length} characters; at most ${LIMITS.text}`);
    return undefined;
  }
  const problem = characterProblem(text);
  if (problem) {
    issues.error(IssueCode.INVALID_CHARACTER, input, path, `the article text "${name}" ${problem}`);
    return undefined;
  }
  return text;
}

/**
 * An article: its data file and its text (`textOf` finds the text its `textFile` names: beside a file, or the
 * text a client sent with it).
 */
export function readArticle(
  issues: Issues,
  input: string,
  content: Content,
  textOf: (textFile: string) => Content | undefined,
): ArticleRecord | undefined {
  const value = readJson(issues, input, content);
  return value === undefined ? undefined : readArticleValue(issues, input, value, textOf);
}

/** An article from its data file's JSON, already read (readJson). */
export function readArticleValue(
  issues: Issues,
  input: string,
  value: unknown,
  textOf: (textFile: string) => Content | undefined,
): ArticleRecord | undefined {
  const parsed = parseWith(issues, articleFileSchema, value, input, '$');
  if (!parsed) {
    const declared = (value as { article?: { id?: unknown } } | null)?.article?.id;
    if (typeof declared === 'string') issues.unreadArticles.add(declared);
    return undefined;
  }
  const { article: meta } = parsed;
  if (meta.published !== null && publicationPrecision(meta.published) === undefined) {
    issues.error(
      IssueCode.INVALID_DATE,
      input,
      '$.article.published',
      `"${meta.published}" must be ${PUBLICATION_FORMS}; use null when unknown`,
    );
  }
  for (const key of ['author', 'published'] as const) {
    if (meta[key] === null && meta.note === undefined)
      issues.error(IssueCode.MISSING_FIELD, input, `$.article.${key}`, `is null: say in "note" why it is unknown`);
  }
  const text = readText(issues, input, textOf(meta.textFile), meta.textFile);
  const statements: ArticleRecord['statements'] = [];
  const ids = new Map<string, string>();
  parsed.statements.forEach((raw, index) => {
    const path = `$.statements[${index}]`;
    const statement = parseWith(issues, statementSchema, raw, input, path);
    if (!statement) return;
    const earlier = ids.get(statement.id);
    if (earlier)
      issues.error(IssueCode.DUPLICATE_ID, input, `${path}.id`, `duplicate statement id "${statement.id}": already used at ${earlier}`);
    ids.set(statement.id, path);
    statements.push({ statement, path });
  });
  const events = parsed.statements.flatMap((raw) => (raw.kind === 'event' && typeof raw.event === 'string' ? [raw.event] : []));
  return { input, meta, text, statements, events };
}
