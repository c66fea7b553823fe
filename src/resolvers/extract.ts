/**
 * `extractDraft`: the extractor (src/extract) behind the API, so that a client can show a draft for review, linked
 * to the registry the graph holds (src/review/draftRegistry.ts). It writes nothing.
 */
import { checkDraftArgs, extractDraft } from '../extract/answer.js';
import type { QueryResolvers } from '../generated/graphql.js';
import { draftRegistry } from '../review/draftRegistry.js';

export const extractResolvers: Pick<QueryResolvers, 'extractDraft'> = {
  extractDraft: async (_parent, args, context) => {
    checkDraftArgs(args);
    const { version, registry } = await draftRegistry(context.database, context.queryCounter);
    // In a worker thread where the service has one (the main thread keeps serving reads meanwhile).
    return context.drafts ? context.drafts.draft(args, version, registry) : extractDraft(args, registry);
  },
};
