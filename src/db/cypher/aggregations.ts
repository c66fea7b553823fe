/**
 * Counts for charts and client apps, each computed in one Cypher query and bounded by `limit` (the caller checks
 * it against PAGE_SIZE). Relationship types and labels are fixed here, never taken from input.
 */
import type { CypherQuery } from '../database.js';
import { nodeRecord } from './nodes.js';

/** How far place and organization hierarchies are followed: commune → district → province is two hops. */
export const HIERARCHY_HOPS = 3;

function limited(limit: number): number {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit out of range: ${limit}`);
  return limit;
}

/** Counts per node: what `match` binds as `node`, each with its number of distinct `counted`, most first (then by id). */
function countPerNode(match: string, node: string, counted: string, limit: number): CypherQuery {
  return {
    cypher: `${match}
WITH ${node}, count(DISTINCT ${counted}) AS count
RETURN ${nodeRecord(node)} AS ${node}, count
ORDER BY count DESC, ${node}.id
LIMIT toInteger($limit)`,
    params: { limit: limited(limit) },
  };
}

/** Presentations per calendar year of their date; undated ones are counted under a null year, last. */
export function presentationsPerYearQuery(limit: number): CypherQuery {
  return {
    cypher: `MATCH (p:AwardPresentation)
WITH p.date.year AS year, count(p) AS count
RETURN year, count
ORDER BY year IS NULL, year
LIMIT toInteger($limit)`,
    params: { limit: limited(limit) },
  };
}

/**
 * Presentations per awarding authority: on whose behalf each was given or, where no source says, in whose name
 * its award is conferred. A presentation with neither is not counted (there is no authority to count it under).
 */
export function presentationsPerAuthorityQuery(limit: number): CypherQuery {
  return countPerNode(
    `MATCH (p:AwardPresentation)
OPTIONAL MATCH (p)-[:ON_BEHALF_OF]->(behalf:Person|Organization|Position)
OPTIONAL MATCH (p)-[:OF_AWARD]->(:Award)-[:CONFERRED_BY]->(conferrer:Person|Organization|Position)
WITH p, coalesce(behalf, conferrer) AS authority
WHERE authority IS NOT NULL`,
    'authority',
    'p',
    limit,
  );
}

/** Tenures per organization of the position held. */
export function tenuresPerOrganizationQuery(limit: number): CypherQuery {
  return countPerNode(
    'MATCH (t:Tenure)-[:OF_POSITION]->(:Position)-[:IN_ORGANIZATION]->(organization:Organization)',
    'organization',
    't',
    limit,
  );
}

/**
 * People per province: those with a tenure of a position in an organization that governs the province or a
 * place within it, or that is part of such an organization (the PPC's office is part of the PPC). Each person
 * counts once per province, whatever the number of tenures.
 */
export function peoplePerProvinceQuery(limit: number): CypherQuery {
  return countPerNode(
    `MATCH (province:Place {kind: 'province'})<-[:PART_OF*0..${HIERARCHY_HOPS}]-(:Place)<-[:JURISDICTION]-(:Organization)
      <-[:PART_OF*0..${HIERARCHY_HOPS}]-(:Organization)<-[:IN_ORGANIZATION]-(:Position)<-[:OF_POSITION]-(:Tenure)-[:HELD_BY]->(person:Person)`,
    'province',
    'person',
    limit,
  );
}
