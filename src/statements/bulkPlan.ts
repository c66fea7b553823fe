/**
 * A corpus's whole graph, derived in memory: what storing its articles into an empty graph makes (store.ts), as
 * rows to create, so that a bulk load writes each node, relationship and quote once, in large batches, and reads
 * nothing back. The same pure pieces make it as the store: the article, entity and claim rows, the claims' links,
 * the entities' sources, every fact derived from all its claims (derive.ts) and the rules across a post's tenures
 * (posts.ts). What the store reads from the graph is known here from the corpus itself: an empty graph holds no
 * judgement (so no merge and no editor's rank), and a post's reorganizations are among the facts derived.
 *
 * `test/integration/bulk.int.test.ts` and `generated-corpus.int.test.ts` compare the graph it makes with the one
 * that storing the articles one by one makes, node by node and relationship by relationship.
 */
import type { ClaimRow } from '../db/cypher/claims.js';
import type { NodeRow, QuoteRow, RelationshipRow } from '../db/cypher/merge.js';
import type { NodeLabel } from '../model/index.js';
import { deriveFact, type Claim, type DerivedFact } from './derive.js';
import type { Merges } from './judgements.js';
import { supportedFact } from './kinds.js';
import type { RegistryRecord } from './read.js';
import {
  append,
  applyPostContexts,
  articleRow,
  claimLinks,
  claimRow,
  entitiesOf,
  entityRow,
  entitySources,
  entryTargets,
  factRows,
  groupBy,
  labelOf,
  nameReadingsOf,
  positionOfTenure,
  type PostChange,
  type PostRow,
} from './store.js';
import type { ValidatedArticle } from './validate.js';

/** The relationships of one type between nodes of two labels, each once. */
export interface PlannedRelationships {
  type: string;
  fromLabel: NodeLabel;
  toLabel: NodeLabel;
  rows: RelationshipRow[];
}

export interface GraphPlan {
  /** The articles, in the corpus's order, each with its claims (written with their `IN_ARTICLE` link). */
  articles: { row: NodeRow; file: string; claims: ClaimRow[] }[];
  /**
   * Every other node, by label, each once with all its properties: the entities, the facts derived, and the facts
   * only pointed at (bare, as the store makes them), each group marked whether its nodes are derived facts.
   */
  nodes: { label: NodeLabel; rows: NodeRow[]; derived: boolean }[];
  relationships: PlannedRelationships[];
  /** The `STATED_IN {quote}` sources of entities and facts, by the label of the node quoted, each once. */
  sources: { label: NodeLabel; rows: QuoteRow[] }[];
  /** How many facts were derived (the fact nodes, without those only pointed at). */
  facts: number;
}

/** An empty graph holds no judgement: every reference is read as stated. */
const NO_MERGES: Merges = new Map();

/**
 * The posts of the tenures as postContexts reads them from the graph, here from the entities and the derived
 * reorganizations: the dated formations and replacements of the post, its body or their territory (which of them
 * bound the post, postContextOf decides for both).
 */
function postRows(
  positions: ReadonlySet<string>,
  entities: ReadonlyMap<string, RegistryRecord>,
  reorganizations: readonly DerivedFact[],
): Map<string, PostRow> {
  const changes = (type: 'FORMS' | 'REPLACES') => {
    const byTarget = new Map<string, PostChange[]>();
    for (const fact of reorganizations) {
      const { date, decision } = fact.props as { date?: string | null; decision?: string | null };
      if (date === null || date === undefined) continue;
      for (const relationship of fact.relationships)
        if (relationship.type === type && entities.has(relationship.to))
          // A derived date is its earliest day, as Neo4j prints it back (derive.ts).
          append(byTarget, relationship.to, { on: date, id: fact.id, decision: decision ?? null });
    }
    return byTarget;
  };
  const formed = changes('FORMS');
  const replaced = changes('REPLACES');
  const targetOf = (id: string | undefined, type: string) => {
    const record = id === undefined ? undefined : entities.get(id);
    const to = record && entryTargets(record.label, record.entry).find((target) => target.type === type)?.to;
    return to !== undefined && entities.has(to) ? to : undefined;
  };
  const posts = new Map<string, PostRow>();
  for (const position of positions) {
    const record = entities.get(position);
    if (record?.label !== 'Position') continue;
    const role = targetOf(position, 'OF_ROLE');
    const organization = targetOf(position, 'IN_ORGANIZATION');
    const parts = [position, organization, targetOf(organization, 'JURISDICTION')].filter((part) => part !== undefined);
    posts.set(position, {
      exclusive: role !== undefined && entities.get(role)!.entry.exclusive === true,
      formations: parts.flatMap((part) => formed.get(part) ?? []),
      replacements: parts.flatMap((part) => replaced.get(part) ?? []),
    });
  }
  return posts;
}

