/**
 * The production build: `npm run build` compiles the service to dist/, and `node dist/src/main.js` (what the
 * Docker image runs, with its heap bound to 128 MB) serves the API with no TypeScript at run time; the schema and
 * the seed articles are found from dist/. Against that process, the requests that used to exhaust its heap or end
 * in an internal error each get an error with a code, the process stays up and a read right after answers; the
 * time and the process's resident memory for each go to test-results/hostile-production.json.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from '../../src/auth/issueKey.js';
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { seedTestDatabase } from '../support/api.js';
import { freePort } from '../support/ports.js';
import { SUBMIT_ARTICLE, testSubmission } from '../support/submissions.js';

const HEAP_MB = 128;

let child: ChildProcess;
let exited: Promise<unknown[]>;
let url: string;
let log = '';
let editor: string;
const figures: Record<string, { ms: number; rssMB: number; peakRssMB: number; status: number; code: string | null }> = {};

/** The process's resident and peak resident memory, in MB (Linux's /proc). */
function memoryOf(pid: number): { rssMB: number; peakRssMB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMB: Math.round(kb('VmRSS') / 1024), peakRssMB: Math.round(kb('VmHWM') / 1024) };
}

async function post(body: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return {
    status: response.status,
    json: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] },
  };
}

/** Sends a hostile request, records its time and the memory after it, and checks the process answers a read. */
async function survives(name: string, body: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const answer = await post(body, headers);
  const ms = Math.round(performance.now() - started);
  figures[name] = { ms, ...memoryOf(child.pid!), status: answer.status, code: answer.json.errors?.[0]?.extensions.code ?? null };
  expect(child.exitCode).toBeNull();
  const read = await post(JSON.stringify({ query: '{ node(id: "person:lai-thanh-son") { id } }' }));
  expect(read).toEqual({ status: 200, json: expect.objectContaining({ data: { node: { id: 'person:lai-thanh-son' } } }) });
  return answer;
}

const submit = (input: unknown) => JSON.stringify({ query: SUBMIT_ARTICLE, variables: { input } });

beforeAll(async () => {
  await promisify(execFile)('npm', ['run', '--silent', 'build']);
  // The first seed article and an editor's key, in the tests' database, which the built service then serves.
  const database = new Database(loadConfig());
  try {
    await seedTestDatabase(database);
    editor = (await issueKey(database, { name: 'production-editor', role: 'editor', expiresIn: 3_600_000 })).token;
  } finally {
    await database.close();
  }
  const port = await freePort();
  url = `http://127.0.0.1:${port}/graphql`;
  child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, 'dist/src/main.js'], {
    env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  exited = once(child, 'exit');
  for (const deadline = Date.now() + 60_000; !log.includes('API ready');) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the built service did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}, 240_000);

afterAll(async () => {
  if (Object.keys(figures).length > 0) {
    mkdirSync('test-results', { recursive: true });
    const report = { measuredAt: new Date().toISOString(), heapLimitMB: HEAP_MB, requests: figures };
    writeFileSync('test-results/hostile-production.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log('hostile requests against the production build', JSON.stringify(report));
  }
  if (child && child.exitCode === null) child.kill('SIGTERM');
});

describe('the production build', () => {
  it('compiles to dist/, and node dist/src/main.js serves the API', async () => {
    for (const file of ['dist/src/main.js', 'dist/schema.graphql', 'dist/src/load/loader.js']) expect(existsSync(file), file).toBe(true);
    const answer = await post(
      JSON.stringify({
        query: '{ awardPresentations(first: 1) { edges { node { presenter { name } } } pageInfo { hasPreviousPage startCursor } } }',
      }),
    );
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }], pageInfo: { hasPreviousPage: false } } },
    });
    // extractDraft runs in its worker thread, from the compiled dist/src/extract/draftThread.js.
    expect(existsSync('dist/src/extract/draftThread.js')).toBe(true);
    const draft = await post(
      JSON.stringify({
        query: 'query($text: String!) { extractDraft(text: $text) { statements { kind } } }',
        variables: { text: readFileSync('seed/articles/000_379587cad87146f9.txt', 'utf8') },
      }),
    );
    expect(draft.json.errors).toBeUndefined();
    expect((draft.json.data as { extractDraft: { statements: { kind: string }[] } }).extractDraft.statements).toContainEqual({
      kind: 'presents',
    });
  });

  it('stays up, with its heap bound, under each request that used to exhaust it or end in an internal error', async () => {
    const auth = { authorization: `Bearer ${editor}` };
    // 1,000 people of one name (a 0.4 MB body): namesakes are grouped by folded name, not compared in pairs.
    const namesakes = testSubmission('namesakes', { names: Array.from({ length: 1_000 }, () => 'Nguyễn Văn An') });
    const accepted = await survives('1000 people of one name', submit(namesakes), auth);
    expect(accepted.status).toBe(200);
    expect(accepted.json.errors).toBeUndefined();
    // One more than a submission may declare: refused before anything is checked or stored.
    const tooMany = await survives(
      '1001 people of one name',
      submit(testSubmission('too-many', { names: Array.from({ length: 1_001 }, () => 'Nguyễn Văn An') })),
      auth,
    );
    expect(tooMany.json.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');

    // A 4.99 MB note: past the size of a field, refused with its path.
    const large = testSubmission('large-note');
    const withNote = { ...large, article: large.article.replace('"language":"vi"', `"language":"vi","note":"${'x'.repeat(4_990_000)}"`) };
    expect((await survives('4.99 MB note', submit(withNote), auth)).json.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    // The largest text one article may hold, read under 30 aliases: answered, its size counted before it is written.
    const aliases = Array.from({ length: 30 }, (_, index) => `a${index}: node(id: "article:namesakes") { ... on Article { text } }`);
    const read = await survives('article text under 30 aliases', JSON.stringify({ query: `{ ${aliases.join(' ')} }` }));
    expect(read.status).toBe(200);

    // JSON nested 10,000 deep, year 0000, an operation name the document lacks.
    const deep = testSubmission('deep');
    const nested = {
      ...deep,
      article: deep.article.replace('"title":"Bài thử deep"', `"title":${'['.repeat(10_000)}${']'.repeat(10_000)}`),
    };
    expect((await survives('JSON nested 10,000 deep', submit(nested), auth)).json.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const zero = testSubmission('year-zero', { published: '0000-01-01' });
    expect((await survives('year 0000', submit(zero), auth)).json.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    const unknown = await survives('unknown operation name', JSON.stringify({ query: '{ __typename }', operationName: 'Foo' }));
    expect(unknown.json.errors![0]!.extensions.code).toBe('OPERATION_RESOLUTION_FAILURE');

    expect(log).not.toMatch(/heap out of memory|INTERNAL_SERVER_ERROR/);
  }, 300_000);

  it("passes the image's health check while it serves, fails it once stopped, and exits 0 on SIGTERM", async () => {
    // The Dockerfile's HEALTHCHECK command as Docker runs it, on this process's port instead of 4000.
    const check = /^\s+CMD (\[.*\])$/m.exec(readFileSync('Dockerfile', 'utf8').split(/^HEALTHCHECK /m)[1]!)![1]!;
    const [command, ...args] = (JSON.parse(check) as string[]).map((part) => part.replace('127.0.0.1:4000', new URL(url).host));
    const healthCheck = () =>
      promisify(execFile)(command === 'node' ? process.execPath : command!, args).then(
        () => 0,
        (error: { code: number }) => error.code,
      );
    expect(await healthCheck()).toBe(0);
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(log).not.toMatch(/tsx/);
    expect(await healthCheck()).toBe(1);
  });
});
