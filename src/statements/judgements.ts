/**
 * Editors' judgements as derivation applies them, after nomenklatura: a statement keeps the ids its article
 * stated, forever; a merge is a judgement that one id is another, and the id every statement is read as is the
 * canonical one, computed from the merges in force. A rank is a judgement about a claim as it stated something:
 * it applies while the claim still says that (the same content), and undoing a judgement only ends it. Pure: the
 * store reads the judgements in force about the ids a write touches and hands them here.
 */
import { createHash } from 'node:crypto';
import type { Rank, Statement } from './format.js';
import { mapReferences } from './kinds.js';

/** The merges in force about some ids: each merged id and the id it was merged into. */
export type Merges = ReadonlyMap<string, string>;

/** Merges longer than this are a cycle, which the merge operation refuses; the walk stops rather than loop. */
const MAX_CHAIN = 64;

/** The id `id` is read as: following its merges (X into Y, Y into Z: Z). */
export function canonical(merges: Merges, id: string): string {
  let current = id;
  for (let step = 0; step < MAX_CHAIN; step += 1) {
    const next = merges.get(current);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The statement with every reference read as its canonical entity: what derivation reads, never what is stored. */
export function resolveReferences<S extends Statement>(statement: S, merges: Merges): S {
  return merges.size === 0 ? statement : mapReferences(statement, (reference) => canonical(merges, reference.id));
}

/**
 * What a claim states, apart from its rank: a rank judgement records it, and applies to a claim of that id only
 * while the claim says the same (an article submitted again brings claims of the same ids that may say other things).
 */
export function claimContent(statement: Statement): string {
  const content: Partial<Statement> = { ...statement };
  delete content.rank;
  delete content.rankReason;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/** A rank judgement in force: the rank an editor gave a claim, and what the claim said then. */
export interface RankJudgement {
  rank: Rank;
  content: string;
}

/** A claim's rank as judged: the latest rank judgement in force for what it says, else the rank its file gives. */
export function judgedRank(statement: Statement, judgement: RankJudgement | undefined): Rank {
  if (judgement !== undefined && judgement.content === claimContent(statement)) return judgement.rank;
  return statement.rank ?? 'normal';
}
