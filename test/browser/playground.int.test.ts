/**
 * The playground in a real headless Chromium, offline: every script comes from this server (any other request
 * fails the test), the award example runs, and the presenter's name shows in the result.
 */
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  api = await startTestApi();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

describe('the GraphQL playground', () => {
  it('loads offline, runs the award example and shows the presenter', async () => {
    const page = await browser.newPage();
    const foreignRequests: string[] = [];
    const origin = new URL(api.url).origin;
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      foreignRequests.push(route.request().url());
      return route.abort();
    });
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(api.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    // The first tab holds the award example; run it as a user would.
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toContain('awardPresentations');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('Lại Thanh Sơn');
    expect(await result.innerText()).toContain('"recipientCount": 2');
    await page.screenshot({ path: 'test-results/playground.png' });

    expect(foreignRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
