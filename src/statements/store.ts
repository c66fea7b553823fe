/**
 * Storing what an article states, in one transaction: its claims replace the ones it had (so a reload changes
 * nothing and an edited file replaces its old statements), stored as the article states them; the registry
 * entities it names are written from the registry; and every fact and name its old or new claims touch is
 * derived again from all the claims about it, whichever article they come from (derive.ts), reading each
 * reference as the entity the judgements in force make it (judgements.ts). A fact no claim supports any more is
 * deleted. Retracting an article is the same without new claims; a judgement links the claims it touches anew.
 * A load into an empty graph derives the whole graph in memory from these same pieces instead (bulkPlan.ts).
 *
 * Every write locks what it touches before it reads what it derives from (src/db/cypher/locks.ts): the article,
 * the entities it names (as stated and as resolved) and the facts it derives. Writes touching other things run
 * side by side; the seed loader's article-by-article load and the write API share this one path.
 */
import {
  articleClaimTargets,
  claimsById,
  claimsOfFacts,
  claimTargets,
  createClaims,
  deleteArticleClaims,
  deleteClaimLinks,
  entityQuotes,
  nameClaimsOf,
  setClaimRanks,
  type ClaimRow,
} from '../db/cypher/claims.js';
import { deleteArticle } from '../db/cypher/articles.js';
import { entityDeclarations, mergesOf, updateHiddenEntities } from '../db/cypher/entities.js';
import { rankJudgementsOf } from '../db/cypher/judgements.js';
import { lockKeys } from '../db/cypher/locks.js';
import { postContexts, reorganizedPosts } from '../db/cypher/posts.js';
import {
  combineWrites,
  deleteNodes,
  deleteOutgoing,
  deleteProvenance,
  createProvenance,
  createRelationships,
  mergeNodes,
  type NodeRow,
  type PropertyValue,
  type QuoteRow,
} from '../db/cypher/merge.js';
import type { CypherQuery, Row } from '../db/database.js';
import { labelOfId, nodeSpec, type NodeLabel } from '../model/index.js';
import { publicationPrecision } from '../text/isoDate.js';
import { deriveFact, deriveNames, type Claim, type DerivedFact } from './derive.js';
import { applyPostRules, type PostContext } from './posts.js';
import type { Rank, RegistryEntry, Statement } from './format.js';
import { canonical, claimContent, judgedRank, resolveReferences, type Merges } from './judgements.js';
import { mentionedEntities, referencesOf, supportedFact } from './kinds.js';
import type { RegistryRecord } from './read.js';
import type { ValidatedArticle } from './validate.js';

export type Run = (query: CypherQuery) => Promise<Row[]>;

/** What one write stored, for progress output and the audit trail. */
export interface StoreSummary {
  claims: number;
  entities: number;
  /** Facts derived again (created, changed or unchanged) and deleted. */
  facts: number;
  deletedFacts: number;
}

/** Rows per statement: large enough that a file costs few round trips, small enough to bound one statement's memory. */
export const BATCH_SIZE = 1000;

export function chunks<T>(rows: readonly T[], size = BATCH_SIZE): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < rows.length; start += size) result.push(rows.slice(start, start + size));
  return result;
}

/** Adds a value to the list a map holds under its key. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) append(groups, key(item), item);
  return groups;
}

export const labelOf = (id: string): NodeLabel => {
  const label = labelOfId(id);
  if (!label) throw new Error(`no label for id ${id}: the validator lets none through`);
  return label;
};

/** A claim's id: its article's slug and its statement's id, joined by a "/" that neither can contain. */
export const claimId = (articleId: string, statementId: string) => `claim:${articleId.slice(articleId.indexOf(':') + 1)}/${statementId}`;

async function runAll(run: Run, queries: readonly CypherQuery[]): Promise<void> {
  for (const query of queries) await run(query);
}

/** Rows a query writes: the lengths of its list parameters (all of them: a combined query has one per part). */
export const rowsIn = (query: CypherQuery): number =>
  Object.values(query.params).reduce<number>((total, value) => total + (Array.isArray(value) ? value.length : 0), 0);

/**
 * Runs relationship and source writes (which return nothing) in their order, as few queries as batches of
 * BATCH_SIZE rows allow (combineWrites): a typical article's dozen small writes in one round trip.
 */
async function runWrites(run: Run, queries: readonly CypherQuery[]): Promise<void> {
  let batch: CypherQuery[] = [];
  let rows = 0;
  for (const query of queries) {
    if (batch.length > 0 && rows + rowsIn(query) > BATCH_SIZE) {
      await run(combineWrites(batch));
      batch = [];
      rows = 0;
    }
    batch.push(query);
    rows += rowsIn(query);
  }
  if (batch.length > 0) await run(combineWrites(batch));
}

