/**
 * A submission as the seed loader would read it: the article's data file and text, and the registry entries it
 * declares, turned into the validator's input (src/statements/validate.ts) so that the API and `npm run seed`
 * check by one set of rules. Problems come back as the validator words them, each naming the input it is in
 * (`article`, `entities[2]`) and its JSONPath there.
 */
import { createHash } from 'node:crypto';
import { labelOfId } from '../model/index.js';
import { REGISTRY_COLLECTIONS } from '../statements/format.js';
import { foldText } from '../text/fold.js';
import { SeedValidationError, validateLoadSet, type KnownGraph, type LoadSet, type SourceFile } from '../statements/validate.js';
import { BadUserInputError, InvalidSubmissionError, type InputProblem } from '../errors.js';

export interface ArticleSubmission {
  article: string;
  text: string;
  entities?: readonly { collection: string; json: string }[] | null;
  replace?: boolean | null;
}

/** The input name of the article's data file in problems. */
const ARTICLE_INPUT = 'article';
/** Each declared entity is a registry file of its own, named so that a problem points at its input. */
const entityFile = (index: number, collection: string) => `entities[${index}]/${collection}.json`;
const ENTITY_FILE = /^entities\[(\d+)\]\/[a-z]+\.json$/;

const encoder = new TextEncoder();

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

/** The article's id and its number of statements, read before validation to bound the work and find the article. */
export function peekArticle(submission: ArticleSubmission, maxStatements: number): { id: string | undefined } {
  let parsed: { article?: { id?: unknown }; statements?: unknown } | undefined;
  try {
    parsed = JSON.parse(submission.article) as typeof parsed;
  } catch {
    return { id: undefined }; // the validator reports where the JSON is malformed
  }
  if (Array.isArray(parsed?.statements) && parsed.statements.length > maxStatements)
    throw new BadUserInputError(
      `The article has ${parsed.statements.length} statements; a submission may have at most ${maxStatements}.`,
      'input',
      true,
    );
  return { id: typeof parsed?.article?.id === 'string' ? parsed.article.id : undefined };
}

/**
 * What of the graph a submission can refer to: every string in it that is an id of the model (a reference, in
 * whatever field), and the folded names of the people it declares (to find their namesakes). Unparsable JSON
 * refers to nothing; the validator reports it.
 */
export function referencesIn(submission: ArticleSubmission): { ids: string[]; foldedNames: string[] } {
  const ids = new Set<string>();
  const foldedNames = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') {
      if (labelOfId(value) !== undefined) ids.add(value);
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  const parse = (json: string): unknown => {
    try {
      return JSON.parse(json);
    } catch {
      return undefined;
    }
  };
  walk(parse(submission.article));
  for (const entity of submission.entities ?? []) {
    const entry = parse(entity.json) as { name?: unknown } | undefined;
    walk(entry);
    if (entity.collection === 'people' && typeof entry?.name === 'string') foldedNames.add(foldText(entry.name.normalize('NFC')));
  }
  return { ids: [...ids], foldedNames: [...foldedNames] };
}

/** Validates a submission against the graph as it is; throws InvalidSubmissionError listing every problem. */
export function validateSubmission(submission: ArticleSubmission, known: KnownGraph): LoadSet {
  const problems: InputProblem[] = [];
  const registry: SourceFile[] = [];
  (submission.entities ?? []).forEach((entity, index) => {
    if (!Object.hasOwn(REGISTRY_COLLECTIONS, entity.collection)) {
      problems.push({
        input: `entities[${index}]`,
        path: '$.collection',
        message: `"${entity.collection}" is not a registry collection: one of ${Object.keys(REGISTRY_COLLECTIONS).join(', ')}`,
      });
      return;
    }
    try {
      JSON.parse(entity.json);
    } catch (error) {
      problems.push({ input: `entities[${index}]`, path: '$', message: `malformed JSON: ${(error as Error).message}` });
      return;
    }
    // The registry file's shape around the one entry, so that the entry is read exactly as a file's would be.
    const file = `{"formatVersion":2,"entities":[${entity.json}\n]}`;
    registry.push({ file: entityFile(index, entity.collection), bytes: encoder.encode(file) });
  });
  let loadSet: LoadSet | undefined;
  try {
    loadSet = validateLoadSet(
      {
        registry,
        articles: [{ file: ARTICLE_INPUT, bytes: encoder.encode(submission.article) }],
        known,
      },
      () => encoder.encode(submission.text),
    );
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    problems.push(...error.issues.map(asProblem));
  }
  if (problems.length > 0 || loadSet === undefined) throw new InvalidSubmissionError(problems);
  return loadSet;
}

/** A validator issue as the client sent it: an entity's path is within its own JSON, not the file wrapped around it. */
export function asProblem(issue: { file: string; path: string; message: string }): InputProblem {
  const entity = ENTITY_FILE.exec(issue.file);
  if (!entity) return { input: issue.file, path: issue.path, message: issue.message };
  return { input: `entities[${entity[1]}]`, path: issue.path.replace(/^\$\.entities\[0\]/, '$'), message: issue.message };
}
