/** The service's executable schema, for unit tests that plan, measure or execute operations without a server. */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { resolvers } from '../../src/resolvers/index.js';

export const schema = makeExecutableSchema({ typeDefs: readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'), resolvers });
