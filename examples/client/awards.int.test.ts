/** The client example, run against a real API over the seeded Neo4j. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/support/api.js';
import { createClient, describePresentation, fetchPresentations } from './awards.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('the urql client example', () => {
  it('fetches the presentations and describes the Prime Minister’s Certificate of Merit as the article states it', async () => {
    const presentations = await fetchPresentations(createClient(api.url));
    expect(presentations).toHaveLength(4);
    const lines = presentations.map(describePresentation);
    expect(lines).toContain(
      'Lại Thanh Sơn, on behalf of Thủ tướng Chính phủ, presented "Bằng khen của Thủ tướng Chính phủ" to 2 recipient(s) at ' +
        '"Hội nghị tổng kết công tác văn phòng năm 2018; triển khai nhiệm vụ năm 2019" on 2019-01-11.',
    );
    expect(lines.filter((line) => line.includes('whose number the source does not give'))).toHaveLength(3);
  });

  it('reports an API error as an error', async () => {
    await expect(fetchPresentations(createClient(api.url), 1_000_000)).rejects.toThrow(/first/);
  });
});
