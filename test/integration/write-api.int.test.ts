/**
 * The write API over HTTP, against the tests' real Neo4j: every role against every mutation, keys that must not
 * work (none, forged, altered, expired, revoked), idempotent and concurrent submissions, the rules of the seed
 * loader, conflicts, the audit trail, judgements and their undoing, and the limits on writes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { parseToken, type Role } from '../../src/auth/keys.js';
import { revokeKey } from '../../src/db/cypher/keys.js';
import { loadConfig } from '../../src/config.js';
import { countGraph, loadArticleFiles, mergeWarnings, prepareLoad, writeLoad } from '../../src/load/loader.js';
import { formatIssue } from '../../src/statements/issues.js';
import { BAC_GIANG_ARTICLE, startTestApi, seedTestDatabase, type TestApi } from '../support/api.js';
import { SEEDED_POSITION, SUBMIT_ARTICLE, testSubmission } from '../support/submissions.js';

let api: TestApi;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  // The tests below write far more than a person would in a minute; the limit has a test of its own.
  api = await startTestApi({ config: { writes: { ...loadConfig().writes, perKeyPerMinute: 100_000 } } });
  for (const role of ['reader', 'editor', 'admin'] as const)
    tokens[role] = (await issueKey(api.database, { name: `test-${role}`, role, expiresIn: 3_600_000 })).token;
});

afterAll(async () => {
  await api?.stop();
});

const read = (cypher: string, params: Record<string, unknown> = {}) => api.database.read({ cypher, params });
const countOf = async (cypher: string, params: Record<string, unknown> = {}) => Number((await read(cypher, params))[0]?.count);

const CALLERS = ['anonymous', 'reader', 'editor', 'admin'] as const;
type CallerName = (typeof CALLERS)[number];
const tokenOf = (caller: CallerName) => (caller === 'anonymous' ? undefined : tokens[caller]);
const RANK = { anonymous: 0, reader: 1, editor: 2, admin: 3 } as const;

const JUDGEMENT_FIELDS = 'id kind about rank previousRank reason by at undone undoneBy undoReason auditId';

describe('who may do what', () => {
  /**
   * Each operation with the least role it needs, and a way to make a request that succeeds for a caller allowed
   * to make it (fresh data per caller, since a merge or a retraction can happen once).
   */
  const operations: {
    name: string;
    needs: CallerName;
    request: (caller: CallerName) => Promise<{ query: string; variables: Record<string, unknown> }>;
  }[] = [
    {
      name: 'submitArticle',
      needs: 'editor',
      request: async (caller) => ({ query: SUBMIT_ARTICLE, variables: { input: testSubmission(`roles-submit-${caller}`) } }),
    },
    {
      name: 'retractArticle',
      needs: 'admin',
      request: async (caller) => {
        const submission = testSubmission(`roles-retract-${caller}`);
        await api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: tokens.admin });
        return {
          query: 'mutation($id: ID!) { retractArticle(id: $id, reason: "test") { articleId statementsRemoved auditId } }',
          variables: { id: `article:roles-retract-${caller}` },
        };
      },
    },
    {
      name: 'rankClaim',
      needs: 'editor',
      request: async (caller) => {
        await api.graphql(SUBMIT_ARTICLE, { input: testSubmission(`roles-rank-${caller}`) }, { token: tokens.admin });
        return {
          query: `mutation($id: ID!) { rankClaim(claimId: $id, rank: PREFERRED, reason: "test") { ${JUDGEMENT_FIELDS} } }`,
          variables: { id: `claim:roles-rank-${caller}/holds-1` },
        };
      },
    },
    {
      name: 'mergeEntities',
      needs: 'admin',
      request: async (caller) => {
        await api.graphql(SUBMIT_ARTICLE, { input: testSubmission(`roles-merge-${caller}`, { people: 2 }) }, { token: tokens.admin });
        return {
          query: `mutation($keep: ID!, $merge: ID!) { mergeEntities(keepId: $keep, mergeId: $merge, reason: "test") { ${JUDGEMENT_FIELDS} } }`,
          variables: { keep: `person:roles-merge-${caller}-1`, merge: `person:roles-merge-${caller}-2` },
        };
      },
    },
    {
      name: 'markDistinct',
      needs: 'editor',
      request: async (caller) => {
        await api.graphql(SUBMIT_ARTICLE, { input: testSubmission(`roles-distinct-${caller}`, { people: 2 }) }, { token: tokens.admin });
        return {
          query: `mutation($a: ID!, $b: ID!) { markDistinct(id: $a, otherId: $b, reason: "test") { ${JUDGEMENT_FIELDS} } }`,
          variables: { a: `person:roles-distinct-${caller}-1`, b: `person:roles-distinct-${caller}-2` },
        };
      },
    },
    {
      name: 'undoJudgement',
      needs: 'admin',
      request: async (caller) => {
        await api.graphql(SUBMIT_ARTICLE, { input: testSubmission(`roles-undo-${caller}`, { people: 2 }) }, { token: tokens.admin });
        const made = await api.graphql(
          `mutation($a: ID!, $b: ID!) { markDistinct(id: $a, otherId: $b, reason: "to undo") { id } }`,
          { a: `person:roles-undo-${caller}-1`, b: `person:roles-undo-${caller}-2` },
          { token: tokens.admin },
        );
        return {
          query: `mutation($id: ID!) { undoJudgement(id: $id, reason: "test") { ${JUDGEMENT_FIELDS} } }`,
          variables: { id: made.data!.markDistinct.id },
        };
      },
    },
    {
      name: 'auditTrail',
      needs: 'admin',
      request: async () => ({ query: '{ auditTrail(first: 5) { edges { node { id action keyName requestId } } } }', variables: {} }),
    },
  ];

  for (const operation of operations) {
    for (const caller of CALLERS) {
      const allowed = RANK[caller] >= RANK[operation.needs];
      it(`${operation.name} by ${caller}: ${allowed ? 'allowed' : 'refused'}`, async () => {
        const { query, variables } = await operation.request(caller);
        const before = await countOf('MATCH (n) RETURN count(n) AS count');
        const answer = await api.graphql(query, variables, { token: tokenOf(caller) });
        if (allowed) {
          expect(answer.errors).toBeUndefined();
          expect(answer.status).toBe(200);
          expect(answer.data![operation.name]).toBeTruthy();
        } else {
          const expected = caller === 'anonymous' ? { status: 401, code: 'UNAUTHENTICATED' } : { status: 403, code: 'FORBIDDEN' };
          expect({ status: answer.status, code: answer.errors?.[0]?.extensions.code }).toEqual(expected);
          expect(answer.data).toBeUndefined();
          // Refused before anything ran: not a node more or less.
          expect(await countOf('MATCH (n) RETURN count(n) AS count')).toBe(before);
        }
      });
    }
  }

  it('refuses a mutation hidden behind @skip or in a fragment alike', async () => {
    const answer = await api.graphql(
      'mutation($no: Boolean = true) { ...F } fragment F on Mutation { retractArticle(id: "article:x", reason: "r") @skip(if: $no) { articleId } }',
      {},
      { token: tokens.editor },
    );
    expect(answer.status).toBe(403);
  });
});

