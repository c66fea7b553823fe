/**
 * The seed loader: validates the registry and every article file first (a bad file leaves the database exactly
 * as it was, not even reset), creates the constraints and indexes, then stores each article in one transaction
 * (src/statements/store.ts): its statements, the entities they name, and the facts derived again from every
 * statement about them. Storing an article replaces what it stated before, so a repeated load changes nothing.
 * Into an empty graph the whole graph is derived in memory instead, by the same pure functions (a bulk load:
 * src/statements/bulkPlan.ts), and each node, relationship and quote is created once, in large batches.
 * Each transaction is recorded in the audit trail, as the write API's are, with what it changed (the change feed).
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { CypherQuery, Database } from '../db/database.js';
import { articleState, countArticles, loadedArticleIds } from '../db/cypher/articles.js';
import { createAuditEntry } from '../db/cypher/audit.js';
import { bulkLoadMarkers, createBulkLoadMarker, deleteBulkLoadMarker, deleteBulkLoadMarkers } from '../db/cypher/bulkLoad.js';
import { countAll, countNodesByLabel, countRelationshipsByType, deleteBatch, graphHasNodes } from '../db/cypher/counts.js';
import { createClaims } from '../db/cypher/claims.js';
import { deleteUnsourcedEntities, mergesOf } from '../db/cypher/entities.js';
import { createProvenance, createRelationships, mergeNodes } from '../db/cypher/merge.js';
import { schemaStatements } from '../db/cypher/schema.js';
import { labelsOfKind } from '../model/index.js';
import { planGraph, type GraphPlan } from '../statements/bulkPlan.js';
import { IssueCode, Issues, type Issue } from '../statements/issues.js';
import { mentionedEntities } from '../statements/kinds.js';
import { ChangeSet, recording } from '../statements/changes.js';
import { chunks, retractArticle, storeArticles, type Run, type StoreSummary } from '../statements/store.js';
import { validateRecords, type LoadSet } from '../statements/validate.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR, expandPaths, readArticleFiles, readRegistryDir } from './files.js';

export { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from './files.js';

/**
 * Loads are not API requests: a cold Neo4j plans each statement of a first load for the first time, and a
 * large file writes many rows, so they get minutes rather than the API's seconds.
 */
const LOAD_RUN = { timeoutMs: 600_000 } as const;

export interface FileProgress {
  /** 1-based position of the file in the load, or of the transaction in a bulk load. */
  index: number;
  total: number;
  /** The file, or what a bulk load's transaction writes (the first and last of its files). */
  file: string;
  claims: number;
  facts: number;
  millis: number;
}

export interface LoadOptions {
  /** Empty the database first (after validation succeeded, so that bad input never costs the old data). */
  reset?: boolean;
  /** Remove the articles in the graph that the load does not hold, and what only they stated. */
  prune?: boolean;
  /**
   * Derive the whole graph in memory and create it in large transactions (planGraph) rather than storing the
   * articles one by one; only into an empty graph, since nothing is read from the graph and the audit trail then
   * records the load transaction by transaction, not article by article. Unset: in bulk exactly when the graph is
   * empty (a first load, or after `reset`).
   */
  bulk?: boolean;
  /** Rows (nodes, relationships, quotes) per transaction of a bulk load (BULK_ROWS). */
  bulkRows?: number;
  /** Called after each transaction of files commits. */
  onProgress?: (progress: FileProgress) => void;
  /** Told what the load does beyond loading files: emptying what an interrupted bulk load left. */
  onNotice?: (line: string) => void;
}

export interface GraphCounts {
  /** Per label and relationship type of the model (zero where absent). */
  nodesByLabel: Record<string, number>;
  relationshipsByType: Record<string, number>;
  /** All nodes and relationships, whatever their labels. */
  nodes: number;
  relationships: number;
}

export interface LoadSummary extends GraphCounts {
  files: number;
  /** Deleted by `reset`. */
  deletedNodes: number;
  /** Articles removed by `prune`. */
  prunedArticles: string[];
  validateMillis: number;
  /** The whole load: validation, reset, schema and writes. */
  millis: number;
}

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value));

/** Counts the graph as it is now: what the summary prints and what tests compare before and after a load. */
export async function countGraph(database: Database): Promise<GraphCounts> {
  const [labels, types, totals] = await Promise.all([
    database.read(countNodesByLabel(), LOAD_RUN),
    database.read(countRelationshipsByType(), LOAD_RUN),
    database.read(countAll(), LOAD_RUN),
  ]);
  return {
    nodesByLabel: Object.fromEntries(labels.map((row) => [String(row.label), asNumber(row.count)])),
    relationshipsByType: Object.fromEntries(types.map((row) => [String(row.type), asNumber(row.count)])),
    nodes: asNumber(totals[0]?.nodes),
    relationships: asNumber(totals[0]?.relationships),
  };
}

