/**
 * Who a client is, for the limits per client (expensive operations, wrong keys): its address as the socket
 * sees it, or, behind a proxy the operator declares (TRUST_PROXY), the last address of X-Forwarded-For, the one
 * that proxy added (earlier entries are whatever the client sent).
 */
import type { IncomingMessage } from 'node:http';

export function clientAddress(request: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers['x-forwarded-for'];
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').at(-1)?.trim();
    if (last) return last;
  }
  return request.socket.remoteAddress ?? 'unknown';
}
