/**
 * Roles across provinces and places over time, against the real Neo4j and the real API: two provinces' chairs
 * found by their role on a date; a successor's election closing the predecessor's possible term (and an acting
 * chairman's); two provinces merged into a new one on 1 July 2025, a question about a place resolved as it was on
 * the date asked; a chair's possible term ending with the province unless a source says otherwise, and a new province's post's
 * beginning with it; the grid of the
 * role with its coverage. The articles are test fixtures written for these cases (their own registry, in a
 * temporary folder), not sources of the graph's data.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../../src/load/loader.js';
import { startTestApi, type TestApi } from '../support/api.js';

const root = mkdtempSync(join(tmpdir(), 'roles-int-'));
const registryDir = join(root, 'registry');
const ROLE = 'role:chu-tich-ubnd-tinh';
const VICE_ROLE = 'role:pho-chu-tich-ubnd-tinh';

const TEXTS: Record<string, string> = {
  east: 'Ngày 28/6/2016, HĐND tỉnh Đông Thử khóa X bầu ông Trần Văn Đông giữ chức Chủ tịch UBND tỉnh Đông Thử.',
  eastReelected:
    'Ngày 25/6/2021, HĐND tỉnh Đông Thử khóa XI bầu lại ông Trần Văn Đông giữ chức Chủ tịch UBND tỉnh Đông Thử nhiệm kỳ 2021-2026.',
  west: 'Ngày 30/6/2016, HĐND tỉnh Tây Thử khóa X bầu ông Lê Văn Tây giữ chức Chủ tịch UBND tỉnh Tây Thử.',
  westAttested: 'Ngày 10/1/2019, ông Lê Văn Tây, Chủ tịch UBND tỉnh Tây Thử, dự hội nghị.',
  westActing: 'Ngày 2/3/2020, Thủ tướng giao quyền Chủ tịch UBND tỉnh Tây Thử cho ông Võ Văn Quyền.',
  westElected: 'Ngày 15/4/2020, HĐND tỉnh Tây Thử bầu ông Phạm Văn Mới giữ chức Chủ tịch UBND tỉnh Tây Thử.',
  merger:
    'Theo Nghị quyết số 1/2025/QH15 của Quốc hội, từ ngày 1/7/2025 hợp nhất tỉnh Đông Thử và tỉnh Tây Thử thành tỉnh Đông Tây Thử. Ông Phạm Văn Mới được chỉ định giữ chức Chủ tịch UBND tỉnh Đông Tây Thử.',
  newVice: 'Ngày 5/9/2025, ông Hồ Văn Phó, Phó Chủ tịch UBND tỉnh Đông Tây Thử, dự hội nghị.',
};

const source = (article: string, quote: string) => ({ article: `article:roles-${article.toLowerCase()}`, quote });

function writeRegistry(): void {
  mkdirSync(registryDir, { recursive: true });
  const file = (name: string, entities: unknown[]) =>
    writeFileSync(join(registryDir, `${name}.json`), JSON.stringify({ formatVersion: 2, entities }));
  const person = (id: string, name: string, article: string) => ({ id, name, aliases: [], sources: [source(article, `ông ${name}`)] });
  file('roles', [
    {
      id: ROLE,
      name: 'Chủ tịch UBND tỉnh',
      level: 'provincial',
      exclusive: true,
      sources: [source('east', 'Chủ tịch UBND tỉnh Đông Thử')],
    },
    {
      id: VICE_ROLE,
      name: 'Phó Chủ tịch UBND tỉnh',
      level: 'provincial',
      exclusive: false,
      sources: [source('newVice', 'Phó Chủ tịch UBND tỉnh Đông Tây Thử')],
    },
  ]);
  file('people', [
    person('person:tran-van-dong', 'Trần Văn Đông', 'east'),
    person('person:le-van-tay', 'Lê Văn Tây', 'west'),
    person('person:vo-van-quyen', 'Võ Văn Quyền', 'westActing'),
    person('person:pham-van-moi', 'Phạm Văn Mới', 'westElected'),
    person('person:ho-van-pho', 'Hồ Văn Phó', 'newVice'),
  ]);
  const place = (id: string, name: string, article: string) => ({ id, name, kind: 'province', sources: [source(article, `tỉnh ${name}`)] });
  file('places', [
    place('place:tinh-dong-thu', 'Đông Thử', 'east'),
    place('place:tinh-tay-thu', 'Tây Thử', 'west'),
    place('place:tinh-dong-tay-thu', 'Đông Tây Thử', 'merger'),
  ]);
  const committee = (slug: string, name: string, article: string) => ({
    id: `org:ubnd-tinh-${slug}`,
    name: `UBND tỉnh ${name}`,
    level: 'provincial',
    jurisdiction: `place:tinh-${slug}`,
    sources: [source(article, `UBND tỉnh ${name}`)],
  });
  file('organizations', [
    committee('dong-thu', 'Đông Thử', 'east'),
    committee('tay-thu', 'Tây Thử', 'west'),
    committee('dong-tay-thu', 'Đông Tây Thử', 'merger'),
    { id: 'org:quoc-hoi', name: 'Quốc hội', level: 'national', sources: [source('merger', 'Nghị quyết số 1/2025/QH15 của Quốc hội')] },
  ]);
  const chair = (slug: string, name: string, article: string) => ({
    id: `position:chu-tich-ubnd-tinh-${slug}`,
    title: `Chủ tịch UBND tỉnh ${name}`,
    organization: `org:ubnd-tinh-${slug}`,
    role: ROLE,
    sources: [source(article, `Chủ tịch UBND tỉnh ${name}`)],
  });
  file('positions', [
    chair('dong-thu', 'Đông Thử', 'east'),
    chair('tay-thu', 'Tây Thử', 'west'),
    chair('dong-tay-thu', 'Đông Tây Thử', 'merger'),
    {
      id: 'position:pho-chu-tich-ubnd-tinh-dong-tay-thu',
      title: 'Phó Chủ tịch UBND tỉnh Đông Tây Thử',
      organization: 'org:ubnd-tinh-dong-tay-thu',
      role: VICE_ROLE,
      sources: [source('newVice', 'Phó Chủ tịch UBND tỉnh Đông Tây Thử')],
    },
  ]);
}

function writeArticle(name: string, published: string, statements: unknown[]): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.txt`), `${TEXTS[name]}\n`);
  const article = {
    id: `article:roles-${name.toLowerCase()}`,
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

const holds = (id: string, person: string, slug: string, quote: string, fields: Record<string, unknown>) => ({
  id,
  kind: 'holds',
  person,
  position: `position:chu-tich-ubnd-tinh-${slug}`,
  quotes: [quote],
  ...fields,
});

let api: TestApi;
const files: Record<string, string> = {};

beforeAll(async () => {
  writeRegistry();
  files.east = writeArticle('east', '2016-06-28', [
    holds('elected', 'person:tran-van-dong', 'dong-thu', TEXTS.east!, { start: { date: '2016-06-28', cause: 'elected' } }),
  ]);
  files.eastReelected = writeArticle('eastReelected', '2021-06-25', [
    holds('reelected', 'person:tran-van-dong', 'dong-thu', TEXTS.eastReelected!, {
      start: { date: '2021-06-25', cause: 're-elected' },
      term: '2021/2026',
    }),
  ]);
  files.west = writeArticle('west', '2016-06-30', [
    holds('elected', 'person:le-van-tay', 'tay-thu', TEXTS.west!, { start: { date: '2016-06-30', cause: 'elected' } }),
  ]);
  files.westAttested = writeArticle('westAttested', '2019-01-10', [
    holds('attested', 'person:le-van-tay', 'tay-thu', 'ông Lê Văn Tây, Chủ tịch UBND tỉnh Tây Thử', { attestedOn: '2019-01-10' }),
  ]);
  files.westActing = writeArticle('westActing', '2020-03-02', [
    holds('acting', 'person:vo-van-quyen', 'tay-thu', TEXTS.westActing!, { start: { date: '2020-03-02', cause: 'acting' }, acting: true }),
  ]);
  files.westElected = writeArticle('westElected', '2020-04-15', [
    holds('elected', 'person:pham-van-moi', 'tay-thu', TEXTS.westElected!, { start: { date: '2020-04-15', cause: 'elected' } }),
  ]);
  files.merger = writeArticle('merger', '2025-06-30', [
    {
      id: 'merger',
      kind: 'reorganizes',
      reorganization: 'reorganization:dong-tay-thu-2025',
      date: '2025-07-01',
      decision: 'Nghị quyết số 1/2025/QH15',
      decidedBy: 'org:quoc-hoi',
      replaced: ['place:tinh-dong-thu', 'place:tinh-tay-thu', 'org:ubnd-tinh-dong-thu', 'org:ubnd-tinh-tay-thu'],
      formed: ['place:tinh-dong-tay-thu', 'org:ubnd-tinh-dong-tay-thu'],
      quotes: [
        'Theo Nghị quyết số 1/2025/QH15 của Quốc hội, từ ngày 1/7/2025 hợp nhất tỉnh Đông Thử và tỉnh Tây Thử thành tỉnh Đông Tây Thử.',
      ],
    },
    holds('designated', 'person:pham-van-moi', 'dong-tay-thu', 'Ông Phạm Văn Mới được chỉ định giữ chức Chủ tịch UBND tỉnh Đông Tây Thử.', {
      start: { date: { value: '2025-07-01', inferred: 'the first day of the new province (the same article)' }, cause: 'appointed' },
    }),
  ]);
  files.newVice = writeArticle('newVice', '2025-09-05', [
    {
      id: 'attested',
      kind: 'holds',
      person: 'person:ho-van-pho',
      position: 'position:pho-chu-tich-ubnd-tinh-dong-tay-thu',
      attestedOn: '2025-09-05',
      quotes: [TEXTS.newVice!],
    },
  ]);
  api = await startTestApi({ seed: false });
  await loadArticleFiles(api.database, Object.values(files), { reset: true, registryDir });
}, 240_000);

afterAll(async () => {
  await api?.stop();
});

const HOLDERS = `query($on: Date!, $placeId: ID) { officeHolders(roleId: "${ROLE}", on: $on, placeId: $placeId) {
  person { id } position { id } certainty possibleFrom possibleTo possibleToReason } }`;
const holdersOn = async (on: string, placeId?: string) => (await api.graphql(HOLDERS, { on, placeId })).data!.officeHolders;

describe('a role across provinces', () => {
  it('lists the roles by name, filtered by level', async () => {
    const answer = await api.graphql(
      '{ roles(where: { level: "provincial" }, first: 1) { totalCount edges { node { id exclusive positions { id } } } pageInfo { hasNextPage } } }',
    );
    expect(answer.data!.roles).toEqual({
      totalCount: 2,
      edges: [
        {
          node: {
            id: ROLE,
            exclusive: true,
            positions: [
              { id: 'position:chu-tich-ubnd-tinh-dong-tay-thu' },
              { id: 'position:chu-tich-ubnd-tinh-dong-thu' },
              { id: 'position:chu-tich-ubnd-tinh-tay-thu' },
            ],
          },
        },
      ],
      pageInfo: { hasNextPage: true },
    });
  });

  it("answers both provinces' chairs on a date, each with its certainty", async () => {
    expect(
      (await holdersOn('2019-01-10')).map((tenure: { person: { id: string }; certainty: string }) => [tenure.person.id, tenure.certainty]),
    ).toEqual([
      ['person:tran-van-dong', 'CERTAIN'],
      ['person:le-van-tay', 'CERTAIN'],
    ]);
  });

  it("closes the predecessor's possible term at the successor's certain start, and the acting chairman's at the elected one's", async () => {
    const byPerson = Object.fromEntries(
      (await holdersOn('2020-03-10', 'place:tinh-tay-thu')).map((tenure: { person: { id: string } }) => [tenure.person.id, tenure]),
    );
    // On 10 March 2020 the acting chairman may be in office (his term's end is open until the election); his
    // predecessor's possible term ended on 2 March, when the acting one took over for certain.
    expect(Object.keys(byPerson)).toEqual(['person:vo-van-quyen']);
    const tay = (
      await api.graphql('{ node(id: "tenure:le-van-tay--chu-tich-ubnd-tinh-tay-thu") { ... on Tenure { possibleTo possibleToReason } } }')
    ).data!.node;
    expect(tay).toEqual({
      possibleTo: '2020-03-02',
      possibleToReason: 'succeeded by person:vo-van-quyen, in office for certain from 2020-03-02',
    });
    const acting = (
      await api.graphql('{ node(id: "tenure:vo-van-quyen--chu-tich-ubnd-tinh-tay-thu") { ... on Tenure { possibleTo possibleToReason } } }')
    ).data!.node;
    expect(acting).toEqual({
      possibleTo: '2020-04-15',
      possibleToReason: 'succeeded by person:pham-van-moi, in office for certain from 2020-04-15',
    });
  });
});

describe('places over time', () => {
  it('a place merged on a date: the new one asked about before the merger means the provinces it replaced, and the old one after it, the new', async () => {
    expect(
      (await holdersOn('2021-01-01', 'place:tinh-dong-tay-thu')).map((tenure: { position: { id: string } }) => tenure.position.id),
    ).toEqual(['position:chu-tich-ubnd-tinh-dong-thu', 'position:chu-tich-ubnd-tinh-tay-thu']);
    expect(
      (await holdersOn('2025-08-01', 'place:tinh-tay-thu')).map((tenure: { person: { id: string }; position: { id: string } }) => [
        tenure.person.id,
        tenure.position.id,
      ]),
    ).toEqual([['person:pham-van-moi', 'position:chu-tich-ubnd-tinh-dong-tay-thu']]);
  });

  it('a tenure does not outlive its post without a source: the possible term ends the day before the merger', async () => {
    const dong = (
      await api.graphql(
        '{ node(id: "tenure:tran-van-dong--chu-tich-ubnd-tinh-dong-thu") { ... on Tenure { possibleTo possibleToReason } } }',
      )
    ).data!.node;
    expect(dong.possibleTo).toBe('2025-06-30');
    expect(dong.possibleToReason).toContain('reorganization:dong-tay-thu-2025');
    // Likewise a post the merger formed: seen only on 5 September 2025, its holder may have held it since the
    // province began, not five years before.
    const vice = (
      await api.graphql(
        '{ node(id: "tenure:ho-van-pho--pho-chu-tich-ubnd-tinh-dong-tay-thu") { ... on Tenure { possibleFrom possibleFromReason certainFrom } } }',
      )
    ).data!.node;
    expect(vice).toEqual({
      possibleFrom: '2025-07-01',
      possibleFromReason:
        'the post began when reorganization:dong-tay-thu-2025 formed it, or its body or territory, on 2025-07-01 (Nghị quyết số 1/2025/QH15)',
      certainFrom: '2025-09-05',
    });
    expect(dong.possibleToReason).toContain('Nghị quyết số 1/2025/QH15');
    const reorganization = await api.graphql(
      '{ node(id: "reorganization:dong-tay-thu-2025") { ... on Reorganization { date decision replaced { __typename ... on Place { id } } formed { ... on Place { id } } sources { quote } } } }',
    );
    expect(reorganization.data!.node).toMatchObject({
      date: '2025-07-01',
      decision: 'Nghị quyết số 1/2025/QH15',
      formed: expect.arrayContaining([{ id: 'place:tinh-dong-tay-thu' }]),
    });
  });
});

describe('the grid of a role', () => {
  it('gives each province and year its holders on the day, what is unknown, and when a province did not exist; and the coverage', async () => {
    const grid = (
      await api.graphql(`{ roleGrid(roleId: "${ROLE}", fromYear: 2016, toYear: 2025, day: "07-01") {
        years rows { place { id } cells { year status holders { person { id } certainty } } } coverage { certain possible unknown total } } }`)
    ).data!.roleGrid;
    expect(grid.years).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
    const row = (place: string) =>
      grid.rows
        .find((candidate: { place: { id: string } }) => candidate.place.id === place)!
        .cells.map(
          (cell: { status: string; holders: { person: { id: string } }[] }) =>
            `${cell.status}:${cell.holders.map((holder) => holder.person.id.slice(7)).join('+')}`,
        );
    expect(row('place:tinh-dong-tay-thu')).toEqual([...Array(9).fill('NOT_IN_EXISTENCE:'), 'CERTAIN:pham-van-moi']);
    expect(row('place:tinh-dong-thu')).toEqual([
      ...Array(5).fill('CERTAIN:tran-van-dong'),
      ...Array(4).fill('POSSIBLE:tran-van-dong'),
      'NOT_IN_EXISTENCE:',
    ]);
    expect(row('place:tinh-tay-thu').slice(0, 5)).toEqual([
      'CERTAIN:le-van-tay',
      'CERTAIN:le-van-tay',
      'CERTAIN:le-van-tay',
      'POSSIBLE:le-van-tay',
      'POSSIBLE:pham-van-moi',
    ]);
    expect(grid.coverage).toEqual({ certain: 9, possible: 10, unknown: 0, total: 19 });
  });
});
