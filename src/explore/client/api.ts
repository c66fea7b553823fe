/** Sends the generated operations to the public endpoint, the one any client uses. */
import type { TypedDocumentString } from '../generated/graphql.js';

export const GRAPHQL_ENDPOINT = '/graphql';

const cache = new Map<string, Promise<unknown>>();

/** Answers are cached for the page's life: the graph changes only when articles are loaded. */
export function request<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const body = JSON.stringify({ query: document.toString(), variables });
  const cached = cache.get(body);
  if (cached) return cached as Promise<Result>;
  const answer = send<Result>(body);
  cache.set(body, answer);
  answer.catch(() => cache.delete(body));
  return answer;
}

/** An answer's errors, kept whole: the review desk shows a refused submission's problems where they are. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly errors: { message: string; extensions?: { code?: string; problems?: { input: string; path: string; message: string }[] } }[],
  ) {
    super(errors.map((error) => error.message).join('; ') || `HTTP ${status}`);
  }
}

/**
 * With an API key (the review desk's editor), never cached: drafts change as the editor works. The key goes in the
 * Authorization header only, never in an address.
 */
export function requestWithKey<Result, Variables>(
  key: string,
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  return send<Result>(JSON.stringify({ query: document.toString(), variables }), { authorization: `Bearer ${key}` });
}

async function send<Result>(body: string, headers: Record<string, string> = {}): Promise<Result> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body,
  });
  const answer = (await response.json()) as { data?: Result | null; errors?: ApiError['errors'] };
  if (answer.errors?.length || !answer.data) throw new ApiError(response.status, answer.errors ?? []);
  return answer.data;
}