describe('keys that must not work', () => {
  const MUTATION = 'mutation { markDistinct(id: "person:lai-thanh-son", otherId: "person:x", reason: "r") { id } }';

  async function refusal(authorization: string) {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return {
      status: response.status,
      wwwAuthenticate: response.headers.get('www-authenticate'),
      body: (await response.json()) as { errors: { message: string; extensions: { code: string } }[] },
    };
  }

  it('answers 401 with one message, whatever is wrong with the key, even on a read', async () => {
    const valid = tokens.editor;
    const [, id, secret] = /^ogk_([0-9a-f]+)_(.+)$/.exec(valid)!;
    const altered = `ogk_${id}_${secret!.slice(0, -1)}${secret!.endsWith('A') ? 'B' : 'A'}`;
    const forged = `ogk_${'0'.repeat(12)}_${secret}`;
    const expired = (await issueKey(api.database, { name: 'expired', role: 'admin', expiresIn: 1 })).token;
    const revoked = await issueKey(api.database, { name: 'revoked', role: 'admin', expiresIn: 3_600_000 });
    await api.database.write([revokeKey(revoked.key.id)]);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const answers = await Promise.all(
      [
        `Bearer ${altered}`,
        `Bearer ${forged}`,
        `Bearer ${expired}`,
        `Bearer ${revoked.token}`,
        'Bearer not-a-key',
        `Basic ${valid}`,
        valid,
      ].map(refusal),
    );
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.wwwAuthenticate).toMatch(/^Bearer/);
      expect(answer.body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      expect(answer.body.errors[0]!.message).toBe(answers[0]!.body.errors[0]!.message);
    }
    // The same keys on a mutation: refused too, and the valid key still works.
    expect((await api.graphql(MUTATION, {}, { token: revoked.token })).status).toBe(401);
    expect((await api.graphql('{ __typename }', {}, { token: valid })).status).toBe(200);
  });

  it('stops a key at once when it is revoked, though it was verified before', async () => {
    const { key, token } = await issueKey(api.database, { name: 'soon-revoked', role: 'editor', expiresIn: 3_600_000 });
    expect((await api.graphql('{ __typename }', {}, { token })).status).toBe(200);
    await api.database.write([revokeKey(key.id)]);
    expect((await api.graphql('{ __typename }', {}, { token })).status).toBe(401);
  });

  it('never lets a shared cache keep an answer given to a key', async () => {
    const url = `${api.url}?query=${encodeURIComponent('{ auditTrail(first: 1) { edges { node { id } } } }')}`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${tokens.admin}`, 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(response.headers.get('vary')).toMatch(/authorization/);
    const anonymous = await fetch(`${api.url}?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/);
  });

  it('never stores a key in clear', async () => {
    const rows = await read('MATCH (k:ApiKey) RETURN properties(k) AS props');
    const stored = JSON.stringify(rows);
    for (const token of Object.values(tokens)) {
      expect(stored).not.toContain(token);
      expect(stored).not.toContain(parseToken(token)!.secret);
    }
  });
});

