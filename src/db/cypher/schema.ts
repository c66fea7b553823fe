/**
 * Constraints and indexes of the graph, created before any load (IF NOT EXISTS: safe to run every time).
 * Labels come from the model (schema.graphql), never from input.
 */
import type { CypherQuery } from '../database.js';
import { NODE_LABELS, SEARCHABLE_LABELS } from '../../model/index.js';
import { CHANGE_LOG_LABEL } from './audit.js';
import { DRAFT_LABEL } from './drafts.js';
import { MERGED_LABEL } from './entities.js';
import { LOCK_LABEL } from './locks.js';

export { NODE_LABELS, SEARCHABLE_LABELS, type NodeLabel } from '../../model/index.js';
export type SearchableLabel = string;

export const FULLTEXT_INDEX = 'entityNames';

export function schemaStatements(): CypherQuery[] {
  const unique = NODE_LABELS.map((label) => ({
    cypher: `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    params: {},
  }));
  const folded = SEARCHABLE_LABELS.map((label) => ({
    cypher: `CREATE INDEX ${label.toLowerCase()}_name_folded IF NOT EXISTS FOR (n:${label}) ON (n.nameFolded)`,
    params: {},
  }));
  const filtered = [
    'CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)',
    'CREATE INDEX award_presentation_date IF NOT EXISTS FOR (n:AwardPresentation) ON (n.date)',
    'CREATE INDEX tenure_possible_from IF NOT EXISTS FOR (n:Tenure) ON (n.possibleFrom)',
    'CREATE INDEX article_published_on IF NOT EXISTS FOR (n:Article) ON (n.publishedOn)',
    // The articles submitted through the API, whose entities extractDraft links to (src/db/cypher/registry.ts).
    'CREATE INDEX article_content_hash IF NOT EXISTS FOR (n:Article) ON (n.contentHash)',
  ].map((cypher) => ({ cypher, params: {} }));
  // Names are indexed in their folded form (`nameFolded`: no diacritics, `đ` → `d`, lower case; see
  // src/text/fold.ts), and the API folds the query the same way, so input typed without diacritics, in NFD or
  // with "uỷ" for "ủy" meets the same terms. Lucene's `standard-folding` analyzer would fold too, but it drops
  // English stop words, and "to", "the", "an", "no" and "on" are Vietnamese syllables once folded (Tô, Thế,
  // An…); one folded field for every label also keeps scores comparable across labels.
  const fulltext = {
    cypher: `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS
      FOR (n:${SEARCHABLE_LABELS.join('|')}) ON EACH [n.nameFolded, n.nameEn, n.titleEn]
      OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-no-stop-words', \`fulltext.eventually_consistent\`: false } }`,
    params: {},
  };
  // The service's own nodes: the write locks, the audit trail, the judgements (a rank's by the claim it ranks).
  const service = [
    `CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:${LOCK_LABEL}) REQUIRE n.id IS UNIQUE`,
    'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)',
    // The change feed reads the audit trail in the order the writes committed (src/db/cypher/changes.ts).
    'CREATE INDEX audit_entry_seq IF NOT EXISTS FOR (n:AuditEntry) ON (n.seq)',
    `CREATE CONSTRAINT change_log_id IF NOT EXISTS FOR (n:${CHANGE_LOG_LABEL}) REQUIRE n.id IS UNIQUE`,
    'CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX judgement_claim IF NOT EXISTS FOR (n:Judgement) ON (n.claim)',
    `CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (n:${MERGED_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE INDEX merged_entity_into IF NOT EXISTS FOR (n:${MERGED_LABEL}) ON (n.mergedInto)`,
    // A draft is stored once per text (src/review/): ingesting a file again finds it by its content hash.
    `CREATE CONSTRAINT draft_id IF NOT EXISTS FOR (n:${DRAFT_LABEL}) REQUIRE n.id IS UNIQUE`,
    `CREATE CONSTRAINT draft_content_hash IF NOT EXISTS FOR (n:${DRAFT_LABEL}) REQUIRE n.contentHash IS UNIQUE`,
    `CREATE INDEX draft_created_at IF NOT EXISTS FOR (n:${DRAFT_LABEL}) ON (n.createdAt)`,
  ].map((cypher) => ({ cypher, params: {} }));
  return [...unique, ...folded, ...filtered, fulltext, ...service];
}
