/**
 * Finds and reads the files of a load: the registry and the article data files. The only part of the loader that
 * touches the file system before the database is written, kept apart so that validation stays pure.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY_COLLECTIONS } from '../statements/format.js';
import { IssueCode, Issues } from '../statements/issues.js';
import { readArticle, readRegistryFile, type ArticleRecord, type RegistryRecord } from '../statements/read.js';

/** The data folder: seed/ two folders up from src/load/ and, once compiled, from dist/src/load/ (the build copies it beside). */
const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
/** `seed/articles`, the data `npm run seed` and `npm start` load when given no paths. */
export const DEFAULT_ARTICLES_DIR = join(SEED_DIR, 'articles');
/** `seed/registry`: the entities, declared once; every load reads all of it. */
export const DEFAULT_REGISTRY_DIR = join(SEED_DIR, 'registry');

/**
 * Expands each path to data files: a file is taken as it is, a folder gives its `*.json` files in name order
 * (not its subfolders). The same file reached twice is read once. Throws a ValidationError for a path that does
 * not exist, is not JSON, or is a folder without data files, so that a typo never loads "nothing".
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const issues = new Issues();
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      issues.error(IssueCode.NO_SUCH_INPUT, path, '$', 'no such file or folder');
      continue;
    }
    if (!isDirectory) {
      if (path.endsWith('.json')) add(path);
      else issues.error(IssueCode.NO_SUCH_INPUT, path, '$', 'not a data file: give a .json file or a folder of them');
      continue;
    }
    const names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) issues.error(IssueCode.NO_SUCH_INPUT, path, '$', 'the folder holds no .json data files');
    for (const name of names) add(join(path, name));
  }
  issues.throwIfAny();
  return files;
}

/** The registry's entries, from its files (one per collection that exists in `dir`). */
export function readRegistryDir(issues: Issues, dir: string = DEFAULT_REGISTRY_DIR): RegistryRecord[] {
  if (!existsSync(dir)) {
    issues.error(IssueCode.NO_SUCH_INPUT, dir, '$', 'the registry folder does not exist');
    return [];
  }
  return Object.entries(REGISTRY_COLLECTIONS).flatMap(([collection, label]) => {
    const file = join(dir, `${collection}.json`);
    return existsSync(file) ? readRegistryFile(issues, file, label, readFileSync(file)) : [];
  });
}

/** The articles of data files, each with its text read from beside it. */
export function readArticleFiles(issues: Issues, files: readonly string[]): ArticleRecord[] {
  return files.flatMap((file) => readArticle(issues, file, readFileSync(file), (textFile) => readTextBeside(file, textFile)) ?? []);
}

/** Reads an article's text from beside its JSON file; undefined when there is none. */
export function readTextBeside(jsonFile: string, textFile: string): Uint8Array | undefined {
  try {
    return readFileSync(join(dirname(jsonFile), textFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
}
