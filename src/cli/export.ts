/**
 * `npm run export -- --format ftm|ftm-statements|popolo [--out FILE]`: writes the graph that NEO4J_URI names in
 * one of the field's formats (src/export/formats.ts), to FILE or to standard output, a page of the graph at a
 * time; then prints what it wrote (entities per schema, or objects per collection) on standard error. Starts the
 * project's local Neo4j when the URI is local, as `npm run db:start` does.
 * Exit status 0 on success, 1 on any failure (a partly written FILE is removed), 2 on bad usage.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { boltPort, loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { startLocalNeo4j } from '../db/localNeo4j.js';
import { EXPORT_FORMATS, exportChunks, isExportFormat, type ExportCounts } from '../export/formats.js';

const USAGE = `usage: npm run export -- --format ${EXPORT_FORMATS.join('|')} [--out FILE]
  --format  ftm             FollowTheMoney entities, one JSON object a line
            ftm-statements  FollowTheMoney statements, one a line: each value with its article's address and quote
            popolo          a Popolo JSON document: areas, organizations, posts, persons, memberships
  --out     the file to write (default: standard output)`;

class UsageError extends Error {}

function parseArgs(args: readonly string[]): { format: (typeof EXPORT_FORMATS)[number]; out?: string } {
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index += 2) {
    const [option, value] = [args[index], args[index + 1]];
    if (option !== '--format' && option !== '--out') throw new UsageError(`unknown argument ${option}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${option} needs a value`);
    options.set(option, value);
  }
  const format = options.get('--format');
  if (format === undefined || !isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
  const out = options.get('--out');
  // `npm run` starts scripts in the package folder; a path the user typed is relative to where they typed it.
  const userDir = process.env.INIT_CWD ?? process.cwd();
  return { format, ...(out === undefined ? {} : { out: isAbsolute(out) ? out : resolve(userDir, out) }) };
}

function summary(counts: ExportCounts, millis: number): string {
  const rows = [...counts].sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(0, ...rows.map(([key]) => key.length));
  return [...rows.map(([key, value]) => `${key.padEnd(width)}  ${String(value).padStart(6)}`), `written in ${Math.round(millis)} ms`].join(
    '\n',
  );
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const { format, out } = parseArgs(args);
  const config = loadConfig();
  if (config.manageLocalNeo4j)
    await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
  const database = new Database(config);
  const counts: ExportCounts = new Map();
  const began = performance.now();
  try {
    await pipeline(Readable.from(exportChunks(database, format, counts)), out === undefined ? process.stdout : createWriteStream(out));
  } catch (error) {
    if (out !== undefined) await rm(out, { force: true });
    throw error;
  } finally {
    await database.close();
  }
  console.error(summary(counts, performance.now() - began));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(`${error.message}\n${USAGE}`);
      process.exit(2);
    }
    console.error(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
