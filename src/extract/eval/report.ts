/** Precision, recall and F1 per row, the targets of issue 18, and the tables for the terminal and EXTRACTION.md. */
import type { Pattern } from './patterns.js';
import type { RowScore } from './match/row.js';

/** The rows, in the order of the tables. */
export const ROWS = [
  'persons',
  'holds (person, post)',
  'bounds (side, cause)',
  'bounds (side, cause, date)',
  'events (name)',
  'events (name, date)',
  'organizes',
  'participates',
  'presents (presenter, award)',
  'presents (in full)',
  'recipients',
  'figures',
] as const;
export type Row = (typeof ROWS)[number];

export interface SplitReport {
  name: string;
  articles: number;
  rows: Map<Row, RowScore>;
  invented: number;
  formerAsCurrent: number;
  deputiesAsHeads: number;
  failedCheck: number;
  unread: number;
  /** Gold items missed, by pattern. */
  patterns: Map<Pattern, number>;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? undefined : numerator / denominator);
const fmt = (value: number | undefined) => (value === undefined ? '  –  ' : value.toFixed(2));

export function metrics(score: RowScore): { precision?: number; recall?: number; f1?: number } {
  const precision = ratio(score.matched, score.draft);
  const recall = ratio(score.matched, score.gold);
  const f1 =
    precision !== undefined && recall !== undefined && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : precision === 0 || recall === 0
        ? 0
        : undefined;
  return { precision, recall, f1 };
}

/** The targets of issue 18 on the held-out split, checked on every split. */
export const TARGETS: { row: Row; measure: 'precision' | 'recall' | 'f1'; at: number }[] = [
  { row: 'persons', measure: 'precision', at: 0.95 },
  { row: 'persons', measure: 'recall', at: 0.95 },
  { row: 'holds (person, post)', measure: 'f1', at: 0.85 },
  { row: 'bounds (side, cause, date)', measure: 'f1', at: 0.7 },
  { row: 'events (name, date)', measure: 'f1', at: 0.75 },
  { row: 'presents (presenter, award)', measure: 'f1', at: 0.9 },
  { row: 'recipients', measure: 'recall', at: 0.8 },
];
const SHORT = { precision: 'P', recall: 'R', f1: 'F1' } as const;
export const TARGETS_TEXT = `Targets (issue 18, for the held-out split): ${TARGETS.map((target) => `${target.row} ${SHORT[target.measure]} ≥ ${target.at}`).join('; ')}; 0 invented names, 0 former titles read as current, 0 deputies read as heads.`;

export function table(report: SplitReport): string {
  const rows = [...report.rows.entries()].map(([row, score]) => {
    const { precision, recall, f1 } = metrics(score);
    return `| ${row.padEnd(27)} | ${String(score.gold).padStart(4)} | ${String(score.draft).padStart(5)} | ${String(score.matched).padStart(7)} | ${fmt(precision)} | ${fmt(recall)} | ${fmt(f1)} |`;
  });
  return [
    `**${report.name}**: ${report.articles} article(s); invented names: ${report.invented}; former titles read as current: ${report.formerAsCurrent}; deputies read as heads: ${report.deputiesAsHeads}; drafts failing \`seed --check\`: ${report.failedCheck}; sentences listed as unread: ${report.unread}`,
    '',
    '| row                         | gold | draft | matched | P    | R    | F1   |',
    '| --------------------------- | ---: | ----: | ------: | ---- | ---- | ---- |',
    ...rows,
  ].join('\n');
}

/** Which targets a split meets. */
export function verdict(report: SplitReport): string {
  const parts = TARGETS.map((target) => {
    const value = metrics(report.rows.get(target.row)!)[target.measure];
    return `${target.row} ${SHORT[target.measure]} ${value === undefined ? 'n/a' : value >= target.at ? 'met' : 'NOT met'}`;
  });
  const zero = (label: string, count: number) => `${label} ${count === 0 ? 'met' : 'NOT met'}`;
  return [
    ...parts,
    zero('invented names', report.invented),
    zero('former titles', report.formerAsCurrent),
    zero('deputies', report.deputiesAsHeads),
  ].join('; ');
}

/**
 * Rows whose F1 differs by 0.1 or more between two splits, each with the held-out split's gold count: on a split
 * of nine articles a row of a few items moves by 1/n with each one, which is most of such a gap.
 */
export function gaps(train: SplitReport, heldOut: SplitReport): string[] {
  return [...train.rows.keys()].flatMap((row) => {
    const [a, b] = [metrics(train.rows.get(row)!).f1, metrics(heldOut.rows.get(row)!).f1];
    const items = heldOut.rows.get(row)!.gold;
    return a !== undefined && b !== undefined && Math.abs(a - b) >= 0.1
      ? [
          `${row}: train ${a.toFixed(2)}, held-out ${b.toFixed(2)} (held-out gold: ${items} item(s), one of them ${(1 / Math.max(items, 1)).toFixed(2)} of recall)`,
        ]
      : [];
  });
}
