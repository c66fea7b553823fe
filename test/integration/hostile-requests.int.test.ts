/**
 * Requests that used to break the service, each now refused with a code and the place of the problem, the service
 * answering a read right after: an unknown operation name, JSON nested 10,000 deep, year 0000, control characters
 * and lone surrogates, prototype keys, values of the wrong type, names no source states, sources citing no
 * article (the same message from `seed --check` as from the API), bound answers; and the limits per client on expensive operations and wrong keys, the security headers,
 * /health. The heap-bound cases run against the production build (production-build.int.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { startTestApi, type TestApi } from '../support/api.js';
import { SUBMIT_ARTICLE, testSubmission } from '../support/submissions.js';

let api: TestApi;
let editor: string;

beforeAll(async () => {
  api = await startTestApi({
    config: {
      throttles: {
        expensiveAnonymousPerMinute: 3,
        expensiveReaderPerMinute: 6,
        expensiveConcurrent: 2,
        extractThreads: 1,
        authFailuresPerMinute: 5,
        trustProxy: false,
      },
    },
  });
  editor = (await issueKey(api.database, { name: 'hostile-editor', role: 'editor', expiresIn: 3_600_000 })).token;
});

afterAll(async () => {
  await api?.stop();
});

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as {
      data?: unknown;
      errors?: {
        message: string;
        extensions: { code: string; problems?: { code: string; input: string; path: string; message: string }[] };
      }[];
    },
  };
}

/** A read that must still answer after each hostile request. */
async function stillAnswers(): Promise<void> {
  const answer = await api.graphql('{ search(text: "lai thanh son", first: 1) { node { id } } }');
  expect(answer.status).toBe(200);
  expect(answer.data!.search).toEqual([{ node: { id: 'person:lai-thanh-son' } }]);
}

