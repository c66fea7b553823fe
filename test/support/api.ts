/**
 * A real API on a free port over the tests' real Neo4j, seeded with seed/articles. Each test file starts its own
 * and stops it in afterAll.
 */
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { errorsOnlyLogger } from '../../src/log.js';
import { createApiServer, type ApiServer } from '../../src/server.js';
import { loadArticleFiles } from '../../src/load/loader.js';

export interface GraphQLResponse<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: Data;
  errors?: {
    message: string;
    path?: (string | number)[];
    extensions: { code: string; requestId?: string; problems?: { code: string; input: string; path: string; message: string }[] };
  }[];
  extensions?: { neo4jRoundTrips: number; requestId: string };
}

export interface TestApi {
  url: string;
  database: Database;
  server: ApiServer;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read deep answers by path; the assertions check the values
  graphql<Data = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<GraphQLResponse<Data>>;
  stop(): Promise<void>;
}

/**
 * The first article (Bắc Giang, 11 January 2019): what the API tests assert answers from, one article whose every
 * fact they know. The README's examples run against the whole of seed/articles (examples.int.test.ts).
 */
export const BAC_GIANG_ARTICLE = 'seed/articles/000_379587cad87146f9.json';

export async function seedTestDatabase(database: Database, paths: readonly string[] = [BAC_GIANG_ARTICLE]): Promise<void> {
  await loadArticleFiles(database, paths, { reset: true });
}

/** `seed`: the Bắc Giang article (default), every seed article (`all`), or nothing. */
export async function startTestApi(options: { seed?: false | 'article' | 'all'; config?: Partial<Config> } = {}): Promise<TestApi> {
  const config = loadConfig();
  const database = new Database(config);
  if (options.seed !== false) await seedTestDatabase(database, options.seed === 'all' ? ['seed/articles'] : undefined);
  const server = await createApiServer({ config: { ...config, ...options.config, port: 0 }, database, logger: errorsOnlyLogger });
  return {
    url: server.url,
    database,
    server,
    async graphql(query, variables, options = {}) {
      const response = await fetch(server.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, headers: response.headers, ...((await response.json()) as object) };
    },
    async stop() {
      await server.stop();
      await database.close();
    },
  };
}
