/**
 * Headers that tell browsers to trust nothing this service did not send: a Content Security Policy that allows
 * only this origin's own files (the playground and the explorer are bundled, so they need nothing else), no MIME
 * sniffing, no framing (clickjacking), and no Referer leaving the pages. Set on every response, pages and API
 * answers alike; an API answer is data, never a document, so its policy allows nothing at all.
 */
import type { ServerResponse } from 'node:http';

/** For HTML pages and their assets. Inline styles are allowed for GraphiQL's editor, which sets them as it runs. */
export const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** For everything that is not a page: JSON answers, errors, redirects. */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function setSecurityHeaders(response: ServerResponse, policy: string = DATA_POLICY): void {
  response.setHeader('content-security-policy', policy);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('x-frame-options', 'DENY');
  response.setHeader('referrer-policy', 'no-referrer');
}
