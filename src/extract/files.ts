/** Writes a draft beside its text: DRAFT.json, DRAFT.registry/ (the registry with the proposed entities) and DRAFT.unread.json. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { DraftResult } from './draft.js';
import type { Registry } from './registry.js';

export function writeDraftFiles(out: string, result: DraftResult, registry: Registry): { registryDir: string; unreadFile: string } {
  const base = out.replace(/\.json$/, '');
  const registryDir = `${base}.registry`;
  const unreadFile = `${base}.unread.json`;
  writeFileSync(out, `${JSON.stringify(result.draft, null, 2)}\n`);
  mkdirSync(registryDir, { recursive: true });
  for (const [collection, entries] of registry.collections) {
    const entities = [...entries, ...(result.proposed.get(collection) ?? [])];
    writeFileSync(`${registryDir}/${collection}.json`, `${JSON.stringify({ formatVersion: 2, entities }, null, 2)}\n`);
  }
  if (result.unread.length > 0) writeFileSync(unreadFile, `${JSON.stringify({ unread: result.unread }, null, 2)}\n`);
  else rmSync(unreadFile, { force: true });
  return { registryDir, unreadFile };
}
