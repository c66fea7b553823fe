/**
 * The newsroom tool example, run against a real API over the tests' Neo4j (seeded with the Bắc Giang article): a
 * short article about an election in Bắc Giang, drafted by the API, submitted with an editor's key, and the refusals
 * the tool must put into words (no key, a quote not in the text, too many writes).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadConfig } from '../../src/config.js';
import { startTestApi, type TestApi } from '../../test/support/api.js';
import {
  ApiError,
  createWriteClient,
  describeDraft,
  describeError,
  describeOutcome,
  draftArticle,
  run,
  submitDraft,
  type Draft,
} from './submit.js';

/** Nothing of it is in the seeded graph: the person and the People's Council are new, the post is the seed article's. */
const ELECTION =
  'Tại kỳ họp, HĐND tỉnh Bắc Giang bầu ông Nguyễn Văn Thử giữ chức Chủ tịch UBND tỉnh Bắc Giang nhiệm kỳ 2021-2026 với 100% đại biểu có mặt tán thành.';
const TEXT = `Sáng 15/3, HĐND tỉnh Bắc Giang tổ chức kỳ họp chuyên đề. ${ELECTION}`;
const META = { url: 'https://baobacgiang.vn/bau-chu-tich.html', published: '2024-03-15', publisher: 'Báo Bắc Giang' };
const ARTICLE_ID = 'article:baobacgiang-vn-bau-chu-tich';
const POSITION = 'position:chu-tich-ubnd-tinh-bac-giang';

let api: TestApi;
let token: string;
let directory: string;

beforeAll(async () => {
  api = await startTestApi();
  ({ token } = await issueKey(api.database, { name: 'newsroom-example', role: 'editor', expiresIn: 3_600_000 }));
  directory = await mkdtemp(join(tmpdir(), 'submit-example-'));
});
afterAll(async () => {
  await api?.stop();
  if (directory) await rm(directory, { recursive: true, force: true });
});

const articleNode = async () =>
  (await api.graphql(`{ node(id: "${ARTICLE_ID}") { ... on Article { id url publisher statements { quote node { id } } } } }`)).data!.node;

