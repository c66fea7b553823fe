/** The entry points of every query. Arguments are checked here; Cypher is built in src/db/cypher/. */
import { isValidPosition, listCountQuery, listPageQuery, type ListFilter, type ListName } from '../db/cypher/lists.js';
import { labelOfId } from '../db/cypher/nodes.js';
import { shortestPathQuery } from '../db/cypher/path.js';
import type { SearchableLabel } from '../db/cypher/schema.js';
import { luceneQuery, searchQuery } from '../db/cypher/search.js';
import type { RequestContext } from '../context.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { BadUserInputError } from '../errors.js';
import type { EntityType, QueryResolvers } from '../generated/graphql.js';
import type { ConnectionRecord, NodeRecord } from '../graph.js';
import { boundedCount, MAX_SEARCH_TEXT_LENGTH, PAGE_SIZE, PATH_HOPS, SEARCH_SIZE } from '../limits.js';

const SEARCH_LABELS: Record<EntityType, SearchableLabel> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  POSITION: 'Position',
  PLACE: 'Place',
  EVENT: 'Event',
  AWARD: 'Award',
};

interface PageArgs {
  where?: ListFilter | null;
  first?: number | null;
  after?: string | null;
}

/** A page of a root list; the count query is built now but sent only if `totalCount` is resolved. */
async function listConnection(list: ListName, args: PageArgs, context: RequestContext): Promise<ConnectionRecord> {
  const first = boundedCount(args.first, PAGE_SIZE, 'first');
  const after = args.after ? decodeCursor(args.after, (position) => isValidPosition(list, position)) : undefined;
  const filter = args.where ?? {};
  const rows = await context.database.read(listPageQuery(list, filter, first + 1, after), { counter: context.queryCounter });
  const page = rows.slice(0, first);
  const edges = page.map((row) => {
    const node = row.node as NodeRecord;
    return { cursor: encodeCursor({ key: row.sortKey === null ? null : String(row.sortKey), id: node.id }), node };
  });
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: async () => Number((await context.database.read(listCountQuery(list, filter), { counter: context.queryCounter }))[0]?.total ?? 0),
  };
}

export const queryResolvers: QueryResolvers = {
  node: (_root, { id }, { loaders }) => loaders.node.load(id),

  search: async (_root, { text, types, first }, context) => {
    const limit = boundedCount(first, SEARCH_SIZE, 'first');
    if (text.length > MAX_SEARCH_TEXT_LENGTH) {
      throw new BadUserInputError(`\`text\` is too long: at most ${MAX_SEARCH_TEXT_LENGTH} characters.`, 'text');
    }
    const lucene = luceneQuery(text);
    if (lucene === undefined || limit === 0) return [];
    const labels = (types && types.length > 0 ? types : (Object.keys(SEARCH_LABELS) as EntityType[])).map((type) => SEARCH_LABELS[type]);
    const rows = await context.database.read(searchQuery(lucene, labels, limit), { counter: context.queryCounter });
    return rows.map((row) => ({ score: Number(row.score), node: row.node as NodeRecord }));
  },

  people: (_root, args, context) => listConnection('people', args, context),
  organizations: (_root, args, context) => listConnection('organizations', args, context),
  events: (_root, args, context) => listConnection('events', args, context),
  awardPresentations: (_root, args, context) => listConnection('awardPresentations', args, context),
  articles: (_root, args, context) => listConnection('articles', args, context),

  officeHolders: async (_root, { positionId, on }, { loaders }) => {
    if (labelOfId(positionId) !== 'Position') {
      throw new BadUserInputError('`positionId` must be the id of a position, e.g. "position:thu-tuong-chinh-phu".', 'positionId');
    }
    return (await loaders.related('positionHolders', on ? { on } : {}).load(positionId)).map((item) => item.node);
  },

  path: async (_root, { fromId, toId, maxHops }, context) => {
    const hops = boundedCount(maxHops, PATH_HOPS, 'maxHops', { min: 1 });
    const fromLabel = labelOfId(fromId);
    const toLabel = labelOfId(toId);
    if (!fromLabel || !toLabel) return null;
    if (fromId === toId) {
      const node = await context.loaders.node.load(fromId);
      return node ? { length: 0, nodes: [node], relations: [] } : null;
    }
    const query = shortestPathQuery({ id: fromId, label: fromLabel }, { id: toId, label: toLabel }, hops);
    const [row] = await context.database.read(query, { counter: context.queryCounter });
    if (!row) return null;
    const relations = row.relations as { type: string; startId: string; endId: string }[];
    return { length: relations.length, nodes: row.nodes as NodeRecord[], relations };
  },
};
