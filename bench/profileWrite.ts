/**
 * `tsx bench/profileWrite.ts --neo4j-port P --corpus DIR [--articles N]`: Neo4j's PROFILE of every query a typical
 * write sends, against a graph that holds the corpus already (e.g. the one `npm run bench:writes -- --corpus DIR
 * --keep-neo4j` leaves). The first N articles of DIR/articles (5) are each submitted under a new id through the
 * write API's own writer (createWriter), in a transaction that runs each query as `PROFILE …` and is rolled back,
 * so the graph is left as it was. For each query shape it prints the database hits and rows per query and the
 * operators that read a whole label or type (label scans, full index scans): a write whose queries are all
 * index seeks costs the same in a graph of any size, and comparing the hits in two graphs shows it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type ManagedTransaction, type ProfiledPlan } from 'neo4j-driver';
import { Database, type CypherQuery, type Row, type RunOptions } from '../src/db/database.js';
import { toPlain } from '../src/db/values.js';
import { createWriter } from '../src/write/writer.js';
import { benchConfig, benchNeo4jOptions } from './lib/benchNeo4j.js';

/** Operators that read every node of a label or every relationship of a type, or a whole index. */
const SCANS = /AllNodesScan|NodeByLabelScan|RelationshipTypeScan|NodeIndexScan|RelationshipIndexScan|UnionNodeByLabelsScan/;

interface ShapeStats {
  count: number;
  dbHits: number;
  rows: number;
  scans: Set<string>;
}

const shapeOf = (cypher: string) => {
  const lines = cypher.trim().split('\n');
  return lines.length > 1 ? `${lines[0]!.slice(0, 70)} … ${lines[lines.length - 1]!.slice(0, 50)}` : lines[0]!.slice(0, 120);
};

function walk(plan: ProfiledPlan, visit: (plan: ProfiledPlan) => void): void {
  visit(plan);
  plan.children.forEach((child) => walk(child, visit));
}

/** Rolls back the profiled transaction once the write's work is done. */
class RolledBack extends Error {
  constructor(readonly value: unknown) {
    super('rolled back');
  }
}

class ProfilingDatabase extends Database {
  readonly shapes = new Map<string, ShapeStats>();

  override async transaction<T>(work: (run: (query: CypherQuery) => Promise<Row[]>) => Promise<T>, _options?: RunOptions): Promise<T> {
    const session = this.driver.session({ defaultAccessMode: neo4j.session.WRITE });
    try {
      await session.executeWrite(async (tx: ManagedTransaction) => {
        const value = await work(async (query) => {
          const result = await tx.run(`PROFILE ${query.cypher}`, query.params);
          const stats = this.shapes.get(shapeOf(query.cypher)) ?? { count: 0, dbHits: 0, rows: 0, scans: new Set<string>() };
          stats.count += 1;
          stats.rows += result.records.length;
          if (result.summary.profile)
            walk(result.summary.profile, (plan) => {
              stats.dbHits += plan.dbHits;
              if (SCANS.test(plan.operatorType)) stats.scans.add(`${plan.operatorType}(${String(plan.arguments.Details ?? '')})`);
            });
          this.shapes.set(shapeOf(query.cypher), stats);
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        });
        throw new RolledBack(value);
      });
    } catch (error) {
      if (error instanceof RolledBack) return error.value as T;
      throw error;
    } finally {
      await session.close();
    }
    throw new Error('unreachable: the work either rolls back or throws');
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { 'neo4j-port': { type: 'string' }, corpus: { type: 'string' }, articles: { type: 'string', default: '5' } },
  });
  if (!values.corpus) throw new Error('usage: tsx bench/profileWrite.ts --neo4j-port P --corpus DIR [--articles N]');
  const options = benchNeo4jOptions({ port: values['neo4j-port'] ?? '7789', dir: '.neo4j-bench-writes' });
  const config = benchConfig(options);
  const database = new ProfilingDatabase(config);
  const writer = createWriter(database, config.writes);
  const dir = join(values.corpus, 'articles');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .slice(0, Number(values.articles));
  try {
    for (const file of files) {
      const data = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { article: { id: string; textFile: string } };
      const text = readFileSync(join(dir, data.article.textFile), 'utf8');
      const article = JSON.stringify({ ...data, article: { ...data.article, id: `${data.article.id}-profile` } });
      await writer.submitArticle(
        { article, text, entities: [] },
        {
          key: { id: 'profile', name: 'profile', role: 'editor', createdAt: '', expiresAt: null, revokedAt: null },
          requestId: 'profile',
        },
      );
    }
    const rows = [...database.shapes].sort((left, right) => right[1].dbHits - left[1].dbHits);
    console.log(`${files.length} submissions of ${dir}, each rolled back; per query: database hits, rows, whole-label reads`);
    console.log('| query | queries | db hits per query | rows per query | scans |');
    console.log('| --- | ---: | ---: | ---: | --- |');
    for (const [shape, stats] of rows)
      console.log(
        `| \`${shape.replace(/\|/g, '\\|')}\` | ${stats.count} | ${Math.round(stats.dbHits / stats.count)} | ${(stats.rows / stats.count).toFixed(1)} | ${[...stats.scans].join('; ').replace(/\|/g, '\\|') || '–'} |`,
      );
    const total = rows.reduce((sum, [, stats]) => sum + stats.count, 0);
    console.log(`queries per submission: ${(total / files.length).toFixed(1)}`);
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
