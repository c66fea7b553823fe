/**
 * Storing what an article states, in one transaction: its claims replace the ones it had (so a reload changes
 * nothing and an edited file replaces its old statements), the registry entities it names are written from the
 * registry, and every fact and name its old or new claims touch is derived again from all the claims about it,
 * whichever article they come from (derive.ts). A fact no claim supports any more is deleted. Retracting an
 * article is the same without new claims. The seed loader and, later, the write API share this one path.
 */
import {
  articleClaimTargets,
  claimsOfFacts,
  createClaims,
  deleteArticle,
  deleteArticleClaims,
  deleteNodes,
  deleteOutgoing,
  mergeNodes,
  mergeProvenance,
  mergeRelationships,
  nameClaimsOf,
  type NodeRow,
  type PropertyValue,
} from '../db/cypher/load.js';
import { claimTargets, lockWrites, updateClaims } from '../db/cypher/write.js';
import type { CypherQuery, Database, Row, RunOptions } from '../db/database.js';
import { labelOfId, nodeSpec, type NodeLabel } from '../model/index.js';
import { deriveFact, deriveNames, type Claim } from './derive.js';
import type { Statement } from './format.js';
import { publicationPrecision } from '../text/isoDate.js';
import { mentionedEntities, supportedFact } from './kinds.js';
import type { RegistryDeclaration, ValidatedArticle } from './validate.js';

export type Run = (query: CypherQuery) => Promise<Row[]>;

/** What one article's transaction wrote, for progress output. */
export interface StoreSummary {
  claims: number;
  entities: number;
  /** Facts derived again (created, changed or unchanged) and deleted. */
  facts: number;
  deletedFacts: number;
}

/** Rows per statement: large enough that a file costs few round trips, small enough to bound one statement's memory. */
export const BATCH_SIZE = 1000;

function chunks<T>(rows: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += BATCH_SIZE) result.push(rows.slice(start, start + BATCH_SIZE));
  return result;
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = key(item);
    groups.set(group, [...(groups.get(group) ?? []), item]);
  }
  return groups;
}

const labelOf = (id: string): NodeLabel => {
  const label = labelOfId(id);
  if (!label) throw new Error(`no label for id ${id}: the validator lets none through`);
  return label;
};

/** A claim's id: its article's slug and its statement's id, joined by a "/" that neither can contain. */
export const claimId = (articleId: string, statementId: string) => `claim:${articleId.slice(articleId.indexOf(':') + 1)}/${statementId}`;

async function runAll(run: Run, queries: readonly CypherQuery[]): Promise<void> {
  for (const query of queries) await run(query);
}

/** MERGEs relationships from rows whose targets may be of several labels. */
function relationshipWrites(fromLabel: NodeLabel, rows: readonly { type: string; from: string; to: string }[]): CypherQuery[] {
  return [...groupBy(rows, (row) => `${row.type}|${labelOf(row.to)}`)].flatMap(([key, group]) => {
    const [type, toLabel] = key.split('|') as [string, NodeLabel];
    return chunks(group).map((batch) => mergeRelationships(type, fromLabel, toLabel, batch));
  });
}

/** The registry entities an article needs in the graph: those it names and those citing it, with what they refer to. */
function entitiesOf(article: ValidatedArticle, registry: ReadonlyMap<string, RegistryDeclaration>): RegistryDeclaration[] {
  const wanted = new Set(article.statements.flatMap(mentionedEntities));
  for (const [id, declaration] of registry)
    if (declaration.entry.sources.some((source) => source.article === article.meta.id)) wanted.add(id);
  const closure = new Map<string, RegistryDeclaration>();
  const visit = (id: string) => {
    const declaration = registry.get(id);
    if (!declaration || closure.has(id)) return;
    closure.set(id, declaration);
    for (const relation of nodeSpec(declaration.label).relations) {
      const value = declaration.entry[relation.field];
      if (relation.direction === 'OUT' && !relation.wrapper && value !== undefined)
        (Array.isArray(value) ? value : [value]).forEach((target) => visit(String(target)));
    }
  };
  wanted.forEach(visit);
  return [...closure.values()];
}

