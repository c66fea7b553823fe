/**
 * The exports of the seed graph (every article of seed/articles), downloaded as a client would (streamed from
 * /export/…):
 *
 * - FollowTheMoney: validated against followthemoney's own model (test/support/ftm.ts): every entity
 *   passes its schema, every reference resolves, the statements make exactly the entities; the counts per schema
 *   follow from the graph's; every Occupancy has the dates and the certainty the API gives its tenure; every
 *   statement's quote is in its article's text. The counts and timings go to test-results/ftm-export.json.
 * - Popolo: every object, and every object within one, has only the fields of the specification's JSON Schemas
 *   (listed below from popolo-project/popolo-spec), with dates of its pattern, and every reference resolves.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prefixDate } from '../../src/export/dates.js';
import type { FtmEntity, FtmStatement } from '../../src/export/ftm.js';
import { describeCertainty } from '../../src/export/tenure.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { validateFtm, type FtmReport } from '../support/ftm.js';

let api: TestApi;
let base: string;
let dir: string;
let entities: FtmEntity[];
let statements: FtmStatement[];
let report: FtmReport;
const timings: Record<string, number> = {};

const lines = <T>(text: string): T[] =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);

async function download(path: string): Promise<string> {
  const began = performance.now();
  const response = await fetch(`${base}${path}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('transfer-encoding')).toBe('chunked');
  const text = await response.text();
  timings[path] = Math.round(performance.now() - began);
  return text;
}

async function count(cypher: string): Promise<number> {
  const [row] = await api.database.read({ cypher: `${cypher} AS n`, params: {} });
  return Number(row!.n);
}

beforeAll(async () => {
  api = await startTestApi({ seed: 'all' });
  base = api.url.replace(/\/graphql$/, '');
  dir = await mkdtemp(join(tmpdir(), 'exports-'));
  const ftm = await download('/export/ftm.jsonl');
  const statementsText = await download('/export/ftm-statements.jsonl');
  entities = lines<FtmEntity>(ftm);
  statements = lines<FtmStatement>(statementsText);
  await writeFile(join(dir, 'ftm.jsonl'), ftm);
  await writeFile(join(dir, 'statements.jsonl'), statementsText);
  const began = performance.now();
  report = await validateFtm(join(dir, 'ftm.jsonl'), join(dir, 'statements.jsonl'));
  timings.validation = Math.round(performance.now() - began);
  await mkdir('test-results', { recursive: true });
  await writeFile(
    'test-results/ftm-export.json',
    `${JSON.stringify({ schemata: report.schemata, statements: report.statements, timings }, null, 1)}\n`,
  );
}, 600_000);
afterAll(async () => {
  await api.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('the FollowTheMoney export of the seed graph', () => {
  it('passes followthemoney: every entity its schema, every reference resolved, the statements the same entities', () => {
    expect(report.problems).toEqual([]);
    expect(report.entities).toBe(entities.length);
    expect(report.statements).toBe(statements.length);
  });

  it('has an entity per node of the graph, of the nearest schema, and nothing the graph does not hold', async () => {
    const { schemata } = report;
    expect(schemata.Article).toBe(await count('MATCH (n:Article) RETURN count(n)'));
    expect(schemata.Person).toBe(await count('MATCH (n:Person) RETURN count(n)'));
    expect(schemata.Position).toBe(await count('MATCH (n:Position) RETURN count(n)'));
    expect((schemata.Organization ?? 0) + (schemata.PublicBody ?? 0)).toBe(await count('MATCH (n:Organization) RETURN count(n)'));
    expect(schemata.Occupancy).toBe(await count('MATCH (n:Tenure) RETURN count(n)'));
    expect(schemata.Membership).toBe(
      await count(
        "MATCH (n:Tenure)-[:OF_POSITION]->(p:Position)-[:IN_ORGANIZATION]->() WHERE p.titleEn STARTS WITH 'Member of ' RETURN count(n)",
      ),
    );
    expect(schemata.Event).toBe(
      await count('CALL { MATCH (n:Event) RETURN n UNION MATCH (n:AwardPresentation) RETURN n } RETURN count(n)'),
    );
    expect(schemata.UnknownLink).toBe(
      await count(
        'CALL { MATCH (n:Participation) RETURN 1 AS x UNION ALL MATCH (:AwardPresentation)-[r:PRESENTED_BY|ON_BEHALF_OF|AT_EVENT|RECIPIENT]->() RETURN 1 AS x } RETURN count(x)',
      ),
    );
    // No value the graph does not hold: no country, no gender, no birth date.
    for (const entity of entities)
      for (const prop of ['country', 'gender', 'birthDate', 'nationality']) expect(entity.properties[prop]).toBeUndefined();
    expect(Object.keys(schemata).sort()).toEqual([
      'Article',
      'Event',
      'Membership',
      'Occupancy',
      'Organization',
      'Person',
      'Position',
      'PublicBody',
      'UnknownLink',
    ]);
  });

  it("every Occupancy has its tenure's dates and certainty as the API gives them", async () => {
    interface Reading {
      date: { value: string } | null;
      rank: string;
    }
    interface ApiTenure {
      id: string;
      startDate: string | null;
      endDate: string | null;
      certainFrom: string | null;
      certainTo: string | null;
      possibleFrom: string | null;
      possibleTo: string | null;
      disputed: boolean | null;
      acting: boolean | null;
      startReadings: Reading[];
      endReadings: Reading[];
    }
    const tenures: ApiTenure[] = [];
    for (let after: string | null = null; ;) {
      const { data, errors } = await api.graphql(
        `query($after: String) { people(first: 50, after: $after) { pageInfo { hasNextPage endCursor } edges { node { tenures {
          id startDate endDate certainFrom certainTo possibleFrom possibleTo disputed acting
          startReadings { date { value } rank } endReadings { date { value } rank } } } } } }`,
        { after },
      );
      expect(errors).toBeUndefined();
      for (const edge of data.people.edges as { node: { tenures: ApiTenure[] } }[]) tenures.push(...edge.node.tenures);
      if (!data.people.pageInfo.hasNextPage) break;
      after = data.people.pageInfo.endCursor as string;
    }
    const occupancies = new Map(entities.filter((entity) => entity.schema === 'Occupancy').map((entity) => [entity.id, entity]));
    expect(tenures.length).toBe(occupancies.size);
    const precisions = new Set<number>();
    for (const tenure of tenures) {
      const occupancy = occupancies.get(tenure.id.replace(':', '-'))!;
      expect(occupancy, tenure.id).toBeDefined();
      const { properties } = occupancy;
      expect(properties.description, tenure.id).toEqual([
        describeCertainty({ ...tenure, disputed: tenure.disputed === true, acting: tenure.acting === true }),
      ]);
      for (const [side, day, readings] of [
        ['startDate', tenure.startDate, tenure.startReadings],
        ['endDate', tenure.endDate, tenure.endReadings],
      ] as const) {
        const given = properties[side] ?? [];
        const readingDates = readings
          .filter((reading) => reading.rank !== 'DEPRECATED' && reading.date)
          .map((reading) => prefixDate(reading.date!.value));
        if (day !== null) expect(given, `${tenure.id} ${side}`).toEqual([day]);
        else {
          for (const value of given) expect(readingDates, `${tenure.id} ${side}`).toContain(value);
          if (readingDates.some(Boolean)) expect(given.length, `${tenure.id} ${side}`).toBeGreaterThan(0);
        }
        given.forEach((value) => precisions.add(value.length));
      }
      const ended = tenure.endReadings.some((reading) => reading.rank !== 'DEPRECATED');
      expect(properties.status, tenure.id).toEqual([ended ? 'ended' : 'unknown']);
    }
    // Dates keep their precision: days, months and years, as the sources give them.
    expect([...precisions].sort()).toEqual([10, 4, 7]);
  });

  it("every statement's quote is in its article's text, and its origin is that article's address (or id)", async () => {
    const articles = await api.database.read({ cypher: 'MATCH (a:Article) RETURN a.id AS id, a.url AS url, a.text AS text', params: {} });
    const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ');
    const byOrigin = new Map(articles.map((article) => [String(article.url ?? article.id), squash(String(article.text))]));
    let quoted = 0;
    for (const statement of statements) {
      expect(statement.dataset).toBe('officials_graph');
      if (statement.origin === null || statement.origin === 'registry') {
        expect(statement.original_value).toBeNull();
        continue;
      }
      const text = byOrigin.get(statement.origin);
      expect(text, statement.origin).toBeDefined();
      if (statement.original_value !== null) {
        expect(
          text!.includes(squash(statement.original_value)),
          `${statement.entity_id} ${statement.prop}: ${statement.original_value}`,
        ).toBe(true);
        quoted += 1;
      }
    }
    expect(quoted).toBeGreaterThan(statements.length / 2);
  });
});

/**
 * The fields of Popolo's objects, from the specification's JSON Schemas (github.com/popolo-project/popolo-spec,
 * schemas/*.json: person, organization, membership, area, other_name, identifier and link at commit b6225682, post
 * at c731e3bf). Nested objects (`parent`, `organization`…) are the specification's too, but this export gives
 * references by id only.
 */
