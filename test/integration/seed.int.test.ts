/**
 * The seed loader against the real Neo4j: what a reader of the article would check, idempotence, and that bad
 * input writes nothing. Leaves the database holding exactly seed/articles, as the other integration tests expect.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_ARTICLES_DIR,
  countGraph,
  loadArticleFiles,
  resetDatabase,
  seedIfEmpty,
  type GraphCounts,
  type LoadSummary,
} from '../../src/load/loader.js';
import { ValidationError } from '../../src/statements/issues.js';
import { normalizeWhitespaceNfc } from '../../src/text/fold.js';
import { testDatabase } from '../support/database.js';

const database = testDatabase();
const PROJECT = join(import.meta.dirname, '../..');
const SEED_JSON = join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.json');
const SEED_TEXT = join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt');
const EVENT = 'event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang';
const BANG_KHEN = 'presentation:bang-khen-thu-tuong-chinh-phu--hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang';
const scratch = mkdtempSync(join(tmpdir(), 'seed-int-'));

/** The seeded graph, label by label and type by type: the numbers the closing note reports. */
const SEEDED: Pick<GraphCounts, 'nodesByLabel' | 'relationshipsByType'> = {
  nodesByLabel: {
    Article: 1,
    Person: 1,
    Organization: 4,
    Position: 3,
    Role: 3,
    Place: 1,
    Tenure: 1,
    Event: 1,
    Participation: 4,
    Award: 4,
    AwardPresentation: 4,
    Figure: 5,
    Claim: 17,
  },
  relationshipsByType: {
    PART_OF: 1,
    JURISDICTION: 1,
    IN_ORGANIZATION: 3,
    OF_ROLE: 3,
    HELD_BY: 1,
    OF_POSITION: 1,
    ORGANIZED_BY: 1,
    HELD_IN: 0,
    PARTICIPANT: 4,
    AT_EVENT: 5,
    CONFERRED_BY: 4,
    OF_AWARD: 4,
    PRESENTED_BY: 1,
    ON_BEHALF_OF: 4,
    RECIPIENT: 0,
    ABOUT: 5,
    REPORTED_AT: 5,
    STATED_IN: 58,
    IN_ARTICLE: 17,
    MENTIONS: 22,
    SUPPORTS: 16,
  },
};

const read = (cypher: string, params: Record<string, unknown> = {}) => database.read({ cypher, params });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file to break in one place per case
type ArticleFile = { article: Record<string, unknown>; statements: Record<string, any>[] };
const seedFile = (): ArticleFile => JSON.parse(readFileSync(SEED_JSON, 'utf8')) as ArticleFile;
const statement = (data: ArticleFile, id: string) => data.statements.find((item) => item.id === id)!;

let firstLoad: LoadSummary;

beforeAll(async () => {
  firstLoad = await loadArticleFiles(database, [SEED_JSON], { reset: true });
});

