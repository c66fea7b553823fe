/**
 * Drafts: what the extractor read in an article, waiting for an editor (src/review/). A draft is the service's
 * node, not the graph's: its label is no label of the model, so no read, export or count of the graph matches
 * it, its id has no prefix of the model, so the change feed never lists it, and emptying the graph keeps it
 * (SERVICE_LABELS), as it keeps the editors' keys.
 */
import type { CypherQuery } from '../database.js';
import { nodeSpec, type NodeLabel } from '../../model/index.js';
import { MERGED_LABEL } from './entities.js';

export const DRAFT_LABEL = 'Draft';

export type DraftStatus = 'PENDING' | 'SUBMITTED' | 'REJECTED';

/** A draft as it is stored: the extraction as JSON text, counts and filters as properties of their own. */
export interface DraftRow {
  id: string;
  contentHash: string;
  text: string;
  url: string | null;
  publisher: string | null;
  published: string | null;
  province: string | null;
  articleId: string;
  extraction: string;
  statementCount: number;
  unresolvedCount: number;
}

/** How one of the extractor's statements fared in review, or a statement the editor added (src/review/decisions.ts). */
export interface DecisionColumns {
  statements: string[];
  kinds: string[];
  rules: string[];
  origins: string[];
}

/**
 * Stores a pending draft unless one with the same text is stored (`created` false then): the content hash is
 * unique, so two ingests of one text at once store it once.
 */
export function createDraft(row: DraftRow): CypherQuery {
  return {
    cypher: `MERGE (draft:${DRAFT_LABEL} {contentHash: $row.contentHash})
ON CREATE SET draft = $row, draft.status = 'PENDING', draft.createdAt = datetime(), draft.created = true
WITH draft, coalesce(draft.created, false) AS created
REMOVE draft.created
RETURN draft.id AS id, created`,
    params: { row },
  };
}

export function draftIdByHash(contentHash: string): CypherQuery {
  return { cypher: `MATCH (draft:${DRAFT_LABEL} {contentHash: $contentHash}) RETURN draft.id AS id`, params: { contentHash } };
}

const DRAFT_FIELDS = `draft {.*, createdAt: toString(draft.createdAt), decidedAt: toString(draft.decidedAt)} AS draft`;

export function draftById(id: string): CypherQuery {
  return { cypher: `MATCH (draft:${DRAFT_LABEL} {id: $id}) RETURN ${DRAFT_FIELDS}`, params: { id } };
}

/**
 * The draft, locked until the transaction ends (a SET takes the node's write lock): two editors deciding one
 * draft at once are decided one after the other, and the second finds it decided.
 */
export function lockDraft(id: string): CypherQuery {
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL} {id: $id}) SET draft.lockedAt = timestamp() RETURN draft.status AS status, draft.extraction AS extraction,
  draft.submittedAs AS submittedAs, draft.auditId AS auditId`,
    params: { id },
  };
}

export function rejectDraft(id: string, decision: { by: string; reason: string; auditId: string }): CypherQuery {
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL} {id: $id})
SET draft.status = 'REJECTED', draft.decidedBy = $by, draft.decidedAt = datetime(), draft.reason = $reason, draft.auditId = $auditId
RETURN ${DRAFT_FIELDS}`,
    params: { id, ...decision },
  };
}

/** Marks a draft submitted as `articleId`, with what the editor decided of each statement. */
export function submitDraft(
  id: string,
  decision: { by: string; articleId: string; auditId: string | null; decisions: DecisionColumns },
): CypherQuery {
  const { decisions, ...rest } = decision;
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL} {id: $id})
SET draft.status = 'SUBMITTED', draft.decidedBy = $by, draft.decidedAt = datetime(), draft.submittedAs = $articleId,
  draft.auditId = $auditId, draft.decisionStatements = $statements, draft.decisionKinds = $kinds, draft.decisionRules = $rules,
  draft.decisionOrigins = $origins`,
    params: { id, ...rest, ...decisions },
  };
}

export interface DraftFilter {
  status?: DraftStatus | null;
  publisher?: string | null;
  province?: string | null;
  /** Published on or after, on or before: ISO dates compared as text, which orders them. */
  publishedFrom?: string | null;
  publishedTo?: string | null;
  /** Drafts that propose entities (true) or none (false). */
  unresolved?: boolean | null;
}

const FILTER = `($status IS NULL OR draft.status = $status)
  AND ($publisher IS NULL OR draft.publisher = $publisher)
  AND ($province IS NULL OR draft.province = $province)
  AND ($publishedFrom IS NULL OR draft.published >= $publishedFrom)
  AND ($publishedTo IS NULL OR left(draft.published, 10) <= $publishedTo)
  AND ($unresolved IS NULL OR (draft.unresolvedCount > 0) = $unresolved)`;

const filterParams = (filter: DraftFilter) => ({
  status: filter.status ?? null,
  publisher: filter.publisher ?? null,
  province: filter.province ?? null,
  publishedFrom: filter.publishedFrom ?? null,
  publishedTo: filter.publishedTo ?? null,
  unresolved: filter.unresolved ?? null,
});

/** A page of the drafts that pass the filter, oldest first (the order they came in); `after` is the last one's (createdAt, id). */
export function draftsPage(filter: DraftFilter, limit: number, after?: { at: string; id: string }): CypherQuery {
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL}) WHERE ${FILTER}
  AND ($afterAt IS NULL OR draft.createdAt > datetime($afterAt) OR (draft.createdAt = datetime($afterAt) AND draft.id > $afterId))
WITH draft ORDER BY draft.createdAt, draft.id LIMIT toInteger($limit)
RETURN ${DRAFT_FIELDS}`,
    params: { ...filterParams(filter), limit, afterAt: after?.at ?? null, afterId: after?.id ?? null },
  };
}