// prettier-ignore
const POPOLO_FIELDS: Readonly<Record<string, readonly string[]>> = {
  persons: [
    'id', 'name', 'other_names', 'identifiers', 'family_name', 'given_name', 'additional_name', 'honorific_prefix', 'honorific_suffix',
    'patronymic_name', 'sort_name', 'email', 'gender', 'birth_date', 'death_date', 'image', 'summary', 'biography', 'national_identity',
    'contact_details', 'links', 'memberships', 'created_at', 'updated_at', 'sources',
  ],
  organizations: [
    'id', 'name', 'other_names', 'identifiers', 'classification', 'parent_id', 'parent', 'area_id', 'area', 'founding_date',
    'dissolution_date', 'image', 'contact_details', 'links', 'memberships', 'posts', 'created_at', 'updated_at', 'sources',
  ],
  posts: [
    'id', 'label', 'other_label', 'role', 'organization_id', 'organization', 'area_id', 'area', 'start_date', 'end_date',
    'contact_details', 'links', 'memberships', 'created_at', 'updated_at', 'sources',
  ],
  memberships: [
    'id', 'label', 'role', 'member', 'person_id', 'person', 'organization_id', 'organization', 'post_id', 'post', 'on_behalf_of_id',
    'on_behalf_of', 'area_id', 'area', 'start_date', 'end_date', 'contact_details', 'links', 'created_at', 'updated_at', 'sources',
  ],
  areas: ['id', 'name', 'identifier', 'classification', 'parent_id', 'parent', 'geometry', 'created_at', 'updated_at', 'sources'],
  other_names: [
    'name', 'family_name', 'given_name', 'additional_name', 'honorific_prefix', 'honorific_suffix', 'patronymic_name', 'start_date',
    'end_date', 'note',
  ],
  identifiers: ['identifier', 'scheme'],
  links: ['url', 'note'],
};
/** The specification's pattern of its dates. */
const POPOLO_DATE = /^[0-9]{4}(-[0-9]{2}){0,2}$/;

