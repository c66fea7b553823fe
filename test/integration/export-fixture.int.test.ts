/**
 * The exports and the Wikidata ids on a small fictional graph whose every value the test knows
 * (test/fixtures/interop: an election on 3 July 2020 in one article, a dismissal known only to the month, October
 * 2022, in another without an address; a seat on a standing board; an award presented on behalf of a post): a QID
 * of the registry is served by the API and written into both exports; each bound keeps its precision; each value
 * keeps its article and quote; the downloads stream what the command writes, and followthemoney accepts them.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticleFiles } from '../../src/load/loader.js';
import type { FtmEntity, FtmStatement } from '../../src/export/ftm.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { validateFtm } from '../support/ftm.js';

const FIXTURE = 'test/fixtures/interop';
const ELECTION_URL = 'https://example.org/vi-du/2020-07-03-bau-chu-tich';
const DISMISSAL = 'Tháng 10/2022, HĐND tỉnh Ví Dụ miễn nhiệm chức vụ Chủ tịch UBND tỉnh Ví Dụ đối với ông Nguyễn Văn Mẫu.';

let api: TestApi;
let base: string;
let dir: string;
let entities: FtmEntity[];
let statements: FtmStatement[];
let ftmText: string;

const lines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
const entity = (id: string) => {
  const found = entities.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`the export has no ${id}`);
  return found;
};

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  await loadArticleFiles(api.database, [`${FIXTURE}/articles`], { reset: true, registryDir: `${FIXTURE}/registry` });
  base = api.url.replace(/\/graphql$/, '');
  dir = await mkdtemp(join(tmpdir(), 'export-fixture-'));
  ftmText = await (await fetch(`${base}/export/ftm.jsonl`)).text();
  entities = lines<FtmEntity>(ftmText);
  statements = lines<FtmStatement>(await (await fetch(`${base}/export/ftm-statements.jsonl`)).text());
});
afterAll(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('Wikidata ids', () => {
  it('a QID of the registry is served by the API, with the address of its page', async () => {
    const { data, errors } = await api.graphql(`{
      node(id: "person:nguyen-van-mau") { ... on Person { wikidataId externalIds { scheme id url } } }
      org: node(id: "org:ubnd-tinh-vi-du") { ... on Organization { wikidataId } }
      other: node(id: "person:le-thi-thu") { ... on Person { wikidataId externalIds { id } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.node).toEqual({
      wikidataId: 'Q999999999999',
      externalIds: [{ scheme: 'wikidata', id: 'Q999999999999', url: 'https://www.wikidata.org/wiki/Q999999999999' }],
    });
    expect(data.org).toEqual({ wikidataId: 'Q999999999998' });
    expect(data.other).toEqual({ wikidataId: null, externalIds: [] });
  });

  it('is written into the FollowTheMoney export (wikidataId) and the Popolo export (identifiers)', async () => {
    expect(entity('person-nguyen-van-mau').properties.wikidataId).toEqual(['Q999999999999']);
    expect(entity('org-ubnd-tinh-vi-du').properties.wikidataId).toEqual(['Q999999999998']);
    expect(entity('person-le-thi-thu').properties.wikidataId).toBeUndefined();
    const popolo = (await (await fetch(`${base}/export/popolo.json`)).json()) as Record<string, { id: string; identifiers?: unknown }[]>;
    expect(popolo.persons!.find((person) => person.id === 'person:nguyen-van-mau')!.identifiers).toEqual([
      { identifier: 'Q999999999999', scheme: 'wikidata' },
    ]);
    expect(popolo.organizations!.find((organization) => organization.id === 'org:ubnd-tinh-vi-du')!.identifiers).toEqual([
      { identifier: 'Q999999999998', scheme: 'wikidata' },
    ]);
  });
});

describe('the FollowTheMoney export of the fixture', () => {
  it('passes followthemoney: every entity its schema, every reference resolved, the statements the same entities', async () => {
    await writeFile(join(dir, 'ftm.jsonl'), ftmText);
    await writeFile(join(dir, 'statements.jsonl'), statements.map((statement) => JSON.stringify(statement)).join('\n'));
    const report = await validateFtm(join(dir, 'ftm.jsonl'), join(dir, 'statements.jsonl'));
    expect(report.problems).toEqual([]);
    expect(report.schemata).toEqual({
      Article: 2,
      Event: 2,
      Membership: 1,
      Occupancy: 2,
      Organization: 1,
      Person: 2,
      Position: 2,
      PublicBody: 2,
      UnknownLink: 4,
    });
  });

  it('an Occupancy keeps each bound to its precision: elected on 3 July 2020, dismissed in October 2022', () => {
    expect(entity('tenure-nguyen-van-mau--chu-tich-ubnd-tinh-vi-du').properties).toEqual({
      holder: ['person-nguyen-van-mau'],
      post: ['position-chu-tich-ubnd-tinh-vi-du'],
      startDate: ['2020-07-03'],
      endDate: ['2022-10'],
      electionDate: ['2020-07-03'],
      periodStart: ['2016'],
      periodEnd: ['2021'],
      status: ['ended'],
      description: ['In office for certain from 2020-07-03 to 2022-10-01; possibly from 2020-07-03 to 2022-10-31.'],
      proof: ['article-vi-du-2020-07-03-bau-chu-tich', 'article-vi-du-2022-11-mien-nhiem-chu-tich'],
      sourceUrl: [ELECTION_URL],
    });
  });

  it('a seat on a board is an Occupancy of the post and a Membership of the board; a presentation an Event and its links', () => {
    expect(entity('membership-le-thi-thu--uy-vien-ban-thuong-vu-tinh-uy-vi-du').properties).toMatchObject({
      member: ['person-le-thi-thu'],
      organization: ['org-ban-thuong-vu-tinh-uy-vi-du'],
      role: ['Ủy viên Ban Thường vụ Tỉnh ủy Ví Dụ'],
      status: ['unknown'],
    });
    expect(entity('tenure-le-thi-thu--uy-vien-ban-thuong-vu-tinh-uy-vi-du').properties).toMatchObject({ date: ['2020-07-03'] });
    const presentation = 'presentation-bang-khen-chu-tich-ubnd-tinh-vi-du--ky-hop-thu-muoi';
    expect(entity(presentation).properties).toMatchObject({
      name: ['Bằng khen của Chủ tịch UBND tỉnh Ví Dụ', "Certificate of Merit of the Chairman of the Ví Dụ Provincial People's Committee"],
      date: ['2020-07-03'],
      involved: ['person-le-thi-thu'],
      summary: ['3 cá nhân có thành tích xuất sắc'],
      description: ['Recipients, as the source counts them: 3'],
    });
    const links = entities.filter((candidate) => candidate.properties.subject?.[0] === presentation);
    expect(links.map((link) => [link.properties.role![0], link.properties.object![0]]).sort()).toEqual([
      ['on behalf of', 'position-chu-tich-ubnd-tinh-vi-du'],
      ['presented at', 'event-ky-hop-thu-muoi-hdnd-tinh-vi-du'],
      ['presenter', 'person-le-thi-thu'],
    ]);
    expect(entity('participation-ky-hop-thu-muoi-hdnd-tinh-vi-du--person-le-thi-thu--presenter').properties).toMatchObject({
      subject: ['person-le-thi-thu'],
      object: ['event-ky-hop-thu-muoi-hdnd-tinh-vi-du'],
      role: ['PRESENTER'],
    });
  });

  it('each statement carries its article (its address, else its id) and its quote; registry values say so', () => {
    const end = statements.filter(
      (statement) => statement.entity_id === 'tenure-nguyen-van-mau--chu-tich-ubnd-tinh-vi-du' && statement.prop === 'endDate',
    );
    expect(end).toEqual([
      expect.objectContaining({
        value: '2022-10',
        origin: 'article:vi-du-2022-11-mien-nhiem-chu-tich',
        original_value: DISMISSAL,
        first_seen: '2022-11',
        dataset: 'officials_graph',
      }),
    ]);
    const start = statements.filter(
      (statement) => statement.entity_id === 'tenure-nguyen-van-mau--chu-tich-ubnd-tinh-vi-du' && statement.prop === 'startDate',
    );
    expect(start).toEqual([expect.objectContaining({ value: '2020-07-03', origin: ELECTION_URL, first_seen: '2020-07-03T11:00:00' })]);
    expect(start[0]!.original_value).toContain('ông Nguyễn Văn Mẫu được bầu giữ chức Chủ tịch UBND tỉnh Ví Dụ');
    expect(statements.filter((statement) => statement.prop === 'wikidataId')).toEqual([
      expect.objectContaining({ entity_id: 'org-ubnd-tinh-vi-du', value: 'Q999999999998', origin: 'registry', original_value: null }),
      expect.objectContaining({ entity_id: 'person-nguyen-van-mau', value: 'Q999999999999', origin: 'registry', original_value: null }),
    ]);
  });

  it('the download is streamed, and is byte for byte what `npm run export` writes', async () => {
    const response = await fetch(`${base}/export/ftm.jsonl`);
    expect(response.headers.get('transfer-encoding')).toBe('chunked');
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="officials-graph.ftm.jsonl"');
    expect(await response.text()).toBe(ftmText);
    const out = join(dir, 'cli.jsonl');
    const { stderr } = await promisify(execFile)('npx', ['tsx', 'src/cli/export.ts', '--format', 'ftm', '--out', out], {
      env: process.env,
    });
    expect(await readFile(out, 'utf8')).toBe(ftmText);
    expect(stderr).toMatch(/^Occupancy\s+2$/m);
  });

  it('refuses a bad key, as every read does, and answers 404 for a format it does not have', async () => {
    const refused = await fetch(`${base}/export/ftm.jsonl`, { headers: { authorization: 'Bearer ogk_nope' } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
    expect((await fetch(`${base}/export/ftm.csv`)).status).toBe(404);
  });
});

describe('the Popolo export of the fixture', () => {
  it('a membership has its dates to their precision, its post, organization and area, and only sources with an address', async () => {
    const popolo = (await (await fetch(`${base}/export/popolo.json`)).json()) as Record<string, Record<string, unknown>[]>;
    expect(popolo.memberships!.find((membership) => membership.id === 'tenure:nguyen-van-mau--chu-tich-ubnd-tinh-vi-du')).toEqual({
      id: 'tenure:nguyen-van-mau--chu-tich-ubnd-tinh-vi-du',
      role: 'Chủ tịch UBND tỉnh Ví Dụ',
      person_id: 'person:nguyen-van-mau',
      organization_id: 'org:ubnd-tinh-vi-du',
      post_id: 'position:chu-tich-ubnd-tinh-vi-du',
      area_id: 'place:tinh-vi-du',
      start_date: '2020-07-03',
      end_date: '2022-10',
      sources: [{ url: ELECTION_URL, note: expect.stringContaining('ông Nguyễn Văn Mẫu được bầu') }],
    });
    expect(popolo.posts!.find((post) => post.id === 'position:uy-vien-ban-thuong-vu-tinh-uy-vi-du')).toMatchObject({
      label: 'Ủy viên Ban Thường vụ Tỉnh ủy Ví Dụ',
      other_label: ['Member of the Standing Board of the Ví Dụ Provincial Party Committee'],
      organization_id: 'org:ban-thuong-vu-tinh-uy-vi-du',
      area_id: 'place:tinh-vi-du',
    });
  });
});