describe('submitting an article', () => {
  it('writes it once: a second identical submission is UNCHANGED and writes nothing', async () => {
    const submission = testSubmission('idempotent', { people: 2 });
    const first = await api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: tokens.editor });
    expect(first.errors).toBeUndefined();
    expect(first.data!.submitArticle).toMatchObject({ status: 'CREATED', statementsAdded: 4, statementsRemoved: 0, entitiesAdded: 2 });
    expect(first.data!.submitArticle.article.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const counts = await countGraph(api.database);
    const second = await api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: tokens.editor });
    expect(second.data!.submitArticle).toMatchObject({ status: 'UNCHANGED', statementsAdded: 0, auditId: null });
    expect(await countGraph(api.database)).toEqual(counts);
    // The facts are there, traceable to the submitted sentence.
    const holders = await api.graphql(
      `{ officeHolders(positionId: "${SEEDED_POSITION}") { person { id } sources { quote article { id } } } }`,
    );
    const holder = holders.data!.officeHolders.find((tenure: { person: { id: string } }) => tenure.person.id === 'person:idempotent-1');
    expect(holder.sources).toEqual([
      { quote: 'Ông Người Thử idempotent 1 giữ chức Phó Chủ tịch Thường trực UBND tỉnh (câu 1).', article: { id: 'article:idempotent' } },
    ]);
  });

  it("checks by the seed loader's rules, reports every problem by input and path, and writes nothing", async () => {
    const submission = testSubmission('invalid', { people: 1 });
    const article = JSON.parse(submission.article);
    article.statements[1].quotes = ['Một câu không có trong bài.'];
    article.statements[1].position = 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-gian';
    const before = await countGraph(api.database);
    const answer = await api.graphql(
      SUBMIT_ARTICLE,
      { input: { ...submission, article: JSON.stringify(article) } },
      { token: tokens.editor },
    );
    expect(answer.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions.problems).toEqual([
      expect.objectContaining({ input: 'article', path: '$.statements[1].quotes[0]' }),
      expect.objectContaining({
        input: 'article',
        path: '$.statements[1].position',
        message: expect.stringContaining(`did you mean "${SEEDED_POSITION}"`),
      }),
    ]);
    expect(await countGraph(api.database)).toEqual(before);
  });

  it('refuses to declare an entity the graph has, and names the namesake it may be', async () => {
    const again = testSubmission('redeclare', { people: 1 });
    again.entities = [
      {
        collection: 'people',
        json: JSON.stringify({
          id: 'person:lai-thanh-son',
          name: 'Lại Thanh Sơn',
          sources: [{ article: 'article:redeclare', quote: 'Bài thử redeclare.' }],
        }),
      },
    ];
    const answer = await api.graphql(SUBMIT_ARTICLE, { input: again }, { token: tokens.editor });
    expect(answer.errors![0]!.extensions.problems).toContainEqual(
      expect.objectContaining({ input: 'entities[0]', path: '$.id', message: expect.stringContaining('already in the graph') }),
    );
    const namesake = testSubmission('namesake', { names: ['Lại Thanh Sơn'] });
    const written = await api.graphql(SUBMIT_ARTICLE, { input: namesake }, { token: tokens.editor });
    expect(written.data!.submitArticle.warnings).toEqual([expect.stringContaining('"person:lai-thanh-son" in the graph')]);
  });

  it('replaces an article with other content only when asked', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('replaced', { people: 2 }) }, { token: tokens.editor });
    const smaller = testSubmission('replaced', { personIds: ['person:replaced-1'], names: ['Người Thử replaced 1'] });
    const refused = await api.graphql(SUBMIT_ARTICLE, { input: smaller }, { token: tokens.editor });
    expect({ status: refused.status, code: refused.errors![0]!.extensions.code }).toEqual({ status: 409, code: 'CONFLICT' });
    const replaced = await api.graphql(SUBMIT_ARTICLE, { input: { ...smaller, replace: true } }, { token: tokens.editor });
    expect(replaced.data!.submitArticle).toMatchObject({ status: 'REPLACED', statementsAdded: 2, statementsRemoved: 4 });
    // The tenure only the old version stated is gone; the entity it declared stays (the registry keeps it).
    expect(await countOf('MATCH (t:Tenure) WHERE t.id STARTS WITH "tenure:replaced-" RETURN count(t) AS count')).toBe(1);
  });

  it("bounds the statements of one submission and the body of a request without an editor's key", async () => {
    const small = await startTestApi({ seed: false, config: { writes: { ...loadConfig().writes, maxStatementsPerSubmission: 3 } } });
    try {
      const answer = await small.graphql(SUBMIT_ARTICLE, { input: testSubmission('too-many', { people: 2 }) }, { token: tokens.editor });
      expect({ status: answer.status, code: answer.errors![0]!.extensions.code }).toEqual({ status: 400, code: 'BAD_USER_INPUT' });
      expect(answer.errors![0]!.message).toContain('at most 3');
    } finally {
      await small.stop();
    }
    const large = testSubmission('large-body', { people: 400 });
    expect(JSON.stringify(large).length).toBeGreaterThan(loadConfig().maxBodyBytes);
    expect((await api.graphql(SUBMIT_ARTICLE, { input: large })).status).toBe(413);
    expect((await api.graphql(SUBMIT_ARTICLE, { input: large }, { token: tokens.editor })).data!.submitArticle.status).toBe('CREATED');
  });
});

