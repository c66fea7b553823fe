/**
 * Drafts waiting for review: an article's text and metadata with what the extractor read in it, stored once per text
 * (by its SHA-256, so that ingesting a folder again, or the same text under another name, stores nothing new). The
 * API's `submitDraft` and `npm run ingest` store them the same way, through `storeDraft`.
 */
import { createHash } from 'node:crypto';
import type { Database, QueryCounter } from '../db/database.js';
import { createDraft, draftIdByHash, type DraftRow } from '../db/cypher/drafts.js';
import type { DraftAnswer, DraftArgs } from '../extract/answer.js';

/** The text's SHA-256: a draft's identity. Metadata is not part of it: the same text is the same article. */
export const draftHash = (text: string) => createHash('sha256').update(text).digest('hex');

/** A draft's id, from its hash: short enough for an address, long enough (64 bits) never to meet another's. */
export const draftIdOf = (hash: string) => `draft:${hash.slice(0, 16)}`;

/** What storing a draft did: `created` false when the text was stored before (nothing was extracted then). */
export interface StoredDraft {
  id: string;
  created: boolean;
}

/**
 * Stores the draft of `args` unless its text is stored; `extract` makes the draft (in a worker thread for the API,
 * in-process for ingest) and runs only when the text is new. An article without a URL gets an id from the hash,
 * so that two drafts never propose one article id.
 */
export async function storeDraft(
  database: Database,
  args: DraftArgs,
  extract: (args: DraftArgs) => Promise<DraftAnswer> | DraftAnswer,
  options: {
    counter?: QueryCounter;
    /** Writes the row (createDraft): the API's in a transaction with its audit entry; by default a write of its own. */
    store?: (row: DraftRow) => Promise<StoredDraft>;
  } = {},
): Promise<StoredDraft> {
  const { counter } = options;
  const hash = draftHash(args.text);
  const [known] = await database.read(draftIdByHash(hash), { counter });
  if (known) return { id: String(known.id), created: false };
  const answer = await extract({ ...args, fallbackSlug: `draft-${hash.slice(0, 12)}` });
  const row = draftRow(args, answer, hash);
  // Another ingest of the same text may have stored it meanwhile: MERGE on the hash then finds its draft.
  if (options.store) return options.store(row);
  const [rows] = await database.write([createDraft(row)], { counter });
  return { id: String(rows![0]!.id), created: rows![0]!.created === true };
}

/** The node's properties: the extraction whole, as JSON text, and what the queue filters and counts on its own. */
function draftRow(args: DraftArgs, answer: DraftAnswer, hash: string): DraftRow {
  return {
    id: draftIdOf(hash),
    contentHash: hash,
    text: args.text,
    url: args.url ?? null,
    publisher: args.publisher ?? null,
    published: args.published ?? null,
    province: answer.province,
    articleId: answer.articleId,
    extraction: JSON.stringify(answer),
    statementCount: answer.statements.length,
    unresolvedCount: answer.proposed.length,
  };
}

/** A stored draft as the API answers it (schema.graphql's Draft): the extraction read back. */
export function draftRecord(row: Record<string, unknown>) {
  return { ...row, extraction: JSON.parse(String(row.extraction)) as DraftAnswer };
}
