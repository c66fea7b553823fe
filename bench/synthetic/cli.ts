/**
 * `npm run seed:synthetic -- --scale N`: writes the synthetic graph into the benchmark's own Neo4j
 * (port 7689, data in .neo4j-bench/), by default after wiping it, and reports nodes plus relationships per
 * second and where the CPU went (Node building and sending batches, or Java writing them).
 *
 * Flags: --scale N (1), --seed N, --no-reset (MERGE into the graph that is there), --batch N (rows per
 * statement, 10000), --concurrency N (statements in flight, 2), --chunk N (events generated per part, 1000),
 * --defer-indexes (build the schema after the data), --dry-run (count without writing), --bulk-import (through
 * Neo4j's offline importer instead of Cypher, see bulkImport.ts), --neo4j-port, --neo4j-dir (data folder,
 * .neo4j-bench), --heap, --page-cache.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { countGraph } from '../../src/load/loader.js';
import {
  benchDatabase,
  benchNeo4jOptions,
  ensureBenchNeo4j,
  processCpuSeconds,
  writeGraphInfo,
  type BenchNeo4jOptions,
  type GraphInfo,
} from '../lib/benchNeo4j.js';
import { bulkImportSynthetic } from './bulkImport.js';
import { DEFAULT_SEED, SyntheticGraph } from './generate.js';
import { createSchema, GraphWriter } from './load.js';
import type { Part } from './part.js';
import { phaseClock, seconds } from './timing.js';

export interface SyntheticLoadOptions {
  scale: number;
  seed: number;
  reset: boolean;
  batchSize: number;
  concurrency: number;
  chunkEvents: number;
  /**
   * Create the constraints and indexes after the data rather than before (create mode only, where no statement
   * needs an index): Neo4j then builds each index in one pass instead of updating it in every transaction.
   */
  deferIndexes: boolean;
  neo4j: BenchNeo4jOptions;
}

export interface SyntheticLoadReport extends GraphInfo {
  phases: Record<string, number>;
  cpuSeconds: { node: number; neo4j: number; wall: number };
  retriedBatches: number;
  batches: number;
  /** Per statement kind: seconds spent (summed over concurrent statements) and rows per second. */
  statements: Record<string, { seconds: number; rowsPerSecond: number }>;
}

