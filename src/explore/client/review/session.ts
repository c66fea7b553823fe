/**
 * The editor's key for the review desk: typed once, kept in this tab's sessionStorage (gone when the tab closes),
 * sent only in the Authorization header (api.ts), never put in an address, where history and logs would keep it.
 */
import { ApiError, requestWithKey } from '../api.js';
import type { TypedDocumentString } from '../../generated/graphql.js';

const STORAGE_KEY = 'officials-graph.editor-key';

export const storedKey = (): string | null => sessionStorage.getItem(STORAGE_KEY);
export const keepKey = (key: string) => sessionStorage.setItem(STORAGE_KEY, key.trim());
export const forgetKey = () => sessionStorage.removeItem(STORAGE_KEY);

/** Whether an error is the API refusing the key (401 or 403): then the desk asks for another. */
export const isRefusal = (error: unknown) => error instanceof ApiError && (error.status === 401 || error.status === 403);

/** An operation with the stored key; one refused forgets the key, so that the desk asks again. */
export async function ask<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const key = storedKey();
  if (key === null) throw new ApiError(401, [{ message: 'no key', extensions: { code: 'UNAUTHENTICATED' } }]);
  try {
    return await requestWithKey(key, document, variables);
  } catch (error) {
    if (isRefusal(error)) forgetKey();
    throw error;
  }
}