/**
 * Adds relationship rows to the plan's groups by (type, labels), each distinct row once. The rows of one node come
 * together (each entity's, claim's and fact's relationships are derived together), so a repeated row is one of the
 * node just seen: only its targets are remembered, and a corpus's millions of relationships are not.
 */
class RelationshipGroups {
  private readonly groups = new Map<string, PlannedRelationships & { from?: string; targets: Set<string> }>();

  add(fromLabel: NodeLabel, rows: readonly { type: string; from: string; to: string }[], exists: (id: string) => boolean): void {
    for (const { type, from, to } of rows) {
      if (!exists(to)) continue;
      const toLabel = labelOf(to);
      const key = `${type}|${fromLabel}|${toLabel}`;
      let group = this.groups.get(key);
      if (!group) this.groups.set(key, (group = { type, fromLabel, toLabel, rows: [], targets: new Set() }));
      if (group.from !== from) {
        group.from = from;
        group.targets.clear();
      }
      if (group.targets.has(to)) continue;
      group.targets.add(to);
      group.rows.push({ from, to });
    }
  }

  all(): PlannedRelationships[] {
    return [...this.groups.values()].map(({ type, fromLabel, toLabel, rows }) => ({ type, fromLabel, toLabel, rows }));
  }
}

/** The graph that storing `articles` into an empty graph makes (see the module comment). */
export function planGraph(articles: readonly ValidatedArticle[], registry: ReadonlyMap<string, RegistryRecord>): GraphPlan {
  const records = entitiesOf(articles, registry);
  const entities = new Map(records.map((record) => [record.entry.id, record]));
  const statements = articles.flatMap((article) => article.statements.map((statement) => ({ articleId: article.meta.id, statement })));
  const articleRows = articles.map((article) => articleRow({ article, contentHash: null }));
  const publishedOn = new Map(articleRows.map((row) => [row.id, (row.props.publishedOn as string | null) ?? null]));
  const claims = articles.map((article) => article.statements.map((statement) => claimRow(article.meta.id, statement)));
  const claimList = claims.flat();

  // The claims as derivation reads them, grouped by the fact they support and by the entity they name.
  const links = claimLinks(
    claimList.map((row, index) => ({ id: row.id, statement: statements[index]!.statement })),
    NO_MERGES,
  );
  const asClaim = (index: number): Claim => ({
    id: claimList[index]!.id,
    articleId: statements[index]!.articleId,
    publishedOn: publishedOn.get(statements[index]!.articleId) ?? null,
    statement: statements[index]!.statement,
    rank: claimList[index]!.rank.toLowerCase() as Claim['rank'],
  });
  const byFact = new Map<string, Claim[]>();
  const nameClaims = new Map<string, Claim[]>();
  statements.forEach(({ statement }, index) => {
    const fact = supportedFact(statement);
    if (fact) append(byFact, fact.id, asClaim(index));
    if (statement.kind === 'name') append(nameClaims, statement.entity, asClaim(index));
  });

  // Facts: every one but tenures, then tenures, whose posts' days depend on the reorganizations.
  const factsByLabel = groupBy(byFact.keys(), labelOf);
  const derived = new Map<NodeLabel, DerivedFact[]>();
  const keep = (label: NodeLabel, facts: readonly { fact: DerivedFact | undefined }[]) =>
    derived.set(
      label,
      facts.flatMap((item) => (item.fact ? [item.fact] : [])),
    );
  for (const [label, ids] of factsByLabel)
    if (label !== 'Tenure')
      keep(
        label,
        ids.map((id) => ({ fact: deriveFact(id, label, byFact.get(id)!) })),
      );
  const tenureIds = factsByLabel.get('Tenure') ?? [];
  const posts = postRows(new Set(tenureIds.map(positionOfTenure)), entities, derived.get('Reorganization') ?? []);
  keep(
    'Tenure',
    applyPostContexts(
      tenureIds.map((id) => ({ id, fact: deriveFact(id, 'Tenure', byFact.get(id)!) })),
      posts,
    ),
  );

  // Nodes: the entities as declared, with the names their `name` claims give; the facts; the facts only pointed at.
  const nodes: GraphPlan['nodes'] = [];
  for (const [label, group] of groupBy(records, (record) => record.label))
    nodes.push({
      label,
      derived: false,
      rows: group.map((record) => {
        const row = entityRow(record);
        const named = nameClaims.get(record.entry.id);
        return named ? { ...row, props: { ...row.props, nameReadings: nameReadingsOf(named) } } : row;
      }),
    });
  const existing = new Set([...entities.keys(), ...articleRows.map((row) => row.id)]);
  const relationships = new RelationshipGroups();
  const sources: { label: NodeLabel; rows: QuoteRow[] }[] = [];
  const pointedAt = new Set<string>();
  let factCount = 0;
  const written = [...derived].map(([label, facts]) => ({ label, rows: factRows(label, facts) }));
  for (const { label, rows } of written) {
    nodes.push({ label, rows: rows.nodes, derived: true });
    rows.nodes.forEach((row) => existing.add(row.id));
    rows.targets.forEach((target) => pointedAt.add(target));
    factCount += rows.nodes.length;
  }
  const bare = [...pointedAt].filter((target) => !existing.has(target));
  for (const [label, ids] of groupBy(bare, labelOf)) nodes.push({ label, rows: ids.map((id) => ({ id, props: {} })), derived: false });
  bare.forEach((id) => existing.add(id));
  const exists = (id: string) => existing.has(id);

  // Relationships: the entities' declared ones, the claims' links, the facts' own; then every source quote.
  for (const [label, group] of groupBy(records, (record) => record.label))
    relationships.add(
      label,
      group.flatMap(({ entry }) => entryTargets(label, entry).map((target) => ({ ...target, from: entry.id }))),
      exists,
    );
  relationships.add('Claim', [...links.mentions, ...links.supported], exists);
  // The entities' quotes, article by article as the store writes them, each (entity, quote) of an article once; the
  // facts' quotes are distinct already (derive.ts gives each article's quote of a fact once).
  const quoted: QuoteRow[] = [];
  const citing = new Map<string, RegistryRecord[]>();
  for (const record of records) for (const source of record.entry.sources) append(citing, source.article, record);
  for (const article of articles) {
    const articleId = article.meta.id;
    const seen = new Map<string, Set<string>>();
    const statementsOf = article.statements.map((statement) => ({ articleId, statement }));
    for (const { id, quotes: words } of entitySources(new Set([articleId]), statementsOf, citing.get(articleId) ?? [], NO_MERGES)) {
      if (!exists(id)) continue;
      let known = seen.get(id);
      if (!known) seen.set(id, (known = new Set()));
      for (const quote of words) {
        if (known.has(quote)) continue;
        known.add(quote);
        quoted.push({ id, articleId, quote });
      }
    }
  }
  for (const { label, rows } of written) {
    relationships.add(label, rows.relationships, exists);
    for (const source of rows.sources) quoted.push(source);
  }
  for (const [label, rows] of groupBy(quoted, (row) => labelOf(row.id))) sources.push({ label, rows });

  return {
    articles: articles.map((article, index) => ({ row: articleRows[index]!, file: article.input, claims: claims[index]! })),
    nodes,
    relationships: relationships.all(),
    sources,
    facts: factCount,
  };
}
