/** The entry points of every query. Arguments are checked here; Cypher is built in src/db/cypher/. */
import { getNamedType, type GraphQLResolveInfo } from 'graphql';
import { isValidPosition, LISTS, listPageQuery, type ListFilter, type ListName } from '../db/cypher/lists.js';
import { labelOfId } from '../model/index.js';
import { shortestPathQuery } from '../db/cypher/path.js';
import { projectedNodeQuery, projectionRenderer } from '../db/cypher/projection.js';
import { relatedNodesQuery } from '../db/cypher/relations.js';
import type { SearchableLabel } from '../db/cypher/schema.js';
import { luceneQuery, searchQuery } from '../db/cypher/search.js';
import type { RequestContext } from '../context.js';
import { decodeCursor, encodeCursor, forwardPageInfo } from '../cursor.js';
import { BadUserInputError } from '../errors.js';
import type { EntityType, QueryResolvers } from '../generated/graphql.js';
import type { ConnectionRecord, NodeRecord } from '../graph.js';
import { boundedCount, MAX_SEARCH_TEXT_LENGTH, PAGE_SIZE, PATH_HOPS, SEARCH_SIZE } from '../limits.js';
import { planNode, selectedPath } from './lookahead.js';
import { roleGrid, roleHolders } from './roles.js';

const SEARCH_LABELS: Record<EntityType, SearchableLabel> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  POSITION: 'Position',
  PLACE: 'Place',
  EVENT: 'Event',
  AWARD: 'Award',
  ROLE: 'Role',
};

interface PageArgs {
  where?: ListFilter | null;
  first?: number | null;
  after?: string | null;
}

/**
 * A page of a root list, in one query: the nodes with every relation the client selected below them (see
 * lookahead.ts), and the total only if the client asked for `totalCount`.
 */
async function listConnection(
  list: ListName,
  args: PageArgs,
  context: RequestContext,
  info: GraphQLResolveInfo,
): Promise<ConnectionRecord> {
  const first = boundedCount(args.first, PAGE_SIZE, 'first');
  const after = args.after ? decodeCursor(args.after, (position) => isValidPosition(list, position)) : undefined;
  const connectionType = getNamedType(info.returnType);
  const nodeFields = selectedPath(info, info.fieldNodes, connectionType, ['edges', 'node']);
  const withTotal = selectedPath(info, info.fieldNodes, connectionType, ['totalCount']).length > 0;
  const renderNode = projectionRenderer(planNode(info, nodeFields, info.schema.getType(LISTS[list].label)!));
  const query = listPageQuery(list, args.where ?? {}, first + 1, { after, renderNode, withTotal });
  const rows = await context.database.read(query, { counter: context.queryCounter });
  const page = rows.filter((row) => row.node !== null) as { node: NodeRecord; sortKey: unknown }[];
  const edges = page.slice(0, first).map(({ node: record, sortKey }) => ({
    cursor: encodeCursor({ key: sortKey === null ? null : String(sortKey), id: record.id }),
    node: record,
  }));
  return {
    edges,
    pageInfo: forwardPageInfo(edges, page.length > first),
    totalCount: withTotal ? Number(rows[0]?.total ?? 0) : null,
  };
}

export const queryResolvers: QueryResolvers = {
  /**
   * The node with what the client selected below it, in one query (lookahead.ts), as the root lists get it: the
   * explorer's page of a person went through the loaders level by level before, 17 round trips, each fetching
   * whole nodes (every source's article with its text).
   */
  node: async (_root, { id }, context, info) => {
    const label = labelOfId(id);
    if (!label) return null;
    // Labels too: the answer's type (Node) is abstract, and __typename and the fragments read them.
    const projection = { ...planNode(info, info.fieldNodes, info.schema.getType(label)!), labels: true };
    const [row] = await context.database.read(projectedNodeQuery(id, label, projection), { counter: context.queryCounter });
    return (row?.node ?? null) as NodeRecord | null;
  },

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

  people: (_root, args, context, info) => listConnection('people', args, context, info),
  organizations: (_root, args, context, info) => listConnection('organizations', args, context, info),
  events: (_root, args, context, info) => listConnection('events', args, context, info),
  awardPresentations: (_root, args, context, info) => listConnection('awardPresentations', args, context, info),
  articles: (_root, args, context, info) => listConnection('articles', args, context, info),

  /** The position's holders on the date, with what the client selected below them, in one query. */
  officeHolders: async (_root, { positionId, roleId, placeId, on, includePossible }, context, info) => {
    if ((positionId ? 1 : 0) + (roleId ? 1 : 0) !== 1)
      throw new BadUserInputError(
        'Give one of `positionId` (one post) and `roleId` (every post of a role).',
        positionId ? 'roleId' : 'positionId',
      );
    if (roleId) return roleHolders({ roleId, placeId, on, includePossible }, context, info);
    if (labelOfId(positionId!) !== 'Position') {
      throw new BadUserInputError('`positionId` must be the id of a position, e.g. "position:thu-tuong-chinh-phu".', 'positionId');
    }
    const renderTenure = projectionRenderer(planNode(info, info.fieldNodes, getNamedType(info.returnType)));
    const query = relatedNodesQuery(
      'Position.holders',
      [positionId!],
      on ? { on, certainOnly: includePossible === false } : {},
      renderTenure,
    );
    const [row] = await context.database.read(query, { counter: context.queryCounter });
    return (row?.items ?? []) as NodeRecord[];
  },

  roles: (_root, args, context, info) => listConnection('roles', args, context, info),
  tenures: (_root, args, context, info) => listConnection('tenures', args, context, info),

  roleGrid: (_root, args, context) => roleGrid(args, context),

  path: async (_root, { fromId, toId, maxHops }, context, info) => {
    const hops = boundedCount(maxHops, PATH_HOPS, 'maxHops', { min: 1 });
    const fromLabel = labelOfId(fromId);
    const toLabel = labelOfId(toId);
    if (!fromLabel || !toLabel) return null;
    if (fromId === toId) {
      const node = await context.loaders.node.load(fromId);
      return node ? { length: 0, nodes: [node], relations: [] } : null;
    }
    // Only the properties the client selected on the path's nodes (of any type): every property of every node
    // (a tenure's readings, a person's names as JSON) made Path slower than @neo4j/graphql on the statement graph.
    const nodeFields = selectedPath(info, info.fieldNodes, getNamedType(info.returnType), ['nodes']);
    const renderNode = projectionRenderer(planNode(info, nodeFields, info.schema.getType('Node')!));
    const query = shortestPathQuery({ id: fromId, label: fromLabel }, { id: toId, label: toLabel }, hops, renderNode);
    const [row] = await context.database.read(query, { counter: context.queryCounter });
    if (!row) return null;
    const relations = row.relations as { type: string; startId: string; endId: string }[];
    return { length: relations.length, nodes: row.nodes as NodeRecord[], relations };
  },
};
