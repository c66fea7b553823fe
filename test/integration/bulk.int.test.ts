/**
 * The bulk load (the graph derived in memory and created in large transactions) makes the graph that loading the
 * articles one by one makes: the seed articles are loaded into an empty graph article by article, then again in
 * bulk, and the two graphs are dumped canonically (every node,
 * relationship, index and constraint, and the change feed's effect: test/support/graphDump.ts) and compared.
 * Leaves the database holding seed/articles, as the other integration tests expect.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { countGraph, DEFAULT_ARTICLES_DIR, loadArticleFiles } from '../../src/load/loader.js';
import { testDatabase } from '../support/database.js';
import { dumpGraph } from '../support/graphDump.js';

const database = testDatabase();

afterAll(async () => {
  await database.close();
});

describe('a bulk load', () => {
  it('makes the graph that loading the articles one by one makes', { timeout: 900_000 }, async () => {
    const oneByOne = await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { reset: true, bulk: false });
    const expected = await dumpGraph(database);
    const bulk = await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { reset: true, bulk: true });
    const actual = await dumpGraph(database);
    expect(bulk.nodes).toBe(oneByOne.nodes);
    // Compared part by part, so that a failure lists the nodes or relationships that differ.
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(actual.schema).toEqual(expected.schema);
    expect(actual.feed).toEqual(expected.feed);
    // Not compared by nothing: the seed's graph, with every kind of fact in it, and a dump that sees one changed name.
    expect(expected.nodes.length).toBeGreaterThan(9000);
    expect(expected.feed.every((line) => line.endsWith(' there'))).toBe(true);
    const [person] = await database.read({ cypher: 'MATCH (p:Person) RETURN p.id AS id, p.name AS name ORDER BY id LIMIT 1', params: {} });
    const rename = (name: string) =>
      database.write([{ cypher: 'MATCH (p:Person {id: $id}) SET p.name = $name', params: { id: person!.id, name } }]);
    await rename(`${String(person!.name)} (changed)`);
    const changed = await dumpGraph(database);
    await rename(String(person!.name));
    expect(changed.nodes.filter((node) => !actual.nodes.includes(node))).toHaveLength(1);
  });

  it('makes it too in many small transactions, each recorded with the articles it stores', { timeout: 900_000 }, async () => {
    // The graph the test above left, which it showed to be the article-by-article one.
    const expected = await dumpGraph(database);
    const progress: string[] = [];
    await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], {
      reset: true,
      bulk: true,
      bulkRows: 1000,
      onProgress: (step) => progress.push(step.file),
    });
    const actual = await dumpGraph(database);
    expect(progress.length).toBeGreaterThan(4);
    const articles = await database.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} });
    const recorded = await database.read({
      cypher:
        "MATCH (e:AuditEntry {action: 'loadArticle'}) UNWIND e.articleIds AS id RETURN count(id) AS ids, count(DISTINCT id) AS distinct",
      params: {},
    });
    expect(recorded[0]).toEqual({ ids: articles[0]!.articles, distinct: articles[0]!.articles });
    expect(actual.nodes).toEqual(expected.nodes);
    expect(actual.relationships).toEqual(expected.relationships);
    expect(actual.feed).toEqual(expected.feed);
  });

  it('refuses a graph that holds articles, before writing anything', async () => {
    const audited = 'MATCH (entry:AuditEntry) RETURN count(entry) AS entries';
    const before = { graph: await countGraph(database), audit: await database.read({ cypher: audited, params: {} }) };
    await expect(loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { bulk: true })).rejects.toThrow(/needs an empty graph/);
    expect({ graph: await countGraph(database), audit: await database.read({ cypher: audited, params: {} }) }).toEqual(before);
    expect(before.graph.nodes).toBeGreaterThan(9000);
  });
});
