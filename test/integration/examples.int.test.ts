/**
 * The playground's example queries (also shown in the README) against the seeded graph: each runs without
 * errors and gives the answer the README shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/playground/examples.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ seed: 'all' });
});
afterAll(async () => {
  await api.stop();
});

function example(title: string) {
  const found = EXAMPLE_QUERIES.find((candidate) => candidate.title.startsWith(title));
  if (!found) throw new Error(`no example titled ${title}`);
  return found;
}

describe("what the graph holds (the README's table)", () => {
  it('counts the articles, statements, entities and facts the README states', async () => {
    const [row] = await api.database.read({
      cypher: `CALL { MATCH (a:Article) RETURN count(a) AS articles, count(a.publishedOn) AS dated, toString(min(a.publishedOn)) AS first, toString(max(a.publishedOn)) AS last,
                 count(DISTINCT a.publisher) AS publishers }
               CALL { MATCH (c:Claim) WITH c.kind AS kind, count(*) AS n ORDER BY kind RETURN collect([kind, n]) AS statements }
               CALL { MATCH (p:Person) RETURN count(p) AS people } CALL { MATCH (o:Organization) RETURN count(o) AS organizations }
               CALL { MATCH (p:Position) RETURN count(p) AS positions } CALL { MATCH (r:Role) RETURN count(r) AS roles }
               CALL { MATCH (t:Tenure) RETURN count(t) AS tenures, count(CASE WHEN t.startDate IS NOT NULL OR t.endDate IS NOT NULL THEN 1 END) AS bounded }
               CALL { MATCH (t:Tenure)<-[:SUPPORTS]-(:Claim)-[:IN_ARTICLE]->(a:Article) WITH t, count(DISTINCT a) AS n WHERE n > 1 RETURN count(t) AS multiSource }
               CALL { MATCH (e:Event) RETURN count(e) AS events } CALL { MATCH (p:AwardPresentation) RETURN count(p) AS presentations }
               CALL { MATCH (p:Place {kind: 'province'}) RETURN count(p) AS provinces } CALL { MATCH (r:Reorganization) RETURN count(r) AS reorganizations }
               RETURN *`,
      params: {},
    });
    expect(row).toEqual({
      articles: 415,
      dated: 174,
      first: '2010-05-20',
      last: '2026-03-10',
      publishers: 183,
      statements: [
        ['event', 338],
        ['figure', 5],
        ['holds', 2790],
        ['name', 1382],
        ['organizes', 319],
        ['participates', 231],
        ['presents', 71],
        ['reorganizes', 52],
      ],
      people: 809,
      organizations: 655,
      positions: 1005,
      roles: 16,
      tenures: 1887,
      bounded: 481,
      multiSource: 422,
      events: 310,
      presentations: 71,
      reorganizations: 22,
      provinces: 73,
    });
    // The coverage of the provinces' chairs: what the README's table and the explorer's grid give.
    const grid = await api.graphql(`{ roleGrid(roleId: "role:chu-tich-ubnd-tinh", fromYear: 2016, toYear: 2025) {
      coverage { certain possible unknown total } rows { place { id } cells { status } } } }`);
    expect(grid.data!.roleGrid.coverage).toEqual({ certain: 343, possible: 143, unknown: 77, total: 563 });
    const complete = grid.data!.roleGrid.rows.filter(
      (gridRow: { cells: { status: string }[] }) =>
        gridRow.cells.every((cell) => cell.status === 'CERTAIN' || cell.status === 'NOT_IN_EXISTENCE') &&
        gridRow.cells.filter((cell) => cell.status === 'CERTAIN').length >= 9,
    );
    expect(complete).toHaveLength(25);
  });
});

describe('the example queries', () => {
  it('are five, one per question the README answers', () => {
    expect(EXAMPLE_QUERIES.map((query) => query.title)).toEqual([
      'Who presented which award, on whose behalf, at which meeting',
      'Search without diacritics',
      'Who held an office on a date',
      'How a term began and ended, across articles',
      'How two entities are connected',
    ]);
  });

  it('term: Lê Tuấn Phong, elected in one article and dismissed in another, certain on 2022-01-01', async () => {
    const { query, variables } = example('How a term');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.officeHolders).toHaveLength(1);
    const [tenure] = data.officeHolders;
    expect(tenure).toMatchObject({
      person: { name: 'Lê Tuấn Phong' },
      certainty: 'CERTAIN',
      startDate: '2021-01-18',
      endDate: '2022-11-04',
    });
    // Elected: the preferred reading first (the term 2016/2021), every other article's reading after it.
    expect(tenure.startReadings[0]).toMatchObject({ cause: 'elected', term: '2016/2021', rank: 'PREFERRED' });
    expect(tenure.startReadings.map((reading: { vote: { text: string } | null }) => reading.vote?.text ?? null)).toContain(
      '50/51 phiếu tán thành',
    );
    expect(tenure.endReadings).toEqual([
      expect.objectContaining({
        date: { value: '2022-11-04' },
        cause: 'dismissed',
        vote: { text: '40/40/53 phiếu đồng ý' },
      }),
    ]);
    const publishers = (readings: { sources: { article: { publisher: string } }[] }[]) =>
      new Set(readings.flatMap((reading) => reading.sources.map((source) => source.article.publisher)));
    // Two different newspapers: the start from one, the end from the other.
    expect(publishers(tenure.endReadings)).toEqual(new Set(['Báo Đại Đoàn Kết (daidoanket.vn)']));
    expect(publishers(tenure.startReadings)).toContain('Báo Giao thông (baogiaothong.vn)');
  });

  it('award presentations: Lại Thanh Sơn, on behalf of the Prime Minister, at the conference, to 2', async () => {
    const { query, variables } = example('Who presented');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    const certificate = data.awardPresentations.edges.find(
      (edge: { node: { recipientCount: number | null } }) => edge.node.recipientCount === 2,
    ).node;
    expect(certificate.presenter.name).toBe('Lại Thanh Sơn');
    expect(certificate.onBehalfOf).toEqual({ __typename: 'Position', title: 'Thủ tướng Chính phủ', titleEn: 'Prime Minister' });
    expect(certificate.event.organizers).toEqual([{ name: 'Văn phòng UBND tỉnh Bắc Giang' }]);
  });

  it('search: "lai thanh son" finds Lại Thanh Sơn first', async () => {
    const { query, variables } = example('Search');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.search[0].node).toMatchObject({ __typename: 'Person', name: 'Lại Thanh Sơn' });
  });

  it('office holders on 2019-01-11: Lại Thanh Sơn, attested that day, with the quote', async () => {
    const { query, variables } = example('Who held');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.officeHolders).toHaveLength(1);
    expect(data.officeHolders[0]).toMatchObject({
      person: { name: 'Lại Thanh Sơn' },
      attestedOn: '2019-01-11',
      startDate: null,
      endDate: null,
    });
  });

  it('path: two hops, through the presentation made on the Prime Minister’s behalf', async () => {
    const { query, variables } = example('How two');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.path.length).toBe(2);
    expect(data.path.relations.map((relation: { type: string }) => relation.type)).toEqual(['PRESENTED_BY', 'ON_BEHALF_OF']);
  });
});