/** Writes registry entities as the registry declares them now: properties, and their relationships replaced. */
async function writeEntities(run: Run, declarations: readonly RegistryDeclaration[]): Promise<void> {
  const groups = [...groupBy(declarations, (declaration) => declaration.label)];
  // Every node first, so that each relationship below finds both ends whatever the order of the labels.
  for (const [label, group] of groups) {
    const spec = nodeSpec(label);
    const rows: NodeRow[] = group.map(({ entry }) => ({
      id: entry.id,
      props: Object.fromEntries(
        spec.properties
          .filter((property) => !property.derived && property.name !== 'id')
          .map((property) => [property.name, (entry[property.name] ?? (property.type === 'strings' ? [] : null)) as PropertyValue]),
      ),
    }));
    await runAll(
      run,
      chunks(rows).map((batch) => mergeNodes(label, batch)),
    );
  }
  for (const [label, group] of groups) {
    const outgoing = nodeSpec(label).relations.filter(
      (relation) =>
        relation.direction === 'OUT' && !relation.wrapper && relation.targets.every((target) => nodeSpec(target).kind === 'registry'),
    );
    if (outgoing.length === 0) continue;
    await run(
      deleteOutgoing(
        label,
        [...new Set(outgoing.map((relation) => relation.type))],
        group.map(({ entry }) => entry.id),
      ),
    );
    const relationships = group.flatMap(({ entry }) =>
      outgoing.flatMap((relation) => {
        const value = entry[relation.field];
        return value === undefined
          ? []
          : (Array.isArray(value) ? value : [value]).map((to) => ({ type: relation.type, from: entry.id, to: String(to) }));
      }),
    );
    await runAll(run, relationshipWrites(label, relationships));
  }
}

const toClaims = (rows: Row[]) =>
  rows.map((row) => ({
    id: String(row.id),
    claims: (row.claims as { id: string; values: string; articleId: string; publishedOn: string | null }[]).map((claim): Claim => ({
      id: claim.id,
      articleId: claim.articleId,
      publishedOn: claim.publishedOn,
      statement: JSON.parse(claim.values) as Statement,
    })),
  }));

/** Derives the facts again from all their claims; deletes those left without one. */
async function deriveFacts(run: Run, factIds: ReadonlySet<string>): Promise<{ facts: number; deleted: number }> {
  let facts = 0;
  let deleted = 0;
  for (const [label, ids] of groupBy(factIds, labelOf)) {
    const spec = nodeSpec(label);
    const found = toClaims(await run(claimsOfFacts(label, ids)));
    const derived = found.map(({ id, claims }) => ({ id, fact: deriveFact(id, label, claims) }));
    const gone = derived.filter((item) => item.fact === undefined).map((item) => item.id);
    if (gone.length > 0) await run(deleteNodes(label, gone));
    deleted += gone.length;
    const kept = derived.flatMap((item) => (item.fact ? [item.fact] : []));
    if (kept.length === 0) continue;
    facts += kept.length;
    await runAll(
      run,
      chunks(kept.map((fact) => ({ id: fact.id, props: fact.props as Record<string, PropertyValue> }))).map((batch) =>
        mergeNodes(label, batch),
      ),
    );
    const types = [
      ...new Set([
        ...spec.relations.filter((relation) => relation.direction === 'OUT' && !relation.wrapper).map((relation) => relation.type),
        'STATED_IN',
      ]),
    ];
    await run(
      deleteOutgoing(
        label,
        types,
        kept.map((fact) => fact.id),
      ),
    );
    // A fact another fact points at (the event of a participation) may be declared by an article loaded later:
    // its node is made now, so that the relationship is written whatever the order of the articles.
    const factTargets = kept
      .flatMap((fact) => fact.relationships.map((relationship) => relationship.to))
      .filter((to) => nodeSpec(labelOf(to)).kind === 'fact');
    for (const [targetLabel, targets] of groupBy(new Set(factTargets), labelOf))
      await run(
        mergeNodes(
          targetLabel,
          targets.map((target) => ({ id: target, props: {} })),
        ),
      );
    await runAll(
      run,
      relationshipWrites(
        label,
        kept.flatMap((fact) => fact.relationships.map((relationship) => ({ ...relationship, from: fact.id }))),
      ),
    );
    const quotes = kept.flatMap((fact) => fact.sources.map((source) => ({ ...source, id: fact.id })));
    const rows = [...groupBy(quotes, (quote) => `${quote.id}\n${quote.articleId}`).values()].map((items) => ({
      id: items[0]!.id,
      articleId: items[0]!.articleId,
      quotes: [...new Set(items.map((item) => item.quote))],
    }));
    await runAll(
      run,
      chunks(rows).map((batch) => mergeProvenance(label, batch)),
    );
  }
  return { facts, deleted };
}

