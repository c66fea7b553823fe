/**
 * What the derivation of a post's tenures reads beside their claims (src/statements/posts.ts): whether the post's
 * role is held by one person at a time, the first reorganization that replaced the post, its body or the
 * territory the body governs, and every tenure of the post; and which posts a reorganization touches.
 */
import type { CypherQuery } from '../database.js';

/** Per position: its role's exclusivity, the reorganization that ended it (date, id, decision), its tenures. */
export function postContexts(positionIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (position:Position {id: id})
OPTIONAL MATCH (position)-[:OF_ROLE]->(role:Role)
OPTIONAL MATCH (position)-[:IN_ORGANIZATION]->(organization:Organization)
OPTIONAL MATCH (organization)-[:JURISDICTION]->(place:Place)
OPTIONAL CALL (position, organization, place) {
  UNWIND [node IN [position, organization, place] WHERE node IS NOT NULL] AS ended
  MATCH (ended)<-[:REPLACES]-(reorganization:Reorganization) WHERE reorganization.date IS NOT NULL
  RETURN reorganization ORDER BY reorganization.date, reorganization.id LIMIT 1
}
RETURN position.id AS id, coalesce(role.exclusive, false) AS exclusive, toString(reorganization.date) AS endedOn,
  reorganization.id AS reorganization, reorganization.decision AS decision,
  [(position)<-[:OF_POSITION]-(tenure:Tenure) | tenure.id] AS tenures`,
    params: { ids: positionIds },
  };
}

/**
 * The posts a reorganization touches: those it replaces, those of the bodies it replaces, and those of the bodies
 * governing the territories it replaces; their tenures end with them.
 */
export function reorganizedPosts(reorganizationIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (:Reorganization {id: id})-[:REPLACES]->(replaced)
CALL (replaced) {
  MATCH (replaced:Position) RETURN replaced AS position
  UNION
  MATCH (replaced:Organization)<-[:IN_ORGANIZATION]-(position:Position) RETURN position
  UNION
  MATCH (replaced:Place)<-[:JURISDICTION]-(:Organization)<-[:IN_ORGANIZATION]-(position:Position) RETURN position
}
RETURN collect(DISTINCT position.id) AS positions`,
    params: { ids: reorganizationIds },
  };
}
