import { defineConfig } from 'vitest/config';

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
  test: {
    env: testEnv,
    projects: [
      {
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], env: testEnv },
      },
      {
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
