/**
 * The explorer's grid of a role in a real headless Chromium, offline, over the whole of seed/articles: the
 * provinces' chairs 2016–2025 on 1 July. Every cell the page shows is the API's `roleGrid` answer (status and
 * holders), the coverage line gives the API's figures, the downloaded CSV holds the same place-years and holders,
 * and a holder opens the tenure with the quotes that state it. The screenshot (test-results/explore-grid.png) is
 * the README's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, offlinePage } from '../support/browser.js';

const RESULTS = 'test-results';
const ROLE = 'role:chu-tich-ubnd-tinh';

let api: TestApi;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:explore'], { stdio: 'inherit' });
  mkdirSync(RESULTS, { recursive: true });
  api = await startTestApi({ seed: 'all' });
  origin = new URL(api.url).origin;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

interface ApiCell {
  year: number;
  date: string;
  status: string;
  holders: { id: string; certainty: string; person: { id: string } }[];
}
interface ApiGrid {
  coverage: { certain: number; possible: number; unknown: number; total: number };
  rows: { place: { id: string }; cells: ApiCell[] }[];
}

/** The grid as a client app gets it from the API, asked here apart from the page. */
async function apiGrid(): Promise<ApiGrid> {
  const answer = await api.graphql<{ roleGrid: ApiGrid }>(`{ roleGrid(roleId: "${ROLE}", fromYear: 2016, toYear: 2025, day: "07-01") {
    coverage { certain possible unknown total }
    rows { place { id } cells { year date status holders { id certainty person { id } } } } } }`);
  expect(answer.errors).toBeUndefined();
  return answer.data!.roleGrid;
}

/** RFC 4180 lines into fields: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n') {
      rows.push([...row, field.replace(/\r$/, '')]);
      row = [];
      field = '';
    } else field += char;
  }
  return rows;
}

describe("the grid of the provinces' chairs", () => {
  it('shows what the API answers, cell by cell, downloads it as CSV, and opens a tenure with its sources', async () => {
    const grid = await apiGrid();
    const statuses = new Set(grid.rows.flatMap((row) => row.cells.map((cell) => cell.status)));
    // The seed articles leave every kind of cell: known for certain, only possibly, and not at all.
    expect([...statuses]).toEqual(expect.arrayContaining(['CERTAIN', 'POSSIBLE', 'UNKNOWN']));

    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const { page, foreign, errors, csp } = await offlinePage(context, origin);
    await page.goto(`${origin}/explore#/grid`, { waitUntil: 'load' });
    await page.locator('body[data-ready="grid"]').waitFor({ timeout: 60_000 });

    // Every row and cell: the place, the status, and the tenures linked in it, in the API's order.
    const shown = await page.locator('table.grid tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        place: row.getAttribute('data-place'),
        cells: Array.from(row.querySelectorAll('td')).map((cell) => ({
          year: Number(cell.getAttribute('data-year')),
          status: cell.getAttribute('data-status'),
          tenures: Array.from(cell.querySelectorAll('a.holder')).map((link) => decodeURIComponent(link.getAttribute('href')!)),
        })),
      })),
    );
    expect(shown).toEqual(
      grid.rows.map((row) => ({
        place: row.place.id,
        cells: row.cells.map((cell) => ({
          year: cell.year,
          status: cell.status,
          tenures: cell.holders.map((holder) => `#/entity/${holder.id}`),
        })),
      })),
    );
    const { certain, possible, unknown, total } = grid.coverage;
    expect(await page.locator('.coverage').innerText()).toContain(
      `Biết chắc ${certain} trên ${total} ô tỉnh-năm; có thể: ${possible}; chưa biết: ${unknown}.`,
    );
    // Two people in office for certain on one day are marked as an overlap; nobody known, as a gap.
    const overlaps = grid.rows.flatMap((row) =>
      row.cells.filter((cell) => cell.holders.filter((holder) => holder.certainty === 'CERTAIN').length > 1),
    );
    expect(await page.locator('td[data-overlap]').count()).toBe(overlaps.length);
    expect(await page.locator('td.status-UNKNOWN').count()).toBe(
      grid.rows.flatMap((row) => row.cells.filter((cell) => cell.status === 'UNKNOWN')).length,
    );
    await page.screenshot({ path: `${RESULTS}/explore-grid.png` });

    // The CSV: one line per holder of each cell (one with empty holder columns for a cell without), the same facts.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.csv-link').click()]);
    expect(download.suggestedFilename()).toBe('chu-tich-ubnd-tinh_2016-2025_07-01.csv');
    const [header, ...lines] = parseCsv(readFileSync((await download.path())!, 'utf8'));
    expect(header).toEqual(['place_id', 'place', 'year', 'date', 'status', 'tenure_id', 'person_id', 'person', 'position_id', 'certainty']);
    const column = (name: string) => header!.indexOf(name);
    expect(
      lines.map((line) => ['place_id', 'year', 'date', 'status', 'tenure_id', 'person_id', 'certainty'].map((name) => line[column(name)])),
    ).toEqual(
      grid.rows.flatMap((row) =>
        row.cells.flatMap((cell) =>
          (cell.holders.length > 0 ? cell.holders : [undefined]).map((holder) => [
            row.place.id,
            String(cell.year),
            cell.date,
            cell.status,
            holder?.id ?? '',
            holder?.person.id ?? '',
            holder?.certainty ?? '',
          ]),
        ),
      ),
    );

    // A holder known for certain opens the tenure, with the sentences that state it.
    const tenure = grid.rows.flatMap((row) => row.cells.flatMap((cell) => cell.holders)).find((holder) => holder.certainty === 'CERTAIN')!;
    await page.locator(`a.holder[href="#/entity/${tenure.id}"]`).first().click();
    await page.locator('body[data-ready="entity"]').waitFor({ timeout: 30_000 });
    expect(page.url()).toContain(`#/entity/${tenure.id}`);
    await expect.poll(() => page.locator('.sources blockquote').count(), { timeout: 15_000 }).toBeGreaterThan(0);

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    expect(await csp.violations()).toEqual([]);
    await context.close();
  });
});
