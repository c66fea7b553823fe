import { describe, expect, it } from 'vitest';
import { emptyRow, type RowScore } from '../../src/extract/eval/match/row.js';
import { gapTable, ROWS, type Row, type SplitReport } from '../../src/extract/eval/report.js';
import type { Pattern } from '../../src/extract/eval/patterns.js';

/** A split whose rows are all empty but the ones given: [gold, draft, matched, articles with gold]. */
function split(
  name: string,
  rows: Partial<Record<Row, [number, number, number, number]>>,
  misses: [Row, Pattern, number][] = [],
): SplitReport {
  const score = (row: Row): RowScore => {
    const given = rows[row];
    return given ? { ...emptyRow(), gold: given[0], draft: given[1], matched: given[2] } : emptyRow();
  };
  const rowPatterns = new Map<Row, Map<Pattern, number>>(ROWS.map((row) => [row, new Map()]));
  for (const [row, pattern, count] of misses) rowPatterns.get(row)!.set(pattern, count);
  return {
    name,
    articles: 10,
    rows: new Map(ROWS.map((row) => [row, score(row)])),
    invented: 0,
    formerAsCurrent: 0,
    deputiesAsHeads: 0,
    failedCheck: 0,
    unread: 0,
    patterns: new Map(),
    articlesWith: new Map(ROWS.map((row) => [row, rows[row]?.[3] ?? 0])),
    rowPatterns,
  };
}

describe('the gap between the splits, from aggregates only', () => {
  it('lists a row whose recall alone differs by 0.1 or more, with its sizes, the weight of one item, its error and what would close it', () => {
    const train = split('train', { recipients: [32, 33, 30, 14], persons: [100, 100, 95, 10] });
    const heldOut = split('held-out', { recipients: [12, 4, 3, 6], persons: [50, 50, 48, 5] }, [['recipients', 'recipients', 9]]);
    const lines = gapTable(train, heldOut);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe(
      '| recipients | P 0.91 → 0.75; R 0.94 → 0.25; F1 0.92 → 0.38 | 32 / 33 / 30 (14 art.) | 12 / 4 / 3 (6 art.) | 0.08 | ±0.13 | 9 | recipients 9 |',
    );
  });

  it('lists nothing when every measure is within 0.1, nor a row empty on one side', () => {
    const train = split('train', { persons: [100, 100, 95, 10], figures: [5, 0, 0, 2] });
    const heldOut = split('held-out', { persons: [50, 50, 46, 5] });
    expect(gapTable(train, heldOut)).toEqual([]);
  });
});
