/**
 * A GraphQL operation in, the Cypher the service would send out, without a database: in the manner of
 * @neo4j/graphql's translation tests. The operation runs on the service's schema and resolvers with a database
 * that records each query and answers no rows, so what is checked is exactly what the resolvers and the planner
 * built. Whether Neo4j answers that Cypher rightly is for the integration tests.
 */
import { execute, parse, type ExecutionResult } from 'graphql';
import { createRequestContext } from '../../src/context.js';
import type { CypherQuery, Database } from '../../src/db/database.js';
import { schema } from './schema.js';

export interface Translation {
  queries: CypherQuery[];
  result: ExecutionResult;
}

export async function translate(source: string, variableValues: Record<string, unknown> = {}): Promise<Translation> {
  const queries: CypherQuery[] = [];
  const recording = {
    async read(query: CypherQuery) {
      queries.push(query);
      return [];
    },
  } as unknown as Database;
  const result = await execute({
    schema,
    document: parse(source),
    variableValues,
    contextValue: createRequestContext(recording, 'translate'),
  });
  return { queries, result };
}
