/** Precision, recall and F1 per kind, as a table for the terminal and for EXTRACTION.md. */
import type { KindScore } from './match.js';

export interface SplitReport {
  name: string;
  articles: number;
  scores: Map<string, KindScore>;
  invented: number;
  failedCheck: number;
  unread: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? undefined : numerator / denominator);
const fmt = (value: number | undefined) => (value === undefined ? '  –  ' : value.toFixed(2));

export function metrics(score: KindScore): { precision?: number; recall?: number; f1?: number } {
  const precision = ratio(score.rightExtracted, score.extracted);
  const recall = ratio(score.foundGold, score.gold);
  const f1 =
    precision !== undefined && recall !== undefined && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : precision === 0 || recall === 0
        ? 0
        : undefined;
  return { precision, recall, f1 };
}

export function table(report: SplitReport): string {
  const rows = [...report.scores.entries()].map(([kind, score]) => {
    const { precision, recall, f1 } = metrics(score);
    return `| ${kind.padEnd(16)} | ${String(score.gold).padStart(4)} | ${String(score.extracted).padStart(5)} | ${String(score.rightExtracted).padStart(5)} | ${String(score.foundGold).padStart(5)} | ${fmt(precision)} | ${fmt(recall)} | ${fmt(f1)} |`;
  });
  return [
    `**${report.name}**: ${report.articles} article(s); invented names: ${report.invented}; drafts failing \`seed --check\`: ${report.failedCheck}; sentences listed as unread: ${report.unread}`,
    '',
    '| kind             | gold | draft | right | found | P    | R    | F1   |',
    '| ---------------- | ---: | ----: | ----: | ----: | ---- | ---- | ---- |',
    ...rows,
  ].join('\n');
}
