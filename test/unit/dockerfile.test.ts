/** The Docker image runs the compiled service, installed without devDependencies. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const stages = readFileSync('Dockerfile', 'utf8')
  .split(/^FROM /m)
  .slice(1);
const runtime = stages.at(-1)!;

describe('Dockerfile', () => {
  it('builds in a stage of its own and runs node on dist/ in the last', () => {
    expect(stages[0]).toMatch(/RUN npm run build/);
    expect(runtime).toMatch(/COPY --from=build \/app\/dist \.\/dist/);
    expect(runtime).toMatch(/^CMD \["node", "--max-old-space-size=128", "dist\/src\/main.js"\]$/m);
  });

  it('checks the health of the running service on /health, with node alone', () => {
    expect(runtime).toMatch(/^HEALTHCHECK .*\\\n\s+CMD \["node", "-e", ".*\/health.*"\]$/m);
  });

  it('installs the runtime stage with --omit=dev, and nothing else of npm', () => {
    const installs = runtime.match(/^RUN .*$/gm) ?? [];
    expect(installs).toHaveLength(1);
    expect(installs[0]).toMatch(/npm ci --omit=dev/);
    expect(runtime).not.toMatch(/tsx|npm start|npm run/);
  });
});
