/**
 * The review desk's reads and writes of drafts (src/review/), all for an editor's key (`@requiresRole`, checked
 * before anything runs). Submitting a reviewed draft is `submitArticle` with its `draftId` (mutation.ts).
 */
import { decodeCursor, encodeCursor, forwardPageInfo } from '../cursor.js';
import type { RequestContext } from '../context.js';
import { draftById, draftCounts, draftsPage, extractorDecisions, graphMatchesOfProposals } from '../db/cypher/drafts.js';
import { duplicateCandidates } from '../db/cypher/duplicates.js';
import { extractDraft } from '../extract/answer.js';
import type { NodeRecord } from '../graph.js';
import type { Draft, MutationResolvers, QueryResolvers } from '../generated/graphql.js';
import { boundedCount, PAGE_SIZE } from '../limits.js';
import { draftRegistry } from '../review/draftRegistry.js';
import { acceptanceRate } from '../review/decisions.js';
import { draftRecord, storeDraft } from '../review/drafts.js';
import { proposalLinks, proposalLookups, withLinks } from '../review/proposalLinks.js';
import { isIsoDateTimeWithOffset } from '../text/isoDate.js';
import { checkDraftArgs } from '../extract/answer.js';
import { write } from './mutation.js';

/** One draft; a pending one with its proposals linked to the graph's entities that are the same (proposalLinks.ts). */
const readDraft = async (context: RequestContext, id: string) => {
  const read = (query: Parameters<typeof context.database.read>[0]) => context.database.read(query, { counter: context.queryCounter });
  const [row] = await read(draftById(id));
  if (!row) return null;
  const stored = row.draft as Record<string, unknown>;
  const draft = draftRecord(stored);
  const lookups = proposalLookups(draft.extraction);
  if (stored.status !== 'PENDING' || lookups.length === 0) return draft as unknown as Draft;
  const matches = await read(graphMatchesOfProposals(lookups));
  const links = proposalLinks(
    matches.map((match) => ({ proposal: String(match.proposal), id: String(match.id), byId: match.byId === true })),
  );
  return { ...draft, extraction: withLinks(draft.extraction, links) } as unknown as Draft;
};

export const draftQueryResolvers: Pick<
  QueryResolvers,
  'drafts' | 'draft' | 'checkArticle' | 'extractorAcceptance' | 'duplicateCandidates'
> = {
  drafts: async (_root, { filter, first, after }, context) => {
    const limit = boundedCount(first, PAGE_SIZE, 'first');
    // A cursor of this list holds a draft's time: one from another list must not reach Cypher's datetime().
    const position = after
      ? decodeCursor(after, (candidate) => candidate.key !== null && isIsoDateTimeWithOffset(candidate.key))
      : undefined;
    const read = (query: Parameters<typeof context.database.read>[0]) => context.database.read(query, { counter: context.queryCounter });
    const [rows, [counts]] = await Promise.all([
      read(draftsPage(filter ?? {}, limit + 1, position ? { at: position.key!, id: position.id } : undefined)),
      read(draftCounts(filter ?? {})),
    ]);
    const drafts = rows.map((row) => draftRecord(row.draft as Record<string, unknown>) as unknown as Draft);
    const edges = drafts.slice(0, limit).map((node) => ({ cursor: encodeCursor({ key: node.createdAt, id: node.id }), node }));
    return {
      edges,
      pageInfo: forwardPageInfo(edges, drafts.length > limit),
      counts: { pending: Number(counts?.pending ?? 0), submitted: Number(counts?.submitted ?? 0), rejected: Number(counts?.rejected ?? 0) },
      publishers: (counts?.publishers as string[] | undefined) ?? [],
      provinces: (counts?.provinces as string[] | undefined) ?? [],
    };
  },
  draft: (_root, { id }, context) => readDraft(context, id),
  checkArticle: (_root, { input }, context) => {
    if (!context.writer) throw new Error('checkArticle reached its resolver without a writer');
    return context.writer.checkArticle(input, { counter: context.queryCounter });
  },
  extractorAcceptance: async (_root, { byRule }, context) =>
    (await context.database.read(extractorDecisions(byRule ?? false), { counter: context.queryCounter })).map((row) => {
      const counts = {
        unchanged: Number(row.unchanged),
        edited: Number(row.edited),
        rejected: Number(row.rejected),
        added: Number(row.added),
      };
      return { kind: String(row.kind), rule: (row.rule as string | null) ?? null, ...counts, acceptanceRate: acceptanceRate(counts) };
    }),
  duplicateCandidates: async (_root, { first }, context) =>
    (await context.database.read(duplicateCandidates(boundedCount(first, PAGE_SIZE, 'first')), { counter: context.queryCounter })).map(
      (row) => ({
        people: row.people as NodeRecord[],
        sharedPosts: row.sharedPosts as string[],
        sharedPlaces: row.sharedPlaces as string[],
      }),
    ),
};

export const draftMutationResolvers: Pick<MutationResolvers, 'submitDraft' | 'rejectDraft'> = {
  submitDraft: async (_root, args, context) => {
    checkDraftArgs(args);
    const { version, registry } = await draftRegistry(context.database, context.queryCounter);
    const stored = await storeDraft(
      context.database,
      args,
      // In a worker thread where the service has one, as extractDraft.
      (draftArgs) => (context.drafts ? context.drafts.draft(draftArgs, version, registry) : extractDraft(draftArgs, registry)),
      { counter: context.queryCounter, store: (row) => write(context, (writer, request) => writer.storeDraft(row, request)) },
    );
    return { draft: (await readDraft(context, stored.id))!, created: stored.created };
  },
  rejectDraft: async (_root, { id, reason }, context) =>
    draftRecord(await write(context, (writer, request) => writer.rejectDraft(id, reason, request))) as unknown as Draft,
};
