/**
 * The playground's example queries (also shown in the README) against the seeded graph: each runs without
 * errors and gives the answer the README shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES } from '../../src/playground/examples.js';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

function example(title: string) {
  const found = EXAMPLE_QUERIES.find((candidate) => candidate.title.startsWith(title));
  if (!found) throw new Error(`no example titled ${title}`);
  return found;
}

describe('the example queries', () => {
  it('are four, one per question the README answers', () => {
    expect(EXAMPLE_QUERIES.map((query) => query.title)).toEqual([
      'Who presented which award, on whose behalf, at which meeting',
      'Search without diacritics',
      'Who held an office on a date',
      'How two entities are connected',
    ]);
  });

  it('award presentations: Lại Thanh Sơn, on behalf of the Prime Minister, at the conference, to 2', async () => {
    const { query, variables } = example('Who presented');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    const certificate = data.awardPresentations.edges.find((edge: { node: { recipientCount: number | null } }) => edge.node.recipientCount === 2).node;
    expect(certificate.presenter.name).toBe('Lại Thanh Sơn');
    expect(certificate.onBehalfOf).toEqual({ __typename: 'Position', title: 'Thủ tướng Chính phủ', titleEn: 'Prime Minister' });
    expect(certificate.event.organizers).toEqual([{ name: 'Văn phòng UBND tỉnh Bắc Giang' }]);
  });

  it('search: "lai thanh son" finds Lại Thanh Sơn first', async () => {
    const { query, variables } = example('Search');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.search[0].node).toMatchObject({ __typename: 'Person', name: 'Lại Thanh Sơn' });
  });

  it('office holders on 2019-01-11: Lại Thanh Sơn, attested that day, with the quote', async () => {
    const { query, variables } = example('Who held');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.officeHolders).toHaveLength(1);
    expect(data.officeHolders[0]).toMatchObject({ person: { name: 'Lại Thanh Sơn' }, attestedOn: '2019-01-11', startDate: null, endDate: null });
  });

  it('path: two hops, through the presentation made on the Prime Minister’s behalf', async () => {
    const { query, variables } = example('How two');
    const { data, errors } = await api.graphql(query, variables);
    expect(errors).toBeUndefined();
    expect(data.path.length).toBe(2);
    expect(data.path.relations.map((relation: { type: string }) => relation.type)).toEqual(['PRESENTED_BY', 'ON_BEHALF_OF']);
  });
});
