/**
 * The grid of a role as CSV, one line per holder of each cell (a cell nobody is known to hold is one line with
 * the holder's columns empty): the API's `roleGrid` answer as it is, in a form spreadsheets and scripts read.
 * Ids come with names, so that a line can be traced back to the graph (and to the sentences that state it).
 */
import type { RoleGridQuery } from '../generated/graphql.js';

export type Grid = RoleGridQuery['roleGrid'];

export const CSV_COLUMNS = [
  'place_id',
  'place',
  'year',
  'date',
  'status',
  'tenure_id',
  'person_id',
  'person',
  'position_id',
  'certainty',
] as const;

/**
 * A field as RFC 4180 writes it, quoted when it holds a comma, a quote or a line break; one that a spreadsheet
 * would run as a formula (=, +, -, @, tab, carriage return first) is prefixed with an apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function gridCsv(grid: Grid): string {
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const row of grid.rows) {
    for (const cell of row.cells) {
      const place = [row.place.id, row.place.name, cell.year, cell.date, cell.status];
      const holders = cell.holders.length > 0 ? cell.holders : [null];
      for (const holder of holders) {
        const fields = holder
          ? [holder.id, holder.person.id, holder.person.name, holder.position.id, holder.certainty]
          : [null, null, null, null, null];
        lines.push([...place, ...fields].map(csvField).join(','));
      }
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The file name of a grid's CSV, e.g. `chu-tich-ubnd-tinh_2016-2025_07-01.csv`. */
export function gridCsvName(grid: Grid): string {
  const years = grid.years;
  return `${grid.role.id.replace(/^role:/, '')}_${years[0]}-${years[years.length - 1]}_${grid.day}.csv`;
}
