/**
 * The registry the extractor links mentions to, for `extractDraft`, `submitDraft` and `npm run ingest`: the
 * registry of seed/registry (read once) and the entities that submissions through the API declared (read from the
 * graph when a write has happened since), less those merged into others, so that a draft names them by id and
 * proposes only what is new.
 */
import type { Database, QueryCounter } from '../db/database.js';
import { mergesOf } from '../db/cypher/entities.js';
import { submittedRegistryEntries, writesCount } from '../db/cypher/registry.js';
import { addEntry, readRegistryDir, type Entry, type Registry } from '../extract/registry.js';
import { DEFAULT_REGISTRY_DIR } from '../load/files.js';

/** The registry files, read once: the seed's entities, which every graph loaded from them holds. */
let filesRegistry: Registry | undefined;

/** The registry for drafts, and the number of API writes it was made after; one refresh at a time. */
let current: { writes: number; version: number; registry: Promise<Registry> } | undefined;
/** Counts the registries made, so that a draft thread knows whether it holds the current one. */
let versions = 0;

/**
 * The registry drafts link to: the files', and what submissions declared, less the merged entities. Made again
 * only after an API write (one constant-time count tells), from the submitted articles, never from every entity.
 */
export async function draftRegistry(database: Database, counter?: QueryCounter): Promise<{ version: number; registry: Registry }> {
  const [row] = await database.read(writesCount(), { counter });
  const writes = Number(row?.writes ?? 0);
  if (current?.writes !== writes) {
    const refresh = (async () => {
      filesRegistry ??= readRegistryDir(DEFAULT_REGISTRY_DIR);
      const registry: Registry = {
        collections: new Map([...filesRegistry.collections].map(([name, entries]) => [name, [...entries]])),
        byId: new Map(filesRegistry.byId),
        // The seed's dated reorganizations tell namesake bodies apart by an article's day.
        ...(filesRegistry.reorganizations && { reorganizations: filesRegistry.reorganizations }),
      };
      for (const submitted of await database.read(submittedRegistryEntries(), { counter }))
        if (!registry.byId.has(String((submitted.entry as Entry).id)))
          addEntry(registry, String(submitted.collection), submitted.entry as Entry);
      const merged = new Set((await database.read(mergesOf([...registry.byId.keys()]), { counter })).map((merge) => String(merge.id)));
      if (merged.size > 0) {
        for (const [name, entries] of registry.collections)
          registry.collections.set(
            name,
            entries.filter((entry) => !merged.has(entry.id)),
          );
        for (const id of merged) registry.byId.delete(id);
      }
      return registry;
    })();
    current = { writes, version: (versions += 1), registry: refresh };
    // A failed refresh is not kept: the next draft tries again.
    refresh.catch(() => {
      if (current?.registry === refresh) current = undefined;
    });
  }
  const { version, registry } = current!;
  return { version, registry: await registry };
}
