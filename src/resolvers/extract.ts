/**
 * `extractDraft`: the extractor (src/extract) behind the API, so that a client can show a draft for review. It
 * links mentions to the registry entities the graph holds (those of seed/registry and those earlier submissions
 * declared), so that a draft names them by id and proposes only what the graph lacks; it writes nothing.
 */
import type { Database } from '../db/database.js';
import { registryEntries, registryVersion } from '../db/cypher/registry.js';
import { BadUserInputError } from '../errors.js';
import { extract } from '../extract/extract.js';
import { addEntry, emptyRegistry, type Entry, type Registry } from '../extract/registry.js';
import { slugify } from '../extract/text.js';
import type { RequestContext } from '../context.js';
import type { ExtractDraft, QueryResolvers } from '../generated/graphql.js';
import { isIsoDate, isIsoDateTimeWithOffset } from '../text/isoDate.js';

/**
 * An article is a few kilobytes; fifty thousand characters bound the work of one request, and stay within the
 * request body a caller without a key may send (MAX_BODY_BYTES, 100 kB by default) for Vietnamese text.
 */
export const MAX_EXTRACT_TEXT_LENGTH = 50_000;

const CONFIDENCE = /^confidence (\d(?:\.\d+)?): ([^.]*(?:\.(?! )[^.]*)*)/;

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
  if (args.published && !isIsoDate(args.published) && !isIsoDateTimeWithOffset(args.published)) {
    throw new BadUserInputError('published must be a date (YYYY-MM-DD) or a date-time with its UTC offset', 'published');
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
    articleId: String(result.draft.article.id),
    statements: result.draft.statements.map((statement) => {
      const confidence = CONFIDENCE.exec(String(statement.note ?? ''));
      return {
        id: String(statement.id),
        kind: String(statement.kind),
        quotes: statement.quotes as string[],
        confidence: confidence ? Number(confidence[1]) : 0,
        rule: confidence?.[2] ?? '',
        json: JSON.stringify(statement),
      };
    }),
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

/** How long a registry read from the graph is kept at most, whatever the counts say (a registry file edited and loaded again). */
const REGISTRY_TTL_MS = 60_000;

const registries = new WeakMap<Database, { version: string; readAt: number; registry: Registry }>();

/**
 * The graph's registry, read again only when it may have changed (the counts of registry entities, articles or
 * writes moved, or a minute passed): a draft costs one constant-time query, not a read of every entity.
 */
async function graphRegistry(context: RequestContext): Promise<Registry> {
  const { database, queryCounter: counter } = context;
  const [row] = await database.read(registryVersion(), { counter });
  const version = JSON.stringify(row?.counts);
  const cached = registries.get(database);
  if (cached && cached.version === version && Date.now() - cached.readAt < REGISTRY_TTL_MS) return cached.registry;
  const registry = emptyRegistry();
  for (const entry of await database.read(registryEntries(), { counter }))
    addEntry(registry, String(entry.collection), entry.entry as Entry);
  registries.set(database, { version, readAt: Date.now(), registry });
  return registry;
}

export const extractResolvers: Pick<QueryResolvers, 'extractDraft'> = {
  extractDraft: async (_parent, args, context) => {
    checkDraftArgs(args);
    return extractDraft(args, await graphRegistry(context));
  },
};
