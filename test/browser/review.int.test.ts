/**
 * The review desk in a real headless Chromium, offline, end to end: three article texts go in through `npm run
 * ingest`, an editor opens /review with a key typed once, and in one draft accepts statements, dates an undated
 * term by hand with the reason for its inferred year, adds the statement the extractor missed by selecting its
 * quote, and links the proposed Nguyễn Văn Sơn to the one of Tuyên Quang among the graph's two; rejects a statement
 * in another; submits both; rejects the third. The graph then answers officeHolders from the reviewed articles, the
 * audit trail holds the three decisions and the acceptance rate counts them. A draft holding markup renders inert.
 * The screenshots (test-results/review-*.png) are the README's.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_ARTICLES_DIR } from '../../src/load/files.js';
import { draftHash, draftIdOf } from '../../src/review/drafts.js';
import { seedTestDatabase, startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, offlinePage } from '../support/browser.js';
import { ACCEPTANCE, DELETE_DRAFTS, DRAFTS, SUBMIT_DRAFT } from '../support/drafts.js';

const RESULTS = 'test-results';
const TUYEN_QUANG_2025 = '304_tuyenquang-2025-nguyen-van-son-hoi-nghi-dau-tu-cong-baotuyenquang';
const TUYEN_QUANG_2020 = '108_tuyenquang-2020-nguyen-van-son-bau-vietnamplus';
const NEW_PROVINCES = '110_tuyenquang-2025-danh-sach-23-tinh-moi-thanhnien';
const INGESTED = [TUYEN_QUANG_2025, TUYEN_QUANG_2020, NEW_PROVINCES];
/** The graph the editor works against: the Tuyên Quang and Hà Giang articles, with both Nguyễn Văn Sơn. */
const SEEDED = [
  '000_379587cad87146f9',
  '104_hagiang-2016-nguyen-van-son-tai-dac-cu-vietnamplus',
  '107_tuyenquang-2016-pham-minh-huan-tai-dac-cu-chinhphu',
  ...INGESTED,
];
const PROPOSED = 'person:nguyen-van-son';
const TUYEN_QUANG_SON = 'person:nguyen-van-son-tuyen-quang';

const read = (name: string, extension: string) => readFileSync(join(DEFAULT_ARTICLES_DIR, `${name}.${extension}`), 'utf8');
/** The gold data file of an article: what the test's editor knows to be right (its dates, its missed statement). */
const gold = (name: string) =>
  JSON.parse(read(name, 'json')) as {
    article: { publisher: string };
    statements: { id: string; quotes: string[]; [field: string]: unknown }[];
  };
const draftOf = (name: string) => draftIdOf(draftHash(read(name, 'txt')));

let api: TestApi;
let browser: Browser;
let context: BrowserContext;
let origin: string;
const tokens = {} as Record<'reader' | 'editor' | 'admin', string>;
let ingestOutput: string;

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:explore'], { stdio: 'inherit' });
  mkdirSync(RESULTS, { recursive: true });
  api = await startTestApi({ seed: false, config: { writes: { ...loadConfig().writes, perKeyPerMinute: 100_000 } } });
  await seedTestDatabase(
    api.database,
    SEEDED.map((name) => join(DEFAULT_ARTICLES_DIR, `${name}.json`)),
  );
  await api.database.write([DELETE_DRAFTS]);
  for (const role of ['reader', 'editor', 'admin'] as const)
    tokens[role] = (await issueKey(api.database, { name: `desk-${role}`, role, expiresIn: 3_600_000 })).token;
  // The three texts as an editor has them: a folder of .txt files, each with its publisher in a sidecar (no URL:
  // the article ids then come from the texts, apart from the gold articles of the same texts).
  const folder = mkdtempSync(join(tmpdir(), 'review-ingest-'));
  for (const name of INGESTED) {
    writeFileSync(join(folder, `${name}.txt`), read(name, 'txt'));
    writeFileSync(join(folder, `${name}.meta.json`), JSON.stringify({ publisher: gold(name).article.publisher }));
  }
  ingestOutput = execFileSync('npm', ['run', '--silent', 'ingest', '--', folder], { encoding: 'utf8', env: process.env });
  origin = new URL(api.url).origin;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await api?.database.write([DELETE_DRAFTS]);
  await api?.stop();
});

const ready = (page: Page, view: string) => page.waitForSelector(`body[data-ready="${view}"]`);

/** The draft is checked (no check pending) and the validator finds nothing. */
async function checkedClean(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('.view[data-checking]'));
  await page.waitForSelector('[data-testid="no-problems"]');
}

