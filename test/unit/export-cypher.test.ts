/**
 * The Cypher of the exports, the change feed and the entity pages (src/db/cypher/export.ts, changes.ts, pages.ts),
 * without a database: every value a parameter, never in the text, and each parameter used.
 */
import { describe, expect, it } from 'vitest';
import { changesPage } from '../../src/db/cypher/changes.js';
import { exportArticles, exportPage } from '../../src/db/cypher/export.js';
import { entityPage } from '../../src/db/cypher/pages.js';
import type { CypherQuery } from '../../src/db/database.js';
import { NODE_LABELS } from '../../src/model/index.js';

const HOSTILE = 'x\' }) DETACH DELETE n //"`';

function expectParameterised(query: CypherQuery): void {
  expect(query.cypher).not.toContain(HOSTILE);
  for (const param of Object.keys(query.params)) expect(query.cypher, `$${param}`).toMatch(new RegExp(`\\$${param}\\b`));
  for (const [, used] of query.cypher.matchAll(/\$(\w+)/g)) expect(Object.keys(query.params), `$${used}`).toContain(used);
}

describe('the Cypher of the exports, the feed and the pages', () => {
  it.each(NODE_LABELS)('%s: a page of the export and an entity page take every value as a parameter', (label) => {
    expectParameterised(exportPage(label, HOSTILE));
    expectParameterised(entityPage(label, HOSTILE));
  });

  it('the articles cited, and a page of the change feed', () => {
    expectParameterised(exportArticles([HOSTILE]));
    expectParameterised(changesPage({ epoch: HOSTILE, seq: 3, index: 1 }, 101));
    expect(changesPage(null, 10).params).toEqual({ epoch: null, seq: 0, index: -1, limit: 10 });
  });

  it('an export page leaves out what an export must not copy: an article text', () => {
    expect(exportPage('Article', null).cypher).toContain('text: null');
  });
});