/**
 * Deletes every node and relationship in batches, one transaction each (the audit trail too), and the marks of
 * bulk loads last; constraints and indexes stay. Returns how many of the graph's nodes it deleted (not counting the
 * record of writes).
 */
export async function resetDatabase(database: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const [rows] = await database.write([deleteBatch()], LOAD_RUN);
    const deleted = asNumber(rows?.[0]?.deleted ?? 0);
    total += asNumber(rows?.[0]?.graphNodes ?? 0);
    if (deleted === 0) break;
  }
  await database.write([deleteBulkLoadMarkers()], LOAD_RUN);
  return total;
}

/** Creates the constraints and indexes (idempotent), one statement per transaction as Neo4j requires for schema changes. */
export async function ensureSchema(database: Database): Promise<void> {
  for (const statement of schemaStatements()) await database.write([statement], LOAD_RUN);
  // The full-text index must be online before anyone searches the freshly loaded graph.
  await database.read({ cypher: 'CALL db.awaitIndexes(300)', params: {} }, LOAD_RUN);
}

/** A load that passed validation, not yet written. */
export interface PreparedLoad {
  loadSet: LoadSet;
  validateMillis: number;
}

/**
 * Reads and validates the registry and the article files at `paths` (files, or folders of `*.json` files)
 * without touching the database. Throws a ValidationError listing every problem when any file is bad.
 */
export function prepareLoad(paths: readonly string[], registryDir: string = DEFAULT_REGISTRY_DIR): PreparedLoad {
  const began = performance.now();
  const files = expandPaths(paths);
  const issues = new Issues();
  const registry = readRegistryDir(issues, registryDir);
  const loadSet = validateRecords({ registry, articles: readArticleFiles(issues, files) }, issues);
  return { loadSet, validateMillis: performance.now() - began };
}

/**
 * An editor may have merged an entity of the files into another through the API. The files still name it as
 * their articles do, and it is read as the entity it was merged into: each file that declares or names it gets a
 * warning saying so.
 */
export async function mergeWarnings(database: Database, loadSet: LoadSet): Promise<Issue[]> {
  const named = new Map<string, string[]>();
  for (const article of loadSet.articles)
    for (const id of new Set(article.statements.flatMap(mentionedEntities))) named.set(id, [...(named.get(id) ?? []), article.input]);
  const ids = [...new Set([...loadSet.registry.keys(), ...named.keys()])];
  return (await database.read(mergesOf(ids), LOAD_RUN)).flatMap((row) => {
    const message = `"${String(row.id)}" was merged into "${String(row.mergedInto)}" in the graph (an editor's judgement): it is read as "${String(row.mergedInto)}"`;
    const declaration = loadSet.registry.get(String(row.id));
    return [
      ...(declaration ? [{ code: IssueCode.MERGED_REFERENCE, input: declaration.input, path: `${declaration.path}.id`, message }] : []),
      ...(named.get(String(row.id)) ?? []).map((input) => ({ code: IssueCode.MERGED_REFERENCE, input, path: '$.statements', message })),
    ];
  });
}

/** Who the loader's writes are by in the audit trail: the operator, with the database's own credentials, not a key. */
export const LOADER = { keyId: 'loader', keyName: 'npm run seed', keyRole: 'ADMIN' } as const;

/**
 * One write of the loader in one transaction, recorded as the write API's are: what it changed is noted as it runs
 * and stored with its audit entry, created last (src/statements/changes.ts). `loadId` is the load's, so that one
 * load's entries share it, as one request's would.
 */
async function loaderWrite(
  database: Database,
  entry: { loadId: string; action: string; articleId: string | null; articleIds?: string[]; file?: string; files?: string[] },
  work: (run: Run) => Promise<StoreSummary & { entitiesDeleted?: number }>,
): Promise<StoreSummary> {
  return database.transaction(async (plain) => {
    const changes = new ChangeSet();
    const run = recording(plain, changes);
    // A transaction of a bulk load writes into an empty graph: it removes no statement.
    const [state] = entry.articleId === null ? [] : await run(articleState(entry.articleId));
    const summary = await work(run);
    await run(
      createAuditEntry(
        {
          id: `audit:${randomUUID()}`,
          action: entry.action,
          ...LOADER,
          requestId: entry.loadId,
          articleId: entry.articleId,
          ...(entry.articleIds === undefined ? {} : { articleIds: entry.articleIds }),
          judgementId: null,
          statementsAdded: summary.claims,
          statementsRemoved: asNumber(state?.claims ?? 0),
          details: JSON.stringify({
            ...(entry.file === undefined ? {} : { file: entry.file }),
            ...(entry.files === undefined ? {} : { files: entry.files }),
            factsDerived: summary.facts,
            factsDeleted: summary.deletedFacts,
            ...(summary.entitiesDeleted === undefined ? {} : { entitiesDeleted: summary.entitiesDeleted }),
          }),
        },
        changes.changes(),
      ),
    );
    return summary;
  }, LOAD_RUN);
}

