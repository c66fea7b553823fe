/** Articles as the writers see them: whether one is in the graph and with what content, their texts, removal. */
import type { CypherQuery } from '../database.js';

/** Whether an article is in the graph, the hash of the submission that stored it, and how many claims it has. */
export function articleState(articleId: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (article:Article {id: $articleId})
RETURN article IS NOT NULL AS exists, article.contentHash AS contentHash, COUNT { (article)<-[:IN_ARTICLE]-(:Claim) } AS claims`,
    params: { articleId },
  };
}

/** The texts of the articles among `ids` that the graph holds: what a submission's sources may cite. */
export function articleTexts(ids: readonly string[]): CypherQuery {
  return { cypher: 'MATCH (article:Article) WHERE article.id IN $ids RETURN article.id AS id, article.text AS text', params: { ids } };
}

/**
 * The articles in the graph loaded from files, for `--prune` to find those whose file is gone. Articles submitted
 * through the API (they carry the submission's `contentHash`) have no file: pruning leaves them alone.
 */
export function loadedArticleIds(): CypherQuery {
  return { cypher: 'MATCH (article:Article) WHERE article.contentHash IS NULL RETURN article.id AS id ORDER BY id', params: {} };
}

/** Deletes an article node (its claims and quotes must be gone already). */
export function deleteArticle(articleId: string): CypherQuery {
  return {
    cypher: 'MATCH (article:Article {id: $articleId}) DETACH DELETE article',
    params: { articleId },
    changes: { removed: [articleId] },
  };
}

/** Whether any article is loaded: `npm start` seeds only an empty graph. */
export function countArticles(): CypherQuery {
  return { cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} };
}
