/**
 * `seed:synthetic --bulk-import`: the synthetic graph through Neo4j's offline importer instead of Cypher.
 *
 * The Cypher loader is bound by Neo4j's CPU per transaction (BENCHMARKS.md, "What limits the load"); the
 * importer writes the store files directly, with no transactions, locks or index updates. Its price: it needs
 * the server stopped and an empty store, so this path always starts from nothing, like the loader's reset.
 *
 * Phases: the generator's parts are written as CSV files into a temporary folder of the data folder (deleted
 * afterwards); the importer builds the `neo4j` database from them; the server starts on it; the project's
 * constraints and indexes (the same `createSchema` as the Cypher loader's) are created and awaited online.
 * The reported wall time runs from the first CSV row to the indexes being online, and, like the loader's,
 * leaves out starting Neo4j, which the loader pays before its load as this path pays it after the import;
 * `wallWithStartSeconds` includes it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { localNeo4jDir } from '../../src/db/localNeo4j.js';
import { countGraph, type GraphCounts } from '../../src/load/loader.js';
import {
  benchDatabase,
  ensureBenchNeo4j,
  processCpuSeconds,
  stopAndWipeBenchNeo4j,
  writeGraphInfo,
  type BenchNeo4jOptions,
  type GraphInfo,
} from '../lib/benchNeo4j.js';
import { cachedNeo4jClasspath, importIntoBenchNeo4j } from '../lib/neo4jImport.js';
import { SyntheticGraph } from './generate.js';
import { ARRAY_DELIMITER_OPTION, ImportCsvWriter } from './importCsv.js';
import { createSchema } from './load.js';
import { phaseClock, seconds } from './timing.js';

export interface BulkImportOptions {
  scale: number;
  seed: number;
  chunkEvents: number;
  neo4j: BenchNeo4jOptions;
}

export interface BulkImportReport extends GraphInfo {
  method: 'bulk-import';
  /** Wall seconds per phase, in order. */
  phases: Record<string, number>;
  /** From the first CSV row to the indexes online, starting Neo4j included. */
  wallWithStartSeconds: number;
  entitiesPerSecondWithStart: number;
  cpuSeconds: {
    /** Node: generating the graph and writing the CSV files. */
    node: number;
    /** The importer's JVM. */
    importer: number;
    /** The server, from ready to the indexes online (the index build). */
    neo4j: number;
    wall: number;
  };
  csv: { files: number; megabytes: number; multilineFiles: number };
  importerSummary: string[];
  counts: Pick<GraphCounts, 'nodesByLabel' | 'relationshipsByType'>;
}

export async function bulkImportSynthetic(options: BulkImportOptions): Promise<BulkImportReport> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { phases, phase } = phaseClock();

  // The importer runs on the launcher's classpath, which the first start of a data folder resolves and caches.
  if (!cachedNeo4jClasspath(options.neo4j)) {
    await ensureBenchNeo4j(options.neo4j);
    phase('first start (classpath)');
  }
  await stopAndWipeBenchNeo4j(options.neo4j);
  phase('stop and wipe');

  const began = performance.now();
  const cpuNodeStart = process.cpuUsage();
  const elapsed = () => (performance.now() - began) / 1000;
  const csvDir = mkdtempSync(join(localNeo4jDir(options.neo4j.dir), 'import-csv-'));
  let importerCpu = 0;
  let importerSummary: string[] = [];
  let csv: BulkImportReport['csv'];
  const writer = new ImportCsvWriter(csvDir);
  try {
    log(`writing scale ${options.scale} (seed ${options.seed}) as CSV into ${csvDir}`);
    const graph = new SyntheticGraph({ scale: options.scale, seed: options.seed });
    let lastLine = 0;
    for (const part of graph.parts(options.chunkEvents)) {
      writer.writePart(part);
      if (performance.now() - lastLine >= 2000) {
        lastLine = performance.now();
        const { nodes, relationships } = writer.stats;
        log(
          `  csv, ${part.name}: ${nodes.toLocaleString('en')} nodes, ${relationships.toLocaleString('en')} relationships, ` +
            `${Math.round((nodes + relationships) / elapsed()).toLocaleString('en')}/s, ${elapsed().toFixed(1)} s`,
        );
      }
    }
    const input = writer.close();
    csv = {
      files: input.nodes.length + input.relationships.length,
      megabytes: Math.round(input.bytes / 1e6),
      multilineFiles: input.multilineFiles.length,
    };
    phase('csv');
    log(`  csv: ${csv.files} files, ${csv.megabytes} MB, ${elapsed().toFixed(1)} s; importing`);

    let lastProgress = 0;
    const imported = await importIntoBenchNeo4j(
      options.neo4j,
      { ...input, arrayDelimiter: ARRAY_DELIMITER_OPTION },
      (stage, percent) => {
        if (performance.now() - lastProgress < 2000) return;
        lastProgress = performance.now();
        log(`  import: ${stage.replace(/^\(\d+\/\d+\) /, '')} ${percent}%, ${elapsed().toFixed(1)} s`);
      },
      log,
    );
    importerCpu = imported.cpuSeconds;
    importerSummary = imported.summary;
    phase('import');
  } finally {
    rmSync(csvDir, { recursive: true, force: true });
  }
  const cpuNode = process.cpuUsage(cpuNodeStart);

  const startBegan = performance.now();
  const { pid } = await ensureBenchNeo4j(options.neo4j);
  const startSeconds = (performance.now() - startBegan) / 1000;
  phase('start');
  const database = benchDatabase(options.neo4j, 600_000);
  try {
    const cpuServerStart = processCpuSeconds(pid);
    log(`  schema: creating the constraints and indexes, ${elapsed().toFixed(1)} s`);
    await createSchema(database);
    const cpuServer = processCpuSeconds(pid) - cpuServerStart;
    phase('schema and indexes');
    const wallWithStart = elapsed();
    const wall = wallWithStart - startSeconds;

    const counts = await countGraph(database);
    phase('count');
    const { nodes, relationships } = writer.stats;
    if (counts.nodes !== nodes || counts.relationships !== relationships) {
      throw new Error(
        `the store holds ${counts.nodes} nodes and ${counts.relationships} relationships, the CSV files ${nodes} and ${relationships}`,
      );
    }
    const info: GraphInfo = {
      scale: options.scale,
      seed: options.seed,
      nodes,
      relationships,
      loadSeconds: seconds(wall * 1000),
      entitiesPerSecond: Math.round((nodes + relationships) / wall),
      loadedAt: new Date().toISOString(),
    };
    writeGraphInfo(info, options.neo4j.dir);
    return {
      ...info,
      method: 'bulk-import',
      phases,
      wallWithStartSeconds: seconds(wallWithStart * 1000),
      entitiesPerSecondWithStart: Math.round((nodes + relationships) / wallWithStart),
      cpuSeconds: {
        node: seconds((cpuNode.user + cpuNode.system) / 1000),
        importer: seconds(importerCpu * 1000),
        neo4j: seconds(cpuServer * 1000),
        wall: seconds(wall * 1000),
      },
      csv,
      importerSummary,
      counts: { nodesByLabel: counts.nodesByLabel, relationshipsByType: counts.relationshipsByType },
    };
  } finally {
    await database.close();
  }
}