/**
 * Writes relationships from rows whose targets may be of several labels, each distinct one once; they must not be
 * there yet (createRelationships).
 */
export function relationshipWrites(fromLabel: NodeLabel, rows: readonly { type: string; from: string; to: string }[]): CypherQuery[] {
  const distinct = new Map(rows.map((row) => [`${row.type}|${row.from}|${row.to}`, row]));
  return [...groupBy(distinct.values(), (row) => `${row.type}|${labelOf(row.to)}`)].flatMap(([key, group]) => {
    const [type, toLabel] = key.split('|') as [string, NodeLabel];
    return chunks(group).map((batch) => createRelationships(type, fromLabel, toLabel, batch));
  });
}

/**
 * Writes the quotes of nodes of one label, each distinct (node, article, quote) once, from rows that may repeat
 * them (one per statement); they must not be there yet (createProvenance).
 */
export function provenanceWrites(
  label: NodeLabel,
  rows: readonly { id: string; articleId: string; quotes: readonly string[] }[],
): CypherQuery[] {
  const distinct = new Map<string, QuoteRow>();
  for (const { id, articleId, quotes } of rows)
    for (const quote of quotes) distinct.set(JSON.stringify([id, articleId, quote]), { id, articleId, quote });
  return chunks([...distinct.values()]).map((batch) => createProvenance(label, batch));
}

/** The relations of a registry kind to other registry entities (an organization, a parent, a conferrer…). */
export const registryRelations = (label: NodeLabel) =>
  nodeSpec(label).relations.filter(
    (relation) =>
      relation.direction === 'OUT' && !relation.wrapper && relation.targets.every((target) => nodeSpec(target).kind === 'registry'),
  );

/** The entities an entry refers to, by relationship type: what its relationships are derived from. */
export function entryTargets(label: NodeLabel, entry: RegistryEntry): { type: string; to: string }[] {
  return registryRelations(label).flatMap((relation) => {
    const value = entry[relation.field];
    return value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((to) => ({ type: relation.type, to: String(to) }));
  });
}

/**
 * The merges in force about `ids`, followed to their end (X into Y into Z): one round trip per step of the
 * longest chain, which editors' merges keep short.
 */
export async function readMerges(run: Run, ids: Iterable<string>): Promise<Map<string, string>> {
  const merges = new Map<string, string>();
  const asked = new Set<string>();
  let frontier = [...new Set(ids)];
  while (frontier.length > 0) {
    frontier.forEach((id) => asked.add(id));
    const rows = await run(mergesOf(frontier));
    for (const row of rows) merges.set(String(row.id), String(row.mergedInto));
    frontier = rows.map((row) => String(row.mergedInto)).filter((id) => !asked.has(id));
  }
  return merges;
}

/**
 * What a transaction has locked already, and the merges those entities resolve by (which its locks hold still):
 * a store given it locks and reads again only what it names beyond them.
 */
export interface Locked {
  ids: ReadonlySet<string>;
  merges: Merges;
}

/**
 * Locks the entities `stated` names as they are stated and as they resolve, and returns the merges they resolve
 * by, with every key it locked. A merge made meanwhile may change what they resolve to; once those entities too
 * are locked, no other write can, so the resolution is read again until it holds still.
 */
export async function lockEntities(run: Run, stated: Iterable<string>, alsoLock: readonly string[] = []): Promise<Locked> {
  const ids = [...new Set(stated)];
  const locked = new Set<string>([...alsoLock, ...ids]);
  await run(lockKeys([...locked]));
  for (;;) {
    const merges = await readMerges(run, ids);
    const resolved = ids.map((id) => canonical(merges, id)).filter((id) => !locked.has(id));
    if (resolved.length === 0) return { ids: locked, merges };
    resolved.forEach((id) => locked.add(id));
    await run(lockKeys(resolved));
  }
}

const toClaims = (rows: Row[]) =>
  rows.map((row) => ({
    id: String(row.id),
    claims: (row.claims as { id: string; values: string; articleId: string; publishedOn: string | null; rank: string }[]).map((claim) => ({
      id: claim.id,
      articleId: claim.articleId,
      publishedOn: claim.publishedOn,
      statement: JSON.parse(claim.values) as Statement,
      rank: claim.rank.toLowerCase() as Rank,
    })),
  }));

/** The claims of facts of one label, as stored. */
async function claimsOf(run: Run, label: NodeLabel, ids: readonly string[]): Promise<{ id: string; claims: Claim[] }[]> {
  return toClaims(await run(claimsOfFacts(label, ids)));
}

