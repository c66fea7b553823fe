/**
 * A newsroom tool for the write API, written with urql's core client: it reads an article's text, asks the API for
 * a draft (`extractDraft`), prints what an editor reviews (each statement with its confidence, the entities the
 * graph would gain, the sentences nobody read), then submits the draft (`submitArticle`) with the editor's key and
 * prints what the API did: CREATED, REPLACED or UNCHANGED, the statements added, the warnings and the audit entry,
 * or why it refused (every problem of an invalid submission by input and path; a missing key, a role too low, too
 * many writes).
 *
 *   OFFICIALS_GRAPH_KEY=ogk_… npx tsx examples/client/submit.ts article.txt --url https://… --published 2024-05-01 [http://localhost:4000/graphql]
 *
 * Arguments: the text file first, then the options, then the API's endpoint (default http://localhost:4000/graphql).
 * Options: --url (the article's address; it makes the article's id), --published (YYYY-MM-DD, or a date-time with
 * its offset: the year of dates printed without one), --publisher, --replace (replace what the article stated
 * before), --draft-only (print the review and submit nothing). The key (an editor's) is read from the environment
 * variable OFFICIALS_GRAPH_KEY and only ever sent, as `Authorization: Bearer <key>`: never printed.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Client, fetchExchange, gql, type CombinedError } from '@urql/core';

export const DEFAULT_ENDPOINT = 'http://localhost:4000/graphql';
export const KEY_VARIABLE = 'OFFICIALS_GRAPH_KEY';

const EXTRACT_DRAFT = gql`
  query ExtractDraft($text: String!, $url: String, $published: String, $publisher: String) {
    extractDraft(text: $text, url: $url, published: $published, publisher: $publisher) {
      json
      articleId
      statements {
        id
        kind
        quotes
        confidence
        rule
      }
      proposed {
        id
        collection
        name
        json
      }
      unread {
        quote
        reason
      }
    }
  }
`;

const SUBMIT_ARTICLE = gql`
  mutation SubmitArticle($input: ArticleSubmission!) {
    submitArticle(input: $input) {
      status
      article {
        id
        title
        url
      }
      statementsAdded
      statementsRemoved
      entitiesAdded
      factsDerived
      warnings
      auditId
    }
  }
`;

export interface ArticleMeta {
  url?: string;
  published?: string;
  publisher?: string;
}

export interface Draft {
  /** The draft article file, as JSON text: what is submitted as `article`. */
  json: string;
  articleId: string;
  statements: { id: string; kind: string; quotes: string[]; confidence: number; rule: string }[];
  proposed: { id: string; collection: string; name: string; json: string }[];
  unread: { quote: string; reason: string }[];
}

export type WriteStatus = 'CREATED' | 'REPLACED' | 'UNCHANGED';

export interface SubmitOutcome {
  status: WriteStatus;
  article: { id: string; title: string | null; url: string | null };
  statementsAdded: number;
  statementsRemoved: number;
  entitiesAdded: number;
  factsDerived: number;
  warnings: string[];
  auditId: string | null;
}

/** One problem of an invalid submission: which input (`article`, `entities[1]`), where in it (a JSONPath), and what. */
export interface Problem {
  input: string;
  path: string;
  message: string;
}

/** What the API refused, as it said it: its error code, its message, the problems and the seconds to wait, when given. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly problems: readonly Problem[] = [],
    readonly httpStatus?: number,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A client that sends the key, when there is one, with every request (drafting too, for a service whose reads need one). */