/** A submission's article data file, changed by `mutate`, submitted with an editor's key; returns its problems. */
async function problemsOf(
  mutate: (article: { article: Record<string, unknown>; statements: Record<string, unknown>[] }) => void,
  slug: string,
) {
  const submission = testSubmission(slug);
  const article = JSON.parse(submission.article);
  mutate(article);
  const answer = await api.graphql(SUBMIT_ARTICLE, { input: { ...submission, article: JSON.stringify(article) } }, { token: editor });
  expect(answer.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
  return answer.errors![0]!.extensions.problems!;
}

describe('requests that used to end in an internal error', () => {
  it('an operation name the document lacks, or several operations and none named: a request error', async () => {
    const unknown = await post({ query: '{ __typename }', operationName: 'Foo' });
    expect(unknown.status).toBe(200);
    expect(unknown.json.errors![0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    expect(unknown.json.errors![0]!.message).toContain('Foo');
    const unnamed = await post({ query: 'query A { __typename } query B { __typename }' }, { accept: 'application/graphql-response+json' });
    expect(unnamed.status).toBe(400);
    expect(unnamed.json.errors![0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');
    await stillAnswers();
  });

  it('JSON nested 10,000 levels deep in a submission: refused at the depth the format allows, with its path', async () => {
    const submission = testSubmission('deep');
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const article = submission.article.replace('"title":"Bài thử deep"', `"title":${deep}`);
    const answer = await api.graphql(SUBMIT_ARTICLE, { input: { ...submission, article } }, { token: editor });
    expect(answer.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(answer.errors![0]!.extensions.problems).toContainEqual(
      expect.objectContaining({ code: 'TOO_DEEP', input: 'article', path: `$.article.title${'[0]'.repeat(10)}` }),
    );
    await stillAnswers();
  });

  it('year 0000 or 9999, in a statement, a span or a query: refused with the years the graph admits', async () => {
    const problems = await problemsOf((article) => {
      article.statements[1]!.attestedOn = '0000-01-01';
      article.statements[1]!.start = { date: '0000-01-01/9999-12-31', cause: 'elected' };
    }, 'year-zero');
    expect(problems.map((problem) => [problem.code, problem.path])).toEqual([
      ['INVALID_DATE', '$.statements[1].attestedOn'],
      ['INVALID_DATE', '$.statements[1].start.date'],
    ]);
    expect(problems[0]!.message).toContain('1900–2100');
    const query = await api.graphql('{ officeHolders(positionId: "position:chu-tich-ubnd-tinh-bac-giang", on: "9000-01-01") { id } }');
    expect(query.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(query.errors![0]!.message).toContain('1900–2100');
    await stillAnswers();
  });

  it('a control character or a lone surrogate, anywhere a client sends text: refused, never altered', async () => {
    const nul = await problemsOf((article) => {
      article.article.title = 'Bài\u0000thử';
    }, 'nul');
    expect(nul).toEqual([
      expect.objectContaining({ code: 'INVALID_CHARACTER', path: '$.article.title', message: expect.stringContaining('U+0000') }),
    ]);
    const variable = await api.graphql('query($text: String!) { search(text: $text) { score } }', { text: 'Lại\uD800Sơn' });
    expect(variable.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(variable.errors![0]!.message).toContain('$text');
    expect(variable.errors![0]!.message).toContain('lone surrogate');
    await stillAnswers();
  });

  it('__proto__, constructor and prototype as keys, at any depth: refused where they are', async () => {
    const submission = testSubmission('proto');
    const article = submission.article.replace('"kind":"holds"', '"kind":"holds","__proto__":{"polluted":true}');
    const answer = await api.graphql(SUBMIT_ARTICLE, { input: { ...submission, article } }, { token: editor });
    expect(answer.errors![0]!.extensions.problems).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN_KEY', input: 'article', path: '$.statements[1].__proto__' }),
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a value of the wrong type is named as such, and a missing one as missing', async () => {
    const problems = await problemsOf((article) => {
      article.statements[1]!.start = { cause: 'elected', vote: { text: '50/50', for: 'fifty' } };
      delete article.statements[1]!.position;
    }, 'types');
    expect(problems.map((problem) => [problem.code, problem.path, problem.message])).toEqual([
      ['MISSING_FIELD', '$.statements[1].position', 'required field "position" is missing'],
      ['WRONG_TYPE', '$.statements[1].start.vote.for', 'must be number, not string'],
    ]);
  });

  it('a field past its size: refused before anything is stored', async () => {
    const problems = await problemsOf((article) => {
      article.article.note = 'x'.repeat(10_000);
    }, 'large-note');
    expect(problems).toEqual([
      expect.objectContaining({ code: 'TOO_LONG', path: '$.article.note', message: 'must be at most 4000 characters' }),
    ]);
  });
});

describe('names that their sources state', () => {
  it('a person whose name no quote of its sources states is refused, and so is a source citing no article', async () => {
    const submission = testSubmission('invented');
    const entity = JSON.parse(submission.entities[0]!.json);
    const invented = { ...entity, id: 'person:invented-ho-chi-minh', name: 'Hồ Chí Minh' };
    const answer = await api.graphql(
      SUBMIT_ARTICLE,
      {
        input: {
          ...submission,
          entities: [
            ...submission.entities,
            { collection: 'people', json: JSON.stringify(invented) },
            {
              collection: 'people',
              json: JSON.stringify({ ...entity, id: 'person:elsewhere', sources: [{ article: 'article:nowhere', quote: 'x' }] }),
            },
          ],
        },
      },
      { token: editor },
    );
    expect(answer.errors![0]!.extensions.problems).toEqual([
      {
        code: 'SOURCE_ARTICLE_UNKNOWN',
        input: 'entities[2]',
        path: '$.sources[0].article',
        message:
          '"article:nowhere" is neither the submitted article nor one in the graph: a source must cite an article that states the entity',
      },
      {
        code: 'NAME_NOT_IN_SOURCES',
        input: 'entities[1]',
        path: '$.name',
        message: `"Hồ Chí Minh" is in none of its sources' quotes: a name must be stated by a source`,
      },
    ]);

    // The same entity in files: `seed --check` refuses it with the same message, from the same validator.
    const folder = mkdtempSync(join(tmpdir(), 'invented-'));
    cpSync('seed/registry', join(folder, 'registry'), { recursive: true });
    const peopleFile = join(folder, 'registry', 'people.json');
    const people = JSON.parse(readFileSync(peopleFile, 'utf8')) as { entities: { id: string }[] };
    people.entities.push(...submission.entities.map((declared) => JSON.parse(declared.json)), invented);
    writeFileSync(peopleFile, JSON.stringify(people));
    const article = JSON.parse(submission.article);
    writeFileSync(join(folder, article.article.textFile), submission.text);
    writeFileSync(join(folder, 'invented.json'), submission.article);
    const check = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/seed.ts',
        '--check',
        '--registry',
        join(folder, 'registry'),
        'seed/articles',
        join(folder, 'invented.json'),
      ],
      { encoding: 'utf8' },
    );
    expect(check.status).toBe(1);
    expect(check.stderr + check.stdout).toContain(
      `${peopleFile}: $.entities[${people.entities.length - 1}].name: "Hồ Chí Minh" is in none of its sources' quotes: a name must be stated by a source`,
    );
  });

  it('a name spelled with Cyrillic letters among Latin ones is refused', async () => {
    const submission = testSubmission('cyrillic', { names: ['Lại Thаnh Sơn'] });
    const answer = await api.graphql(SUBMIT_ARTICLE, { input: submission }, { token: editor });
    expect(answer.errors![0]!.extensions.problems).toContainEqual(
      expect.objectContaining({
        code: 'MIXED_SCRIPTS',
        input: 'entities[0]',
        path: '$.name',
        message: expect.stringContaining('Latin, Cyrillic'),
      }),
    );
  });
});

describe('limits per client', () => {
  const DRAFT = 'query($text: String!) { extractDraft(text: $text) { json } }';

  it('anonymous extractDraft past its share of a minute: 429 with Retry-After; a reader key has a larger share', async () => {
    const reader = (await issueKey(api.database, { name: 'hostile-reader', role: 'reader', expiresIn: 3_600_000 })).token;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      statuses.push((await api.graphql(DRAFT, { text: 'Ông Lại Thanh Sơn phát biểu.' })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const refused = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: DRAFT, variables: { text: 'x' } }),
    });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect((await api.graphql(DRAFT, { text: 'Ông Lại Thanh Sơn phát biểu.' }, { token: reader })).status).toBe(200);
    await stillAnswers();
  });

  it('wrong keys from one address: refused before any key check once past the limit; reads without a key still answer', async () => {
    const wrong = `Bearer ogk_${'a'.repeat(8)}_${'b'.repeat(43)}`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1)
      statuses.push(
        (
          await fetch(api.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: wrong },
            body: '{"query":"{ __typename }"}',
          })
        ).status,
      );
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    await stillAnswers();
  });
});

describe('what every answer carries', () => {
  it('security headers on API answers and errors alike, and /health telling live from ready', async () => {
    for (const response of [
      await fetch(`${api.url}?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } }),
      await fetch(`${new URL(api.url).origin}/nowhere`),
    ]) {
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    }
    const health = await fetch(`${new URL(api.url).origin}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ live: true, ready: true });
  });

  it('an answer larger than MAX_RESPONSE_BYTES is refused before it is serialized', async () => {
    const small = await startTestApi({ seed: false, config: { maxResponseBytes: 10_000 } });
    try {
      const aliases = Array.from(
        { length: 30 },
        (_, index) => `a${index}: node(id: "article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018") { ... on Article { text } }`,
      ).join(' ');
      const answer = await small.graphql(`{ ${aliases} }`);
      expect(answer.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESPONSE_TOO_LARGE' }) })]);
      expect(answer.data).toBeNull();
      expect((await small.graphql('{ a0: node(id: "article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018") { id } }')).data).toEqual({
        a0: { id: 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018' },
      });
    } finally {
      await small.stop();
    }
  });
});
