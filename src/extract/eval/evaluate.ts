/**
 * One gold article through the extractor, as a new article would go: its text and metadata in, linked to the
 * given registry, and its draft scored row by row against the gold (rows of report.ts, matching rules of
 * match/), its misses sorted by pattern, and the draft checked as `npm run seed -- --check` would check it.
 */
import { checkDraft } from '../check.js';
import { extract } from '../extract.js';
import type { Entry, Registry } from '../registry.js';
import type { GoldArticle } from './gold.js';
import { scoreEvents, scoreOrganizers, scoreParticipations } from './match/events.js';
import { scoreBounds, scoreHoldsPairs } from './match/holds.js';
import type { Side } from './match/keys.js';
import { inventedNames, scorePersons } from './match/persons.js';
import { scorePresentations, scoreRecipients } from './match/presents.js';
import type { RowScore } from './match/row.js';
import { deputiesReadAsHeads, formerReadAsCurrent } from './match/traps.js';
import { patternOf, type Pattern } from './patterns.js';
import type { Row } from './report.js';
import { firstQuote } from './statement.js';

export interface Miss {
  row: Row;
  pattern: Pattern;
  what: string;
  quote?: string;
}

export interface ArticleResult {
  article: GoldArticle;
  rows: Map<Row, RowScore>;
  misses: Miss[];
  invented: string[];
  formerAsCurrent: string[];
  deputiesAsHeads: string[];
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

function passesCheck(draft: unknown, text: string, registry: Registry): boolean {
  try {
    checkDraft(draft, text, registry);
    return true;
  } catch {
    return false;
  }
}

export function evaluate(article: GoldArticle, baseRegistry: Registry): ArticleResult {
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
  const goldStatements = article.statements.filter((statement) => statement.rank !== 'deprecated');
  const gold: Side = { statements: goldStatements, registry: article.registry };
  const draft: Side = { statements: result.draft.statements, registry: draftRegistry };
  const figures = (side: Side) => side.statements.filter((statement) => statement.kind === 'figure').length;
  const rows = new Map<Row, RowScore>([
    ['persons', scorePersons(gold, draft)],
    ['holds (person, post)', scoreHoldsPairs(gold, draft)],
    ['bounds (side, cause)', scoreBounds(gold, draft, false)],
    ['bounds (side, cause, date)', scoreBounds(gold, draft, true)],
    ['events (name)', scoreEvents(gold, draft, false)],
    ['events (name, date)', scoreEvents(gold, draft, true)],
    ['organizes', scoreOrganizers(gold, draft)],
    ['participates', scoreParticipations(gold, draft)],
    ['presents (presenter, award)', scorePresentations(gold, draft, false)],
    ['presents (in full)', scorePresentations(gold, draft, true)],
    ['recipients', scoreRecipients(gold, draft)],
    // The extractor does not read figures: they count as missed.
    ['figures', { gold: figures(gold), draft: figures(draft), matched: 0, missed: [], extra: [] }],
  ]);
  const misses = [...rows].flatMap(([row, score]) =>
    score.missed.map((missed) => ({
      row,
      pattern: patternOf(row, missed, goldStatements, article.registry),
      what: missed.what,
      quote: firstQuote(missed.statement),
    })),
  );
  return {
    article,
    rows,
    misses,
    invented: inventedNames(article.text, draft, result.proposed.get('people') ?? []),
    formerAsCurrent: formerReadAsCurrent(gold, draft),
    deputiesAsHeads: deputiesReadAsHeads(gold, draft),
    failedCheck: !passesCheck(result.draft, article.text, draftRegistry),
    unread: result.unread.length,
    millis,
  };
}
