/**
 * The aggregation builders: each is one bounded query over fixed labels and relationship types, with the limit
 * as a parameter and the counted nodes returned as records the GraphQL types can resolve.
 */
import { describe, expect, it } from 'vitest';
import {
  peoplePerProvinceQuery,
  presentationsPerAuthorityQuery,
  presentationsPerYearQuery,
  tenuresPerOrganizationQuery,
} from '../../src/db/cypher/aggregations.js';

describe('aggregation queries', () => {
  it('counts presentations per year, oldest first, undated last', () => {
    const { cypher, params } = presentationsPerYearQuery(20);
    expect(cypher).toBe(`MATCH (p:AwardPresentation)
WITH p.date.year AS year, count(p) AS count
RETURN year, count
ORDER BY year IS NULL, year
LIMIT toInteger($limit)`);
    expect(params).toEqual({ limit: 20 });
  });

  it("counts presentations under on whose behalf they were given, else the award's conferrer, each once", () => {
    const { cypher, params } = presentationsPerAuthorityQuery(5);
    expect(cypher).toContain('OPTIONAL MATCH (p)-[:ON_BEHALF_OF]->(behalf:Person|Organization|Position)');
    expect(cypher).toContain('OPTIONAL MATCH (p)-[:OF_AWARD]->(:Award)-[:CONFERRED_BY]->(conferrer:Person|Organization|Position)');
    expect(cypher).toContain('WITH p, coalesce(behalf, conferrer) AS authority\nWHERE authority IS NOT NULL');
    expect(cypher).toContain('count(DISTINCT p) AS count');
    // Agent is a union: the record carries its labels so that the API can tell its type.
    expect(cypher).toContain('RETURN authority {.*, _labels: labels(authority)} AS authority, count');
    expect(cypher).toContain('ORDER BY count DESC, authority.id\nLIMIT toInteger($limit)');
    expect(params).toEqual({ limit: 5 });
  });

  it('counts tenures per organization of the position', () => {
    const { cypher } = tenuresPerOrganizationQuery(100);
    expect(cypher).toContain('MATCH (t:Tenure)-[:OF_POSITION]->(:Position)-[:IN_ORGANIZATION]->(organization:Organization)');
    expect(cypher).toContain('count(DISTINCT t) AS count');
    expect(cypher).toContain('ORDER BY count DESC, organization.id');
  });

  it('counts each person once per province, through bounded place and organization hierarchies', () => {
    const { cypher } = peoplePerProvinceQuery(10);
    expect(cypher).toContain("(province:Place {kind: 'province'})<-[:PART_OF*0..3]-(:Place)<-[:JURISDICTION]-(:Organization)");
    expect(cypher).toContain(
      '<-[:PART_OF*0..3]-(:Organization)<-[:IN_ORGANIZATION]-(:Position)<-[:OF_POSITION]-(:Tenure)-[:HELD_BY]->(person:Person)',
    );
    expect(cypher).toContain('count(DISTINCT person) AS count');
    expect(cypher.match(/\[:[A-Z_]+\*[^\]]*\]/g)).toEqual(['[:PART_OF*0..3]', '[:PART_OF*0..3]']); // every variable length bounded
  });

  it('refuses a limit that is not a count, since it reaches the query', () => {
    expect(() => presentationsPerYearQuery(-1)).toThrow(RangeError);
    expect(() => peoplePerProvinceQuery(1.5)).toThrow(RangeError);
  });
});