/** The facts' claims read as the judgements in force resolve their references. */
async function resolved(run: Run, found: readonly { id: string; claims: Claim[] }[]): Promise<{ id: string; claims: Claim[] }[]> {
  const merges = await readMerges(
    run,
    found.flatMap((fact) => fact.claims.flatMap((claim) => referencesOf(claim.statement).map((reference) => reference.id))),
  );
  return found.map(({ id, claims }) => ({
    id,
    claims: claims.map((claim) => ({ ...claim, statement: resolveReferences(claim.statement, merges) })),
  }));
}

/**
 * What derived facts of one label write: their nodes, the fact nodes their relationships point at (an event a
 * participation is of may be declared by an article loaded later: its node is made bare, so that the relationship
 * is written whatever the order of the articles), their relationships and their sources. Pure: the store and the
 * bulk plan (bulkPlan.ts) write the same rows.
 */
export function factRows(
  label: NodeLabel,
  kept: readonly DerivedFact[],
): { nodes: NodeRow[]; targets: string[]; relationships: { type: string; from: string; to: string }[]; sources: QuoteRow[] } {
  return {
    nodes: kept.map((fact) => ({ id: fact.id, props: fact.props as Record<string, PropertyValue> })),
    targets: [
      ...new Set(
        kept
          .flatMap((fact) => fact.relationships.map((relationship) => relationship.to))
          .filter((to) => nodeSpec(labelOf(to)).kind === 'fact'),
      ),
    ],
    relationships: kept.flatMap((fact) => fact.relationships.map((relationship) => ({ ...relationship, from: fact.id }))),
    sources: kept.flatMap((fact) => fact.sources.map((source) => ({ id: fact.id, articleId: source.articleId, quote: source.quote }))),
  };
}

/** Writes derived facts of one label (replacing their properties, relationships and sources) and deletes those gone. */
async function writeFacts(
  run: Run,
  label: NodeLabel,
  derived: readonly { id: string; fact: DerivedFact | undefined }[],
): Promise<{ facts: number; deleted: number }> {
  const spec = nodeSpec(label);
  const gone = derived.filter((item) => item.fact === undefined).map((item) => item.id);
  if (gone.length > 0) await run(deleteNodes(label, gone));
  const kept = derived.flatMap((item) => (item.fact ? [item.fact] : []));
  if (kept.length === 0) return { facts: 0, deleted: gone.length };
  const rows = factRows(label, kept);
  await runAll(
    run,
    chunks(rows.nodes).map((batch) => mergeNodes(label, batch)),
  );
  // Every type written below is deleted first (the model's, and any a derivation gives), so that each is created anew.
  const types = [
    ...new Set([
      ...spec.relations.filter((relation) => relation.direction === 'OUT' && !relation.wrapper).map((relation) => relation.type),
      ...rows.relationships.map((relationship) => relationship.type),
      'STATED_IN',
    ]),
  ];
  for (const [targetLabel, targets] of groupBy(rows.targets, labelOf))
    await run(
      mergeNodes(
        targetLabel,
        targets.map((target) => ({ id: target, props: {} })),
      ),
    );
  // The facts' relationships and sources replaced: deleted, then written again as derived.
  await runWrites(run, [
    ...chunks(kept.map((fact) => fact.id)).map((ids) => deleteOutgoing(label, types, ids)),
    ...relationshipWrites(label, rows.relationships),
    ...provenanceWrites(
      label,
      rows.sources.map((source) => ({ id: source.id, articleId: source.articleId, quotes: [source.quote] })),
    ),
  ]);
  return { facts: kept.length, deleted: gone.length };
}

/** The position a tenure is of: its id is `tenure:<person slug>--<position slug>`, and registry slugs hold no "--". */
export const positionOfTenure = (tenureId: string) => `position:${tenureId.slice(tenureId.indexOf('--') + 2)}`;

/** The day before an ISO date: the last day of what a reorganization replaces. */
const dayBefore = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

/**
 * A post's first or last day from the reorganization that formed or replaced it (as postContexts returns it), and
 * why, the decision quoted where printed.
 */
function postBound(change: PostChange | undefined, verb: 'formed' | 'replaced'): { on: string; reason: string } | undefined {
  if (!change) return undefined;
  const { on, id, decision } = change;
  const when =
    verb === 'formed'
      ? `began when ${id} formed it, or its body or territory, on ${on}`
      : `ended when ${id} replaced it, or its body or territory, from ${on}`;
  return { on: verb === 'formed' ? on : dayBefore(on), reason: `the post ${when}${decision ? ` (${decision})` : ''}` };
}

