/**
 * Gold articles for the evaluation: each folder of annotated article files with the registry its ids refer to
 * (given as ARTICLES[:REGISTRY]; by default the folder "registry" beside the articles' folder, else seed/registry).
 * An article's split follows its 3-digit number NNN: held out when NNN % 10 >= 7, so that rules are written
 * without looking at those.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readRegistryDir, type Registry } from '../registry.js';

export interface GoldArticle {
  file: string;
  number: number | undefined;
  split: 'train' | 'held-out';
  meta: { id: string; published: string | null; url: string | null; publisher: string | null; textFile: string };
  text: string;
  statements: Record<string, unknown>[];
  registry: Registry;
}

export function splitOf(file: string): { number: number | undefined; split: GoldArticle['split'] } {
  const match = /^(\d{3})_/.exec(basename(file));
  const number = match ? Number(match[1]) : undefined;
  return { number, split: number !== undefined && number % 10 >= 7 ? 'held-out' : 'train' };
}

export function readGold(specs: readonly string[], defaultRegistry: string, registryOverride?: string): GoldArticle[] {
  const articles: GoldArticle[] = [];
  for (const spec of specs) {
    const [dirPart, registryPart] = spec.split(':');
    const dir = resolve(dirPart!);
    const sibling = join(dirname(dir), 'registry');
    const registryDir = registryPart
      ? resolve(registryPart)
      : (registryOverride ?? (existsSync(sibling) && resolve(sibling) !== dir ? sibling : defaultRegistry));
    const registry = readRegistryDir(registryDir);
    for (const name of readdirSync(dir)
      .filter((file) => file.endsWith('.json'))
      .sort()) {
      const file = join(dir, name);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { article: GoldArticle['meta']; statements: Record<string, unknown>[] };
      const textPath = join(dir, data.article.textFile);
      if (!existsSync(textPath)) continue;
      articles.push({
        file,
        ...splitOf(file),
        meta: data.article,
        text: readFileSync(textPath, 'utf8'),
        statements: data.statements,
        registry,
      });
    }
  }
  return articles;
}
