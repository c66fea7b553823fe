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

async function send<Result>(body: string): Promise<Result> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body,
  });
  const answer = (await response.json()) as { data?: Result | null; errors?: { message: string }[] };
  if (answer.errors?.length || !answer.data) {
    throw new Error(answer.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
  }
  return answer.data;
}
