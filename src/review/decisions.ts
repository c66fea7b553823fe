/**
 * What an editor decided of each statement of a draft, read from what they submitted rather than from what a client
 * says it did: a statement the extractor drafted is kept as drafted (UNCHANGED, the same JSON value), EDITED (same
 * id, another value: a date corrected, a person linked to one of the graph) or REJECTED (absent); a statement whose
 * id the draft did not have was ADDED by hand. These are what the extractor's acceptance rate counts.
 */
import type { DecisionColumns } from '../db/cypher/drafts.js';

export type Origin = 'UNCHANGED' | 'EDITED' | 'REJECTED' | 'ADDED';

export interface Decision {
  /** The statement's id in the article. */
  statement: string;
  kind: string;
  /** The extractor's rule that drafted it; null for a statement added by hand. */
  rule: string | null;
  origin: Origin;
}

/** A statement as the draft or the submission holds it: its id, its kind, and the rest. */
export interface StatementValue {
  id: string;
  kind: string;
  [field: string]: unknown;
}

/** JSON with the keys of every object sorted: two statements are the same when they say the same, in whatever order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/** The decisions, the drafted statements first in the draft's order, then the added ones in the submission's. */
export function decide(drafted: readonly { statement: StatementValue; rule: string }[], submitted: readonly StatementValue[]): Decision[] {
  const byId = new Map(submitted.map((statement) => [statement.id, statement]));
  const draftedIds = new Set(drafted.map(({ statement }) => statement.id));
  return [
    ...drafted.map(({ statement, rule }): Decision => {
      const kept = byId.get(statement.id);
      const origin: Origin = kept === undefined ? 'REJECTED' : canonicalJson(kept) === canonicalJson(statement) ? 'UNCHANGED' : 'EDITED';
      return { statement: statement.id, kind: statement.kind, rule, origin };
    }),
    ...submitted
      .filter((statement) => !draftedIds.has(statement.id))
      .map((statement): Decision => ({ statement: statement.id, kind: statement.kind, rule: null, origin: 'ADDED' })),
  ];
}

/** The decisions as the draft node stores them: one list per field, '' for no rule (Neo4j lists hold no null). */
export function decisionColumns(decisions: readonly Decision[]): DecisionColumns {
  return {
    statements: decisions.map((decision) => decision.statement),
    kinds: decisions.map((decision) => decision.kind),
    rules: decisions.map((decision) => decision.rule ?? ''),
    origins: decisions.map((decision) => decision.origin),
  };
}

/** Kept as drafted, of what the extractor drafted and editors decided: null when it drafted none. */
export function acceptanceRate(counts: { unchanged: number; edited: number; rejected: number }): number | null {
  const drafted = counts.unchanged + counts.edited + counts.rejected;
  return drafted === 0 ? null : counts.unchanged / drafted;
}
