/**
 * A statement as the evaluation reads it, gold or draft. Gold files are other people's JSON, read before any
 * validation, so each field is read with a check rather than trusted to a type; a draft's typed statements are
 * read the same way, so that both sides go through one reader.
 */
export interface GoldStatement {
  kind: string;
  [field: string]: unknown;
}

/** A string field, or undefined. */
export const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** A date field's EDTF text, whether printed ("2019-01") or inferred ({ value, inferred }). */
export const dateText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? str((value as { value?: unknown }).value) : undefined;

/** A list of ids, or none. */
export const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** A term bound as the evaluation compares it: its side, its cause (none for a career line or a former title) and its date. */
export interface BoundPart {
  side: 'start' | 'end';
  cause?: string;
  date?: string;
}

export function boundsOf(statement: GoldStatement): BoundPart[] {
  const parts: BoundPart[] = [];
  for (const side of ['start', 'end'] as const) {
    const bound = statement[side];
    if (!bound || typeof bound !== 'object') continue;
    const { cause, date } = bound as { cause?: unknown; date?: unknown };
    parts.push({ side, cause: str(cause), date: dateText(date) });
  }
  return parts;
}

/** The first quote of a statement, for listing a miss. */
export const firstQuote = (statement: GoldStatement): string | undefined => ids(statement.quotes)[0];
