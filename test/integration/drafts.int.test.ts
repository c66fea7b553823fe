/**
 * Drafts over HTTP, against the tests' real Neo4j: stored once per text, seen by no read of the graph, checked by
 * the validator without a write, submitted through submitArticle with what was decided of each statement, rejected
 * with an audit entry, and refused to every caller but an editor, with nothing changed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_ARTICLES_DIR } from '../../src/load/files.js';
import { startTestApi, type TestApi } from '../support/api.js';
import {
  ACCEPTANCE,
  CHECK_ARTICLE,
  DELETE_DRAFTS,
  DRAFT,
  DRAFT_PROPOSALS,
  DRAFTS,
  DUPLICATE_CANDIDATES,
  REJECT_DRAFT,
  SUBMIT_DRAFT,
} from '../support/drafts.js';
import { SUBMIT_ARTICLE } from '../support/submissions.js';

let api: TestApi;
const tokens = {} as Record<'reader' | 'editor' | 'admin', string>;
const text = (file: string) => readFileSync(join(DEFAULT_ARTICLES_DIR, file), 'utf8');
const BAC_GIANG = text('000_379587cad87146f9.txt');
const BINH_THUAN = text('001_binhthuan-le-tuan-phong-bau-baogiaothong.txt');
/** Two texts of a made-up province (they say so) that both name the same new person, Nguyễn Văn Mẫu. */
const interop = (file: string) => readFileSync(join('test/fixtures/interop/articles', file), 'utf8');
const SEEDED_ARTICLE = 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018';
const ELECTED = interop('001_vi-du-bau-chu-tich.txt');
const DISMISSED = interop('002_vi-du-mien-nhiem.txt');

beforeAll(async () => {
  api = await startTestApi({ config: { writes: { ...loadConfig().writes, perKeyPerMinute: 100_000 } } });
  await api.database.write([DELETE_DRAFTS]);
  for (const role of ['reader', 'editor', 'admin'] as const)
    tokens[role] = (await issueKey(api.database, { name: `drafts-${role}`, role, expiresIn: 3_600_000 })).token;
});

afterAll(async () => {
  await api?.database.write([DELETE_DRAFTS]);
  await api?.stop();
});

const count = async (cypher: string) => Number((await api.database.read({ cypher, params: {} }))[0]?.count);
const graphNodes = () => count('MATCH (n) WHERE NOT n:Draft AND NOT n:ApiKey RETURN count(n) AS count');
/** The graph's nodes but the audit trail's: storing a draft records an entry, and adds nothing else. */
const nodesButAudit = () => count('MATCH (n) WHERE NOT n:Draft AND NOT n:ApiKey AND NOT n:AuditEntry RETURN count(n) AS count');
const draftNodes = () => count('MATCH (n:Draft) RETURN count(n) AS count');

