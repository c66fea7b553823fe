/**
 * The paginated root lists (people, organizations, events, award presentations, roles, tenures, articles): keyset pagination
 * on a sort property plus the id, so a page costs the same however deep the client pages, and the total is
 * counted (in the same query) only when a client asks for `totalCount`.
 *
 * Filters on a related node (an award, an organizer…) are MATCH patterns anchored on that node's id, so the
 * query starts from it through the id index rather than testing every node of the list's label; sorting on the
 * indexed property itself lets Neo4j read a page in index order and stop at the limit.
 */
import { foldText } from '../../text/fold.js';
import { isIsoDate } from '../../text/isoDate.js';
import type { CypherQuery } from '../database.js';
import { labelOfId } from '../../model/index.js';
import { nodeRecord } from './nodes.js';
import type { TargetRenderer } from './relations.js';
import type { NodeLabel } from './schema.js';

type FilterValue = string | readonly string[] | null | undefined;
export type ListFilter = Readonly<Record<string, FilterValue>>;

interface FilterSpec {
  /** A predicate on `n` that reads its value from `$<name>`. */
  clause?: string;
  /**
   * A pattern from `n` to the node whose id is the value (in `$<name>`), given the label that id belongs to;
   * undefined means no node can have that id.
   */
  anchor?: (label: NodeLabel) => string;
  /** Turns the user's value into the parameter (e.g. folds a name for matching). */
  param?: (value: string) => string;
}

type SortKind = 'string' | 'date';

interface ListSpec {
  label: NodeLabel;
  /** The property the list is ordered by (then by id); an indexed one. */
  sortProperty: string;
  sortKind: SortKind;
  /** Whether every node has the sort property, which lets the planner read the list in index order. */
  sortPropertyAlwaysSet: boolean;
  descending: boolean;
  filters: Readonly<Record<string, FilterSpec>>;
}

const ids: FilterSpec = { clause: 'n.id IN $ids' };
const nameContains: FilterSpec = { clause: 'n.nameFolded CONTAINS $nameContains', param: foldText };
const dateFrom: FilterSpec = { clause: 'n.date >= date($dateFrom)' };
const dateTo: FilterSpec = { clause: 'n.date <= date($dateTo)' };
/** A related node of a fixed label, e.g. the award of a presentation. */
const related = (pattern: string, param: string): FilterSpec => ({ anchor: (label) => `(n)${pattern}(:${label} {id: $${param}})` });

/** Ordered by folded name, which every person and organization has. */
const BY_NAME = { sortProperty: 'nameFolded', sortKind: 'string', sortPropertyAlwaysSet: true, descending: false } as const;
/** Ordered by date, oldest first; undated nodes come last. */
const BY_DATE = { sortProperty: 'date', sortKind: 'date', sortPropertyAlwaysSet: false, descending: false } as const;

export const LISTS = {
  people: {
    label: 'Person',
    ...BY_NAME,
    filters: {
      ids,
      nameContains,
      positionId: related('<-[:HELD_BY]-(:Tenure)-[:OF_POSITION]->', 'positionId'),
    },
  },
  organizations: {
    label: 'Organization',
    ...BY_NAME,
    filters: {
      ids,
      nameContains,
      level: { clause: 'n.level = $level' },
      parentId: related('-[:PART_OF]->', 'parentId'),
    },
  },
  events: {
    label: 'Event',
    ...BY_DATE,
    filters: {
      ids,
      nameContains,
      dateFrom,
      dateTo,
      organizerId: related('-[:ORGANIZED_BY]->', 'organizerId'),
      participantId: related('<-[:AT_EVENT]-(:Participation)-[:PARTICIPANT]->', 'participantId'),
    },
  },
  awardPresentations: {
    label: 'AwardPresentation',
    ...BY_DATE,
    filters: {
      ids,
      dateFrom,
      dateTo,
      awardId: related('-[:OF_AWARD]->', 'awardId'),
      presenterId: related('-[:PRESENTED_BY]->', 'presenterId'),
      onBehalfOfId: related('-[:ON_BEHALF_OF]->', 'onBehalfOfId'),
      eventId: related('-[:AT_EVENT]->', 'eventId'),
      recipientId: related('-[:RECIPIENT]->', 'recipientId'),
    },
  },
  roles: {
    label: 'Role',
    ...BY_NAME,
    filters: { ids, nameContains, level: { clause: 'n.level = $level' } },
  },
  tenures: {
    label: 'Tenure',
    sortProperty: 'possibleFrom',
    sortKind: 'date',
    sortPropertyAlwaysSet: false,
    descending: false,
    filters: {
      ids,
      roleId: related('-[:OF_POSITION]->(:Position)-[:OF_ROLE]->', 'roleId'),
      positionId: related('-[:OF_POSITION]->', 'positionId'),
      personId: related('-[:HELD_BY]->', 'personId'),
      placeId: related('-[:OF_POSITION]->(:Position)-[:IN_ORGANIZATION]->(:Organization)-[:JURISDICTION]->', 'placeId'),
      from: { clause: 'n.possibleTo >= date($from)' },
      to: { clause: 'n.possibleFrom <= date($to)' },
    },
  },
  articles: {
    label: 'Article',
    sortProperty: 'publishedOn',
    sortKind: 'date',
    sortPropertyAlwaysSet: false,
    descending: true,
    filters: {},
  },
} as const satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LISTS;

