/**
 * The head of an entity's page (src/explore/entityPages.ts) and its address in the explorer (route.ts): nothing a
 * value holds can end the JSON-LD's script element or an attribute, and the stable address names the entity's view.
 */
import { describe, expect, it } from 'vitest';
import { hashOfAddress, entityAddress, parseRoute } from '../../src/explore/client/route.js';
import { scriptJson, withEntityHead } from '../../src/explore/entityPages.js';
import { entityPath } from '../../src/export/jsonld.js';

const PAGE = `<!doctype html>
<html lang="vi">
<head>
  <meta charset="utf-8" />
  <meta name="description" content="Officials, positions and their connections." />
  <title>Khám phá quan chức · officials-graph</title>
  <script type="module" crossorigin src="/explore/assets/index.js"></script>
</head>
<body></body>
</html>`;

describe('the head of an entity page', () => {
  it('JSON in a script element cannot close it, and parses back to the same value', () => {
    const value = { name: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('replaces the title and description, and adds the canonical address, the preview tags and the JSON-LD', () => {
    const html = withEntityHead(PAGE, {
      title: 'Lê "Thị" <Thử>',
      description: 'A & B',
      canonical: entityPath('person:le-thi-thu'),
      jsonLd: { '@context': 'https://schema.org', '@graph': [{ '@type': 'Person', name: '</script>' }] },
    });
    expect(html).toContain('<title>Lê &quot;Thị&quot; &lt;Thử&gt; · officials-graph</title>');
    expect(html).toContain('<meta name="description" content="A &amp; B" />');
    expect(html).toContain('<link rel="canonical" href="/explore/entity/person:le-thi-thu" />');
    expect(html).toContain('<meta property="og:title" content="Lê &quot;Thị&quot; &lt;Thử&gt;" />');
    const script = /<script type="application\/ld\+json">(.*)<\/script>/.exec(html)![1]!;
    expect(JSON.parse(script)).toEqual({ '@context': 'https://schema.org', '@graph': [{ '@type': 'Person', name: '</script>' }] });
    // The page's own script is kept.
    expect(html).toContain('src="/explore/assets/index.js"');
  });
});

describe('the stable address of an entity', () => {
  it('names the entity view, in the language it asks for', () => {
    expect(entityAddress('person:lai-thanh-son', 'vi')).toBe('/explore/entity/person:lai-thanh-son');
    expect(entityAddress('person:lai-thanh-son', 'en')).toBe('/explore/entity/person:lai-thanh-son?lang=en');
    expect(parseRoute(hashOfAddress('/explore/entity/person:lai-thanh-son', '?lang=en'))).toEqual({
      view: 'entity',
      id: 'person:lai-thanh-son',
      hops: 1,
      lang: 'en',
    });
    expect(hashOfAddress('/explore/', '')).toBe('');
    expect(hashOfAddress('/explore/entity/', '')).toBe('');
    expect(entityPath('tenure:a--b')).toBe(entityAddress('tenure:a--b', 'vi'));
  });
});
