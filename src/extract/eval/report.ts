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
  /** Per row: how many of the split's articles have gold items in it. */
  articlesWith: Map<Row, number>;
  /** Per row: its gold items missed, by pattern. */
  rowPatterns: Map<Row, Map<Pattern, number>>;
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

const MEASURES = ['precision', 'recall', 'f1'] as const;

/** The measures (P, R, F1) of a row that differ by 0.1 or more between two splits, as "R 0.94 → 0.25". */
function differing(train: RowScore, heldOut: RowScore): string[] {
  const [a, b] = [metrics(train), metrics(heldOut)];
  return MEASURES.flatMap((measure) => {
    const [x, y] = [a[measure], b[measure]];
    return x !== undefined && y !== undefined && Math.abs(x - y) >= 0.1 ? [`${SHORT[measure]} ${x.toFixed(2)} → ${y.toFixed(2)}`] : [];
  });
}

/**
 * Why a row differs by 0.1 or more (P, R or F1) between the train and held-out splits, from aggregates only: the
 * sizes (gold, draft, matched, and in how many articles the gold items are), what one held-out item weighs, the
 * sampling error of the held-out recall alone (one binomial standard error), how many more held-out items matched
 * would bring its recall to the train's, and the held-out misses of the row by pattern (counts).
 */
export function gapTable(train: SplitReport, heldOut: SplitReport): string[] {
  const rows = [...train.rows.keys()].flatMap((row) => {
    const [a, b] = [train.rows.get(row)!, heldOut.rows.get(row)!];
    const gap = differing(a, b);
    if (gap.length === 0) return [];
    const size = (score: RowScore, report: SplitReport) =>
      `${score.gold} / ${score.draft} / ${score.matched} (${report.articlesWith.get(row) ?? 0} art.)`;
    const recall = metrics(b).recall;
    const error = recall === undefined ? undefined : Math.sqrt((recall * (1 - recall)) / b.gold);
    const trainRecall = metrics(a).recall;
    const toClose = trainRecall === undefined ? undefined : Math.max(0, Math.ceil(trainRecall * b.gold - b.matched - 1e-9));
    const patterns = [...(heldOut.rowPatterns.get(row) ?? new Map<Pattern, number>())]
      .filter(([, count]) => count > 0)
      .sort((x, y) => y[1] - x[1])
      .map(([pattern, count]) => `${pattern} ${count}`)
      .join(', ');
    return [
      `| ${row} | ${gap.join('; ')} | ${size(a, train)} | ${size(b, heldOut)} | ${b.gold === 0 ? '–' : (1 / b.gold).toFixed(2)} | ${error === undefined ? '–' : `±${error.toFixed(2)}`} | ${toClose ?? '–'} | ${patterns || '–'} |`,
    ];
  });
  if (rows.length === 0) return [];
  return [
    '| row | train → held-out | train gold / draft / matched (articles with gold) | held-out gold / draft / matched (articles with gold) | one held-out item, of recall | held-out recall, 1 s.e. | held-out items to match for the train recall | held-out misses by pattern |',
    '| --- | --- | --- | --- | ---: | ---: | ---: | --- |',
    ...rows,
  ];
}
