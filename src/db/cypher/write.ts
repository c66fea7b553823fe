/**
 * Cypher of the write API (src/write/): the lock that serializes writes, the graph as a submission is checked
 * against, the audit trail, editors' judgements, and claims restated in place. Pure builders, like load.ts; labels
 * and relationship types come from the model, never from input.
 */
import type { CypherQuery } from '../database.js';
import { labelsOfKind, NODE_LABELS, nodeSpec, RELATIONSHIP_TYPES, type NodeLabel } from '../../model/index.js';

function checked(value: string, allowed: readonly string[], what: string): string {
  if (!allowed.includes(value)) throw new Error(`Not a ${what} of the graph model: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Nodes that serve the service, not the graph: the API keys (which survive emptying the graph) and the write
 * lock. Counts of the graph leave them out.
 */
export const SERVICE_LABELS = ['ApiKey', 'WriteLock'] as const;

/** The label an entity merged into another carries instead of its own, so that no read finds it. */
export const MERGED_LABEL = 'MergedEntity';

/**
 * Takes the graph's write lock until the transaction ends. Every write derives facts from all the claims about
 * them: two transactions deriving one fact at once would each miss the other's claims (Neo4j reads committed
 * data), so writes run one at a time. A SET takes the node's write lock; the constraint makes the MERGE safe
 * when the first writes race on an empty graph.
 */
export function lockWrites(): CypherQuery {
  return { cypher: "MERGE (lock:WriteLock {id: 'graph'}) SET lock.at = timestamp()", params: {} };
}

export function writeSchemaStatements(): CypherQuery[] {
  return [
    'CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE',
    'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE',
    'CREATE INDEX audit_entry_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at)',
    'CREATE CONSTRAINT judgement_id IF NOT EXISTS FOR (n:Judgement) REQUIRE n.id IS UNIQUE',
    `CREATE CONSTRAINT merged_entity_id IF NOT EXISTS FOR (n:${MERGED_LABEL}) REQUIRE n.id IS UNIQUE`,
  ].map((cypher) => ({ cypher, params: {} }));
}

/**
 * The registry entities in the graph (label, id, name) that a submission may name without declaring them: those
 * with the given ids and the people with the given folded names (its namesakes), one index seek per label; or,
 * without `among`, every one (for the nearest ids when a reference is unknown).
 */
export function knownEntities(among?: { ids: readonly string[]; foldedNames: readonly string[] }): CypherQuery {
  const parts = labelsOfKind('registry').map((label) => {
    const where = among === undefined ? '' : label === 'Person' ? ' WHERE n.id IN $ids OR n.nameFolded IN $names' : ' WHERE n.id IN $ids';
    return `MATCH (n:${label})${where} RETURN '${label}' AS label, n.id AS id, n.${nodeSpec(label).nameProperty ?? 'id'} AS name, null AS mergedInto`;
  });
  // Merged entities too, so that a submission naming one is told which entity it became, and cannot declare it anew.
  const merged = `MATCH (n:${MERGED_LABEL})${among === undefined ? '' : ' WHERE n.id IN $ids'} RETURN n.mergedLabel AS label, n.id AS id, null AS name, n.mergedInto AS mergedInto`;
  return { cypher: [...parts, merged].join('\nUNION ALL\n'), params: { ids: among?.ids ?? [], names: among?.foldedNames ?? [] } };
}

/** The entities among `ids` that were merged into another, with the one they became. */
export function mergedAmong(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${MERGED_LABEL}) WHERE n.id IN $ids RETURN n.id AS id, n.mergedInto AS mergedInto ORDER BY id`,
    params: { ids },
  };
}

/** The events in the graph with the given ids, or every one. */
export function knownEvents(ids?: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (event:Event)${ids === undefined ? '' : ' WHERE event.id IN $ids'} RETURN event.id AS id`,
    params: { ids: ids ?? [] },
  };
}

/** Whether an article is in the graph, the hash of the submission that stored it, and how many claims it has. */
export function articleState(articleId: string): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (article:Article {id: $articleId})
RETURN article IS NOT NULL AS exists, article.contentHash AS contentHash, COUNT { (article)<-[:IN_ARTICLE]-(:Claim) } AS claims`,
    params: { articleId },
  };
}