afterAll(async () => {
  await loadArticleFiles(database, [SEED_JSON], { reset: true });
  await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('the seeded article, as a reader would check it', () => {
  it('loads the counts of the seed article and nothing else', () => {
    expect(firstLoad).toMatchObject({ ...SEEDED, nodes: 49, relationships: 156, files: 1 });
    console.log(
      `seed load: ${firstLoad.nodes} nodes, ${firstLoad.relationships} relationships in ${Math.round(firstLoad.millis)} ms ` +
        `(validation ${Math.round(firstLoad.validateMillis)} ms, reset deleted ${firstLoad.deletedNodes} nodes)`,
    );
  });

  it("Lại Thanh Sơn presented the Prime Minister's Certificate of Merit at the conference, on the PM's behalf, to two unnamed recipients", async () => {
    const rows = await read(`
      MATCH (presenter:Person)<-[:PRESENTED_BY]-(p:AwardPresentation)-[:OF_AWARD]->(award:Award)
      MATCH (p)-[:AT_EVENT]->(event:Event)
      MATCH (p)-[:ON_BEHALF_OF]->(principal)
      MATCH (award)-[:CONFERRED_BY]->(conferrer)
      RETURN p.id AS id, presenter.id AS presenter, award.id AS award, award.name AS awardName, event.id AS event,
             principal.id AS onBehalfOf, labels(principal) AS principalLabels, conferrer.id AS conferrer,
             p.date AS date, p.date = date('2019-01-11') AS isDate, p.recipientCount AS recipientCount,
             p.recipientDescription AS recipientDescription, COUNT { (p)-[:RECIPIENT]->() } AS namedRecipients,
             [(p)-[s:STATED_IN]->(:Article) | s.quote] AS quotes`);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row).toMatchObject({
      id: BANG_KHEN,
      presenter: 'person:lai-thanh-son',
      award: 'award:bang-khen-thu-tuong-chinh-phu',
      awardName: 'Bằng khen của Thủ tướng Chính phủ',
      event: EVENT,
      onBehalfOf: 'position:thu-tuong-chinh-phu',
      principalLabels: ['Position'],
      conferrer: 'position:thu-tuong-chinh-phu',
      date: '2019-01-11',
      isDate: true,
      recipientCount: 2,
      recipientDescription: 'hai cá nhân có thành tích xuất sắc',
      namedRecipients: 0,
    });
    expect((row?.quotes as string[]).sort()).toEqual([
      'Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lại Thanh Sơn trao Bằng khen cho 2 cá nhân tiêu biểu',
      'Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lại Thanh Sơn trao Bằng khen cho hai cá nhân có thành tích xuất sắc.',
    ]);
    expect(await read('MATCH ()-[r:RECIPIENT]->() RETURN count(r) AS n')).toEqual([{ n: 0 }]);
  });

  it('he held the post of Standing Vice Chairman of the PPC, attested on 11 January 2019 (the year inferred), term dates unknown', async () => {
    const rows = await read(`
      MATCH (t:Tenure)-[:HELD_BY]->(person:Person {id: 'person:lai-thanh-son'})
      MATCH (t)-[:OF_POSITION]->(position:Position)-[:IN_ORGANIZATION]->(org:Organization)-[:JURISDICTION]->(place:Place)
      RETURN t.id AS id, person.name AS name, person.familyName AS familyName, person.givenName AS givenName, person.nameFolded AS folded,
             position.id AS position, position.title AS title, org.id AS org, place.id AS place,
             t.attestedOn AS attestedOn, t.attestedOn = date('2019-01-11') AS isDate, t.startDate AS startDate, t.endDate AS endDate,
             t.certainFrom AS certainFrom, t.certainTo AS certainTo, t.possibleFrom AS possibleFrom, t.possibleTo AS possibleTo`);
    expect(rows).toEqual([
      {
        id: 'tenure:lai-thanh-son--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
        name: 'Lại Thanh Sơn',
        familyName: 'Lại',
        givenName: 'Sơn',
        folded: 'lai thanh son',
        position: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
        title: 'Phó Chủ tịch Thường trực UBND tỉnh',
        org: 'org:ubnd-tinh-bac-giang',
        place: 'place:tinh-bac-giang',
        attestedOn: '2019-01-11',
        isDate: true,
        startDate: null,
        endDate: null,
        certainFrom: '2019-01-11',
        certainTo: '2019-01-11',
        possibleFrom: '2014-01-11',
        possibleTo: '2024-01-11',
      },
    ]);
  });

  it('the conference was held on the afternoon of 11 January 2019, organized by the PPC Office, with his roles there', async () => {
    const [event] = await read(
      `
      MATCH (e:Event {id: $id})-[:ORGANIZED_BY]->(organizer:Organization)-[:PART_OF]->(parent:Organization)
      RETURN e.name AS name, e.date AS date, e.date = date('2019-01-11') AS isDate, e.datePrecision AS precision, e.partOfDay AS partOfDay, e.dateInferred AS inferred,
             organizer.id AS organizer, parent.id AS parent, COUNT { (e)-[:HELD_IN]->() } AS places,
             [(p:Participation)-[:AT_EVENT]->(e) | [COLLECT { MATCH (p)-[:PARTICIPANT]->(who) RETURN who.id }[0], p.role]] AS participations`,
      { id: EVENT },
    );
    expect(event).toMatchObject({
      name: 'Hội nghị tổng kết công tác văn phòng năm 2018; triển khai nhiệm vụ năm 2019',
      date: '2019-01-11',
      isDate: true,
      precision: 'day',
      partOfDay: 'afternoon',
      inferred: expect.stringContaining('the year is that of the publication date'),
      organizer: 'org:van-phong-ubnd-tinh-bac-giang',
      parent: 'org:ubnd-tinh-bac-giang',
      places: 0,
    });
    expect((event?.participations as string[][]).map((pair) => pair.join(' ')).sort()).toEqual([
      'org:van-phong-ubnd-tinh-bac-giang ATTENDEE',
      'person:lai-thanh-son ATTENDEE',
      'person:lai-thanh-son PRESENTER',
      'person:lai-thanh-son SPEAKER',
    ]);
  });

  it('the article: its byline, publication time with offset, publisher and text', async () => {
    const [article] = await read(`
      MATCH (a:Article)
      RETURN a.id AS id, a.title AS title, a.author AS author, a.publisher AS publisher, a.publishedAt AS publishedAt,
             a.publishedAt = datetime('2019-01-11T21:00:00+07:00') AS isDateTime, a.publishedOn AS publishedOn, a.language AS language, a.url AS url, a.text AS text`);
    expect(article).toMatchObject({
      id: 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018',
      title: 'Văn phòng UBND tỉnh không ngừng đổi mới, nâng cao chất lượng công tác tham mưu',
      author: 'Khôi Nguyên',
      publisher: 'Báo Bắc Giang điện tử (BGĐT)',
      publishedAt: '2019-01-11T21:00:00+07:00',
      isDateTime: true,
      publishedOn: '2019-01-11',
      language: 'vi',
      url: null,
    });
    expect(article?.text).toBe(readFileSync(SEED_TEXT, 'utf8'));
  });

  it('the 2018 figures, with the incomplete growth rate kept verbatim and without a value', async () => {
    const rows = await read(
      `
      MATCH (f:Figure)-[:ABOUT]->(:Place {id: 'place:tinh-bac-giang'})
      MATCH (f)-[:REPORTED_AT]->(:Event {id: $event})
      RETURN f.id AS id, f.valueText AS valueText, f.value AS value, f.unit AS unit, f.qualifier AS qualifier, f.period AS period,
             f.asOf AS asOf, [(f)-[s:STATED_IN]->(:Article) | s.quote] AS quotes
      ORDER BY id`,
      { event: EVENT },
    );
    expect(rows).toEqual([
      {
        id: 'figure:thu-noi-dia-tinh-bac-giang-2018',
        valueText: 'hơn 8,4 nghìn tỷ đồng',
        value: 8_400_000_000_000,
        unit: 'VND',
        qualifier: 'more than',
        period: '2018',
        asOf: '2018-12-24',
        quotes: ['trong đó thu nội địa đạt hơn 8,4 nghìn tỷ đồng'],
      },
      {
        id: 'figure:thu-noi-dia-vuot-du-toan-tinh-bac-giang-2018',
        valueText: 'vượt 66% dự toán',
        value: 66,
        unit: 'percent',
        qualifier: null,
        period: '2018',
        asOf: '2018-12-24',
        quotes: ['thu nội địa đạt hơn 8,4 nghìn tỷ đồng, vượt 66% dự toán, cao nhất từ trước đến nay'],
      },
      {
        id: 'figure:toc-do-tang-truong-kinh-te-tinh-bac-giang-2018',
        valueText: '16,%',
        value: null,
        unit: 'percent',
        qualifier: null,
        period: '2018',
        asOf: null,
        quotes: ['Tốc độ tăng trưởng kinh tế đạt 16,%'],
      },
      {
        id: 'figure:tong-thu-ngan-sach-nha-nuoc-tinh-bac-giang-2018',
        valueText: 'khoảng 9,3 nghìn tỷ đồng',
        value: 9_300_000_000_000,
        unit: 'VND',
        qualifier: 'approximately',
        period: '2018',
        asOf: '2018-12-24',
        quotes: ['tổng thu ngân sách nhà nước trên địa bàn (tính đến ngày 24-12-2018) đạt khoảng 9,3 nghìn tỷ đồng'],
      },
      {
        id: 'figure:xep-hang-tang-truong-kinh-te-tinh-bac-giang-2018',
        valueText: 'thứ 3',
        value: 3,
        unit: 'rank',
        qualifier: null,
        period: '2018',
        asOf: null,
        quotes: ['Tốc độ tăng trưởng kinh tế đạt 16,%, đứng thứ 3 cả nước'],
      },
    ]);
  });

  it('the commendations by the Chairman, the Party Committee of the Office and the Office: no presenter, number, event or date', async () => {
    // The sentence reports them beside the certificates without saying when or where they were given.
    const rows = await read(`
      MATCH (p:AwardPresentation)-[:OF_AWARD]->(award:Award)-[:CONFERRED_BY]->(conferrer)
      WHERE NOT (p)-[:PRESENTED_BY]->()
      MATCH (p)-[:ON_BEHALF_OF]->(body)
      RETURN body.id AS body, conferrer.id = body.id AS conferredByBody, award.name AS award, COUNT { (p)-[:AT_EVENT]->() } AS events, p.date AS date, p.recipientCount AS recipientCount,
             p.recipientDescription AS recipientDescription, COUNT { (p)-[:RECIPIENT]->() } AS namedRecipients,
             [(p)-[s:STATED_IN]->(:Article) | s.quote] AS quotes
      ORDER BY body`);
    const common = {
      conferredByBody: true,
      events: 0,
      date: null,
      recipientCount: null,
      recipientDescription: 'nhiều tập thể, cá nhân có thành tích xuất sắc',
      namedRecipients: 0,
      quotes: ['nhiều tập thể, cá nhân có thành tích xuất sắc được Chủ tịch UBND tỉnh, Đảng ủy Văn phòng, Văn phòng UBND tỉnh khen thưởng'],
    };
    expect(rows).toEqual([
      { ...common, body: 'org:dang-uy-van-phong-ubnd-tinh-bac-giang', award: 'Khen thưởng của Đảng ủy Văn phòng' },
      { ...common, body: 'org:van-phong-ubnd-tinh-bac-giang', award: 'Khen thưởng của Văn phòng UBND tỉnh' },
      { ...common, body: 'position:chu-tich-ubnd-tinh-bac-giang', award: 'Khen thưởng của Chủ tịch UBND tỉnh' },
    ]);
  });

  it('every entity and fact is stated in it, by quotes that occur in its text; every statement is a claim of it', async () => {
    // The service's own nodes (API keys, the write lock) and the record of the load (its audit entry, the change
    // log) are not part of the graph.
    expect(
      await read(
        'MATCH (n) WHERE NOT n:Article AND NOT n:Claim AND NOT n:ApiKey AND NOT n:WriteLock AND NOT n:AuditEntry AND NOT n:ChangeLog AND NOT (n)-[:STATED_IN]->(:Article) RETURN n.id AS id',
      ),
    ).toEqual([]);
    // The load is recorded as a write, with what it changed: into an empty graph, every entity, fact and article
    // it wrote, each created.
    const [entry] = await read(
      "MATCH (e:AuditEntry {action: 'loadArticle'}) RETURN e.keyName AS by, e.articleId AS article, e.changedIds AS ids, e.changes AS changes",
    );
    const written = await read('MATCH (n) WHERE (NOT n:Claim AND (n)-[:STATED_IN]->(:Article)) OR n:Article RETURN n.id AS id ORDER BY id');
    expect(entry).toEqual({
      by: 'npm run seed',
      article: 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018',
      ids: written.map((row) => row.id),
      changes: written.map(() => 'CREATED'),
    });
    expect(await read('MATCH (c:Claim) WHERE NOT (c)-[:IN_ARTICLE]->(:Article) RETURN c.id AS id')).toEqual([]);
    const rows = await read('MATCH (n)-[s:STATED_IN]->(a:Article) RETURN n.id AS id, s.quote AS quote, a.text AS text');
    const text = normalizeWhitespaceNfc(String(rows[0]?.text));
    const missing = rows.filter((row) => !text.includes(normalizeWhitespaceNfc(String(row.quote))));
    expect(missing).toEqual([]);
  });

  it('names are searchable without diacritics, through the folded form and the full-text index', async () => {
    const folded = await read("MATCH (n:Organization {nameFolded: 'dang uy van phong'}) RETURN n.id AS id");
    expect(folded).toEqual([{ id: 'org:dang-uy-van-phong-ubnd-tinh-bac-giang' }]);
    const hits = await read("CALL db.index.fulltext.queryNodes('entityNames', 'lai thanh son') YIELD node RETURN node.id AS id");
    expect(hits.map((hit) => hit.id)).toContain('person:lai-thanh-son');
  });
});

describe('loading again', () => {
  it('changes nothing: a second load, then a load after --reset, give identical counts', async () => {
    const before = await countGraph(database);
    const again = await loadArticleFiles(database, [SEED_JSON]);
    expect(again).toMatchObject(before);
    const locks = `MATCH (lock:WriteLock) RETURN count(lock) AS count`;
    // A lock of a key the graph no longer has: a reset leaves none of them behind.
    await database.write([{ cypher: `MERGE (:WriteLock {id: 'tenure:gone-since'})`, params: {} }]);
    const afterReset = await loadArticleFiles(database, [SEED_JSON], { reset: true });
    expect(afterReset).toMatchObject(before);
    expect(afterReset.deletedNodes).toBe(before.nodes);
    const stale = await database.read({
      cypher: `MATCH (lock:WriteLock {id: 'tenure:gone-since'}) RETURN count(lock) AS count`,
      params: {},
    });
    expect(Number(stale[0]!.count)).toBe(0);
    // The count sees locks: a load into the loaded graph, article by article, takes them.
    await loadArticleFiles(database, [SEED_JSON]);
    expect(Number((await database.read({ cypher: locks, params: {} }))[0]!.count)).toBeGreaterThan(0);
  });

  it('reports progress per file', async () => {
    const progress: string[] = [];
    await loadArticleFiles(database, [SEED_JSON], {
      onProgress: (p) => progress.push(`[${p.index}/${p.total}] ${p.file}: ${p.claims} statements, ${p.facts} facts`),
    });
    expect(progress).toEqual([`[1/1] ${SEED_JSON}: 17 statements, 15 facts`]);
  });

  it('seeds an empty graph once, and leaves a loaded graph alone', async () => {
    await resetDatabase(database);
    const lines: string[] = [];
    const seeded = await seedIfEmpty(database, (line) => lines.push(line));
    expect(seeded?.files).toBe(readdirSync(DEFAULT_ARTICLES_DIR).filter((name) => name.endsWith('.json')).length);
    expect(seeded?.nodesByLabel.Article).toBe(seeded?.files);
    const logged = lines.length;
    expect(await seedIfEmpty(database, (line) => lines.push(line))).toBeUndefined();
    expect(lines).toHaveLength(logged);
    expect(lines[0]).toMatch(/holds no article: loading the seed data/);
    expect(lines.at(-1)).toMatch(/^Seeded \d+ article file\(s\)/);
    // Every seed article is loaded: far past the default minute on a busy machine, and a test that timed out would
    // go on loading while the next tests count the graph.
  }, 600_000);
});

describe('bad input writes nothing, not even the reset', () => {
  /** Writes a bad variant of the seed file (with the article text beside it) and returns its path. */
  function badFile(name: string, content: string | ((data: ArticleFile) => void), text?: string): string {
    const folder = mkdtempSync(join(scratch, `${name}-`));
    const data = seedFile();
    if (typeof content === 'function') content(data);
    writeFileSync(join(folder, 'article.json'), typeof content === 'string' ? content : JSON.stringify(data));
    if (text === undefined) copyFileSync(SEED_TEXT, join(folder, '000_379587cad87146f9.txt'));
    else writeFileSync(join(folder, '000_379587cad87146f9.txt'), text);
    return join(folder, 'article.json');
  }

  const cases: { name: string; paths: () => string[]; path: string; message: string }[] = [
    { name: 'malformed JSON', paths: () => [badFile('malformed', '{"formatVersion": 2,')], path: '$', message: 'malformed JSON' },
    { name: 'empty file', paths: () => [badFile('empty', '')], path: '$', message: 'the file is empty' },
    { name: 'empty article text', paths: () => [badFile('empty-text', () => {}, '\n')], path: '$.article.textFile', message: 'is empty' },
    {
      name: 'unknown reference',
      paths: () => [
        badFile('unknown-ref', (d) => {
          statement(d, 'bang-khen-thu-tuong-chinh-phu').presenter = 'person:lai-thanh-sonn';
        }),
      ],
      path: '$.statements[8].presenter',
      message:
        'unknown Person "person:lai-thanh-sonn": no such id in the registry (seed/registry/); did you mean "person:lai-thanh-son" (Lại Thanh Sơn)',
    },
    {
      name: 'quote not in the text',
      paths: () => [
        badFile('quote', (d) => {
          statement(d, 'toc-do-tang-truong-kinh-te-tinh-bac-giang-2018').quotes = ['Tốc độ tăng trưởng kinh tế đạt 16,5%'];
        }),
      ],
      path: '$.statements[12].quotes[0]',
      message:
        'quote not found in the article text: the text has "Tốc độ tăng trưởng kinh tế đạt 16,", then "%, đứng thứ 3 cả nước; tổng th…" where the quote has "5%"',
    },
    {
      name: 'invalid date',
      paths: () => [
        badFile('date', (d) => {
          statement(d, 'conference').date = '2019-02-30';
        }),
      ],
      path: '$.statements[2].date',
      message: 'is not a date',
    },
  ];

  it.each(cases)('$name: the error names file and path, and the counts are unchanged', async ({ paths, path, message }) => {
    const before = await countGraph(database);
    const files = paths();
    const error = await loadArticleFiles(database, files, { reset: true }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toContainEqual(
      expect.objectContaining({ input: files.at(-1), path, message: expect.stringContaining(message) }),
    );
    expect(await countGraph(database)).toEqual(before);
  });

  it('npm run seed prints FILE: $.path: message for each problem and exits 1; on good input, progress and the summary', async () => {
    const run = promisify(execFile);
    const tsx = join(PROJECT, 'node_modules/.bin/tsx');
    const bad = badFile('cli', (d) => {
      statement(d, 'conference').date = '2019-02-30';
      statement(d, 'bang-khen-thu-tuong-chinh-phu').presenter = 'org:chinh-phu';
    });
    const failure = await run(tsx, ['src/cli/seed.ts', bad], { cwd: PROJECT }).then(
      () => undefined,
      (caught: unknown) => caught as { code: number; stderr: string },
    );
    const shown = bad;
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${shown}: $.statements[2].date: "2019-02-30" is not a date`);
    expect(failure?.stderr).toContain(
      `${shown}: $.statements[8].presenter: "org:chinh-phu" is an Organization, but this field must name a Person`,
    );

    const { stdout } = await run(tsx, ['src/cli/seed.ts', '--reset', SEED_JSON], { cwd: PROJECT });
    expect(stdout).toMatch(/\[1\/1\] \S*seed\/articles\/000_379587cad87146f9\.json: 17 statements, 15 facts derived in \d+ ms/);
    expect(stdout).toMatch(/AwardPresentation\s+4/);
    expect(stdout).toContain('the database holds 49 nodes and 156 relationships');
  });

  it('npm run seed -- --check validates without a database: with no Neo4j anywhere, good input exits 0 and bad input 1', async () => {
    const run = promisify(execFile);
    const tsx = join(PROJECT, 'node_modules/.bin/tsx');
    // A URI where nothing listens and a data folder that does not exist: a check that started Neo4j would fail.
    const env = { ...process.env, NEO4J_URI: 'neo4j://127.0.0.1:1', NEO4J_LOCAL_DIR: join(scratch, 'no-neo4j-here') };
    const { stdout } = await run(tsx, ['src/cli/seed.ts', '--check'], { cwd: PROJECT, env });
    expect(stdout).toMatch(/^seed\/articles: 0 problems in \d+ article\(s\), \d+ statements and \d+ registry entities/m);
    const bad = badFile('check', (d) => {
      statement(d, 'conference').date = '2019-13';
    });
    const failure = await run(tsx, ['src/cli/seed.ts', '--check', bad], { cwd: PROJECT, env }).then(
      () => undefined,
      (caught: unknown) => caught as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain(`${bad}: $.statements[2].date: "2019-13" is not a date`);
  });
});
