/**
 * `npm run seed [-- [--check] [--reset] [--bulk] [--bulk-step N] [--prune] PATH...]`: validates the registry and seed/articles (or
 * the given files and folders) and loads them into the Neo4j that NEO4J_URI names (starting the project's local one
 * when the URI is local, as `npm run db:start` does): in bulk into an empty graph, else article by article. `--check` validates only: no Java, no database.
 * Exit status 0 on success, 1 on bad input (every problem printed as `FILE: $.path: message`, nothing written)
 * or any other failure, 2 on bad usage.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { boltPort, loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { startLocalNeo4j } from '../db/localNeo4j.js';
import { formatIssue, ValidationError } from '../statements/issues.js';
import { BULK_ROWS, DEFAULT_ARTICLES_DIR, mergeWarnings, prepareLoad, writeLoad, type LoadSummary } from '../load/loader.js';

const USAGE = `usage: npm run seed [-- [--check] [--reset] [--bulk] [--bulk-step N] [--prune] [PATH...]]
  PATH     an article data file (.json, its text beside it) or a folder of them; default: seed/articles.
           The registry (seed/registry/) is always read.
  --check  validate only, without Java or a database: every problem as FILE: $.path: message, exit 1 on any
  --reset  empty the database before loading (only once every file has passed validation)
  --bulk   derive the whole graph in memory and create it in large transactions: what a load into an empty
           graph (the first, or one after --reset) does anyway; refused when the graph is not empty
  --prune  remove the articles loaded from files that PATH does not hold, and the facts only they stated
           (articles submitted through the API are left alone)
  --bulk-step N   nodes, relationships and quotes per transaction of a bulk load (default: ${BULK_ROWS})
  --registry DIR  the registry folder (default: seed/registry)`;
const OPTIONS = ['--check', '--reset', '--bulk', '--prune', '--bulk-step', '--registry'];

/** `npm run` starts scripts in the package folder; paths the user typed are relative to where they typed them. */
const userDir = process.env.INIT_CWD ?? process.cwd();
const shown = (file: string) => (isAbsolute(file) ? relative(process.cwd(), file) || '.' : file);

function table(title: string, counts: Record<string, number>): string {
  const width = Math.max(title.length, ...Object.keys(counts).map((key) => key.length));
  return [
    `${title.padEnd(width)}  count`,
    ...Object.entries(counts).map(([key, count]) => `${key.padEnd(width)}  ${String(count).padStart(5)}`),
  ].join('\n');
}

function printSummary(summary: LoadSummary): void {
  console.log('');
  console.log(table('label', summary.nodesByLabel));
  console.log('');
  console.log(table('relationship type', summary.relationshipsByType));
  console.log('');
  console.log(
    `${summary.files} file(s) loaded in ${Math.round(summary.millis)} ms (validation ${Math.round(summary.validateMillis)} ms)` +
      `${summary.deletedNodes > 0 ? `, after deleting ${summary.deletedNodes} nodes` : ''}` +
      `${summary.prunedArticles.length > 0 ? `; pruned ${summary.prunedArticles.join(', ')}` : ''}; ` +
      `the database holds ${summary.nodes} nodes and ${summary.relationships} relationships.`,
  );
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg.startsWith('-') && !OPTIONS.includes(arg));
  if (unknown.length > 0) {
    console.error(`unknown option ${unknown.join(', ')}\n${USAGE}`);
    return 2;
  }
  const registryAt = args.indexOf('--registry');
  const registryDir = registryAt >= 0 ? args.splice(registryAt, 2)[1] : undefined;
  if (registryAt >= 0 && (registryDir === undefined || registryDir.startsWith('-'))) {
    console.error(`--registry needs a folder\n${USAGE}`);
    return 2;
  }
  const stepAt = args.indexOf('--bulk-step');
  const bulkRows = stepAt >= 0 ? Number(args.splice(stepAt, 2)[1]) : undefined;
  if (bulkRows !== undefined && !(Number.isSafeInteger(bulkRows) && bulkRows > 0)) {
    console.error(`--bulk-step needs a positive whole number of rows\n${USAGE}`);
    return 2;
  }
  const reset = args.includes('--reset');
  const prune = args.includes('--prune');
  const bulk = args.includes('--bulk');
  const given = args
    .filter((arg) => !arg.startsWith('-'))
    .map((arg) => (isAbsolute(arg) ? arg : relative(process.cwd(), resolve(userDir, arg)) || '.'));
  const paths = given.length > 0 ? given : [shown(DEFAULT_ARTICLES_DIR)];

  // Check the input before starting a database: bad input fails in a second, without Java.
  const prepared = prepareLoad(paths, registryDir === undefined ? undefined : resolve(userDir, registryDir));
  for (const warning of prepared.loadSet.warnings) console.warn(`warning: ${formatIssue(warning)}`);
  if (args.includes('--check')) {
    const statements = prepared.loadSet.articles.reduce((sum, article) => sum + article.statements.length, 0);
    console.log(
      `${paths.join(', ')}: 0 problems in ${prepared.loadSet.articles.length} article(s), ${statements} statements and ` +
        `${prepared.loadSet.registry.size} registry entities (${prepared.loadSet.warnings.length} warning(s)), checked in ${Math.round(prepared.validateMillis)} ms.`,
    );
    return 0;
  }

  const config = loadConfig();
  if (config.manageLocalNeo4j) {
    await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
  }
  const database = new Database(config);
  try {
    console.log(
      `Loading ${paths.join(', ')} into ${config.neo4jUri}${reset ? ' (reset first)' : ''}${bulk ? ' (in bulk)' : ''}${prune ? ' (pruning articles not given)' : ''}…`,
    );
    for (const warning of await mergeWarnings(database, prepared.loadSet)) console.warn(`warning: ${formatIssue(warning)}`);
    const summary = await writeLoad(database, prepared, {
      reset,
      prune,
      ...(bulk ? { bulk } : {}),
      ...(bulkRows === undefined ? {} : { bulkRows }),
      onNotice: (line) => console.log(line),
      onProgress: (p) =>
        console.log(`[${p.index}/${p.total}] ${p.file}: ${p.claims} statements, ${p.facts} facts derived in ${Math.round(p.millis)} ms`),
    });
    printSummary(summary);
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(`Nothing was loaded: ${error.issues.length} problem(s) in the input.`);
    } else {
      console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  },
);
