/**
 * `npm run ingest`'s work apart from its command line: which text files the paths name, the metadata of each (its
 * sidecar `<name>.meta.json` over the command's flags), and storing each as a draft (src/review/drafts.ts), one
 * after the other, with a report per file. A file that cannot be read into a draft is reported and skipped: one
 * bad file in a folder of hundreds does not lose the others.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Database } from '../db/database.js';
import { extractDraft, type DraftArgs } from '../extract/answer.js';
import type { Registry } from '../extract/registry.js';
import { storeDraft } from './drafts.js';

/** What an article's sidecar and the flags may say of it: the extractor's own arguments. */
export type ArticleMetadata = Pick<DraftArgs, 'url' | 'published' | 'publisher'>;

const METADATA_FIELDS = ['url', 'published', 'publisher'] as const;

/**
 * The text files the paths name: a file as it is, a folder's `*.txt` files in name order (not its subfolders),
 * each once. Throws on a path that does not exist or a folder without text, so that a typo never ingests nothing.
 */
export function textFiles(paths: readonly string[]): string[] {
  const files = new Map<string, string>();
  for (const path of paths) {
    if (!existsSync(path)) throw new Error(`${path}: no such file or folder`);
    const found = statSync(path).isDirectory()
      ? readdirSync(path, { withFileTypes: true })
          .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
          .map((entry) => join(path, entry.name))
          .sort()
      : [path];
    if (found.length === 0) throw new Error(`${path}: a folder without .txt files`);
    for (const file of found) if (!files.has(resolve(file))) files.set(resolve(file), file);
  }
  return [...files.values()];
}

/** `<name>.meta.json` beside `<name>.txt`. */
export const sidecarOf = (file: string) => file.replace(/\.txt$/, '') + '.meta.json';

/** The file's metadata: its sidecar's fields where it has one, else the flags'. Throws on a sidecar that is not an object of strings. */
export function metadataOf(file: string, flags: ArticleMetadata): ArticleMetadata {
  const sidecar = sidecarOf(file);
  if (!existsSync(sidecar)) return flags;
  const value: unknown = JSON.parse(readFileSync(sidecar, 'utf8'));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${basename(sidecar)} is not a JSON object`);
  const metadata: ArticleMetadata = { ...flags };
  for (const field of METADATA_FIELDS) {
    const given = (value as Record<string, unknown>)[field];
    if (given === undefined || given === null) continue;
    if (typeof given !== 'string') throw new Error(`${basename(sidecar)}: ${field} must be a string`);
    metadata[field] = given;
  }
  return metadata;
}

export interface FileOutcome {
  file: string;
  /** The draft's id, and whether it is new; undefined with `error`. */
  draftId?: string;
  created?: boolean;
  statements?: number;
  error?: string;
}

/** Stores each file as a draft, reporting each as it is done. */
export async function ingestFiles(
  database: Database,
  files: readonly string[],
  flags: ArticleMetadata,
  registry: Registry,
  onFile: (outcome: FileOutcome, index: number) => void,
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const args = { ...metadataOf(file, flags), text: readFileSync(file, 'utf8') };
      let statements: number | undefined;
      const stored = await storeDraft(database, args, (draftArgs) => {
        const answer = extractDraft(draftArgs, registry);
        statements = answer.statements.length;
        return answer;
      });
      outcome = { file, draftId: stored.id, created: stored.created, ...(statements === undefined ? {} : { statements }) };
    } catch (error) {
      outcome = { file, error: error instanceof Error ? error.message : String(error) };
    }
    outcomes.push(outcome);
    onFile(outcome, index);
  }
  return outcomes;
}