export function createWriteClient(url: string, key?: string): Client {
  return new Client({
    url,
    exchanges: [fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => (key ? { headers: { authorization: `Bearer ${key}` } } : {}),
  });
}

/** The API's answer as an ApiError: the first error's code and message, with the problems and Retry-After it gives. */
export function apiErrorOf(error: CombinedError): ApiError {
  const response = error.response as Response | undefined;
  const httpStatus = typeof response?.status === 'number' ? response.status : undefined;
  const retryAfter = Number(response?.headers?.get('retry-after') ?? Number.NaN);
  const retryAfterSeconds = Number.isFinite(retryAfter) ? retryAfter : undefined;
  const [first] = error.graphQLErrors;
  if (!first) {
    const reason = error.networkError?.message ?? error.message;
    return new ApiError(
      'NETWORK_ERROR',
      `The API could not be reached or did not answer GraphQL: ${reason}`,
      [],
      httpStatus,
      retryAfterSeconds,
    );
  }
  const extensions = (first.extensions ?? {}) as { code?: unknown; problems?: unknown };
  const problems = Array.isArray(extensions.problems) ? (extensions.problems as Problem[]) : [];
  return new ApiError(String(extensions.code ?? 'UNKNOWN'), first.message, problems, httpStatus, retryAfterSeconds);
}

export async function draftArticle(client: Client, text: string, meta: ArticleMeta = {}): Promise<Draft> {
  const result = await client
    .query(EXTRACT_DRAFT, { text, url: meta.url, published: meta.published, publisher: meta.publisher })
    .toPromise();
  if (result.error) throw apiErrorOf(result.error);
  return (result.data as { extractDraft: Draft }).extractDraft;
}

/** Submits a draft as it is: its article file, the text, and the entities it proposes (the graph lacks them). */
export async function submitDraft(client: Client, text: string, draft: Draft, options: { replace?: boolean } = {}): Promise<SubmitOutcome> {
  const input = {
    article: draft.json,
    text,
    entities: draft.proposed.map(({ collection, json }) => ({ collection, json })),
    replace: options.replace ?? false,
  };
  const result = await client.mutation(SUBMIT_ARTICLE, { input }).toPromise();
  if (result.error) throw apiErrorOf(result.error);
  return (result.data as { submitArticle: SubmitOutcome }).submitArticle;
}

const clip = (text: string, length = 100) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

/** What an editor reviews before submitting. */
export function describeDraft(draft: Draft): string[] {
  const lines = [`Draft of ${draft.articleId}: ${draft.statements.length} statement(s).`];
  for (const statement of draft.statements) {
    lines.push(`  [${statement.confidence.toFixed(2)}] ${statement.kind} ${statement.id} (${statement.rule})`);
    for (const quote of statement.quotes) lines.push(`         "${clip(quote)}"`);
  }
  lines.push(
    draft.proposed.length === 0
      ? 'No new entities: every one the draft names is in the registry.'
      : `New entities (${draft.proposed.length}):`,
  );
  for (const entity of draft.proposed) lines.push(`  ${entity.collection}: ${entity.id} "${entity.name}"`);
  if (draft.unread.length > 0) lines.push(`Sentences not read (${draft.unread.length}), to check by hand:`);
  for (const sentence of draft.unread) lines.push(`  "${clip(sentence.quote)}" (${sentence.reason})`);
  return lines;
}

export function describeOutcome(outcome: SubmitOutcome): string[] {
  const lines = [
    `${outcome.status}: ${outcome.article.id}: ${outcome.statementsAdded} statement(s) added, ${outcome.statementsRemoved} removed, ` +
      `${outcome.entitiesAdded} entit${outcome.entitiesAdded === 1 ? 'y' : 'ies'} added, ${outcome.factsDerived} fact(s) derived.`,
  ];
  for (const warning of outcome.warnings) lines.push(`  warning: ${warning}`);
  lines.push(outcome.auditId ? `  audit entry: ${outcome.auditId}` : '  nothing was written (the same submission is stored already).');
  return lines;
}

/** Why the API refused, in lines an editor can act on. */
export function describeError(error: ApiError): string[] {
  switch (error.code) {
    case 'BAD_USER_INPUT':
      if (error.problems.length === 0) return [`Refused (BAD_USER_INPUT): ${error.message}`];
      return [
        `Refused (BAD_USER_INPUT): the submission has ${error.problems.length} problem(s):`,
        ...error.problems.map((problem) => `  ${problem.input}: ${problem.path}: ${problem.message}`),
      ];
    case 'UNAUTHENTICATED':
      return [`Refused (UNAUTHENTICATED): no valid API key; set ${KEY_VARIABLE} to an active editor's key. The API said: ${error.message}`];
    case 'FORBIDDEN':
      return [`Refused (FORBIDDEN): the key's role does not allow this; submitting needs an editor's key. The API said: ${error.message}`];
    case 'RATE_LIMITED':
      return [
        error.retryAfterSeconds === undefined
          ? `Refused (RATE_LIMITED): too many writes with this key. The API said: ${error.message}`
          : `Refused (RATE_LIMITED): too many writes with this key; try again in ${error.retryAfterSeconds} s (Retry-After).`,
      ];
    case 'CONFLICT':
      return [`Refused (CONFLICT): ${error.message}`, '  Run again with --replace to replace what the article stated before.'];
    default:
      return [`Refused (${error.code}${error.httpStatus ? `, HTTP ${error.httpStatus}` : ''}): ${error.message}`];
  }
}

const USAGE = `usage: ${KEY_VARIABLE}=ogk_… npx tsx examples/client/submit.ts <article.txt> [--url <url>] [--published <date>] [--publisher <name>] [--replace] [--draft-only] [endpoint]`;

/**
 * The command line: reads the text, drafts, prints the review, submits and prints the outcome. Returns the exit
 * code (0 when the API stored the article or had it already, 1 when it refused, 2 on a usage error or an unreadable file).
 */
export async function run(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  print: (line: string) => void = console.log,
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        published: { type: 'string' },
        publisher: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'draft-only': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    print(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, endpoint = DEFAULT_ENDPOINT, ...extra] = parsed.positionals;
  if (file === undefined || extra.length > 0) {
    print(USAGE);
    return 2;
  }
  const { url, published, publisher, replace } = parsed.values;
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    print(`Cannot read the article's text: ${(error as Error).message}`);
    return 2;
  }
  const key = env[KEY_VARIABLE]?.trim() || undefined;
  const client = createWriteClient(endpoint, key);
  try {
    const draft = await draftArticle(client, text, { url, published, publisher });
    describeDraft(draft).forEach((line) => print(line));
    if (parsed.values['draft-only']) return 0;
    if (!key) print(`${KEY_VARIABLE} is not set: submitting without a key.`);
    describeOutcome(await submitDraft(client, text, draft, { replace })).forEach((line) => print(line));
    return 0;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    describeError(error).forEach((line) => print(line));
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