/** Derives the entities' names again from every `name` claim about them. */
async function deriveEntityNames(run: Run, entityIds: ReadonlySet<string>): Promise<void> {
  for (const [label, ids] of groupBy(entityIds, labelOf)) {
    const found = toClaims(await run(nameClaimsOf(label, ids)));
    await run(
      mergeNodes(
        label,
        found.map(({ id, claims }) => ({ id, props: { nameReadings: claims.length > 0 ? JSON.stringify(deriveNames(claims)) : null } })),
      ),
    );
  }
}

/** The claims an article has now, and what their removal asks to derive again. */
async function removeClaims(run: Run, articleId: string): Promise<{ facts: Set<string>; named: Set<string> }> {
  const [targets] = await run(articleClaimTargets(articleId));
  await runAll(run, deleteArticleClaims(articleId));
  return { facts: new Set((targets?.facts as string[] | undefined) ?? []), named: new Set((targets?.named as string[] | undefined) ?? []) };
}

function articleRow(article: ValidatedArticle, contentHash: string | null): NodeRow {
  const { meta } = article;
  const published = meta.published;
  return {
    id: meta.id,
    props: {
      title: meta.title,
      publisher: meta.publisher,
      author: meta.author,
      language: meta.language,
      url: meta.url,
      note: meta.note ?? null,
      text: article.text,
      published,
      publishedAt: published && publicationPrecision(published) === 'time' ? published : null,
      publishedOn: published && ['time', 'day'].includes(publicationPrecision(published)!) ? published.slice(0, 10) : null,
      contentHash,
    },
  };
}

/** The claims' links to the entities they name and the facts they support; returns the facts and names to derive. */
async function linkClaims(
  run: Run,
  claims: readonly { id: string; statement: Statement }[],
): Promise<{ facts: Set<string>; named: Set<string> }> {
  const mentions = claims.flatMap(({ statement, id }) => mentionedEntities(statement).map((to) => ({ type: 'MENTIONS', from: id, to })));
  const supported = claims.flatMap(({ statement, id }) => {
    const fact = supportedFact(statement);
    return fact ? [{ type: 'SUPPORTS', from: id, to: fact.id }] : [];
  });
  for (const [label, rows] of groupBy(supported, (row) => labelOf(row.to))) {
    await run(
      mergeNodes(
        label,
        [...new Set(rows.map((row) => row.to))].map((id) => ({ id, props: {} })),
      ),
    );
  }
  await runAll(run, relationshipWrites('Claim', [...mentions, ...supported]));
  return {
    facts: new Set(supported.map((row) => row.to)),
    named: new Set(claims.filter(({ statement }) => statement.kind === 'name').map(({ statement }) => String(statement.entity))),
  };
}

const rankOf = (statement: Statement) => ({
  rank: (statement.rank ?? 'normal').toUpperCase(),
  rankReason: (statement.rankReason as string | undefined) ?? null,
});