/**
 * Rows per transaction of a bulk load, and characters of their parameters: enough that the seed data is a few
 * transactions, few enough that one transaction's new nodes and relationships stay within the memory Neo4j lets
 * transactions use (70 % of the 1 GiB heap the project gives it beside everything else). Characters count too:
 * the nodes that carry readings, declarations or claims' statements as JSON weigh far more than a relationship
 * (a scale-10 corpus's transactions of 50,000 such rows ran past that limit).
 */
export const BULK_ROWS = 50_000;
export const BULK_CHARACTERS = 24_000_000;
/** Rows per query of a bulk load: far fewer round trips than the store's BATCH_SIZE, within Bolt's message size. */
const BULK_BATCH = 5_000;

/** Consecutive groups of items of at most `limit` in size each (an item larger than that alone), in their order. */
export function bulkSteps<T>(items: readonly T[], sizeOf: (item: T) => number, limit: number): T[][] {
  const steps: T[][] = [];
  let size = Infinity;
  for (const item of items) {
    if (size + sizeOf(item) > limit) {
      steps.push([]);
      size = 0;
    }
    steps.at(-1)!.push(item);
    size += sizeOf(item);
  }
  return steps;
}

/** One query of a bulk load, with what it writes: its rows, the articles whose nodes it creates, claims and facts. */
interface PlannedWrite {
  query: CypherQuery;
  rows: number;
  /** The characters of its parameters' strings: what its new nodes and relationships weigh in the transaction. */
  characters: number;
  articles: { id: string; file: string; input: string }[];
  claims: number;
  facts: number;
}

/** The characters of a value's strings and keys: what rows weigh, counted without building their JSON. */
function charactersOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + charactersOf(item), 0);
  if (value !== null && typeof value === 'object')
    return Object.entries(value).reduce<number>((sum, [key, item]) => sum + key.length + charactersOf(item), 0);
  return 8;
}

/**
 * A plan's queries in the order they can run, in units that one transaction holds whole: each step of articles
 * with its claims (so that the transaction's audit entry names the articles whose statements it stored), then
 * every other node, relationship and quote, each query a unit.
 */
export function planWrites(plan: GraphPlan, batch = BULK_BATCH): PlannedWrite[][] {
  const write = (query: CypherQuery, rows: number, more: Partial<PlannedWrite> = {}): PlannedWrite => ({
    query,
    rows,
    characters: charactersOf(query.params),
    articles: [],
    claims: 0,
    facts: 0,
    ...more,
  });
  return [
    ...bulkSteps(plan.articles, (article) => 1 + article.claims.length, batch).map((step) => [
      write(
        mergeNodes(
          'Article',
          step.map((article) => article.row),
          { create: true },
        ),
        step.length,
        { articles: step.map((article) => ({ id: article.row.id, file: basename(article.file), input: article.file })) },
      ),
      ...chunks(
        step.flatMap((article) => article.claims),
        batch,
      ).map((claims) => write(createClaims(claims), claims.length, { claims: claims.length })),
    ]),
    ...[
      ...plan.nodes.flatMap(({ label, rows, derived }) =>
        chunks(rows, batch).map((batch) =>
          write(mergeNodes(label, batch, { create: true }), batch.length, { facts: derived ? batch.length : 0 }),
        ),
      ),
      ...plan.relationships.flatMap(({ type, fromLabel, toLabel, rows }) =>
        chunks(rows, batch).map((batch) => write(createRelationships(type, fromLabel, toLabel, batch), batch.length)),
      ),
      ...plan.sources.flatMap(({ label, rows }) => chunks(rows, batch).map((batch) => write(createProvenance(label, batch), batch.length))),
    ].map((single) => [single]),
  ];
}

/**
 * Writes a bulk load's plan in transactions of up to `rowsPerTransaction` rows and BULK_CHARACTERS characters of
 * parameters; the last one removes the load's marker.
 */
