/**
 * Candidate duplicates among the graph's people, for the review desk: the nomenklatura loop's candidates, which an
 * editor settles with the existing judgements (a merge, a distinction: judgements.ts).
 */
import type { CypherQuery } from '../database.js';
import { nodeRecord } from './nodes.js';

const HELD = `<-[:HELD_BY]-(:Tenure)-[:OF_POSITION]->`;
const PLACE_OF_POST = `-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->`;
/** A list without its repeats, in its order (two tenures of one post give its title twice). */
const unique = (list: string) => `reduce(seen = [], value IN ${list} | CASE WHEN value IN seen THEN seen ELSE seen + value END)`;

/**
 * Pairs of people with one folded name who held a post in common or posts in a common place, less the pairs an
 * active DISTINCT judgement tells apart; merged people carry another label and are not matched. One pass over the
 * people grouped by folded name: only names borne by two or more are compared.
 */
export function duplicateCandidates(limit: number): CypherQuery {
  return {
    cypher: `MATCH (person:Person) WHERE person.nameFolded IS NOT NULL
WITH person.nameFolded AS folded, collect(person) AS people WHERE size(people) > 1
UNWIND people AS one
UNWIND people AS other
WITH folded, one, other WHERE one.id < other.id
WITH folded, one, other,
  [(one)${HELD}(post:Position)<-[:OF_POSITION]-(:Tenure)-[:HELD_BY]->(other) | post.title] AS posts,
  [(one)${HELD}(:Position)${PLACE_OF_POST}(place:Place)<-[:JURISDICTION]-(:Organization)<-[:IN_ORGANIZATION]-(:Position)<-[:OF_POSITION]-(:Tenure)-[:HELD_BY]->(other) | place.name] AS places
WHERE (size(posts) > 0 OR size(places) > 0)
  AND NOT EXISTS { MATCH (judgement:Judgement {kind: 'DISTINCT'}) WHERE NOT judgement.undone AND one.id IN judgement.about AND other.id IN judgement.about }
RETURN [${nodeRecord('one')}, ${nodeRecord('other')}] AS people, ${unique('posts')} AS sharedPosts, ${unique('places')} AS sharedPlaces
ORDER BY folded, one.id, other.id
LIMIT toInteger($limit)`,
    params: { limit },
  };
}
