/**
 * `npx tsx bench/cpuprofile.ts FILE.cpuprofile`: where a V8 CPU profile (node --cpu-prof, written by
 * `npm run bench -- --cpu-prof`) spent its time: self time by package (or project folder) and the top
 * functions, so that a server's per-request cost can be attributed without a GUI.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The package a script belongs to (node_modules/<name> or @scope/name), a project folder, or Node itself. */
function ownerOf(url: string): string {
  if (url === '') return '(native / idle / GC)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node (core)';
  const project = /\/work\/[^/]+\/(src|bench|seed)\/(.*)/.exec(url);
  if (project) return `${project[1]}/${project[2]?.split('/')[0]}`;
  return url;
}

function main(): void {
  const file = process.argv[2];
  if (!file) throw new Error('usage: tsx bench/cpuprofile.ts FILE.cpuprofile');
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const total = [...selfMicros.values()].reduce((sum, value) => sum + value, 0);
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const idle = functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)';
    const owner = idle ? functionName : ownerOf(url);
    byOwner.set(owner, (byOwner.get(owner) ?? 0) + micros);
    const key = `${functionName || '(anonymous)'} ${ownerOf(url)}:${lineNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  // Native and Node-core time charged to the nearest caller in a package or project folder: who asked for
  // the socket writes, the buffers and the microtasks.
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byCaller = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    let current: number | undefined = id;
    let owner = '(idle)';
    while (current !== undefined) {
      const node = byId.get(current);
      if (!node) break;
      const name = node.callFrame.functionName;
      if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
        owner = name;
        break;
      }
      const candidate = ownerOf(node.callFrame.url);
      if (candidate !== '(native / idle / GC)' && candidate !== 'node (core)') {
        owner = candidate;
        break;
      }
      owner = candidate;
      current = parents.get(current);
    }
    byCaller.set(owner, (byCaller.get(owner) ?? 0) + micros);
  }
  const percent = (micros: number) => `${((micros / total) * 100).toFixed(1).padStart(5)}%`;
  console.log(`Total sampled: ${(total / 1e6).toFixed(1)} s\n\nSelf time by owner:`);
  for (const [owner, micros] of [...byOwner].sort((left, right) => right[1] - left[1]).slice(0, 25))
    console.log(`${percent(micros)}  ${owner}`);
  const busy = total - (byCaller.get('(idle)') ?? 0) - (byCaller.get('(program)') ?? 0);
  console.log(
    `\nBusy time (${(busy / 1e6).toFixed(1)} s) by the package that caused it (native and Node-core time charged to their caller):`,
  );
  for (const [owner, micros] of [...byCaller]
    .filter(([owner]) => owner !== '(idle)' && owner !== '(program)')
    .sort((left, right) => right[1] - left[1])
    .slice(0, 20)) {
    console.log(`${((micros / busy) * 100).toFixed(1).padStart(5)}%  ${owner}`);
  }
  console.log('\nTop functions (self time):');
  for (const [name, micros] of [...byFunction].sort((left, right) => right[1] - left[1]).slice(0, 30))
    console.log(`${percent(micros)}  ${name}`);
}

main();
