/**
 * `npm run extract:eval -- [GOLD_DIR[:REGISTRY_DIR]...] [--registry DIR] [--out EXTRACTION.md] [--details]`: runs the
 * extractor on the text of each hand-made gold article (gold.ts: numbers 000–099 and 900–999; linking to seed/registry, as a
 * new article would be), scores its draft row by row (evaluate.ts), prints a table per split (train, held-out,
 * all) and writes EXTRACTION.md: the tables, the train split's misses listed by pattern, and the held-out split's
 * misses counted by pattern only. `--details` prints the train misses to the terminal too. Nothing of a held-out
 * article is ever printed but the aggregate rows and counts.
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../../load/files.js';
import { readRegistryDir } from '../registry.js';
import { evaluate, type ArticleResult, type Miss } from './evaluate.js';
import { HELD_OUT_DIGIT, handMadeGoldRanges, readGold } from './gold.js';
import { MATCHING_RULE, NOT_READ } from './rules.js';
import { addRow, emptyRow } from './match/row.js';
import { PATTERN_MEANING, PATTERNS, type Pattern } from './patterns.js';
import { gapTable, ROWS, table, TARGETS_TEXT, verdict, type Row, type SplitReport } from './report.js';

const userDir = process.env.INIT_CWD ?? process.cwd();
const at = (path: string) => (isAbsolute(path) ? path : resolve(userDir, path));

/** The rows whose misses are listed and counted: the strictest of each kind, so that a miss is listed once per row kind. */
const LISTED_ROWS: readonly Row[] = [
  'persons',
  'holds (person, post)',
  'bounds (side, cause, date)',
  'events (name, date)',
  'organizes',
  'participates',
  'presents (in full)',
  'recipients',
];

/**
 * What the table of the gap does not say by itself, written by hand from the aggregate rows and counts above (never
 * from a held-out article): kept here so that every regeneration of EXTRACTION.md prints it.
 */
const GAP_NOTES: readonly string[] = [
  'Read with the table (written by hand on 8 December 2026 from the aggregate rows and counts of this file, never from a held-out article; the figures quoted are those of that day):',
  '',
  '- **The held-out split is small and lumpy.** 24 articles against 59; its presentations are in 7 articles and its recipients in 6, so a single article may hold a large share of such a row. With 12 recipients, one item is 0.08 of recall and the binomial error of the recall alone is ±0.13; with 15 presentations, 0.07 and ±0.12. Rows of a few hundred items (persons, holds, bounds) move by 0.01 an item and their gaps are not noise.',
  '- **Recipients (R 0.94 → 0.25) is a difference of form, not of chance.** The gap is five standard errors. The presentations themselves are found (13 drafted, 10 matched by presenter and award, of 15), but the drafts carry 4 recipients for the 12 of the gold (the train\'s carry 33 for 32): the held-out\'s recipients are written in ways the drafts do not read, 9 of its misses fall under the pattern `recipients`. Precision (0.75) is one item from the train\'s. The recipient patterns added on 8 December (a grade after "và", "tập thể", a count followed by its names, counts and lists before "được … tặng", "nhận", "Với những đóng góp … của X") were written from sentences of our own and moved the train split\'s presentations in full from 0.88 to 0.91, and this row not at all: the held-out\'s forms are still other ones, which cannot be said here without opening them.',
  '- **Presents (presenter, award), F1 0.97 → 0.71**: 5 gold presentations unmatched and 3 drafted ones that match none; the train split has 1 of each in 33. About four items of 15.',
  '- **Bounds with their date (F1 0.75 → 0.50)** is two gaps, and a different mix of misses. Without the date (side, cause), recall is the same on both splits (0.67 / 0.65) and the gap is precision (0.91 → 0.69): 20 drafted bounds of 64 are in no gold tenure, against 15 of 167 on the train split. With the date, 11 more are lost to dates: the pattern `dates` holds 11 of the held-out misses of the row (16% of its gold) against 4 on the train split (2%), so the held-out articles print more days that the chain of evidence (printed year, publication day or month, the address, the session, another dated statement) does not date, or dates otherwise than the gold. Lists hold 12 of them (18% of the gold) against 10 (4%); the train split loses its bounds to posts instead (49 of its misses of the row, the held-out 4).',
  "- **Participates (R 0.55 → 0.31)** is not a target: its gold is 3 participants per article with any on both splits (83 in 26, 39 in 13), of which the drafts read 1.8 per article on the train split and 1 on the held-out; every held-out miss of the row is a participant (pattern `events`), and attendees listed without a word of participation, and speakers, are what the train split's misses show too.",
  "- **After the rules added later on 8 December** (titles shared along lists and localities, careers, delegates' mandates, a city's Party bodies, names; written from the train split's misses; figures from the aggregate rows before and after). Train: holds F1 0.85 → 0.92, bounds with their date 0.75 → 0.85, persons P 0.97 → 0.99. Held-out: holds F1 0.76 → 0.78 (114 → 119 of 170 matched, P 0.87 → 0.88), bounds (side, cause) 0.67 → 0.68, bounds with their date 0.50 → 0.49 (33 of 68 matched before and after, 3 drafts more), every other row unchanged. The gaps on holds and bounds widened: the train split's misses fell most under `posts` (123 → 63 listed), of which the held-out split has fewer (35 → 32), while its own are `lists` (24, unchanged) and `dates` (12 → 14), which these rules moved little. Two of the changes are to the keys of the matching rule, not the extractor (a city's place named without \"thành phố\"; a locality body's post keyed by its organization's locality): they count on both splits alike.",
];