async function writePlan(
  database: Database,
  plan: GraphPlan,
  load: { loadId: string; rowsPerTransaction: number; onProgress?: (progress: FileProgress) => void },
): Promise<void> {
  const { loadId } = load;
  const share = (write: PlannedWrite) => Math.max(write.rows / load.rowsPerTransaction, write.characters / BULK_CHARACTERS);
  const transactions = bulkSteps(
    planWrites(plan, Math.min(BULK_BATCH, load.rowsPerTransaction)),
    // Each unit's share of a transaction, by rows or by characters, whichever fills it first.
    (unit) => unit.reduce((sum, write) => sum + share(write), 0),
    1,
  ).map((units) => units.flat());
  for (const [index, writes] of transactions.entries()) {
    const started = performance.now();
    const articles = writes.flatMap((write) => write.articles);
    const files = articles.map((article) => article.file);
    const summary = await loaderWrite(
      database,
      // A transaction that stores one article is recorded as the article-by-article load records it.
      articles.length === 1
        ? { loadId, action: 'loadArticle', articleId: articles[0]!.id, file: files[0] }
        : { loadId, action: 'loadArticle', articleId: null, articleIds: articles.map((article) => article.id), files },
      async (run) => {
        for (const { query } of writes) await run(query);
        if (index === transactions.length - 1) await run(deleteBulkLoadMarker(loadId));
        const total = (key: 'claims' | 'facts') => writes.reduce((sum, write) => sum + write[key], 0);
        return { claims: total('claims'), entities: 0, facts: total('facts'), deletedFacts: 0 };
      },
    );
    const rows = writes.reduce((sum, write) => sum + write.rows, 0);
    load.onProgress?.({
      index: index + 1,
      total: transactions.length,
      file:
        articles.length === 1
          ? articles[0]!.input
          : files.length > 0
            ? `${files[0]} … ${files.at(-1)!} (${files.length} files, ${rows} rows)`
            : `entities, facts and links (${rows} rows)`,
      claims: summary.claims,
      facts: summary.facts,
      millis: performance.now() - started,
    });
  }
}

/** The load ids of the bulk loads whose marker is still there: they were killed between two of their transactions. */
export async function interruptedBulkLoads(database: Database): Promise<string[]> {
  return (await database.read(bulkLoadMarkers(), LOAD_RUN)).map((row) => String(row.loadId));
}

/** Stores the articles one by one, one transaction each. */
async function writeArticles(
  database: Database,
  articles: LoadSet['articles'],
  load: { loadId: string; registry: LoadSet['registry']; onProgress?: (progress: FileProgress) => void },
): Promise<void> {
  for (const [index, article] of articles.entries()) {
    const started = performance.now();
    const file = basename(article.input);
    const summary = await loaderWrite(database, { loadId: load.loadId, action: 'loadArticle', articleId: article.meta.id, file }, (run) =>
      storeArticles(run, [{ article, contentHash: null }], load.registry),
    );
    load.onProgress?.({
      index: index + 1,
      total: articles.length,
      file: article.input,
      claims: summary.claims,
      facts: summary.facts,
      millis: performance.now() - started,
    });
  }
}

/** The rows of a plan's groups (of nodes, relationships or quotes). */
const rowsOf = (groups: readonly { rows: readonly unknown[] }[]) => groups.reduce((sum, group) => sum + group.rows.length, 0);

/** The nodes and relationships a plan makes: its articles, claims (each with its article), nodes, links and quotes. */
export function plannedCounts(plan: GraphPlan): { nodes: number; relationships: number } {
  const claims = plan.articles.reduce((sum, article) => sum + article.claims.length, 0);
  return {
    nodes: plan.articles.length + claims + rowsOf(plan.nodes),
    relationships: claims + rowsOf(plan.relationships) + rowsOf(plan.sources),
  };
}

