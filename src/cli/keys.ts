/**
 * `npm run keys -- create|list|revoke`: the API keys of the write API (src/auth/keys.ts), in the Neo4j that
 * NEO4J_URI names (starting the project's local one when the URI is local, as `npm run db:start` does). A key's
 * token is printed once, by `create`: the database keeps only a hash of its secret, so no command can show it
 * again.
 * Exit status 0 on success, 1 when `revoke` matches no key or on any other failure, 2 on bad usage.
 */
import { boltPort, loadConfig } from '../config.js';
import { issueKey, type KeyRequest } from '../auth/issueKey.js';
import { ROLES, keyState, parseDuration, type ApiKeyRecord } from '../auth/keys.js';
import { Database } from '../db/database.js';
import { listKeys, revokeKey } from '../db/cypher/keys.js';
import { startLocalNeo4j } from '../db/localNeo4j.js';

const USAGE = `usage: npm run keys -- create --role ${ROLES.join('|')} --name NAME [--expires DURATION]
       npm run keys -- list
       npm run keys -- revoke ID_OR_NAME
  create   makes a key and prints its token, once: it cannot be shown again
           --role     reader < editor < admin: each may do what the roles before it may
           --name     who or what holds the key, for \`list\` and \`revoke\`
           --expires  90d (default), 12h, 30m, 1y…, or never
  list     every key with its state (active, expired, revoked); never a secret or a hash
  revoke   revokes the key with that id, or every key with that name; exit 1 when none is left to revoke`;
const CREATE_OPTIONS = ['--role', '--name', '--expires'];
const DEFAULT_EXPIRY = '90d';

class UsageError extends Error {}

/** The options of `create` as a map, each given once with a value; anything else is a UsageError. */
function parseOptions(args: string[]): Map<string, string> {
  const options = new Map<string, string>();
  for (let index = 0; index < args.length; index += 2) {
    const [option, value] = [args[index], args[index + 1]];
    if (option === undefined || !CREATE_OPTIONS.includes(option)) throw new UsageError(`unknown argument ${option}`);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${option} needs a value`);
    if (options.has(option)) throw new UsageError(`${option} is given twice`);
    options.set(option, value);
  }
  return options;
}

function parseCreate(args: string[]): KeyRequest {
  const options = parseOptions(args);
  const role = ROLES.find((known) => known === options.get('--role'));
  if (role === undefined) throw new UsageError(`--role must be one of ${ROLES.join(', ')}, got ${options.get('--role') ?? 'none'}`);
  const name = options.get('--name')?.trim() ?? '';
  if (name === '') throw new UsageError('--name must not be empty');
  const expires = options.get('--expires') ?? DEFAULT_EXPIRY;
  try {
    return { name, role, expiresIn: expires === 'never' ? null : parseDuration(expires) };
  } catch (error) {
    throw new UsageError(`--expires: ${(error as Error).message}`);
  }
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

async function create(database: Database, request: KeyRequest): Promise<number> {
  const { key, token } = await issueKey(database, request);
  const shown = { id: key.id, name: key.name, role: key.role, expires: key.expiresAt ?? 'never', token };
  for (const [label, value] of Object.entries(shown)) console.log(`${label.padEnd(9)}${value}`);
  console.log('\nThis token will not be shown again: only a hash of it is kept. Store it now, in a secret store, not in a repository.');
  return 0;
}

async function list(database: Database): Promise<number> {
  const keys = (await database.read(listKeys())) as unknown as ApiKeyRecord[];
  if (keys.length === 0) {
    console.log('No API keys.');
    return 0;
  }
  const now = new Date();
  const rows = keys.map((key) => [key.id, key.name, key.role, key.createdAt, key.expiresAt ?? 'never', keyState(key, now)]);
  console.log(table(['id', 'name', 'role', 'created', 'expires', 'state'], rows));
  return 0;
}

async function revoke(database: Database, idOrName: string): Promise<number> {
  const [revoked = []] = await database.write([revokeKey(idOrName)]);
  if (revoked.length === 0) {
    console.error(`No key that is not revoked yet has the id or name "${idOrName}" (see npm run keys -- list).`);
    return 1;
  }
  for (const key of revoked) console.log(`Revoked ${String(key.id)} (${String(key.name)}).`);
  return 0;
}

/** What the arguments ask for, as work to run on the database; a UsageError for anything else. */
function parseCommand(args: string[]): (database: Database) => Promise<number> {
  const [command, ...rest] = args;
  if (command === 'create') {
    const request = parseCreate(rest);
    return (database) => create(database, request);
  }
  if (command === 'list' && rest.length === 0) return list;
  const idOrName = rest[0]?.trim();
  if (command === 'revoke' && rest.length === 1 && idOrName) return (database) => revoke(database, idOrName);
  throw new UsageError(command === undefined ? 'no command given' : `bad arguments: ${args.join(' ')}`);
}

async function main(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  // Check the arguments before starting a database: bad usage fails in a second, without Java.
  let run: (database: Database) => Promise<number>;
  try {
    run = parseCommand(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n${USAGE}`);
    return 2;
  }

  const config = loadConfig();
  if (config.manageLocalNeo4j) {
    await startLocalNeo4j({ port: boltPort(config.neo4jUri), user: config.neo4jUser, password: config.neo4jPassword });
  }
  const database = new Database(config);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Managing API keys failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
