/**
 * Every GraphQL field that follows a relation, from the model (the @relation directives of schema.graphql): which
 * relation it follows, how many nodes it gives, and how its value wraps them. The field resolvers (fields.ts) and
 * the query planner (lookahead.ts) both read this one table, so that a field is fetched the same way whether it
 * comes nested in its parent's query or through its batched loader.
 */
import type { RelationFilter, RelationRef } from '../db/cypher/relations.js';
import { MODEL, type NodeLabel } from '../model/index.js';

export interface RelationField {
  relation: RelationRef;
  /** `exactlyOne`: the schema declares the field non-null, so a missing node is a broken graph. */
  cardinality: 'many' | 'one' | 'exactlyOne';
  /**
   * The field of the value's type that holds the node, for values that carry the relationship's quote
   * (SourceRef.article, Statement.node); the value is the node itself when absent.
   */
  wrapper?: string;
  /** The field takes `on: Date` and then gives only the tenures held on that date. */
  filteredByDate: boolean;
}

export const RELATION_FIELDS: Readonly<Record<NodeLabel, Readonly<Record<string, RelationField>>>> = Object.fromEntries(
  [...MODEL.nodes.values()].map((node) => [
    node.label,
    Object.fromEntries(
      node.relations.map((relation) => [
        relation.field,
        {
          relation: relation.coordinate,
          cardinality: relation.many ? 'many' : relation.required ? 'exactlyOne' : 'one',
          wrapper: relation.wrapper,
          filteredByDate: relation.onDate,
        } satisfies RelationField,
      ]),
    ),
  ]),
);

/** The relation filter a field's arguments ask for. */
export function relationFilter(field: RelationField, args: { on?: unknown; includePossible?: unknown }): RelationFilter {
  if (!field.filteredByDate || typeof args.on !== 'string') return {};
  return { on: args.on, ...(args.includePossible === false ? { certainOnly: true } : {}) };
}
