/**
 * The synthetic graph as CSV files for Neo4j's offline importer (`neo4j-admin database import full`): the
 * same parts, rows and property values that the Cypher loader sends (see part.ts), written as they are
 * generated.
 *
 * Node files: one per label and set of typed columns, since a header is written before the rows and rows of
 * one label may lack optional properties (an Event without `partOfDay`, a Tenure without `endDate`), or hold
 * them in another order. Header: `id:ID(Label),name:string,date:date,…`: every label is an id space of its
 * own, so that each relationship end is looked up among the nodes of the label its group names, and the `id`
 * column is stored as the `id` property. Relationship files: one per (type, start label, end label), the
 * groups of part.ts, with `:START_ID(From),:END_ID(To)` and `quote:string` for STATED_IN.
 *
 * Values follow RFC 4180 as the importer reads it: a field with a comma, a quote or a line break is quoted,
 * quotes doubled; an empty string is `""` and a missing property an empty field, which the importer leaves
 * unset. Lists of strings are joined by ARRAY_DELIMITER, a control character that no text of the generator
 * holds (checked, not assumed).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../../src/db/cypher/schema.js';
import type { NodeProps, Part, PropValue, RelGroup } from './part.js';

/** U+001F, the ASCII unit separator: passed to the importer as `--array-delimiter=U+001F`. */
export const ARRAY_DELIMITER = '\u001f';
export const ARRAY_DELIMITER_OPTION = 'U+001F';

/** The importer's type of a column (`name:type`), from the value the Cypher loader would send. */
export function importType(value: PropValue): string {
  if (typeof value === 'string') return 'string';
  // A JavaScript number reaches Neo4j as a float over Bolt; an integer must be a driver Integer (part.ts).
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'string[]';
  if (neo4j.isInt(value)) return 'long';
  if (neo4j.isDate(value)) return 'date';
  if (neo4j.isDateTime(value)) return 'datetime';
  throw new Error(`no importer type for ${JSON.stringify(value)}`);
}

const NEEDS_QUOTES = /[",\r\n]/;

/** A string as one CSV field: quoted when it holds a delimiter, quote or line break, or is empty (else it reads as unset). */
export function csvString(text: string): string {
  return text === '' || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV field for a property value; undefined (a property the node lacks) is an empty field. */
export function csvField(value: PropValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return csvString(value);
  if (Array.isArray(value)) {
    // The importer cannot tell an empty list, or an empty element, from a missing value: refuse rather than change the data.
    if (value.length === 0) throw new Error('an empty list cannot be written for the importer');
    for (const element of value) {
      if (element === '' || element.includes(ARRAY_DELIMITER))
        throw new Error(`list element not representable for the importer: ${JSON.stringify(element)}`);
    }
    return csvString(value.join(ARRAY_DELIMITER));
  }
  // Integers, dates (2019-01-11) and date-times with their offset (2019-01-11T21:00:00+07:00) print as the importer parses them.
  return String(value);
}

/** The header of a node file for rows shaped like `props`; the `id` column is the label's id space. */
export function nodeHeader(label: NodeLabel, props: NodeProps): string[] {
  return Object.entries(props).map(([name, value]) => (name === 'id' ? `id:ID(${label})` : `${name}:${importType(value)}`));
}

export function relationshipHeader(group: Pick<RelGroup, 'from' | 'to' | 'quoted'>): string[] {
  const ends = [`:START_ID(${group.from})`, `:END_ID(${group.to})`];
  return group.quoted ? [...ends, 'quote:string'] : ends;
}

export const csvLine = (fields: readonly string[]) => `${fields.join(',')}\n`;

const FLUSH_BYTES = 1 << 20;

/** A CSV file written through a buffer of ~1 MiB: synchronous writes of large blocks, no stream back-pressure to manage. */
class CsvFile {
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  rows = 0;
  bytes = 0;
  /** Whether a field spans lines: the importer must then be told to parse this file's quoted line breaks. */
  multiline = false;

  constructor(
    readonly path: string,
    header: readonly string[],
  ) {
    this.fd = openSync(path, 'w');
    this.append(csvLine(header));
  }

  append(line: string): void {
    this.pending.push(line);
    this.pendingLength += line.length;
    if (this.pendingLength >= FLUSH_BYTES) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) this.bytes += writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/** What the importer is given: `--nodes=Label=file` and `--relationships=TYPE=file` arguments. */
export interface ImportInput {
  nodes: { label: NodeLabel; path: string; rows: number }[];
  relationships: { type: string; path: string; rows: number }[];
  /** Files in which some field spans lines. */
  multilineFiles: string[];
  bytes: number;
}

/** Writes parts into CSV files under `dir`, opening a file the first time its label and columns (or group) appear. */
export class ImportCsvWriter {
  readonly stats = { nodes: 0, relationships: 0 };
  private readonly nodeFiles = new Map<string, { label: NodeLabel; file: CsvFile }>();
  private readonly relationshipFiles = new Map<string, { type: string; file: CsvFile }>();

  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  private fileName(stem: string): string {
    return join(this.dir, `${String(this.nodeFiles.size + this.relationshipFiles.size).padStart(3, '0')}-${stem}.csv`);
  }

  writePart(part: Part): void {
    for (const [label, rows] of part.nodes) {
      for (const props of rows) {
        const header = nodeHeader(label, props);
        const key = `${label}|${header.join(',')}`;
        let entry = this.nodeFiles.get(key);
        if (!entry) this.nodeFiles.set(key, (entry = { label, file: new CsvFile(this.fileName(label), header) }));
        this.writeRow(entry.file, Object.values(props).map(csvField));
        this.stats.nodes += 1;
      }
    }
    for (const group of part.rels.values()) {
      const key = `${group.type}|${group.from}|${group.to}`;
      let entry = this.relationshipFiles.get(key);
      if (!entry) {
        this.relationshipFiles.set(
          key,
          (entry = {
            type: group.type,
            file: new CsvFile(this.fileName(`${group.type}-${group.from}-${group.to}`), relationshipHeader(group)),
          }),
        );
      }
      for (const row of group.rows) this.writeRow(entry.file, row.map(csvString));
      this.stats.relationships += group.rows.length;
    }
  }

  private writeRow(file: CsvFile, fields: string[]): void {
    const line = csvLine(fields);
    // A line's only line break is its last character, unless a (quoted) field holds one.
    if (!file.multiline && (line.indexOf('\n') !== line.length - 1 || line.includes('\r'))) file.multiline = true;
    file.append(line);
    file.rows += 1;
  }

  /** Closes every file and says what to import. */
  close(): ImportInput {
    const nodeEntries = [...this.nodeFiles.values()];
    const relationshipEntries = [...this.relationshipFiles.values()];
    const files = [...nodeEntries, ...relationshipEntries].map(({ file }) => file);
    for (const file of files) file.close();
    return {
      nodes: nodeEntries.map(({ label, file }) => ({ label, path: file.path, rows: file.rows })),
      relationships: relationshipEntries.map(({ type, file }) => ({ type, path: file.path, rows: file.rows })),
      multilineFiles: files.filter((file) => file.multiline).map((file) => file.path),
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    };
  }
}
