/**
 * Validation of a whole load set before anything is written: a bad file must leave the database exactly as it
 * was, so every check that can fail runs here, over all files, and every problem is reported at once (a user
 * fixing a file sees all its problems, not one per run). Pure apart from the injected `readText`, so that unit
 * tests run without a file system or a database.
 */
import { normalizeWhitespaceNfc } from '../src/text/fold.js';
import { isIsoDate, isIsoDateTimeWithOffset } from '../src/text/isoDate.js';
import {
  ARTICLE_FIELDS, ARTICLE_PREFIX, COLLECTION_NAMES, COLLECTIONS, FIELDS, FORMAT_VERSION,
  type AnyRecord, type ArticleFile, type CollectionName, type FieldSpec,
} from './format.js';

/** One problem: which file, where in it (a JSONPath such as `$.awardPresentations[0].presenter`), and what is wrong. */
export interface SeedIssue {
  file: string;
  path: string;
  message: string;
}

/** Carries every problem found, so that the CLI can print them all and tests can assert each one. */
export class SeedValidationError extends Error {
  override name = 'SeedValidationError';

  constructor(readonly issues: readonly SeedIssue[]) {
    super(`The seed files are not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
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

export interface ValidatedArticle {
  file: string;
  /** The file's data, every string in NFC. */
  data: ArticleFile;
  /** The article's text, NFC. */
  text: string;
}

/** Where an id is declared; when several articles declare it, the first (they are identical but for quotes). */
export interface Declaration {
  collection: CollectionName;
  record: AnyRecord;
  file: string;
  path: string;
}

export interface LoadSet {
  articles: ValidatedArticle[];
  declarations: ReadonlyMap<string, Declaration>;
}

const SLUG = /^[a-z0-9]+(?:--?[a-z0-9]+)*$/;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const describeJson = (value: Json): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)}`);
const shorten = (text: string, max = 100): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function normalizeJson(value: Json): Json {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(normalizeJson);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key.normalize('NFC'), normalizeJson(inner)]));
  return value;
}