/** The refusal of `promise`, which must be an ApiError. */
async function refusal(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('the newsroom tool example', () => {
  let draft: Draft;

  it('drafts the article: the election, the new person and council to declare, for review', async () => {
    draft = await draftArticle(createWriteClient(api.url, token), TEXT, META);
    expect(draft.articleId).toBe(ARTICLE_ID);
    const election = draft.statements.find((statement) => statement.kind === 'holds')!;
    expect(election.quotes).toEqual([ELECTION]);
    expect(JSON.parse(draft.json).statements).toContainEqual(
      expect.objectContaining({
        person: 'person:nguyen-van-thu',
        position: POSITION,
        start: expect.objectContaining({ cause: 'elected' }),
      }),
    );
    expect(draft.proposed.map((entity) => [entity.collection, entity.id])).toEqual([
      ['people', 'person:nguyen-van-thu'],
      ['organizations', 'org:hdnd-tinh-bac-giang'],
    ]);
    const review = describeDraft(draft);
    expect(review[0]).toBe(`Draft of ${ARTICLE_ID}: ${draft.statements.length} statement(s).`);
    expect(review).toContain(`  [${election.confidence.toFixed(2)}] holds ${election.id} (${election.rule})`);
    expect(review).toContain('  people: person:nguyen-van-thu "Nguyễn Văn Thử"');
  });

  it('reports UNAUTHENTICATED for a submission without a key, and nothing is written', async () => {
    const error = await refusal(submitDraft(createWriteClient(api.url), TEXT, draft));
    expect({ code: error.code, httpStatus: error.httpStatus }).toEqual({ code: 'UNAUTHENTICATED', httpStatus: 401 });
    expect(describeError(error)[0]).toMatch(/^Refused \(UNAUTHENTICATED\): no valid API key; set OFFICIALS_GRAPH_KEY/);
    expect(await articleNode()).toBeNull();
  });

  it('surfaces each problem of a draft altered to quote a sentence the text does not have, with its path', async () => {
    const altered = JSON.parse(draft.json);
    const index = altered.statements.findIndex((statement: { kind: string }) => statement.kind === 'holds');
    altered.statements[index].quotes = ['Ông Nguyễn Văn Thử giữ chức Chủ tịch UBND tỉnh Bắc Giang từ năm 2020.'];
    const error = await refusal(submitDraft(createWriteClient(api.url, token), TEXT, { ...draft, json: JSON.stringify(altered) }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems).toEqual([expect.objectContaining({ input: 'article', path: `$.statements[${index}].quotes[0]` })]);
    const lines = describeError(error);
    expect(lines).toEqual([
      'Refused (BAD_USER_INPUT): the submission has 1 problem(s):',
      `  article: $.statements[${index}].quotes[0]: ${error.problems[0]!.message}`,
    ]);
    expect(await articleNode()).toBeNull();
  });

  it('submits the draft: CREATED, then UNCHANGED, and the graph holds the election with its quote', async () => {
    const client = createWriteClient(api.url, token);
    const created = await submitDraft(client, TEXT, draft);
    expect(created).toMatchObject({
      status: 'CREATED',
      article: { id: ARTICLE_ID, url: META.url },
      statementsAdded: draft.statements.length,
      statementsRemoved: 0,
      entitiesAdded: 2,
    });
    expect(created.statementsAdded).toBeGreaterThan(0);
    expect(created.auditId).toMatch(/^audit:/);
    expect(describeOutcome(created)[0]).toBe(
      `CREATED: ${ARTICLE_ID}: ${created.statementsAdded} statement(s) added, 0 removed, 2 entities added, ${created.factsDerived} fact(s) derived.`,
    );

    const again = await submitDraft(client, TEXT, draft);
    expect(again).toMatchObject({ status: 'UNCHANGED', statementsAdded: 0, auditId: null });
    expect(describeOutcome(again)).toContain('  nothing was written (the same submission is stored already).');

    // What the API stored, read back: the article with the election's quote, and the tenure it starts.
    const article = await articleNode();
    expect(article).toMatchObject({ id: ARTICLE_ID, url: META.url, publisher: META.publisher });
    expect(article.statements.map((statement: { quote: string }) => statement.quote)).toContain(ELECTION);
    const holders = await api.graphql(
      `{ officeHolders(positionId: "${POSITION}") { person { id name } term startReadings { cause date { value } sources { quote article { id } } } } }`,
    );
    expect(holders.data!.officeHolders).toContainEqual({
      person: { id: 'person:nguyen-van-thu', name: 'Nguyễn Văn Thử' },
      term: '2021/2026',
      startReadings: [{ cause: 'elected', date: { value: '2024-03-15' }, sources: [{ quote: ELECTION, article: { id: ARTICLE_ID } }] }],
    });
  });

  it('links a later article to the people an earlier submission declared, instead of proposing them again', async () => {
    const sentence = 'Ông Nguyễn Văn Thử, Chủ tịch UBND tỉnh Bắc Giang, dự hội nghị tổng kết năm 2024.';
    const client = createWriteClient(api.url, token);
    const later = await draftArticle(client, sentence, { url: 'https://baobacgiang.vn/hoi-nghi-tong-ket.html', published: '2024-12-20' });
    expect(later.proposed.map((entity) => entity.id)).not.toContain('person:nguyen-van-thu');
    expect(JSON.parse(later.json).statements).toContainEqual(expect.objectContaining({ kind: 'holds', person: 'person:nguyen-van-thu' }));
    const stored = await submitDraft(client, sentence, later);
    expect(stored).toMatchObject({ status: 'CREATED', entitiesAdded: later.proposed.length });
  });

  it('runs as a command: reads the file, prints the review and the outcome, and never prints the key', async () => {
    const file = join(directory, 'article.txt');
    await writeFile(file, TEXT);
    const args = [file, '--url', META.url, '--published', META.published, '--publisher', META.publisher, api.url];
    const lines: string[] = [];
    expect(await run(args, { OFFICIALS_GRAPH_KEY: token }, (line) => lines.push(line))).toBe(0);
    expect(lines[0]).toBe(`Draft of ${ARTICLE_ID}: ${draft.statements.length} statement(s).`);
    expect(lines).toContain(`UNCHANGED: ${ARTICLE_ID}: 0 statement(s) added, 0 removed, 0 entities added, 0 fact(s) derived.`);

    const anonymous: string[] = [];
    expect(await run(args, {}, (line) => anonymous.push(line))).toBe(1);
    expect(anonymous).toContain('OFFICIALS_GRAPH_KEY is not set: submitting without a key.');
    expect(anonymous.at(-1)).toMatch(/^Refused \(UNAUTHENTICATED\)/);

    const usage: string[] = [];
    expect(await run([], {}, (line) => usage.push(line))).toBe(2);
    expect(usage[0]).toMatch(/^usage: /);
    expect([...lines, ...anonymous, ...usage].join('\n')).not.toContain(token);
  });

  it('reports RATE_LIMITED with the seconds of Retry-After', async () => {
    const limited = await startTestApi({ seed: false, config: { writes: { ...loadConfig().writes, perKeyPerMinute: 1 } } });
    try {
      const client = createWriteClient(limited.url, token);
      expect((await submitDraft(client, TEXT, draft)).status).toBe('UNCHANGED');
      const error = await refusal(submitDraft(client, TEXT, draft));
      expect({ code: error.code, httpStatus: error.httpStatus }).toEqual({ code: 'RATE_LIMITED', httpStatus: 429 });
      expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
      expect(describeError(error)).toEqual([
        `Refused (RATE_LIMITED): too many writes with this key; try again in ${error.retryAfterSeconds} s (Retry-After).`,
      ]);
    } finally {
      await limited.stop();
    }
  });
});