describe('the Popolo export of the seed graph', () => {
  let popolo: Record<string, Record<string, unknown>[]>;
  beforeAll(async () => {
    popolo = JSON.parse(await download('/export/popolo.json')) as typeof popolo;
  });

  it('has the five collections, one object per place, organization, position, person and tenure', async () => {
    expect(Object.keys(popolo)).toEqual(['areas', 'organizations', 'posts', 'persons', 'memberships']);
    expect(popolo.areas!.length).toBe(await count('MATCH (n:Place) RETURN count(n)'));
    expect(popolo.organizations!.length).toBe(await count('MATCH (n:Organization) RETURN count(n)'));
    expect(popolo.posts!.length).toBe(await count('MATCH (n:Position) RETURN count(n)'));
    expect(popolo.persons!.length).toBe(await count('MATCH (n:Person) RETURN count(n)'));
    expect(popolo.memberships!.length).toBe(await count('MATCH (n:Tenure) RETURN count(n)'));
  });

  it("every field, and every field of a nested object, is one of the specification's, with a value of its form", () => {
    const used = new Set<string>();
    const check = (kind: string, object: Record<string, unknown>, where: string) => {
      for (const [field, value] of Object.entries(object)) {
        expect(POPOLO_FIELDS[kind], `${where}: ${kind}.${field}`).toContain(field);
        used.add(`${kind}.${field}`);
        if (field.endsWith('_date')) expect(value, `${where}.${field}`).toMatch(POPOLO_DATE);
        if (field === 'other_names' || field === 'identifiers' || field === 'links' || field === 'sources') {
          expect(Array.isArray(value) && value.length > 0, `${where}.${field}`).toBe(true);
          for (const item of value as Record<string, unknown>[]) check(field === 'sources' ? 'links' : field, item, `${where}.${field}`);
        } else if (field === 'other_label') expect((value as unknown[]).every((label) => typeof label === 'string')).toBe(true);
        else expect(typeof value, `${where}.${field}`).toBe('string');
      }
    };
    for (const [collection, objects] of Object.entries(popolo))
      for (const object of objects) {
        expect(typeof object.id).toBe('string');
        check(collection, object, `${collection} ${String(object.id)}`);
      }
    // Required by the specification: a link's url, an identifier's identifier, another name's name.
    for (const object of Object.values(popolo).flat()) {
      for (const link of [
        ...((object.sources as { url: string }[] | undefined) ?? []),
        ...((object.links as { url: string }[] | undefined) ?? []),
      ])
        expect(() => new URL(link.url)).not.toThrow();
      for (const name of (object.other_names as { name: string }[] | undefined) ?? []) expect(name.name.length).toBeGreaterThan(0);
    }
    expect([...used].sort()).toEqual(
      expect.arrayContaining(['memberships.start_date', 'memberships.end_date', 'memberships.sources', 'persons.sources', 'links.note']),
    );
  });

  it('every reference resolves to an object of the export', () => {
    const ids = (collection: string) => new Set(popolo[collection]!.map((object) => object.id));
    const targets: Record<string, Set<unknown>> = {
      person_id: ids('persons'),
      organization_id: ids('organizations'),
      post_id: ids('posts'),
      area_id: ids('areas'),
    };
    for (const [collection, objects] of Object.entries(popolo))
      for (const object of objects)
        for (const [field, value] of Object.entries(object)) {
          const target = field === 'parent_id' ? ids(collection) : targets[field];
          if (target) expect(target.has(value), `${collection} ${String(object.id)}.${field} = ${String(value)}`).toBe(true);
        }
  });

  it("a membership's dates are its Occupancy's where the sources agree on one", () => {
    const occupancies = new Map(entities.filter((entity) => entity.schema === 'Occupancy').map((entity) => [entity.id, entity.properties]));
    let dated = 0;
    for (const membership of popolo.memberships!) {
      const occupancy = occupancies.get(String(membership.id).replace(':', '-'))!;
      for (const [field, prop] of [
        ['start_date', 'startDate'],
        ['end_date', 'endDate'],
      ] as const) {
        const values = occupancy[prop] ?? [];
        expect(membership[field], `${String(membership.id)} ${field}`).toEqual(values.length === 1 ? values[0] : undefined);
        if (values.length === 1) dated += 1;
      }
    }
    expect(dated).toBeGreaterThan(100);
  });
});
