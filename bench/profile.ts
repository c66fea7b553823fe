/**
 * `npx tsx bench/profile.ts [--neo4j-port P] [--neo4j-dir DIR] [--out FILE]`: PROFILE of every Cypher query the benchmark's
 * requests send, on the bench graph, as operators, rows and database hits: the evidence for where a query's
 * time goes. The service's queries are the ones it really sends: each benchmark request goes through the
 * service in this process, over a Database that records what it runs. Run it after a bench so that the page
 * cache is warm, as under load.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { Database, type CypherQuery, type Row, type RunOptions } from '../src/db/database.js';
import { errorsOnlyLogger } from '../src/log.js';
import { createApiServer } from '../src/server.js';
import { benchConfig, benchDatabase, benchNeo4jOptions, readGraphInfo } from './lib/benchNeo4j.js';
import { chooseParams, QUERIES } from './queries.js';
import { FLOOR_QUERIES } from './servers/floor.js';

/** A Database that keeps every read query it runs. */
class RecordingDatabase extends Database {
  readonly recorded: CypherQuery[] = [];

  override async read(query: CypherQuery, options?: RunOptions): Promise<Row[]> {
    this.recorded.push(query);
    return super.read(query, options);
  }
}

interface PlanNode {
  operatorType: string;
  arguments: Record<string, unknown>;
  identifiers: string[];
  dbHits: number;
  rows: number;
  children: PlanNode[];
}

const totalHits = (plan: PlanNode): number => plan.dbHits + plan.children.reduce((sum, child) => sum + totalHits(child), 0);

function render(plan: PlanNode, depth = 0): string {
  const details = String(plan.arguments.Details ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 140);
  return `${'  '.repeat(depth)}${plan.operatorType.replace('@neo4j', '')} ${details} | rows ${plan.rows}, db hits ${plan.dbHits}\n${plan.children.map((child) => render(child, depth + 1)).join('')}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'neo4j-port': { type: 'string' }, 'neo4j-dir': { type: 'string' }, out: { type: 'string' } } });
  const options = benchNeo4jOptions({ port: values['neo4j-port'], dir: values['neo4j-dir'] });
  const database = benchDatabase(options);
  const params = await chooseParams(database);

  const recording = new RecordingDatabase(benchConfig(options));
  const api = await createApiServer({ config: { ...benchConfig(options), port: 0 }, database: recording, logger: errorsOnlyLogger });
  const queries: [string, CypherQuery][] = [];
  for (const query of QUERIES) {
    recording.recorded.length = 0;
    const response = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName: query.name, query: query.ours.query, variables: query.ours.variables(params) }),
    });
    if (!response.ok) throw new Error(`${query.name}: HTTP ${response.status}`);
    recording.recorded.forEach((cypher, index, all) => queries.push([`service ${query.name} ${index + 1}/${all.length}`, cypher]));
  }
  await api.stop();
  await recording.close();
  // The floor gets the variables the service gets: it answers the same documents.
  for (const query of QUERIES) {
    const floor = FLOOR_QUERIES[query.name];
    if (floor) queries.push([`floor ${query.name}`, floor.cypher(query.ours.variables(params))]);
  }

  const lines = [`Graph: ${JSON.stringify(readGraphInfo(options.dir))}`, ''];
  for (const [name, query] of queries) {
    // Twice: the first run plans and compiles, the second is the one under load.
    for (let run = 0; run < 2; run += 1) {
      const began = performance.now();
      const result = await database.driver.executeQuery(`PROFILE ${query.cypher}`, query.params, {
        database: 'neo4j',
        routing: neo4j.routing.READ,
      });
      const millis = performance.now() - began;
      if (run === 0) continue;
      const plan = result.summary.profile as unknown as PlanNode;
      lines.push(
        `## ${name}: ${totalHits(plan)} db hits, ${millis.toFixed(1)} ms (profiled)`,
        '```',
        query.cypher,
        '```',
        '```',
        render(plan).trimEnd(),
        '```',
        '',
      );
    }
  }
  const text = lines.join('\n');
  if (values.out) writeFileSync(values.out, text);
  else console.log(text);
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
