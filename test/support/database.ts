/** The tests' database handle, configured from the environment vitest.config.ts sets. */
import { loadConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';

export function testDatabase(): Database {
  return new Database(loadConfig());
}
