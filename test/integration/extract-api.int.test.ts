/**
 * `extractDraft` over HTTP, read in the service's worker thread (src/extract/draftPool.ts): the same draft as the
 * extractor gives in-process for the registry the graph holds, and reads answered while drafts are being made.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { extractDraft } from '../../src/extract/answer.js';
import { readRegistryDir } from '../../src/extract/registry.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../../src/load/files.js';
import { startTestApi, type TestApi } from '../support/api.js';

const TEXT = readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8');
const DRAFT = `query($text: String!, $published: String) { extractDraft(text: $text, published: $published) {
  json articleId statements { id kind quotes confidence rule json } proposed { id collection name json } unread { quote reason } province } }`;

let api: TestApi;

beforeAll(async () => {
  // Two threads, and the limits per client lifted: this test sends its drafts at once from one address.
  const { throttles } = loadConfig();
  api = await startTestApi({
    config: { throttles: { ...throttles, expensiveConcurrent: 100, expensiveAnonymousPerMinute: 1000, extractThreads: 2 } },
  });
});

afterAll(async () => {
  await api?.stop();
});

describe('extractDraft in its worker thread', () => {
  it('answers the draft the extractor makes in-process, for the registry the graph holds', async () => {
    const answer = await api.graphql(DRAFT, { text: TEXT, published: '2019-01-11' });
    expect(answer.errors).toBeUndefined();
    // The graph holds the first seed article and no submission: its registry for drafts is seed/registry's.
    expect(answer.data!.extractDraft).toEqual(extractDraft({ text: TEXT, published: '2019-01-11' }, readRegistryDir(DEFAULT_REGISTRY_DIR)));
  });

  it('serves reads while drafts are being made, and every draft comes back to its own request', async () => {
    const texts = Array.from({ length: 6 }, (_, index) => `${TEXT}\nBài số ${index}.`);
    const drafts = texts.map((text) => api.graphql(DRAFT, { text }));
    const read = await api.graphql('{ node(id: "person:lai-thanh-son") { id } }');
    expect(read.data).toEqual({ node: { id: 'person:lai-thanh-son' } });
    const answers = await Promise.all(drafts);
    // Each text ends with its own sentence: each answer is the draft made in-process for its own request's text.
    const registry = readRegistryDir(DEFAULT_REGISTRY_DIR);
    answers.forEach((answer, index) => expect(answer.data!.extractDraft).toEqual(extractDraft({ text: texts[index]! }, registry)));
  });
});
