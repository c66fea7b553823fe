/**
 * The keyset predicate of listPageQuery (src/db/cypher/lists.ts): the rows after a cursor in the list's order,
 * by the sort property (nulls last ascending, first descending, as Cypher orders them), then by id.
 */
import { describe, expect, it } from 'vitest';
import { listPageQuery } from '../../src/db/cypher/lists.js';

const whereOf = (cypher: string) => cypher.slice(cypher.indexOf('WHERE'), cypher.indexOf('\nWITH', cypher.indexOf('WHERE')));

describe('the keyset predicate', () => {
  it('ascending by name (always set): greater name, or the same name and a greater id', () => {
    const { cypher, params } = listPageQuery('people', {}, 21, { after: { key: 'lai thanh son', id: 'person:b' } });
    expect(whereOf(cypher)).toBe(
      'WHERE n.nameFolded IS NOT NULL\n  AND (n.nameFolded > $afterKey OR (n.nameFolded = $afterKey AND n.id > $afterId) OR n.nameFolded IS NULL)',
    );
    expect(params).toMatchObject({ afterKey: 'lai thanh son', afterId: 'person:b', limit: 21 });
  });

  it('ascending by date: compared as dates, and undated rows after every dated one', () => {
    const { cypher } = listPageQuery('events', {}, 3, { after: { key: '2019-01-11', id: 'event:a' } });
    expect(whereOf(cypher)).toBe('WHERE (n.date > date($afterKey) OR (n.date = date($afterKey) AND n.id > $afterId) OR n.date IS NULL)');
  });

  it('ascending after an undated row: only undated rows with a greater id', () => {
    const { cypher } = listPageQuery('events', {}, 3, { after: { key: null, id: 'event:a' } });
    expect(whereOf(cypher)).toBe('WHERE (n.date IS NULL AND n.id > $afterId)');
  });

  it('descending by publication day: earlier, or the same and a smaller id; undated rows came first', () => {
    const dated = listPageQuery('articles', {}, 3, { after: { key: '2019-01-11', id: 'article:a' } });
    expect(whereOf(dated.cypher)).toBe('WHERE (n.publishedOn < date($afterKey) OR (n.publishedOn = date($afterKey) AND n.id < $afterId))');
    expect(dated.cypher).toContain('ORDER BY n.publishedOn DESC, n.id DESC');
    const undated = listPageQuery('articles', {}, 3, { after: { key: null, id: 'article:a' } });
    expect(whereOf(undated.cypher)).toBe('WHERE (n.publishedOn IS NOT NULL OR n.id < $afterId)');
  });

  it('with a filter: the predicates joined, the anchors matched first', () => {
    const { cypher } = listPageQuery('events', { organizerId: 'org:a', dateTo: '2020-01-01' }, 3, {
      after: { key: '2019-01-11', id: 'event:a' },
    });
    expect(cypher).toContain('MATCH (n)-[:ORGANIZED_BY]->(:Organization {id: $organizerId})');
    expect(whereOf(cypher)).toBe(
      'WHERE n.date <= date($dateTo)\n  AND (n.date > date($afterKey) OR (n.date = date($afterKey) AND n.id > $afterId) OR n.date IS NULL)',
    );
  });

  it('no predicate without a cursor, and an empty answer without a query for an id no node can have', () => {
    expect(listPageQuery('events', {}, 3).cypher).not.toContain('$afterId');
    expect(listPageQuery('events', { organizerId: 'nonsense' }, 3).cypher).toBe('RETURN null AS node, null AS sortKey, 0 AS total');
  });
});