/** Writes a prepared load: reset if asked, the schema, the articles (one transaction each, or in bulk), then the pruning. */
export async function writeLoad(database: Database, prepared: PreparedLoad, options: LoadOptions = {}): Promise<LoadSummary> {
  const began = performance.now();
  const { articles, registry } = prepared.loadSet;
  let deletedNodes = options.reset ? await resetDatabase(database) : 0;
  // The articles a killed bulk load committed are only part of a load: never taken for a graph that holds articles.
  const interrupted = await interruptedBulkLoads(database);
  if (interrupted.length > 0) {
    options.onNotice?.(`The graph is a bulk load that did not finish (load ${interrupted.join(', ')}): emptying it to load in bulk again.`);
    deletedNodes += await resetDatabase(database);
  }
  const empty = (await database.read(graphHasNodes(), LOAD_RUN))[0]?.found !== true;
  if (options.bulk === true && !empty) throw new Error('a bulk load needs an empty graph: add --reset to empty it first');
  const bulk = (options.bulk ?? empty) && articles.length > 0;
  await ensureSchema(database);
  const loadId = randomUUID();
  if (bulk) {
    const planning = performance.now();
    const plan = planGraph(articles, registry);
    options.onNotice?.(
      `Derived the graph in memory in ${Math.round(performance.now() - planning)} ms: ${plan.articles.length} articles, ` +
        `${rowsOf(plan.nodes)} entities and facts (${plan.facts} facts derived), ${rowsOf(plan.relationships)} relationships, ${rowsOf(plan.sources)} quotes.`,
    );
    // Marked before the first transaction, unmarked by the last one: a kill between them leaves the mark.
    await database.write([createBulkLoadMarker(loadId)], LOAD_RUN);
    try {
      await writePlan(database, plan, { loadId, rowsPerTransaction: options.bulkRows ?? BULK_ROWS, onProgress: options.onProgress });
      // Nothing is read back while writing: the counts tell whether every row found its nodes (a writer beside the
      // load, or a reset by another load, would leave them short).
      const written = await countGraph(database);
      const planned = plannedCounts(plan);
      if (written.nodes !== planned.nodes || written.relationships !== planned.relationships)
        throw new Error(
          `the bulk load wrote ${written.nodes} nodes and ${written.relationships} relationships where its plan has ${planned.nodes} and ${planned.relationships}: did another load or writer run beside it?`,
        );
    } catch (error) {
      // A failed bulk load leaves no part of itself: the graph is empty again, as it was before the load.
      try {
        await resetDatabase(database);
      } catch (cleanup) {
        const message = (value: unknown) => (value instanceof Error ? value.message : String(value));
        throw new Error(`${message(error)} (and emptying the graph after it failed too: ${message(cleanup)})`, { cause: error });
      }
      throw error;
    }
  } else await writeArticles(database, articles, { loadId, registry, onProgress: options.onProgress });
  const prunedArticles: string[] = [];
  if (options.prune) {
    const loaded = new Set(articles.map((article) => article.meta.id));
    for (const row of await database.read(loadedArticleIds(), LOAD_RUN)) {
      const id = String(row.id);
      if (loaded.has(id)) continue;
      // As the write API retracts: the article, what only it stated, and the entities no article states any more.
      await loaderWrite(database, { loadId, action: 'pruneArticle', articleId: id }, async (run) => {
        const summary = await retractArticle(run, id);
        const [unsourced] = await run(deleteUnsourcedEntities(labelsOfKind('registry')));
        return { ...summary, entitiesDeleted: asNumber(unsourced?.deleted ?? 0) };
      });
      prunedArticles.push(id);
    }
  }
  const counts = await countGraph(database);
  const { validateMillis } = prepared;
  return {
    ...counts,
    files: articles.length,
    deletedNodes,
    prunedArticles,
    validateMillis,
    millis: validateMillis + performance.now() - began,
  };
}

/**
 * Loads the data files at `paths`. Throws a ValidationError, having written nothing (not even the reset),
 * when any file is bad; otherwise returns the graph's counts after the load.
 */
export async function loadArticleFiles(
  database: Database,
  paths: readonly string[],
  options: LoadOptions & { registryDir?: string } = {},
): Promise<LoadSummary> {
  return writeLoad(database, prepareLoad(paths, options.registryDir), options);
}

/**
 * Loads `seed/articles` when the graph holds no article (or only part of a bulk load that did not finish), so that the first `npm start` serves a ready graph
 * while a graph someone has loaded is never touched. Returns the summary, or undefined when nothing was done.
 */
export async function seedIfEmpty(database: Database, log: (line: string) => void): Promise<LoadSummary | undefined> {
  const [row] = await database.read(countArticles(), LOAD_RUN);
  const interrupted = (await interruptedBulkLoads(database)).length > 0;
  if (asNumber(row?.articles ?? 0) > 0 && !interrupted) return undefined;
  if (!interrupted) log(`The graph holds no article: loading the seed data from ${DEFAULT_ARTICLES_DIR}…`);
  const summary = await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { onNotice: log });
  log(
    `Seeded ${summary.files} article file(s): ${summary.nodes} nodes, ${summary.relationships} relationships in ${Math.round(summary.millis)} ms.`,
  );
  return summary;
}
