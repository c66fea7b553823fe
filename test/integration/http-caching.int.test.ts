/**
 * What browser apps and caches get from the HTTP layer: GET queries cacheable with an ETag (304 when unchanged),
 * automatic persisted queries run by their hash, and CORS preflights answered for allowed origins only.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
const ALLOWED = 'https://newsroom.example';

beforeAll(async () => {
  api = await startTestApi({ config: { corsOrigins: [ALLOWED], cacheMaxAgeSeconds: 120 } });
});
afterAll(async () => {
  await api.stop();
});

/** Apollo's CSRF prevention wants a header no simple cross-site request can carry; a browser app sends it. */
const PREFLIGHTED = { 'apollo-require-preflight': 'true' };
const QUERY = '{ awardPresentations(first: 1) { edges { node { presenter { name } } } } }';

describe('GET queries', () => {
  it('are public for CACHE_MAX_AGE_SECONDS, and a repeat with the ETag answers 304 without a body', async () => {
    const url = `${api.url}?query=${encodeURIComponent(QUERY)}`;
    const first = await fetch(url, { headers: PREFLIGHTED });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }] } },
    });
    expect(first.headers.get('cache-control')).toBe('public, max-age=120');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await fetch(url, { headers: { ...PREFLIGHTED, 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');

    const changed = await fetch(url, { headers: { ...PREFLIGHTED, 'if-none-match': '"something-else"' } });
    expect(changed.status).toBe(200);
  });

  it('are not cacheable when they fail, nor are POSTs', async () => {
    const failing = await fetch(`${api.url}?query=${encodeURIComponent('{ people(first: 1, after: "forged") { totalCount } }')}`, {
      headers: PREFLIGHTED,
    });
    expect(failing.headers.get('cache-control')).toBeNull();
    expect(failing.headers.get('etag')).toBeNull();
    const post = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBeNull();
  });

  it('still need a preflight-forcing header: CSRF prevention is unchanged', async () => {
    const response = await fetch(`${api.url}?query=${encodeURIComponent(QUERY)}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });
});

describe('automatic persisted queries', () => {
  it('run a query by its SHA-256 once the server has seen it, over GET too', async () => {
    const sha256Hash = createHash('sha256').update(QUERY).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const post = (body: object) =>
      fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }).then((response) =>
        response.json(),
      );

    expect(await post({ extensions })).toMatchObject({ errors: [{ extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }] });
    expect(await post({ query: QUERY, extensions })).toMatchObject({
      data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }] } },
    });
    expect(await post({ extensions })).toMatchObject({
      data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }] } },
    });

    const byHash = await fetch(`${api.url}?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { headers: PREFLIGHTED });
    expect(byHash.status).toBe(200);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=120');
    expect(await byHash.json()).toMatchObject({
      data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }] } },
    });
  });

  it("refuse a hash that does not match its query, as the client's error", async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      errors: [{ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(api.url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization' },
    });

  it('answers a preflight from an allowed origin with the methods and headers a client app sends', async () => {
    const response = await preflight(ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('vary')).toMatch(/origin/i);
  });

  it('gives another origin no Access-Control-Allow-Origin, so its browser refuses the answer', async () => {
    const response = await preflight('https://elsewhere.example');
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const post = await fetch(api.url, {
      method: 'POST',
      headers: { origin: 'https://elsewhere.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });
});
