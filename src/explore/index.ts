/**
 * Serves the explorer at /explore: the page built by `npm run build:explore` (vite, into dist/explore; `npm start`
 * and the browser test build it first). Like the playground, everything comes from this server, so it works
 * offline; the page talks to the public /graphql endpoint only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { sendBody } from '../http/responses.js';

export const EXPLORE_PATH = '/explore';
/** The review desk, built with the explorer (review.html beside its index.html): editors' work, not a view of the graph. */
export const REVIEW_PATH = '/review';
/**
 * Where the built page is: beside the sources in dist/explore, or, when the service itself runs compiled from
 * dist/src (npm run build), in dist/explore beside it.
 */
const DIST =
  [new URL('../../dist/explore/', import.meta.url), new URL('../../explore/', import.meta.url)].find((candidate) =>
    existsSync(new URL('index.html', candidate)),
  ) ?? new URL('../../dist/explore/', import.meta.url);

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const NOT_BUILT = Buffer.from(`<!doctype html><meta charset="utf-8"><title>Explorer not built</title>
<p>The explorer has not been built: run <code>npm run build:explore</code> (<code>npm start</code> does it).</p>`);

/** The files are read once, at start; their names carry a content hash, so browsers may keep them. */
export function createExplore(dist: URL = DIST) {
  const root = dist.pathname;
  const built = existsSync(join(root, 'index.html'));
  const page = built ? readFileSync(join(root, 'index.html')) : NOT_BUILT;
  const reviewPage = built && existsSync(join(root, 'review.html')) ? readFileSync(join(root, 'review.html')) : NOT_BUILT;
  const assets = new Map<string, { body: Buffer; type: string }>();
  if (built && existsSync(join(root, 'assets'))) {
    for (const name of readdirSync(join(root, 'assets'))) {
      assets.set(`${EXPLORE_PATH}/assets/${name}`, {
        body: readFileSync(join(root, 'assets', name)),
        type: TYPES[extname(name)] ?? 'application/octet-stream',
      });
    }
  }

  return {
    /** The explorer's page (or, before it is built, a page that says so), for the pages served with an entity's head. */
    page,
    built,
    /** Answers GET /explore, /explore/, /review and /explore/assets/<file>; false for any other path. */
    serve(pathname: string, response: ServerResponse): boolean {
      if (pathname === EXPLORE_PATH || pathname === `${EXPLORE_PATH}/`) {
        sendBody(response, built ? 200 : 503, page, 'text/html; charset=utf-8', 'no-cache');
        return true;
      }
      if (pathname === REVIEW_PATH) {
        sendBody(response, reviewPage === NOT_BUILT ? 503 : 200, reviewPage, 'text/html; charset=utf-8', 'no-cache');
        return true;
      }
      const asset = assets.get(pathname);
      if (!asset) return false;
      sendBody(response, 200, asset.body, asset.type, 'public, max-age=31536000, immutable');
      return true;
    },
  };
}