/** Types the key once, as an editor does on a new tab (sessionStorage is the tab's). */
async function enterKey(page: Page, token: string): Promise<void> {
  await ready(page, 'key');
  await page.fill('input[name="key"]', token);
  await page.click('.review-key button');
}

async function openDraft(page: Page, id: string): Promise<void> {
  await page.click(`li[data-draft="${id}"] a`);
  await ready(page, 'draft');
}

async function linkNguyenVanSon(page: Page): Promise<{ ids: string[]; namesakes: number }> {
  await page.click(`li[data-proposal="${PROPOSED}"] button`);
  await page.waitForSelector('[data-candidate]');
  const candidates = {
    ids: await page.$$eval('[data-candidate]', (buttons) => buttons.map((button) => button.getAttribute('data-candidate')!)),
    namesakes: await page.locator('.review-candidates [data-namesake]').count(),
  };
  await page.click(`[data-candidate="${TUYEN_QUANG_SON}"]`);
  await page.waitForSelector(`li[data-proposal="${PROPOSED}"] >> text=${TUYEN_QUANG_SON}`);
  return candidates;
}

async function acceptPending(page: Page): Promise<void> {
  for (;;) {
    const next = page.locator('.review-statement.decision-pending').first();
    if ((await next.count()) === 0) return;
    // By the keyboard: the card selected, then "a".
    await next.locator('.review-statement-head').click();
    await page.keyboard.press('a');
  }
}

