/**
 * The production build: `npm run build` compiles the service to dist/, and `node dist/src/main.js` (what the
 * Docker image runs) serves the API with no TypeScript at run time; the schema and the seed articles are found
 * from dist/.
 */
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { freePort } from '../support/ports.js';

describe('the production build', () => {
  it('compiles to dist/, and node dist/src/main.js serves the API and exits 0 on SIGTERM', async () => {
    await promisify(execFile)('npm', ['run', '--silent', 'build']);
    for (const file of ['dist/src/main.js', 'dist/schema.graphql', 'dist/src/load/loader.js']) expect(existsSync(file), file).toBe(true);

    const port = await freePort();
    const child = spawn(process.execPath, ['--max-old-space-size=128', 'dist/src/main.js'], {
      env: { ...process.env, PORT: String(port), NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    const exited = once(child, 'exit');
    try {
      await expect.poll(() => log, { timeout: 60_000, interval: 200 }).toContain('API ready');
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ awardPresentations(first: 1) { edges { node { presenter { name } } } pageInfo { hasPreviousPage startCursor } } }',
        }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        data: { awardPresentations: { edges: [{ node: { presenter: { name: 'Lại Thanh Sơn' } } }], pageInfo: { hasPreviousPage: false } } },
      });
    } finally {
      child.kill('SIGTERM');
    }
    const [code] = await exited;
    expect(code).toBe(0);
    expect(log).not.toMatch(/tsx/);
  }, 180_000);
});
