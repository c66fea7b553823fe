/**
 * A small generated corpus (bench/corpus/) loads into Neo4j both ways and makes one graph: its disputes, ranks,
 * namesakes and bounds from different articles go through the loader and the bulk path as the seed's do, and the
 * graph holds what the files state. Leaves the database holding seed/articles, as the other integration tests expect.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../bench/corpus/write.js';
import { DEFAULT_ARTICLES_DIR, loadArticleFiles } from '../../src/load/loader.js';
import { testDatabase } from '../support/database.js';
import { dumpGraph } from '../support/graphDump.js';

const database = testDatabase();
const root = mkdtempSync(join(tmpdir(), 'generated-corpus-'));

afterAll(async () => {
  rmSync(root, { recursive: true, force: true });
  await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { reset: true });
  await database.close();
});

describe('a generated corpus', () => {
  it('loads in bulk into the graph that loading it article by article makes', { timeout: 900_000 }, async () => {
    const written = writeCorpus({ scale: 0.003, seed: 7 }, root);
    const paths = [join(root, 'articles')];
    const registryDir = join(root, 'registry');
    const oneByOne = await loadArticleFiles(database, paths, { registryDir, reset: true, bulk: false });
    const expected = await dumpGraph(database);
    const bulk = await loadArticleFiles(database, paths, { registryDir, reset: true, bulk: true });
    const actual = await dumpGraph(database);
    expect(bulk.nodes).toBe(oneByOne.nodes);
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(actual.feed).toEqual(expected.feed);
    // What the files state is in the graph: every article and statement, a disputed tenure, a namesake.
    expect(bulk.nodesByLabel.Article).toBe(written.articles);
    expect(bulk.nodesByLabel.Claim).toBe(written.statements);
    const [row] = await database.read({
      cypher: `MATCH (t:Tenure {disputed: true}) WITH count(t) AS disputed
               MATCH (p:Person) WITH disputed, p.name AS name, count(*) AS people WHERE people > 1
               RETURN disputed, count(name) AS namesakes`,
      params: {},
    });
    expect(Number(row!.disputed)).toBeGreaterThan(0);
    expect(Number(row!.namesakes)).toBeGreaterThan(0);
  });
});