/** Where a page ends: the sort value (null for nodes without one) and id of its last row. */
export interface ListPosition {
  key: string | null;
  id: string;
}

/** Whether a position (from a client's cursor) fits the list: a forged sort value must not reach Cypher's date(). */
export function isValidPosition(list: ListName, position: ListPosition): boolean {
  const kind: SortKind = LISTS[list].sortKind;
  if (position.key === null) return true;
  return kind === 'date' ? isIsoDate(position.key) : true;
}

const typedKey: Record<SortKind, string> = { string: '$afterKey', date: 'date($afterKey)' };

/**
 * Rows after `after` in the list's order: by the sort property (nulls last when ascending, first when
 * descending, as Cypher orders them), then by id.
 */
function afterPredicate(spec: ListSpec, after: ListPosition): string {
  const property = `n.${spec.sortProperty}`;
  const beyond = spec.descending ? '<' : '>';
  if (after.key === null) {
    return spec.descending ? `(${property} IS NOT NULL OR n.id < $afterId)` : `(${property} IS NULL AND n.id > $afterId)`;
  }
  const key = typedKey[spec.sortKind];
  const sameOrBeyond = `${property} ${beyond} ${key} OR (${property} = ${key} AND n.id ${beyond} $afterId)`;
  return spec.descending ? `(${sameOrBeyond})` : `(${sameOrBeyond} OR ${property} IS NULL)`;
}

interface MatchParts {
  clauses: string;
  params: Record<string, unknown>;
}

/** MATCH and WHERE for a filter; `undefined` when an id in it names no possible node (the list is empty). */
function matchParts(spec: ListSpec, filter: ListFilter, extraPredicates: string[] = []): MatchParts | undefined {
  const patterns: string[] = [];
  const predicates: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filter)) {
    const filterSpec = spec.filters[name];
    if (value === null || value === undefined || filterSpec === undefined) continue;
    if (filterSpec.anchor) {
      const label = typeof value === 'string' ? labelOfId(value) : undefined;
      if (!label) return undefined;
      patterns.push(filterSpec.anchor(label));
    } else if (filterSpec.clause) {
      predicates.push(filterSpec.clause);
    }
    params[name] = typeof value === 'string' && filterSpec.param ? filterSpec.param(value) : value;
  }
  predicates.push(...extraPredicates);
  const clauses = [
    `MATCH (n:${spec.label})`,
    ...patterns.map((pattern) => `MATCH ${pattern}`),
    ...(predicates.length > 0 ? [`WHERE ${predicates.join('\n  AND ')}`] : []),
    // An anchor pattern can reach the same node twice (two participations of one person at one event).
    ...(patterns.length > 0 ? ['WITH DISTINCT n'] : []),
  ].join('\n');
  return { clauses, params };
}

export interface PageOptions {
  /** Rows after this position (from a client's cursor). */
  after?: ListPosition;
  /** Renders the page's nodes (see projection.ts); with all their properties by default. */
  renderNode?: TargetRenderer;
  /** Count every node the filter matches, in the same query. */
  withTotal?: boolean;
}

/**
 * One page: a row per node, `{node, sortKey}`, for up to `limit` nodes after `after` (fetch one more than the
 * page to learn whether another follows), and with `withTotal` the count of the whole list in a `total` column.
 * Rows rather than one collected list, because the driver decodes one large record several times slower than
 * the same data in many small ones (measured: 150 against 79 ms of CPU for the relation benchmark's page).
 * With a total, an empty page is one row whose `node` is null, so that the count still comes back (a client
 * may page past the end).
 */
export function listPageQuery(list: ListName, filter: ListFilter, limit: number, options: PageOptions = {}): CypherQuery {
  const { after, withTotal = false } = options;
  const node = options.renderNode ? options.renderNode('n', []) : { expression: nodeRecord('n'), params: {} };
  const spec: ListSpec = LISTS[list];
  const property = `n.${spec.sortProperty}`;
  const extra: string[] = [];
  // A predicate on the sort property lets the planner use its index for the order (and so stop at the limit).
  if (spec.sortPropertyAlwaysSet) extra.push(`${property} IS NOT NULL`);
  const params: Record<string, unknown> = { limit };
  if (after) {
    extra.push(afterPredicate(spec, after));
    params.afterKey = after.key;
    params.afterId = after.id;
  }
  const parts = matchParts(spec, filter, extra);
  const countParts = withTotal ? matchParts(spec, filter) : undefined;
  if (!parts) return { cypher: 'RETURN null AS node, null AS sortKey, 0 AS total', params: {} };
  const direction = spec.descending ? 'DESC' : 'ASC';
  const order = `ORDER BY ${property} ${direction}, n.id ${direction}`;
  // Ordered twice: to pick the page (before the nested relations are fetched for it alone), and in the final
  // RETURN, since Cypher promises an order only there; the second sorts only the page.
  const page = `${parts.clauses}
WITH n ${order}
LIMIT toInteger($limit)`;
  const rows = countParts
    ? `${page}
WITH collect(n) AS nodes
CALL {
${countParts.clauses}
RETURN count(n) AS total
}
UNWIND CASE size(nodes) WHEN 0 THEN [null] ELSE nodes END AS n
RETURN ${node.expression} AS node, ${property} AS sortKey, total
${order}`
    : `${page}
RETURN ${node.expression} AS node, ${property} AS sortKey
${order}`;
  return {
    cypher: rows,
    params: { ...node.params, ...parts.params, ...params },
  };
}
