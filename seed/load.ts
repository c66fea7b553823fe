/**
 * The seed loader: validates every file first (a bad file leaves the database exactly as it was, not even
 * reset), creates the constraints and indexes, then writes each article file in one transaction of batched
 * `UNWIND … MERGE` statements. MERGE on ids makes a repeated load change nothing.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../src/db/database.js';
import { countAll, countArticles, countNodesByLabel, countRelationshipsByType, deleteBatch } from '../src/db/cypher/load.js';
import { schemaStatements } from '../src/db/cypher/schema.js';
import { planArticleWrite, type ArticleWrite } from './plan.js';
import { expandPaths, readSources, readTextBeside } from './sources.js';
import { validateLoadSet } from './validate.js';

/** `seed/articles`, the data `npm run seed` and `npm start` load when given no paths. */
/**
 * Loads are not API requests: a cold Neo4j plans each statement of a first load for the first time, and a
 * large file writes many rows, so they get minutes rather than the API's seconds.
 */
const LOAD_RUN = { timeoutMs: 600_000 } as const;

export const DEFAULT_ARTICLES_DIR = join(dirname(fileURLToPath(import.meta.url)), 'articles');

export interface FileProgress {
  /** 1-based position of the file in the load. */
  index: number;
  total: number;
  file: string;
  nodes: number;
  relationships: number;
  millis: number;
}

export interface LoadOptions {
  /** Empty the database first (after validation succeeded, so that bad input never costs the old data). */
  reset?: boolean;
  /** Called after each file's transaction commits. */
  onProgress?: (progress: FileProgress) => void;
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

/** Deletes every node and relationship in batches, one transaction each; constraints and indexes stay. */
export async function resetDatabase(database: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const [rows] = await database.write([deleteBatch()], LOAD_RUN);
    const deleted = asNumber(rows?.[0]?.deleted ?? 0);
    total += deleted;
    if (deleted === 0) return total;
  }
}

/** Creates the constraints and indexes (idempotent), one statement per transaction as Neo4j requires for schema changes. */
export async function ensureSchema(database: Database): Promise<void> {
  for (const statement of schemaStatements()) await database.write([statement], LOAD_RUN);
  // The full-text index must be online before anyone searches the freshly loaded graph.
  await database.read({ cypher: 'CALL db.awaitIndexes(300)', params: {} }, LOAD_RUN);
}

/** A load that passed validation, planned down to its statements, not yet written. */
export interface PreparedLoad {
  writes: ArticleWrite[];
  validateMillis: number;
}

/**
 * Reads, validates and plans the data files at `paths` (files, or folders of `*.json` files) without touching
 * the database. Throws SeedValidationError listing every problem when any file is bad.
 */
export function prepareLoad(paths: readonly string[]): PreparedLoad {
  const began = performance.now();
  const loadSet = validateLoadSet(readSources(expandPaths(paths)), readTextBeside);
  const writes = loadSet.articles.map((article) => planArticleWrite(article, loadSet.declarations));
  return { writes, validateMillis: performance.now() - began };
}

/** Writes a prepared load: reset if asked, the schema, then one transaction per article file. */
export async function writeLoad(database: Database, prepared: PreparedLoad, options: LoadOptions = {}): Promise<LoadSummary> {
  const began = performance.now();
  const { writes } = prepared;
  const deletedNodes = options.reset ? await resetDatabase(database) : 0;
  await ensureSchema(database);
  for (const [position, write] of writes.entries()) {
    const started = performance.now();
    await database.write(write.statements, LOAD_RUN);
    options.onProgress?.({
      index: position + 1,
      total: writes.length,
      file: write.file,
      nodes: write.nodes,
      relationships: write.relationships,
      millis: performance.now() - started,
    });
  }
  const counts = await countGraph(database);
  const validateMillis = prepared.validateMillis;
  return { ...counts, files: writes.length, deletedNodes, validateMillis, millis: validateMillis + performance.now() - began };
}

/**
 * Loads the data files at `paths`. Throws SeedValidationError, having written nothing (not even the reset),
 * when any file is bad; otherwise returns the graph's counts after the load.
 */
export async function loadArticleFiles(database: Database, paths: readonly string[], options: LoadOptions = {}): Promise<LoadSummary> {
  return writeLoad(database, prepareLoad(paths), options);
}

/**
 * Loads `seed/articles` when the graph holds no article, so that the first `npm start` serves a ready graph
 * while a graph someone has loaded is never touched. Returns the summary, or undefined when nothing was done.
 */
export async function seedIfEmpty(database: Database, log: (line: string) => void): Promise<LoadSummary | undefined> {
  const [row] = await database.read(countArticles(), LOAD_RUN);
  if (asNumber(row?.articles ?? 0) > 0) return undefined;
  log(`The graph is empty: loading the seed data from ${DEFAULT_ARTICLES_DIR}…`);
  const summary = await loadArticleFiles(database, [DEFAULT_ARTICLES_DIR]);
  log(`Seeded ${summary.files} article file(s): ${summary.nodes} nodes, ${summary.relationships} relationships in ${Math.round(summary.millis)} ms.`);
  return summary;
}