/** A dated reorganization that formed or replaced a post, its body or their territory: `on` as Neo4j prints a date. */
export interface PostChange {
  on: string;
  id: string;
  decision: string | null;
}

/**
 * A post as postContexts reads it: its role's exclusivity, and the dated reorganizations that formed and replaced
 * it, its body or their territory. The bulk plan (bulkPlan.ts) makes the same rows in memory.
 */
export interface PostRow {
  exclusive: boolean;
  formations: PostChange[];
  replacements: PostChange[];
}

const byDayThenId = (a: PostChange, b: PostChange) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What the graph knows of a post for the rules across its tenures: a post exists only while it, its body and their
 * territory all do, so it begins with the latest of their formations and ends with the earliest of their
 * replacements (of equal days, the first by id, so that every path picks the same one).
 */
export function postContextOf(post: PostRow | undefined): PostContext {
  const latest = [...(post?.formations ?? [])].sort((a, b) => (a.on === b.on ? byDayThenId(a, b) : byDayThenId(b, a)))[0];
  const earliest = [...(post?.replacements ?? [])].sort(byDayThenId)[0];
  const began = postBound(latest, 'formed');
  const ended = postBound(earliest, 'replaced');
  return { exclusive: post?.exclusive === true, ...(began && { began }), ...(ended && { ended }) };
}

/**
 * Tenures derived each from its own claims, with the rules across a post's tenures applied (posts.ts), post by
 * post; those without a fact (no claim holds them any more) stay undefined, to be deleted.
 */
export function applyPostContexts(
  facts: readonly { id: string; fact: DerivedFact | undefined }[],
  posts: ReadonlyMap<string, PostRow>,
): { id: string; fact: DerivedFact | undefined }[] {
  const derived: { id: string; fact: DerivedFact | undefined }[] = [];
  for (const [position, group] of groupBy(facts, (item) => positionOfTenure(item.id))) {
    const kept = applyPostRules(
      group.flatMap((item) => (item.fact ? [item.fact] : [])),
      postContextOf(posts.get(position)),
    );
    derived.push(...group.filter((item) => item.fact === undefined), ...kept.map((fact) => ({ id: fact.id, fact })));
  }
  return derived;
}

/**
 * Derives tenures, post by post: each from its claims, then the rules across the post's tenures (posts.ts). A post
 * held by one person at a time has all its tenures derived together, since one's certain days narrow the others';
 * they and the post are locked first.
 */
async function deriveTenures(run: Run, tenureIds: ReadonlySet<string>): Promise<{ facts: number; deleted: number }> {
  const rows = await run(postContexts([...new Set([...tenureIds].map(positionOfTenure))]));
  const posts = new Map(rows.map((row) => [String(row.id), row as unknown as PostRow & { tenures: unknown }]));
  const ids = new Set(tenureIds);
  for (const row of posts.values()) if (row.exclusive) asIds(row.tenures).forEach((id) => ids.add(id));
  await run(lockKeys([...posts.keys(), ...ids]));
  const facts = (await resolved(run, await claimsOf(run, 'Tenure', [...ids]))).map(({ id, claims }) => ({
    id,
    fact: deriveFact(id, 'Tenure', claims),
  }));
  return writeFacts(run, 'Tenure', applyPostContexts(facts, posts));
}

/**
 * Derives the facts again from all their claims, read as the judgements in force resolve them; deletes those left
 * without one. Tenures come last: their possible days depend on the reorganizations of their posts, which may be
 * among the facts, and the tenures of every post a reorganization touches (before or after) are derived again.
 */
export async function deriveFacts(run: Run, factIds: ReadonlySet<string>): Promise<{ facts: number; deleted: number }> {
  const byLabel = groupBy(factIds, labelOf);
  const reorganizations = byLabel.get('Reorganization') ?? [];
  const postsTouched = async () =>
    reorganizations.length === 0 ? [] : asIds((await run(reorganizedPosts(reorganizations)))[0]?.positions);
  const before = await postsTouched();
  const total = { facts: 0, deleted: 0 };
  for (const [label, ids] of byLabel) {
    if (label === 'Tenure') continue;
    const found = await resolved(run, await claimsOf(run, label, ids));
    const written = await writeFacts(
      run,
      label,
      found.map(({ id, claims }) => ({ id, fact: deriveFact(id, label, claims) })),
    );
    total.facts += written.facts;
    total.deleted += written.deleted;
  }
  const posts = new Set([...before, ...(await postsTouched())]);
  const tenures = new Set(byLabel.get('Tenure') ?? []);
  if (posts.size > 0) for (const row of await run(postContexts([...posts]))) asIds(row.tenures).forEach((id) => tenures.add(id));
  if (tenures.size > 0) {
    const written = await deriveTenures(run, tenures);
    total.facts += written.facts;
    total.deleted += written.deleted;
  }
  return total;
}

