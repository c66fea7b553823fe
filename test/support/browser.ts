/**
 * Debian's Chromium, headless, for the browser tests: no browser download (the machine has no network for it),
 * and none of Chromium's background traffic, which this machine's closed network refuses.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: install it (Debian: sudo apt-get install chromium), then run the tests again.`,
    );
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Records every Content Security Policy violation the page reports (the `securitypolicyviolation` event, from the
 * first script on), to be read with `violations()` once the page has been used.
 */
export async function watchCspViolations(page: Page): Promise<{ violations(): Promise<string[]> }> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective}: ${event.blockedURI}`));
  });
  return { violations: () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []) };
}

/**
 * A page whose requests may reach `origin` only (the page must work offline); the rest are refused and
 * remembered, with the page's errors and the Content Security Policy's violations, for the test to assert none.
 */
export async function offlinePage(
  context: BrowserContext,
  origin: string,
): Promise<{ page: Page; foreign: string[]; errors: string[]; csp: Awaited<ReturnType<typeof watchCspViolations>> }> {
  const page = await context.newPage();
  // The explorer runs under the service's Content Security Policy: nothing it does may be refused by it.
  const csp = await watchCspViolations(page);
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith(origin)) return route.continue();
    foreign.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return { page, foreign, errors, csp };
}
