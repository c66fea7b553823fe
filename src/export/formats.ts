/**
 * The export formats, each a stream of text read from the graph a page at a time (src/export/graph.ts), so that
 * the command line (src/cli/export.ts) and the API's download (/export/…, src/http/exportRoute.ts) write the same
 * bytes with memory bounded by a page, whatever the size of the graph:
 *
 * - `ftm`: FollowTheMoney entities, one JSON object a line (src/export/ftm.ts);
 * - `ftm-statements`: the same entities as FollowTheMoney statements, one a line, each value with its source;
 * - `popolo`: one Popolo JSON document (src/export/popolo.ts), written collection by collection.
 */
import type { Database } from '../db/database.js';
import { FTM_LABELS, ftmDrafts, toEntity, toStatements } from './ftm.js';
import { readNodes } from './graph.js';
import { POPOLO_COLLECTIONS, popoloObject } from './popolo.js';

export const EXPORT_FORMATS = ['ftm', 'ftm-statements', 'popolo'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const isExportFormat = (value: string): value is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(value);

/** How each format is served: its media type and the name of the file a download is saved as. */
export const FORMAT_FILES: Readonly<Record<ExportFormat, { mediaType: string; fileName: string }>> = {
  ftm: { mediaType: 'application/x-ndjson; charset=utf-8', fileName: 'officials-graph.ftm.jsonl' },
  'ftm-statements': { mediaType: 'application/x-ndjson; charset=utf-8', fileName: 'officials-graph.statements.jsonl' },
  popolo: { mediaType: 'application/json; charset=utf-8', fileName: 'officials-graph.popolo.json' },
};

/** What an export wrote: entities per FollowTheMoney schema, statements, or objects per Popolo collection. */
export type ExportCounts = Map<string, number>;

const count = (counts: ExportCounts, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);

async function* ftmLines(database: Database, counts: ExportCounts, statements: boolean): AsyncGenerator<string> {
  for (const label of FTM_LABELS)
    for await (const record of readNodes(database, label))
      for (const draft of ftmDrafts(record)) {
        count(counts, draft.schema);
        if (!statements) yield `${JSON.stringify(toEntity(draft))}\n`;
        else
          for (const statement of toStatements(draft)) {
            count(counts, 'statements');
            yield `${JSON.stringify(statement)}\n`;
          }
      }
}

async function* popoloDocument(database: Database, counts: ExportCounts): AsyncGenerator<string> {
  yield '{';
  for (const [index, { collection, label }] of POPOLO_COLLECTIONS.entries()) {
    yield `${index > 0 ? ',' : ''}\n"${collection}": [`;
    let first = true;
    for await (const record of readNodes(database, label)) {
      const object = popoloObject(record);
      if (object === undefined) continue;
      count(counts, collection);
      yield `${first ? '' : ','}\n${JSON.stringify(object)}`;
      first = false;
    }
    yield '\n]';
  }
  yield '\n}\n';
}

/** The export as text chunks, in order; `counts` is filled as they are produced. */
export function exportChunks(database: Database, format: ExportFormat, counts: ExportCounts = new Map()): AsyncGenerator<string> {
  return format === 'popolo' ? popoloDocument(database, counts) : ftmLines(database, counts, format === 'ftm-statements');
}