function parseJson(text: string): { value: Json } | { error: string } {
  try {
    return { value: JSON.parse(text) as Json };
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message);
    if (position && !/line \d+/.test(message)) {
      const before = text.slice(0, Number(position[1])).split('\n');
      return { error: `${message} (line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1})` };
    }
    return { error: message };
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
function decode(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** Records that passed their shape checks, field by field, with where they are. */
interface CheckedRecord {
  collection: CollectionName;
  path: string;
  /** Only fields whose shape is valid: later checks never see a value of the wrong type. */
  fields: Map<string, Json>;
  raw: JsonObject;
}

class Checker {
  readonly issues: SeedIssue[] = [];

  constructor(readonly file: string) {}

  add(path: string, message: string): void {
    this.issues.push({ file: this.file, path, message });
  }

  /** Checks one object against a field table; returns the fields that are valid. */
  object(value: JsonObject, path: string, fields: Readonly<Record<string, FieldSpec>>, idPrefix: string): Map<string, Json> {
    const valid = new Map<string, Json>();
    for (const key of Object.keys(value)) {
      if (!(key in fields)) this.add(`${path}.${key}`, `unknown field "${key}" (allowed: ${Object.keys(fields).join(', ')})`);
    }
    for (const [key, spec] of Object.entries(fields)) {
      const inner = value[key];
      const at = `${path}.${key}`;
      if (inner === undefined) {
        if (isRequired(spec)) this.add(at, `required field "${key}" is missing`);
        continue;
      }
      if (this.field(inner, at, spec, idPrefix)) valid.set(key, inner);
    }
    return valid;
  }

  private nonEmptyString(value: Json, path: string): value is string {
    if (typeof value !== 'string') {
      this.add(path, `must be a string, not ${describeJson(value)}`);
      return false;
    }
    if (value.trim() === '') {
      this.add(path, 'must not be empty');
      return false;
    }
    return true;
  }

  private stringList(value: Json, path: string, { nonEmpty, what }: { nonEmpty: boolean; what: string }): value is string[] {
    if (!Array.isArray(value)) {
      this.add(path, `must be an array of ${what}, not ${describeJson(value)}`);
      return false;
    }
    if (nonEmpty && value.length === 0) {
      this.add(path, `must hold at least one ${what.replace(/s$/, '')}`);
      return false;
    }
    let ok = true;
    const seen = new Map<string, number>();
    value.forEach((item, index) => {
      if (!this.nonEmptyString(item, `${path}[${index}]`)) {
        ok = false;
        return;
      }
      const key = normalizeWhitespaceNfc(item);
      const first = seen.get(key);
      if (first !== undefined) {
        this.add(`${path}[${index}]`, `duplicate of ${path}[${first}]`);
        ok = false;
      } else seen.set(key, index);
    });
    return ok;
  }

  private field(value: Json, path: string, spec: FieldSpec, idPrefix: string): boolean {
    switch (spec.type) {
      case 'id': {
        if (!this.nonEmptyString(value, path)) return false;
        const [prefix, ...rest] = value.split(':');
        if (prefix !== idPrefix || rest.length !== 1) {
          this.add(path, `id "${value}" must start with "${idPrefix}:"`);
          return false;
        }
        if (!SLUG.test(rest[0] ?? '')) {
          this.add(path, `id "${value}" must be "${idPrefix}:" followed by a slug of a-z, 0-9 and hyphens (e.g. "person:lai-thanh-son")`);
          return false;
        }
        return true;
      }
      case 'quotes':
        return this.stringList(value, path, { nonEmpty: true, what: 'quotes' });
      case 'texts':
        return this.stringList(value, path, { nonEmpty: false, what: 'strings' });
      case 'refs':
        return this.stringList(value, path, { nonEmpty: false, what: 'ids' });
      case 'text':
        if (!this.nonEmptyString(value, path)) return false;
        if (spec.oneOf && !spec.oneOf.includes(value)) {
          this.add(path, `"${value}" is not one of: ${spec.oneOf.join(', ')}`);
          return false;
        }
        return true;
      case 'ref':
        return this.nonEmptyString(value, path);
      case 'date':
        if (!this.nonEmptyString(value, path)) return false;
        if (!isIsoDate(value)) {
          this.add(path, `"${value}" is not a valid calendar date (expected YYYY-MM-DD)`);
          return false;
        }
        return true;
      case 'datetime':
        if (!this.nonEmptyString(value, path)) return false;
        if (!isIsoDateTimeWithOffset(value)) {
          this.add(path, `"${value}" is not a valid ISO 8601 date-time with a UTC offset (e.g. 2019-01-11T21:00:00+07:00)`);
          return false;
        }
        return true;
      case 'language':
        if (!this.nonEmptyString(value, path)) return false;
        if (!LANGUAGE_TAG.test(value)) {
          this.add(path, `"${value}" is not a language tag (e.g. "vi")`);
          return false;
        }
        return true;
      case 'url':
        if (!this.nonEmptyString(value, path)) return false;
        if (!/^https?:\/\/[^\s]+$/.test(value) || !URL.canParse(value)) {
          this.add(path, `"${value}" is not an http(s) URL`);
          return false;
        }
        return true;
      case 'file-name':
        if (!this.nonEmptyString(value, path)) return false;
        if (/[/\\]/.test(value) || value === '.' || value === '..') {
          this.add(path, `"${value}" must be a file name in the folder of the JSON file, without a path`);
          return false;
        }
        return true;
      case 'count':
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
          this.add(path, `must be a non-negative integer, not ${describeJson(value)}`);
          return false;
        }
        return true;
      case 'number-or-null':
        if (value !== null && (typeof value !== 'number' || !Number.isFinite(value))) {
          this.add(path, `must be a number or null, not ${describeJson(value)}`);
          return false;
        }
        return true;
    }
  }
}

const isRequired = (spec: FieldSpec): boolean =>
  spec.type === 'id' || spec.type === 'quotes' || spec.type === 'refs' || ('required' in spec && spec.required);

/** One file after the shape checks: what the later, cross-file checks need. */
interface CheckedFile {
  file: string;
  checker: Checker;
  value: JsonObject;
  article?: Map<string, Json>;
  text?: string;
  records: CheckedRecord[];
}

function checkFileShape(source: SourceFile, readText: TextReader): CheckedFile {
  const checker = new Checker(source.file);
  const content = decode(source.bytes);
  if (content === undefined) {
    checker.add('$', 'the file is not valid UTF-8');
    return { file: source.file, checker, value: {}, records: [] };
  }
  if (content.trim() === '') {
    checker.add('$', 'the file is empty');
    return { file: source.file, checker, value: {}, records: [] };
  }
  const parsed = parseJson(content);
  if ('error' in parsed) {
    checker.add('$', `malformed JSON: ${parsed.error}`);
    return { file: source.file, checker, value: {}, records: [] };
  }
  const value = normalizeJson(parsed.value);
  if (!isObject(value)) {
    checker.add('$', `must be a JSON object, not ${describeJson(value)}`);
    return { file: source.file, checker, value: {}, records: [] };
  }
  const result: CheckedFile = { file: source.file, checker, value, records: [] };
  const known = new Set<string>(['formatVersion', 'article', ...COLLECTION_NAMES]);
  for (const key of Object.keys(value)) {
    if (!known.has(key)) checker.add(`$.${key}`, `unknown field "${key}" (allowed: ${[...known].join(', ')})`);
  }
  if (value.formatVersion === undefined) checker.add('$.formatVersion', 'required field "formatVersion" is missing');
  else if (value.formatVersion !== FORMAT_VERSION) checker.add('$.formatVersion', `must be ${FORMAT_VERSION}, not ${describeJson(value.formatVersion)}`);

  const article = value.article;
  if (article === undefined) checker.add('$.article', 'required field "article" is missing');
  else if (!isObject(article)) checker.add('$.article', `must be an object, not ${describeJson(article)}`);
  else {
    result.article = checker.object(article, '$.article', ARTICLE_FIELDS, ARTICLE_PREFIX);
    const textFile = result.article.get('textFile');
    if (typeof textFile === 'string') result.text = readArticleText(checker, source.file, textFile, readText);
  }

  for (const collection of COLLECTION_NAMES) {
    const list = value[collection];
    if (list === undefined) continue;
    const path = `$.${collection}`;
    if (!Array.isArray(list)) {
      checker.add(path, `must be an array, not ${describeJson(list)}`);
      continue;
    }
    list.forEach((item, index) => {
      const at = `${path}[${index}]`;
      if (!isObject(item)) {
        checker.add(at, `must be an object, not ${describeJson(item)}`);
        return;
      }
      const fields = checker.object(item, at, FIELDS[collection], COLLECTIONS[collection].prefix);
      result.records.push({ collection, path: at, fields, raw: item });
    });
  }
  return result;
}

function readArticleText(checker: Checker, file: string, textFile: string, readText: TextReader): string | undefined {
  const bytes = readText(file, textFile);
  if (bytes === undefined) {
    checker.add('$.article.textFile', `the article text "${textFile}" was not found beside the JSON file`);
    return undefined;
  }
  const text = decode(bytes);
  if (text === undefined) {
    checker.add('$.article.textFile', `the article text "${textFile}" is not valid UTF-8`);
    return undefined;
  }
  if (text.trim() === '') {
    checker.add('$.article.textFile', `the article text "${textFile}" is empty`);
    return undefined;
  }
  return text.normalize('NFC');
}

/** Checks within one record and against its article's text (`haystack`, white space folded): quotes, verbatim values, consistent fields. */
function checkRecordContent(checker: Checker, record: CheckedRecord, haystack: string | undefined): void {
  const { fields, path } = record;
  const str = (key: string): string | undefined => {
    const value = fields.get(key);
    return typeof value === 'string' ? value : undefined;
  };
  if (haystack !== undefined) {
    const occurs = (needle: string) => haystack.includes(normalizeWhitespaceNfc(needle));
    const quotes = fields.get('quotes');
    if (Array.isArray(quotes)) {
      quotes.forEach((quote, index) => {
        if (typeof quote === 'string' && !occurs(quote)) checker.add(`${path}.quotes[${index}]`, `quote not found in the article text: "${shorten(quote)}"`);
      });
    }
    for (const key of ['valueText', 'recipientDescription']) {
      const value = str(key);
      if (value !== undefined && !occurs(value)) {
        checker.add(`${path}.${key}`, `"${shorten(value)}" does not occur verbatim in the article text`);
      }
    }
  }
  switch (record.collection) {
    case 'people': {
      const name = str('name');
      for (const key of ['familyName', 'givenName']) {
        const part = str(key);
        if (name !== undefined && part !== undefined && !` ${name} `.includes(` ${part} `)) {
          checker.add(`${path}.${key}`, `"${part}" is not a word of the name "${name}"`);
        }
      }
      break;
    }
    case 'tenures': {
      const start = str('startDate');
      const end = str('endDate');
      const attested = str('attestedOn');
      if (start && end && start > end) checker.add(`${path}.endDate`, `${end} is before the startDate ${start}`);
      if (attested && ((start && attested < start) || (end && attested > end))) {
        checker.add(`${path}.attestedOn`, `${attested} is outside the tenure (${start ?? '…'} to ${end ?? '…'})`);
      }
      break;
    }
    case 'events': {
      // Presence from the raw record: a date of the wrong shape is reported once, not again as missing.
      const has = (key: string) => record.raw[key] !== undefined;
      if (has('date') !== has('datePrecision')) {
        checker.add(`${path}.${has('date') ? 'datePrecision' : 'date'}`, 'date and datePrecision go together: give both or neither');
      }
      if (!has('date') && has('partOfDay')) checker.add(`${path}.partOfDay`, 'partOfDay needs a date');
      break;
    }
    case 'awardPresentations': {
      const count = fields.get('recipientCount');
      const recipients = fields.get('recipients');
      if (typeof count === 'number' && Array.isArray(recipients) && count < recipients.length) {
        checker.add(`${path}.recipientCount`, `${count} is less than the ${recipients.length} named recipients`);
      }
      break;
    }
    default:
      break;
  }
}

/** The collection an id's prefix says it belongs to. */
function collectionOfPrefix(id: string): CollectionName | undefined {
  const prefix = id.split(':')[0];
  return COLLECTION_NAMES.find((name) => COLLECTIONS[name].prefix === prefix);
}

const withArticle = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
const nounList = (collections: readonly CollectionName[]): string => {
  const nouns = collections.map((name) => COLLECTIONS[name].noun);
  return withArticle(nouns.length === 1 ? nouns.join('') : `${nouns.slice(0, -1).join(', ')} or ${nouns.at(-1)}`);
};

function checkReference(checker: Checker, id: string, path: string, to: readonly CollectionName[], declarations: ReadonlyMap<string, Declaration>): void {
  const declared = declarations.get(id);
  const collection = declared?.collection ?? collectionOfPrefix(id);
  if (collection !== undefined && !to.includes(collection)) {
    checker.add(path, `"${id}" is ${nounList([collection])}, but this field must refer to ${nounList(to)}`);
  } else if (declared === undefined) {
    checker.add(path, `unknown reference "${id}": no ${nounList(to).replace(/^an? /, '')} with this id is declared in the files being loaded`);
  }
}

/** The record without its quotes, keys sorted: two declarations of one id must be equal in this form. */
function declarationKey(raw: JsonObject): Map<string, string> {
  return new Map(Object.keys(raw).filter((key) => key !== 'quotes').sort().map((key) => [key, JSON.stringify(raw[key])]));
}

function differingFields(a: JsonObject, b: JsonObject): string[] {
  const left = declarationKey(a);
  const right = declarationKey(b);
  return [...new Set([...left.keys(), ...right.keys()])].filter((key) => left.get(key) !== right.get(key)).sort();
}

/**
 * Validates the files of one load and returns them typed and NFC-normalized; throws SeedValidationError with
 * every problem found otherwise. References must resolve within the load set: an entity another article
 * declared is shared by declaring it again, identically (its quotes may differ: each article keeps its own).
 */
export function validateLoadSet(sources: readonly SourceFile[], readText: TextReader): LoadSet {
  const checked = sources.map((source) => checkFileShape(source, readText));
  const declarations = new Map<string, Declaration & { raw: JsonObject }>();
  const articleIds = new Map<string, string>();

  for (const file of checked) {
    const articleId = file.article?.get('id');
    if (typeof articleId === 'string') {
      const other = articleIds.get(articleId);
      if (other !== undefined) file.checker.add('$.article.id', `article "${articleId}" is also declared in ${other}`);
      else articleIds.set(articleId, file.file);
    }
    const haystack = file.text === undefined ? undefined : normalizeWhitespaceNfc(file.text);
    for (const record of file.records) {
      checkRecordContent(file.checker, record, haystack);
      const id = record.fields.get('id');
      if (typeof id !== 'string') continue;
      const earlier = declarations.get(id);
      if (earlier === undefined) {
        declarations.set(id, { collection: record.collection, record: record.raw as unknown as AnyRecord, file: file.file, path: record.path, raw: record.raw });
      } else if (earlier.file === file.file) {
        file.checker.add(`${record.path}.id`, `duplicate id "${id}": already declared at ${earlier.path}`);
      } else {
        const differences = differingFields(earlier.raw, record.raw);
        if (differences.length > 0) {
          file.checker.add(record.path, `conflicting duplicate id "${id}": declared differently in ${earlier.file} at ${earlier.path} ` +
            `(differs in: ${differences.join(', ')}); an entity shared by articles must be declared identically, but for its quotes`);
        }
      }
    }
  }

  for (const file of checked) {
    for (const record of file.records) {
      for (const [key, spec] of Object.entries(FIELDS[record.collection] as Readonly<Record<string, FieldSpec>>)) {
        const value = record.fields.get(key);
        if (spec.type === 'ref' && typeof value === 'string') checkReference(file.checker, value, `${record.path}.${key}`, spec.to, declarations);
        if (spec.type === 'refs' && Array.isArray(value)) {
          value.forEach((id, index) => {
            if (typeof id === 'string') checkReference(file.checker, id, `${record.path}.${key}[${index}]`, spec.to, declarations);
          });
        }
      }
    }
  }

  const issues = checked.flatMap((file) => file.checker.issues);
  if (issues.length > 0) throw new SeedValidationError(issues);
  return {
    // Sound: a file without issues has every required field, every field of its declared type and no other.
    articles: checked.map((file) => ({ file: file.file, data: file.value as unknown as ArticleFile, text: file.text ?? '' })),
    declarations: new Map([...declarations].map(([id, { collection, record, file, path }]) => [id, { collection, record, file, path }])),
  };
}