describe('fifty clients submitting one article at once', () => {
  it('write it once, with the counts of a single submission', async () => {
    const submission = testSubmission('concurrent', { people: 5 });
    // A single submission on the same graph first, counted, then retracted: the baseline.
    await seedTestDatabase(api.database);
    const base = await countGraph(api.database);
    await api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: tokens.editor });
    const single = await countGraph(api.database);
    await seedTestDatabase(api.database);
    expect(await countGraph(api.database)).toEqual(base);

    const answers = await Promise.all(
      Array.from({ length: 50 }, () => api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: tokens.editor })),
    );
    const statuses = answers.map((answer) => answer.data?.submitArticle.status ?? answer.errors?.[0]?.message);
    expect(statuses.filter((status) => status !== 'UNCHANGED')).toEqual(['CREATED']);
    expect(statuses.filter((status) => status === 'UNCHANGED')).toHaveLength(49);
    const after = await countGraph(api.database);
    // The audit entry of the one write is the only node the concurrent run adds over the single one.
    expect(after.nodes).toBe(single.nodes);
    expect(after.nodesByLabel).toEqual(single.nodesByLabel);
    expect(after.relationshipsByType).toEqual(single.relationshipsByType);
    expect(await countOf('MATCH (a:Article {id: "article:concurrent"}) RETURN count(a) AS count')).toBe(1);
    expect(await countOf('MATCH (e:AuditEntry {articleId: "article:concurrent"}) RETURN count(e) AS count')).toBe(1);
  });
});

