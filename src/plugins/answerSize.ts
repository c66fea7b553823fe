/**
 * A bound on the size of an answer, checked before it is serialized. The query limits (queryLimits.ts) count
 * fields, not bytes: one stored text read under many aliases is a small query and an answer as large as the heap,
 * which JSON.stringify would exhaust. The answer's size is counted from the result Apollo Server is about to
 * serialize, without building its text, and an answer past MAX_RESPONSE_BYTES becomes a RESPONSE_TOO_LARGE error.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../context.js';
import { ErrorCode } from '../errors.js';

/**
 * The bytes `value` takes as JSON (UTF-8), counted up to `limit`: past it, the count stops and returns at once
 * with a number above `limit`. Escapes are not counted, so it is an estimate from below by at most the escapes.
 */
export function jsonSizeWithin(value: unknown, limit: number): number {
  let size = 0;
  // Iterative: an answer is as deep as its query, and a stack of our own never overflows Node's.
  const pending: unknown[] = [value];
  while (pending.length > 0 && size <= limit) {
    const item = pending.pop();
    if (typeof item === 'string') size += Buffer.byteLength(item, 'utf8') + 2;
    else if (typeof item === 'number' || typeof item === 'boolean') size += String(item).length;
    else if (item === null || item === undefined) size += 4;
    else if (Array.isArray(item)) {
      size += 1 + item.length;
      for (const element of item) pending.push(element);
    } else if (typeof item === 'object') {
      const entries = Object.entries(item);
      size += 1 + entries.length;
      for (const [key, inner] of entries) {
        size += Buffer.byteLength(key, 'utf8') + 3;
        pending.push(inner);
      }
    }
  }
  return size;
}

export function answerSizePlugin(options: { maxResponseBytes: number }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.data === undefined || body.singleResult.data === null) return;
          if (jsonSizeWithin(body.singleResult.data, options.maxResponseBytes) <= options.maxResponseBytes) return;
          body.singleResult = {
            data: null,
            errors: [
              {
                message:
                  'The answer is larger than this service sends (MAX_RESPONSE_BYTES): ask for fewer fields, fewer aliases or smaller pages.',
                extensions: { code: ErrorCode.RESPONSE_TOO_LARGE },
              },
            ],
          };
        },
      };
    },
  };
}
