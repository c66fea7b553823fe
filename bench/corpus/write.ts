/**
 * Writes a generated corpus to a folder as `seed/` lays it out: `registry/<collection>.json` and
 * `articles/NNNNNN_<slug>.json` beside its `.txt`. Streaming: each article's files are written as it is made and
 * each registry entry appended to its file as it is declared, so that memory does not grow with the corpus.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { FORMAT_VERSION } from '../../src/statements/format.js';
import { generateCorpus, type CorpusOptions, type CorpusSummary } from './generate.js';
import { COLLECTIONS, type Collection } from './registry.js';

export interface WrittenCorpus extends CorpusSummary {
  /** Bytes written, registry and articles. */
  bytes: number;
}

/** Generates the corpus of `options` into `out` (`registry/` and `articles/`, which must not hold files yet). */
export function writeCorpus(options: CorpusOptions, out: string): WrittenCorpus {
  const registryDir = join(out, 'registry');
  const articlesDir = join(out, 'articles');
  for (const dir of [registryDir, articlesDir]) {
    if (existsSync(dir) && readdirSync(dir).length > 0)
      throw new Error(`${dir} is not empty: give a new folder, so that no older file mixes in`);
    mkdirSync(dir, { recursive: true });
  }
  let bytes = 0;
  const write = (fd: number, text: string) => (bytes += writeSync(fd, text));
  const files = new Map<Collection, { fd: number; entries: number }>();
  for (const collection of COLLECTIONS) {
    const fd = openSync(join(registryDir, `${collection}.json`), 'w');
    write(fd, `{\n  "formatVersion": ${FORMAT_VERSION},\n  "entities": [`);
    files.set(collection, { fd, entries: 0 });
  }
  try {
    const summary = generateCorpus(options, {
      entity(collection, entry) {
        const file = files.get(collection)!;
        write(file.fd, `${file.entries === 0 ? '' : ','}\n    ${JSON.stringify(entry)}`);
        file.entries += 1;
      },
      article(base, file, text) {
        const json = `${JSON.stringify(file)}\n`;
        writeFileSync(join(articlesDir, `${base}.json`), json);
        writeFileSync(join(articlesDir, `${base}.txt`), text);
        bytes += Buffer.byteLength(json) + Buffer.byteLength(text);
      },
    });
    return { ...summary, bytes };
  } finally {
    for (const { fd } of files.values()) {
      write(fd, '\n  ]\n}\n');
      closeSync(fd);
    }
  }
}
