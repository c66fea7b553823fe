/**
 * `extractDraft`: the extractor (src/extract) behind the API, so that a client can show a draft for review. It
 * links mentions to the registry of seed/registry (read once) and to the entities that submissions through the
 * API declared (read from the graph when a write has happened since), less those merged into others, so that a
 * draft names them by id and proposes only what is new. It writes nothing.
 */
import { DEFAULT_REGISTRY_DIR } from '../load/files.js';
import type { RequestContext } from '../context.js';
import { mergesOf } from '../db/cypher/entities.js';
import { submittedRegistryEntries, writesCount } from '../db/cypher/registry.js';
import { BadUserInputError } from '../errors.js';
import { extract } from '../extract/extract.js';
import { addEntry, readRegistryDir, type Entry, type Registry } from '../extract/registry.js';
import { slugify } from '../extract/text.js';
import type { ExtractDraft, QueryResolvers } from '../generated/graphql.js';
import { publicationPrecision, PUBLICATION_FORMS } from '../text/isoDate.js';

/**
 * An article is a few kilobytes; fifty thousand characters bound the work of one request, and stay within the
 * request body a caller without a key may send (MAX_BODY_BYTES, 100 kB by default) for Vietnamese text.
 */
export const MAX_EXTRACT_TEXT_LENGTH = 50_000;

interface DraftArgs {
  text: string;
  url?: string | null;
  published?: string | null;
  publisher?: string | null;
}

/** Checks the arguments before any work: an empty or too long text, a date in another form. */
function checkDraftArgs(args: DraftArgs): void {
  if (args.text.trim() === '') throw new BadUserInputError('text is empty', 'text');
  if (args.text.length > MAX_EXTRACT_TEXT_LENGTH)
    throw new BadUserInputError(`text is longer than ${MAX_EXTRACT_TEXT_LENGTH} characters`, 'text');
  if (args.published && publicationPrecision(args.published) === undefined) {
    throw new BadUserInputError(`published must be ${PUBLICATION_FORMS}`, 'published');
  }
}

export function extractDraft(args: DraftArgs, registry: Registry): ExtractDraft {
  checkDraftArgs(args);
  const slug = args.url
    ? slugify(args.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\.html?$/, ''))
        .slice(-80)
        .replace(/^-+/, '')
    : 'draft';
  const result = extract({
    text: args.text,
    registry,
    meta: {
      id: `article:${slug || 'draft'}`,
      title: null,
      publisher: args.publisher ?? null,
      published: args.published ?? null,
      url: args.url ?? null,
      textFile: `${slug || 'draft'}.txt`,
    },
  });
  return {
    json: JSON.stringify(result.draft, null, 2),
    articleId: result.draft.article.id,
    statements: result.items.map(({ statement, confidence, rule }) => ({
      id: statement.id,
      kind: statement.kind,
      quotes: statement.quotes,
      confidence,
      rule,
      json: JSON.stringify(statement),
    })),
    proposed: [...result.proposed].flatMap(([collection, entries]) =>
      entries.map((entry) => ({
        id: entry.id,
        collection,
        name: String(entry.name ?? entry.title ?? entry.id),
        json: JSON.stringify(entry),
      })),
    ),
    unread: result.unread,
  };
}

/** The registry files, read once: the seed's entities, which every graph loaded from them holds. */
let filesRegistry: Registry | undefined;

/** The registry for drafts, and the number of API writes it was made after; one refresh at a time. */
let current: { writes: number; registry: Promise<Registry> } | undefined;

/**
 * The registry drafts link to: the files', and what submissions declared, less the merged entities. Made again
 * only after an API write (one constant-time count tells), from the submitted articles, never from every entity.
 */
async function draftRegistry(context: RequestContext): Promise<Registry> {
  const { database, queryCounter: counter } = context;
  const [row] = await database.read(writesCount(), { counter });
  const writes = Number(row?.writes ?? 0);
  if (current?.writes !== writes) {
    const refresh = (async () => {
      filesRegistry ??= readRegistryDir(DEFAULT_REGISTRY_DIR);
      const registry: Registry = {
        collections: new Map([...filesRegistry.collections].map(([name, entries]) => [name, [...entries]])),
        byId: new Map(filesRegistry.byId),
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
    current = { writes, registry: refresh };
    // A failed refresh is not kept: the next draft tries again.
    refresh.catch(() => {
      if (current?.registry === refresh) current = undefined;
    });
  }
  return current!.registry;
}

export const extractResolvers: Pick<QueryResolvers, 'extractDraft'> = {
  extractDraft: async (_parent, args, context) => {
    checkDraftArgs(args);
    return extractDraft(args, await draftRegistry(context));
  },
};
