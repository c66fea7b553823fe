/**
 * Registry entities as writes see them: which the graph holds (what a submission may name), which an editor merged
 * into which (what references are read as), hiding a merged entity from every read and showing it again, the
 * declarations their relationships are derived from, and removing those no article states any more.
 */
import type { CypherQuery } from '../database.js';
import { labelsOfKind, nodeSpec, type NodeLabel } from '../../model/index.js';

/** The label an entity merged into another carries instead of its own, so that no read finds it. */
export const MERGED_LABEL = 'MergedEntity';

/**
 * The registry entities in the graph (label, id, name) that a submission may name without declaring them: those
 * with the given ids and the people with the given folded names (its namesakes), one index seek per label; or,
 * without `among`, every one (for the nearest ids when a reference is unknown).
 */
export function knownEntities(among?: { ids: readonly string[]; foldedNames: readonly string[] }): CypherQuery {
  const parts = labelsOfKind('registry').map((label) => {
    const where = among === undefined ? '' : label === 'Person' ? ' WHERE n.id IN $ids OR n.nameFolded IN $names' : ' WHERE n.id IN $ids';
    return `MATCH (n:${label})${where} RETURN '${label}' AS label, n.id AS id, n.${nodeSpec(label).nameProperty ?? 'id'} AS name, null AS mergedInto`;
  });
  // Merged entities too, so that a submission naming one is told which entity it is read as.
  const merged = `MATCH (n:${MERGED_LABEL})${among === undefined ? '' : ' WHERE n.id IN $ids'} RETURN n.mergedLabel AS label, n.id AS id, null AS name, n.mergedInto AS mergedInto`;
  return { cypher: [...parts, merged].join('\nUNION ALL\n'), params: { ids: among?.ids ?? [], names: among?.foldedNames ?? [] } };
}

/** The events in the graph with the given ids, or every one: statements name them as they name entities. */
export function knownEvents(ids?: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (event:Event)${ids === undefined ? '' : ' WHERE event.id IN $ids'} RETURN event.id AS id`,
    params: { ids: ids ?? [] },
  };
}

/** The entities among `ids` that are merged into another, with the one each was merged into. */
export function mergesOf(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${MERGED_LABEL}) WHERE n.id IN $ids RETURN n.id AS id, n.mergedInto AS mergedInto ORDER BY id`,
    params: { ids },
  };
}

/** The entities merged into any of `ids`: what an undone merge leaves read as another entity than before. */
export function mergedIntoAny(ids: readonly string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${MERGED_LABEL}) WHERE n.mergedInto IN $ids RETURN n.id AS id, n.mergedInto AS mergedInto ORDER BY id`,
    params: { ids },
  };
}

/** Hides an entity merged into another from every read (reads match by label), recording its label and that one. */
export function hideEntity(id: string, label: NodeLabel, mergedInto: string): CypherQuery {
  return {
    cypher: `MATCH (n:${nodeSpec(label).label} {id: $id}) REMOVE n:${nodeSpec(label).label} SET n:${MERGED_LABEL}, n.mergedLabel = $label, n.mergedInto = $mergedInto
RETURN n.id AS id`,
    params: { id, label, mergedInto },
    // Hidden from every read: gone, as far as a reader can tell.
    changes: { removed: [id] },
  };
}

/** Shows a merged entity again under its own label: its merge was undone. */
export function showEntity(id: string, label: NodeLabel): CypherQuery {
  return {
    cypher: `MATCH (n:${MERGED_LABEL} {id: $id}) REMOVE n:${MERGED_LABEL} SET n:${nodeSpec(label).label}, n.mergedLabel = null, n.mergedInto = null
RETURN n.id AS id`,
    params: { id },
    // Shown again: a reader finds it anew.
    changes: { created: [id] },
  };
}

/** Sets the properties of merged entities that a load declares again: kept for when their merge is undone. */
export function updateHiddenEntities(rows: readonly { id: string; props: Record<string, unknown> }[]): CypherQuery {
  return { cypher: `UNWIND $rows AS row MATCH (n:${MERGED_LABEL} {id: row.id}) SET n += row.props`, params: { rows } };
}

/** Entities' declarations (their registry entries as JSON), whichever label they carry now, merged ones included. */
export function entityDeclarations(ids: readonly string[]): CypherQuery {
  const parts = [...labelsOfKind('registry'), MERGED_LABEL].map(
    (label) =>
      `MATCH (n:${label}) WHERE n.id IN $ids RETURN n.id AS id, coalesce(n.mergedLabel, '${label}') AS label, n.declaration AS declaration, n:${MERGED_LABEL} AS hidden`,
  );
  return { cypher: parts.join('\nUNION ALL\n'), params: { ids } };
}

/** The registry entities with a registry relationship (an organization, a parent…) to any of `ids`. */
export function entitiesReferring(ids: readonly string[]): CypherQuery {
  const registry = labelsOfKind('registry');
  const parts = registry.map(
    (label) => `MATCH (target:${label}) WHERE target.id IN $ids
MATCH (entity)-[]->(target) WHERE any(l IN labels(entity) WHERE l IN $registry)
RETURN DISTINCT entity.id AS id`,
  );
  return { cypher: parts.join('\nUNION\n'), params: { ids, registry } };
}

/**
 * Deletes registry entities that no article states any more and nothing in the graph refers to: an entity a kept
 * one needs (the place an organization governs) stays, as a load of the same articles would write it.
 */
export function deleteUnsourcedEntities(labels: readonly NodeLabel[]): CypherQuery {
  return {
    cypher: `OPTIONAL MATCH (n:${labels.map((label) => nodeSpec(label).label).join('|')}) WHERE NOT (n)-[:STATED_IN]->(:Article) AND NOT ()-->(n)
WITH collect(n) AS nodes, collect(n.id) AS ids
FOREACH (n IN nodes | DETACH DELETE n)
RETURN size(ids) AS deleted, ids`,
    params: {},
    changes: { removedColumn: 'ids' },
  };
}
