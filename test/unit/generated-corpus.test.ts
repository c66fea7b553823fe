/**
 * The generated corpus (bench/corpus/): the same bytes for a seed, other bytes for another, valid by the project's
 * own validator (the path `npm run seed -- --check` takes), and with the real seed's shapes, read through the
 * product's own derivation where a shape is a derived one (a disputed bound).
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus, type WrittenCorpus } from '../../bench/corpus/write.js';
import { prepareLoad, type PreparedLoad } from '../../src/load/loader.js';
import { deriveFact, type Claim } from '../../src/statements/derive.js';
import type { HoldsStatement, Statement } from '../../src/statements/format.js';
import { tenureId } from '../../src/statements/kinds.js';

/** 50 articles, one province. */
const SCALE = 0.005;
const root = mkdtempSync(join(tmpdir(), 'generated-corpus-'));
const dirOf = (name: string) => join(root, name);

/** Every file of a generated corpus, by its path below the folder. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const sub of ['registry', 'articles'])
    for (const name of readdirSync(join(dir, sub)).sort()) files.set(`${sub}/${name}`, readFileSync(join(dir, sub, name)));
  return files;
}

let written: WrittenCorpus;
let prepared: PreparedLoad;

beforeAll(() => {
  written = writeCorpus({ scale: SCALE, seed: 1 }, dirOf('a'));
  writeCorpus({ scale: SCALE, seed: 1 }, dirOf('b'));
  writeCorpus({ scale: SCALE, seed: 2 }, dirOf('c'));
  prepared = prepareLoad([join(dirOf('a'), 'articles')], join(dirOf('a'), 'registry'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the generated corpus', () => {
  it('is the same bytes for the same scale and seed, and other bytes for another seed', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((name) => filesOf(dirOf(name)));
    expect([...b!.keys()]).toEqual([...a!.keys()]);
    for (const [path, bytes] of a!) expect(bytes.equals(b!.get(path)!), path).toBe(true);
    const differing = [...a!].filter(([path, bytes]) => !c!.get(path)?.equals(bytes));
    expect(differing.length).toBeGreaterThan(a!.size / 2);
  });

  it('has the size its scale asks for and passes the validator with no problem and no warning', () => {
    expect(written.articles).toBe(50);
    expect(prepared.loadSet.articles).toHaveLength(50);
    expect(written.statements / written.articles).toBeGreaterThan(8);
    expect(prepared.loadSet.warnings).toEqual([]);
  });

  it("has the real seed's shapes", () => {
    const { articles, registry } = prepared.loadSet;
    const claims = new Map<string, Claim<HoldsStatement>[]>();
    const byKind = (kind: Statement['kind']) =>
      articles.flatMap((article) => article.statements.filter((statement) => statement.kind === kind));
    for (const article of articles)
      for (const statement of article.statements) {
        if (statement.kind !== 'holds') continue;
        const id = tenureId(statement.person, statement.position);
        const claim = {
          id: `claim:${article.meta.id.slice(8)}/${statement.id}`,
          articleId: article.meta.id,
          publishedOn: article.meta.published?.slice(0, 10) ?? null,
          statement,
          rank: statement.rank ?? 'normal',
        };
        claims.set(id, [...(claims.get(id) ?? []), claim]);
      }
    const articlesOf = (list: readonly Claim[]) => new Set(list.map((claim) => claim.articleId));
    const tenures = [...claims.entries()];
    // Tenures stated by several articles, and some whose start and end come from different ones.
    expect(tenures.filter(([, list]) => articlesOf(list).size > 1).length).toBeGreaterThan(10);
    const boundsApart = tenures.filter(([, list]) => {
      const starts = articlesOf(list.filter((claim) => claim.statement.start?.date !== undefined));
      const ends = articlesOf(list.filter((claim) => claim.statement.end?.date !== undefined));
      return starts.size > 0 && ends.size > 0 && [...ends].every((article) => !starts.has(article));
    });
    expect(boundsApart.length).toBeGreaterThan(5);
    // A bound two articles date differently: disputed by the product's derivation, and another settled by a rank.
    const derived = tenures.map(([id, list]) => ({ list, fact: deriveFact(id, 'Tenure', list)! }));
    const disputed = derived.filter(({ fact }) => fact.props.disputed === true);
    expect(disputed.length).toBeGreaterThan(0);
    expect(articlesOf(disputed[0]!.list).size).toBeGreaterThan(1);
    const electedOn = (list: readonly Claim<HoldsStatement>[]) =>
      new Set(
        list.filter((claim) => claim.statement.start?.cause === 'elected').map((claim) => JSON.stringify(claim.statement.start?.date)),
      );
    // Settled: the start is the preferred reading's day although the elections' readings differ.
    const preferredDay = (list: readonly Claim<HoldsStatement>[]) => {
      const date = list.find((claim) => claim.rank === 'preferred' && claim.statement.start?.cause === 'elected')?.statement.start?.date;
      return typeof date === 'object' ? date.value : date;
    };
    const settled = derived.filter(
      ({ list, fact }) => electedOn(list).size > 1 && preferredDay(list) !== undefined && fact.props.startDate === preferredDay(list),
    );
    expect(settled.length).toBeGreaterThan(0);
    // Namesakes: two people of one name, declared distinct.
    const people = [...registry.values()].filter((record) => record.label === 'Person').map((record) => record.entry);
    const namesake = people.find((person) => (person.distinctFrom ?? []).length > 0)!;
    expect(namesake).toBeDefined();
    expect(registry.get(namesake.distinctFrom![0]!)?.entry.name).toBe(namesake.name);
    // Presentations on someone's behalf, to named and counted recipients, at events.
    const presents = byKind('presents').filter((statement) => statement.kind === 'presents');
    expect(
      presents.some(
        (statement) => statement.onBehalfOf !== undefined && (statement.recipients ?? []).length > 0 && statement.event !== undefined,
      ),
    ).toBe(true);
    expect(presents.some((statement) => statement.recipientCount !== undefined && statement.recipientDescription !== undefined)).toBe(true);
    // Events, one stated by two articles; who organized, chaired and attended them.
    const events = byKind('event').map((statement) => (statement.kind === 'event' ? statement.event : ''));
    expect(events.length).toBeGreaterThan(10);
    expect(new Set(events).size).toBeLessThan(events.length);
    expect(byKind('organizes').length).toBeGreaterThan(10);
    expect(
      new Set(byKind('participates').map((statement) => (statement.kind === 'participates' ? statement.role : ''))).size,
    ).toBeGreaterThan(2);
    // Positions across bodies: the People's Committee, the Council, the Party, a department, a district.
    const titles = [...registry.values()].filter((record) => record.label === 'Position').map((record) => String(record.entry.title));
    for (const word of ['UBND', 'HĐND', 'Bí thư', 'Giám đốc Sở', 'huyện'])
      expect(
        titles.some((title) => title.includes(word)),
        word,
      ).toBe(true);
  });
});
