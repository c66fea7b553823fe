/**
 * The query planner: before an entry point (a root list, the office holders) sends its query, it reads what
 * the client selected below it and turns that into a NodeProjection: the properties to return and the
 * relations to nest in the same Cypher query (src/db/cypher/projection.ts). A query such as "a page of award
 * presentations, each with its event, presenter, the presenter's tenures and their positions" then costs one
 * round trip instead of one per level, and Neo4j sends only the properties the answer shows.
 *
 * What it cannot plan stays with the loaders, so the answer is the same either way: relations below an
 * abstract type (Agent, Node), and a response key that two merged selections use for different fields.
 * A tenure's readings are stored JSON whose sources name their articles by id: where they are selected, the
 * articles (those of the tenure's claims) come along under READING_CLAIMS_KEY.
 * Selections that @skip/@include leave out are not planned.
 */
import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { NodeProjection, RelatedProjection } from '../db/cypher/projection.js';
import { MODEL, type NodeLabel } from '../model/index.js';
import { collectFields } from '../operation/collectFields.js';
import { RELATION_FIELDS, relationFilter } from './relationFields.js';

type Planning = Pick<GraphQLResolveInfo, 'schema' | 'fragments' | 'variableValues'>;

/**
 * The key under which a node whose readings are selected carries its claims, each with its article: a key no
 * response can use (GraphQL reserves names beginning with `__`).
 */
export const READING_CLAIMS_KEY = '__readingClaims';

const selectionSetsOf = (fieldNodes: readonly FieldNode[]) => fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** The field nodes reached from `fieldNodes` (of a value of `type`) by a path of field names, aliases merged. */
export function selectedPath(
  planning: Planning,
  fieldNodes: readonly FieldNode[],
  type: GraphQLNamedType,
  path: readonly string[],
): FieldNode[] {
  let nodes = [...fieldNodes];
  let current = type;
  for (const name of path) {
    if (!isObjectType(current)) return [];
    const fieldType = current.getFields()[name]?.type;
    if (!fieldType) return [];
    nodes = [...collectFields(planning, selectionSetsOf(nodes), current).values()].flat().filter((node) => node.name.value === name);
    current = getNamedType(fieldType);
  }
  return nodes;
}

/** One planned relation for a response key, or undefined when its merged field nodes disagree. */
function planRelation(planning: Planning, type: GraphQLObjectType, fieldNodes: FieldNode[]): RelatedProjection | undefined {
  const name = fieldNodes[0]!.name.value;
  const field = RELATION_FIELDS[type.name as NodeLabel]?.[name];
  const definition = type.getFields()[name];
  if (!field || !definition) return undefined;
  const argumentSets = fieldNodes.map((node) => getArgumentValues(definition, node, planning.variableValues));
  if (fieldNodes.some((node) => node.name.value !== name) || new Set(argumentSets.map((args) => JSON.stringify(args))).size > 1)
    return undefined;
  const filter = relationFilter(field, argumentSets[0]!);
  const valueType = getNamedType(definition.type);
  const targetNodes = field.wrapper ? selectedPath(planning, fieldNodes, valueType, [field.wrapper]) : fieldNodes;
  const targetType = field.wrapper && isObjectType(valueType) ? getNamedType(valueType.getFields()[field.wrapper]!.type) : valueType;
  return { relation: field.relation, filter, single: field.cardinality !== 'many', target: planNode(planning, targetNodes, targetType) };
}

/**
 * The projection of a node of `type` for what `fieldNodes` select on it. Its nesting is bounded by the query's
 * validated depth (src/plugins/queryLimits.ts), and fragment cycles never pass validation.
 */
export function planNode(planning: Planning, fieldNodes: readonly FieldNode[], type: GraphQLNamedType): NodeProjection {
  const properties = new Set<string>();
  const dates = new Set<string>();
  const related: Record<string, RelatedProjection> = {};
  const possibleTypes = isAbstractType(type) ? planning.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
  for (const [key, nodes] of collectFields(planning, selectionSetsOf(fieldNodes), type)) {
    for (const node of nodes) {
      const name = node.name.value;
      for (const candidate of possibleTypes) {
        // What the model says the field of each possible type reads: a stored property (a Date one is returned
        // as a string), the stored properties a computed field is resolved from, or a relation (planned below).
        const spec = MODEL.nodes.get(candidate.name);
        const computedFrom = spec?.computed[name];
        const property = spec?.properties.find((item) => item.name === name);
        if (computedFrom) computedFrom.forEach((from) => properties.add(from));
        else if (property?.type === 'date') dates.add(name);
        else if (property) properties.add(name);
      }
    }
    if (isObjectType(type)) {
      const relation = planRelation(planning, type, nodes);
      if (relation) related[key] = relation;
    }
  }
  if (isObjectType(type)) {
    const readingArticles = readingArticlesProjection(planning, fieldNodes, type);
    if (readingArticles) related[READING_CLAIMS_KEY] = readingArticles;
  }
  return { properties: [...properties], dates: [...dates], labels: isAbstractType(type), related };
}

/**
 * The node's claims with their articles, as the fields selected of the articles of its readings' sources (fields
 * computed from the stored `readings`, such as Tenure.startReadings) ask; undefined when none is selected.
 */
function readingArticlesProjection(
  planning: Planning,
  fieldNodes: readonly FieldNode[],
  type: GraphQLObjectType,
): RelatedProjection | undefined {
  const claims = RELATION_FIELDS[type.name]?.claims;
  const readingFields = Object.entries(MODEL.nodes.get(type.name)?.computed ?? {}).filter(([, from]) => from.includes('readings'));
  const articleNodes = readingFields.flatMap(([name]) => selectedPath(planning, fieldNodes, type, [name, 'sources', 'article']));
  const article = RELATION_FIELDS.Claim?.article;
  if (!claims || !article || articleNodes.length === 0) return undefined;
  const articleProjection = planNode(planning, articleNodes, planning.schema.getType('Article')!);
  return {
    relation: claims.relation,
    filter: {},
    single: false,
    target: {
      properties: [],
      dates: [],
      labels: false,
      related: { article: { relation: article.relation, filter: {}, single: true, target: articleProjection } },
    },
  };
}