export async function loadSynthetic(options: SyntheticLoadOptions): Promise<SyntheticLoadReport> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const { phases, phase } = phaseClock();

  const { pid } = await ensureBenchNeo4j(options.neo4j, options.reset);
  phase(options.reset ? 'reset and start' : 'start');
  const database = benchDatabase(options.neo4j, 600_000);
  try {
    if (!options.deferIndexes || !options.reset) {
      await createSchema(database);
      phase('schema');
    }
    log(
      `schema ready; writing scale ${options.scale} (seed ${options.seed}) with ${options.reset ? 'CREATE' : 'MERGE'}, ` +
        `${options.batchSize} rows per statement, ${options.concurrency} in flight`,
    );

    const writer = new GraphWriter(database, {
      mode: options.reset ? 'create' : 'merge',
      batchSize: options.batchSize,
      concurrency: options.concurrency,
    });
    const began = performance.now();
    const cpuNodeStart = process.cpuUsage();
    const cpuJavaStart = processCpuSeconds(pid);
    let lastLine = 0;
    let stage = 'structure';
    const progress = (force = false) => {
      const now = performance.now();
      if (!force && now - lastLine < 2000) return;
      lastLine = now;
      const elapsed = (now - began) / 1000;
      const { nodes, relationships } = writer.stats;
      log(
        `  ${stage}: ${nodes.toLocaleString('en')} nodes, ${relationships.toLocaleString('en')} relationships, ` +
          `${Math.round((nodes + relationships) / Math.max(elapsed, 0.001)).toLocaleString('en')}/s, ${elapsed.toFixed(1)} s`,
      );
    };
    const ticker = setInterval(() => progress(), 2000);

    const graph = new SyntheticGraph({ scale: options.scale, seed: options.seed });
    await writer.writePart(graph.structure());
    stage = 'people and tenures';
    await writer.writePart(graph.peopleAndTenures());
    phase('backbone');

    // Events: the next chunk is generated while the last two are being written.
    const inFlight: Promise<void>[] = [];
    for (let from = 0; from < graph.eventCount; from += options.chunkEvents) {
      stage = `events ${Math.round((from / graph.eventCount) * 100)}%`;
      const part: Part = graph.events(from, from + options.chunkEvents);
      inFlight.push(writer.writePart(part));
      if (inFlight.length >= 2) await inFlight.shift();
    }
    await Promise.all(inFlight);
    phase('events');
    if (options.deferIndexes && options.reset) {
      stage = 'indexes';
      await createSchema(database);
      phase('schema (after the data)');
    }
    clearInterval(ticker);
    stage = 'done';
    progress(true);

    const wall = (performance.now() - began) / 1000;
    const cpuNode = process.cpuUsage(cpuNodeStart);
    const cpu = {
      node: seconds((cpuNode.user + cpuNode.system) / 1000),
      neo4j: seconds((processCpuSeconds(pid) - cpuJavaStart) * 1000),
      wall: seconds(wall * 1000),
    };
    const counts = await countGraph(database);
    phase('count');
    const { nodes, relationships } = writer.stats;
    if (options.reset && (counts.nodes !== nodes || counts.relationships !== relationships)) {
      throw new Error(
        `the store holds ${counts.nodes} nodes and ${counts.relationships} relationships, the loader wrote ${nodes} and ${relationships}`,
      );
    }
    const info: GraphInfo = {
      scale: options.scale,
      seed: options.seed,
      nodes: counts.nodes,
      relationships: counts.relationships,
      loadSeconds: seconds(wall * 1000),
      entitiesPerSecond: Math.round((nodes + relationships) / wall),
      loadedAt: new Date().toISOString(),
    };
    writeGraphInfo(info, options.neo4j.dir);
    const statements = Object.fromEntries(
      [...writer.timings.entries()]
        .sort(([, left], [, right]) => right.seconds - left.seconds)
        .map(([kind, timing]) => [
          kind,
          { seconds: seconds(timing.seconds * 1000), rowsPerSecond: Math.round(timing.rows / timing.seconds) },
        ]),
    );
    return { ...info, phases, cpuSeconds: cpu, retriedBatches: writer.stats.retried, batches: writer.stats.batches, statements };
  } finally {
    await database.close();
  }
}

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} must be a whole number ≥ 1, got ${value}`);
  return number;
}

/** Generates without writing: the counts per label and relationship type, and how long generation alone takes. */
export function dryRun(
  scale: number,
  seed: number,
): { nodes: Record<string, number>; relationships: Record<string, number>; generateSeconds: number } {
  const began = performance.now();
  const graph = new SyntheticGraph({ scale, seed });
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const count = (part: Part) => {
    for (const [label, rows] of part.nodes) nodes[label] = (nodes[label] ?? 0) + rows.length;
    for (const group of part.rels.values()) relationships[group.type] = (relationships[group.type] ?? 0) + group.rows.length;
  };
  for (const part of graph.parts(1000)) count(part);
  return { nodes, relationships, generateSeconds: seconds(performance.now() - began) };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      seed: { type: 'string' },
      'no-reset': { type: 'boolean' },
      batch: { type: 'string' },
      concurrency: { type: 'string' },
      chunk: { type: 'string' },
      'neo4j-port': { type: 'string' },
      heap: { type: 'string' },
      'page-cache': { type: 'string' },
      'defer-indexes': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'bulk-import': { type: 'boolean' },
      'neo4j-dir': { type: 'string' },
    },
  });
  const scale = positive('scale', values.scale, 1);
  const seed = positive('seed', values.seed, DEFAULT_SEED);
  const chunkEvents = positive('chunk', values.chunk, 1000);
  if (values['dry-run']) {
    console.log(JSON.stringify(dryRun(scale, seed), null, 2));
    return;
  }
  const neo4j = benchNeo4jOptions({
    port: values['neo4j-port'],
    heap: values.heap,
    pageCache: values['page-cache'],
    dir: values['neo4j-dir'],
  });
  if (values['bulk-import']) {
    const ignored = (['no-reset', 'batch', 'concurrency', 'defer-indexes'] as const).filter((flag) => values[flag] !== undefined);
    if (ignored.length > 0)
      throw new Error(
        `--bulk-import always starts from an empty store and builds the indexes last; drop ${ignored.map((flag) => `--${flag}`).join(', ')}`,
      );
    const report = await bulkImportSynthetic({ scale, seed, chunkEvents, neo4j });
    console.log(JSON.stringify(report, null, 2));
    console.error(
      `Imported ${report.nodes.toLocaleString('en')} nodes and ${report.relationships.toLocaleString('en')} relationships in ` +
        `${report.loadSeconds} s (${report.wallWithStartSeconds} s with starting Neo4j): ${report.entitiesPerSecond.toLocaleString('en')} entities/s ` +
        `(${report.entitiesPerSecondWithStart.toLocaleString('en')}/s with the start; CPU: Node ${report.cpuSeconds.node} s, importer ` +
        `${report.cpuSeconds.importer} s, Neo4j ${report.cpuSeconds.neo4j} s, over ${report.cpuSeconds.wall} s on 2 cores).`,
    );
    return;
  }
  const report = await loadSynthetic({
    scale,
    seed,
    chunkEvents,
    neo4j,
    reset: !values['no-reset'],
    batchSize: positive('batch', values.batch, 10_000),
    concurrency: positive('concurrency', values.concurrency, 2),
    deferIndexes: values['defer-indexes'] ?? false,
  });
  console.log(JSON.stringify(report, null, 2));
  console.error(
    `Loaded ${report.nodes.toLocaleString('en')} nodes and ${report.relationships.toLocaleString('en')} relationships in ` +
      `${report.loadSeconds} s: ${report.entitiesPerSecond.toLocaleString('en')} entities/s ` +
      `(CPU: Node ${report.cpuSeconds.node} s, Neo4j ${report.cpuSeconds.neo4j} s, over ${report.cpuSeconds.wall} s on 2 cores).`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
