/**
 * A submission read into the records that validation checks (src/statements/read.ts, validate.ts): the article's
 * data file and text, and each registry entry it declares, read straight from what the client sent, by the rules
 * `npm run seed` applies to files. Problems name the input they are in (`article`, `entities[2]`) and the JSONPath
 * there, with a code.
 */
import { createHash } from 'node:crypto';
import { labelOfId } from '../model/index.js';
import { LIMITS, REGISTRY_COLLECTIONS } from '../statements/format.js';
import { IssueCode, Issues, ValidationError } from '../statements/issues.js';
import { readArticleValue, readJson, readRegistryEntry, type ArticleRecord, type RegistryRecord } from '../statements/read.js';
import { validateRecords, type KnownGraph, type LoadSet } from '../statements/validate.js';
import { foldText } from '../text/fold.js';
import { BadUserInputError, InvalidSubmissionError } from '../errors.js';

export interface ArticleSubmission {
  article: string;
  text: string;
  entities?: readonly { collection: string; json: string }[] | null;
  replace?: boolean | null;
}

/** The input name of the article's data file in problems. */
const ARTICLE_INPUT = 'article';

/**
 * SHA-256 of the article as sent (its data file and its text): what makes a repeated submission (a retry, two
 * clients at once, a draft made again) recognisable as the one already stored. The entities declared with it are
 * not part of it: once stored they are the graph's, and the same article drafted again names them by id instead.
 */
export function submissionHash(submission: ArticleSubmission): string {
  return createHash('sha256')
    .update(JSON.stringify([submission.article, submission.text]))
    .digest('hex');
}

/** A submission read into records, with what reading found; not yet checked across records. */
export interface ReadSubmission {
  issues: Issues;
  article: ArticleRecord | undefined;
  registry: RegistryRecord[];
  /** The article's id as the client sent it, to find the article before validation (a retry is answered at once). */
  articleId: string | undefined;
}

/**
 * Reads a submission. The bounds come first, before anything is parsed past them: the number of statements and
 * of declared entities, which bound what validation will do.
 */
export function readSubmission(submission: ArticleSubmission, maxStatements: number): ReadSubmission {
  const issues = new Issues();
  const entities = submission.entities ?? [];
  if (entities.length > LIMITS.entities)
    throw new BadUserInputError(`The submission declares ${entities.length} entities; at most ${LIMITS.entities}.`, 'input', true);
  const raw = readJson(issues, ARTICLE_INPUT, submission.article);
  const statements = (raw as { statements?: unknown } | undefined)?.statements;
  if (Array.isArray(statements) && statements.length > maxStatements)
    throw new BadUserInputError(
      `The article has ${statements.length} statements; a submission may have at most ${maxStatements}.`,
      'input',
      true,
    );
  const rawId = (raw as { article?: { id?: unknown } } | undefined)?.article?.id;
  const article = raw === undefined ? undefined : readArticleValue(issues, ARTICLE_INPUT, raw, () => submission.text);
  const registry: RegistryRecord[] = [];
  entities.forEach((entity, index) => {
    const input = `entities[${index}]`;
    const label = Object.hasOwn(REGISTRY_COLLECTIONS, entity.collection) ? REGISTRY_COLLECTIONS[entity.collection] : undefined;
    if (label === undefined) {
      issues.error(
        IssueCode.NOT_A_REGISTRY_COLLECTION,
        input,
        '$.collection',
        `"${entity.collection}" is not a registry collection: one of ${Object.keys(REGISTRY_COLLECTIONS).join(', ')}`,
      );
      return;
    }
    const value = readJson(issues, input, entity.json);
    if (value === undefined) return;
    const record = readRegistryEntry(issues, input, label, value, '$');
    if (record) registry.push(record);
  });
  return { issues, article, registry, articleId: typeof rawId === 'string' ? rawId : undefined };
}

/**
 * What of the graph a submission can refer to: every id of the model its records name (a reference, in whatever
 * field), the folded names of the people it declares (to find their namesakes), and the articles its entities'
 * sources cite.
 */
export function referencesIn(read: ReadSubmission): { ids: string[]; foldedNames: string[]; articles: string[] } {
  const ids = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (labelOfId(value) !== undefined) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  // Records are at most LIMITS.depth deep: reading refused anything deeper.
  read.article?.statements.forEach(({ statement }) => walk(statement));
  read.registry.forEach(({ entry }) => walk(entry));
  const foldedNames = read.registry.flatMap(({ label, entry }) =>
    label === 'Person' && typeof entry.name === 'string' ? [foldText(entry.name)] : [],
  );
  const articles = read.registry.flatMap(({ entry }) => entry.sources.map((source) => source.article));
  return { ids: [...ids], foldedNames, articles: [...new Set(articles)] };
}

/** Validates a read submission against the graph as it is; throws InvalidSubmissionError listing every problem. */
export function validateSubmission(read: ReadSubmission, known: KnownGraph): LoadSet {
  try {
    return validateRecords({ registry: read.registry, articles: read.article ? [read.article] : [], known }, read.issues.copy());
  } catch (error) {
    if (error instanceof ValidationError) throw new InvalidSubmissionError(error.issues);
    throw error;
  }
}
