/** All resolvers, assembled for Apollo Server. */
import type { Resolvers } from '../generated/graphql.js';
import { entityResolvers } from './entities.js';
import { queryResolvers } from './query.js';
import { scalarResolvers } from './scalars.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...entityResolvers,
  Query: queryResolvers,
  PersonConnection: { totalCount: (connection) => connection.totalCount() },
  OrganizationConnection: { totalCount: (connection) => connection.totalCount() },
  EventConnection: { totalCount: (connection) => connection.totalCount() },
  AwardPresentationConnection: { totalCount: (connection) => connection.totalCount() },
  ArticleConnection: { totalCount: (connection) => connection.totalCount() },
};
