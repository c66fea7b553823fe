/**
 * `npm run bench:import [-- --neo4j-port 7742 --neo4j-dir .neo4j-import]`: Neo4j's offline importer
 * (`neo4j-admin database import full`) on the graph that the bulk load made, so that its rate stands beside the
 * bulk path's on the same graph (BENCHMARKS.md). Load the corpus first (`npm run seed -- --reset --registry
 * DIR/registry DIR/articles`, or `npm run bench:seed`): this reads every node and relationship of the database
 * NEO4J_URI names with their properties as Neo4j typed them, writes them as the importer's CSV files (the fields of
 * bench/synthetic/importCsv.ts), imports them into a wiped bench Neo4j of its own (bench/lib/benchNeo4j.ts, default
 * port 7742 and folder .neo4j-import), starts it, creates the project's constraints and indexes there and awaits
 * them online, compares the counts with the source's, and stops it.
 *
 * The importer's time is from its start to the indexes online, Neo4j's start excluded, as the retired synthetic graph's
 * importer counted it; the CSV dump is timed apart, since a product would write the CSV from its derivation, not read it back.
 * Not the same graph in one respect, which the report counts: the importer cannot write an empty list, so an
 * empty list property (an entity without aliases) is left out.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import type { NodeLabel } from '../src/db/cypher/schema.js';
import { Database } from '../src/db/database.js';
import { localNeo4jDir, stopLocalNeo4j } from '../src/db/localNeo4j.js';
import { countGraph, ensureSchema, type GraphCounts } from '../src/load/loader.js';
import { benchDatabase, benchNeo4jOptions, ensureBenchNeo4j, stopAndWipeBenchNeo4j } from './lib/benchNeo4j.js';
import { cachedNeo4jClasspath, importIntoBenchNeo4j } from './lib/neo4jImport.js';
import { ARRAY_DELIMITER_OPTION, ImportCsvWriter } from './synthetic/importCsv.js';
import { Part, type NodeProps, type PropValue } from './synthetic/part.js';

const { values } = parseArgs({
  options: { 'neo4j-port': { type: 'string', default: '7742' }, 'neo4j-dir': { type: 'string', default: '.neo4j-import' } },
});
const target = benchNeo4jOptions({ port: values['neo4j-port'], dir: values['neo4j-dir'], heap: '1g', pageCache: '1g' });
const log = (line: string) => console.log(line);
const load = () => loadavg()[0]!.toFixed(1);

/** Rows per part handed to the CSV writer: bounds the memory of the dump, not its files. */
const PART_ROWS = 50_000;

const source = new Database(loadConfig());
const sourceCounts = await countGraph(source);
log(`source (load average ${load()}): ${sourceCounts.nodes} nodes, ${sourceCounts.relationships} relationships`);

if (!cachedNeo4jClasspath(target)) await ensureBenchNeo4j(target);
await stopAndWipeBenchNeo4j(target);

const csvDir = mkdtempSync(join(localNeo4jDir(target.dir), 'import-csv-'));
const writer = new ImportCsvWriter(csvDir);
const skipped = { emptyLists: 0, extraLabels: 0 };
let part = new Part('dump');
const flush = () => {
  writer.writePart(part);
  part = new Part('dump');
};

/** Streams a query's records, one at a time, in the driver's fetch batches. */
async function stream(cypher: string, onRecord: (record: neo4j.Record) => void): Promise<void> {
  const session = source.driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await new Promise<void>((resolve, reject) =>
      session.run(cypher).subscribe({ onNext: onRecord, onCompleted: () => resolve(), onError: reject }),
    );
  } finally {
    await session.close();
  }
}

const dumpBegan = performance.now();
const labelOf = new Map<string, NodeLabel>();
await stream('MATCH (n) RETURN n', (record) => {
  const node = record.get('n') as Node;
  const [label, ...more] = node.labels as [NodeLabel, ...string[]];
  skipped.extraLabels += more.length;
  labelOf.set(node.elementId, label);
  const props: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(node.properties)) {
    if (Array.isArray(value) && value.length === 0) skipped.emptyLists += 1;
    else props[key] = value as PropValue;
  }
  part.node(label, props as NodeProps);
  if (part.nodeCount >= PART_ROWS) flush();
});
flush();
const ids = new Map<string, string>();
await stream('MATCH (n) RETURN elementId(n) AS element, n.id AS id', (record) => ids.set(record.get('element'), record.get('id')));
await stream('MATCH ()-[r]->() RETURN r', (record) => {
  const relationship = record.get('r') as Relationship;
  const from = labelOf.get(relationship.startNodeElementId)!;
  const to = labelOf.get(relationship.endNodeElementId)!;
  const [start, end] = [ids.get(relationship.startNodeElementId)!, ids.get(relationship.endNodeElementId)!];
  const keys = Object.keys(relationship.properties);
  if (relationship.type === 'STATED_IN' && keys.length === 1 && keys[0] === 'quote')
    part.stated(from, start, end, String(relationship.properties.quote));
  else if (keys.length === 0) part.rel(relationship.type, from, start, to, end);
  else throw new Error(`a ${relationship.type} relationship with properties ${keys.join(', ')}: not written by this dump`);
  if (part.relCount >= PART_ROWS) flush();
});
flush();
const input = writer.close();
const dumpSeconds = (performance.now() - dumpBegan) / 1000;
await source.close();
log(
  `CSV dump: ${dumpSeconds.toFixed(1)} s, ${Math.round(input.bytes / 1e6)} MB in ${input.nodes.length + input.relationships.length} files ` +
    `(left out: ${skipped.emptyLists} empty list properties, ${skipped.extraLabels} second labels; load average ${load()})`,
);

const began = performance.now();
let counts: GraphCounts;
try {
  const imported = await importIntoBenchNeo4j(target, { ...input, arrayDelimiter: ARRAY_DELIMITER_OPTION }, () => {}, log);
  log(`import: ${imported.seconds.toFixed(1)} s (importer CPU ${imported.cpuSeconds.toFixed(1)} s; load average ${load()})`);
  for (const line of imported.summary) log(`  ${line}`);
} finally {
  rmSync(csvDir, { recursive: true, force: true });
}
const importEnded = performance.now();
await ensureBenchNeo4j(target);
const started = performance.now();
const database = benchDatabase(target, 600_000);
try {
  await ensureSchema(database);
  const indexed = performance.now();
  counts = await countGraph(database);
  const seconds = (importEnded - began + (indexed - started)) / 1000;
  log(
    `start ${((started - importEnded) / 1000).toFixed(1)} s (not counted); schema and indexes online ${((indexed - started) / 1000).toFixed(1)} s; ` +
      `import and schema ${seconds.toFixed(1)} s: ${Math.round((counts.nodes + counts.relationships) / seconds)} nodes and relationships/s ` +
      `(load average ${load()})`,
  );
  log(
    `imported: ${counts.nodes} nodes, ${counts.relationships} relationships (source: ${sourceCounts.nodes}, ${sourceCounts.relationships})`,
  );
  if (counts.nodes !== sourceCounts.nodes || counts.relationships !== sourceCounts.relationships) process.exitCode = 1;
} finally {
  await database.close();
  // It served only to be timed: its memory goes back to the machine's other instances.
  await stopLocalNeo4j({ dir: target.dir });
}
