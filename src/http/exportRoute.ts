/**
 * The exports as downloads: `GET /export/ftm.jsonl`, `/export/ftm-statements.jsonl`, `/export/popolo.json` stream
 * what `npm run export` writes (src/export/formats.ts), a page of the graph at a time, with backpressure: the graph
 * is read only as fast as the client takes it, and memory stays bounded by a page whatever the graph's size. They
 * are reads, open to anyone unless READS_REQUIRE_KEY says otherwise; a key that is sent must be valid. Each
 * reads the whole graph, so at most MAX_CONCURRENT_EXPORTS run at once (others get 429 with Retry-After).
 *
 * The first chunk is produced before the answer's headers are sent, so that a database that does not answer gives
 * a 503 with a JSON error; a failure after that can only cut the stream short, which a client sees as a broken
 * transfer (no final chunk), never as a complete file.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Authenticate } from '../auth/authenticate.js';
import type { Database } from '../db/database.js';
import { RateLimitedError, UnauthenticatedError } from '../errors.js';
import { exportChunks, FORMAT_FILES, type ExportFormat } from '../export/formats.js';
import type { Logger } from '../log.js';

export const EXPORT_PREFIX = '/export/';

/** The downloads, by file name under /export/. */
export const EXPORT_ROUTES: Readonly<Record<string, ExportFormat>> = {
  'ftm.jsonl': 'ftm',
  'ftm-statements.jsonl': 'ftm-statements',
  'popolo.json': 'popolo',
};

/** Exports streaming at once: each holds a Neo4j session per page and a client's pace, not the graph. */
export const MAX_CONCURRENT_EXPORTS = 2;
const RETRY_AFTER_SECONDS = 10;

export interface ExportRouteOptions {
  database: Database;
  authenticate: Authenticate;
  readsRequireKey: boolean;
  logger: Logger;
}

export function createExportRoute({ database, authenticate, readsRequireKey, logger }: ExportRouteOptions) {
  let running = 0;
  return {
    /** The format a path downloads, or undefined for a path that is no export. */
    formatOf(pathname: string): ExportFormat | undefined {
      return pathname.startsWith(EXPORT_PREFIX) ? EXPORT_ROUTES[pathname.slice(EXPORT_PREFIX.length)] : undefined;
    },

    async serve(request: IncomingMessage, response: ServerResponse, format: ExportFormat, requestId: string): Promise<void> {
      const caller = await authenticate(request.headers.authorization);
      if (readsRequireKey && caller.key === null) throw new UnauthenticatedError();
      if (running >= MAX_CONCURRENT_EXPORTS) throw new RateLimitedError(RETRY_AFTER_SECONDS, 'exports at once');
      running += 1;
      const chunks = exportChunks(database, format);
      try {
        const first = await chunks.next();
        const { mediaType, fileName } = FORMAT_FILES[format];
        response.writeHead(200, {
          'content-type': mediaType,
          'content-disposition': `attachment; filename="${fileName}"`,
          // The graph changes with every write: a download is as of the moment it is made.
          'cache-control': 'no-store',
        });
        if (request.method === 'HEAD') {
          response.end();
          return;
        }
        async function* rest(): AsyncGenerator<string> {
          if (!first.done) yield first.value;
          yield* chunks;
        }
        await pipeline(Readable.from(rest()), response);
      } catch (error) {
        if (!response.headersSent) throw error;
        // The headers are out: all that can be done is to cut the transfer short, so that it is not taken whole.
        logger.error('export stream failed', { requestId, format, error: String(error) });
        response.destroy();
      } finally {
        running -= 1;
        await chunks.return(undefined);
      }
    },
  };
}
