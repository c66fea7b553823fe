import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Tests never touch the database that `npm start` serves: unless NEO4J_URI is given, they get a local Neo4j of
 * their own on port 7688 with its data in .neo4j-test/, started by test/global-setup.ts.
 */
const testEnv = {
  NEO4J_URI: process.env.NEO4J_URI ?? 'neo4j://127.0.0.1:7688',
  NEO4J_LOCAL_DIR: process.env.NEO4J_LOCAL_DIR ?? '.neo4j-test',
  NODE_ENV: 'test',
};

export default defineConfig({
  resolve: {
    // Vite would resolve our imports of graphql to its ESM build while Apollo Server, loaded by Node, gets the
    // CommonJS one: two copies whose classes fail each other's instanceof checks. Node (and so `npm start`)
    // resolves both to the CommonJS build; the tests must too.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    env: testEnv,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: testEnv },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.int.test.ts', 'test/browser/**/*.int.test.ts', 'examples/**/*.int.test.ts'],
          env: testEnv,
          globalSetup: ['test/global-setup.ts'],
          // One Neo4j holds one user database in Community edition: test files that load or reset data take turns.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
