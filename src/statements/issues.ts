/**
 * What validation finds, in one form for the seed files and the write API: a code that says what kind of problem
 * it is (for code to act on, never the message), the input it is in (a file, or a submission's `article` or
 * `entities[2]`), the JSONPath there, and a message for people. Errors stop a load; warnings do not.
 */

export const IssueCode = {
  /** The bytes are not UTF-8, the input is empty, or it is not JSON. */
  INVALID_UTF8: 'INVALID_UTF8',
  EMPTY_INPUT: 'EMPTY_INPUT',
  MALFORMED_JSON: 'MALFORMED_JSON',
  /** A value nests deeper than the format ever does. */
  TOO_DEEP: 'TOO_DEEP',
  /** `__proto__`, `constructor` or `prototype` as a key. */
  FORBIDDEN_KEY: 'FORBIDDEN_KEY',
  /** A control character (NUL…) or a lone surrogate in a string: refused, never altered. */
  INVALID_CHARACTER: 'INVALID_CHARACTER',
  /** A value longer, or a list longer, than the format allows. */
  TOO_LONG: 'TOO_LONG',
  MISSING_FIELD: 'MISSING_FIELD',
  WRONG_TYPE: 'WRONG_TYPE',
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
  /** A value of the right type that the format does not take (an id's shape, a vocabulary, a version). */
  INVALID_VALUE: 'INVALID_VALUE',
  INVALID_DATE: 'INVALID_DATE',
  /** Values of one statement that contradict each other (an end before the start, a count below the names). */
  INCONSISTENT: 'INCONSISTENT',
  NOT_A_REGISTRY_COLLECTION: 'NOT_A_REGISTRY_COLLECTION',
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** A submission declares an entity the graph already holds. */
  ALREADY_IN_GRAPH: 'ALREADY_IN_GRAPH',
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A reference to an entity of another kind than the field takes. */
  WRONG_KIND_OF_REFERENCE: 'WRONG_KIND_OF_REFERENCE',
  /** A reference to an entity an editor merged into another: read as that one (a warning). */
  MERGED_REFERENCE: 'MERGED_REFERENCE',
  TEXT_MISSING: 'TEXT_MISSING',
  QUOTE_NOT_IN_TEXT: 'QUOTE_NOT_IN_TEXT',
  /** A value the format takes verbatim (a name, a vote, a decision) that the text does not hold. */
  VALUE_NOT_IN_TEXT: 'VALUE_NOT_IN_TEXT',
  /** An entity's name or alias that none of its sources' quotes states. */
  NAME_NOT_IN_SOURCES: 'NAME_NOT_IN_SOURCES',
  /** A source citing an article that is neither in the load nor in the graph. */
  SOURCE_ARTICLE_UNKNOWN: 'SOURCE_ARTICLE_UNKNOWN',
  /** Sources citing articles outside a partial load, which therefore were not checked (a warning). */
  SOURCE_NOT_CHECKED: 'SOURCE_NOT_CHECKED',
  /** A name mixing letters of several scripts (a Cyrillic "а" among Latin letters): UTS #39's mixed-script check. */
  MIXED_SCRIPTS: 'MIXED_SCRIPTS',
  /** Two entities of one kind whose names are alike once folded and confusables mapped (a warning). */
  NAMESAKE: 'NAMESAKE',
  /** A family or given name that is not a word of the name. */
  NAME_PART_NOT_IN_NAME: 'NAME_PART_NOT_IN_NAME',
  /** A post the grid of a role should find (a People's Committee's chairman) that names no role (a warning). */
  ROLE_MISSING: 'ROLE_MISSING',
  /** A path or folder of a load that does not exist or holds no data file. */
  NO_SUCH_INPUT: 'NO_SUCH_INPUT',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

export interface Issue {
  code: IssueCode;
  /** The file, or the submission's input (`article`, `entities[2]`). */
  input: string;
  /** JSONPath within it, e.g. `$.statements[3].person`. */
  path: string;
  message: string;
}

/** `INPUT: $.path: message`, the form the seed command prints. */
export function formatIssue(issue: Issue): string {
  return `${issue.input}: ${issue.path}: ${issue.message}`;
}

/** Carries every problem found, so that a command can print them all and a test can assert each one. */
export class ValidationError extends Error {
  override name = 'ValidationError';

  constructor(readonly issues: readonly Issue[]) {
    super(`The input is not valid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${issues.map(formatIssue).join('\n')}`);
  }
}

/** Collects a validation's errors and warnings. */
export class Issues {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  /**
   * Ids of articles whose files declare them but could not be read (their problems are among the errors): a
   * source citing one is not reported again as citing an unknown article.
   */
  readonly unreadArticles = new Set<string>();

  /** A copy, to validate again from what reading found without what an earlier validation added. */
  copy(): Issues {
    const copy = new Issues();
    copy.errors.push(...this.errors);
    copy.warnings.push(...this.warnings);
    this.unreadArticles.forEach((id) => copy.unreadArticles.add(id));
    return copy;
  }

  error(code: IssueCode, input: string, path: string, message: string): void {
    this.errors.push({ code, input, path, message });
  }

  warn(code: IssueCode, input: string, path: string, message: string): void {
    this.warnings.push({ code, input, path, message });
  }

  /** Throws a ValidationError with every error when there is any. */
  throwIfAny(): void {
    if (this.errors.length > 0) throw new ValidationError(this.errors);
  }
}
