/**
 * The paginated root lists (people, organizations, events, award presentations, articles): keyset pagination
 * on a stable sort key plus the id, so a page costs the same however deep the client pages, and the total is a
 * separate query run only when a client asks for `totalCount`.
 */
import { foldText } from '../../text/fold.js';
import type { CypherQuery } from '../database.js';
import type { NodeLabel } from './schema.js';

type FilterValue = string | readonly string[] | null | undefined;
export type ListFilter = Readonly<Record<string, FilterValue>>;

interface FilterSpec {
  /** A Cypher predicate on `n` that reads its value from `$<name>`. */
  clause: string;
  /** Turns the user's value into the parameter (e.g. folds a name for matching). */
  param?: (value: string) => string;
}

interface ListSpec {
  label: NodeLabel;
  /** A string expression on `n`; ties are broken by `n.id`. */
  sortKey: string;
  descending: boolean;
  filters: Readonly<Record<string, FilterSpec>>;
}

const ids: FilterSpec = { clause: 'n.id IN $ids' };
const nameContains: FilterSpec = { clause: 'n.nameFolded CONTAINS $nameContains', param: foldText };
/** Dates as sortable strings; '~' sorts after every digit, so undated rows come last. */
const dateKey = "coalesce(toString(n.date), '~')";
const dateFrom: FilterSpec = { clause: 'n.date >= date($dateFrom)' };
const dateTo: FilterSpec = { clause: 'n.date <= date($dateTo)' };

export const LISTS = {
  people: {
    label: 'Person',
    sortKey: 'n.nameFolded',
    descending: false,
    filters: {
      ids,
      nameContains,
      positionId: { clause: 'EXISTS { (n)<-[:HELD_BY]-(:Tenure)-[:OF_POSITION]->(:Position {id: $positionId}) }' },
    },
  },
  organizations: {
    label: 'Organization',
    sortKey: 'n.nameFolded',
    descending: false,
    filters: {
      ids,
      nameContains,
      level: { clause: 'n.level = $level' },
      parentId: { clause: 'EXISTS { (n)-[:PART_OF]->(:Organization {id: $parentId}) }' },
    },
  },
  events: {
    label: 'Event',
    sortKey: dateKey,
    descending: false,
    filters: {
      ids,
      nameContains,
      dateFrom,
      dateTo,
      organizerId: { clause: 'EXISTS { (n)-[:ORGANIZED_BY]->(:Organization {id: $organizerId}) }' },
      participantId: { clause: 'EXISTS { (n)<-[:AT_EVENT]-(:Participation)-[:PARTICIPANT]->(agent) WHERE agent.id = $participantId }' },
    },
  },
  awardPresentations: {
    label: 'AwardPresentation',
    sortKey: dateKey,
    descending: false,
    filters: {
      ids,
      dateFrom,
      dateTo,
      awardId: { clause: 'EXISTS { (n)-[:OF_AWARD]->(:Award {id: $awardId}) }' },
      presenterId: { clause: 'EXISTS { (n)-[:PRESENTED_BY]->(:Person {id: $presenterId}) }' },
      onBehalfOfId: { clause: 'EXISTS { (n)-[:ON_BEHALF_OF]->(agent) WHERE agent.id = $onBehalfOfId }' },
      eventId: { clause: 'EXISTS { (n)-[:AT_EVENT]->(:Event {id: $eventId}) }' },
      recipientId: { clause: 'EXISTS { (n)-[:RECIPIENT]->(agent) WHERE agent.id = $recipientId }' },
    },
  },
  articles: {
    label: 'Article',
    sortKey: "coalesce(toString(n.publishedAt), '')",
    descending: true,
    filters: {},
  },
} as const satisfies Record<string, ListSpec>;

export type ListName = keyof typeof LISTS;

/** Where a page ends: the sort key and id of its last row. Opaque to clients (see src/cursor.ts). */
export interface ListPosition {
  key: string;
  id: string;
}

function whereClause(spec: ListSpec, filter: ListFilter): { predicates: string[]; params: Record<string, unknown> } {
  const predicates: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filter)) {
    const filterSpec = spec.filters[name];
    if (value === null || value === undefined || filterSpec === undefined) continue;
    predicates.push(filterSpec.clause);
    params[name] = typeof value === 'string' && filterSpec.param ? filterSpec.param(value) : value;
  }
  return { predicates, params };
}

/** One page: `limit` rows after `after` (fetch one more than the page to learn whether another follows). */
export function listPageQuery(list: ListName, filter: ListFilter, limit: number, after?: ListPosition): CypherQuery {
  const spec: ListSpec = LISTS[list];
  const { predicates, params } = whereClause(spec, filter);
  const direction = spec.descending ? 'DESC' : 'ASC';
  if (after) {
    const beyond = spec.descending ? '<' : '>';
    predicates.push(`(${spec.sortKey} ${beyond} $afterKey OR (${spec.sortKey} = $afterKey AND n.id ${beyond} $afterId))`);
    params.afterKey = after.key;
    params.afterId = after.id;
  }
  return {
    cypher: `MATCH (n:${spec.label})
${predicates.length > 0 ? `WHERE ${predicates.join('\n  AND ')}` : ''}
WITH n, ${spec.sortKey} AS sortKey
ORDER BY sortKey ${direction}, n.id ${direction}
LIMIT toInteger($limit)
RETURN n AS node, sortKey`,
    params: { ...params, limit },
  };
}

export function listCountQuery(list: ListName, filter: ListFilter): CypherQuery {
  const spec: ListSpec = LISTS[list];
  const { predicates, params } = whereClause(spec, filter);
  return {
    cypher: `MATCH (n:${spec.label})
${predicates.length > 0 ? `WHERE ${predicates.join('\n  AND ')}` : ''}
RETURN count(n) AS total`,
    params,
  };
}