export function setContentHash(articleId: string, contentHash: string): CypherQuery {
  return { cypher: 'MATCH (article:Article {id: $articleId}) SET article.contentHash = $contentHash', params: { articleId, contentHash } };
}

export interface AuditRow {
  id: string;
  action: string;
  keyId: string;
  keyName: string;
  keyRole: string;
  requestId: string;
  articleId: string | null;
  judgementId: string | null;
  statementsAdded: number;
  statementsRemoved: number;
  details: string | null;
}

/** One write's record, created in the write's own transaction: there is no write without its record. */
export function createAuditEntry(row: AuditRow): CypherQuery {
  return { cypher: 'CREATE (entry:AuditEntry) SET entry = $row, entry.at = datetime()', params: { row } };
}

const AUDIT_FIELDS = `entry {.*, at: toString(entry.at)} AS entry`;

/** A page of the audit trail, newest first; `after` is the last entry's (at, id) of the previous page. */
export function auditEntries(options: { articleId: string | null; limit: number; after?: { at: string; id: string } }): CypherQuery {
  return {
    cypher: `MATCH (entry:AuditEntry)
WHERE ($articleId IS NULL OR entry.articleId = $articleId)
  AND ($afterAt IS NULL OR entry.at < datetime($afterAt) OR (entry.at = datetime($afterAt) AND entry.id < $afterId))
WITH entry ORDER BY entry.at DESC, entry.id DESC LIMIT toInteger($limit)
RETURN ${AUDIT_FIELDS}`,
    params: {
      articleId: options.articleId,
      limit: options.limit,
      afterAt: options.after?.at ?? null,
      afterId: options.after?.id ?? null,
    },
  };
}

export interface JudgementRow {
  id: string;
  kind: 'SAME_AS' | 'DISTINCT' | 'RANK';
  about: string[];
  rank: string | null;
  previousRank: string | null;
  reason: string;
  by: string;
  auditId: string;
  /** What undoing needs, as JSON: the claims restated and the relationships moved by a merge. */
  undo: string | null;
  /** Every id it changed: its entities or claim, and the claims a merge restated. Undo order is decided on these. */
  touches: string[];
}

const JUDGEMENT_FIELDS = `judgement {.*, at: toString(judgement.at), undoneAt: toString(judgement.undoneAt)} AS judgement`;

export function createJudgement(row: JudgementRow): CypherQuery {
  return {
    cypher: `CREATE (judgement:Judgement) SET judgement = $row, judgement.at = datetime(), judgement.undone = false
RETURN ${JUDGEMENT_FIELDS}`,
    params: { row },
  };
}

export function judgementById(id: string): CypherQuery {
  return { cypher: `MATCH (judgement:Judgement {id: $id}) RETURN ${JUDGEMENT_FIELDS}`, params: { id } };
}

/** The judgements about any of the ids, newest first. */
export function judgementsAbout(ids: readonly string[], options: { activeOnly: boolean }): CypherQuery {
  return {
    cypher: `MATCH (judgement:Judgement) WHERE any(id IN judgement.about WHERE id IN $ids) AND (NOT $activeOnly OR NOT judgement.undone)
RETURN ${JUDGEMENT_FIELDS} ORDER BY judgement.at DESC, judgement.id DESC`,
    params: { ids, activeOnly: options.activeOnly },
  };
}

/**
 * The latest judgement still standing that was made after this one and changed any of what it changed (a merge
 * restating a ranked claim, a rank on a claim a merge restated…); datetimes compared in Cypher.
 */
export function laterJudgement(id: string): CypherQuery {
  return {
    cypher: `MATCH (judgement:Judgement {id: $id})
MATCH (later:Judgement) WHERE later.id <> judgement.id AND NOT later.undone AND later.at > judgement.at
  AND any(touched IN later.touches WHERE touched IN judgement.touches)
RETURN later.id AS id ORDER BY later.at DESC LIMIT 1`,
    params: { id },
  };
}

export function markUndone(id: string, by: string, reason: string): CypherQuery {
  return {
    cypher: `MATCH (judgement:Judgement {id: $id})
SET judgement.undone = true, judgement.undoneBy = $by, judgement.undoneAt = datetime(), judgement.undoReason = $reason
RETURN ${JUDGEMENT_FIELDS}`,
    params: { id, by, reason },
  };
}

