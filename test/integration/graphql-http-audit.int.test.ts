/**
 * The GraphQL-over-HTTP audit suite that ships in graphql-http, against the real server. No MUST may fail; the
 * result table is written to test-results/graphql-http-audit.md (the README shows it).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { auditServer, type AuditResult } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
let results: AuditResult[];

beforeAll(async () => {
  api = await startTestApi();
  results = await auditServer({ url: api.url });
  const rows = results.map((result) => `| ${result.status} | ${result.name.replace(/\|/g, '\\|')} |`);
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/graphql-http-audit.md', ['| result | audit |', '| --- | --- |', ...rows, ''].join('\n'));
});

afterAll(async () => {
  await api.stop();
});

describe('graphql-http audit', () => {
  it('passes every MUST', () => {
    const failed = results
      .filter((result) => result.status === 'error')
      .map((result) => `${result.name}: ${'reason' in result ? result.reason : ''}`);
    expect(failed).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('has no SHOULD warnings beyond the ones the README explains', () => {
    const warnings = results.filter((result) => result.status === 'warn').map((result) => result.name);
    expect(warnings).toEqual([]);
  });
});
