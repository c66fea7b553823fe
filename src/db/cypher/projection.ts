/**
 * Node maps shaped by what a GraphQL query selects: only the properties it reads, and the relations it follows
 * nested in the same query (COLLECT subqueries), so that a query whose shape is known up front costs one round
 * trip and sends no property nobody asked for (an article's whole text, for one). The projection itself is
 * planned from the query in src/resolvers/lookahead.ts; this module only writes it as Cypher.
 */
import type { CypherQuery } from '../database.js';
import { RECORD_KEYS } from '../../graph.js';
import type { NodeLabel } from '../../model/index.js';
import { relatedItemsExpression, type RelationFilter, type RelationRef, type TargetRenderer } from './relations.js';

export interface NodeProjection {
  /** Properties to return as they are; every node also gets its id, which resolvers always need. */
  properties: readonly string[];
  /**
   * Properties of Neo4j type `date`, returned as ISO strings: the driver would decode each into an object of
   * three Integers, only for the API to turn it into that string.
   */
  dates: readonly string[];
  /** Whether the node's labels are needed: only where its GraphQL type is abstract (Agent, Node). */
  labels: boolean;
  /** Relations to fetch with the node, under the key the resolvers look them up by (the response key). */
  related: Readonly<Record<string, RelatedProjection>>;
}

export interface RelatedProjection {
  relation: RelationRef;
  filter: RelationFilter;
  /** The field gives one node (or null), so the first item is fetched rather than a list of items. */
  single: boolean;
  target: NodeProjection;
}

/**
 * The key under which a projected node carries a prefetched relation: the response key after this prefix.
 * Entries of the node's own map rather than a nested map: the driver's decoding cost grows with the number of
 * maps in an answer.
 */
export const PREFETCHED_PREFIX = '_related.';

/** GraphQL names (properties, response keys) are `[_A-Za-z][_0-9A-Za-z]*`; anything else must not reach Cypher. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function checkedName(name: string): string {
  if (!GRAPHQL_NAME.test(name)) throw new Error(`not a GraphQL name: ${JSON.stringify(name)}`);
  return name;
}

/** Renders nodes as the projection asks, for relatedNodesQuery and listPageQuery. */
export function projectionRenderer(projection: NodeProjection): TargetRenderer {
  return (variable, extraEntries) => {
    const params: Record<string, unknown> = {};
    const render = (node: string, shape: NodeProjection, depth: number, extra: readonly string[]): string => {
      // Sorted, so that the same selection in another order is the same Cypher text (one cached Neo4j plan).
      const properties = ['id', ...[...new Set(shape.properties)].filter((name) => name !== 'id').sort()].map(
        (name) => `.\`${checkedName(name)}\``,
      );
      const dates = [...shape.dates].sort().map((name) => `\`${checkedName(name)}\`: toString(${node}.\`${name}\`)`);
      const related = Object.entries(shape.related).map(([key, relation]) => {
        let dateParam: string | undefined;
        if (relation.filter.on !== undefined) {
          dateParam = `projectionDate${Object.keys(params).length}`;
          params[dateParam] = relation.filter.on;
        }
        const items = relatedItemsExpression(
          relation.relation,
          node,
          depth,
          (target, itemEntries) => render(target, relation.target, depth + 1, itemEntries),
          dateParam,
        );
        return `\`${PREFETCHED_PREFIX}${checkedName(key)}\`: ${items}${relation.single ? '[0]' : ''}`;
      });
      const entries = [...properties, ...dates, ...(shape.labels ? [`${RECORD_KEYS.labels}: labels(${node})`] : []), ...related, ...extra];
      return `${node} {${entries.join(', ')}}`;
    };
    const expression = render(variable, projection, 0, extraEntries);
    return { expression, params };
  };
}

/**
 * One node by id (`label` is its id's, from the model) with what `projection` selects, relations nested: how
 * `node(id:)` answers a page such as the explorer's in one round trip. No row when there is no such node.
 */
export function projectedNodeQuery(id: string, label: NodeLabel, projection: NodeProjection): CypherQuery {
  const { expression, params } = projectionRenderer(projection)('node', []);
  return { cypher: `MATCH (node:${label} {id: $id}) RETURN ${expression} AS node`, params: { ...params, id } };
}
