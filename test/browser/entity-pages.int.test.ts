/**
 * Pages that explain themselves: each entity's stable address (/explore/entity/<id>) serves the explorer with the
 * entity's schema.org JSON-LD, title, description and canonical address, built from the graph. In headless Chromium,
 * offline (any request leaving the server fails the test) and under the service's Content Security Policy (any
 * violation fails it): the JSON-LD is parsed as the browser holds it, the explorer shows the entity with its
 * Wikidata link, and in-app links still work. On the fictional graph of test/fixtures/interop, whose values the
 * test knows.
 */
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadArticleFiles } from '../../src/load/loader.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { launchChromium, watchCspViolations } from '../support/browser.js';

const FIXTURE = 'test/fixtures/interop';

let api: TestApi;
let browser: Browser;
let origin: string;

type Thing = Record<string, unknown> & { '@type': string };

beforeAll(async () => {
  execFileSync('npm', ['run', '--silent', 'build:explore'], { stdio: 'inherit' });
  api = await startTestApi({ seed: false });
  await loadArticleFiles(api.database, [`${FIXTURE}/articles`], { reset: true, registryDir: `${FIXTURE}/registry` });
  origin = new URL(api.url).origin;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

/** Opens an address offline under the page policy; returns the page, once the explorer says its view is ready. */
async function open(path: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
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
  const response = await page.goto(`${origin}${path}`);
  await page.waitForSelector('body[data-ready]', { timeout: 15_000 });
  return { page, response, csp, foreign, errors, close: () => context.close() };
}

/** The page's JSON-LD, as the browser parses it from the document. */
function jsonLd(page: Page): Promise<{ '@context': string; '@graph': Thing[] }[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('script[type="application/ld+json"]')).map(
      (script) => JSON.parse(script.textContent ?? '') as never,
    ),
  );
}

