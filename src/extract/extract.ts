/**
 * The extractor: an ordered list of parsers, one per pattern, run over each sentence, then refiners, then the
 * draft (chrono-node's design: parsers propose, refiners clean up). Offline and deterministic.
 */
import { analyse, type Analysis } from './analysis.js';
import { publicationValue } from './dating/publication.js';
import { buildDraft } from './draft.js';
import type { ArticleMetaInput, DraftResult } from './draft/item.js';
import type { Context, Parser, Refiner } from './parser.js';
import { actingParser } from './parsers/acting.js';
import { appositionParser } from './parsers/apposition.js';
import { approvalParser } from './parsers/approval.js';
import { appointmentParser } from './parsers/appointment.js';
import { assumptionParser } from './parsers/assumption.js';
import { careerParser } from './parsers/career.js';
import { commendationParser } from './parsers/commendation.js';
import { dismissalParser } from './parsers/dismissal.js';
import { electionParser } from './parsers/election.js';
import { eventParser } from './parsers/event.js';
import { participationParser } from './parsers/participation.js';
import { presentationParser } from './parsers/presentation.js';
import { replacementParser } from './parsers/replacement.js';
import { retirementParser } from './parsers/retirement.js';
import type { Reading, Unread } from './readings.js';
import { sameEventRefiner } from './refiners/sameEvent.js';
import { unreadableTitlesRefiner } from './refiners/unreadable.js';
import { indexOn, indexRegistry, type Registry, type RegistryIndex } from './registry.js';

/**
 * Order matters: career lines before appositions, so that a line's posts are the profile's; appositions before the
 * changes of office, so that the titles they give are not read as posts to fill.
 */
export const PARSERS: readonly Parser[] = [
  eventParser,
  careerParser,
  appositionParser,
  electionParser,
  dismissalParser,
  approvalParser,
  appointmentParser,
  actingParser,
  replacementParser,
  retirementParser,
  assumptionParser,
  presentationParser,
  commendationParser,
  participationParser,
];

export const REFINERS: readonly Refiner[] = [unreadableTitlesRefiner, sameEventRefiner];

/** Words that make a sentence worth reading: if none of the parsers reads it, it is listed as unread. */
const RELEVANT =
  /(?<![a-z])(?:bau|mien nhiem|phe chuan|giao quyen|tam thoi dieu hanh|nghi huu|trao tang|trao|huan chuong|bang khen|co thi dua|bo nhiem|dieu dong)(?![a-z])/;

export interface ExtractOptions {
  text: string;
  meta: ArticleMetaInput;
  registry: Registry;
}

export function readArticle(analysis: Analysis): { readings: Reading[]; unread: Unread[] } {
  let readings: Reading[] = [];
  const context: Context = { analysis, owners: new Map(), earlier: readings };
  const unread: Unread[] = [];
  for (const sentence of analysis.doc.sentences) {
    const found: Reading[] = [];
    let reason: Unread | undefined;
    for (const parser of PARSERS) {
      const result = parser.parse(context, sentence);
      found.push(...result.readings);
      // Later parsers of the same sentence see what the earlier ones read (the event before its participants).
      readings.push(...result.readings);
      reason ??= result.unread;
    }
    const eventful = found.some((reading) => reading.kind === 'presents' || (reading.kind === 'holds' && (reading.start || reading.end)));
    if (reason && !eventful) unread.push(reason);
    else if (!eventful && RELEVANT.test(analysis.doc.folded.slice(sentence.start, sentence.end)))
      unread.push({ sentence, reason: 'a word of an election, dismissal, approval or award, but no pattern matched' });
  }
  for (const refiner of REFINERS) readings = refiner.refine(readings, analysis);
  return { readings, unread };
}

export function extract({ text, meta, registry }: ExtractOptions): DraftResult & { analysis: Analysis } {
  const analysis = analyse({
    text,
    published: meta.published ?? undefined,
    publisher: meta.publisher ?? undefined,
    url: meta.url ?? undefined,
  });
  const { readings, unread } = readArticle(analysis);
  const result = buildDraft(analysis, readings, unread, indexFor(registry, analysis), meta);
  return { ...result, analysis };
}

/** Indexing a registry keys every position by scanning its title: done once per registry, not per article. */
const indexes = new WeakMap<Registry, RegistryIndex>();

/**
 * A copy of the registry's index that a draft may add its proposals to, leaving the registry as it was for the next
 * article; bodies of one name are told apart by the article's day (its publication's, else its address's).
 */
function indexFor(registry: Registry, analysis: Analysis): RegistryIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = indexRegistry(registry);
    indexes.set(registry, index);
  }
  const collections = new Map([...registry.collections].map(([collection, entries]) => [collection, [...entries]]));
  const copy: Registry = { ...registry, collections, byId: new Map(registry.byId) };
  const published = analysis.publication ?? analysis.addressDate;
  return { ...indexOn(index, published && publicationValue(published)), registry: copy };
}