/** Claims by id, with their statement (JSON) and article. */
export function claimsById(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (claim:Claim {id: id})-[:IN_ARTICLE]->(article:Article)
RETURN claim.id AS id, claim.values AS values, article.id AS articleId`,
    params: { ids },
  };
}

/** The claims naming an entity: what a merge restates. */
export function claimsMentioning(id: string, label: NodeLabel): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: `MATCH (claim:Claim)-[:MENTIONS]->(:${label} {id: $id}) MATCH (claim)-[:IN_ARTICLE]->(article:Article)
RETURN claim.id AS id, claim.values AS values, article.id AS articleId ORDER BY id`,
    params: { id },
  };
}

/** What the claims supported and named before they are restated: the facts and names to derive again. */
export function claimTargets(ids: readonly string[]): CypherQuery {
  return {
    cypher: `UNWIND $ids AS id
MATCH (claim:Claim {id: id})
OPTIONAL MATCH (claim)-[:SUPPORTS]->(fact)
OPTIONAL MATCH (claim)-[:MENTIONS]->(entity) WHERE claim.kind = 'name'
RETURN collect(DISTINCT fact.id) AS facts, collect(DISTINCT entity.id) AS named`,
    params: { ids },
  };
}

/** Sets claims' statements and ranks anew and drops their links (written again from the new statements). */
export function updateClaims(rows: readonly { id: string; rank: string; rankReason: string | null; values: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $rows AS row
MATCH (claim:Claim {id: row.id})
SET claim.rank = row.rank, claim.rankReason = row.rankReason, claim.values = row.values
WITH claim
OPTIONAL MATCH (claim)-[link:MENTIONS|SUPPORTS]->()
DELETE link`,
    params: { rows },
  };
}

/**
 * The relationships between an entity and registry entities, in one direction: those pointing at it (the positions
 * of an organization), which a merge moves to the kept entity, and its own (its parent, its jurisdiction), which
 * a merge detaches while the entity is hidden, so that no path runs through it.
 */
export function registryRelationships(id: string, label: NodeLabel, direction: 'IN' | 'OUT'): CypherQuery {
  checked(label, NODE_LABELS, 'label');
  const registry = labelsOfKind('registry');
  const pattern = direction === 'IN' ? `(other)-[r]->(:${label} {id: $id})` : `(:${label} {id: $id})-[r]->(other)`;
  return {
    cypher: `MATCH ${pattern} WHERE any(l IN labels(other) WHERE l IN $registry)
RETURN type(r) AS type, other.id AS otherId, [l IN labels(other) WHERE l IN $registry][0] AS otherLabel`,
    params: { id, registry },
  };
}

/** Moves relationships of one type from registry entities: from pointing at `fromId` to pointing at `toId`. */
export function moveIncoming(
  type: string,
  otherLabel: NodeLabel,
  label: NodeLabel,
  rows: readonly { otherId: string; fromId: string; toId: string }[],
): CypherQuery {
  checked(type, RELATIONSHIP_TYPES, 'relationship type');
  checked(otherLabel, NODE_LABELS, 'label');
  checked(label, NODE_LABELS, 'label');
  return {
    cypher: `UNWIND $rows AS row
MATCH (other:${otherLabel} {id: row.otherId})-[old:${type}]->(from {id: row.fromId})
MATCH (to:${label} {id: row.toId})
DELETE old
MERGE (other)-[:${type}]->(to)`,
    params: { rows },
  };
}

/**
 * Hides a merged entity from every read (they match by label), recording its label and the entity it was merged
 * into; or, undoing the merge (`mergedInto` null), gives it its label back.
 */
export function relabel(id: string, from: string, to: string, mergedInto: string | null): CypherQuery {
  for (const label of [from, to]) if (label !== MERGED_LABEL) checked(label, NODE_LABELS, 'label');
  return {
    cypher: `MATCH (n:${from} {id: $id}) REMOVE n:${from} SET n:${to}, n.mergedLabel = $mergedLabel, n.mergedInto = $mergedInto
RETURN n.id AS id`,
    params: { id, mergedLabel: mergedInto === null ? null : from, mergedInto },
  };
}
