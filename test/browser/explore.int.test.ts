/**
 * The explorer in a real headless Chromium, offline: every request goes to this server (any other fails the
 * test). A user searches "lai thanh son" without diacritics, opens the person with the keyboard, and sees the
 * tenure on the timeline, the award presentation with its quote, and both in the graph; then follows the graph
 * to the position, switches to English, and draws the path to the Prime Minister. Screenshots at desktop and
 * phone sizes go to test-results/, with the first-load timings and the bundle's size (explore-metrics.json).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, offlinePage } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

const PERSON = 'Lại Thanh Sơn';
/** The post as the explorer names it: its title as printed, with its body, which the title does not name. */
const POSITION = 'Phó Chủ tịch Thường trực UBND tỉnh (UBND tỉnh Bắc Giang)';
const CERTIFICATE = 'Bằng khen của Thủ tướng Chính phủ';
const RESULTS = 'test-results';

let api: TestApi;
let browser: Browser;
let origin: string;
/** Written to test-results/explore-metrics.json when the tests end. */
const metrics: Record<string, unknown> = {};

/** Navigation timings of the page, and how long until the view said it was ready (body[data-ready]). */
function loadTiming(page: Page, view: string) {
  return page.evaluate((ready) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      responseEndMs: Math.round(navigation.responseEnd),
      domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
      loadMs: Math.round(navigation.loadEventEnd),
      // Until the view's data from the API is on the page (the page marks it).
      readyMs: Math.round(performance.getEntriesByName(ready)[0]?.startTime ?? Number.NaN),
      requests: performance.getEntriesByType('resource').length,
      transferredBytes: performance
        .getEntriesByType('resource')
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    };
  }, `explore-ready:${view}`);
}

beforeAll(async () => {
  // The bundle is built from the source under test, as `npm start` builds it (vite takes about a second).
  execFileSync('npm', ['run', '--silent', 'build:explore'], { stdio: 'inherit' });
  mkdirSync(RESULTS, { recursive: true });
  api = await startTestApi();
  origin = new URL(api.url).origin;
  browser = await launchChromium();
});

afterAll(async () => {
  if (Object.keys(metrics).length > 0) {
    const report = { measuredAt: new Date().toISOString(), ...metrics, bundle: bundleSizes() };
    writeFileSync(`${RESULTS}/explore-metrics.json`, `${JSON.stringify(report, null, 2)}\n`);
    console.log('explore metrics', JSON.stringify(report));
  }
  await browser?.close();
  await api?.stop();
});

/** Whether a graph's canvases have any drawn pixel: Cytoscape draws on canvas, so the DOM alone cannot tell. */
function graphIsDrawn(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll<HTMLCanvasElement>(`${sel} canvas`)).some((canvas) => {
        const context = canvas.getContext('2d');
        if (!context || canvas.width === 0 || canvas.height === 0) return false;
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        for (let index = 3; index < data.length; index += 4) if (data[index] !== 0) return true;
        return false;
      }),
    selector,
  );
}

