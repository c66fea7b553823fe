/**
 * Field resolvers built from the relation table (src/db/cypher/relations.ts): every relation field is one of
 * these, so that each goes through its batched loader and none writes its own query.
 */
import type { RelationName } from '../db/cypher/relations.js';
import type { NodeLabel } from '../db/cypher/schema.js';
import type { RequestContext } from '../context.js';
import type { NodeRecord, SourceRefRecord } from '../graph.js';

type FieldResolver<Result, Args = Record<string, unknown>> = (parent: NodeRecord, args: Args, context: RequestContext) => Promise<Result>;

/** A list relation, e.g. Event.organizers. */
export function many(relation: RelationName): FieldResolver<NodeRecord[]> {
  return async (parent, _args, { loaders }) => (await loaders.related(relation).load(parent.id)).map((item) => item.node);
}

/** A single relation, e.g. Tenure.person: the first related node, or null. */
export function one(relation: RelationName): FieldResolver<NodeRecord | null> {
  return async (parent, _args, { loaders }) => (await loaders.related(relation).load(parent.id))[0]?.node ?? null;
}

/** A relation the schema declares non-null, e.g. Tenure.person: a missing node is a broken graph, not an answer. */
export function exactlyOne(relation: RelationName): FieldResolver<NodeRecord> {
  const first = one(relation);
  return async (parent, args, context) => {
    const node = await first(parent, args, context);
    if (!node) throw new Error(`graph integrity: ${parent.id} has no ${relation} (each must have one)`);
    return node;
  };
}

/** Tenures of a person or holders of a position, optionally only those held on a date. */
export function tenuresOn(relation: 'personTenures' | 'positionHolders'): FieldResolver<NodeRecord[], { on?: string | null }> {
  return async (parent, { on }, { loaders }) =>
    (await loaders.related(relation, on ? { on } : {}).load(parent.id)).map((item) => item.node);
}

/** `sources` of a node: each article that states it, with the verbatim quote. */
export function sources(label: NodeLabel): FieldResolver<SourceRefRecord[]> {
  return async (parent, _args, { loaders }) =>
    (await loaders.sources(label).load(parent.id)).map((item) => ({ article: item.node, quote: String(item.rel.quote) }));
}

/** A list property that may be absent on a node, read as an empty list. */
export function listProperty<Item>(name: string): (parent: NodeRecord) => Item[] {
  return (parent) => (Array.isArray(parent[name]) ? (parent[name] as Item[]) : []);
}
