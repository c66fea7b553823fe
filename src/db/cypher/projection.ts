/**
 * Node maps shaped by what a GraphQL query selects: only the properties it reads, and the relations it follows
 * nested in the same query (COLLECT subqueries), so that a query whose shape is known up front costs one round
 * trip and sends no property nobody asked for (an article's whole text, for one). The projection itself is
 * planned from the query in src/resolvers/lookahead.ts; this module only writes it as Cypher.
 */
import { nodeRecord } from './nodes.js';
import { relatedItemsExpression, type RelationFilter, type RelationRef } from './relations.js';

export interface NodeProjection {
  /** Properties to return; every node also gets its id and labels, which resolvers always need. */
  properties: readonly string[];
  /** Relations to fetch with the node, under the key the resolvers look them up by (the response key). */
  related: Readonly<Record<string, RelatedProjection>>;
}

export interface RelatedProjection {
  relation: RelationRef;
  filter: RelationFilter;
  target: NodeProjection;
}

/** The property of a projected node that carries its prefetched relations, by response key. */
export const RELATED_KEY = '_related';

/** A node as a Cypher map expression, with the parameters the expression reads. */
export interface RenderedNode {
  expression: string;
  params: Record<string, unknown>;
}

/** GraphQL names (properties, response keys) are `[_A-Za-z][_0-9A-Za-z]*`; anything else must not reach Cypher. */
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

function checkedName(name: string): string {
  if (!GRAPHQL_NAME.test(name)) throw new Error(`not a GraphQL name: ${JSON.stringify(name)}`);
  return name;
}

/** The node bound to `variable`, as the projection asks, or with all its properties when there is none. */
export function projectNode(variable: string, projection?: NodeProjection): RenderedNode {
  if (!projection) return { expression: nodeRecord(variable), params: {} };
  const params: Record<string, unknown> = {};
  const render = (node: string, shape: NodeProjection, depth: number): string => {
    const properties = [...new Set(['id', ...shape.properties])].map((name) => `.\`${checkedName(name)}\``);
    const related = Object.entries(shape.related).map(([key, relation]) => {
      let dateParam: string | undefined;
      if (relation.filter.on !== undefined) {
        dateParam = `projectionDate${Object.keys(params).length}`;
        params[dateParam] = relation.filter.on;
      }
      const items = relatedItemsExpression(relation.relation, node, depth, (target) => render(target, relation.target, depth + 1), dateParam);
      return `\`${checkedName(key)}\`: ${items}`;
    });
    const entries = [...properties, `_labels: labels(${node})`, ...(related.length > 0 ? [`${RELATED_KEY}: {${related.join(', ')}}`] : [])];
    return `${node} {${entries.join(', ')}}`;
  };
  return { expression: render(variable, projection, 0), params };
}
