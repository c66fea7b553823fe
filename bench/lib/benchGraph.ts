/**
 * The graph `npm run bench` reads: a corpus in the product's format (DIR/registry, DIR/articles) loaded into the
 * bench Neo4j through the product's own bulk path (prepareLoad validates it as `npm run seed` does, writeLoad stores
 * it in bulk into an empty graph), so that the benchmark measures the statement graph the product makes: claims,
 * STATED_IN quotes, tenures with their readings. The graph is loaded once and kept; a run finds it by the corpus's
 * fingerprint and loads again only when the corpus changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { prepareLoad, writeLoad } from '../../src/load/loader.js';
import { localNeo4jDir } from '../../src/db/localNeo4j.js';
import { writeCorpus } from '../corpus/write.js';
import { DEFAULT_SEED } from '../synthetic/generate.js';
import { benchDatabase, ensureBenchNeo4j, readGraphInfo, writeGraphInfo, type BenchNeo4jOptions, type GraphInfo } from './benchNeo4j.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** What identifies a corpus's content cheaply: every file's name and size under registry/ and articles/. */
export function corpusFingerprint(corpus: string): string {
  const hash = createHash('sha256');
  for (const sub of ['registry', 'articles']) {
    const dir = join(corpus, sub);
    for (const name of readdirSync(dir).sort()) hash.update(`${sub}/${name}:${statSync(join(dir, name)).size}\n`);
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The default corpus of a scale: the generated corpus of issue 20 (`npm run bench:corpus -- --scale S`, its default
 * seed), written beside the bench store when absent.
 */
export function defaultCorpus(options: Pick<BenchNeo4jOptions, 'dir'>, scale: number): string {
  const corpus = `${localNeo4jDir(options.dir)}-corpus-scale${scale}`;
  if (!existsSync(join(corpus, 'articles'))) {
    log(`No corpus of scale ${scale} at ${corpus}: generating it (bench:corpus, seed ${DEFAULT_SEED})…`);
    writeCorpus({ scale, seed: DEFAULT_SEED }, corpus);
  }
  return corpus;
}

/**
 * Starts the bench Neo4j and makes sure it holds the corpus: kept when its fingerprint matches what was loaded,
 * otherwise the store is wiped and the corpus loaded in bulk (validation first: a bad corpus loads nothing).
 */
export async function ensureBenchGraph(options: BenchNeo4jOptions, corpusDir: string, scale?: number): Promise<GraphInfo> {
  const corpus = resolve(corpusDir);
  const fingerprint = corpusFingerprint(corpus);
  const info = readGraphInfo(options.dir);
  if (info && info.corpus === corpus && info.fingerprint === fingerprint) {
    await ensureBenchNeo4j(options);
    return info;
  }
  log(info ? `The bench graph holds ${info.corpus}; loading ${corpus} instead…` : `No graph in ${options.dir}; loading ${corpus}…`);
  const prepared = prepareLoad([join(corpus, 'articles')], join(corpus, 'registry'));
  const statements = prepared.loadSet.articles.reduce((sum, article) => sum + article.statements.length, 0);
  log(
    `${prepared.loadSet.articles.length} articles, ${statements} statements, validated in ${(prepared.validateMillis / 1000).toFixed(1)} s`,
  );
  // An empty store is a reset in seconds at any size, where deleting a loaded graph takes minutes.
  await ensureBenchNeo4j(options, true);
  const database = benchDatabase(options);
  try {
    log(`Bulk load (load average ${loadavg()[0]!.toFixed(1)})…`);
    const began = performance.now();
    const summary = await writeLoad(database, prepared, {
      bulk: true,
      onProgress: (progress) =>
        log(`  ${progress.index}/${progress.total} articles: ${progress.claims} statements in ${(progress.millis / 1000).toFixed(1)} s`),
    });
    const loadSeconds = (performance.now() - began) / 1000;
    const loaded: GraphInfo = {
      corpus,
      fingerprint,
      ...(scale === undefined ? {} : { scale }),
      articles: summary.files,
      statements,
      nodes: summary.nodes,
      relationships: summary.relationships,
      loadSeconds: Math.round(loadSeconds * 10) / 10,
      statementsPerSecond: Math.round(statements / loadSeconds),
      loadedAt: new Date().toISOString(),
    };
    writeGraphInfo(loaded, options.dir);
    log(`Loaded in ${loaded.loadSeconds} s (${loaded.statementsPerSecond} statements/s; load average ${loadavg()[0]!.toFixed(1)})`);
    return loaded;
  } finally {
    await database.close();
  }
}
