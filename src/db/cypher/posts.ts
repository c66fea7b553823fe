/**
 * What the derivation of a post's tenures reads beside their claims (src/statements/posts.ts): whether the post's
 * role is held by one person at a time, the last reorganization that formed the post, its body or the territory the
 * body governs, the first that replaced one of them, and every tenure of the post; and which posts a reorganization touches.
 */
import type { CypherQuery } from '../database.js';

/**
 * Per position: its role's exclusivity, the dated reorganizations that formed or replaced it, its body or the
 * territory the body governs (date, id, decision: which bound the post, postContextOf in src/statements/store.ts
 * decides), and its tenures.
 */
export function postContexts(positionIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (position:Position {id: id})
OPTIONAL MATCH (position)-[:OF_ROLE]->(role:Role)
OPTIONAL MATCH (position)-[:IN_ORGANIZATION]->(organization:Organization)
OPTIONAL MATCH (organization)-[:JURISDICTION]->(place:Place)
WITH position, role, [node IN [position, organization, place] WHERE node IS NOT NULL] AS parts
CALL (parts) {
  UNWIND parts AS formed
  MATCH (formed)<-[:FORMS]-(formation:Reorganization) WHERE formation.date IS NOT NULL
  RETURN collect({on: toString(formation.date), id: formation.id, decision: formation.decision}) AS formations
}
CALL (parts) {
  UNWIND parts AS ended
  MATCH (ended)<-[:REPLACES]-(replacement:Reorganization) WHERE replacement.date IS NOT NULL
  RETURN collect({on: toString(replacement.date), id: replacement.id, decision: replacement.decision}) AS replacements
}
RETURN position.id AS id, coalesce(role.exclusive, false) AS exclusive, formations, replacements,
  [(position)<-[:OF_POSITION]-(tenure:Tenure) | tenure.id] AS tenures`,
    params: { ids: positionIds },
  };
}

/**
 * The posts a reorganization touches: those it forms or replaces, those of the bodies it forms or replaces, and
 * those of the bodies governing the territories it forms or replaces; their tenures begin or end with them.
 */
export function reorganizedPosts(reorganizationIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:Reorganization {id: id})-[:REPLACES|FORMS]->(touched)
CALL (touched) {
  MATCH (touched:Position) RETURN touched AS position
  UNION
  MATCH (touched:Organization)<-[:IN_ORGANIZATION]-(position:Position) RETURN position
  UNION
  MATCH (touched:Place)<-[:JURISDICTION]-(:Organization)<-[:IN_ORGANIZATION]-(position:Position) RETURN position
}
RETURN collect(DISTINCT position.id) AS positions`,
    params: { ids: reorganizationIds },
  };
}
