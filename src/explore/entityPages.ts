/**
 * The explorer's stable addresses, /explore/entity/<id>: the explorer's page, served with what search engines and
 * link previews read in it, built from the graph (src/export/jsonld.ts): a title and a description naming the
 * entity, its canonical address, and its schema.org JSON-LD in a `<script type="application/ld+json">`, a data
 * block the page's Content Security Policy lets be (it is never executed). The page's script then shows the entity
 * as the explorer does (src/explore/client/route.ts reads the address). An entity merged into another answers with
 * a permanent redirect to the one it became; an unknown one with the page and 404.
 */
import type { ServerResponse } from 'node:http';
import { entityPage } from '../db/cypher/pages.js';
import type { Database } from '../db/database.js';
import { DatabaseUnavailableError } from '../errors.js';
import { ENTITY_PATH, entityJsonLd, entityPath, pageSummary } from '../export/jsonld.js';
import { sendBody } from '../http/responses.js';
import { labelOfId, nodeSpec } from '../model/index.js';

/** Text for an HTML attribute or element. */
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);

/**
 * JSON inside a `<script>` element: nothing in it may close the element or open a comment, so `<`, `>` and `&` are
 * written as JSON escapes (which parse back to the same text), and so are the line separators JSON allows and
 * JavaScript once did not.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The explorer's page with the entity's head: its title, description, canonical address and JSON-LD. */
export function withEntityHead(page: string, head: { title: string; description: string; canonical: string; jsonLd?: unknown }): string {
  const tags = [
    `<link rel="canonical" href="${escapeHtml(head.canonical)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:type" content="website" />`,
    ...(head.jsonLd === undefined ? [] : [`<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>`]),
  ].join('\n  ');
  return page
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(head.title)} · officials-graph</title>`)
    .replace(
      /<meta name="description" content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeHtml(head.description)}" />`,
    )
    .replace('</head>', () => `  ${tags}\n</head>`);
}

export function createEntityPages(database: Database, shell: { page: Buffer; built: boolean }) {
  const template = shell.page.toString('utf8');
  return {
    /** The entity id an address names, or undefined for an address that is no entity page. */
    idOf(pathname: string): string | undefined {
      if (!pathname.startsWith(ENTITY_PATH) || pathname.length === ENTITY_PATH.length) return undefined;
      try {
        return decodeURIComponent(pathname.slice(ENTITY_PATH.length));
      } catch {
        return undefined;
      }
    },

    async serve(id: string, response: ServerResponse): Promise<void> {
      const label = labelOfId(id);
      const kind = label === undefined ? undefined : nodeSpec(label).kind;
      if (!shell.built || label === undefined || (kind !== 'registry' && kind !== 'fact')) {
        sendBody(response, shell.built ? 404 : 503, shell.page, 'text/html; charset=utf-8', 'no-cache');
        return;
      }
      let row: Record<string, unknown> | undefined;
      try {
        [row] = await database.read(entityPage(label, id));
      } catch (error) {
        // The page still loads; its script tells the reader when the API answers again.
        if (!(error instanceof DatabaseUnavailableError)) throw error;
        sendBody(response, 503, shell.page, 'text/html; charset=utf-8', 'no-cache');
        return;
      }
      if (typeof row?.mergedInto === 'string') {
        response.writeHead(301, { location: entityPath(row.mergedInto), 'cache-control': 'no-cache' });
        response.end();
        return;
      }
      const node = row?.node as Record<string, unknown> | null | undefined;
      if (!node) {
        sendBody(response, 404, shell.page, 'text/html; charset=utf-8', 'no-cache');
        return;
      }
      const html = withEntityHead(template, { ...pageSummary(label, node), canonical: entityPath(id), jsonLd: entityJsonLd(label, node) });
      sendBody(response, 200, Buffer.from(html), 'text/html; charset=utf-8', 'no-cache');
    },
  };
}
