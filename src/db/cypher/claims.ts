/**
 * Claims: each statement of an article, stored as the article states it (its values as JSON, never rewritten),
 * with its rank as judged, the content a rank judgement is given to, and the entities it names as stated. Its
 * links are derived: MENTIONS to the entities it names and SUPPORTS to the facts it is evidence for, both as
 * judgements resolve them (src/statements/judgements.ts), so that a merge or its undoing moves links, not words.
 */
import type { CypherQuery } from '../database.js';
import { nodeSpec, type NodeLabel } from '../../model/index.js';

export interface ClaimRow {
  id: string;
  /** The article that states it. */
  articleId: string;
  kind: string;
  /** The rank as judged (upper case, as the API shows it) and its reason. */
  rank: string;
  rankReason: string | null;
  /** The statement as JSON, as its article states it: what derivation reads back. */
  values: string;
  quotes: string[];
  /** What the statement says apart from its rank (claimContent): what a rank judgement applies to. */
  content: string;
  /** The registry entities it names, as stated (before any merge). */
  stated: string[];
}

/** Creates claims, each linked to its article; rows may be of several articles (a bulk load writes many at once). */
export function createClaims(rows: readonly ClaimRow[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (article:Article {id: row.articleId})
CREATE (claim:Claim {id: row.id})
SET claim.kind = row.kind, claim.rank = row.rank, claim.rankReason = row.rankReason, claim.values = row.values,
  claim.quotes = row.quotes, claim.content = row.content, claim.stated = row.stated
CREATE (claim)-[:IN_ARTICLE]->(article)`,
    params: { rows },
  };
}

/** What articles' claims supported and named before they are replaced: the facts and names to derive again. */
export function articleClaimTargets(articleIds: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(claim:Claim)
OPTIONAL MATCH (claim)-[:SUPPORTS]->(fact)
OPTIONAL MATCH (claim)-[:MENTIONS]->(entity) WHERE claim.kind = 'name'
RETURN collect(DISTINCT fact.id) AS facts, collect(DISTINCT entity.id) AS named`,
    params: { articleIds },
  };
}

/** Removes articles' claims and every quote that points at them: what their new statements replace. */
export function deleteArticleClaims(articleIds: readonly string[]): CypherQuery[] {
  return [
    {
      cypher: 'UNWIND $articleIds AS articleId MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(claim:Claim) DETACH DELETE claim',
      params: { articleIds },
    },
    {
      // Every node that quoted the articles loses those quotes (its sources change); those an article still states
      // get theirs back as it is stored again.
      cypher: `UNWIND $articleIds AS articleId
OPTIONAL MATCH (citing)-[quote:STATED_IN]->(:Article {id: articleId})
WITH collect(quote) AS quotes, collect(DISTINCT citing.id) AS citing
FOREACH (quote IN quotes | DELETE quote)
RETURN citing`,
      params: { articleIds },
      changes: { writtenColumn: 'citing' },
    },
  ];
}

/** What derivation reads of a claim: its statement as stated, its article, its rank as judged. */
const CLAIM_ENTRY = `{id: claim.id, values: claim.values, articleId: article.id, publishedOn: toString(article.publishedOn), rank: claim.rank}`;

/**
 * The claims that support the given facts of one label, from every article: what a fact is derived from. Facts
 * without a claim come back with an empty list (they are then deleted).
 */
export function claimsOfFacts(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (fact:${nodeSpec(label).label} {id: id})
OPTIONAL MATCH (fact)<-[:SUPPORTS]-(claim:Claim)-[:IN_ARTICLE]->(article:Article)
WITH fact, claim, article ORDER BY claim.id
RETURN fact.id AS id, [entry IN collect(${CLAIM_ENTRY}) WHERE entry.id IS NOT NULL] AS claims`,
    params: { ids },
  };
}

/** The `name` claims of the given entities of one label, from every article. */
export function nameClaimsOf(label: NodeLabel, ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (entity:${nodeSpec(label).label} {id: id})
OPTIONAL MATCH (entity)<-[:MENTIONS]-(claim:Claim {kind: 'name'})-[:IN_ARTICLE]->(article:Article)
WITH entity, claim, article ORDER BY claim.id
RETURN entity.id AS id, [entry IN collect(${CLAIM_ENTRY}) WHERE entry.id IS NOT NULL] AS claims`,
    params: { ids },
  };
}

/** Claims by id, with their statement (JSON), content and article. */
export function claimsById(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (claim:Claim {id: id})-[:IN_ARTICLE]->(article:Article)
RETURN claim.id AS id, claim.values AS values, claim.content AS content, claim.rank AS rank, article.id AS articleId`,
    params: { ids },
  };
}

/**
 * The claims that name an entity of one label (through MENTIONS, as judgements resolve them) and, among them when
 * `stating` is given, only those that state one of those ids: what a merge or its undoing links anew.
 */
export function claimsMentioning(id: string, label: NodeLabel, stating?: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (claim:Claim)-[:MENTIONS]->(:${nodeSpec(label).label} {id: $id})
WHERE $stating IS NULL OR any(stated IN claim.stated WHERE stated IN $stating)
MATCH (claim)-[:IN_ARTICLE]->(article:Article)
RETURN DISTINCT claim.id AS id, claim.values AS values, article.id AS articleId ORDER BY id`,
    params: { id, stating: stating ?? null },
  };
}

/**
 * What the claims support and name now: the facts and names to derive again once they are linked anew, and each
 * entity they mention with the article (whose quotes are among its sources).
 */
export function claimTargets(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (claim:Claim {id: id})-[:IN_ARTICLE]->(article:Article)
OPTIONAL MATCH (claim)-[:SUPPORTS]->(fact)
OPTIONAL MATCH (claim)-[:MENTIONS]->(entity)
RETURN collect(DISTINCT fact.id) AS facts, collect(DISTINCT CASE WHEN claim.kind = 'name' THEN entity.id END) AS named,
  collect(DISTINCT CASE WHEN entity IS NOT NULL THEN {entity: entity.id, article: article.id} END) AS mentions`,
    params: { ids },
  };
}

/** The quotes of the claims of some articles that name each entity: the entity's sources from those articles. */
export function entityQuotes(label: NodeLabel, rows: readonly { id: string; articleIds: string[] }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (entity:${nodeSpec(label).label} {id: row.id})<-[:MENTIONS]-(claim:Claim)-[:IN_ARTICLE]->(article:Article)
WHERE article.id IN row.articleIds
RETURN entity.id AS id, article.id AS articleId, claim.quotes AS quotes`,
    params: { rows },
  };
}

/** Drops the claims' links (MENTIONS, SUPPORTS), to be written again as judgements now resolve them. */
export function deleteClaimLinks(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (claim:Claim {id: id})-[link:MENTIONS|SUPPORTS]->()
DELETE link`,
    params: { ids },
  };
}

/** Sets the claims' ranks as judged (their values, as stated, are never touched). */
export function setClaimRanks(rows: readonly { id: string; rank: string; rankReason: string | null }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (claim:Claim {id: row.id})
SET claim.rank = row.rank, claim.rankReason = row.rankReason`,
    params: { rows },
  };
}
