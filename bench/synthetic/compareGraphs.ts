/**
 * Whether two bench Neo4j instances hold the same graph: `npx tsx bench/synthetic/compareGraphs.ts --ports 7691,7692`
 * (e.g. one loaded by `seed:synthetic --bulk-import`, the other by the Cypher loader, same scale and seed).
 *
 * Compares the counts per label and relationship type (`countGraph`), the indexes, every property's Neo4j type per label or
 * type (`valueType`: DATE, ZONED DATETIME, INTEGER, FLOAT, LIST<STRING…>…), and a fingerprint of all the data:
 * the sum of one hash per node (labels, and each property's name, type and value) and per relationship (type,
 * ends' labels and ids, properties), which does not depend on the order in which the nodes were stored.
 * Exits with 1 when anything differs.
 */
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j, { type Driver } from 'neo4j-driver';
import { countGraph, type GraphCounts } from '../../src/load/loader.js';
import { BENCH_PASSWORD, BENCH_USER, benchDatabase, benchNeo4jOptions, benchUri } from '../lib/benchNeo4j.js';

interface GraphSummary {
  counts: GraphCounts;
  /** Every index (constraints' included) with its kind, what it covers and its state. */
  indexes: string[];
  /** `Label.property` or `TYPE.property` → Neo4j type → how many have it. */
  propertyTypes: Record<string, Record<string, number>>;
  nodeFingerprint: string;
  relationshipFingerprint: string;
}

/** A value as text that tells every Neo4j type apart from the others (with `valueType` beside it). */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return JSON.stringify(value.map(canonical));
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** An order-independent fingerprint: the sum, modulo 2^64, of the first 8 bytes of each row's SHA-256. */
class MultisetHash {
  private sum = 0n;
  add(text: string): void {
    this.sum = (this.sum + createHash('sha256').update(text).digest().readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
  }
  toString(): string {
    return this.sum.toString(16).padStart(16, '0');
  }
}

async function stream(driver: Driver, cypher: string, each: (record: Record<string, unknown>) => void): Promise<void> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    for await (const record of session.run(cypher)) each(record.toObject());
  } finally {
    await session.close();
  }
}

function entityText(head: string, keys: string[], types: string[], props: Record<string, unknown>): string {
  return [head, ...keys.map((key, index) => `${key}:${types[index]}=${canonical(props[key])}`).sort()].join('|');
}

async function summarise(port: number): Promise<GraphSummary> {
  const options = benchNeo4jOptions({ port: String(port) });
  const database = benchDatabase(options, 600_000);
  const driver = neo4j.driver(benchUri(options), neo4j.auth.basic(BENCH_USER, BENCH_PASSWORD));
  try {
    const counts = await countGraph(database);
    const indexes: string[] = [];
    await stream(driver, 'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, state, owningConstraint RETURN *', (row) => {
      indexes.push(
        `${row.name as string} ${row.type as string} ${JSON.stringify(row.labelsOrTypes)} ${JSON.stringify(row.properties)} ${row.state as string} ` +
          `constraint=${String(row.owningConstraint)}`,
      );
    });
    indexes.sort();
    const propertyTypes: GraphSummary['propertyTypes'] = {};
    const countType = (owner: string, key: string, type: string) => {
      const byType = (propertyTypes[`${owner}.${key}`] ??= {});
      byType[type] = (byType[type] ?? 0) + 1;
    };
    const nodes = new MultisetHash();
    await stream(
      driver,
      'MATCH (n) RETURN labels(n) AS labels, keys(n) AS keys, [k IN keys(n) | valueType(n[k])] AS types, properties(n) AS props',
      (row) => {
        const labels = (row.labels as string[]).sort().join(':');
        const keys = row.keys as string[];
        const types = row.types as string[];
        keys.forEach((key, index) => countType(labels, key, types[index] ?? '?'));
        nodes.add(entityText(labels, keys, types, row.props as Record<string, unknown>));
      },
    );
    const relationships = new MultisetHash();
    await stream(
      driver,
      `MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a) AS fromLabels, a.id AS fromId, labels(b) AS toLabels, b.id AS toId,
      keys(r) AS keys, [k IN keys(r) | valueType(r[k])] AS types, properties(r) AS props`,
      (row) => {
        const keys = row.keys as string[];
        const types = row.types as string[];
        keys.forEach((key, index) => countType(row.type as string, key, types[index] ?? '?'));
        const head = `${row.type as string}|${(row.fromLabels as string[]).join(':')}|${row.fromId as string}|${(row.toLabels as string[]).join(':')}|${row.toId as string}`;
        relationships.add(entityText(head, keys, types, row.props as Record<string, unknown>));
      },
    );
    return { counts, indexes, propertyTypes, nodeFingerprint: nodes.toString(), relationshipFingerprint: relationships.toString() };
  } finally {
    await driver.close();
    await database.close();
  }
}

/** Differences between two JSON-like values, as `path: left ≠ right` lines. */
function differences(left: unknown, right: unknown, path = ''): string[] {
  if (typeof left === 'object' && left !== null && typeof right === 'object' && right !== null) {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...keys].flatMap((key) =>
      differences((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key], path ? `${path}.${key}` : key),
    );
  }
  return left === right ? [] : [`${path}: ${JSON.stringify(left)} ≠ ${JSON.stringify(right)}`];
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { ports: { type: 'string' } } });
  const ports = (values.ports ?? '').split(',').map(Number);
  if (ports.length !== 2 || !ports.every((port) => Number.isInteger(port) && port > 0))
    throw new Error('--ports FIRST,SECOND: the Bolt ports of two bench Neo4j instances');
  const [first, second] = await Promise.all(ports.map(summarise));
  const found = differences(first, second);
  console.log(JSON.stringify({ ports, equal: found.length === 0, differences: found, summary: first }, null, 2));
  if (found.length > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
