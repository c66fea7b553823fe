/**
 * The entity types: every relation field is built from the table in relationFields.ts, and every entity and
 * fact exposes its `sources`. Scalar fields are the node's properties as they are.
 */
import type { Resolvers } from '../generated/graphql.js';
import { agentLabelOf, labelOf } from '../graph.js';
import { listProperty, relationResolver } from './fields.js';
import { RELATION_FIELDS } from './relationFields.js';

const relationResolvers = Object.fromEntries(
  Object.entries(RELATION_FIELDS).map(([typeName, fields]) => [
    typeName,
    Object.fromEntries(Object.entries(fields).map(([fieldName, field]) => [fieldName, relationResolver(field)])),
  ]),
);

export const entityResolvers: Resolvers = {
  // The table's resolvers give what the generated types expect (nodes, SourceRef and Statement records); the
  // integration tests check every field against the schema.
  ...(relationResolvers as Resolvers),
  Node: { __resolveType: labelOf },
  Agent: { __resolveType: agentLabelOf },
  Person: { ...relationResolvers.Person, aliases: listProperty<string>('aliases') },
};
