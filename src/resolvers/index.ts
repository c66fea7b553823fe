/** All resolvers, assembled for Apollo Server. */
import type { Resolvers } from '../generated/graphql.js';
import { aggregationResolvers } from './aggregations.js';
import { changeResolvers, changesQueryResolvers } from './changes.js';
import { draftMutationResolvers, draftQueryResolvers } from './drafts.js';
import { entityResolvers } from './entities.js';
import { extractResolvers } from './extract.js';
import { mutationResolvers, writeQueryResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { scalarResolvers } from './scalars.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...entityResolvers,
  ...changeResolvers,
  Query: {
    ...queryResolvers,
    ...aggregationResolvers,
    ...extractResolvers,
    ...writeQueryResolvers,
    ...changesQueryResolvers,
    ...draftQueryResolvers,
  },
  Mutation: { ...mutationResolvers, ...draftMutationResolvers },
};
