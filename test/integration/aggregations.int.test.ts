/**
 * The aggregations against the seeded graph: the counts a reader of the Bắc Giang article would make by hand
 * (four presentations, one dated 2019 and three the article does not date, under four authorities; one tenure in
 * the PPC; one person in Bắc Giang).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.stop();
});

describe('aggregations', () => {
  it('counts the presentation of 2019 and the three undated ones, each under its authority, in one round trip per field', async () => {
    const { data, errors, extensions } = await api.graphql(`{
      presentationsPerYear { year count }
      presentationsPerAuthority {
        count
        authority { __typename ... on Position { id title } ... on Organization { id name } ... on Person { id name } }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.presentationsPerYear).toEqual([
      { year: 2019, count: 1 },
      { year: null, count: 3 },
    ]);
    const authorities = data.presentationsPerAuthority as { count: number; authority: { __typename: string; id: string } }[];
    expect(authorities).toHaveLength(4);
    expect(authorities.every((row) => row.count === 1)).toBe(true);
    expect(authorities.map((row) => row.authority.id).sort()).toEqual([
      'org:dang-uy-van-phong-ubnd-tinh-bac-giang',
      'org:van-phong-ubnd-tinh-bac-giang',
      'position:chu-tich-ubnd-tinh-bac-giang',
      'position:thu-tuong-chinh-phu',
    ]);
    expect(authorities.find((row) => row.authority.id === 'position:thu-tuong-chinh-phu')?.authority).toMatchObject({
      __typename: 'Position',
      title: 'Thủ tướng Chính phủ',
    });
    expect(extensions?.neo4jRoundTrips).toBe(2);
  });

  it('counts the tenure under the PPC and Lại Thanh Sơn under Bắc Giang', async () => {
    const { data, errors } = await api.graphql(`{
      tenuresPerOrganization { count organization { id name } }
      peoplePerProvince(first: 5) { count province { id name kind } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.tenuresPerOrganization).toEqual([
      { count: 1, organization: { id: 'org:ubnd-tinh-bac-giang', name: 'UBND tỉnh Bắc Giang' } },
    ]);
    expect(data.peoplePerProvince).toEqual([{ count: 1, province: { id: 'place:tinh-bac-giang', name: 'Bắc Giang', kind: 'province' } }]);
  });

  it('refuses a page beyond 100, as every list does', async () => {
    const { errors } = await api.graphql('{ presentationsPerYear(first: 101) { year } }');
    expect(errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});
