/**
 * The seed loader: validates the registry and every article file first (a bad file leaves the database exactly
 * as it was, not even reset), creates the constraints and indexes, then stores each article in one transaction
 * (src/statements/store.ts): its statements, the entities they name, and the facts derived again from every
 * statement about them. Storing an article replaces what it stated before, so a repeated load changes nothing.
 * Into a graph without articles the articles are stored together instead, a few large transactions for the whole
 * load through the same code (a bulk load: writeLoad), which makes the same graph in a tenth of the time.
 * Each transaction is recorded in the audit trail, as the write API's are, with what it changed (the change feed).
 */
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type { Database } from '../db/database.js';
import { articleState, countArticles, loadedArticleIds } from '../db/cypher/articles.js';
import { createAuditEntry } from '../db/cypher/audit.js';
import { bulkLoadMarkers, createBulkLoadMarker, deleteBulkLoadMarker } from '../db/cypher/bulkLoad.js';
import { countAll, countNodesByLabel, countRelationshipsByType, deleteBatch } from '../db/cypher/counts.js';
import { deleteUnsourcedEntities, mergesOf } from '../db/cypher/entities.js';
import { schemaStatements } from '../db/cypher/schema.js';
import { labelsOfKind } from '../model/index.js';
import { IssueCode, Issues, type Issue } from '../statements/issues.js';
import { mentionedEntities } from '../statements/kinds.js';
import { ChangeSet, recording } from '../statements/changes.js';
import { retractArticle, storeArticles, type Run, type StoreSummary } from '../statements/store.js';
import { validateRecords, type LoadSet } from '../statements/validate.js';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR, expandPaths, readArticleFiles, readRegistryDir } from './files.js';

export { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from './files.js';

/**
 * Loads are not API requests: a cold Neo4j plans each statement of a first load for the first time, and a
 * large file writes many rows, so they get minutes rather than the API's seconds.
 */
const LOAD_RUN = { timeoutMs: 600_000 } as const;

export interface FileProgress {
  /** 1-based position of the file in the load (of the last of them, for a step of a bulk load). */
  index: number;
  total: number;
  /** The file, or the first and last of a bulk load's step. */
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
   * Store the articles together, in a few large transactions (storeArticles) rather than one per article; only into
   * a graph that holds no article, since its audit trail then records the load step by step, not article by
   * article. Unset: in bulk exactly when the graph holds no article (a first load, or after `reset`).
   */
  bulk?: boolean;
  /** Statements per transaction of a bulk load (BULK_STATEMENTS). */
  bulkStatements?: number;
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
 * Deletes every node and relationship in batches, one transaction each (the audit trail too); constraints and
 * indexes stay. Returns how many of the graph's nodes it deleted (not counting the record of writes).
 */
export async function resetDatabase(database: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const [rows] = await database.write([deleteBatch()], LOAD_RUN);
    const deleted = asNumber(rows?.[0]?.deleted ?? 0);
    total += asNumber(rows?.[0]?.graphNodes ?? 0);
    if (deleted === 0) return total;
  }
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
    // A bulk step of several articles loads into a graph without articles: it removes no statement.
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
 * Statements per transaction of a bulk load: enough that the seed data is one transaction, few enough that a
 * step's rows fit in the 1 GiB heap the project gives Neo4j beside everything else (steps of 20,000 statements of
 * the 27-copy corpus ran it out of heap: BENCHMARKS.md, "Bulk load, faster"). A step costs what its rows cost, so
 * smaller steps cost little more in all.
 */
export const BULK_STATEMENTS = 5_000;

/** Consecutive groups of articles of at most `limit` statements each (an article larger than that alone). */
export function bulkSteps<T extends { statements: readonly unknown[] }>(articles: readonly T[], limit = BULK_STATEMENTS): T[][] {
  const steps: T[][] = [];
  let size = Infinity;
  for (const article of articles) {
    if (size + article.statements.length > limit) {
      steps.push([]);
      size = 0;
    }
    steps.at(-1)!.push(article);
    size += article.statements.length;
  }
  return steps;
}

/** The load ids of the bulk loads whose marker is still there: they were killed between two of their transactions. */
export async function interruptedBulkLoads(database: Database): Promise<string[]> {
  return (await database.read(bulkLoadMarkers(), LOAD_RUN)).map((row) => String(row.loadId));
}

/** Stores the steps of a load, one transaction each; the last step of a marked (bulk) load removes its marker. */
async function writeSteps(
  database: Database,
  steps: readonly LoadSet['articles'][number][][],
  load: { loadId: string; marked: boolean; registry: LoadSet['registry']; total: number; onProgress?: (progress: FileProgress) => void },
): Promise<void> {
  const { loadId } = load;
  let loaded = 0;
  for (const [index, step] of steps.entries()) {
    const started = performance.now();
    const files = step.map((article) => basename(article.input));
    const summary = await loaderWrite(
      database,
      // A step of one article is recorded as the article-by-article load records it.
      step.length === 1
        ? { loadId, action: 'loadArticle', articleId: step[0]!.meta.id, file: files[0] }
        : { loadId, action: 'loadArticle', articleId: null, articleIds: step.map((article) => article.meta.id), files },
      async (run) => {
        const stored = await storeArticles(
          run,
          step.map((article) => ({ article, contentHash: null })),
          load.registry,
        );
        if (load.marked && index === steps.length - 1) await run(deleteBulkLoadMarker(loadId));
        return stored;
      },
    );
    loaded += step.length;
    load.onProgress?.({
      index: loaded,
      total: load.total,
      file: step.length === 1 ? step[0]!.input : `${step[0]!.input} … ${files.at(-1)!} (${step.length} files)`,
      claims: summary.claims,
      facts: summary.facts,
      millis: performance.now() - started,
    });
  }
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
  const empty = asNumber((await database.read(countArticles(), LOAD_RUN))[0]?.articles ?? 0) === 0;
  if (options.bulk === true && !empty) throw new Error('a bulk load needs a graph without articles: add --reset to empty it first');
  const bulk = options.bulk ?? empty;
  await ensureSchema(database);
  const loadId = randomUUID();
  const steps = bulk ? bulkSteps(articles, options.bulkStatements) : articles.map((article) => [article]);
  // Marked before the first step, unmarked by the last one's transaction: a kill between them leaves the mark.
  const marked = bulk && steps.length > 0;
  if (marked) await database.write([createBulkLoadMarker(loadId)], LOAD_RUN);
  try {
    await writeSteps(database, steps, { loadId, marked, registry, total: articles.length, onProgress: options.onProgress });
  } catch (error) {
    // A failed bulk load leaves no part of itself: the graph is empty again, as it was before the load.
    if (marked) await resetDatabase(database);
    throw error;
  }
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
  if (!interrupted) log(`The graph is empty: loading the seed data from ${DEFAULT_ARTICLES_DIR}…`);
  const summary = await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR], { onNotice: log });
  log(
    `Seeded ${summary.files} article file(s): ${summary.nodes} nodes, ${summary.relationships} relationships in ${Math.round(summary.millis)} ms.`,
  );
  return summary;
}
