/**
 * Writes the synthetic graph with batched `UNWIND $rows …` statements through the project's Database module.
 *
 * After a reset the store is empty, so nodes are written with CREATE (no lookup per row, unlike MERGE), each
 * statement returning the internal ids of the nodes it made; relationships then find their ends by those ids
 * (NodeByIdSeek: a record read) instead of two seeks per row in the unique-id index, which measured 2–3× slower
 * on this machine. The internal ids live in the loader's memory for the load only: Neo4j may reuse them after
 * a node is deleted, so they are never stored or used later. Without a reset every statement MERGEs on the
 * unique ids, so a second load changes nothing (and is slower).
 * Batches go out `concurrency` at a time, so that Node builds the next batch while Neo4j writes.
 * A part's relationships wait for its nodes; parts are written in order of dependency.
 */
import type { CypherQuery, Database, Row } from '../../src/db/database.js';
import { schemaStatements } from '../../src/db/cypher/schema.js';
import type { Part, RelGroup } from './part.js';

export type WriteMode = 'create' | 'merge';

export interface LoadStats {
  nodes: number;
  relationships: number;
  batches: number;
  /** Transactions the driver retried (deadlocks between concurrent batches): each is a batch written twice. */
  retried: number;
}

/** Labels and relationship types come from the model's fixed lists (Part's types), never from input. */
export function nodeStatement(label: string, rows: readonly object[], mode: WriteMode): CypherQuery {
  if (mode === 'create') {
    // UNWIND keeps the rows' order through CREATE, so the ids come back in the order of `rows`.
    return { cypher: `UNWIND $rows AS row\nCREATE (n:${label})\nSET n = row\nRETURN collect(id(n)) AS ids`, params: { rows } };
  }
  return { cypher: `UNWIND $rows AS row\nMERGE (n:${label} {id: row.id})\nSET n = row`, params: { rows } };
}

/** In create mode the rows hold internal node ids; in merge mode the unique `id`s. */
export function relationshipStatement(
  group: Pick<RelGroup, 'type' | 'from' | 'to' | 'quoted'>,
  rows: readonly unknown[],
  mode: WriteMode,
): CypherQuery {
  const props = group.quoted ? ' {quote: row[2]}' : '';
  if (mode === 'create') {
    return {
      cypher: `UNWIND $rows AS row
MATCH (a) WHERE id(a) = row[0]
MATCH (b) WHERE id(b) = row[1]
CREATE (a)-[:${group.type}${props}]->(b)`,
      params: { rows },
    };
  }
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:${group.from} {id: row[0]})
MATCH (b:${group.to} {id: row[1]})
MERGE (a)-[:${group.type}${props}]->(b)`,
    params: { rows },
  };
}

class Limiter {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  constructor(private readonly size: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

export class GraphWriter {
  readonly stats: LoadStats = { nodes: 0, relationships: 0, batches: 0, retried: 0 };
  /** Seconds and rows per statement kind ("Person", "STATED_IN Person→Article"): where the load's time goes. */
  readonly timings = new Map<string, { seconds: number; rows: number }>();
  private readonly limiter: Limiter;
  /** Synthetic id → internal node id, in create mode. */
  private readonly internalIds = new Map<string, number>();

  constructor(
    private readonly database: Database,
    private readonly options: { mode: WriteMode; batchSize: number; concurrency: number },
  ) {
    this.limiter = new Limiter(options.concurrency);
  }

  private submit(kind: string, query: CypherQuery, nodes: number, relationships: number): Promise<Row[]> {
    return this.limiter.run(async () => {
      const counter = { queries: 0 };
      const began = performance.now();
      const [rows = []] = await this.database.write([query], { counter });
      const timing = this.timings.get(kind) ?? { seconds: 0, rows: 0 };
      timing.seconds += (performance.now() - began) / 1000;
      timing.rows += nodes + relationships;
      this.timings.set(kind, timing);
      // The driver's managed transaction runs the work again after a transient error (e.g. a deadlock).
      if (counter.queries > 1) this.stats.retried += counter.queries - 1;
      this.stats.nodes += nodes;
      this.stats.relationships += relationships;
      this.stats.batches += 1;
      return rows;
    });
  }

  private chunks<T>(rows: readonly T[]): T[][] {
    const result: T[][] = [];
    for (let start = 0; start < rows.length; start += this.options.batchSize)
      result.push(rows.slice(start, start + this.options.batchSize));
    return result;
  }

  writeNodes(part: Part): Promise<void> {
    const writes: Promise<void>[] = [];
    for (const [label, rows] of part.nodes) {
      for (const batch of this.chunks(rows)) {
        writes.push(
          this.submit(label, nodeStatement(label, batch, this.options.mode), batch.length, 0).then((result) => {
            if (this.options.mode !== 'create') return;
            const ids = (result[0]?.ids ?? []) as number[];
            if (ids.length !== batch.length) throw new Error(`${label}: ${batch.length} nodes written, ${ids.length} ids returned`);
            batch.forEach((row, index) => this.internalIds.set(row.id, ids[index] as number));
          }),
        );
      }
    }
    return Promise.all(writes).then(() => undefined);
  }

  private internalId(id: string): number {
    const internal = this.internalIds.get(id);
    if (internal === undefined) throw new Error(`relationship to ${id}, which no earlier statement created`);
    return internal;
  }

  writeRelationships(part: Part): Promise<void> {
    const writes: Promise<void>[] = [];
    for (const group of part.rels.values()) {
      const rows: unknown[][] =
        this.options.mode === 'create'
          ? group.rows.map((row) =>
              row.length === 3
                ? [this.internalId(row[0]), this.internalId(row[1]), row[2]]
                : [this.internalId(row[0]), this.internalId(row[1])],
            )
          : group.rows;
      // Sorted by end node, so that concurrent batches take the locks of shared end nodes in the same order.
      rows.sort((left, right) =>
        (left[1] as number | string) < (right[1] as number | string)
          ? -1
          : (left[1] as number | string) > (right[1] as number | string)
            ? 1
            : 0,
      );
      for (const batch of this.chunks(rows)) {
        writes.push(
          this.submit(
            `${group.type} ${group.from}→${group.to}`,
            relationshipStatement(group, batch, this.options.mode),
            0,
            batch.length,
          ).then(() => undefined),
        );
      }
    }
    return Promise.all(writes).then(() => undefined);
  }

  /** Nodes, then relationships, of one part. */
  async writePart(part: Part): Promise<void> {
    await this.writeNodes(part);
    await this.writeRelationships(part);
  }
}

/** The project's constraints and indexes, each in its own transaction, then waits until they are online. */
export async function createSchema(database: Database): Promise<void> {
  for (const statement of schemaStatements()) await database.write([statement]);
  await database.write([{ cypher: 'CALL db.awaitIndexes(3600)', params: {} }]);
}
