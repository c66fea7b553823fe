/**
 * `npm run extract -- FILE.txt|FOLDER|- [--url URL] [--published DATE] [--publisher NAME] [--out DRAFT.json]
 * [--registry DIR] [--load [--yes]]`: reads article text and writes a draft article file in the seed format
 * (drafts/NAME.draft.json with the text beside it, or at --out), a draft registry beside it (DRAFT.registry/: the registry and the proposed entities) and
 * the sentences it could not read (DRAFT.unread.json). `--load` then checks the draft as `npm run seed -- --check`
 * does and, after a summary the user confirms (or --yes), loads it. Exit status 0, 1 on bad input, 2 on bad usage.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { DEFAULT_REGISTRY_DIR } from '../load/files.js';
import { prepareLoad } from '../load/loader.js';
import type { Statement } from '../statements/format.js';
import { formatIssue, IssueCode, ValidationError } from '../statements/issues.js';
import { publicationPrecision, PUBLICATION_FORMS } from '../text/isoDate.js';
import { NEW_NOTE } from './link/linker.js';
import { extract } from './extract.js';
import { readRegistryDir, type Registry } from './registry.js';
import { slugify } from './text.js';
import { writeDraftFiles } from './files.js';

const USAGE = `usage: npm run extract -- FILE.txt|FOLDER|- [--url URL] [--published DATE] [--publisher NAME] [--out DRAFT.json] [--registry DIR] [--load [--yes]]
  FILE.txt   an article's text (UTF-8); a FOLDER: each of its .txt files; "-": standard input
  --published when the article was published: a date-time with its offset, a day (2024-10-05), a month (2024-10) or a year (2024)
  --out      the draft's path (one input only); default: drafts/NAME.draft.json, with a copy of the text beside it
  --registry the registry to link to (default: seed/registry); the draft registry is written to DRAFT.registry/
  --load     check the draft and load it into the graph after a summary (--yes: without asking)`;
const VALUE_OPTIONS = ['--url', '--published', '--publisher', '--out', '--registry'];
const FLAGS = ['--load', '--yes', '--help', '-h'];

const userDir = process.env.INIT_CWD ?? process.cwd();
const at = (path: string) => (isAbsolute(path) ? path : resolve(userDir, path));

interface Options {
  inputs: string[];
  url?: string;
  published?: string;
  publisher?: string;
  out?: string;
  registry: string;
  load: boolean;
  yes: boolean;
}

function parseArgs(args: string[]): Options | string {
  const options: Options = { inputs: [], registry: DEFAULT_REGISTRY_DIR, load: false, yes: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (VALUE_OPTIONS.includes(arg)) {
      const value = args[index + 1];
      if (value === undefined || value.startsWith('--')) return `${arg} needs a value`;
      index += 1;
      if (arg === '--url') options.url = value;
      if (arg === '--published') options.published = value;
      if (arg === '--publisher') options.publisher = value;
      if (arg === '--out') options.out = at(value);
      if (arg === '--registry') options.registry = at(value);
    } else if (FLAGS.includes(arg)) {
      if (arg === '--load') options.load = true;
      if (arg === '--yes') options.yes = true;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else options.inputs.push(arg);
  }
  if (options.inputs.length === 0) return 'give a text file, a folder or "-"';
  if (options.published !== undefined && publicationPrecision(options.published) === undefined)
    return `--published must be ${PUBLICATION_FORMS}`;
  return options;
}

function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (input === '-') return ['-'];
    const path = at(input);
    if (statSync(path).isDirectory())
      return readdirSync(path)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(path, name));
    return [path];
  });
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const options = parseArgs(args);
  if (typeof options === 'string') {
    console.error(`${options}\n${USAGE}`);
    return 2;
  }
  const files = expandInputs(options.inputs);
  if (options.out && files.length > 1) {
    console.error(`--out takes one input, not ${files.length}\n${USAGE}`);
    return 2;
  }
  const registry: Registry = readRegistryDir(options.registry);
  const written: string[] = [];
  for (const file of files) {
    const stdin = file === '-';
    const text = stdin ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
    // Drafts go to drafts/ (not beside the text), so that a draft never lands among the articles `npm run seed` loads.
    const out = options.out ?? at(join('drafts', `${stdin ? 'stdin' : basename(file).replace(/\.txt$/, '')}.draft.json`));
    const textFile = stdin || dirname(file) !== dirname(out) ? `${basename(out).replace(/\.json$/, '')}.txt` : basename(file);
    if (stdin || dirname(file) !== dirname(out)) {
      mkdirSync(dirname(out), { recursive: true });
      if (stdin) writeFileSync(join(dirname(out), textFile), text);
      else copyFileSync(file, join(dirname(out), textFile));
    }
    const slug = options.url
      ? slugify(options.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\.html?$/, ''))
          .slice(-80)
          .replace(/^-+/, '')
      : slugify(basename(out).replace(/\.draft\.json$|\.json$/, ''));
    const result = extract({
      text,
      registry,
      meta: {
        id: `article:${slug || 'draft'}`,
        title: null,
        publisher: options.publisher ?? null,
        published: options.published ?? null,
        url: options.url ?? null,
        textFile,
      },
    });
    const paths = writeDraftFiles(out, result, registry);
    written.push(out);
    // The draft is checked as `npm run seed -- --check` would check it, so that a problem shows now rather than at load.
    try {
      prepareLoad([out], paths.registryDir);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error(`${out}: the draft does not pass the check (${error.issues.length} problem(s)).`);
      return 1;
    }
    const counts = new Map<string, number>();
    for (const statement of result.draft.statements) counts.set(String(statement.kind), (counts.get(String(statement.kind)) ?? 0) + 1);
    const proposed = [...result.proposed.values()].reduce((sum, entries) => sum + entries.length, 0);
    console.log(
      `${stdin ? 'stdin' : file} → ${out}: ${[...counts].map(([kind, count]) => `${count} ${kind}`).join(', ') || 'no statements'}; ${proposed} new entities proposed in ${paths.registryDir}; ${result.unread.length} sentence(s) unread${result.unread.length > 0 ? ` (${paths.unreadFile})` : ''}; passes the seed check`,
    );
    for (const item of result.unread)
      console.log(`  unread: "${item.quote.slice(0, 120)}${item.quote.length > 120 ? '…' : ''}" (${item.reason})`);
    if (options.load) {
      const code = await load(out, paths.registryDir, options.yes);
      if (code !== 0) return code;
    }
  }
  if (existsSync(options.registry) === false)
    console.warn(`warning: the registry folder ${options.registry} does not exist: nothing was linked`);
  return 0;
}

async function load(draft: string, registryDir: string, yes: boolean): Promise<number> {
  const { writeLoad } = await import('../load/loader.js');
  let prepared;
  try {
    prepared = prepareLoad([draft], registryDir);
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const issue of error.issues) console.error(formatIssue(issue));
      console.error('The draft does not pass the check: nothing was loaded.');
      return 1;
    }
    throw error;
  }
  const article = prepared.loadSet.articles[0]!;
  console.log(`\nTo load: ${article.meta.id}, ${article.statements.length} statements:`);
  for (const statement of article.statements) console.log(`  ${statement.kind.padEnd(8)} ${summary(statement)}`);
  const proposed = [...prepared.loadSet.registry.values()].filter((declaration) => declaration.entry.note === NEW_NOTE);
  console.log(
    proposed.length === 0
      ? 'No new registry entities.'
      : `${proposed.length} new registry entities (${registryDir}): ${proposed.map((declaration) => declaration.entry.id).join(', ')}`,
  );
  for (const warning of prepared.loadSet.warnings.filter((issue) => issue.code !== IssueCode.SOURCE_NOT_CHECKED))
    console.warn(`warning: ${formatIssue(warning)}`);
  if (!yes) {
    const readline = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await readline.question('Load this draft into the graph? [y/N] ');
    readline.close();
    if (!/^y(es)?$/i.test(answer.trim())) {
      console.log('Not loaded.');
      return 0;
    }
  }
  const { loadConfig, boltPort } = await import('../config.js');
  const { Database } = await import('../db/database.js');
  const { startLocalNeo4j } = await import('../db/localNeo4j.js');
  const config = loadConfig();
  if (config.manageLocalNeo4j)
    await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
  const database = new Database(config);
  try {
    const result = await writeLoad(database, prepared);
    console.log(`Loaded: the graph holds ${result.nodes} nodes and ${result.relationships} relationships.`);
  } finally {
    await database.close();
  }
  return 0;
}

function summary(statement: Statement): string {
  const fields: Readonly<Record<string, unknown>> = statement;
  return ['entity', 'name', 'person', 'position', 'award', 'presenter', 'onBehalfOf', 'recipientCount']
    .filter((field) => fields[field] !== undefined)
    .map((field) => `${field}=${JSON.stringify(fields[field])}`)
    .join(' ');
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Extraction failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
