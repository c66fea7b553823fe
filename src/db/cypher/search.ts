/**
 * Name search over the full-text index. The query is folded the way the index folds names (no diacritics,
 * `đ` → `d`, lower case), so that every way Vietnamese users type a name meets the same terms.
 */
import { foldText } from '../../text/fold.js';
import type { CypherQuery } from '../database.js';
import { nodeRecord } from './nodes.js';
import { FULLTEXT_INDEX, type SearchableLabel } from './schema.js';

/** Lucene's query syntax characters, escaped so that user text is only ever terms. */
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * A Lucene query in which every word must match, and the last may be a prefix (people search as they type).
 * Returns undefined when nothing searchable is left.
 */
export function luceneQuery(text: string): string | undefined {
  const words = foldText(text)
    .replace(LUCENE_SPECIAL, ' ')
    .split(' ')
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0) return undefined;
  const last = words.length - 1;
  return words.map((word, index) => (index === last ? `(${word} OR ${word}*)` : word)).join(' AND ');
}

export function searchQuery(lucene: string, labels: readonly SearchableLabel[], limit: number): CypherQuery {
  return {
    cypher: `CALL db.index.fulltext.queryNodes('${FULLTEXT_INDEX}', $lucene) YIELD node, score
WHERE any(label IN labels(node) WHERE label IN $labels)
RETURN ${nodeRecord('node')} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)`,
    params: { lucene, labels, limit },
  };
}
