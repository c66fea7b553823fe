/**
 * Which articles each concurrent client of `npm run bench:writes` submits. The write API locks the facts a write
 * derives (and, for a post held by one person at a time, every tenure of the post), so two clients whose articles
 * derive one fact wait for each other by design: to measure writes that touch different facts, the articles are
 * grouped into the connected parts of "derives a fact, or a tenure of a post, that another article derives too",
 * and each part goes whole to one client. The entities the clients name are counted too: a write locks those it
 * names as well, so a shared one makes two clients wait for each other for the length of a write.
 */
import { positionOfTenure } from '../../src/statements/store.js';
import { mentionedEntities, supportedFact } from '../../src/statements/kinds.js';
import type { Statement } from '../../src/statements/format.js';

export interface ArticleKeys {
  /** The facts the article's statements derive, and the posts of its tenures. */
  facts: string[];
  /** The registry entities its statements name. */
  entities: string[];
}

export function keysOf(statements: readonly Statement[]): ArticleKeys {
  const facts = statements.flatMap((statement) => {
    const fact = supportedFact(statement);
    if (!fact) return [];
    return fact.label === 'Tenure' ? [fact.id, positionOfTenure(fact.id)] : [fact.id];
  });
  return { facts: [...new Set(facts)], entities: [...new Set(statements.flatMap(mentionedEntities))] };
}

/** The articles (by index) in groups that share no fact key with each other, each group in index order. */
export function factComponents(articles: readonly ArticleKeys[]): number[][] {
  const parent = articles.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const owner = new Map<string, number>();
  articles.forEach((article, index) => {
    for (const key of article.facts) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, index);
      else parent[find(index)] = find(other);
    }
  });
  const groups = new Map<number, number[]>();
  articles.forEach((_, index) => {
    const root = find(index);
    groups.set(root, [...(groups.get(root) ?? []), index]);
  });
  return [...groups.values()];
}

/**
 * Up to `perClient` articles for each of `clients` clients: whole groups, the largest first, each to the client
 * with the fewest so far. A group larger than a client's share is cut and the rest of it left out, so no two
 * clients share a fact, but a client may get fewer articles, or none, when the groups are few and large (`seed/`'s
 * are: most of its articles form one group). `overlap` counts what the clients share all the same (entities).
 */
export function clientSets(articles: readonly ArticleKeys[], clients: number, perClient: number): number[][] {
  const sets: number[][] = Array.from({ length: clients }, () => []);
  const groups = factComponents(articles).sort((left, right) => right.length - left.length || left[0]! - right[0]!);
  for (const group of groups) {
    const target = sets.reduce((best, set) => (set.length < best.length ? set : best));
    if (target.length >= perClient) break;
    target.push(...group.slice(0, perClient - target.length));
  }
  return sets;
}

/** Keys that more than one client's articles touch: facts (with tenures' posts) and entities. */
export function overlap(articles: readonly ArticleKeys[], sets: readonly number[][]): { facts: number; entities: number } {
  const shared = (field: keyof ArticleKeys) => {
    const clientsOf = new Map<string, Set<number>>();
    sets.forEach((set, client) => {
      for (const index of set) for (const key of articles[index]![field]) clientsOf.set(key, (clientsOf.get(key) ?? new Set()).add(client));
    });
    return [...clientsOf.values()].filter((owners) => owners.size > 1).length;
  };
  return { facts: shared('facts'), entities: shared('entities') };
}
