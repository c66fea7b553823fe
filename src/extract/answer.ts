/**
 * What `extractDraft` answers: the extractor (extract.ts) run on a client's text, its draft and each statement with
 * its confidence and rule, the entities it proposes, the sentences it did not read. Pure: the API runs it in a
 * worker thread (draftPool.ts), the unit tests directly.
 */
import { BadUserInputError } from '../errors.js';
import { publicationPrecision, PUBLICATION_FORMS } from '../text/isoDate.js';
import { extract } from './extract.js';
import type { Registry } from './registry.js';
import { slugify } from './text.js';

/**
 * An article is a few kilobytes; fifty thousand characters bound the work of one request, and stay within the
 * request body a caller without a key may send (MAX_BODY_BYTES, 100 kB by default) for Vietnamese text.
 */
export const MAX_EXTRACT_TEXT_LENGTH = 50_000;

export interface DraftArgs {
  text: string;
  url?: string | null;
  published?: string | null;
  publisher?: string | null;
  /** The article's slug when there is no URL (a stored draft's, which must not share its id with another's). */
  fallbackSlug?: string;
}

/** Checks the arguments before any work: an empty or too long text, a date in another form. */
export function checkDraftArgs(args: DraftArgs): void {
  if (args.text.trim() === '') throw new BadUserInputError('text is empty', 'text');
  if (args.text.length > MAX_EXTRACT_TEXT_LENGTH)
    throw new BadUserInputError(`text is longer than ${MAX_EXTRACT_TEXT_LENGTH} characters`, 'text');
  if (args.published && publicationPrecision(args.published) === undefined) {
    throw new BadUserInputError(`published must be ${PUBLICATION_FORMS}`, 'published');
  }
}

/**
 * The answer, shaped as schema.graphql's ExtractDraft (the resolver's type checks it there). The article's id comes
 * from its URL; without one, from `fallbackSlug`, else "draft".
 */
export function extractDraft(args: DraftArgs, registry: Registry) {
  checkDraftArgs(args);
  const slug = args.url
    ? slugify(args.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\.html?$/, ''))
        .slice(-80)
        .replace(/^-+/, '')
    : (args.fallbackSlug ?? 'draft');
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
    province: result.analysis.province ?? null,
  };
}

export type DraftAnswer = ReturnType<typeof extractDraft>;
