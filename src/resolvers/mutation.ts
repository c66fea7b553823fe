/**
 * The write API's entry points: who may call each is checked before they run (`@requiresRole`, src/plugins/
 * authorization.ts); the transactions are src/write/writer.ts's. The audit trail and judgements are read here too.
 */
import { decodeCursor, encodeCursor, forwardPageInfo } from '../cursor.js';
import { isIsoDateTimeWithOffset } from '../text/isoDate.js';
import type { RequestContext } from '../context.js';
import type { AuditEntry, Judgement, MutationResolvers, QueryResolvers } from '../generated/graphql.js';
import type { NodeRecord } from '../graph.js';
import { boundedCount, PAGE_SIZE } from '../limits.js';
import { readAuditTrail, readJudgements, type WriteRequest, type Writer } from '../write/writer.js';

/** Runs a write with the writer and the caller's key; the authorization plugin has made sure of a key of the right role. */
export function write<T>(context: RequestContext, act: (writer: Writer, request: WriteRequest) => Promise<T>): Promise<T> {
  if (!context.writer || !context.caller.key) throw new Error('a write reached its resolver without a writer or a key');
  return act(context.writer, {
    key: context.caller.key,
    requestId: context.requestId,
    counter: context.queryCounter,
    deadline: context.deadline,
  });
}

/** The article as the graph has it now, for the payload's `article`. */
async function articleNode(context: RequestContext, id: string): Promise<NodeRecord> {
  const node = await context.loaders.node.load(id);
  if (!node) throw new Error(`the article ${id} just written is not in the graph`);
  return node;
}

export const mutationResolvers: MutationResolvers = {
  submitArticle: async (_root, { input }, context) => {
    const result = await write(context, (writer, request) => writer.submitArticle(input, request));
    return { ...result, article: await articleNode(context, result.articleId) };
  },
  retractArticle: (_root, { id, reason }, context) => write(context, (writer, request) => writer.retractArticle(id, reason, request)),
  rankClaim: (_root, { claimId, rank, reason }, context) =>
    write(context, (writer, request) => writer.rankClaim(claimId, rank, reason, request)) as Promise<Judgement>,
  mergeEntities: (_root, { keepId, mergeId, reason }, context) =>
    write(context, (writer, request) => writer.mergeEntities(keepId, mergeId, reason, request)) as Promise<Judgement>,
  markDistinct: (_root, { id, otherId, reason }, context) =>
    write(context, (writer, request) => writer.markDistinct(id, otherId, reason, request)) as Promise<Judgement>,
  undoJudgement: (_root, { id, reason }, context) =>
    write(context, (writer, request) => writer.undoJudgement(id, reason, request)) as Promise<Judgement>,
};

export const writeQueryResolvers: Pick<QueryResolvers, 'auditTrail' | 'judgements'> = {
  auditTrail: async (_root, { articleId, first, after }, context) => {
    const limit = boundedCount(first, PAGE_SIZE, 'first');
    // A cursor of this list holds an entry's time: one from another list must not reach Cypher's datetime().
    const position = after
      ? decodeCursor(after, (candidate) => candidate.key !== null && isIsoDateTimeWithOffset(candidate.key))
      : undefined;
    const entries = (await readAuditTrail(
      context.database,
      {
        articleId: articleId ?? null,
        limit: limit + 1,
        after: position ? { at: position.key!, id: position.id } : undefined,
      },
      context.queryCounter,
    )) as unknown as AuditEntry[];
    const edges = entries.slice(0, limit).map((entry) => ({ cursor: encodeCursor({ key: entry.at, id: entry.id }), node: entry }));
    return { edges, pageInfo: forwardPageInfo(edges, entries.length > limit) };
  },
  judgements: async (_root, { aboutId }, context) => (await readJudgements(context.database, aboutId, context.queryCounter)) as Judgement[],
};
