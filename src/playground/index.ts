/**
 * The GraphQL playground: GraphiQL 3 and React 18, served from this app's own node_modules (no CDN), so it
 * works offline. A browser asking /graphql for HTML gets the page; everything else goes to the API.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendBody } from '../http/responses.js';
import { EXAMPLE_QUERIES, KEYED_EXAMPLE } from './examples.js';

const require = createRequire(import.meta.url);

/** Files inside packages, found from each package's own folder (their `exports` do not list the UMD builds). */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css; charset=utf-8' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript; charset=utf-8' },
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript; charset=utf-8' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript; charset=utf-8' },
};

function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), file);
}

export const PLAYGROUND_ASSET_PREFIX = '/playground/';

/** JSON inside a <script>: `<` escaped so that no string in it can close the script element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * The page holds no script or style of its own (they are the assets main.js and page.css), so that its Content
 * Security Policy allows only files of this origin (src/http/securityHeaders.ts).
 */
function playgroundHtml(): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>officials-graph · GraphQL playground</title>
  <link rel="stylesheet" href="${PLAYGROUND_ASSET_PREFIX}graphiql.min.css" />
  <link rel="stylesheet" href="${PLAYGROUND_ASSET_PREFIX}page.css" />
</head>
<body>
  <div id="graphiql">Loading the playground…</div>
  <script src="${PLAYGROUND_ASSET_PREFIX}react.production.min.js"></script>
  <script src="${PLAYGROUND_ASSET_PREFIX}react-dom.production.min.js"></script>
  <script src="${PLAYGROUND_ASSET_PREFIX}graphiql.min.js"></script>
  <script src="${PLAYGROUND_ASSET_PREFIX}main.js"></script>
</body>
</html>`;
}

/** What starts GraphiQL on the page: the endpoint and the example tabs. */
function playgroundScript(endpoint: string): string {
  const tabs = [
    ...EXAMPLE_QUERIES.map((example) => ({
      query: example.query,
      variables: example.variables ? JSON.stringify(example.variables, null, 2) : undefined,
    })),
    { query: KEYED_EXAMPLE.query, headers: JSON.stringify(KEYED_EXAMPLE.headers, null, 2) },
  ];
  return `const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, { fetcher, defaultTabs: ${scriptJson(tabs)}, defaultEditorToolsVisibility: true }),
);
`;
}

/** Asset bodies are read once, at start: a missing package fails the start, not a user's first visit. */
export function createPlayground(endpoint: string) {
  const html = Buffer.from(playgroundHtml());
  const assets = new Map([
    ...Object.entries(ASSETS).map(
      ([name, asset]) => [name, { body: readFileSync(packageFile(asset.pkg, asset.file)), type: asset.type }] as const,
    ),
    ['main.js', { body: Buffer.from(playgroundScript(endpoint)), type: 'text/javascript; charset=utf-8' }] as const,
    ['page.css', { body: Buffer.from('html, body, #graphiql { height: 100%; margin: 0; }\n'), type: 'text/css; charset=utf-8' }] as const,
  ]);

  return {
    /** True when the request is a browser navigating to the endpoint (it wants HTML and sends no query). */
    wantsPage(request: IncomingMessage, url: URL): boolean {
      return request.method === 'GET' && !url.searchParams.has('query') && (request.headers.accept ?? '').includes('text/html');
    },
    servePage(response: ServerResponse): void {
      sendBody(response, 200, html, 'text/html; charset=utf-8', 'no-cache');
    },
    /** Serves /playground/<asset>; false when the path is not one of the assets. */
    serveAsset(pathname: string, response: ServerResponse): boolean {
      const asset = assets.get(pathname.slice(PLAYGROUND_ASSET_PREFIX.length));
      if (!pathname.startsWith(PLAYGROUND_ASSET_PREFIX) || !asset) return false;
      sendBody(response, 200, asset.body, asset.type, 'public, max-age=86400');
      return true;
    },
  };
}
