/**
 * Gold articles for the evaluation: each folder of annotated article files with the registry its ids refer to
 * (given as ARTICLES[:REGISTRY]; by default the folder "registry" beside the articles' folder, else seed/registry).
 *
 * Two rules decide what is gold and what is held out, and both are constants here so that no run can loosen them:
 * - only hand-made gold counts: articles numbered within HAND_MADE_GOLD's ranges. Articles numbered 100–899 are
 *   extractor drafts that an editor reviewed; scoring the extractor against its own corrected output would
 *   flatter it.
 * - an article is held out when its number NNN has NNN % 10 >= 7 (HELD_OUT_DIGIT): rules are written and tuned
 *   without opening those texts or their gold, and only the aggregate rows of their scores are ever printed.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { readRegistryDir, type Registry } from '../registry.js';
import type { GoldStatement } from './statement.js';

/**
 * The numbers of hand-made gold articles. 000–099 came first and filled up; 100–899 are reviewed extractor drafts,
 * never gold, so more hand-made gold (issue 18) goes to 900–999, where the drafts' numbering will not reach.
 */
export const HAND_MADE_GOLD = [
  { first: 0, last: 99 },
  { first: 900, last: 999 },
] as const;
/** An article whose number's last digit is this or more is held out. */
export const HELD_OUT_DIGIT = 7;

export type Split = 'train' | 'held-out';

export interface GoldArticle {
  file: string;
  number: number | undefined;
  split: Split;
  meta: { id: string; published: string | null; url: string | null; publisher: string | null; textFile: string };
  text: string;
  statements: GoldStatement[];
  registry: Registry;
}

/** The article's number (the file's NNN_ prefix) and its split. */
export function splitOf(file: string): { number: number | undefined; split: Split } {
  const match = /^(\d{3})_/.exec(basename(file));
  const number = match ? Number(match[1]) : undefined;
  return { number, split: number !== undefined && number % 10 >= HELD_OUT_DIGIT ? 'held-out' : 'train' };
}

/** Whether a numbered file is hand-made gold; a file without a number (another folder's) is taken as it is. */
export function isHandMadeGold(file: string): boolean {
  const { number } = splitOf(file);
  return number === undefined || HAND_MADE_GOLD.some((range) => number >= range.first && number <= range.last);
}

/** The ranges as the reports print them: "000–099, 900–999". */
export function handMadeGoldRanges(): string {
  const pad = (n: number) => String(n).padStart(3, '0');
  return HAND_MADE_GOLD.map((range) => `${pad(range.first)}–${pad(range.last)}`).join(', ');
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
      .filter((file) => file.endsWith('.json') && isHandMadeGold(file))
      .sort()) {
      const file = join(dir, name);
      const data = JSON.parse(readFileSync(file, 'utf8')) as { article: GoldArticle['meta']; statements: GoldStatement[] };
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