/** An entity's `nameReadings` property: its names as its `name` claims give them (JSON), or null without one. */
export const nameReadingsOf = (claims: readonly Claim[]): string | null => (claims.length > 0 ? JSON.stringify(deriveNames(claims)) : null);

/** Derives the names of entities again from every `name` claim about them; a merged entity's wait until it is shown. */
export async function deriveEntityNames(run: Run, entityIds: ReadonlySet<string>, merges: Merges): Promise<void> {
  const shown = [...entityIds].filter((id) => canonical(merges, id) === id);
  for (const [label, ids] of groupBy(shown, labelOf)) {
    const found = toClaims(await run(nameClaimsOf(label, ids)));
    await run(
      mergeNodes(
        label,
        found.map(({ id, claims }) => ({ id, props: { nameReadings: nameReadingsOf(claims) } })),
      ),
    );
  }
}

/** A registry entity's node as declared: its properties, and the declaration itself (what its relationships are derived from). */
export function entityRow({ label, entry }: RegistryRecord): NodeRow {
  return {
    id: entry.id,
    props: {
      ...Object.fromEntries(
        nodeSpec(label)
          .properties.filter((property) => !property.derived && property.name !== 'id')
          .map((property) => [property.name, (entry[property.name] ?? (property.type === 'strings' ? [] : null)) as PropertyValue]),
      ),
      declaration: JSON.stringify(entry),
    },
  };
}

/**
 * Writes registry entities as declared now: properties and the declaration itself (what their relationships are
 * derived from), and their relationships to the entities their references resolve to. A merged entity keeps its
 * label hidden: its declaration is stored, and its relationships wait until its merge is undone.
 */
async function writeEntities(run: Run, records: readonly RegistryRecord[], merges: Merges): Promise<void> {
  const hidden = records.filter(({ entry }) => merges.has(entry.id));
  if (hidden.length > 0) await run(updateHiddenEntities(hidden.map(entityRow)));
  const shown = records.filter(({ entry }) => !merges.has(entry.id));
  // Every node first, so that each relationship below finds both ends whatever the order of the labels.
  for (const [label, group] of groupBy(shown, (record) => record.label))
    await runAll(
      run,
      chunks(group.map(entityRow)).map((batch) => mergeNodes(label, batch)),
    );
  await writeEntityRelationships(
    run,
    shown.map(({ label, entry }) => ({ id: entry.id, label, entry })),
    merges,
  );
}

/** Replaces entities' registry relationships by those their declarations give, to the entities the references resolve to. */
async function writeEntityRelationships(
  run: Run,
  entities: readonly { id: string; label: NodeLabel; entry: RegistryEntry }[],
  merges: Merges,
): Promise<void> {
  for (const [label, group] of groupBy(entities, (entity) => entity.label)) {
    const types = [...new Set(registryRelations(label).map((relation) => relation.type))];
    if (types.length === 0) continue;
    const rows = group.flatMap((entity) =>
      entryTargets(label, entity.entry).map((target) => ({ type: target.type, from: entity.id, to: canonical(merges, target.to) })),
    );
    await runWrites(run, [
      ...chunks(group.map((entity) => entity.id)).map((ids) => deleteOutgoing(label, types, ids)),
      ...relationshipWrites(label, rows),
    ]);
  }
}

/**
 * Writes the relationships of entities already in the graph again from their stored declarations: after a merge
 * or its undoing, what they refer to may resolve to another entity, and a merged one's own wait while it is hidden.
 */
export async function relinkEntities(run: Run, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = await run(entityDeclarations(ids));
  const entities = rows
    .filter((row) => !row.hidden && typeof row.declaration === 'string')
    .map((row) => ({ id: String(row.id), label: String(row.label), entry: JSON.parse(String(row.declaration)) as RegistryEntry }));
  const merges = await readMerges(
    run,
    entities.flatMap((entity) => entryTargets(entity.label, entity.entry).map((target) => target.to)),
  );
  await writeEntityRelationships(run, entities, merges);
}

/**
 * The claims' links as resolved: MENTIONS to the entities they name, SUPPORTS to the facts they are evidence for,
 * and the entities their `name` statements name (whose names are derived again).
 */