/**
 * A transaction that writes the graph: it takes the graph's write lock first (lockWrites: writes run one at a time,
 * so that every derivation sees every claim), then runs `work`. Every writer of statements (the seed loader, the
 * write API) runs storeArticle, retractArticle and restateClaims in one of these.
 */
export function writeTransaction<T>(database: Database, work: (run: Run) => Promise<T>, options: RunOptions = {}): Promise<T> {
  return database.transaction(async (run) => {
    await run(lockWrites());
    return work(run);
  }, options);
}

/**
 * Stores one validated article (see the module comment), inside a writeTransaction. `contentHash` is the
 * submission's, when it comes through the API.
 */
export async function storeArticle(
  run: Run,
  article: ValidatedArticle,
  registry: ReadonlyMap<string, RegistryDeclaration>,
  contentHash: string | null = null,
): Promise<StoreSummary> {
  const articleId = article.meta.id;
  const old = await removeClaims(run, articleId);
  await run(mergeNodes('Article', [articleRow(article, contentHash)]));

  const entities = entitiesOf(article, registry);
  await writeEntities(run, entities);

  const claims = article.statements.map((statement) => ({ statement, id: claimId(articleId, statement.id) }));
  await runAll(
    run,
    chunks(
      claims.map(({ statement, id }) => ({
        id,
        kind: statement.kind,
        ...rankOf(statement),
        values: JSON.stringify(statement),
        quotes: statement.quotes,
      })),
    ).map((batch) => createClaims(articleId, batch)),
  );

  // Sources of entities: the quotes of the statements that name them, and the registry's quotes from this article.
  const entityQuotes = [
    ...claims.flatMap(({ statement }) => mentionedEntities(statement).map((id) => ({ id, quotes: statement.quotes }))),
    ...entities.flatMap(({ entry }) =>
      entry.sources.filter((source) => source.article === articleId).map((source) => ({ id: entry.id, quotes: [source.quote] })),
    ),
  ];
  for (const [label, rows] of groupBy(entityQuotes, (row) => labelOf(row.id)))
    await run(
      mergeProvenance(
        label,
        rows.map((row) => ({ ...row, articleId })),
      ),
    );

  const linked = await linkClaims(run, claims);
  const derived = await deriveFacts(run, new Set([...old.facts, ...linked.facts]));
  await deriveEntityNames(run, new Set([...old.named, ...linked.named]));
  return { claims: claims.length, entities: entities.length, facts: derived.facts, deletedFacts: derived.deleted };
}

/** Removes an article and everything only it stated; derives again what it shared with others (in a writeTransaction). */
export async function retractArticle(run: Run, articleId: string): Promise<StoreSummary> {
  const old = await removeClaims(run, articleId);
  await run(deleteArticle(articleId));
  const derived = await deriveFacts(run, old.facts);
  await deriveEntityNames(run, old.named);
  return { claims: 0, entities: 0, facts: derived.facts, deletedFacts: derived.deleted };
}

/**
 * Restates claims already in the graph with new statements (an editor's rank, the ids of a merge, or their undoing):
 * their values and rank are replaced, their links written again, and every fact and name they touched before or
 * touch now is derived again (in a writeTransaction).
 */
export async function restateClaims(run: Run, claims: readonly { id: string; statement: Statement }[]): Promise<StoreSummary> {
  if (claims.length === 0) return { claims: 0, entities: 0, facts: 0, deletedFacts: 0 };
  const [before] = await run(claimTargets(claims.map((claim) => claim.id)));
  await runAll(
    run,
    chunks(claims.map(({ id, statement }) => ({ id, ...rankOf(statement), values: JSON.stringify(statement) }))).map((batch) =>
      updateClaims(batch),
    ),
  );
  const linked = await linkClaims(run, claims);
  const derived = await deriveFacts(run, new Set([...((before?.facts as string[] | undefined) ?? []), ...linked.facts]));
  await deriveEntityNames(run, new Set([...((before?.named as string[] | undefined) ?? []), ...linked.named]));
  return { claims: claims.length, entities: 0, facts: derived.facts, deletedFacts: derived.deleted };
}
