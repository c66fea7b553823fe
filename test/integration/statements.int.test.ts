/**
 * Many articles, one graph, against the real Neo4j and the real API: a term begun by one article and ended by
 * another, whichever is loaded first; two articles that disagree, both readings shown and the preferred one
 * first; a bound known to the year only; an article pruned away. The articles here are test fixtures written
 * for these cases (their own registry, in a temporary folder), not sources of the graph's data.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../../src/load/loader.js';
import { startTestApi, seedTestDatabase, type TestApi } from '../support/api.js';

const root = mkdtempSync(join(tmpdir(), 'statements-int-'));
const registryDir = join(root, 'registry');
const CHAIRMAN = 'position:chu-tich-ubnd-tinh-thu-nghiem';
const PERSON = 'person:duong-van-thu';

/** Fixture texts: each article's sentences, as a reader would find them. */
const TEXTS = {
  election:
    'Ngày 3/7/2016, HĐND tỉnh Thử Nghiệm khóa X, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ nhất. Kỳ họp đã bầu ông Dương Văn Thử giữ chức Chủ tịch UBND tỉnh Thử Nghiệm nhiệm kỳ 2016-2021 với 79/79 đại biểu có mặt tán thành.',
  dismissal:
    'Chiều 31/10/2019, HĐND tỉnh Thử Nghiệm tổ chức kỳ họp bất thường, miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Dương Văn Thử do nghỉ hưu.',
  disagreeing: 'Ngày 5/7/2016, ông Nguyễn Văn Thử được bầu làm Chủ tịch UBND tỉnh Thử Nghiệm.',
  yearOnly: 'Năm 2016, ông Dương Văn Thử được bầu làm Chủ tịch UBND tỉnh Thử Nghiệm.',
  speech: 'Phát biểu tại kỳ họp thứ nhất, ông Dương Văn Thử cảm ơn các đại biểu.',
};

const source = (article: string, quote: string) => ({ article: `article:test-${article}`, quote });

function writeRegistry(): void {
  mkdirSync(registryDir, { recursive: true });
  const file = (name: string, entities: unknown[]) =>
    writeFileSync(join(registryDir, `${name}.json`), JSON.stringify({ formatVersion: 2, entities }));
  file('people', [
    {
      id: PERSON,
      name: 'Dương Văn Thử',
      familyName: 'Dương',
      givenName: 'Thử',
      aliases: [],
      sources: [source('election', 'ông Dương Văn Thử')],
    },
  ]);
  file('organizations', [
    {
      id: 'org:ubnd-tinh-thu-nghiem',
      name: 'UBND tỉnh Thử Nghiệm',
      classification: 'peoples-committee',
      level: 'provincial',
      sources: [source('election', 'Chủ tịch UBND tỉnh Thử Nghiệm')],
    },
    {
      id: 'org:hdnd-tinh-thu-nghiem',
      name: 'HĐND tỉnh Thử Nghiệm',
      classification: 'peoples-council',
      level: 'provincial',
      sources: [source('election', 'HĐND tỉnh Thử Nghiệm')],
    },
  ]);
  file('positions', [
    {
      id: CHAIRMAN,
      title: 'Chủ tịch UBND tỉnh',
      titleEn: "Chairman of the Thử Nghiệm Provincial People's Committee",
      organization: 'org:ubnd-tinh-thu-nghiem',
      sources: [source('election', 'Chủ tịch UBND tỉnh Thử Nghiệm')],
    },
  ]);
}

