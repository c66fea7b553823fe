/**
 * What a merge does to a statement, and what undoing it does: every reference to the merged entity names the kept
 * one instead, and the places changed are recorded, so that undoing puts back exactly those (a statement that
 * named both entities keeps its reference to the kept one).
 */
import { createHash } from 'node:crypto';
import type { Statement } from '../statements/format.js';

/** A place in a statement: the keys and indexes from its root. */
export type StatementPath = (string | number)[];

/** The fields that hold text, never a reference: a quote that happens to contain an id is not rewritten. */
const TEXT_FIELDS = new Set(['id', 'quotes', 'note', 'rankReason', 'name', 'recipientDescription', 'valueText']);

/** The statement with every reference to `fromId` replaced by `toId`, and the paths replaced. */
export function substituteReferences(statement: Statement, fromId: string, toId: string): { statement: Statement; paths: StatementPath[] } {
  const paths: StatementPath[] = [];
  const walk = (value: unknown, path: StatementPath): unknown => {
    if (value === fromId) {
      paths.push(path);
      return toId;
    }
    if (Array.isArray(value)) return value.map((item, index) => walk(item, [...path, index]));
    if (typeof value === 'object' && value !== null)
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, path.length === 0 && TEXT_FIELDS.has(key) ? inner : walk(inner, [...path, key])]),
      );
    return value;
  };
  return { statement: walk(statement, []) as Statement, paths };
}

/** Puts `id` back at `paths` where the statement still names `currentId` there (undoing substituteReferences). */
export function restoreReferences(statement: Statement, paths: readonly StatementPath[], currentId: string, id: string): Statement {
  const copy = structuredClone(statement) as Record<string | number, unknown>;
  for (const path of paths) {
    let parent: Record<string | number, unknown> | undefined = copy;
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
    const last = path.at(-1)!;
    if (parent !== undefined && parent[last] === currentId) parent[last] = id;
  }
  return copy as Statement;
}

/**
 * What a statement says, apart from how it is ranked: recorded by a judgement for each claim it restates, so
 * that undoing it touches only claims that still say that (an article submitted again since brings claims of the
 * same ids that may say something else, and a judgement made before does not apply to them).
 */
export function statementContent(statement: Statement): string {
  const content: Partial<Statement> = { ...statement };
  delete content.rank;
  delete content.rankReason;
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}
