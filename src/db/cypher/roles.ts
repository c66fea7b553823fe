/**
 * A role across places and dates: the tenures of every post of a role on a day, the places a place id means on
 * a day (a province merged later means those it replaced; one that ceased, the one that replaced it), and the
 * grid of a role's holders by place and year. Tenures are filtered on the days derived when they were loaded
 * (possibleFrom…possibleTo, certainFrom…certainTo), as for one post (relations.ts).
 */
import type { CypherQuery } from '../database.js';
import { CERTAINTY_KEY, type TargetRenderer } from './relations.js';

/** The places `placeId` means on `on`: itself, or what replaced it or what it replaced, one reorganization away. */
export function placesOnDate(placeId: string, on: string): CypherQuery {
  return {
    cypher: `MATCH (place:Place {id: $placeId})
OPTIONAL MATCH (place)<-[:FORMS]-(formed:Reorganization)-[:REPLACES]->(before:Place) WHERE formed.date > date($on)
OPTIONAL MATCH (place)<-[:REPLACES]-(ended:Reorganization)-[:FORMS]->(after:Place) WHERE ended.date <= date($on)
RETURN place.id AS id, collect(DISTINCT before.id) AS before, collect(DISTINCT after.id) AS after`,
    params: { placeId, on },
  };
}

/**
 * The tenures of the role's posts that the sources place on `on` (only the certain ones with `certainOnly`), each
 * with its certainty; with `placeIds`, only those of posts of bodies governing one of them. Ordered by post and
 * by the first day each may have begun.
 */
export function roleHoldersQuery(
  roleId: string,
  on: string,
  placeIds: readonly string[] | null,
  certainOnly: boolean,
  renderTenure: TargetRenderer,
): CypherQuery {
  const [from, to] = certainOnly ? ['certainFrom', 'certainTo'] : ['possibleFrom', 'possibleTo'];
  const tenure = renderTenure('tenure', [
    `${CERTAINTY_KEY}: CASE WHEN tenure.certainFrom <= date($on) AND tenure.certainTo >= date($on) THEN 'CERTAIN' ELSE 'POSSIBLE' END`,
  ]);
  return {
    cypher: `MATCH (:Role {id: $roleId})<-[:OF_ROLE]-(position:Position)
${placeIds === null ? '' : 'WHERE EXISTS { (position)-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->(place:Place) WHERE place.id IN $placeIds }'}
MATCH (position)<-[:OF_POSITION]-(tenure:Tenure)
WHERE tenure.${from} <= date($on) AND tenure.${to} >= date($on)
WITH tenure, position ORDER BY position.id, tenure.possibleFrom, tenure.id
RETURN collect(${tenure.expression}) AS items`,
    params: { ...tenure.params, roleId, on, placeIds },
  };
}

/**
 * The grid of a role: each place governed by a body with a post of the role, when it began and ceased (its
 * reorganizations' first days), and for each day of `days` the tenures the sources place there, each with its
 * certainty on that day.
 */
export function roleGridQuery(roleId: string, days: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (:Role {id: $roleId})<-[:OF_ROLE]-(position:Position)-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->(place:Place)
WITH place, collect(DISTINCT position) AS positions
OPTIONAL MATCH (place)<-[:FORMS]-(formed:Reorganization)
WITH place, positions, min(formed.date) AS begins
OPTIONAL MATCH (place)<-[:REPLACES]-(ended:Reorganization)
WITH place, positions, begins, min(ended.date) AS ceases
UNWIND $days AS day
WITH place, positions, begins, ceases, day, date(day) AS on
WITH place, begins, ceases, day, [position IN positions | [(position)<-[:OF_POSITION]-(tenure:Tenure)
    WHERE tenure.possibleFrom <= on AND tenure.possibleTo >= on
    | tenure {.*, ${CERTAINTY_KEY}: CASE WHEN tenure.certainFrom <= on AND tenure.certainTo >= on THEN 'CERTAIN' ELSE 'POSSIBLE' END}]] AS held
WITH place, begins, ceases, day, reduce(all = [], items IN held | all + items) AS holders
ORDER BY place.nameFolded, place.id, day
RETURN place {.*} AS place, toString(begins) AS begins, toString(ceases) AS ceases,
  collect({day: day, holders: holders}) AS cells`,
    params: { roleId, days },
  };
}
