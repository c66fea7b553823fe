/**
 * The graph's model, read once from the directives of schema.graphql (@node, @relation, @name, @derived,
 * @computed, @externalId): labels and id prefixes, which kinds the registry declares and which are derived from statements,
 * every relationship with its direction, the stored properties with their Neo4j types, and the fields that code
 * resolves. Everything that used to restate the model (the Cypher builders, the loader, the seed validator, the
 * query planner, the relation resolvers) reads it from here, so that adding a property or a relation is a change
 * to schema.graphql alone.
 */
import { readFileSync } from 'node:fs';
import {
  buildSchema,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLDirective,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

export const SCHEMA_FILE = new URL('../../schema.graphql', import.meta.url);

/** The schema's text: Apollo Server serves it, and the model below is read from it. */
export const SCHEMA_SDL = readFileSync(SCHEMA_FILE, 'utf8');

export type NodeKind = 'registry' | 'fact' | 'article' | 'claim';
export type NodeLabel = string;

/** How a stored property is written to Neo4j: as it arrives over Bolt, or converted to a Neo4j type. */
export type PropertyType = 'string' | 'strings' | 'boolean' | 'float' | 'integer' | 'date' | 'datetime';

export interface PropertySpec {
  name: string;
  type: PropertyType;
  /** Non-null in the schema: a registry entry or a fact must have it. */
  required: boolean;
  /** Set by the loader, never given in a file. */
  derived: boolean;
  /** An identifier of the entity in another database (@externalId): its scheme, the form of a value, its page. */
  external?: ExternalIdSpec;
}

/**
 * An identifier of an entity in another database (a Wikidata QID): `scheme` names it in the exports and the API,
 * `pattern` is the form every value must have (checked when a file or a submission declares it), and `url` the
 * address of a value's page, with `{id}` where the value goes.
 */
export interface ExternalIdSpec {
  scheme: string;
  pattern: RegExp;
  url: string;
}

export interface RelationSpec {
  /** The schema coordinate, e.g. `Person.tenures`: the relation's name everywhere. */
  coordinate: string;
  from: NodeLabel;
  field: string;
  type: string;
  direction: 'OUT' | 'IN';
  /** The labels the relation may lead to (several for Agent and Node). */
  targets: NodeLabel[];
  many: boolean;
  /** Non-null and single: a missing target is a broken graph. */
  required: boolean;
  /** Target properties that order the list, then the id. */
  orderBy: string[];
  /** Filtered by the field's `on: Date` argument (tenures held on a date). */
  onDate: boolean;
  /**
   * For values that carry the relationship's quote (SourceRef, Statement): the field of that type that holds
   * the node. Undefined when the value is the node itself.
   */
  wrapper?: string;
}

export interface NodeSpec {
  label: NodeLabel;
  prefix: string;
  kind: NodeKind;
  /** The registry file (`seed/registry/<collection>.json`) of a registry kind. */
  collection?: string;
  /** The property folded into `nameFolded` and searched, if any. */
  nameProperty?: string;
  properties: PropertySpec[];
  relations: RelationSpec[];
  /** Fields resolved by code, with the stored properties they read. */
  computed: Record<string, string[]>;
}

export interface Model {
  schema: GraphQLSchema;
  nodes: ReadonlyMap<NodeLabel, NodeSpec>;
  /** Every relation by coordinate. */
  relations: ReadonlyMap<string, RelationSpec>;
}

const SCALAR_TYPES: Readonly<Record<string, PropertyType>> = {
  ID: 'string',
  String: 'string',
  Boolean: 'boolean',
  Float: 'float',
  Int: 'integer',
  Date: 'date',
  DateTime: 'datetime',
};

function directive(schema: GraphQLSchema, name: string): GraphQLDirective {
  const found = schema.getDirective(name);
  if (!found) throw new Error(`schema.graphql does not declare @${name}`);
  return found;
}

function readRelation(
  schema: GraphQLSchema,
  type: GraphQLObjectType,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  labels: Set<string>,
): RelationSpec {
  const named = getNamedType(field.type);
  const nullable = getNullableType(field.type);
  let wrapper: string | undefined;
  let target: GraphQLNamedType = named;
  if (isObjectType(named) && !labels.has(named.name)) {
    // A value that wraps the node with the relationship's quote: its one field whose type is a node type.
    const nodeField = Object.values(named.getFields()).find((inner) => {
      const innerType = getNamedType(inner.type);
      return labels.has(innerType.name) || innerType.name === 'Node';
    });
    if (!nodeField) throw new Error(`${type.name}.${field.name}: ${named.name} neither is a node nor wraps one`);
    wrapper = nodeField.name;
    target = getNamedType(nodeField.type);
  }
  const targets = labels.has(target.name)
    ? [target.name]
    : schema
        .getPossibleTypes(target as never)
        .map((possible) => possible.name)
        .filter((name) => labels.has(name));
  const direction = String(args.direction ?? 'OUT');
  if (direction !== 'OUT' && direction !== 'IN') throw new Error(`${type.name}.${field.name}: direction must be OUT or IN`);
  return {
    coordinate: `${type.name}.${field.name}`,
    from: type.name,
    field: field.name,
    type: String(args.type),
    direction,
    targets,
    many: isListType(nullable),
    required: isNonNullType(field.type) && !isListType(nullable),
    orderBy: (args.orderBy as string[] | undefined) ?? [],
    onDate: args.onDate === true,
    wrapper,
  };
}

/** Reads the model from an SDL text; throws when a directive is used inconsistently. */
export function readModel(sdl: string): Model {
  const schema = buildSchema(sdl);
  const nodeDirective = directive(schema, 'node');
  const relationDirective = directive(schema, 'relation');
  const nameDirective = directive(schema, 'name');
  const derivedDirective = directive(schema, 'derived');
  const computedDirective = directive(schema, 'computed');
  const externalIdDirective = directive(schema, 'externalId');

  const nodeTypes = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => {
      const args = type.astNode ? getDirectiveValues(nodeDirective, type.astNode) : undefined;
      return args ? [{ type, args }] : [];
    });
  const labels = new Set(nodeTypes.map(({ type }) => type.name));
  const nodes = new Map<NodeLabel, NodeSpec>();
  const relations = new Map<string, RelationSpec>();
  const prefixes = new Set<string>();

  for (const { type, args } of nodeTypes) {
    const kind = String(args.kind) as NodeKind;
    if (!['registry', 'fact', 'article', 'claim'].includes(kind)) throw new Error(`${type.name}: unknown @node kind "${kind}"`);
    const prefix = String(args.prefix);
    if (prefixes.has(prefix)) throw new Error(`${type.name}: id prefix "${prefix}" is used twice`);
    prefixes.add(prefix);
    const spec: NodeSpec = {
      label: type.name,
      prefix,
      kind,
      collection: args.collection as string | undefined,
      properties: [],
      relations: [],
      computed: {},
    };
    for (const field of Object.values(type.getFields())) {
      const ast = field.astNode;
      if (!ast) continue;
      const relation = getDirectiveValues(relationDirective, ast);
      const computed = getDirectiveValues(computedDirective, ast);
      if (relation) {
        const relationSpec = readRelation(schema, type, field, relation, labels);
        spec.relations.push(relationSpec);
        relations.set(relationSpec.coordinate, relationSpec);
      } else if (computed) {
        spec.computed[field.name] = (computed.from as string[] | undefined) ?? [];
      } else {
        const named = getNamedType(field.type);
        // Enums are stored as their value's name.
        const scalar = isEnumType(named) ? 'string' : SCALAR_TYPES[named.name];
        if (!scalar) throw new Error(`${type.name}.${field.name}: a field of type ${named.name} needs @relation or @computed`);
        const list = isListType(getNullableType(field.type));
        if (list && scalar !== 'string') throw new Error(`${type.name}.${field.name}: only lists of strings can be stored`);
        const external = getDirectiveValues(externalIdDirective, ast);
        if (external && (scalar !== 'string' || list)) throw new Error(`${type.name}.${field.name}: an @externalId is one string`);
        if (external && !String(external.url).includes('{id}')) throw new Error(`${type.name}.${field.name}: @externalId's url needs {id}`);
        spec.properties.push({
          name: field.name,
          type: list ? 'strings' : scalar,
          required: isNonNullType(field.type) && !list,
          derived: getDirectiveValues(derivedDirective, ast) !== undefined,
          ...(external
            ? {
                external: {
                  scheme: String(external.scheme),
                  pattern: new RegExp(String(external.pattern), 'u'),
                  url: String(external.url),
                },
              }
            : {}),
        });
        if (getDirectiveValues(nameDirective, ast)) spec.nameProperty = field.name;
      }
    }
    nodes.set(type.name, spec);
  }
  return { schema, nodes, relations };
}