function writeArticle(name: keyof typeof TEXTS, published: string, statements: unknown[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.txt`), `${TEXTS[name]}\n`);
  const article = {
    id: `article:test-${name.toLowerCase()}`,
    title: `Fixture: ${name}`,
    publisher: 'test fixture',
    author: null,
    published,
    language: 'vi',
    url: null,
    textFile: `${name}.txt`,
    note: 'A test fixture, not a source.',
  };
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ formatVersion: 2, article, statements }));
  return join(dir, `${name}.json`);
}

const files = {
  election: () =>
    writeArticle('election', '2016-07-03', [
      { id: 'name', kind: 'name', entity: PERSON, name: 'Dương Văn Thử', quotes: ['ông Dương Văn Thử'] },
      {
        id: 'session',
        kind: 'event',
        event: 'event:test-ky-hop-thu-nhat',
        name: 'Kỳ họp thứ nhất HĐND tỉnh Thử Nghiệm khóa X',
        category: 'session',
        date: '2016-07-03',
        quotes: ['Ngày 3/7/2016, HĐND tỉnh Thử Nghiệm khóa X, nhiệm kỳ 2016-2021 tổ chức kỳ họp thứ nhất.'],
      },
      {
        id: 'elected',
        kind: 'holds',
        person: PERSON,
        position: CHAIRMAN,
        term: '2016/2021',
        start: {
          date: '2016-07-03',
          cause: 'elected',
          decidedBy: 'event:test-ky-hop-thu-nhat',
          vote: { text: '79/79 đại biểu có mặt tán thành', for: 79, present: 79 },
        },
        quotes: [
          'Kỳ họp đã bầu ông Dương Văn Thử giữ chức Chủ tịch UBND tỉnh Thử Nghiệm nhiệm kỳ 2016-2021 với 79/79 đại biểu có mặt tán thành.',
        ],
      },
    ]),
  dismissal: () =>
    writeArticle('dismissal', '2019-10-31', [
      {
        id: 'dismissed',
        kind: 'holds',
        person: PERSON,
        position: CHAIRMAN,
        end: { date: '2019-10-31', cause: 'dismissed' },
        quotes: ['miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông Dương Văn Thử do nghỉ hưu'],
      },
    ]),
  disagreeing: (rank?: 'preferred') =>
    writeArticle('disagreeing', '2016-07-06', [
      { id: 'name', kind: 'name', entity: PERSON, name: 'Nguyễn Văn Thử', quotes: ['ông Nguyễn Văn Thử'] },
      {
        id: 'elected',
        kind: 'holds',
        person: PERSON,
        position: CHAIRMAN,
        start: { date: '2016-07-05', cause: 'elected' },
        ...(rank ? { rank, rankReason: 'test: the editor prefers this reading' } : {}),
        quotes: ['Ngày 5/7/2016, ông Nguyễn Văn Thử được bầu làm Chủ tịch UBND tỉnh Thử Nghiệm.'],
      },
    ]),
  speech: () =>
    writeArticle('speech', '2016-07-04', [
      {
        id: 'spoke',
        kind: 'participates',
        event: 'event:test-ky-hop-thu-nhat',
        participant: PERSON,
        role: 'SPEAKER',
        quotes: ['Phát biểu tại kỳ họp thứ nhất, ông Dương Văn Thử cảm ơn các đại biểu.'],
      },
    ]),
  yearOnly: () =>
    writeArticle('yearOnly', '2017-01-01', [
      {
        id: 'elected',
        kind: 'holds',
        person: PERSON,
        position: CHAIRMAN,
        start: { date: '2016', cause: 'elected' },
        quotes: ['Năm 2016, ông Dương Văn Thử được bầu làm Chủ tịch UBND tỉnh Thử Nghiệm.'],
      },
    ]),
};

let api: TestApi;
const load = (paths: string[], options: { reset?: boolean; prune?: boolean } = {}) =>
  loadArticleFiles(api.database, paths, { registryDir, ...options });

const HOLDERS = `query Holders($on: Date) { officeHolders(positionId: "${CHAIRMAN}", on: $on) {
  certainty startDate endDate
  startReadings { date { value precision } cause rank vote { for present text } term decidedBy { id } sources { quote article { id } } }
  endReadings { date { value } cause sources { article { id } } }
} }`;
const holdersOn = async (on: string) => (await api.graphql(HOLDERS, { on })).data.officeHolders;

beforeAll(async () => {
  writeRegistry();
  api = await startTestApi({ seed: false });
});

afterAll(async () => {
  await seedTestDatabase(api.database);
  await api.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('a term begun by one article and ended by another', () => {
  it.each([
    ['election first', ['election', 'dismissal'] as const],
    ['dismissal first', ['dismissal', 'election'] as const],
  ])('%s: before, between and after, each bound with its source; no file edited', async (_name, order) => {
    await load([files[order[0]]()], { reset: true });
    await load([files[order[1]]()]);
    expect(await holdersOn('2016-07-02')).toEqual([]);
    const between = await holdersOn('2018-05-01');
    expect(between).toEqual([
      {
        certainty: 'CERTAIN',
        startDate: '2016-07-03',
        endDate: '2019-10-31',
        startReadings: [
          {
            date: { value: '2016-07-03', precision: 'day' },
            cause: 'elected',
            rank: 'NORMAL',
            term: '2016/2021',
            vote: { for: 79, present: 79, text: '79/79 đại biểu có mặt tán thành' },
            decidedBy: { id: 'event:test-ky-hop-thu-nhat' },
            sources: [{ quote: expect.stringContaining('Kỳ họp đã bầu ông Dương Văn Thử'), article: { id: 'article:test-election' } }],
          },
        ],
        endReadings: [{ date: { value: '2019-10-31' }, cause: 'dismissed', sources: [{ article: { id: 'article:test-dismissal' } }] }],
      },
    ]);
    expect(await holdersOn('2019-10-31')).toHaveLength(1);
    expect(await holdersOn('2019-11-01')).toEqual([]);
  });

  it('with the election alone, a later day is possible (no source ends the term), and certain only on the day', async () => {
    await load([files.election()], { reset: true });
    expect((await holdersOn('2016-07-03'))[0].certainty).toBe('CERTAIN');
    expect((await holdersOn('2019-11-15'))[0].certainty).toBe('POSSIBLE');
    // The statement gives the term 2016-2021: beyond it the graph does not place him.
    expect(await holdersOn('2022-01-01')).toEqual([]);
  });

  it("pruning the dismissal takes its end away again, and the election's reading stays", async () => {
    await load([files.election(), files.dismissal()], { reset: true });
    const summary = await load([files.election()], { prune: true });
    expect(summary.prunedArticles).toEqual(['article:test-dismissal']);
    const [tenure] = await holdersOn('2018-05-01');
    expect(tenure.endReadings).toEqual([]);
    expect(tenure.certainty).toBe('POSSIBLE');
    const articles = await api.graphql('{ articles { edges { node { id } } } }');
    expect(articles.data.articles.edges).toEqual([{ node: { id: 'article:test-election' } }]);
  });
});

describe('an event stated by one article and referred to by another', () => {
  it('links the participation to the event whichever article is stored first', async () => {
    // The speech article is stored before the article that declares the session.
    await load([files.speech(), files.election()], { reset: true });
    const answer = await api.graphql(
      `{ node(id: "${PERSON}") { ... on Person { participations { role event { id name date } sources { article { id } } } } } }`,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data.node.participations).toEqual([
      {
        role: 'SPEAKER',
        event: { id: 'event:test-ky-hop-thu-nhat', name: 'Kỳ họp thứ nhất HĐND tỉnh Thử Nghiệm khóa X', date: '2016-07-03' },
        sources: [{ article: { id: 'article:test-speech' } }],
      },
    ]);
  });
});

describe('two articles that disagree', () => {
  it('keeps both start dates and both spellings, marks the tenure disputed, and dates only what they agree on', async () => {
    await load([files.election(), files.disagreeing()], { reset: true });
    const answer = await api.graphql(`{ node(id: "${PERSON}") { ... on Person { name names { name rank sources { article { id } } }
      tenures { disputed startDate certainFrom possibleFrom startReadings { date { value } rank sources { article { id } } } } } } }`);
    const person = answer.data.node;
    expect(person.name).toBe('Dương Văn Thử');
    expect(person.names).toEqual([
      { name: 'Dương Văn Thử', rank: 'NORMAL', sources: [{ article: { id: 'article:test-election' } }] },
      { name: 'Nguyễn Văn Thử', rank: 'NORMAL', sources: [{ article: { id: 'article:test-disagreeing' } }] },
    ]);
    expect(person.tenures).toEqual([
      {
        // Elected on the 3rd or on the 5th, and no source says until when: no day is certain, from the 3rd possible.
        disputed: true,
        startDate: null,
        certainFrom: null,
        possibleFrom: '2016-07-03',
        startReadings: [
          { date: { value: '2016-07-03' }, rank: 'NORMAL', sources: [{ article: { id: 'article:test-election' } }] },
          { date: { value: '2016-07-05' }, rank: 'NORMAL', sources: [{ article: { id: 'article:test-disagreeing' } }] },
        ],
      },
    ]);
    expect((await holdersOn('2016-07-04'))[0].certainty).toBe('POSSIBLE');
  });

  it("an editor's preferred reading comes first and decides the date; the other stays", async () => {
    await load([files.election(), files.disagreeing('preferred')], { reset: true });
    const [tenure] = await holdersOn('2016-07-06');
    expect(tenure.startDate).toBe('2016-07-05');
    expect(tenure.startReadings.map((reading: { date: { value: string }; rank: string }) => [reading.date.value, reading.rank])).toEqual([
      ['2016-07-05', 'PREFERRED'],
      ['2016-07-03', 'NORMAL'],
    ]);
    const names = await api.graphql(`{ node(id: "${PERSON}") { ... on Person { names { name rank } } } }`);
    expect(names.data.node.names[0]).toEqual({ name: 'Dương Văn Thử', rank: 'NORMAL' });
  });
});

describe('a bound known to the year only', () => {
  it('answers the tenure on a day of that year as possible, never as certain', async () => {
    await load([files.yearOnly()], { reset: true });
    const [tenure] = await holdersOn('2016-03-01');
    expect(tenure).toMatchObject({
      certainty: 'POSSIBLE',
      startDate: null,
      startReadings: [{ date: { value: '2016', precision: 'year' } }],
    });
    const certain = await api.graphql(`{ officeHolders(positionId: "${CHAIRMAN}", on: "2016-03-01", includePossible: false) { id } }`);
    expect(certain.data.officeHolders).toEqual([]);
  });
});
