/**
 * Finds and reads the files of a load: the registry and the article data files. The only part of the loader that
 * touches the file system before the database is written, kept apart so that validation stays pure.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGISTRY_COLLECTIONS } from '../statements/format.js';
import { SeedValidationError, type SeedIssue, type SourceFile, type TextReader } from '../statements/validate.js';

/** The data folder: seed/ two folders up from src/load/ and, once compiled, from dist/src/load/ (the build copies it beside). */
const SEED_DIR = fileURLToPath(new URL('../../seed/', import.meta.url));
/** `seed/articles`, the data `npm run seed` and `npm start` load when given no paths. */
export const DEFAULT_ARTICLES_DIR = join(SEED_DIR, 'articles');
/** `seed/registry`: the entities, declared once; every load reads all of it. */
export const DEFAULT_REGISTRY_DIR = join(SEED_DIR, 'registry');

/**
 * Expands each path to data files: a file is taken as it is, a folder gives its `*.json` files in name order
 * (not its subfolders). The same file reached twice is read once. Throws SeedValidationError for a path that
 * does not exist, is not JSON, or is a folder without data files, so that a typo never loads "nothing".
 */
export function expandPaths(paths: readonly string[]): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const issues: SeedIssue[] = [];
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
      issues.push({ file: path, path: '$', message: 'no such file or folder' });
      continue;
    }
    if (!isDirectory) {
      if (path.endsWith('.json')) add(path);
      else issues.push({ file: path, path: '$', message: 'not a data file: give a .json file or a folder of them' });
      continue;
    }
    const names = readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
      .map((entry) => entry.name)
      .sort();
    if (names.length === 0) issues.push({ file: path, path: '$', message: 'the folder holds no .json data files' });
    for (const name of names) add(join(path, name));
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  return files;
}

/** Reads the data files' bytes. */
export function readSources(files: readonly string[]): SourceFile[] {
  return files.map((file) => ({ file, bytes: readFileSync(file) }));
}

/** The registry's files (one per collection that exists in `dir`). */
export function readRegistry(dir: string = DEFAULT_REGISTRY_DIR): SourceFile[] {
  if (!existsSync(dir)) throw new SeedValidationError([{ file: dir, path: '$', message: 'the registry folder does not exist' }]);
  return readSources(
    Object.keys(REGISTRY_COLLECTIONS)
      .map((collection) => join(dir, `${collection}.json`))
      .filter((file) => existsSync(file)),
  );
}

/** Reads an article's text from beside its JSON file. */
export const readTextBeside: TextReader = (jsonFile, textFile) => {
  try {
    return readFileSync(join(dirname(jsonFile), textFile));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return undefined;
    throw error;
  }
};
