/**
 * The playground in a real headless Chromium, offline: every script comes from this server (any other request
 * fails the test), the award example runs, and the presenter's name shows in the result. The last tab shows how
 * to pass an API key: run as it is, it is refused; with an admin's key in its Headers pane, it answers.
 */
import type { Browser } from 'playwright-core';
import { issueKey } from '../../src/auth/issueKey.js';
import { launchChromium, watchCspViolations } from '../support/browser.js';
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
    const csp = await watchCspViolations(page);

    const response = await page.goto(api.url, { waitUntil: 'load' });
    // The page runs under a policy that allows only this origin's files.
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
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
    expect(await csp.violations()).toEqual([]);
  });

  it("shows how to pass an API key: the last tab is refused without one and answers with an admin's", async () => {
    const { token } = await issueKey(api.database, { name: 'playground-admin', role: 'admin', expiresIn: 3_600_000 });
    const page = await browser.newPage();
    await page.goto(api.url, { waitUntil: 'load' });
    await page.locator('.graphiql-execute-button').waitFor({ timeout: 30_000 });
    await page.locator('.graphiql-tab').last().click();
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toContain('auditTrail');
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.graphiql-response');
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('UNAUTHENTICATED');

    await page.getByRole('button', { name: 'Headers' }).click();
    await page.evaluate((header) => {
      const editors = Array.from(document.querySelectorAll('.graphiql-editor-tool .CodeMirror')) as (Element & {
        CodeMirror: { setValue(value: string): void };
      })[];
      editors.at(-1)!.CodeMirror.setValue(JSON.stringify({ Authorization: header }));
    }, `Bearer ${token}`);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(() => result.innerText(), { timeout: 15_000 }).toContain('"auditTrail"');
    expect(await result.innerText()).not.toContain('UNAUTHENTICATED');
    await page.screenshot({ path: 'test-results/playground-key.png' });
  });
});
