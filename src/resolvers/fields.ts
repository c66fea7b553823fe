/**
 * The resolver of every relation field (see relationFields.ts): its items come prefetched with the parent when
 * the query planner (lookahead.ts) nested them in the parent's query, and from the field's batched loader
 * otherwise. Either way they are the same items (nodes, with the quote of a provenance relationship), shaped
 * here into the field's value.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { PREFETCHED_PREFIX } from '../db/cypher/projection.js';
import type { RequestContext } from '../context.js';
import { RECORD_KEYS, type NodeRecord } from '../graph.js';
import type { RelatedItem } from '../loaders/index.js';
import { relationFilter, type RelationField } from './relationFields.js';

function fieldValue(field: RelationField, parent: NodeRecord, items: RelatedItem[]): unknown {
  if (field.wrapper) return items.map((item) => ({ [field.wrapper!]: item, quote: String(item[RECORD_KEYS.quote]) }));
  if (field.cardinality === 'many') return items;
  const node = items[0] ?? null;
  if (!node && field.cardinality === 'exactlyOne') {
    throw new Error(`graph integrity: ${parent.id} has no ${field.relation} (each must have one)`);
  }
  return node;
}

/** Items the planner fetched with the parent for this response key (a list, or one item or null), if it did. */
function prefetchedItems(parent: NodeRecord, responseKey: string | number): RelatedItem[] | undefined {
  const prefetched = parent[`${PREFETCHED_PREFIX}${responseKey}`] as RelatedItem[] | RelatedItem | null | undefined;
  if (prefetched === undefined || Array.isArray(prefetched)) return prefetched;
  return prefetched === null ? [] : [prefetched];
}

export function relationResolver(field: RelationField) {
  // Prefetched items are answered synchronously: no promise per field, which on a large answer is most of
  // GraphQL's work.
  return (parent: NodeRecord, args: { on?: unknown }, { loaders }: RequestContext, info: GraphQLResolveInfo): unknown => {
    const prefetched = prefetchedItems(parent, info.path.key);
    if (prefetched) return fieldValue(field, parent, prefetched);
    return loaders
      .related(field.relation, relationFilter(field, args))
      .load(parent.id)
      .then((items) => fieldValue(field, parent, items));
  };
}

/** A list property that may be absent on a node, read as an empty list. */
export function listProperty<Item>(name: string): (parent: NodeRecord) => Item[] {
  return (parent) => (Array.isArray(parent[name]) ? (parent[name] as Item[]) : []);
}