describe('the audit trail', () => {
  it('records who, when, what and the request id of every write, for admins', async () => {
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.editor}` },
      body: JSON.stringify({ query: SUBMIT_ARTICLE, variables: { input: testSubmission('audited', { people: 3 }) } }),
    });
    const requestId = response.headers.get('x-request-id');
    const answer = await api.graphql(
      '{ auditTrail(articleId: "article:audited", first: 10) { edges { node { id at action keyName keyRole requestId articleId statementsAdded statementsRemoved details } } pageInfo { hasNextPage } } }',
      {},
      { token: tokens.admin },
    );
    expect(answer.data!.auditTrail.edges).toEqual([
      {
        node: expect.objectContaining({
          action: 'submitArticle',
          keyName: 'test-editor',
          keyRole: 'EDITOR',
          requestId,
          articleId: 'article:audited',
          statementsAdded: 6,
          statementsRemoved: 0,
        }),
      },
    ]);
    expect(Date.now() - Date.parse(answer.data!.auditTrail.edges[0].node.at)).toBeLessThan(60_000);
    // Pages: newest first, each entry once.
    const first = await api.graphql(
      '{ auditTrail(first: 1) { edges { node { id } } pageInfo { endCursor hasNextPage } } }',
      {},
      { token: tokens.admin },
    );
    expect(first.data!.auditTrail.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql(
      'query($after: String) { auditTrail(first: 1, after: $after) { edges { node { id } } } }',
      { after: first.data!.auditTrail.pageInfo.endCursor },
      { token: tokens.admin },
    );
    const ids = [...first.data!.auditTrail.edges, ...next.data!.auditTrail.edges].map((edge: { node: { id: string } }) => edge.node.id);
    expect(new Set(ids).size).toBe(2);
    // A cursor of another list is refused as such, not passed to Cypher.
    const people = await api.graphql('{ people(first: 1) { pageInfo { endCursor } } }');
    const foreign = await api.graphql(
      'query($after: String) { auditTrail(first: 1, after: $after) { edges { node { id } } } }',
      { after: people.data!.people.pageInfo.endCursor },
      { token: tokens.admin },
    );
    expect(foreign.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('what the seed loader leaves alone', () => {
  it('--prune removes articles whose file is gone, never those submitted through the API', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('kept-by-prune') }, { token: tokens.editor });
    const other = 'seed/articles/001_binhthuan-le-tuan-phong-bau-baogiaothong.json';
    await loadArticleFiles(api.database, [BAC_GIANG_ARTICLE, other]);
    const summary = await loadArticleFiles(api.database, [BAC_GIANG_ARTICLE], { prune: true });
    expect(summary.prunedArticles).toEqual(['article:baogiaothong-2021-01-18-tan-chu-tich-ubnd-tinh-binh-thuan']);
    expect(await countOf('MATCH (a:Article {id: "article:kept-by-prune"}) RETURN count(a) AS count')).toBe(1);
  });
});

describe('judgements', () => {
  const HOLDERS = `{ officeHolders(positionId: "${SEEDED_POSITION}") { id person { id } sources { article { id } } } }`;
  const holdersOf = async (prefix: string) =>
    ((await api.graphql(HOLDERS)).data!.officeHolders as { id: string; person: { id: string }; sources: { article: { id: string } }[] }[])
      .filter((tenure) => tenure.person.id.startsWith(prefix))
      .map((tenure) => ({ person: tenure.person.id, articles: tenure.sources.map((source) => source.article.id).sort() }));

  it('merges two people into one, keeps who, when and why, and undoes it exactly', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('merge-a', { names: ['Trần Văn Hợp'] }) }, { token: tokens.editor });
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('merge-b', { names: ['Trần Văn Hợp'] }) }, { token: tokens.editor });
    expect(await holdersOf('person:merge-')).toEqual([
      { person: 'person:merge-a-1', articles: ['article:merge-a'] },
      { person: 'person:merge-b-1', articles: ['article:merge-b'] },
    ]);
    const merged = await api.graphql(
      `mutation { mergeEntities(keepId: "person:merge-a-1", mergeId: "person:merge-b-1", reason: "one man: same post, same name") { ${JUDGEMENT_FIELDS} } }`,
      {},
      { token: tokens.admin },
    );
    expect(merged.data!.mergeEntities).toMatchObject({
      kind: 'SAME_AS',
      about: ['person:merge-a-1', 'person:merge-b-1'],
      by: 'test-admin',
      reason: 'one man: same post, same name',
      undone: false,
    });
    expect(await holdersOf('person:merge-')).toEqual([{ person: 'person:merge-a-1', articles: ['article:merge-a', 'article:merge-b'] }]);
    expect((await api.graphql('{ node(id: "person:merge-b-1") { id } }')).data!.node).toBeNull();
    const judgements = await api.graphql(`{ judgements(aboutId: "person:merge-b-1") { id kind by reason } }`);
    expect(judgements.data!.judgements).toEqual([
      expect.objectContaining({ id: merged.data!.mergeEntities.id, kind: 'SAME_AS', by: 'test-admin' }),
    ]);

    const undone = await api.graphql(
      `mutation($id: ID!) { undoJudgement(id: $id, reason: "two men after all") { ${JUDGEMENT_FIELDS} } }`,
      { id: merged.data!.mergeEntities.id },
      { token: tokens.admin },
    );
    expect(undone.data!.undoJudgement).toMatchObject({ undone: true, undoneBy: 'test-admin', undoReason: 'two men after all' });
    expect(await holdersOf('person:merge-')).toEqual([
      { person: 'person:merge-a-1', articles: ['article:merge-a'] },
      { person: 'person:merge-b-1', articles: ['article:merge-b'] },
    ]);
    const again = await api.graphql(
      `mutation($id: ID!) { undoJudgement(id: $id, reason: "again") { id } }`,
      { id: merged.data!.mergeEntities.id },
      { token: tokens.admin },
    );
    expect(again.errors![0]!.extensions.code).toBe('CONFLICT');
  });

  it('stores a submission naming or declaring a merged entity, read as the one it became, and undoes judgements in any order', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('merged-later', { people: 2 }) }, { token: tokens.editor });
    const merge = await api.graphql(
      'mutation { mergeEntities(keepId: "person:merged-later-1", mergeId: "person:merged-later-2", reason: "same") { id } }',
      {},
      { token: tokens.admin },
    );
    // Naming the merged entity: stored as stated, with a warning, and read as the kept one.
    const naming = testSubmission('names-merged', { personIds: ['person:merged-later-2'], names: ['Người Thử merged-later 2'] });
    const stored = await api.graphql(SUBMIT_ARTICLE, { input: naming }, { token: tokens.editor });
    expect(stored.data!.submitArticle.status).toBe('CREATED');
    expect(stored.data!.submitArticle.warnings).toEqual([
      'article: $.statements[0].entity: "person:merged-later-2" was merged into "person:merged-later-1" (an editor judged them the same): it is read as "person:merged-later-1"',
      'article: $.statements[1].person: "person:merged-later-2" was merged into "person:merged-later-1" (an editor judged them the same): it is read as "person:merged-later-1"',
    ]);
    // One tenure: both people of merged-later (a quote each) and the one names-merged names.
    expect(await holdersOf('person:merged-later-')).toEqual([
      { person: 'person:merged-later-1', articles: ['article:merged-later', 'article:merged-later', 'article:names-merged'] },
    ]);
    const claim = await api.graphql('{ node(id: "claim:names-merged/holds-1") { ... on Claim { values } } }');
    expect(JSON.parse(claim.data!.node.values)).toMatchObject({ person: 'person:merged-later-2' });
    // Declaring it again: a warning too; it stays hidden while the merge stands.
    const declaring = testSubmission('declares-merged', { people: 1 });
    declaring.entities[0]!.json = declaring.entities[0]!.json.replace('person:declares-merged-1', 'person:merged-later-2');
    declaring.article = declaring.article.replaceAll('person:declares-merged-1', 'person:merged-later-2');
    const redeclared = await api.graphql(SUBMIT_ARTICLE, { input: declaring }, { token: tokens.editor });
    expect(redeclared.data!.submitArticle.warnings).toContainEqual(
      expect.stringMatching(/^entities\[0\]: \$\.id: .*was merged into "person:merged-later-1"/),
    );
    expect((await api.graphql('{ node(id: "person:merged-later-2") { id } }')).data!.node).toBeNull();
    // A later judgement about the kept entity does not hold the merge's undoing back: each is a record of its own.
    const later = await api.graphql(
      'mutation { markDistinct(id: "person:merged-later-1", otherId: "person:lai-thanh-son", reason: "r") { id } }',
      {},
      { token: tokens.editor },
    );
    const undo = 'mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id undone } }';
    expect((await api.graphql(undo, { id: merge.data!.mergeEntities.id }, { token: tokens.admin })).data!.undoJudgement.undone).toBe(true);
    expect((await api.graphql(undo, { id: later.data!.markDistinct.id }, { token: tokens.admin })).data!.undoJudgement.undone).toBe(true);
    // Undone, the merged entity is read as itself again, with every article that names it.
    expect(await holdersOf('person:merged-later-')).toEqual([
      { person: 'person:merged-later-1', articles: ['article:merged-later'] },
      { person: 'person:merged-later-2', articles: ['article:declares-merged', 'article:merged-later', 'article:names-merged'] },
    ]);
  });

  it('leaves every claim as its article stated it through a merge, a rank and their undoing, and derives exactly what there was before', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('stated-a', { names: ['Đỗ Văn Nguyên'] }) }, { token: tokens.editor });
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('stated-b', { names: ['Đỗ Văn Nguyên'] }) }, { token: tokens.editor });
    const claims = async () =>
      Object.fromEntries(
        (await api.database.read({ cypher: 'MATCH (c:Claim) RETURN c.id AS id, c.values AS values ORDER BY id', params: {} })).map(
          (row) => [String(row.id), String(row.values)],
        ),
      );
    const facts = async () =>
      await api.database.read({
        cypher: `MATCH (t:Tenure)-[:HELD_BY]->(p:Person) WHERE p.id STARTS WITH 'person:stated-'
                 RETURN t.id AS id, p.id AS person, t.readings AS readings, toString(t.certainFrom) AS certainFrom, toString(t.possibleTo) AS possibleTo,
                        COUNT { (t)-[:STATED_IN]->() } AS quotes ORDER BY id`,
        params: {},
      });
    const stated = await claims();
    const derived = await facts();
    const mutate = (query: string) => api.graphql(query, {}, { token: tokens.admin });
    const merge = await mutate(
      'mutation { mergeEntities(keepId: "person:stated-a-1", mergeId: "person:stated-b-1", reason: "one") { id } }',
    );
    expect(await claims()).toEqual(stated);
    expect((await facts()).map((row) => row.person)).toEqual(['person:stated-a-1']);
    const rank = await mutate('mutation { rankClaim(claimId: "claim:stated-b/holds-1", rank: PREFERRED, reason: "best") { id } }');
    expect(await claims()).toEqual(stated);
    for (const judgement of [merge.data!.mergeEntities.id, rank.data!.rankClaim.id])
      await api.graphql('mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id } }', { id: judgement }, { token: tokens.admin });
    expect(await claims()).toEqual(stated);
    expect(await facts()).toEqual(derived);
  });

  it('refuses to merge two entities judged distinct, until that judgement is undone', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('twins', { people: 2 }) }, { token: tokens.editor });
    const distinct = await api.graphql(
      'mutation { markDistinct(id: "person:twins-1", otherId: "person:twins-2", reason: "two people") { id } }',
      {},
      { token: tokens.editor },
    );
    const MERGE = 'mutation { mergeEntities(keepId: "person:twins-1", mergeId: "person:twins-2", reason: "same?") { id } }';
    const refused = await api.graphql(MERGE, {}, { token: tokens.admin });
    expect({ status: refused.status, code: refused.errors![0]!.extensions.code }).toEqual({ status: 409, code: 'CONFLICT' });
    expect(refused.errors![0]!.message).toContain(distinct.data!.markDistinct.id);
    await api.graphql(
      `mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id } }`,
      { id: distinct.data!.markDistinct.id },
      { token: tokens.admin },
    );
    expect((await api.graphql(MERGE, {}, { token: tokens.admin })).errors).toBeUndefined();
  });

  it('ranks a claim, derives its facts again, and restores the rank on undo', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('ranked') }, { token: tokens.editor });
    const ranked = await api.graphql(
      `mutation { rankClaim(claimId: "claim:ranked/holds-1", rank: DEPRECATED, reason: "misread") { ${JUDGEMENT_FIELDS} } }`,
      {},
      { token: tokens.editor },
    );
    expect(ranked.data!.rankClaim).toMatchObject({
      kind: 'RANK',
      about: ['claim:ranked/holds-1'],
      rank: 'DEPRECATED',
      previousRank: 'NORMAL',
    });
    const claim = async () => (await api.graphql('{ node(id: "claim:ranked/holds-1") { ... on Claim { rank rankReason } } }')).data!.node;
    expect(await claim()).toEqual({ rank: 'DEPRECATED', rankReason: 'misread' });
    await api.graphql(
      `mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id } }`,
      { id: ranked.data!.rankClaim.id },
      { token: tokens.admin },
    );
    expect(await claim()).toEqual({ rank: 'NORMAL', rankReason: null });
  });

  it('undoes a rank only on the claim it was given to, not on one an article submitted again has brought since', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('reranked') }, { token: tokens.editor });
    const ranked = await api.graphql(
      'mutation { rankClaim(claimId: "claim:reranked/holds-1", rank: PREFERRED, reason: "best") { id } }',
      {},
      { token: tokens.editor },
    );
    // The article again, its holds-1 now saying something else (another person) and ranked by its file.
    const again = testSubmission('reranked', { names: ['Người Khác'] });
    const article = JSON.parse(again.article);
    Object.assign(article.statements[1], { rank: 'deprecated', rankReason: 'as filed' });
    const replaced = await api.graphql(
      SUBMIT_ARTICLE,
      { input: { ...again, article: JSON.stringify(article), entities: [], replace: true } },
      { token: tokens.editor },
    );
    expect(replaced.errors).toBeUndefined();
    await api.graphql(
      'mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id } }',
      { id: ranked.data!.rankClaim.id },
      { token: tokens.admin },
    );
    const claim = await api.graphql('{ node(id: "claim:reranked/holds-1") { ... on Claim { rank rankReason } } }');
    expect(claim.data!.node).toEqual({ rank: 'DEPRECATED', rankReason: 'as filed' });
  });

  it('loads seed files naming an entity an editor merged away: read as the kept one, with a warning, until the merge is undone', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('seed-merge', { names: ['Lại Thanh Sơn'] }) }, { token: tokens.editor });
    const merge = await api.graphql(
      'mutation { mergeEntities(keepId: "person:seed-merge-1", mergeId: "person:lai-thanh-son", reason: "test") { id } }',
      {},
      { token: tokens.admin },
    );
    const prepared = prepareLoad([BAC_GIANG_ARTICLE]);
    expect((await mergeWarnings(api.database, prepared.loadSet)).map(formatIssue)).toContainEqual(
      expect.stringMatching(
        /seed\/articles\/000_379587cad87146f9\.json: \$\.statements: "person:lai-thanh-son" was merged into "person:seed-merge-1"/,
      ),
    );
    await writeLoad(api.database, prepared);
    expect((await api.graphql('{ node(id: "person:lai-thanh-son") { id } }')).data!.node).toBeNull();
    const presenter = '{ awardPresentations(first: 1) { edges { node { presenter { id } } } } }';
    expect((await api.graphql(presenter)).data!.awardPresentations.edges[0].node.presenter).toEqual({ id: 'person:seed-merge-1' });
    await api.graphql(
      'mutation($id: ID!) { undoJudgement(id: $id, reason: "r") { id } }',
      { id: merge.data!.mergeEntities.id },
      { token: tokens.admin },
    );
    expect((await api.graphql('{ node(id: "person:lai-thanh-son") { id } }')).data!.node).toEqual({ id: 'person:lai-thanh-son' });
    expect((await api.graphql(presenter)).data!.awardPresentations.edges[0].node.presenter).toEqual({ id: 'person:lai-thanh-son' });
  });

  it('retracts an article: its statements go and the facts are derived again', async () => {
    await api.graphql(SUBMIT_ARTICLE, { input: testSubmission('retract-a', { names: ['Phạm Văn Rút'] }) }, { token: tokens.editor });
    const both = testSubmission('retract-b', { personIds: ['person:retract-a-1'], names: ['Phạm Văn Rút'] });
    await api.graphql(SUBMIT_ARTICLE, { input: both }, { token: tokens.editor });
    expect(await holdersOf('person:retract-')).toEqual([
      { person: 'person:retract-a-1', articles: ['article:retract-a', 'article:retract-b'] },
    ]);
    const retracted = await api.graphql(
      'mutation { retractArticle(id: "article:retract-b", reason: "wrong page") { statementsRemoved factsDerived factsDeleted } }',
      {},
      { token: tokens.admin },
    );
    // The tenure is derived again, and so is every other of its post: the post is held by one person at a time,
    // so each tenure's certain days bound the others' possible ones.
    const tenuresOfPost = (await api.graphql(`{ node(id: "${SEEDED_POSITION}") { ... on Position { holders { id } } } }`)).data!.node
      .holders.length;
    expect(retracted.data!.retractArticle).toEqual({ statementsRemoved: 2, factsDerived: tenuresOfPost, factsDeleted: 0 });
    expect(await holdersOf('person:retract-')).toEqual([{ person: 'person:retract-a-1', articles: ['article:retract-a'] }]);
    const missing = await api.graphql(
      'mutation { retractArticle(id: "article:retract-b", reason: "again") { articleId } }',
      {},
      { token: tokens.admin },
    );
    expect({ status: missing.status, code: missing.errors![0]!.extensions.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
  });
});

describe('writes per key and minute', () => {
  it('answers 429 with Retry-After past the limit, per key', async () => {
    const limited = await startTestApi({ seed: false, config: { writes: { ...loadConfig().writes, perKeyPerMinute: 2 } } });
    try {
      const MARK = 'mutation { markDistinct(id: "person:lai-thanh-son", otherId: "person:lai-thanh-son", reason: "r") { id } }';
      const codes = [];
      for (let index = 0; index < 3; index += 1) codes.push((await limited.graphql(MARK, {}, { token: tokens.editor })).status);
      expect(codes).toEqual([409, 409, 429]);
      const limitedAnswer = await limited.graphql(MARK, {}, { token: tokens.editor });
      expect(limitedAnswer.errors![0]!.extensions.code).toBe('RATE_LIMITED');
      const retryAfter = Number(limitedAnswer.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Each aliased mutation field is a write: with one write left, two in one operation do not fit (429), and more
      // than the limit in one operation never will (400).
      const aliased = (count: number) =>
        `mutation { ${Array.from({ length: count }, (_unused, n) => `m${n}: markDistinct(id: "person:lai-thanh-son", otherId: "person:lai-thanh-son", reason: "r") { id }`).join(' ')} }`;
      expect((await limited.graphql(MARK, {}, { token: tokens.admin })).status).toBe(409);
      expect((await limited.graphql(aliased(2), {}, { token: tokens.admin })).status).toBe(429);
      expect((await limited.graphql(aliased(3), {}, { token: tokens.admin })).status).toBe(400);
      // Each key has its own allowance (the admin's second write fits), and reads are not limited.
      expect((await limited.graphql(MARK, {}, { token: tokens.admin })).status).toBe(409);
      expect((await limited.graphql('{ __typename }', {}, { token: tokens.editor })).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});