export function claimLinks(
  claims: readonly { id: string; statement: Statement }[],
  merges: Merges,
): { mentions: { type: string; from: string; to: string }[]; supported: { type: string; from: string; to: string }[]; named: Set<string> } {
  const resolved = claims.map(({ id, statement }) => ({ id, statement: resolveReferences(statement, merges) }));
  return {
    mentions: resolved.flatMap(({ statement, id }) => mentionedEntities(statement).map((to) => ({ type: 'MENTIONS', from: id, to }))),
    supported: resolved.flatMap(({ statement, id }) => {
      const fact = supportedFact(statement);
      return fact ? [{ type: 'SUPPORTS', from: id, to: fact.id }] : [];
    }),
    named: new Set(resolved.flatMap(({ statement }) => (statement.kind === 'name' ? [statement.entity] : []))),
  };
}

/** The claims' links to the entities they name and the facts they support, as resolved; returns what to derive. */
async function linkClaims(
  run: Run,
  claims: readonly { id: string; statement: Statement }[],
  merges: Merges,
): Promise<{ facts: Set<string>; named: Set<string> }> {
  const { mentions, supported, named } = claimLinks(claims, merges);
  for (const [label, rows] of groupBy(supported, (row) => labelOf(row.to))) {
    await run(
      mergeNodes(
        label,
        [...new Set(rows.map((row) => row.to))].map((id) => ({ id, props: {} })),
      ),
    );
  }
  await runWrites(run, relationshipWrites('Claim', [...mentions, ...supported]));
  return { facts: new Set(supported.map((row) => row.to)), named };
}

/** The facts the statements support and the entities they name, as resolved: what a write must lock. */
function targetsOf(statements: readonly Statement[], merges: Merges): { facts: string[]; entities: string[] } {
  const resolved = statements.map((statement) => resolveReferences(statement, merges));
  return {
    facts: resolved.flatMap((statement) => supportedFact(statement)?.id ?? []),
    entities: resolved.flatMap(mentionedEntities),
  };
}

const asIds = (value: unknown) => ((value as string[] | undefined) ?? []).map(String);

/**
 * The entities' sources from the claims that name them and from their declarations, for some articles: written
 * anew after a merge or its undoing, whose claims now name another entity.
 */
async function deriveEntityProvenance(run: Run, byEntity: ReadonlyMap<string, ReadonlySet<string>>, merges: Merges): Promise<void> {
  const shown = [...byEntity.keys()].filter((id) => canonical(merges, id) === id);
  if (shown.length === 0) return;
  const declarations = new Map((await run(entityDeclarations(shown))).map((row) => [String(row.id), row.declaration as string | null]));
  for (const [label, ids] of groupBy(shown, labelOf)) {
    const rows = ids.map((id) => ({ id, articleIds: [...byEntity.get(id)!] }));
    await run(deleteProvenance(label, rows));
    const quotes = await run(entityQuotes(label, rows));
    const provenance = [
      ...quotes.map((row) => ({ id: String(row.id), articleId: String(row.articleId), quotes: asIds(row.quotes) })),
      ...rows.flatMap(({ id, articleIds }) => {
        const declaration = declarations.get(id);
        const sources = declaration ? (JSON.parse(declaration) as RegistryEntry).sources : [];
        return sources
          .filter((source) => articleIds.includes(source.article))
          .map((source) => ({ id, articleId: source.article, quotes: [source.quote] }));
      }),
    ];
    await runAll(run, provenanceWrites(label, provenance));
  }
}

/**
 * The registry entities articles need in the graph: those they name and those citing them, with what they refer to.
 */
export function entitiesOf(articles: readonly ValidatedArticle[], registry: ReadonlyMap<string, RegistryRecord>): RegistryRecord[] {
  const wanted = new Set(articles.flatMap((article) => article.statements.flatMap(mentionedEntities)));
  const articleIds = new Set(articles.map((article) => article.meta.id));
  for (const [id, record] of registry) if (record.entry.sources.some((source) => articleIds.has(source.article))) wanted.add(id);
  const closure = new Map<string, RegistryRecord>();
  const visit = (id: string) => {
    const record = registry.get(id);
    if (!record || closure.has(id)) return;
    closure.set(id, record);
    entryTargets(record.label, record.entry).forEach((target) => visit(target.to));
  };
  wanted.forEach(visit);
  return [...closure.values()];
}

export function articleRow({ article, contentHash }: StoredArticle): NodeRow {
  const { meta } = article;
  const published = meta.published;
  const precision = published === null ? undefined : publicationPrecision(published);
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
      publishedAt: precision === 'time' ? published : null,
      publishedOn: precision === 'time' || precision === 'day' ? published!.slice(0, 10) : null,
      contentHash,
    },
  };
}

