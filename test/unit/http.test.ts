/** The HTTP helpers that decide media types, caching and CORS, without a server. */
import { HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { cacheControl, chooseMediaType, MEDIA_TYPES } from '../../src/http/graphqlOverHttp.js';
import { etagOf, matchesIfNoneMatch } from '../../src/http/etag.js';

describe('GraphQL over HTTP', () => {
  it('answers JSON without an Accept header, and graphql-response+json when preferred, as Apollo does', () => {
    expect(chooseMediaType(new HeaderMap())).toBe(MEDIA_TYPES.APPLICATION_JSON);
    expect(chooseMediaType(new HeaderMap([['accept', 'application/graphql-response+json, application/json;q=0.9']]))).toBe(
      MEDIA_TYPES.APPLICATION_GRAPHQL_RESPONSE_JSON,
    );
    expect(chooseMediaType(new HeaderMap([['accept', 'application/json']]))).toBe(MEDIA_TYPES.APPLICATION_JSON);
    expect(chooseMediaType(new HeaderMap([['accept', 'text/html']]))).toBeUndefined();
  });

  it('lets caches keep an answer for max-age, or revalidate each time with 0', () => {
    expect(cacheControl(60)).toBe('public, max-age=60');
    expect(cacheControl(0)).toBe('public, no-cache');
  });

  it('gives the same body the same strong ETag and matches If-None-Match lists, weak or not', () => {
    const etag = etagOf('{"data":{}}');
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(etagOf('{"data":{}}')).toBe(etag);
    expect(etagOf('{"data":{"x":1}}')).not.toBe(etag);
    expect(matchesIfNoneMatch(`"other", W/${etag}`, etag)).toBe(true);
    expect(matchesIfNoneMatch('*', etag)).toBe(true);
    expect(matchesIfNoneMatch('"other"', etag)).toBe(false);
    expect(matchesIfNoneMatch(undefined, etag)).toBe(false);
  });
});
