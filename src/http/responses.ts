/** Answers formed outside GraphQL execution (a body too large, bad JSON, a timeout), shaped like GraphQL responses. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorCode } from '../errors.js';

export function sendJson(response: ServerResponse, status: number, value: unknown, contentType = 'application/json; charset=utf-8'): void {
  const body = JSON.stringify(value);
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) });
  response.end(body);
}

/** A page or an asset held in memory, with how long browsers and caches may keep it. */
export function sendBody(response: ServerResponse, status: number, body: Buffer, type: string, cacheControl: string): void {
  response.writeHead(status, { 'content-type': type, 'content-length': body.length, 'cache-control': cacheControl });
  response.end(body);
}

export function sendJsonError(response: ServerResponse, status: number, code: ErrorCode, message: string, requestId: string): void {
  sendJson(response, status, { errors: [{ message, extensions: { code, requestId } }] });
}

export class BodyTooLargeError extends Error {}

/** The body as text, refused as soon as it is known to exceed `maxBytes` (by its Content-Length or as it arrives). */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
