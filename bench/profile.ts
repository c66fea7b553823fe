/**
 * `npx tsx bench/profile.ts [--neo4j-port P] [--out FILE]`: PROFILE of every Cypher query the benchmark's
 * requests send, as built by the service's own builders (src/db/cypher/) and by the floor, on the bench graph:
 * operators, rows and database hits, the evidence for where a query's time goes. Run it after a bench so that
 * the query plans are cached and the page cache warm, as under load.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { listCountQuery, listPageQuery } from '../src/db/cypher/lists.js';
import { nodesByIdQuery } from '../src/db/cypher/nodes.js';
import { shortestPathQuery } from '../src/db/cypher/path.js';
import { relatedNodesQuery, type RelationName } from '../src/db/cypher/relations.js';
import { luceneQuery, searchQuery } from '../src/db/cypher/search.js';
import type { CypherQuery } from '../src/db/database.js';
import { benchDatabase, benchNeo4jOptions, readGraphInfo } from './lib/benchNeo4j.js';
import { FLOOR_QUERIES } from './servers/floor.js';

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
  const details = String(plan.arguments.Details ?? '').replace(/\s+/g, ' ').slice(0, 140);
  return `${'  '.repeat(depth)}${plan.operatorType.replace('@neo4j', '')} ${details} | rows ${plan.rows}, db hits ${plan.dbHits}\n${plan.children.map((child) => render(child, depth + 1)).join('')}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'neo4j-port': { type: 'string' }, out: { type: 'string' } } });
  const database = benchDatabase(benchNeo4jOptions({ port: values['neo4j-port'] }));
  const on = '2020-06-01';
  const positionId = 'position:syn-chu-tich-ubnd-bac-giang';
  const awardId = 'award:syn-bang-khen-chu-tich-ubnd-bac-giang';
  const ids = async (cypher: string, params: Record<string, unknown>) => (await database.read({ cypher, params })).map((row) => String(row.id));
  const holders = await ids(`MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure) RETURN t.id AS id`, { positionId });
  const presentations = await ids(`MATCH (:Award {id: $awardId})<-[:OF_AWARD]-(n:AwardPresentation) RETURN n.id AS id ORDER BY n.date, n.id LIMIT 100`, { awardId });
  const presenters = await ids(`UNWIND $ids AS id MATCH (:AwardPresentation {id: id})-[:PRESENTED_BY]->(p:Person) RETURN DISTINCT p.id AS id`, { ids: presentations });
  const related = (relation: RelationName, sourceIds: string[], filter = {}) => relatedNodesQuery(relation, sourceIds, filter);
  const path = await ids(`MATCH (:Position {id: $positionId})<-[:OF_POSITION]-(t:Tenure)-[:HELD_BY]->(p:Person) WHERE t.startDate <= date($on) AND (t.endDate IS NULL OR t.endDate >= date($on)) RETURN p.id AS id LIMIT 1`, { positionId, on });
  const recipient = await ids(`MATCH (:Award {id: $awardId})<-[:OF_AWARD]-(ap:AwardPresentation)-[:RECIPIENT]->(p:Person) RETURN p.id AS id ORDER BY ap.date DESC, p.id LIMIT 1`, { awardId });

  const queries: [string, CypherQuery][] = [
    ['service Point: nodesByIdQuery', nodesByIdQuery(['person:syn-0000123'])],
    ['service Relation 1/6: listPageQuery(awardPresentations, {awardId})', listPageQuery('awardPresentations', { awardId }, 101)],
    ['service Relation: presenter', related('presentationPresenter', presentations)],
    ['service Relation: tenures of the presenters', related('personTenures', presenters)],
    ['service List: listPageQuery(events, {dateFrom, dateTo})', listPageQuery('events', { dateFrom: '2019-01-01', dateTo: '2019-12-31' }, 21)],
    ['service ListCount: listCountQuery(events)', listCountQuery('events', { dateFrom: '2019-01-01', dateTo: '2019-12-31' })],
    ['service Search: searchQuery', searchQuery(luceneQuery('hoang tien toan') ?? '', ['Person'], 20)],
    ['service OnDate 1/2: positionHolders on a date', related('positionHolders', [positionId], { on })],
    ['service OnDate 2/2: tenurePerson', related('tenurePerson', holders)],
    ['service Path: shortestPathQuery', shortestPathQuery({ id: path[0] ?? '', label: 'Person' }, { id: recipient[0] ?? '', label: 'Person' }, 6)],
  ];
  for (const [name, floor] of Object.entries(FLOOR_QUERIES)) {
    const ends = name === 'Path' ? { from: path[0], to: recipient[0] } : { from: '2019-01-01', to: '2019-12-31' };
    queries.push([`floor ${name}`, floor.cypher({ id: 'person:syn-0000123', awardId, text: 'hoang tien toan', positionId, on, ...ends })]);
  }

  const lines = [`Graph: ${JSON.stringify(readGraphInfo())}`, ''];
  for (const [name, query] of queries) {
    // Twice: the first run plans and compiles, the second is the one under load.
    for (let run = 0; run < 2; run += 1) {
      const began = performance.now();
      const result = await database.driver.executeQuery(`PROFILE ${query.cypher}`, query.params, { database: 'neo4j', routing: neo4j.routing.READ });
      const millis = performance.now() - began;
      if (run === 0) continue;
      const plan = result.summary.profile as unknown as PlanNode;
      lines.push(`## ${name}: ${totalHits(plan)} db hits, ${millis.toFixed(1)} ms (profiled)`, '```', query.cypher, '```', '```', render(plan).trimEnd(), '```', '');
    }
  }
  const text = lines.join('\n');
  if (values.out) writeFileSync(values.out, text);
  else console.log(text);
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : String(error));
  process.exit(1);
});
