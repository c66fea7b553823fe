/**
 * A draft checked as `npm run seed -- --check` checks files: its article with its text, against the registry it
 * links to and the entities it proposes, read as records (src/statements/read.ts) and validated by the one
 * validator. What the CLI, the evaluation and the tests ask of every draft.
 */
import { REGISTRY_COLLECTIONS } from '../statements/format.js';
import { Issues } from '../statements/issues.js';
import { readArticleValue, readRegistryEntry } from '../statements/read.js';
import { validateRecords, type LoadSet } from '../statements/validate.js';
import type { Entry, Registry } from './registry.js';

/** Validates a draft; throws a ValidationError listing every problem. */
export function checkDraft(
  draft: unknown,
  text: string,
  registry: Registry,
  proposed: ReadonlyMap<string, readonly Entry[]> = new Map(),
): LoadSet {
  const issues = new Issues();
  const records = [...registry.collections].flatMap(([collection, entities]) => {
    const label = REGISTRY_COLLECTIONS[collection];
    if (label === undefined) return [];
    return [...entities, ...(proposed.get(collection) ?? [])].flatMap(
      (entity, index) => readRegistryEntry(issues, `${collection}.json`, label, entity, `$.entities[${index}]`) ?? [],
    );
  });
  const article = readArticleValue(issues, 'draft.json', draft, () => text);
  return validateRecords({ registry: records, articles: article ? [article] : [] }, issues);
}