describe('the review desk', () => {
  it('ingested the three texts as pending drafts', () => {
    expect(ingestOutput).toContain('3 new draft(s)');
  });

  it('takes an editor from the queue to published facts', { timeout: 150_000 }, async () => {
    const { page, foreign, errors, csp } = await offlinePage(context, origin);
    await page.goto(`${origin}/review`);
    await enterKey(page, tokens.editor);
    await ready(page, 'queue');
    expect(await page.textContent('[data-count="pending"]')).toMatch(/^3 /);
    // The key is in the session's storage, never in the address.
    expect(page.url()).not.toContain(tokens.editor.slice(-12));
    expect(await page.evaluate(() => Object.values(sessionStorage))).toEqual([expect.stringMatching(/^ogk_/)]);
    await page.screenshot({ path: `${RESULTS}/review-queue.png`, fullPage: true });

    // 2025: accept, date a term, add the missed statement, link the person.
    const conference = gold(TUYEN_QUANG_2025);
    await openDraft(page, draftOf(TUYEN_QUANG_2025));
    const marked = await page.$$eval('[data-testid="draft-text"] mark', (marks) => marks.length);
    expect(marked).toBeGreaterThan(0);
    // The only Nguyễn Văn Sơn holding the post the draft gives him is linked already; the editor checks the candidates.
    await page.waitForSelector(`li[data-proposal="${PROPOSED}"] >> text=${TUYEN_QUANG_SON}`);
    const candidates = await linkNguyenVanSon(page);
    // Both namesakes are candidates, flagged as such; the one holding the post the draft names comes first.
    expect(candidates.ids.slice(0, 2)).toEqual([TUYEN_QUANG_SON, 'person:nguyen-van-son-ha-giang']);
    expect(candidates.namesakes).toBeGreaterThanOrEqual(2);
    const attested = conference.statements.find((statement) => statement.id === 'nguyen-van-son-chu-tich-ubnd-attested')!.attestedOn as {
      value: string;
      inferred: string;
    };
    const chair = page.locator('[data-statement="nguyen-van-son-chu-tich-ubnd-tinh-tuyen-quang"]');
    await chair.locator('[data-date="attestedOn"]').fill(attested.value);
    await chair.locator('[data-inferred="attestedOn"]').fill(attested.inferred);
    await chair.locator('[data-precision="attestedOn"]').selectOption('day');
    await chair.locator('[data-date-form="attestedOn"] button').click();
    await expect.poll(() => chair.getAttribute('class')).toContain('decision-edited');
    // The extractor's note said the article gives no date: edited away, by "e" and the statement's JSON.
    await chair.locator('.review-statement-head').click();
    await page.keyboard.press('e');
    const edited = JSON.parse(await chair.locator('textarea').inputValue()) as Record<string, unknown>;
    expect(edited.attestedOn).toEqual(attested);
    delete edited.note;
    await chair.locator('textarea').fill(JSON.stringify(edited, null, 2));
    await chair.locator('.review-editor button').first().click();
    // The deputy secretary's post, which the extractor did not read: its quote selected in the text, then "n".
    const missed = conference.statements.find((statement) => statement.id === 'nguyen-van-son-pho-bi-thu-attested')!;
    await selectInText(page, missed.quotes[0]!);
    await page.keyboard.press('n');
    const added = { ...missed, id: 'added-1', person: TUYEN_QUANG_SON };
    await page.fill('[data-statement="added-1"] textarea', JSON.stringify(added, null, 2));
    await page.click('[data-statement="added-1"] .review-editor button');
    await acceptPending(page);
    await checkedClean(page);
    await page.screenshot({ path: `${RESULTS}/review-draft.png`, fullPage: true });
    await page.click('.review-submit');
    await page.waitForSelector('[data-testid="decided"]');

    // 2020: a statement rejected (the session's organizer, which the extractor took for the 2025 council).
    await page.click('a[href="#/"]');
    await ready(page, 'queue');
    await openDraft(page, draftOf(TUYEN_QUANG_2020));
    await linkNguyenVanSon(page);
    await page.locator('[data-statement="event-organizer"] .review-statement-head').click();
    await page.keyboard.press('r');
    await acceptPending(page);
    await checkedClean(page);
    await page.click('.review-submit');
    await page.waitForSelector('[data-testid="decided"]');

    // The third rejected whole, found by its publisher; a quote edited away from the text is the validator's
    // problem, shown under its statement, before that.
    await page.click('a[href="#/"]');
    await ready(page, 'queue');
    await page.selectOption('.review-filters select[name="publisher"]', gold(NEW_PROVINCES).article.publisher);
    await page.click('.review-filters button[type="submit"]');
    await ready(page, 'queue');
    expect(await page.$$eval('li[data-draft]', (rows) => rows.map((row) => row.getAttribute('data-draft')))).toEqual([
      draftOf(NEW_PROVINCES),
    ]);
    await openDraft(page, draftOf(NEW_PROVINCES));
    const first = page.locator('.review-statement').first();
    await first.locator('.review-statement-head').click();
    await page.keyboard.press('e');
    const broken = JSON.parse(await first.locator('textarea').inputValue()) as { quotes: string[] };
    broken.quotes = ['Một câu không có trong bài.'];
    await first.locator('textarea').fill(JSON.stringify(broken));
    // Another statement accepted meanwhile renders the page again (as a check's answer does): what was typed stays.
    await page.locator('.review-statement').nth(1).locator('.review-actions button').first().click();
    expect(await first.locator('textarea').inputValue()).toBe(JSON.stringify(broken));
    await first.locator('.review-editor button').first().click();
    await expect.poll(() => first.locator('ul.error').textContent(), { timeout: 15_000 }).toContain('$.statements[0].quotes[0]');
    await page.fill('.review-reject input[name="reason"]', 'a list of provinces, no official named');
    await page.click('.review-reject button');
    await page.waitForSelector('[data-testid="decided"]');
    expect({ foreign, errors, csp: await csp.violations() }).toEqual({ foreign: [], errors: [], csp: [] });
    await page.close();

    // The graph answers from the reviewed articles.
    const drafts = (await api.graphql(DRAFTS, { filter: {} }, { token: tokens.editor })).data!.drafts;
    expect(drafts.counts).toEqual({ pending: 0, submitted: 2, rejected: 1 });
    const articleOf = async (name: string) =>
      (await api.graphql(`query($id: ID!) { draft(id: $id) { submittedAs } }`, { id: draftOf(name) }, { token: tokens.editor })).data!.draft
        .submittedAs as string;
    const reviewed2025 = await articleOf(TUYEN_QUANG_2025);
    const reviewed2020 = await articleOf(TUYEN_QUANG_2020);
    const holders = await api.graphql(
      `query($position: ID!, $on: Date) { officeHolders(positionId: $position, on: $on) { person { id } attestedOn sources { article { id } } } }`,
      { position: 'position:chu-tich-ubnd-tinh-tuyen-quang', on: attested.value },
    );
    const tenure = holders.data!.officeHolders.find((held: { person: { id: string } }) => held.person.id === TUYEN_QUANG_SON);
    expect(tenure.attestedOn).toBe(attested.value);
    expect(tenure.sources.map((source: { article: { id: string } }) => source.article.id)).toEqual(
      expect.arrayContaining([reviewed2025, reviewed2020]),
    );
    const deputy = await api.graphql(
      `query($position: ID!) { officeHolders(positionId: $position) { person { id } sources { article { id } } } }`,
      {
        position: 'position:pho-bi-thu-tinh-uy-tuyen-quang',
      },
    );
    expect(
      deputy.data!.officeHolders.some(
        (held: { person: { id: string }; sources: { article: { id: string } }[] }) =>
          held.person.id === TUYEN_QUANG_SON && held.sources.some((source) => source.article.id === reviewed2025),
      ),
    ).toBe(true);
    // No third Nguyễn Văn Sơn: the proposal was linked in both drafts.
    expect((await api.graphql(`{ node(id: "${PROPOSED}") { id } }`)).data!.node).toBeNull();

    // The audit trail holds the three decisions.
    const trail = (
      await api.graphql('{ auditTrail(first: 10) { edges { node { action keyName details } } } }', {}, { token: tokens.admin })
    ).data!.auditTrail.edges as { node: { action: string; keyName: string; details: string } }[];
    const decisions = trail
      .map(({ node }) => ({
        action: node.action,
        keyName: node.keyName,
        draftId: (JSON.parse(node.details) as { draftId?: string }).draftId,
      }))
      .filter((decision) => decision.draftId !== undefined);
    expect(decisions).toEqual([
      { action: 'rejectDraft', keyName: 'desk-editor', draftId: draftOf(NEW_PROVINCES) },
      { action: 'submitArticle', keyName: 'desk-editor', draftId: draftOf(TUYEN_QUANG_2020) },
      { action: 'submitArticle', keyName: 'desk-editor', draftId: draftOf(TUYEN_QUANG_2025) },
    ]);

    // The acceptance rate counts them: the rejected organizer, the statement added, the edits (links, the date).
    const rows = (await api.graphql(ACCEPTANCE, { byRule: false }, { token: tokens.editor })).data!.extractorAcceptance as {
      kind: string;
      unchanged: number;
      edited: number;
      rejected: number;
      added: number;
    }[];
    const of = (kind: string) => rows.find((row) => row.kind === kind)!;
    expect(of('organizes')).toMatchObject({ rejected: 1 });
    expect(of('holds').added).toBe(1);
    // Nguyễn Văn Sơn's name, linked in both drafts, is an edit of each.
    expect(of('name').edited).toBe(2);
    const statementCount = async (name: string) =>
      (await api.graphql(`query($id: ID!) { draft(id: $id) { statementCount } }`, { id: draftOf(name) }, { token: tokens.editor })).data!
        .draft.statementCount as number;
    const drafted = rows.reduce((sum, row) => sum + row.unchanged + row.edited + row.rejected, 0);
    expect(drafted).toBe((await statementCount(TUYEN_QUANG_2025)) + (await statementCount(TUYEN_QUANG_2020)));
  });

  it('shows a draft holding markup as text: no element made, no script run', async () => {
    const hostile = `Ông Nguyễn Văn A <img src=x onerror="window.__xss = 'img'"> giữ chức Chủ tịch UBND tỉnh.\n<script>window.__xss = 'script'</script>`;
    const stored = await api.graphql(SUBMIT_DRAFT, { text: hostile, publisher: '<b>Báo</b>' }, { token: tokens.editor });
    expect(stored.errors).toBeUndefined();
    const { page } = await offlinePage(context, origin);
    await page.goto(`${origin}/review`);
    await enterKey(page, tokens.editor);
    await ready(page, 'queue');
    await page.evaluate((id) => (location.hash = `#/draft/${encodeURIComponent(id)}`), stored.data!.submitDraft.draft.id as string);
    await ready(page, 'draft');
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('main script, main b').count()).toBe(0);
    expect(await page.textContent('[data-testid="draft-text"]')).toBe(hostile);
    await page.click('a[href="#/"]');
    await ready(page, 'queue');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
    await page.close();
  });

  it("refuses a reader's key and forgets it", async () => {
    const { page } = await offlinePage(context, origin);
    await page.goto(`${origin}/review`);
    await page.evaluate(() => sessionStorage.clear());
    await page.reload();
    await enterKey(page, tokens.reader);
    await ready(page, 'queue');
    expect(await page.textContent('[role="alert"]')).toContain('Khóa bị từ chối');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('li[data-draft]').count()).toBe(0);
    await page.close();
  });
});

/** Selects `quote` in the draft's text as a reader would with the mouse, across the marks that cut it. */
async function selectInText(page: Page, quote: string): Promise<void> {
  await page.evaluate((wanted) => {
    const panel = document.querySelector('[data-testid="draft-text"]')!;
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    const nodes: { node: Text; start: number }[] = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node: node as Text, start: text.length });
      text += node.textContent;
    }
    const start = text.indexOf(wanted);
    if (start < 0) throw new Error(`not in the text: ${wanted}`);
    const end = start + wanted.length;
    const at = (offset: number) => {
      const found = [...nodes].reverse().find((candidate) => candidate.start <= offset)!;
      return { node: found.node, offset: offset - found.start };
    };
    const range = document.createRange();
    const from = at(start);
    const to = at(end);
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, quote);
}