function bundleSizes(): { files: Record<string, { bytes: number; gzipBytes: number }>; firstLoad: { bytes: number; gzipBytes: number } } {
  const dir = 'dist/explore/assets';
  const files: Record<string, { bytes: number; gzipBytes: number }> = {};
  for (const name of readdirSync(dir)) {
    const body = readFileSync(join(dir, name));
    files[name] = { bytes: statSync(join(dir, name)).size, gzipBytes: gzipSync(body).length };
  }
  const html = readFileSync('dist/explore/index.html');
  // What the first page needs: the HTML and the files it names (the entry script, the chunk it shares with the
  // review desk, the stylesheet); Cytoscape's chunk comes with a graph.
  const named = new Set([...html.toString().matchAll(/\/explore\/assets\/([^"]+)"/g)].map((match) => match[1]));
  const first = Object.entries(files).filter(([name]) => named.has(name));
  return {
    files,
    firstLoad: {
      bytes: html.length + first.reduce((sum, [, file]) => sum + file.bytes, 0),
      gzipBytes: gzipSync(html).length + first.reduce((sum, [, file]) => sum + file.gzipBytes, 0),
    },
  };
}

describe('the explorer', () => {
  it('finds Lại Thanh Sơn without diacritics and shows his timeline, facts and graph, offline', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const { page, foreign, errors, csp } = await offlinePage(context, origin);

    await page.goto(`${origin}/explore`, { waitUntil: 'load' });
    await page.locator('body[data-ready="home"]').waitFor({ timeout: 30_000 });
    metrics.overviewFirstLoad = await loadTiming(page, 'home');
    await expect.poll(() => page.locator('.charts').innerText()).toContain('2019');
    expect(await page.locator('.charts').innerText()).toContain('UBND tỉnh Bắc Giang');
    await page.screenshot({ path: `${RESULTS}/explore-home.png`, fullPage: true });

    const search = page.getByRole('combobox', { name: 'Tìm người, cơ quan, chức vụ' });
    await search.pressSequentially('lai thanh son', { delay: 30 });
    const option = page.getByRole('option').filter({ hasText: PERSON });
    await option.first().waitFor({ timeout: 15_000 });
    await expect.poll(() => option.first().getAttribute('aria-selected')).toBe('true');
    await search.press('Enter');

    await page.locator('body[data-ready="entity"]').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain('#/entity/person:lai-thanh-son');
    expect(await page.locator('h1').innerText()).toBe(PERSON);

    // The timeline: the tenure certain on the day the article attests, possible on either side of it (the
    // article gives neither start nor end: one term, five years, each way), drawn apart from the certain day.
    const timeline = page.locator('.timeline');
    expect(await timeline.locator('.row-label').first().innerText()).toBe(POSITION);
    expect(await timeline.locator('.bar.certain').count()).toBe(1);
    expect(await timeline.locator('.bar.possible').count()).toBe(2);
    expect(await timeline.locator('.bar.possible').first().getAttribute('title')).toContain('2014-01-11 – 2019-01-11');
    expect(await timeline.locator('.point').count()).toBeGreaterThanOrEqual(2);
    // The axis spans the possible days, 2014 to 2024.
    const ticks = (await timeline.locator('.tick').allInnerTexts()).map(Number);
    expect(Math.min(...ticks)).toBeLessThanOrEqual(2015);
    expect(Math.max(...ticks)).toBeGreaterThanOrEqual(2023);

    // The facts, each with its quote.
    const presented = page.locator('section[aria-labelledby="presented-title"]');
    expect(await presented.innerText()).toContain(CERTIFICATE);
    expect(await presented.locator('blockquote').first().innerText()).toContain('Thừa ủy quyền của Thủ tướng Chính phủ');
    expect(await page.locator('section[aria-labelledby="tenures-title"] blockquote').first().innerText()).toContain(
      'Dự hội nghị có đồng chí Lại Thanh Sơn',
    );
    expect(await page.locator('section[aria-labelledby="events-title"]').innerText()).toContain(
      'Hội nghị tổng kết công tác văn phòng năm 2018',
    );

    // The graph: drawn, and its entities listed as links.
    const graph = page.locator('.graph').first();
    await expect.poll(() => graph.getAttribute('data-nodes'), { timeout: 15_000 }).not.toBeNull();
    expect(Number(await graph.getAttribute('data-nodes'))).toBeGreaterThanOrEqual(4);
    expect(await graphIsDrawn(page, '.graph')).toBe(true);
    const graphList = await page.locator('.graph-list').innerText();
    for (const expected of [PERSON, POSITION, CERTIFICATE, 'Thủ tướng Chính phủ']) expect(graphList).toContain(expected);
    await page.screenshot({ path: `${RESULTS}/explore-desktop.png`, fullPage: true });
    await page.locator('section[aria-labelledby="graph-title"]').screenshot({ path: `${RESULTS}/explore-graph.png` });

    // Two hops reach the organizations behind the position.
    await page.getByRole('link', { name: '2 bước' }).click();
    await page.locator('body[data-ready="entity"]').waitFor();
    await expect.poll(() => page.locator('.graph-list').innerText(), { timeout: 15_000 }).toContain('UBND tỉnh Bắc Giang');

    // Clicking a neighbour in the drawing moves to it: the position, with its holder over time. The node's place
    // on the canvas comes from the Cytoscape instance that the library registers on its container.
    const graphBox = page.locator('.graph').first();
    await graphBox.scrollIntoViewIfNeeded();
    const point = await graphBox.evaluate((box, id) => {
      const registered = (box as HTMLElement & { _cyreg?: { cy: { $id(id: string): { renderedPosition(): { x: number; y: number } } } } })
        ._cyreg;
      const rect = box.getBoundingClientRect();
      const position = registered!.cy.$id(id).renderedPosition();
      return { x: rect.left + position.x, y: rect.top + position.y };
    }, 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('h1').innerText(), { timeout: 15_000 }).toBe(POSITION);
    await page.locator('body[data-ready="entity"]').waitFor();
    expect(await page.locator('section[aria-labelledby="holders-title"] .timeline .row-label').first().innerText()).toBe(PERSON);
    await page.screenshot({ path: `${RESULTS}/explore-position.png`, fullPage: true });

    // English where the graph has it, from the same URL with lang=en.
    await page.getByRole('link', { name: 'Switch to English' }).click();
    await expect
      .poll(() => page.locator('h1').innerText(), { timeout: 15_000 })
      .toBe("Standing Vice Chairman of the Bắc Giang Provincial People's Committee");
    await page.locator('body[data-ready="entity"]').waitFor();
    expect(page.url()).toContain('#/entity/position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang?lang=en');
    expect(await page.locator('h2').first().innerText()).toBe('Holders');

    // The shortest connection to the Prime Minister: through the presentation, drawn and listed.
    await page.goto(`${origin}/explore#/path?from=person:lai-thanh-son&to=position:thu-tuong-chinh-phu`);
    await page.locator('body[data-ready="path"]').waitFor({ timeout: 30_000 });
    const steps = page.locator('.path-steps > li');
    await expect.poll(() => steps.count(), { timeout: 15_000 }).toBe(3);
    expect(await steps.allInnerTexts()).toEqual([
      expect.stringContaining(PERSON),
      expect.stringContaining(CERTIFICATE),
      expect.stringContaining('Thủ tướng Chính phủ'),
    ]);
    expect(await graphIsDrawn(page, '.path-graph')).toBe(true);
    await page.screenshot({ path: `${RESULTS}/explore-path.png`, fullPage: true });

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await csp.violations()).toEqual([]);
    await context.close();
  });

  it('fits a phone-sized screen', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const { page, foreign, errors, csp } = await offlinePage(context, origin);
    await page.goto(`${origin}/explore#/entity/person:lai-thanh-son`, { waitUntil: 'load' });
    await page.locator('body[data-ready="entity"]').waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.graph').first().getAttribute('data-nodes'), { timeout: 15_000 }).not.toBeNull();
    // A shared link straight to a person: the page, its facts and the graph (with Cytoscape's chunk).
    metrics.personPhoneFirstLoad = await loadTiming(page, 'entity');
    expect(await page.locator('.timeline .row-label').first().innerText()).toBe(POSITION);
    // Nothing wider than the screen: no sideways scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${RESULTS}/explore-phone.png`, fullPage: true });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await csp.violations()).toEqual([]);
    await context.close();
  });
});