/**
 * Sources of entities from articles stored together: the quotes of the statements that name them, and the
 * registry's quotes from these articles (a merged entity's wait until it is shown).
 */
export function entitySources(
  articles: ReadonlySet<string>,
  statements: readonly { articleId: string; statement: Statement }[],
  entities: readonly RegistryRecord[],
  merges: Merges,
): { id: string; articleId: string; quotes: readonly string[] }[] {
  return [
    ...statements.flatMap(({ articleId, statement }) =>
      mentionedEntities(resolveReferences(statement, merges)).map((id) => ({ id, articleId, quotes: statement.quotes })),
    ),
    ...entities
      .filter(({ entry }) => !merges.has(entry.id))
      .flatMap(({ entry }) =>
        entry.sources
          .filter((source) => articles.has(source.article))
          .map((source) => ({ id: entry.id, articleId: source.article, quotes: [source.quote] })),
      ),
  ];
}

/** Claim rows as stored: each statement as stated, its rank as judged, what a rank judgement applies to. */
async function claimRows(run: Run, statements: readonly { articleId: string; statement: Statement }[]): Promise<ClaimRow[]> {
  // As stated first; the few an editor's rank judgement applies to are made again with it.
  const rows = statements.map(({ articleId, statement }) => claimRow(articleId, statement));
  const judged = new Map<string, Row>();
  for (const batch of chunks(rows))
    for (const row of await run(rankJudgementsOf(batch.map(({ id, content }) => ({ id, content }))))) judged.set(String(row.claim), row);
  return rows.map((row, index) => {
    const judgement = judged.get(row.id);
    if (!judgement) return row;
    const { articleId, statement } = statements[index]!;
    return claimRow(articleId, statement, { rank: String(judgement.rank).toLowerCase() as Rank, reason: String(judgement.reason) });
  });
}

/** A claim as stored: the statement as stated, with its rank as an editor's judgement in force (if any) makes it. */
export function claimRow(articleId: string, statement: Statement, judgement?: { rank: Rank; reason: string }): ClaimRow {
  const content = claimContent(statement);
  return {
    id: claimId(articleId, statement.id),
    articleId,
    kind: statement.kind,
    rank: judgedRank(statement, judgement && { rank: judgement.rank, content }).toUpperCase(),
    rankReason: judgement ? judgement.reason : (statement.rankReason ?? null),
    values: JSON.stringify(statement),
    quotes: statement.quotes,
    content,
    stated: mentionedEntities(statement),
  };
}

/** An article to store, with the hash of the submission that brings it (null for one loaded from a file). */
export interface StoredArticle {
  article: ValidatedArticle;
  contentHash: string | null;
}

/**
 * Stores validated articles (see the module comment), inside one write transaction: the write API and the loader
 * give one. Several are stored together, every step over all of them in batches, and each fact or name they touch
 * is derived once from all its claims: the graph is the one that storing them one by one makes.
 */
export async function storeArticles(
  run: Run,
  stored: readonly StoredArticle[],
  registry: ReadonlyMap<string, RegistryRecord>,
  locked?: Locked,
): Promise<StoreSummary> {
  const articles = stored.map((item) => item.article);
  const articleIds = articles.map((article) => article.meta.id);
  const statements = articles.flatMap((article) => article.statements.map((statement) => ({ articleId: article.meta.id, statement })));
  const entities = entitiesOf(articles, registry);
  const stated = [...statements.flatMap(({ statement }) => mentionedEntities(statement)), ...entities.map((record) => record.entry.id)];
  // The write API has locked what the submission names, to validate it: the store reuses that unless it names more.
  const { merges } =
    locked && [...stated, ...articleIds].every((id) => locked.ids.has(id)) ? locked : await lockEntities(run, stated, articleIds);
  const [old] = await run(articleClaimTargets(articleIds));
  const targets = targetsOf(
    statements.map(({ statement }) => statement),
    merges,
  );
  await run(lockKeys([...asIds(old?.facts), ...targets.facts]));

  await runAll(run, deleteArticleClaims(articleIds));
  await runAll(
    run,
    chunks(stored.map(articleRow)).map((batch) => mergeNodes('Article', batch)),
  );
  await writeEntities(run, entities, merges);
  const rows = await claimRows(run, statements);
  await runAll(
    run,
    chunks(rows).map((batch) => createClaims(batch)),
  );

  await runWrites(
    run,
    [...groupBy(entitySources(new Set(articleIds), statements, entities, merges), (row) => labelOf(row.id))].flatMap(([label, quoteRows]) =>
      provenanceWrites(label, quoteRows),
    ),
  );

  const linked = await linkClaims(
    run,
    rows.map((row, index) => ({ id: row.id, statement: statements[index]!.statement })),
    merges,
  );
  const derived = await deriveFacts(run, new Set([...asIds(old?.facts), ...linked.facts]));
  await deriveEntityNames(run, new Set([...asIds(old?.named), ...linked.named]), merges);
  return { claims: rows.length, entities: entities.length, facts: derived.facts, deletedFacts: derived.deleted };
}

