/**
 * A browser app on another origin, in a real headless Chromium: a page served from another port queries the API
 * with fetch and shows the answer; served from a port that CORS_ORIGINS does not list, the browser refuses it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

/** The app: one button-less page that runs its query on load and writes the answer, or the error, into #out. */
const appHtml = (apiUrl: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>newsroom</title></head>
<body><pre id="out">loading…</pre>
<script>
fetch(${JSON.stringify(apiUrl)}, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ awardPresentations(first: 1) { edges { node { presenter { name } award { nameEn } } } } }' }),
})
  .then((response) => response.json())
  .then((answer) => { const node = answer.data.awardPresentations.edges[0].node; document.getElementById('out').textContent = node.presenter.name + ' presented the ' + node.award.nameEn; })
  .catch((error) => { document.getElementById('out').textContent = 'refused: ' + error.message; });
</script></body></html>`;

let api: TestApi;
let browser: Browser;
const appServers: Server[] = [];

/** Serves the app on a port of its own (another origin than the API's); returns its origin. */
async function serveApp(): Promise<string> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(appHtml(api.url));
  });
  appServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let allowed: string;
let other: string;

beforeAll(async () => {
  // The app's origins are known once its servers listen, and the API is told the allowed one at its start; the
  // page reads the API's URL when it is requested.
  allowed = await serveApp();
  other = await serveApp();
  api = await startTestApi({ config: { corsOrigins: [allowed] } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await Promise.all(appServers.map((server) => new Promise((resolve) => server.close(resolve))));
});

describe('a browser app on another origin', () => {
  it('queries the API with fetch and shows the answer when its origin is allowed', async () => {
    const page = await browser.newPage();
    await page.goto(allowed);
    await expect
      .poll(() => page.locator('#out').innerText(), { timeout: 15_000 })
      .toBe('Lại Thanh Sơn presented the Certificate of Merit of the Prime Minister');
    await page.screenshot({ path: 'test-results/cross-origin-allowed.png' });
    await page.close();
  });

  it('gets a CORS refusal from its browser when its origin is not allowed', async () => {
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    await page.goto(other);
    await expect.poll(() => page.locator('#out').innerText(), { timeout: 15_000 }).toBe('refused: Failed to fetch');
    await expect
      .poll(() => messages.join('\n'), { timeout: 5_000 })
      .toMatch(/has been blocked by CORS policy.*No 'Access-Control-Allow-Origin' header/);
    process.stdout.write(`Chromium: ${messages.find((line) => line.includes('CORS'))}\n`);
    await page.screenshot({ path: 'test-results/cross-origin-refused.png' });
    await page.close();
  });
});
