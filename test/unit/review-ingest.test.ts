import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metadataOf, sidecarOf, textFiles } from '../../src/review/ingest.js';

const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-'));
  writeFileSync(join(dir, 'b.txt'), 'B');
  writeFileSync(join(dir, 'a.txt'), 'A');
  writeFileSync(join(dir, 'a.meta.json'), JSON.stringify({ publisher: 'Báo A', published: '2024-05-01', url: null }));
  writeFileSync(join(dir, 'notes.md'), 'not an article');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.txt'), 'C');
  return dir;
};

describe('the files ingest reads', () => {
  it("takes a folder's .txt files in name order, not its subfolders, and each file once", () => {
    const dir = folder();
    expect(textFiles([dir, join(dir, 'a.txt'), join(dir, 'sub', 'c.txt')])).toEqual([
      join(dir, 'a.txt'),
      join(dir, 'b.txt'),
      join(dir, 'sub', 'c.txt'),
    ]);
  });

  it('refuses a path that does not exist and a folder without text', () => {
    const dir = folder();
    expect(() => textFiles([join(dir, 'missing.txt')])).toThrow(/no such file or folder/);
    mkdirSync(join(dir, 'empty'));
    expect(() => textFiles([join(dir, 'empty')])).toThrow(/without \.txt files/);
  });

  it("reads a file's metadata from its sidecar over the flags, and the flags where it has none", () => {
    const dir = folder();
    expect(sidecarOf(join(dir, 'a.txt'))).toBe(join(dir, 'a.meta.json'));
    const flags = { publisher: 'Flag', published: '2020' };
    expect(metadataOf(join(dir, 'a.txt'), flags)).toEqual({ publisher: 'Báo A', published: '2024-05-01' });
    expect(metadataOf(join(dir, 'b.txt'), flags)).toEqual(flags);
    writeFileSync(join(dir, 'b.meta.json'), JSON.stringify({ published: 2024 }));
    expect(() => metadataOf(join(dir, 'b.txt'), flags)).toThrow('b.meta.json: published must be a string');
  });
});
