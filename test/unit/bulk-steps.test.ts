import { describe, expect, it } from 'vitest';
import { bulkSteps, DEFAULT_ARTICLES_DIR, planWrites, prepareLoad } from '../../src/load/loader.js';
import { planGraph } from '../../src/statements/bulkPlan.js';

const item = (name: string, size: number) => ({ name, size });
const names = (steps: { name: string }[][]) => steps.map((step) => step.map((entry) => entry.name));
const sizeOf = (entry: { size: number }) => entry.size;

describe('the steps of a bulk load', () => {
  it('groups consecutive items up to the limit of their sizes, in their order', () => {
    const items = [item('a', 4), item('b', 5), item('c', 1), item('d', 7), item('e', 3)];
    expect(names(bulkSteps(items, sizeOf, 10))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('gives an item larger than the limit a step of its own, and nothing for no items', () => {
    expect(names(bulkSteps([item('a', 2), item('big', 25), item('c', 2)], sizeOf, 10))).toEqual([['a'], ['big'], ['c']]);
    expect(bulkSteps([], sizeOf, 10)).toEqual([]);
  });

  it('writes every article with its claims before any other node, and every node before a relationship to it', () => {
    const { articles, registry } = prepareLoad([DEFAULT_ARTICLES_DIR]).loadSet;
    const units = planWrites(planGraph(articles, registry), 500);
    const writes = units.flat();
    const kinds = writes.map(({ query }) =>
      /CREATE \(claim:Claim/.test(query.cypher)
        ? 'claims'
        : /CREATE \(n:Article/.test(query.cypher)
          ? 'articles'
          : /CREATE \(n:/.test(query.cypher)
            ? 'nodes'
            : 'links',
    );
    const firstOther = kinds.findIndex((kind) => kind === 'nodes');
    expect(kinds.lastIndexOf('articles')).toBeLessThan(firstOther);
    expect(kinds.lastIndexOf('claims')).toBeLessThan(firstOther);
    expect(kinds.lastIndexOf('nodes')).toBeLessThan(kinds.indexOf('links'));
    // Each article is named by exactly one write, the one that creates its node.
    expect(writes.flatMap((write) => write.articles.map((article) => article.id)).sort()).toEqual(
      articles.map((article) => article.meta.id).sort(),
    );
    expect(writes.reduce((sum, write) => sum + write.claims, 0)).toBe(
      articles.reduce((sum, article) => sum + article.statements.length, 0),
    );
  });
});
