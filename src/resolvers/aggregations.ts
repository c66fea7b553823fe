/** The counting entry points of Query (see src/db/cypher/aggregations.ts for what each one counts). */
import {
  peoplePerProvinceQuery,
  presentationsPerAuthorityQuery,
  presentationsPerYearQuery,
  tenuresPerOrganizationQuery,
} from '../db/cypher/aggregations.js';
import type { CypherQuery, Row } from '../db/database.js';
import type { RequestContext } from '../context.js';
import type { QueryResolvers } from '../generated/graphql.js';
import type { NodeRecord } from '../graph.js';
import { boundedCount, PAGE_SIZE } from '../limits.js';

async function counted(
  query: (limit: number) => CypherQuery,
  first: number | null | undefined,
  context: RequestContext,
): Promise<(Row & { count: number })[]> {
  const rows = await context.database.read(query(boundedCount(first, PAGE_SIZE, 'first')), { counter: context.queryCounter });
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}

export const aggregationResolvers: Pick<
  QueryResolvers,
  'presentationsPerYear' | 'presentationsPerAuthority' | 'tenuresPerOrganization' | 'peoplePerProvince'
> = {
  presentationsPerYear: async (_root, { first }, context) =>
    (await counted(presentationsPerYearQuery, first, context)).map((row) => ({
      year: row.year === null ? null : Number(row.year),
      count: row.count,
    })),
  presentationsPerAuthority: async (_root, { first }, context) =>
    (await counted(presentationsPerAuthorityQuery, first, context)).map((row) => ({
      authority: row.authority as NodeRecord,
      count: row.count,
    })),
  tenuresPerOrganization: async (_root, { first }, context) =>
    (await counted(tenuresPerOrganizationQuery, first, context)).map((row) => ({
      organization: row.organization as NodeRecord,
      count: row.count,
    })),
  peoplePerProvince: async (_root, { first }, context) =>
    (await counted(peoplePerProvinceQuery, first, context)).map((row) => ({ province: row.province as NodeRecord, count: row.count })),
};