/** Stores one validated article; `contentHash` is the submission's, when it comes through the API. */
export function storeArticle(
  run: Run,
  article: ValidatedArticle,
  registry: ReadonlyMap<string, RegistryRecord>,
  contentHash: string | null = null,
  locked?: Locked,
): Promise<StoreSummary> {
  return storeArticles(run, [{ article, contentHash }], registry, locked);
}

/** Removes an article and everything only it stated; derives again what it shared with others (in a write transaction). */
export async function retractArticle(run: Run, articleId: string): Promise<StoreSummary> {
  await run(lockKeys([articleId]));
  const [old] = await run(articleClaimTargets([articleId]));
  const named = asIds(old?.named);
  const { merges } = await lockEntities(run, named);
  await run(lockKeys(asIds(old?.facts)));
  await runAll(run, deleteArticleClaims([articleId]));
  await run(deleteArticle(articleId));
  const derived = await deriveFacts(run, new Set(asIds(old?.facts)));
  await deriveEntityNames(run, new Set(named), merges);
  return { claims: 0, entities: 0, facts: derived.facts, deletedFacts: derived.deleted };
}

/**
 * Links claims anew as the judgements in force resolve them (after a merge or its undoing), locking the facts they
 * supported and support now, and derives again every fact and name, and the sources of every entity, they touch.
 * Their values are not touched: they say what their articles stated.
 */
export async function relinkClaims(run: Run, ids: readonly string[]): Promise<StoreSummary> {
  if (ids.length === 0) return { claims: 0, entities: 0, facts: 0, deletedFacts: 0 };
  const claims = (await run(claimsById(ids))).map((row) => ({
    id: String(row.id),
    articleId: String(row.articleId),
    statement: JSON.parse(String(row.values)) as Statement,
  }));
  const merges = await readMerges(
    run,
    claims.flatMap((claim) => referencesOf(claim.statement).map((reference) => reference.id)),
  );
  const [before] = await run(claimTargets(ids));
  const after = targetsOf(
    claims.map((claim) => claim.statement),
    merges,
  );
  await run(lockKeys([...asIds(before?.facts), ...after.facts]));
  // The entities whose sources the claims' quotes were, and those they are now, with the articles of those quotes.
  const provenance = new Map<string, Set<string>>();
  const addProvenance = (entity: string, article: string) => provenance.set(entity, (provenance.get(entity) ?? new Set()).add(article));
  for (const mention of (before?.mentions as { entity: string; article: string }[] | undefined) ?? [])
    addProvenance(mention.entity, mention.article);
  for (const claim of claims)
    for (const id of mentionedEntities(resolveReferences(claim.statement, merges))) addProvenance(id, claim.articleId);
  await run(deleteClaimLinks(ids));
  const linked = await linkClaims(run, claims, merges);
  const derived = await deriveFacts(run, new Set([...asIds(before?.facts), ...linked.facts]));
  await deriveEntityNames(run, new Set([...asIds(before?.named), ...linked.named]), merges);
  await deriveEntityProvenance(run, provenance, merges);
  return { claims: claims.length, entities: 0, facts: derived.facts, deletedFacts: derived.deleted };
}

/** Ranks claims anew (an editor's rank or its undoing): their rank as judged, and the facts and names they support derived again. */
export async function rerankClaims(
  run: Run,
  ranks: readonly { id: string; rank: Rank; rankReason: string | null }[],
): Promise<StoreSummary> {
  const ids = ranks.map((rank) => rank.id);
  const [targets] = await run(claimTargets(ids));
  await run(lockKeys(asIds(targets?.facts)));
  await run(setClaimRanks(ranks.map((rank) => ({ ...rank, rank: rank.rank.toUpperCase() }))));
  const named = asIds(targets?.named);
  const derived = await deriveFacts(run, new Set(asIds(targets?.facts)));
  await deriveEntityNames(run, new Set(named), await readMerges(run, named));
  return { claims: ids.length, entities: 0, facts: derived.facts, deletedFacts: derived.deleted };
}