describe("an entity's stable address", () => {
  it('a person: JSON-LD Person with the QID and each post as a Role with its dates; the Wikidata link; no CSP violation', async () => {
    const { page, response, csp, foreign, errors, close } = await open('/explore/entity/person:nguyen-van-mau');
    expect(response!.status()).toBe(200);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self'");
    const [document] = await jsonLd(page);
    expect(document!['@context']).toBe('https://schema.org');
    const [person] = document!['@graph'];
    expect(person).toMatchObject({
      '@type': 'Person',
      '@id': '/explore/entity/person:nguyen-van-mau',
      name: 'Nguyễn Văn Mẫu',
      familyName: 'Nguyễn',
      givenName: 'Mẫu',
      sameAs: 'https://www.wikidata.org/wiki/Q999999999999',
      memberOf: [
        {
          '@type': 'OrganizationRole',
          roleName: 'Chủ tịch UBND tỉnh Ví Dụ',
          startDate: '2020-07-03',
          endDate: '2022-10',
          memberOf: {
            '@type': 'GovernmentOrganization',
            '@id': '/explore/entity/org:ubnd-tinh-vi-du',
            name: 'UBND tỉnh Ví Dụ',
            sameAs: 'https://www.wikidata.org/wiki/Q999999999998',
          },
        },
      ],
    });
    expect(person!.subjectOf).toEqual([
      expect.objectContaining({
        '@type': 'NewsArticle',
        url: 'https://example.org/vi-du/2020-07-03-bau-chu-tich',
        datePublished: '2020-07-03T11:00:00',
      }),
      expect.objectContaining({ '@type': 'NewsArticle', datePublished: '2022-11' }),
    ]);
    // What a link preview reads (the page as served, before any script), and the address search engines keep.
    const served = await (await fetch(`${origin}/explore/entity/person:nguyen-van-mau`)).text();
    expect(served).toContain('<title>Nguyễn Văn Mẫu · officials-graph</title>');
    expect(served).toContain('<meta property="og:title" content="Nguyễn Văn Mẫu" />');
    expect(served).toMatch(/<meta name="description" content="Nguyễn Văn Mẫu: Chủ tịch UBND tỉnh Ví Dụ\. [^"]*" \/>/);
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('/explore/entity/person:nguyen-van-mau');
    // The explorer shows the entity, with its QID as a link to its page.
    await expect.poll(() => page.textContent('#entity-name')).toBe('Nguyễn Văn Mẫu');
    const wikidata = page.locator('a[data-scheme="wikidata"]');
    expect(await wikidata.textContent()).toBe('Wikidata Q999999999999');
    expect(await wikidata.getAttribute('href')).toBe('https://www.wikidata.org/wiki/Q999999999999');
    expect(await page.getAttribute('a.permalink', 'href')).toBe('/explore/entity/person:nguyen-van-mau');
    expect(await csp.violations()).toEqual([]);
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('a person who attended an event: the Event attended, and a seat held without dates as a Role with none', async () => {
    const { page, csp, close } = await open('/explore/entity/person:le-thi-thu?lang=en');
    const [document] = await jsonLd(page);
    const [person, ...events] = document!['@graph'];
    expect(person!.memberOf).toEqual([
      {
        '@type': 'OrganizationRole',
        roleName: 'Ủy viên Ban Thường vụ Tỉnh ủy Ví Dụ',
        memberOf: {
          '@type': 'Organization',
          '@id': '/explore/entity/org:ban-thuong-vu-tinh-uy-vi-du',
          name: 'Ban Thường vụ Tỉnh ủy Ví Dụ',
          alternateName: 'Standing Board of the Ví Dụ Provincial Party Committee',
        },
      },
    ]);
    expect(events).toEqual([
      {
        '@type': 'Event',
        '@id': '/explore/entity/event:ky-hop-thu-muoi-hdnd-tinh-vi-du',
        name: 'Kỳ họp thứ mười HĐND tỉnh Ví Dụ',
        startDate: '2020-07-03',
        attendee: { '@id': '/explore/entity/person:le-thi-thu' },
      },
    ]);
    // In English, as the address asks.
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await csp.violations()).toEqual([]);
    await close();
  });

  it('an event, a post and an award presentation: Event with organizer, place and attendees; the post a Role with its holders', async () => {
    const event = await open('/explore/entity/event:ky-hop-thu-muoi-hdnd-tinh-vi-du');
    const [eventDocument] = await jsonLd(event.page);
    expect(eventDocument!['@graph'][0]).toMatchObject({
      '@type': 'Event',
      name: 'Kỳ họp thứ mười HĐND tỉnh Ví Dụ',
      alternateName: "Tenth session of the Ví Dụ Provincial People's Council",
      startDate: '2020-07-03',
      location: { '@type': 'Place', '@id': '/explore/entity/place:tinh-vi-du', name: 'Ví Dụ' },
      organizer: { '@type': 'GovernmentOrganization', name: 'HĐND tỉnh Ví Dụ' },
      attendee: [{ '@type': 'Person', '@id': '/explore/entity/person:le-thi-thu', name: 'Lê Thị Thử' }],
    });
    expect(await event.csp.violations()).toEqual([]);
    await event.close();

    const post = await open('/explore/entity/position:chu-tich-ubnd-tinh-vi-du');
    const [postDocument] = await jsonLd(post.page);
    expect(postDocument!['@graph']).toEqual([
      expect.objectContaining({ '@type': 'Role', roleName: 'Chủ tịch UBND tỉnh Ví Dụ' }),
      expect.objectContaining({
        '@type': 'GovernmentOrganization',
        name: 'UBND tỉnh Ví Dụ',
        member: [
          {
            '@type': 'OrganizationRole',
            roleName: 'Chủ tịch UBND tỉnh Ví Dụ',
            startDate: '2020-07-03',
            endDate: '2022-10',
            member: { '@type': 'Person', '@id': '/explore/entity/person:nguyen-van-mau', name: 'Nguyễn Văn Mẫu' },
          },
        ],
      }),
    ]);
    // A link inside the explorer still moves to its view (the hash names it).
    await post.page.click('a.entity-link.kind-Person');
    await expect.poll(() => post.page.textContent('#entity-name')).toBe('Nguyễn Văn Mẫu');
    expect(await post.csp.violations()).toEqual([]);
    await post.close();

    const presentation = await open('/explore/entity/presentation:bang-khen-chu-tich-ubnd-tinh-vi-du--ky-hop-thu-muoi');
    const [presentationDocument] = await jsonLd(presentation.page);
    expect(presentationDocument!['@graph'][0]).toMatchObject({
      '@type': 'Event',
      name: 'Bằng khen của Chủ tịch UBND tỉnh Ví Dụ',
      description: '3 cá nhân có thành tích xuất sắc',
      startDate: '2020-07-03',
      superEvent: { '@type': 'Event', '@id': '/explore/entity/event:ky-hop-thu-muoi-hdnd-tinh-vi-du' },
      attendee: [{ '@type': 'Person', name: 'Lê Thị Thử' }],
    });
    await presentation.close();
  });

  it('answers 404 for an unknown entity, and sends a merged one to the entity it became', async () => {
    expect((await fetch(`${origin}/explore/entity/person:nobody`)).status).toBe(404);
    expect((await fetch(`${origin}/explore/entity/claim:x`)).status).toBe(404);
    const admin = (await issueKey(api.database, { name: 'pages-admin', role: 'admin', expiresIn: 3_600_000 })).token;
    const merged = await api.graphql(
      'mutation { mergeEntities(keepId: "org:hdnd-tinh-vi-du", mergeId: "org:ban-thuong-vu-tinh-uy-vi-du", reason: "a test of the redirect") { id } }',
      {},
      { token: admin },
    );
    expect(merged.errors).toBeUndefined();
    const moved = await fetch(`${origin}/explore/entity/org:ban-thuong-vu-tinh-uy-vi-du`, { redirect: 'manual' });
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe('/explore/entity/org:hdnd-tinh-vi-du');
  });
});
