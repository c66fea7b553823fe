/**
 * The Cypher the query planner writes: nested relations must never reuse an enclosing level's variables (a
 * reused name would silently join on the outer node), and only GraphQL names may reach the query text.
 */
import { describe, expect, it } from 'vitest';
import { projectionRenderer, type NodeProjection } from '../../src/db/cypher/projection.js';
import { RELATIONS, relatedItemsExpression, type RelationName } from '../../src/db/cypher/relations.js';

const leaf = (properties: string[]): NodeProjection => ({ properties, dates: [], labels: false, related: {} });

describe('nested relations', () => {
  it.each(Object.keys(RELATIONS) as RelationName[])('%s binds only its own level\'s variables', (relation) => {
    const expression = relatedItemsExpression(relation, 'outer', 3, (target) => target);
    expect(expression).toContain('(outer)');
    expect(expression).toMatch(/\btarget3\b/);
    expect(expression).not.toMatch(/\b(target|rel|source)\b/);
  });

  it('renders each level with its own variables, dates as strings and the date filter as a parameter', () => {
    const render = projectionRenderer({
      properties: ['name'],
      dates: [],
      labels: false,
      related: {
        onTheDay: { relation: 'personTenures', filter: { on: '2019-01-11' }, single: false, target: { ...leaf([]), dates: ['startDate'] } },
        sources: { relation: 'sources:Person', filter: {}, single: false, target: leaf(['title']) },
      },
    });
    const { expression, params } = render('n', []);
    expect(expression).toContain('`startDate`: toString(target0.`startDate`)');
    expect(expression).toContain('date($projectionDate0)');
    expect(expression).toContain('_quote: rel0.quote');
    expect(params).toEqual({ projectionDate0: '2019-01-11' });
  });

  it('refuses a name that is not a GraphQL name', () => {
    const render = projectionRenderer(leaf(['name}) DETACH DELETE (n']));
    expect(() => render('n', [])).toThrow(/not a GraphQL name/);
  });
});