export const MODEL: Model = readModel(SCHEMA_SDL);

/** Every node label of the graph. */
export const NODE_LABELS: readonly NodeLabel[] = [...MODEL.nodes.keys()];

/** The labels a user can search by name: those with a @name property. */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = NODE_LABELS.filter((label) => MODEL.nodes.get(label)!.nameProperty !== undefined);

const LABEL_BY_PREFIX = new Map([...MODEL.nodes.values()].map((node) => [node.prefix, node.label]));

export function nodeSpec(label: NodeLabel): NodeSpec {
  const spec = MODEL.nodes.get(label);
  if (!spec) throw new Error(`Not a label of the graph model: ${JSON.stringify(label)}`);
  return spec;
}

/** The label an id belongs to (by its prefix), or undefined for an id no node can have. */
export function labelOfId(id: string): NodeLabel | undefined {
  const colon = id.indexOf(':');
  return colon > 0 ? LABEL_BY_PREFIX.get(id.slice(0, colon)) : undefined;
}

export function relationSpec(coordinate: string): RelationSpec {
  const spec = MODEL.relations.get(coordinate);
  if (!spec) throw new Error(`Not a relation of the graph model: ${JSON.stringify(coordinate)}`);
  return spec;
}

/** Every relationship type of the model. */
export const RELATIONSHIP_TYPES: readonly string[] = [...new Set([...MODEL.relations.values()].map((relation) => relation.type))].sort();