const listed = (result: ArticleResult): Miss[] => result.misses.filter((miss) => LISTED_ROWS.includes(miss.row));

function summarize(name: string, results: ArticleResult[]): SplitReport {
  const rows = new Map(ROWS.map((row) => [row, emptyRow()]));
  for (const result of results) for (const [row, score] of result.rows) addRow(rows.get(row)!, score);
  const patterns = new Map<Pattern, number>(PATTERNS.map((pattern) => [pattern, 0]));
  for (const miss of results.flatMap(listed)) patterns.set(miss.pattern, patterns.get(miss.pattern)! + 1);
  const rowPatterns = new Map<Row, Map<Pattern, number>>(ROWS.map((row) => [row, new Map()]));
  for (const miss of results.flatMap((result) => result.misses)) {
    const counts = rowPatterns.get(miss.row)!;
    counts.set(miss.pattern, (counts.get(miss.pattern) ?? 0) + 1);
  }
  const articlesWith = new Map<Row, number>(ROWS.map((row) => [row, results.filter((result) => result.rows.get(row)!.gold > 0).length]));
  const sum = (count: (result: ArticleResult) => number) => results.reduce((total, result) => total + count(result), 0);
  return {
    name,
    articles: results.length,
    rows,
    invented: sum((result) => result.invented.length),
    formerAsCurrent: sum((result) => result.formerAsCurrent.length),
    deputiesAsHeads: sum((result) => result.deputiesAsHeads.length),
    failedCheck: sum((result) => Number(result.failedCheck)),
    unread: sum((result) => result.unread),
    patterns,
    articlesWith,
    rowPatterns,
  };
}

const number = (result: ArticleResult) => String(result.article.number ?? '—').padStart(3, '0');
const excerpt = (quote: string | undefined) => (quote ? ` — "${quote.length > 110 ? `${quote.slice(0, 110)}…` : quote}"` : '');

/** The train split's misses, by pattern; and its traps, by article. */
function trainMisses(results: ArticleResult[]): string[] {
  const lines: string[] = [];
  for (const pattern of PATTERNS) {
    const misses = results.flatMap((result) =>
      listed(result)
        .filter((miss) => miss.pattern === pattern)
        .map((miss) => ({ result, miss })),
    );
    if (misses.length === 0) continue;
    lines.push('', `### ${pattern} (${misses.length}): ${PATTERN_MEANING[pattern]}`, '');
    for (const { result, miss } of misses) lines.push(`- ${number(result)} ${miss.row}: ${miss.what}${excerpt(miss.quote)}`);
  }
  const traps = results.flatMap((result) => [
    ...result.invented.map((name) => `- ${number(result)} invented name: ${name}`),
    ...result.formerAsCurrent.map((pair) => `- ${number(result)} former title read as current: ${pair}`),
    ...result.deputiesAsHeads.map((pair) => `- ${number(result)} deputy read as head: ${pair}`),
    ...(result.failedCheck ? [`- ${number(result)} the draft fails \`seed --check\``] : []),
  ]);
  if (traps.length > 0) lines.push('', '### traps', '', ...traps);
  return lines;
}

function patternCounts(reports: SplitReport[]): string[] {
  return [
    `| pattern | ${reports.map((report) => report.name.replace(/ \(.*\)$/, '')).join(' | ')} |`,
    `| --- | ${reports.map(() => '---:').join(' | ')} |`,
    ...PATTERNS.map((pattern) => `| ${pattern} | ${reports.map((report) => report.patterns.get(pattern)).join(' | ')} |`),
  ];
}

