/** A row of the evaluation: gold and draft items of one kind matched one to one, and the gold items missed. */
import type { GoldStatement } from '../statement.js';

export interface Missed {
  /** The gold statement the item comes from. */
  statement: GoldStatement;
  /** What was missed, for the list of misses: "Lê Văn A → chu-tich|ubnd|quang-nam", "end dismissed 2019-01-11". */
  what: string;
  /** Found by the looser row (its side and cause without the date, an event by name without the date). */
  loose?: boolean;
}

export interface RowScore {
  gold: number;
  draft: number;
  /** Items matched one to one: each is both a gold item found and a draft item right. */
  matched: number;
  missed: Missed[];
  /** The draft items matched to none, described as misses are (for tuning on the train split). */
  extra: string[];
}

export const emptyRow = (): RowScore => ({ gold: 0, draft: 0, matched: 0, missed: [], extra: [] });

/** Adds a row into a total (misses are kept per article, not summed). */
export function addRow(total: RowScore, row: RowScore): void {
  total.gold += row.gold;
  total.draft += row.draft;
  total.matched += row.matched;
}