/**
 * `type`, checked to be a relationship type of the model: Cypher takes labels and types only as text, so every
 * one a builder writes into a query is one of the model's, never input (labels are checked by nodeSpec).
 */
export function modelRelationshipType(type: string): string {
  if (!RELATIONSHIP_TYPES.includes(type)) throw new Error(`Not a relationship type of the graph model: ${JSON.stringify(type)}`);
  return type;
}

/** The relationship types between entities and facts: what a path follows (never provenance or claims). */
export const PATH_RELATIONSHIP_TYPES: readonly string[] = [
  ...new Set(
    [...MODEL.relations.values()]
      .filter((relation) => {
        const kinds = [relation.from, ...relation.targets].map((label) => nodeSpec(label).kind);
        return kinds.every((kind) => kind === 'registry' || kind === 'fact');
      })
      .map((relation) => relation.type),
  ),
].sort();

/** Properties stored as Neo4j types other than what Bolt carries for a JavaScript value. */
export function typedProperties(label: NodeLabel): Record<'date' | 'datetime' | 'integer', string[]> {
  const properties = nodeSpec(label).properties;
  const of = (type: PropertyType) => properties.filter((property) => property.type === type).map((property) => property.name);
  return { date: of('date'), datetime: of('datetime'), integer: of('integer') };
}

/** The labels of a kind. */
export const labelsOfKind = (kind: NodeKind): NodeLabel[] =>
  [...MODEL.nodes.values()].filter((node) => node.kind === kind).map((node) => node.label);

/** The properties of a label that are identifiers in other databases (@externalId), in the schema's order. */
export function externalIdProperties(label: NodeLabel): (PropertySpec & { external: ExternalIdSpec })[] {
  return nodeSpec(label).properties.filter(
    (property): property is PropertySpec & { external: ExternalIdSpec } => property.external !== undefined,
  );
}

/** The address of an external id's page, e.g. https://www.wikidata.org/wiki/Q… */
export const externalIdUrl = (spec: ExternalIdSpec, id: string): string => spec.url.replace('{id}', encodeURIComponent(id));