describe('drafts', () => {
  let bacGiang: {
    id: string;
    articleId: string;
    extraction: { json: string; statements: { id: string; kind: string; rule: string; json: string }[] };
  };

  it('are stored once per text, pending, and answered as stored', async () => {
    const before = await nodesButAudit();
    const first = await api.graphql(
      SUBMIT_DRAFT,
      { text: BAC_GIANG, published: '2019-01-11', publisher: 'Báo Bắc Giang' },
      { token: tokens.editor },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitDraft.created).toBe(true);
    bacGiang = first.data!.submitDraft.draft;
    expect(bacGiang.extraction.statements.length).toBeGreaterThan(3);
    // Without a URL, the article's id comes from the text's hash: two drafts never propose one id.
    expect(bacGiang.articleId).toMatch(/^article:draft-[0-9a-f]{12}$/);
    const again = await api.graphql(SUBMIT_DRAFT, { text: BAC_GIANG, publisher: 'another' }, { token: tokens.editor });
    expect(again.data!.submitDraft).toMatchObject({ created: false, draft: { id: bacGiang.id } });
    expect(await draftNodes()).toBe(1);
    // Not a node of the graph more.
    expect(await nodesButAudit()).toBe(before);
  });

  it('are seen by no read of the graph: node, search, changes', async () => {
    // The change feed's end before another draft is stored: nothing may follow it.
    const FEED =
      'query($after: String) { changes(after: $after, first: 500) { edges { node { nodeId } } pageInfo { hasNextPage endCursor } } }';
    let end: string | null = null;
    for (
      let page = await api.graphql(FEED, {}, { token: tokens.admin });
      ;
      page = await api.graphql(FEED, { after: end }, { token: tokens.admin })
    ) {
      end = page.data!.changes.pageInfo.endCursor ?? end;
      if (!page.data!.changes.pageInfo.hasNextPage) break;
    }
    // Lê Tuấn Phong is named by this draft's text only: the graph holds the Bắc Giang article.
    const stored = await api.graphql(SUBMIT_DRAFT, { text: BINH_THUAN, publisher: 'Báo Giao thông' }, { token: tokens.editor });
    expect(JSON.stringify(stored.data!.submitDraft.draft.extraction)).toContain('Lê Tuấn Phong');
    const answer = await api.graphql(
      `query($id: ID!, $after: String) {
        node(id: $id) { id }
        search(text: "Le Tuan Phong") { node { id } }
        seeded: search(text: "Lai Thanh Son") { node { id } }
        changes(after: $after, first: 500) { edges { node { nodeId } } }
      }`,
      { id: bacGiang.id, after: end },
      { token: tokens.admin },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.node).toBeNull();
    expect(answer.data!.search).toEqual([]);
    expect(answer.data!.seeded).toContainEqual({ node: { id: 'person:lai-thanh-son' } });
    expect(answer.data!.changes.edges).toEqual([]);
  });

  it('lists drafts with their counts and filters', async () => {
    await api.graphql(SUBMIT_DRAFT, { text: BINH_THUAN, publisher: 'Báo Giao thông' }, { token: tokens.editor });
    const all = await api.graphql(DRAFTS, {}, { token: tokens.editor });
    expect(all.data!.drafts.counts).toEqual({ pending: 2, submitted: 0, rejected: 0 });
    expect([...all.data!.drafts.publishers].sort()).toEqual(['Báo Bắc Giang', 'Báo Giao thông']);
    const filtered = await api.graphql(DRAFTS, { filter: { publisher: 'Báo Bắc Giang' } }, { token: tokens.editor });
    expect(filtered.data!.drafts.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual([bacGiang.id]);
    expect(filtered.data!.drafts.counts).toEqual({ pending: 1, submitted: 0, rejected: 0 });
    // Paged oldest first: the second page starts after the first.
    const PAGE = 'query($after: String) { drafts(first: 1, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }';
    const first = (await api.graphql(PAGE, {}, { token: tokens.editor })).data!.drafts;
    const second = (await api.graphql(PAGE, { after: first.pageInfo.endCursor }, { token: tokens.editor })).data!.drafts;
    expect([first.edges[0].node.id, first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([bacGiang.id, true, false]);
    expect(second.edges.map((edge: { node: { id: string } }) => edge.node.id)).toEqual(
      all.data!.drafts.edges.map((edge: { node: { id: string } }) => edge.node.id).slice(1),
    );
  });

  it('are checked by the validator without a write', async () => {
    const before = await graphNodes();
    const broken = JSON.parse(bacGiang.extraction.json);
    broken.statements[0].quotes = ['Một câu không có trong bài.'];
    const answer = await api.graphql(
      CHECK_ARTICLE,
      { input: { article: JSON.stringify(broken), text: BAC_GIANG } },
      { token: tokens.editor },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.checkArticle).toContainEqual(expect.objectContaining({ input: 'article', path: '$.statements[0].quotes[0]' }));
    expect(await graphNodes()).toBe(before);
  });

  it('are submitted through submitArticle, with what was decided of each statement, and counted in the acceptance rate', async () => {
    const article = JSON.parse(bacGiang.extraction.json);
    const [rejected, ...kept] = article.statements;
    const submitted = { ...article, statements: kept };
    const answer = await api.graphql(
      SUBMIT_ARTICLE,
      { input: { article: JSON.stringify(submitted), text: BAC_GIANG, draftId: bacGiang.id } },
      { token: tokens.editor },
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.submitArticle.status).toBe('CREATED');
    const draft = await api.graphql(DRAFT, { id: bacGiang.id }, { token: tokens.editor });
    expect(draft.data!.draft).toMatchObject({ status: 'SUBMITTED', submittedAs: bacGiang.articleId });
    const acceptance = await api.graphql(ACCEPTANCE, { byRule: false }, { token: tokens.editor });
    const rows = acceptance.data!.extractorAcceptance as { kind: string; unchanged: number; rejected: number; edited: number }[];
    const total = (field: 'unchanged' | 'rejected' | 'edited') => rows.reduce((sum, row) => sum + row[field], 0);
    expect({ unchanged: total('unchanged'), edited: total('edited'), rejected: total('rejected') }).toEqual({
      unchanged: kept.length,
      edited: 0,
      rejected: 1,
    });
    expect(rows.find((row) => row.kind === rejected.kind)!.rejected).toBe(1);
    // The same submission again, as a client does whose answer was lost, gets the first one's audit entry back;
    // other content from the decided draft is refused.
    const input = { article: JSON.stringify(submitted), text: BAC_GIANG, draftId: bacGiang.id };
    const retried = await api.graphql(SUBMIT_ARTICLE, { input }, { token: tokens.editor });
    expect(retried.data!.submitArticle).toMatchObject({ status: 'UNCHANGED', auditId: answer.data!.submitArticle.auditId });
    const other = await api.graphql(SUBMIT_ARTICLE, { input: { ...input, article: bacGiang.extraction.json } }, { token: tokens.editor });
    expect(other.errors?.[0]?.extensions.code).toBe('CONFLICT');
    // A draft is decided once.
    const twice = await api.graphql(REJECT_DRAFT, { id: bacGiang.id, reason: 'late' }, { token: tokens.editor });
    expect(twice.errors?.[0]?.extensions.code).toBe('CONFLICT');
  });

  it('are decided with an audit entry when what the editor submits is already in the graph', async () => {
    const stored = await api.graphql(SUBMIT_DRAFT, { text: `${BAC_GIANG}\nMột bản khác.` }, { token: tokens.editor });
    const draftId = stored.data!.submitDraft.draft.id as string;
    const [, ...kept] = JSON.parse(bacGiang.extraction.json).statements;
    const input = { article: JSON.stringify({ ...JSON.parse(bacGiang.extraction.json), statements: kept }), text: BAC_GIANG, draftId };
    const answer = await api.graphql(SUBMIT_ARTICLE, { input }, { token: tokens.editor });
    expect(answer.data!.submitArticle).toMatchObject({ status: 'UNCHANGED', article: { id: bacGiang.articleId } });
    const auditId = answer.data!.submitArticle.auditId as string;
    expect(auditId).toMatch(/^audit:/);
    const draft = await api.graphql(DRAFT, { id: draftId }, { token: tokens.editor });
    expect(draft.data!.draft).toMatchObject({ status: 'SUBMITTED', submittedAs: bacGiang.articleId });
    const trail = await api.graphql(
      '{ auditTrail(first: 5) { edges { node { id action articleId details } } } }',
      {},
      { token: tokens.admin },
    );
    const entry = trail.data!.auditTrail.edges.find((edge: { node: { id: string } }) => edge.node.id === auditId);
    expect(entry.node).toMatchObject({ action: 'submitArticle', articleId: bacGiang.articleId });
    expect(JSON.parse(entry.node.details)).toMatchObject({ unchanged: true, draftId });
  });

  it('are rejected with an entry in the audit trail', async () => {
    const [pending] = (await api.graphql(DRAFTS, { filter: { status: 'PENDING' } }, { token: tokens.editor })).data!.drafts.edges;
    const answer = await api.graphql(REJECT_DRAFT, { id: pending.node.id, reason: 'not about officials' }, { token: tokens.editor });
    expect(answer.data!.rejectDraft).toMatchObject({ status: 'REJECTED', reason: 'not about officials', decidedBy: 'drafts-editor' });
    const trail = await api.graphql(
      '{ auditTrail(first: 5) { edges { node { id action keyName details } } } }',
      {},
      { token: tokens.admin },
    );
    const entry = trail.data!.auditTrail.edges.find((edge: { node: { id: string } }) => edge.node.id === answer.data!.rejectDraft.auditId);
    expect(entry.node).toMatchObject({ action: 'rejectDraft', keyName: 'drafts-editor' });
    expect(JSON.parse(entry.node.details)).toEqual({ draftId: pending.node.id, reason: 'not about officials' });
  });

  it('are recorded in the audit trail when stored, once per text', async () => {
    const trail = async () =>
      (await api.graphql('{ auditTrail(first: 5) { edges { node { action keyName details } } } }', {}, { token: tokens.admin })).data!
        .auditTrail.edges as { node: { action: string; keyName: string; details: string } }[];
    const text = `${BAC_GIANG}\nMột đoạn thêm.`;
    const stored = (await api.graphql(SUBMIT_DRAFT, { text }, { token: tokens.editor })).data!.submitDraft;
    expect(stored.created).toBe(true);
    const [latest] = await trail();
    expect(latest!.node).toMatchObject({ action: 'submitDraft', keyName: 'drafts-editor' });
    expect(JSON.parse(latest!.node.details)).toEqual({
      draftId: stored.draft.id,
      statements: stored.draft.statementCount,
      proposed: stored.draft.unresolvedCount,
    });
    // The same text again stores nothing, and records nothing.
    expect((await api.graphql(SUBMIT_DRAFT, { text }, { token: tokens.editor })).data!.submitDraft.created).toBe(false);
    expect((await trail())[0]).toEqual(latest);
  });
});

describe('a new entity proposed by several drafts', () => {
  interface Proposed {
    id: string;
    collection: string;
    json: string;
    linkedTo: string | null;
  }
  const readDraft = async (id: string) =>
    (await api.graphql(DRAFT_PROPOSALS, { id }, { token: tokens.editor })).data!.draft as {
      id: string;
      text: string;
      extraction: { json: string; proposed: Proposed[] };
    };
  /** Submits the draft whole, declaring the proposals it does not link, as the desk does. */
  const submitWhole = async (draft: Awaited<ReturnType<typeof readDraft>>) =>
    api.graphql(
      SUBMIT_ARTICLE,
      {
        input: {
          article: draft.extraction.json,
          text: draft.text,
          entities: draft.extraction.proposed
            .filter((proposal) => proposal.linkedTo === null)
            .map((proposal) => ({ collection: proposal.collection, json: proposal.json })),
          draftId: draft.id,
        },
      },
      { token: tokens.editor },
    );
  const people = () => count("MATCH (person:Person {nameFolded: 'nguyen van mau'}) RETURN count(person) AS count");

  it('is created once: the later draft links what the earlier one created', async () => {
    const ids: string[] = [];
    for (const text of [ELECTED, DISMISSED])
      ids.push((await api.graphql(SUBMIT_DRAFT, { text }, { token: tokens.editor })).data!.submitDraft.draft.id);
    // Both drafts propose him while neither is submitted.
    for (const id of ids)
      expect((await readDraft(id)).extraction.proposed).toContainEqual(
        expect.objectContaining({ id: 'person:nguyen-van-mau', linkedTo: null }),
      );
    expect(await people()).toBe(0);
    const first = await submitWhole(await readDraft(ids[0]!));
    expect(first.errors).toBeUndefined();
    expect(await people()).toBe(1);

    const second = await readDraft(ids[1]!);
    expect(second.extraction.proposed).toContainEqual(
      expect.objectContaining({ id: 'person:nguyen-van-mau', linkedTo: 'person:nguyen-van-mau' }),
    );
    const answer = await submitWhole(second);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.submitArticle.status).toBe('CREATED');
    expect(await people()).toBe(1);
  });

  it('once made twice, is listed as a candidate duplicate until judged', async () => {
    // A copy of the seeded Lại Thanh Sơn declared anew, as an editor could before the desk linked him: his post, under
    // another id, from the same text.
    const copy = 'person:lai-thanh-son-ban-sao';
    const rename = (json: string) =>
      JSON.parse(json.replaceAll('"person:lai-thanh-son"', JSON.stringify(copy)).replaceAll(SEEDED_ARTICLE, 'article:ban-sao'));
    const article = rename(readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.json'), 'utf8'));
    article.statements = article.statements.filter((statement: { id: string }) =>
      ['name-lai-thanh-son', 'lai-thanh-son-pho-chu-tich-thuong-truc'].includes(statement.id),
    );
    const registry = JSON.parse(readFileSync('seed/registry/people.json', 'utf8')) as { entities: { id: string }[] };
    const person = rename(JSON.stringify(registry.entities.find((entity) => entity.id === 'person:lai-thanh-son')));
    const answer = await api.graphql(
      SUBMIT_ARTICLE,
      {
        input: {
          article: JSON.stringify(article),
          text: `${BAC_GIANG}\n`,
          entities: [{ collection: 'people', json: JSON.stringify(person) }],
        },
      },
      { token: tokens.editor },
    );
    expect(answer.errors).toBeUndefined();
    const candidates = async () =>
      (await api.graphql(DUPLICATE_CANDIDATES, {}, { token: tokens.editor })).data!.duplicateCandidates as {
        people: { id: string }[];
        sharedPosts: string[];
        sharedPlaces: string[];
      }[];
    const pair = (await candidates()).find((candidate) => candidate.people.some((person) => person.id === copy));
    expect(pair?.people.map((person) => person.id)).toEqual(['person:lai-thanh-son', copy]);
    expect(pair!.sharedPosts.length).toBeGreaterThan(0);
    const distinct = await api.graphql(
      'mutation($id: ID!, $otherId: ID!) { markDistinct(id: $id, otherId: $otherId, reason: "two people") { id } }',
      { id: 'person:lai-thanh-son', otherId: copy },
      { token: tokens.editor },
    );
    expect(distinct.errors).toBeUndefined();
    expect((await candidates()).some((candidate) => candidate.people.some((person) => person.id === copy))).toBe(false);
  });
});

describe('who may read and change drafts', () => {
  const operations = [
    { name: 'drafts', query: DRAFTS, variables: () => ({}) },
    { name: 'draft', query: DRAFT, variables: () => ({ id: 'draft:0000000000000000' }) },
    { name: 'checkArticle', query: CHECK_ARTICLE, variables: () => ({ input: { article: '{}', text: 'x' } }) },
    { name: 'extractorAcceptance', query: ACCEPTANCE, variables: () => ({}) },
    { name: 'duplicateCandidates', query: DUPLICATE_CANDIDATES, variables: () => ({}) },
    { name: 'submitDraft', query: SUBMIT_DRAFT, variables: () => ({ text: `${BAC_GIANG}\nMột bản khác.` }) },
    { name: 'rejectDraft', query: REJECT_DRAFT, variables: () => ({ id: 'draft:0000000000000000', reason: 'x' }) },
  ];
  const forged = () => `ogk_${'0'.repeat(12)}_${/^ogk_[0-9a-f]+_(.+)$/.exec(tokens.editor)![1]}`;
  const callers = [
    { name: 'no key', token: () => undefined, status: 401, code: 'UNAUTHENTICATED' },
    { name: 'a forged key', token: forged, status: 401, code: 'UNAUTHENTICATED' },
    { name: "a reader's key", token: () => tokens.reader, status: 403, code: 'FORBIDDEN' },
  ];
  for (const operation of operations)
    for (const caller of callers)
      it(`${operation.name} with ${caller.name}: ${caller.status}, nothing changed`, async () => {
        const [drafts, nodes] = [await draftNodes(), await graphNodes()];
        const answer = await api.graphql(operation.query, operation.variables(), { token: caller.token() });
        expect({ status: answer.status, code: answer.errors?.[0]?.extensions.code, data: answer.data }).toEqual({
          status: caller.status,
          code: caller.code,
          data: undefined,
        });
        expect([await draftNodes(), await graphNodes()]).toEqual([drafts, nodes]);
      });
});