function main(args: string[]): number {
  const take = (option: string): string | undefined => {
    const index = args.indexOf(option);
    return index >= 0 ? args.splice(index, 2)[1] : undefined;
  };
  const registryOverride = take('--registry');
  const out = at(take('--out') ?? 'EXTRACTION.md');
  const details = args.includes('--details');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  const specs = dirs.length > 0 ? dirs.map((dir) => dir.split(':').map(at).join(':')) : [DEFAULT_ARTICLES_DIR];
  const gold = readGold(specs, DEFAULT_REGISTRY_DIR, registryOverride === undefined ? undefined : at(registryOverride));
  const baseRegistry = readRegistryDir(DEFAULT_REGISTRY_DIR);
  const results = gold.map((article) => evaluate(article, baseRegistry));
  const train = results.filter((result) => result.article.split === 'train');
  const heldOut = results.filter((result) => result.article.split === 'held-out');
  const reports = [
    summarize(`train split (NNN % 10 < ${HELD_OUT_DIGIT})`, train),
    summarize(`held-out split (NNN % 10 >= ${HELD_OUT_DIGIT})`, heldOut),
    summarize('all', results),
  ];
  const tables = reports.map((report) => `${table(report)}\n\n${verdict(report)}`).join('\n\n');
  const gapLines = gapTable(reports[0]!, reports[1]!);
  console.log(tables);
  console.log(`\nRows whose P, R or F1 differs by 0.1 or more between train and held-out:\n${gapLines.join('\n') || 'none'}`);
  const trainLines = trainMisses(train);
  if (details) {
    console.log(trainLines.join('\n'));
    // What the drafts say that the gold does not: for tuning precision on the train split, never printed for held-out.
    console.log('\n### extra draft items (train)\n');
    for (const result of train)
      for (const row of LISTED_ROWS) for (const extra of result.rows.get(row)!.extra) console.log(`- ${number(result)} ${row}: ${extra}`);
  }
  const millis = results.reduce((sum, result) => sum + result.millis, 0);
  const markdown = [
    '# Extraction: how well the extractor reads the gold articles',
    '',
    `Written by \`npm run extract:eval -- ${dirs.join(' ')}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Gold: ${specs.map((spec) => `\`${spec.replace(`${process.cwd()}/`, '')}\``).join(', ')}, the hand-made articles numbered ${handMadeGoldRanges()} only (\`HAND_MADE_GOLD\` in src/extract/eval/gold.ts): articles numbered 100–899 are extractor drafts an editor reviewed, which would flatter the extractor.`,
    'The extractor links to `seed/registry` (as it would for a new article); gold and draft are compared by the keys of the matching rule below, never by ids, one to one, statement by statement.',
    `The held-out split is the articles whose number NNN has NNN % 10 >= ${HELD_OUT_DIGIT} (\`HELD_OUT_DIGIT\`): their texts and gold are not opened while rules are written, and only their aggregate rows and counts are printed. ${TARGETS_TEXT}`,
    '',
    tables,
    '',
    '## The gap between the splits',
    '',
    `Rows whose precision, recall or F1 differs by 0.1 or more between the train and held-out splits, with their sizes (from aggregates only; \`gapTable\` in src/extract/eval/report.ts). A recall measured on n held-out items moves by 1/n with each item, and its sampling error alone is about √(R(1−R)/n); the last columns say how many more held-out items would have to be matched to reach the train recall, and which patterns the row's held-out misses belong to.`,
    '',
    ...(gapLines.length > 0 ? gapLines : ['None.']),
    '',
    ...GAP_NOTES,
    '',
    `Extraction time over these ${results.length} articles: ${millis.toFixed(0)} ms (see BENCHMARKS.md for the throughput).`,
    '',
    '## Misses by pattern',
    '',
    `Gold items not matched, in the rows ${LISTED_ROWS.map((row) => `"${row}"`).join(', ')}, by the pattern of issue 18 they belong to (src/extract/eval/patterns.ts decides it from the gold statement alone). Held-out: counts only.`,
    '',
    ...patternCounts(reports),
    '',
    "## The train split's misses",
    ...trainLines,
    '',
    '## Matching rule',
    '',
    ...MATCHING_RULE.map((line) => `- ${line}`),
    '',
    '## What it does not read (seen on the train split)',
    '',
    ...NOT_READ.map((line) => `- ${line}`),
    '',
  ].join('\n');
  writeFileSync(out, markdown);
  console.log(`\nwrote ${out}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
