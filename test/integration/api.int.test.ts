/**
 * The API over HTTP against the seeded real Neo4j: every root field and the relations between types, with the
 * values a reader of the seed article would check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type GraphQLResponse, type TestApi } from '../support/api.js';

type OrganizationsPage = { organizations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } };

const LAI_THANH_SON = 'person:lai-thanh-son';
const VICE_CHAIRMAN = 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang';
const PRIME_MINISTER = 'position:thu-tuong-chinh-phu';
const CONFERENCE = 'event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang';
const CERTIFICATE = 'award:bang-khen-thu-tuong-chinh-phu';
const PPC_OFFICE = 'org:van-phong-ubnd-tinh-bac-giang';
const PPC = 'org:ubnd-tinh-bac-giang';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('awardPresentations: who presented which award, on whose behalf, at which meeting', () => {
  it('answers with Lại Thanh Sơn presenting the Certificate of Merit on behalf of the Prime Minister to two unnamed individuals', async () => {
    const { data, errors } = await api.graphql(`{
      awardPresentations(where: { awardId: "${CERTIFICATE}" }) {
        totalCount
        edges { cursor node {
          id date recipientCount recipientDescription
          award { id name conferrer { __typename ... on Position { id title } } }
          presenter { id name }
          onBehalfOf { __typename ... on Position { id title } }
          event { id date }
          recipients { __typename }
          sources { quote article { author } }
        } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.awardPresentations.totalCount).toBe(1);
    const presentation = data.awardPresentations.edges[0].node;
    expect(presentation).toMatchObject({
      date: '2019-01-11',
      recipientCount: 2,
      award: { id: CERTIFICATE, conferrer: { __typename: 'Position', id: PRIME_MINISTER } },
      presenter: { id: LAI_THANH_SON, name: 'Lại Thanh Sơn' },
      onBehalfOf: { __typename: 'Position', id: PRIME_MINISTER, title: 'Thủ tướng Chính phủ' },
      event: { id: CONFERENCE, date: '2019-01-11' },
      recipients: [],
    });
    expect(presentation.award.name).toMatch(/Bằng khen/);
    const quotes = presentation.sources.map((source: { quote: string }) => source.quote);
    expect(quotes.some((quote: string) => quote.includes('trao Bằng khen cho hai cá nhân'))).toBe(true);
    expect(presentation.sources[0].article.author).toBe('Khôi Nguyên');
  });

  it('lists the commendations by the Chairman, the Party Committee of the Office and the Office, with no number, event or date invented', async () => {
    const { data } = await api.graphql(`{
      awardPresentations(first: 50) {
        edges { node { id recipientCount date event { id } presenter { id } onBehalfOf { __typename ... on Position { id } ... on Organization { id } } } }
      }
    }`);
    const nodes = data.awardPresentations.edges.map((edge: { node: unknown }) => edge.node);
    expect(nodes).toHaveLength(4);
    const commendations = nodes.filter((node: { id: string }) => !node.id.includes('bang-khen'));
    expect(
      commendations.map((node: { recipientCount: number | null; date: string | null; event: unknown }) => [
        node.recipientCount,
        node.date,
        node.event,
      ]),
    ).toEqual([
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
    const atTheConference = await api.graphql(`{ awardPresentations(where: { eventId: "${CONFERENCE}" }) { totalCount } }`);
    expect(atTheConference.data.awardPresentations.totalCount).toBe(1);
    expect(commendations.map((node: { onBehalfOf: { id: string } }) => node.onBehalfOf.id).sort()).toEqual(
      ['org:dang-uy-van-phong-ubnd-tinh-bac-giang', PPC_OFFICE, 'position:chu-tich-ubnd-tinh-bac-giang'].sort(),
    );
  });

  it('filters by presenter and by date range', async () => {
    const byPresenter = await api.graphql(`{ awardPresentations(where: { presenterId: "${LAI_THANH_SON}" }) { totalCount } }`);
    expect(byPresenter.data.awardPresentations.totalCount).toBe(1);
    const before = await api.graphql(`{ awardPresentations(where: { dateTo: "2018-12-31" }) { totalCount } }`);
    expect(before.data.awardPresentations.totalCount).toBe(0);
    const during = await api.graphql(`{ awardPresentations(where: { dateFrom: "2019-01-11", dateTo: "2019-01-11" }) { totalCount } }`);
    expect(during.data.awardPresentations.totalCount).toBe(1);
  });
});

describe('people and relations both ways', () => {
  it('shows Lại Thanh Sơn with his tenure, participations, presentations and sources', async () => {
    const { data, errors } = await api.graphql(`{
      people(where: { nameContains: "lai thanh" }) {
        totalCount
        edges { node {
          id name familyName givenName aliases
          tenures { attestedOn startDate endDate position { id title organization { id } } }
          participations { role event { id } }
          presented { id award { id } }
          received { id }
          sources { quote }
        } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.people.totalCount).toBe(1);
    const person = data.people.edges[0].node;
    expect(person).toMatchObject({ id: LAI_THANH_SON, name: 'Lại Thanh Sơn', familyName: 'Lại', givenName: 'Sơn', received: [] });
    expect(person.tenures).toEqual([
      {
        attestedOn: '2019-01-11',
        startDate: null,
        endDate: null,
        position: { id: VICE_CHAIRMAN, title: expect.stringMatching(/Phó Chủ tịch Thường trực/), organization: { id: PPC } },
      },
    ]);
    expect(person.participations.map((p: { role: string }) => p.role).sort()).toEqual(['ATTENDEE', 'PRESENTER', 'SPEAKER']);
    expect(person.presented.map((p: { award: { id: string } }) => p.award.id)).toEqual([CERTIFICATE]);
    expect(person.sources.length).toBeGreaterThan(0);
  });

  it('walks from the event to its organizer, participants and figures, and back from the organizer', async () => {
    const { data, errors } = await api.graphql(`{
      node(id: "${CONFERENCE}") {
        ... on Event {
          name date datePrecision partOfDay
          organizers { id name organizedEvents { id } parent { id positions { id } } }
          participations { role participant { __typename ... on Person { id } ... on Organization { id } } event { id } }
          awardPresentations { id }
          figures { valueText value unit qualifier about { id } reportedAt { id } sources { quote } }
          sources { quote article { id title publishedAt } }
        }
      }
    }`);
    expect(errors).toBeUndefined();
    const event = data.node;
    expect(event).toMatchObject({ date: '2019-01-11', datePrecision: 'day', partOfDay: 'afternoon' });
    expect(event.name).toContain('tổng kết công tác văn phòng năm 2018');
    expect(event.organizers).toHaveLength(1);
    expect(event.organizers[0]).toMatchObject({ id: PPC_OFFICE, organizedEvents: [{ id: CONFERENCE }], parent: { id: PPC } });
    expect(event.organizers[0].parent.positions.map((p: { id: string }) => p.id)).toContain(VICE_CHAIRMAN);
    expect(event.participations.every((p: { event: { id: string } }) => p.event.id === CONFERENCE)).toBe(true);
    const growth = event.figures.find((figure: { valueText: string }) => figure.valueText === '16,%');
    expect(growth).toMatchObject({ value: null, about: { id: 'place:tinh-bac-giang' }, reportedAt: { id: CONFERENCE } });
    expect(growth.sources[0].quote).toContain('16,%');
    const budget = event.figures.find((figure: { value: number | null }) => figure.value === 9.3e12);
    expect(budget).toMatchObject({ qualifier: 'approximately' });
    expect(event.sources[0].article.publishedAt).toBe('2019-01-11T21:00:00+07:00');
  });

  it('reaches awards from their conferrer and positions from their holders', async () => {
    const { data } = await api.graphql(`{
      pm: node(id: "${PRIME_MINISTER}") { ... on Position { title organization { id name } conferredAwards { id } presentationsOnBehalf { id } } }
      vice: node(id: "${VICE_CHAIRMAN}") { ... on Position { holders { person { id } } participations { id } } }
      award: node(id: "${CERTIFICATE}") { ... on Award { presentations { id } sources { quote } } }
      place: node(id: "place:tinh-bac-giang") { ... on Place { name organizations { id } figures { id } } }
    }`);
    expect(data.pm.organization.id).toBe('org:chinh-phu');
    expect(data.pm.conferredAwards).toEqual([{ id: CERTIFICATE }]);
    expect(data.pm.presentationsOnBehalf).toHaveLength(1);
    expect(data.vice.holders).toEqual([{ person: { id: LAI_THANH_SON } }]);
    expect(data.award.presentations).toHaveLength(1);
    expect(data.place.organizations.map((o: { id: string }) => o.id)).toContain(PPC);
    expect(data.place.figures.length).toBeGreaterThanOrEqual(4);
  });

  it('gives the article, its byline and everything it states', async () => {
    const { data } = await api.graphql(
      `{ articles { totalCount edges { node { id title author publisher publishedAt language statements { quote node { id } } } } } }`,
    );
    expect(data.articles.totalCount).toBe(1);
    const article = data.articles.edges[0].node;
    expect(article).toMatchObject({ author: 'Khôi Nguyên', publishedAt: '2019-01-11T21:00:00+07:00', language: 'vi' });
    expect(article.title).toContain('Văn phòng UBND tỉnh không ngừng đổi mới');
    const statedIds = new Set(article.statements.map((s: { node: { id: string } }) => s.node.id));
    for (const id of [LAI_THANH_SON, CONFERENCE, CERTIFICATE, PRIME_MINISTER]) expect(statedIds).toContain(id);
  });

  it('lists organizations with filters', async () => {
    const provincial = await api.graphql(`{ organizations(where: { level: "provincial" }, first: 50) { edges { node { id } } } }`);
    expect(provincial.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(PPC);
    const children = await api.graphql(`{ organizations(where: { parentId: "${PPC}" }) { edges { node { id } } } }`);
    expect(children.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(PPC_OFFICE);
  });

  it('lists events by date, organizer and participant', async () => {
    for (const where of [
      `{ dateFrom: "2019-01-01", dateTo: "2019-01-31" }`,
      `{ organizerId: "${PPC_OFFICE}" }`,
      `{ participantId: "${LAI_THANH_SON}" }`,
      `{ nameContains: "TONG KET" }`,
    ]) {
      const { data, errors } = await api.graphql(`{ events(where: ${where}) { totalCount edges { node { id } } } }`);
      expect(errors, where).toBeUndefined();
      expect(data.events.edges, where).toEqual([{ node: { id: CONFERENCE } }]);
    }
    const { data } = await api.graphql(`{ events(where: { dateFrom: "2019-01-12" }) { totalCount } }`);
    expect(data.events.totalCount).toBe(0);
  });
});

describe('search', () => {
  it.each([['lai thanh son'], ['LẠI THANH SƠN'], ['Lại Thanh Sơn'.normalize('NFD')], ['Lai Thanh So']])(
    'finds Lại Thanh Sơn from %j',
    async (text) => {
      const { data, errors } = await api.graphql(
        `query($text: String!) { search(text: $text) { score node { id ... on Person { name } } } }`,
        { text },
      );
      expect(errors).toBeUndefined();
      expect(data.search[0].node).toEqual({ id: LAI_THANH_SON, name: 'Lại Thanh Sơn' });
      expect(data.search[0].score).toBeGreaterThan(0);
    },
  );

  it('treats "uỷ" like "ủy" and "d" like "đ"', async () => {
    for (const text of ['dang uy van phong', 'Đảng uỷ Văn phòng']) {
      const { data } = await api.graphql(`query($text: String!) { search(text: $text, types: [ORGANIZATION]) { node { id } } }`, { text });
      expect(data.search[0].node.id, text).toBe('org:dang-uy-van-phong-ubnd-tinh-bac-giang');
    }
  });

  it('filters by type and ranks the best match first', async () => {
    const { data } = await api.graphql(
      `{ search(text: "thu tuong chinh phu", types: [POSITION, AWARD]) { score node { __typename id } } }`,
    );
    expect(
      data.search
        .map((hit: { node: { __typename: string } }) => hit.node.__typename)
        .every((t: string) => t === 'Position' || t === 'Award'),
    ).toBe(true);
    expect(data.search[0].node.id).toBe(PRIME_MINISTER);
    const scores = data.search.map((hit: { score: number }) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('answers an empty list for text with nothing searchable, and for no match', async () => {
    expect((await api.graphql(`{ search(text: "  ***  ") { score } }`)).data.search).toEqual([]);
    expect((await api.graphql(`{ search(text: "nguyen van khong co") { score } }`)).data.search).toEqual([]);
  });
});

describe('time: who held an office on a date', () => {
  it('answers the Vice Chairman for certain on the day the article attests, possibly within a term of it, and nobody beyond', async () => {
    const on = await api.graphql(
      `{ officeHolders(positionId: "${VICE_CHAIRMAN}", on: "2019-01-11") { person { name } attestedOn certainty sources { quote } } }`,
    );
    expect(on.data.officeHolders).toEqual([
      {
        person: { name: 'Lại Thanh Sơn' },
        attestedOn: '2019-01-11',
        certainty: 'CERTAIN',
        sources: [expect.objectContaining({ quote: expect.stringContaining('Phó Chủ tịch Thường trực UBND tỉnh') })],
      },
    ]);
    // The article proves the title on one day: a year later he may still hold it (no source says otherwise), so
    // the answer is there, marked possible, and gone when only certain answers are asked for.
    const later =
      await api.graphql(`{ possibly: officeHolders(positionId: "${VICE_CHAIRMAN}", on: "2020-06-01") { certainty possibleFrom possibleTo }
      certainly: officeHolders(positionId: "${VICE_CHAIRMAN}", on: "2020-06-01", includePossible: false) { id } }`);
    expect(later.data.possibly).toEqual([{ certainty: 'POSSIBLE', possibleFrom: '2014-01-11', possibleTo: '2024-01-11' }]);
    expect(later.data.certainly).toEqual([]);
    const beyond = await api.graphql(`{ officeHolders(positionId: "${VICE_CHAIRMAN}", on: "2025-06-01") { id } }`);
    expect(beyond.data.officeHolders).toEqual([]);
    const all = await api.graphql(`{ officeHolders(positionId: "${VICE_CHAIRMAN}") { id certainty } }`);
    expect(all.data.officeHolders).toEqual([{ id: expect.any(String), certainty: null }]);
    const personOn = await api.graphql(
      `{ node(id: "${LAI_THANH_SON}") { ... on Person { on: tenures(on: "2019-01-11") { certainty } off: tenures(on: "2013-01-11") { id } } } }`,
    );
    expect(personOn.data.node.on).toEqual([{ certainty: 'CERTAIN' }]);
    expect(personOn.data.node.off).toEqual([]);
  });

  it('rejects an invalid date and a non-position id with BAD_USER_INPUT', async () => {
    const badDate = await api.graphql(`{ officeHolders(positionId: "${VICE_CHAIRMAN}", on: "2019-02-30") { id } }`);
    expect(badDate.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const notPosition = await api.graphql(`{ officeHolders(positionId: "${LAI_THANH_SON}") { id } }`);
    expect(notPosition.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('path', () => {
  it('connects Lại Thanh Sơn to the Prime Minister through the presentation made on his behalf', async () => {
    const { data, errors } = await api.graphql(`{
      path(fromId: "${LAI_THANH_SON}", toId: "${PRIME_MINISTER}") { length nodes { __typename id } relations { type startId endId } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.path.length).toBe(2);
    expect(data.path.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(['Person', 'AwardPresentation', 'Position']);
    expect(data.path.relations.map((r: { type: string }) => r.type)).toEqual(['PRESENTED_BY', 'ON_BEHALF_OF']);
    expect(data.path.relations[0].endId).toBe(LAI_THANH_SON);
  });

  it('answers null when no connection fits in maxHops, or an id does not exist; length 0 from a node to itself', async () => {
    const tooShort = await api.graphql(`{ path(fromId: "${LAI_THANH_SON}", toId: "org:chinh-phu", maxHops: 1) { length } }`);
    expect(tooShort.data.path).toBeNull();
    const missing = await api.graphql(`{ path(fromId: "${LAI_THANH_SON}", toId: "person:khong-co") { length } }`);
    expect(missing.data.path).toBeNull();
    const self = await api.graphql(`{ path(fromId: "${LAI_THANH_SON}", toId: "${LAI_THANH_SON}") { length nodes { id } } }`);
    expect(self.data.path).toEqual({ length: 0, nodes: [{ id: LAI_THANH_SON }] });
  });

  it('rejects maxHops out of range', async () => {
    const { errors } = await api.graphql(`{ path(fromId: "${LAI_THANH_SON}", toId: "${PRIME_MINISTER}", maxHops: 50) { length } }`);
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('node, pagination and errors', () => {
  it('answers null for an id that does not exist, or could not exist', async () => {
    const { data, errors } = await api.graphql(`{ a: node(id: "person:khong-co") { id } b: node(id: "nonsense") { id } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ a: null, b: null });
  });

  it('pages with opaque cursors through every organization exactly once', async () => {
    const all = await api.graphql(`{ organizations(first: 100) { totalCount edges { node { id } } } }`);
    const expected = all.data.organizations.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(expected.length).toBe(all.data.organizations.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GraphQLResponse<OrganizationsPage> = await api.graphql<OrganizationsPage>(
        `query($after: String) { organizations(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const organizations: OrganizationsPage['organizations'] = page.data!.organizations;
      seen.push(...organizations.edges.map((edge) => edge.node.id));
      if (!organizations.pageInfo.hasNextPage) break;
      after = organizations.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });

  it('rejects a forged cursor and a page size beyond the maximum with BAD_USER_INPUT', async () => {
    const forged = await api.graphql(`{ people(after: "not-a-cursor") { totalCount } }`);
    expect(forged.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    const huge = await api.graphql(`{ people(first: 1000000) { totalCount } }`);
    expect(huge.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });

  it("counts in the page's own query when totalCount is asked for, and matches the graph", async () => {
    const without = await api.graphql('{ people { edges { node { id } } } }');
    const withCount = await api.graphql('{ people { totalCount edges { node { id } } } }');
    const [graph] = await api.database.read({ cypher: 'MATCH (n:Person) RETURN count(n) AS people', params: {} });
    expect(without.extensions?.neo4jRoundTrips).toBe(1);
    expect(withCount.extensions?.neo4jRoundTrips).toBe(1);
    expect(withCount.data?.people.totalCount).toBe(graph?.people);
    expect(withCount.data?.people.edges).toEqual(without.data?.people.edges);
  });
});
