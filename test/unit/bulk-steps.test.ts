import { describe, expect, it } from 'vitest';
import { BULK_STATEMENTS, bulkSteps, DEFAULT_ARTICLES_DIR, prepareLoad } from '../../src/load/loader.js';

const article = (name: string, statements: number) => ({ name, statements: Array.from({ length: statements }) });
const names = (steps: { name: string }[][]) => steps.map((step) => step.map((item) => item.name));

describe('the steps of a bulk load', () => {
  it('groups consecutive articles up to the limit of statements, in their order', () => {
    const articles = [article('a', 4), article('b', 5), article('c', 1), article('d', 7), article('e', 3)];
    expect(names(bulkSteps(articles, 10))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('gives an article larger than the limit a step of its own, and nothing for no articles', () => {
    expect(names(bulkSteps([article('a', 2), article('big', 25), article('c', 2)], 10))).toEqual([['a'], ['big'], ['c']]);
    expect(bulkSteps([], 10)).toEqual([]);
  });

  it('holds the seed data in as few steps as its statements need, every article once and in order', () => {
    const { articles } = prepareLoad([DEFAULT_ARTICLES_DIR]).loadSet;
    expect(articles.length).toBeGreaterThan(300);
    const statements = (items: readonly { statements: readonly unknown[] }[]) =>
      items.reduce((sum, item) => sum + item.statements.length, 0);
    const steps = bulkSteps(articles);
    expect(steps.flat()).toEqual(articles);
    expect(steps).toHaveLength(Math.ceil(statements(articles) / BULK_STATEMENTS));
    for (const step of steps) expect(statements(step)).toBeLessThanOrEqual(BULK_STATEMENTS);
  });
});
