/**
 * `npm run ingest -- [--publisher NAME] [--published DATE] [--url URL] PATH...`: reads each text file (or each
 * `*.txt` of a folder) with the extractor and stores the draft for review in the Neo4j that NEO4J_URI names
 * (starting the project's local one when the URI is local). Metadata comes from each file's `<name>.meta.json`
 * (`{ "url", "published", "publisher" }`), else from the flags. A text stored before is not read again.
 * Exit status 0 when every file was stored, 1 when one failed, 2 on bad usage.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { boltPort, loadConfig } from '../config.js';
import { Database } from '../db/database.js';
import { schemaStatements } from '../db/cypher/schema.js';
import { startLocalNeo4j } from '../db/localNeo4j.js';
import { draftRegistry } from '../review/draftRegistry.js';
import { ingestFiles, textFiles, type ArticleMetadata, type FileOutcome } from '../review/ingest.js';

const USAGE = `usage: npm run ingest -- [--publisher NAME] [--published DATE] [--url URL] PATH...
  PATH         a text file (.txt) or a folder of them
  --publisher  the publisher of every file without a sidecar saying otherwise
  --published  its publication date or date-time (YYYY-MM-DD, YYYY-MM, YYYY or with a time and offset)
  --url        its address (one file)
  A file's sidecar <name>.meta.json ({ "url", "published", "publisher" }) says it for that file.`;
const FLAGS = ['--publisher', '--published', '--url'] as const;

/** `npm run` starts scripts in the package folder; paths the user typed are relative to where they typed them. */
const userDir = process.env.INIT_CWD ?? process.cwd();

/** One line that redraws itself on a terminal; a line per file elsewhere (a log keeps them all). */
function progress(total: number): (outcome: FileOutcome, index: number) => void {
  const width = 30;
  return (outcome, index) => {
    const done = index + 1;
    const what = outcome.error ? `failed: ${outcome.error}` : outcome.created ? `${outcome.statements} statements` : 'stored before';
    if (!process.stdout.isTTY) {
      console.log(`[${done}/${total}] ${outcome.file}: ${what}`);
      return;
    }
    const filled = Math.round((done / total) * width);
    process.stdout.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (outcome.error) process.stdout.write(`\n${outcome.file}: ${what}\n`);
    if (done === total) process.stdout.write('\n');
  };
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const flags: ArticleMetadata = {};
  const paths: string[] = [];
  for (let at = 0; at < args.length; at += 1) {
    const arg = args[at]!;
    const flag = FLAGS.find((candidate) => candidate === arg);
    if (flag !== undefined) {
      const value = args[(at += 1)];
      if (value === undefined || value.startsWith('--')) {
        console.error(`${flag} needs a value\n${USAGE}`);
        return 2;
      }
      flags[flag.slice(2) as keyof ArticleMetadata] = value;
    } else if (arg.startsWith('-')) {
      console.error(`unknown option ${arg}\n${USAGE}`);
      return 2;
    } else paths.push(isAbsolute(arg) ? arg : relative(process.cwd(), resolve(userDir, arg)) || '.');
  }
  if (paths.length === 0) {
    console.error(`no PATH given\n${USAGE}`);
    return 2;
  }
  const files = textFiles(paths);
  if (flags.url !== undefined && files.length > 1) {
    console.error(`--url names one article; ${files.length} files were given\n${USAGE}`);
    return 2;
  }

  const config = loadConfig();
  if (config.manageLocalNeo4j)
    await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
  const database = new Database(config);
  try {
    const started = performance.now();
    for (const statement of schemaStatements()) await database.write([statement]);
    const { registry } = await draftRegistry(database);
    console.log(`Ingesting ${files.length} file(s) into ${config.neo4jUri}…`);
    const outcomes = await ingestFiles(database, files, flags, registry, progress(files.length));
    const created = outcomes.filter((outcome) => outcome.created === true);
    const failed = outcomes.filter((outcome) => outcome.error !== undefined);
    const statements = created.reduce((sum, outcome) => sum + (outcome.statements ?? 0), 0);
    console.log(
      `${created.length} new draft(s) with ${statements} statements, ${outcomes.length - created.length - failed.length} stored before, ` +
        `${failed.length} failed, in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
        `peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MB.`,
    );
    return failed.length === 0 ? 0 : 1;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Ingest failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
