/** How bench:writes splits articles among concurrent clients (bench/lib/clientSets.ts): whole groups sharing no fact. */
import { describe, expect, it } from 'vitest';
import { clientSets, factComponents, keysOf, overlap } from '../../bench/lib/clientSets.js';
import type { Statement } from '../../src/statements/format.js';

const holds = (person: string, position: string) =>
  ({ id: `s-${person}-${position}`, kind: 'holds', person, position, quotes: ['q'] }) as unknown as Statement;

describe('clientSets', () => {
  it('counts a tenure and its post as keys, and the entities named', () => {
    expect(keysOf([holds('person:a', 'position:p')])).toEqual({
      facts: ['tenure:a--p', 'position:p'],
      entities: ['person:a', 'position:p'],
    });
  });

  it('groups articles that derive one fact or a tenure of one post, transitively', () => {
    const articles = [
      keysOf([holds('person:a', 'position:p')]),
      keysOf([holds('person:b', 'position:q')]),
      keysOf([holds('person:c', 'position:p'), holds('person:c', 'position:r')]),
      keysOf([holds('person:d', 'position:r')]),
    ];
    expect(factComponents(articles).map((group) => [...group].sort())).toEqual([[0, 2, 3], [1]]);
  });

  it('gives each group whole to one client, so that clients share no fact', () => {
    const articles = ['p', 'q', 'r', 's', 'p', 'q'].map((post, index) => keysOf([holds(`person:${index}`, `position:${post}`)]));
    const sets = clientSets(articles, 2, 3);
    expect(sets.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(overlap(articles, sets).facts).toBe(0);
  });

  it('cuts a group larger than a client share, and then reports the facts the clients share', () => {
    const articles = [0, 1, 2, 3].map((index) => keysOf([holds(`person:${index}`, 'position:p')]));
    const sets = clientSets(articles, 2, 2);
    expect(sets).toEqual([[0, 1], []]);
    expect(
      overlap(articles, [
        [0, 1],
        [2, 3],
      ]),
    ).toEqual({ facts: 1, entities: 1 });
  });
});