/**
 * How many drafts pass the filter but for its status, by status: the queue's counts, and the filter's values
 * (publishers, provinces) among them, for its choices.
 */
export function draftCounts(filter: DraftFilter): CypherQuery {
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL}) WHERE ${FILTER}
RETURN count(CASE draft.status WHEN 'PENDING' THEN 1 END) AS pending,
  count(CASE draft.status WHEN 'SUBMITTED' THEN 1 END) AS submitted,
  count(CASE draft.status WHEN 'REJECTED' THEN 1 END) AS rejected,
  [value IN collect(DISTINCT draft.publisher) WHERE value IS NOT NULL] AS publishers,
  [value IN collect(DISTINCT draft.province) WHERE value IS NOT NULL] AS provinces`,
    params: { ...filterParams({ ...filter, status: null }) },
  };
}

/**
 * What editors decided of the extractor's statements in the submitted drafts, per kind of statement (and per rule
 * with `byRule`): kept as drafted, edited, rejected, and the statements of that kind they added.
 */
export function extractorDecisions(byRule: boolean): CypherQuery {
  return {
    cypher: `MATCH (draft:${DRAFT_LABEL} {status: 'SUBMITTED'})
UNWIND range(0, size(draft.decisionOrigins) - 1) AS index
WITH draft.decisionKinds[index] AS kind, CASE WHEN $byRule THEN draft.decisionRules[index] END AS rule, draft.decisionOrigins[index] AS origin
RETURN kind, CASE WHEN rule = '' THEN null ELSE rule END AS rule,
  count(CASE origin WHEN 'UNCHANGED' THEN 1 END) AS unchanged,
  count(CASE origin WHEN 'EDITED' THEN 1 END) AS edited,
  count(CASE origin WHEN 'REJECTED' THEN 1 END) AS rejected,
  count(CASE origin WHEN 'ADDED' THEN 1 END) AS added
ORDER BY kind, rule`,
    params: { byRule },
  };
}

/** A draft's proposed entity as the graph is asked about it (src/review/proposalLinks.ts). */
export interface ProposalLookup {
  id: string;
  label: string;
  /** Its folded name, when its label has a searchable name. */
  folded: string | null;
  /** A person: the posts the draft says they held; a post: its organization. */
  posts: string[];
  organization: string | null;
}

/**
 * The graph's entities that are the same as a draft's proposals: the one with its id (declared by a draft submitted
 * since, or merged into another: then the one it was merged into), and those of its label with its folded name
 * that, for a person, hold one of the posts the draft gives them, for a post, belong to its organization. One
 * index seek per proposal and label; the ambiguous cases are settled by the caller. At least one lookup.
 */
export function graphMatchesOfProposals(lookups: readonly ProposalLookup[]): CypherQuery {
  const byLabel = new Map<string, ProposalLookup[]>();
  for (const lookup of lookups) byLabel.set(lookup.label, [...(byLabel.get(lookup.label) ?? []), lookup]);
  const parts = [...byLabel.keys()].map((label, index) => {
    const named = nodeSpec(label as NodeLabel).nameProperty !== undefined;
    const same =
      label === 'Person'
        ? ' AND EXISTS { (n)<-[:HELD_BY]-(:Tenure)-[:OF_POSITION]->(post:Position) WHERE post.id IN row.posts }'
        : label === 'Position'
          ? ' AND EXISTS { (n)-[:IN_ORGANIZATION]->(organization:Organization) WHERE organization.id = row.organization }'
          : '';
    return `UNWIND $rows${index} AS row
CALL (row) {
  MATCH (n:${label} {id: row.id}) RETURN n.id AS id, true AS byId
  UNION ALL
  MATCH (n:${MERGED_LABEL} {id: row.id}) RETURN n.mergedInto AS id, true AS byId${
    named
      ? `
  UNION ALL
  MATCH (n:${label} {nameFolded: row.folded}) WHERE n.id <> row.id${same} RETURN n.id AS id, false AS byId`
      : ''
  }
}
RETURN row.id AS proposal, id, byId`;
  });
  return {
    cypher: parts.join('\nUNION ALL\n'),
    params: Object.fromEntries([...byLabel.values()].map((rows, index) => [`rows${index}`, rows])),
  };
}
