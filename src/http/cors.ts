/**
 * CORS for browser apps on other origins, with the `cors` package. A preflight is answered here, before Apollo
 * Server; the request that follows still passes Apollo's CSRF prevention (a JSON content type or a
 * preflight-forcing header), so allowing origins opens nothing to forms or simple requests of other sites.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from 'cors';

export interface CorsOptions {
  /** `*` or the origins allowed (config CORS_ORIGINS). */
  origins: '*' | readonly string[];
}

/** Returns a function that adds the CORS headers and answers preflights; it returns true when it answered. */
export function createCors({ origins }: CorsOptions): (request: IncomingMessage, response: ServerResponse) => boolean {
  const middleware = cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'POST'],
    // Authorization carries the write API's key (a bearer token, not a cookie): no credentials mode is needed.
    allowedHeaders: ['content-type', 'accept', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'if-none-match'],
    exposedHeaders: ['x-request-id', 'etag', 'retry-after'],
    // Browsers cap this (Chromium at 2 hours); it spares a preflight per request.
    maxAge: 7200,
  });
  return (request, response) => {
    let passed = false;
    // With static options the middleware runs synchronously: it either calls next or ends a preflight.
    middleware(request, response, () => {
      passed = true;
    });
    return !passed;
  };
}
