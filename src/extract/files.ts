/**
 * Writes a draft beside its text: DRAFT.json (the seed format), DRAFT.registry/ (the registry with the proposed
 * entities), DRAFT.rules.json (each statement's confidence and the rule that read it, for the reviewer: the seed
 * format has no place for them, and they are not what the article states) and DRAFT.unread.json.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { DraftResult } from './draft/item.js';
import type { Registry } from './registry.js';

export function writeDraftFiles(
  out: string,
  result: DraftResult,
  registry: Registry,
): { registryDir: string; rulesFile: string; unreadFile: string } {
  const base = out.replace(/\.json$/, '');
  const registryDir = `${base}.registry`;
  const rulesFile = `${base}.rules.json`;
  const unreadFile = `${base}.unread.json`;
  writeFileSync(out, `${JSON.stringify(result.draft, null, 2)}\n`);
  mkdirSync(registryDir, { recursive: true });
  for (const [collection, entries] of registry.collections) {
    const entities = [...entries, ...(result.proposed.get(collection) ?? [])];
    writeFileSync(`${registryDir}/${collection}.json`, `${JSON.stringify({ formatVersion: 2, entities }, null, 2)}\n`);
  }
  const rules = result.items.map(({ statement, confidence, rule }) => ({ id: statement.id, kind: statement.kind, confidence, rule }));
  writeFileSync(rulesFile, `${JSON.stringify({ statements: rules }, null, 2)}\n`);
  if (result.unread.length > 0) writeFileSync(unreadFile, `${JSON.stringify({ unread: result.unread }, null, 2)}\n`);
  else rmSync(unreadFile, { force: true });
  return { registryDir, rulesFile, unreadFile };
}
