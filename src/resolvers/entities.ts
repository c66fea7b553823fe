/**
 * The entity types: every relation field is built from the model's relations (relationFields.ts), and every
 * entity and fact exposes its `sources`. Scalar fields are the node's properties as they are; the fields the
 * model marks @computed are resolved here from the stored properties they name.
 */
import type { RequestContext } from '../context.js';
import type { Resolvers } from '../generated/graphql.js';
import { agentLabelOf, labelOf, RECORD_KEYS, type NodeRecord, type NameReadingRecord, type TenureReadingRecord } from '../graph.js';
import { externalIdProperties, externalIdUrl, labelsOfKind } from '../model/index.js';
import type { SourceQuote } from '../statements/derive.js';
import { PREFETCHED_PREFIX } from '../db/cypher/projection.js';
import { listProperty, relationResolver } from './fields.js';
import { READING_CLAIMS_KEY } from './lookahead.js';
import { RELATION_FIELDS } from './relationFields.js';

type NodeTypeName =
  ReturnType<NonNullable<NonNullable<Resolvers['Node']>['__resolveType']>> extends infer T ? Exclude<Awaited<T>, null | undefined> : never;

const relationResolvers = Object.fromEntries(
  Object.entries(RELATION_FIELDS).map(([typeName, fields]) => [
    typeName,
    Object.fromEntries(Object.entries(fields).map(([fieldName, field]) => [fieldName, relationResolver(field)])),
  ]),
);

/** A stored JSON list (derived when the node was written), read as a list. */
function jsonList<Item>(node: NodeRecord, property: string): Item[] {
  const value = node[property];
  return typeof value === 'string' ? (JSON.parse(value) as Item[]) : [];
}

/**
 * Quotes stored with their article's id, as SourceRefs with the article node: from `fetched` (what the planner
 * fetched with the parent) or else in one batched round trip.
 */
async function sourceRefs(sources: readonly SourceQuote[], { loaders }: RequestContext, fetched?: ReadonlyMap<string, NodeRecord>) {
  const articles = await Promise.all(sources.map((source) => fetched?.get(source.articleId) ?? loaders.node.load(source.articleId)));
  return sources.flatMap((source, index) => (articles[index] ? [{ article: articles[index], quote: source.quote }] : []));
}

/** The articles of the tenure's claims, where the planner fetched them with it (lookahead.ts). */
function readingArticles(tenure: NodeRecord): ReadonlyMap<string, NodeRecord> | undefined {
  const claims = tenure[`${PREFETCHED_PREFIX}${READING_CLAIMS_KEY}`] as NodeRecord[] | undefined;
  if (!claims) return undefined;
  return new Map(
    claims.flatMap((claim) => {
      const article = claim[`${PREFETCHED_PREFIX}article`] as NodeRecord | null | undefined;
      return article ? [[article.id, article] as const] : [];
    }),
  );
}

const readings = (side: TenureReadingRecord['side']) => (tenure: NodeRecord) => {
  const articles = readingArticles(tenure);
  return jsonList<TenureReadingRecord>(tenure, 'readings')
    .filter((reading) => reading.side === side)
    .map((reading) => (articles ? { ...reading, articles } : reading));
};

const nameReadings = (entity: NodeRecord) => jsonList<NameReadingRecord>(entity, 'nameReadings');

/** `externalIds` of every registry type that declares some (@externalId): those the entity has, with their pages. */
const externalIdResolvers = Object.fromEntries(
  labelsOfKind('registry').map((label) => {
    const properties = externalIdProperties(label);
    return [
      label,
      {
        externalIds: (entity: NodeRecord) =>
          properties.flatMap(({ name, external }) => {
            const id = entity[name];
            return typeof id === 'string' ? [{ scheme: external.scheme, id, url: externalIdUrl(external, id) }] : [];
          }),
      },
    ];
  }),
);
const upper = <T extends string>(rank: T) => rank.toUpperCase() as Uppercase<T>;

export const entityResolvers: Resolvers = {
  // The table's resolvers give what the generated types expect (nodes, SourceRef and Statement records); the
  // integration tests check every field against the schema.
  ...(relationResolvers as Resolvers),
  Node: { __resolveType: (node) => labelOf(node) as NodeTypeName },
  Agent: { __resolveType: agentLabelOf },
  Reorganized: { __resolveType: (node) => labelOf(node) as 'Place' | 'Organization' | 'Position' },
  Person: { ...relationResolvers.Person, ...externalIdResolvers.Person, aliases: listProperty<string>('aliases'), names: nameReadings },
  Organization: { ...relationResolvers.Organization, ...externalIdResolvers.Organization, names: nameReadings },
  Position: { ...relationResolvers.Position, ...externalIdResolvers.Position },
  Place: { ...relationResolvers.Place, ...externalIdResolvers.Place },
  Award: { ...relationResolvers.Award, ...externalIdResolvers.Award },
  Role: { ...relationResolvers.Role, ...externalIdResolvers.Role },
  Tenure: {
    ...relationResolvers.Tenure,
    certainty: (tenure) => {
      const certainty = tenure[RECORD_KEYS.certainty];
      return certainty === 'CERTAIN' || certainty === 'POSSIBLE' ? certainty : null;
    },
    startReadings: readings('start'),
    endReadings: readings('end'),
    attestations: readings('attested'),
  },
  Event: { ...relationResolvers.Event, disputed: listProperty<string>('disputed') },
  AwardPresentation: { ...relationResolvers.AwardPresentation, disputed: listProperty<string>('disputed') },
  Figure: { ...relationResolvers.Figure, disputed: listProperty<string>('disputed') },
  Claim: { ...relationResolvers.Claim, quotes: listProperty<string>('quotes') },
  BoundReading: {
    rank: (reading) => upper(reading.rank),
    decidedBy: (reading, _args, { loaders }) => (reading.decidedBy ? loaders.node.load(reading.decidedBy) : null),
    approvedBy: (reading, _args, { loaders }) => (reading.approvedBy ? loaders.node.load(reading.approvedBy) : null),
    claim: async (reading, _args, { loaders }) => {
      const claim = await loaders.node.load(reading.claimId);
      if (!claim) throw new Error(`graph integrity: the claim ${reading.claimId} of a tenure reading is missing`);
      return claim;
    },
    sources: (reading, _args, context) => sourceRefs(reading.sources, context, reading.articles),
  },
  NameReading: {
    rank: (reading) => upper(reading.rank),
    sources: (reading, _args, context) => sourceRefs(reading.sources, context),
  },
};
