/**
 * Per-request loaders: every relation field that the query planner (src/resolvers/lookahead.ts) did not
 * fetch with its parent asks its loader, which gathers the parents' ids of one tick into one query. A GraphQL query therefore costs a number of Neo4j round trips bounded by its depth and the
 * number of distinct fields, never by the number of results. Loaders live for one request only, so nothing
 * is cached across requests (any number of API copies can serve behind a load balancer).
 */
import DataLoader from 'dataloader';
import type { Database, QueryCounter, Row } from '../db/database.js';
import { nodesByIdQuery } from '../db/cypher/nodes.js';
import { relatedNodesQuery, type RelationFilter, type RelationRef } from '../db/cypher/relations.js';
import type { CypherQuery } from '../db/database.js';
import type { NodeRecord } from '../graph.js';

/** A related node; where the relationship that leads to it carries a quote (STATED_IN), that quote too. */
export type RelatedItem = NodeRecord;

export interface Loaders {
  node: DataLoader<string, NodeRecord | null>;
  /** One relation (or the sources of one label) of many parents, with a filter, per request. */
  related(relation: RelationRef, filter?: RelationFilter): DataLoader<string, RelatedItem[]>;
}

/** Runs a batch query whose rows are `{sourceId, items}` and orders the answers as DataLoader needs. */
function groupedLoader(database: Database, counter: QueryCounter, build: (ids: readonly string[]) => CypherQuery) {
  return new DataLoader<string, RelatedItem[]>(async (ids) => {
    const rows = await database.read(build(ids), { counter });
    const itemsById = new Map(rows.map((row: Row) => [row.sourceId as string, row.items as RelatedItem[]]));
    return ids.map((id) => itemsById.get(id) ?? []);
  });
}

export function createLoaders(database: Database, counter: QueryCounter): Loaders {
  const cache = new Map<string, DataLoader<string, RelatedItem[]>>();
  const memo = (key: string, build: (ids: readonly string[]) => CypherQuery) => {
    let loader = cache.get(key);
    if (!loader) {
      loader = groupedLoader(database, counter, build);
      cache.set(key, loader);
    }
    return loader;
  };

  return {
    node: new DataLoader<string, NodeRecord | null>(async (ids) => {
      const rows = await database.read(nodesByIdQuery(ids), { counter });
      const byId = new Map(rows.map((row) => [(row.node as NodeRecord).id, row.node as NodeRecord]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    related: (relation, filter = {}) => memo(`${relation}|${filter.on ?? ''}`, (ids) => relatedNodesQuery(relation, ids, filter)),
  };
}
