/**
 * Editors' judgements, as records: a merge (SAME_AS), a distinction (DISTINCT) and a rank given to a claim (RANK),
 * each with who, when and why, and undone by marking it so, never by deleting it. What they change is derived
 * from the judgements in force (src/statements/judgements.ts); these builders only record and read them.
 */
import type { CypherQuery } from '../database.js';

export type JudgementKind = 'SAME_AS' | 'DISTINCT' | 'RANK';

export interface JudgementRow {
  id: string;
  kind: JudgementKind;
  /** The ids it is about: the kept and the merged entity, the two told apart, or the claim. */
  about: string[];
  /** For a rank: the rank given, the one the claim had, and what the claim said then (claimContent). */
  rank: string | null;
  previousRank: string | null;
  content: string | null;
  reason: string;
  by: string;
  auditId: string;
}

const JUDGEMENT_FIELDS = `judgement {.*, at: toString(judgement.at), undoneAt: toString(judgement.undoneAt)} AS judgement`;

/**
 * Records a judgement. `claim` is indexed, so that the rank in force of the claims a write touches is found by an
 * index seek, whatever the number of judgements.
 */
export function createJudgement(row: JudgementRow): CypherQuery {
  return {
    cypher: `CREATE (judgement:Judgement) SET judgement = $row, judgement.at = datetime(), judgement.undone = false,
  judgement.claim = CASE WHEN $row.kind = 'RANK' THEN $row.about[0] ELSE null END
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

export function markUndone(id: string, by: string, reason: string): CypherQuery {
  return {
    cypher: `MATCH (judgement:Judgement {id: $id})
SET judgement.undone = true, judgement.undoneBy = $by, judgement.undoneAt = datetime(), judgement.undoReason = $reason
RETURN ${JUDGEMENT_FIELDS}`,
    params: { id, by, reason },
  };
}

/**
 * For each claim, the latest rank judgement in force that was given to what the claim says now (its content):
 * the rank derivation reads for it.
 */
export function rankJudgementsOf(claims: readonly { id: string; content: string }[]): CypherQuery {
  return {
    cypher: `UNWIND $claims AS claim
CALL (claim) {
  MATCH (judgement:Judgement {claim: claim.id})
  WHERE NOT judgement.undone AND judgement.content = claim.content
  RETURN judgement ORDER BY judgement.at DESC, judgement.id DESC LIMIT 1
}
RETURN claim.id AS claim, judgement.rank AS rank, judgement.reason AS reason`,
    params: { claims },
  };
}
