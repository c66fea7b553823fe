/**
 * `npm run extract:eval -- [GOLD_DIR[:REGISTRY_DIR]...] [--registry DIR] [--out EXTRACTION.md] [--details]`: runs the
 * extractor on the text of each gold article (linking to seed/registry, as a new article would be) and compares
 * its draft with the gold statements under the rule of match.ts; prints a table per split (train: NNN % 10 < 7;
 * held-out: the others) and writes EXTRACTION.md. `--details` lists the train articles' misses (never the
 * held-out ones', which stay unseen while rules are written).
 */
import { writeFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../../load/files.js';
import { REGISTRY_COLLECTIONS } from '../../statements/format.js';
import { Issues } from '../../statements/issues.js';
import { readArticleValue, readRegistryEntry } from '../../statements/read.js';
import { validateRecords } from '../../statements/validate.js';
import { extract } from '../extract.js';
import { readRegistryDir, type Entry, type Registry } from '../registry.js';
import { readGold, type GoldArticle } from './gold.js';
import {
  emptyScore,
  inventedNames,
  scoreEvents,
  scoreHolds,
  scoreOrganizers,
  scoreParticipations,
  scorePersons,
  scorePresents,
  type KindScore,
} from './match.js';
import { metrics, table, type SplitReport } from './report.js';

const userDir = process.env.INIT_CWD ?? process.cwd();
const at = (path: string) => (isAbsolute(path) ? path : resolve(userDir, path));

const KINDS = ['person mentions', 'holds', 'presents', 'event', 'organizes', 'participates', 'figure'] as const;

interface ArticleResult {
  article: GoldArticle;
  scores: Map<string, KindScore>;
  invented: string[];
  failedCheck: boolean;
  unread: number;
  millis: number;
}

function withProposals(registry: Registry, proposed: Map<string, Entry[]>): Registry {
  const collections = new Map(
    [...registry.collections].map(([collection, entries]) => [collection, [...entries, ...(proposed.get(collection) ?? [])]]),
  );
  return { collections, byId: new Map([...collections.values()].flat().map((entry) => [entry.id, entry])) };
}

function checkDraft(draft: unknown, text: string, registry: Registry): boolean {
  const issues = new Issues();
  const records = [...registry.collections].flatMap(([collection, entities]) =>
    entities.flatMap(
      (entity, index) =>
        readRegistryEntry(issues, `${collection}.json`, REGISTRY_COLLECTIONS[collection]!, entity, `$.entities[${index}]`) ?? [],
    ),
  );
  const article = readArticleValue(issues, 'draft.json', draft, () => text);
  try {
    validateRecords({ registry: records, articles: article ? [article] : [] }, issues);
    return true;
  } catch {
    return false;
  }
}

function evaluate(article: GoldArticle, baseRegistry: Registry): ArticleResult {
  const began = performance.now();
  const result = extract({
    text: article.text,
    registry: baseRegistry,
    meta: {
      id: article.meta.id,
      title: null,
      publisher: article.meta.publisher,
      published: article.meta.published,
      url: article.meta.url,
      textFile: article.meta.textFile,
    },
  });
  const millis = performance.now() - began;
  const draftRegistry = withProposals(baseRegistry, result.proposed);
  // A reading the editor ranked deprecated "should not count": the extractor is not asked to find it.
  const gold = { statements: article.statements.filter((statement) => statement.rank !== 'deprecated'), registry: article.registry };
  const draft = { statements: result.draft.statements, registry: draftRegistry };
  const scores = new Map<string, KindScore>([
    ['person mentions', scorePersons(gold, draft)],
    ['holds', scoreHolds(gold, draft)],
    ['presents', scorePresents(gold, draft)],
    ['event', scoreEvents(gold, draft)],
    ['organizes', scoreOrganizers(gold, draft)],
    ['participates', scoreParticipations(gold, draft)],
  ]);
  for (const kind of KINDS.slice(6)) {
    scores.set(kind, {
      gold: article.statements.filter((s) => s.kind === kind).length,
      extracted: draft.statements.filter((s) => s.kind === kind).length,
      foundGold: 0,
      rightExtracted: 0,
    });
  }
  return {
    article,
    scores,
    invented: inventedNames(article.text, draft, result.proposed.get('people') ?? []),
    failedCheck: !checkDraft(result.draft, article.text, draftRegistry),
    unread: result.unread.length,
    millis,
  };
}

function summarize(name: string, results: ArticleResult[]): SplitReport {
  const scores = new Map<string, KindScore>(KINDS.map((kind) => [kind, emptyScore()]));
  for (const result of results) {
    for (const [kind, score] of result.scores) {
      const total = scores.get(kind)!;
      total.gold += score.gold;
      total.extracted += score.extracted;
      total.foundGold += score.foundGold;
      total.rightExtracted += score.rightExtracted;
    }
  }
  return {
    name,
    articles: results.length,
    scores,
    invented: results.reduce((sum, result) => sum + result.invented.length, 0),
    failedCheck: results.filter((result) => result.failedCheck).length,
    unread: results.reduce((sum, result) => sum + result.unread, 0),
  };
}

const TARGETS = `Targets: person mentions P ≥ 0.95 and R ≥ 0.90; holds F1 ≥ 0.80; presents F1 ≥ 0.80; invented names 0.`;

function verdict(report: SplitReport): string {
  const persons = metrics(report.scores.get('person mentions')!);
  const holds = metrics(report.scores.get('holds')!);
  const presents = metrics(report.scores.get('presents')!);
  const check = (ok: boolean | undefined) => (ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met');
  return (
    `persons P ${check(persons.precision === undefined ? undefined : persons.precision >= 0.95)}, R ${check(persons.recall === undefined ? undefined : persons.recall >= 0.9)}; ` +
    `holds F1 ${check(holds.f1 === undefined ? undefined : holds.f1 >= 0.8)}; presents F1 ${check(presents.f1 === undefined ? undefined : presents.f1 >= 0.8)}; invented names ${check(report.invented === 0)}`
  );
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
  const reports = [
    summarize(
      'train split (NNN % 10 < 7)',
      results.filter((result) => result.article.split === 'train'),
    ),
    summarize(
      'held-out split (NNN % 10 >= 7)',
      results.filter((result) => result.article.split === 'held-out'),
    ),
    summarize('all', results),
  ];
  const tables = reports.map((report) => `${table(report)}\n\n${verdict(report)}`).join('\n\n');
  console.log(tables);
  if (details) {
    for (const result of results.filter((candidate) => candidate.article.split === 'train')) {
      const misses = [...result.scores]
        .filter(([, score]) => score.foundGold < score.gold || score.rightExtracted < score.extracted)
        .map(([kind, score]) => `${kind} ${score.rightExtracted}/${score.extracted} right, ${score.foundGold}/${score.gold} found`);
      if (misses.length > 0 || result.invented.length > 0 || result.failedCheck)
        console.log(
          `${result.article.file}: ${misses.join('; ')}${result.invented.length ? `; invented: ${result.invented.join(', ')}` : ''}${result.failedCheck ? '; FAILS the check' : ''}`,
        );
    }
  }
  const millis = results.reduce((sum, result) => sum + result.millis, 0);
  const markdown = [
    '# Extraction: how well the extractor reads the gold articles',
    '',
    `Written by \`npm run extract:eval -- ${dirs.join(' ')}\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Gold: ${specs.map((spec) => `\`${spec.replace(`${process.cwd()}/`, '')}\``).join(', ')}.`,
    'The extractor links to `seed/registry` (as it would for a new article); gold and draft are compared by the keys of the matching rule below, never by ids.',
    `The held-out split (article numbers NNN with NNN % 10 >= 7) was not looked at while the rules were written. ${TARGETS}`,
    '',
    tables,
    '',
    `Extraction time over these ${results.length} articles: ${millis.toFixed(0)} ms (see BENCHMARKS.md for the throughput).`,
    '',
    '## Matching rule',
    '',
    '- **Person mentions**: the people a gold article names (its `name` statements and every person its statements refer to) against the people the draft names (its `name` statements); one person when a folded name or alias (src/text/fold.ts) is equal; one to one.',
    "- **holds**: a statement is read as its parts: its start (cause and date), its end (cause and date) and its attestation (date). A gold statement is *found* when the draft's statements of the same person and position (positions are the same when role, body and province agree, e.g. `chu-tich|ubnd|quang-nam`) have each of its parts with the same cause and, where the gold gives a date, the same date at the gold's precision (a draft `2019-01-11` matches a gold `2019-01`). A draft statement is *right* when each of its start and end parts is so found among the gold statements of that person and position, and its attestation where the gold has that tenure (on the gold's day, if the gold attests one).",
    "- **presents**: one to one; the same award (by the gazetteer's key, else the folded name), the same presenter or none on both sides, the same on whose behalf where the gold gives one, and the same named recipients where the gold names any, else the same count where the gold gives one.",
    '- **Invented names**: names of people in a draft (its `name` statements and proposed people) that the text does not print, folded, as whole words. Every draft is also run through the validator of `npm run seed -- --check` (quotes, votes, decisions and descriptions verbatim).',
    "- **event**: one to one, the same category (session, conference, ceremony…) and the same date at the gold's precision where the gold gives one; **organizes**: one to one, the same organizer (by body and province, or name). The extractor reads one event per article, from its lead.",
    '- **participates**: one to one, the same participant (person, body or post, by the keys above) in the same role (ATTENDEE, CHAIR, SPEAKER, PRESENTER).',
    '- The extractor does not produce figures: they are counted as not found.',
    '- Gold statements ranked `deprecated` (readings an editor marked as not to count) are left out of the gold.',
    '',
    '## What it does not read (seen on the train split)',
    '',
    '- Figures; more than one event per article; bodies and posts as participants ("đại diện lãnh đạo Văn phòng UBND tỉnh").',
    '- Party approvals that name neither the post nor the person ("Ban Bí thư … Quyết định chuẩn y kết quả bầu cử"), posts without their body ("Chủ tịch Hội đồng", "đại biểu HĐND tỉnh"), and posts of bodies the gazetteers lack ("Trưởng Ban Chỉ đạo Tây Bắc", a Lao province\'s "Tỉnh trưởng").',
    '- Whether an election renews a term the person already held (re-elected) when the text says only "bầu".',
    '- Recipients given as a body and a number together ("cho Viện Hàn lâm … và 11 bộ, ban, ngành"), or named in the sentences after the one that presents ("Có 6 đồng chí được trao tặng … gồm: …").',
    '- A year the text does not print, when the publication date is unknown and no full date nearby gives it: the date is left out.',
    '',
  ].join('\n');
  writeFileSync(out, markdown);
  console.log(`\nwrote ${out}`);
  return 0;
}

process.exit(main(process.argv.slice(2)));
