/**
 * The extractor: an ordered list of parsers, one per pattern, run over each sentence, then refiners, then the
 * draft (chrono-node's design: parsers propose, refiners clean up). Offline and deterministic.
 */
import { analyse, type Analysis } from './analysis.js';
import { buildDraft, type ArticleMetaInput, type DraftResult } from './draft.js';
import type { Context } from './parsers/common.js';
import { parseActing } from './parsers/acting.js';
import { parseAppositions } from './parsers/apposition.js';
import { parseApproval } from './parsers/approval.js';
import { parseAppointment } from './parsers/appointment.js';
import { parseAssumption } from './parsers/assumption.js';
import { parseCommendation } from './parsers/commendation.js';
import { parseDismissal } from './parsers/dismissal.js';
import { parseElection } from './parsers/election.js';
import { parseEvent } from './parsers/event.js';
import { parseParticipation } from './parsers/participation.js';
import { parsePresentations } from './parsers/presentation.js';
import { parseRetirement } from './parsers/retirement.js';
import type { Reading, Unread } from './readings.js';
import { dropFormerAndLocal } from './refiners/former.js';
import { indexRegistry, type Registry, type RegistryIndex } from './registry.js';
import type { Sentence } from './text.js';

type Parser = (context: Context, sentence: Sentence) => { readings: Reading[]; unread?: Unread };

/** Order matters: appositions first, so that the titles they give are not read as posts to fill. */
const PARSERS: readonly Parser[] = [
  (context, sentence) => ({ readings: parseEvent(context, sentence) }),
  (context, sentence) => ({ readings: parseAppositions(context, sentence) }),
  parseElection,
  parseDismissal,
  parseApproval,
  parseAppointment,
  parseActing,
  (context, sentence) => ({ readings: parseRetirement(context, sentence) }),
  (context, sentence) => ({ readings: parseAssumption(context, sentence) }),
  parsePresentations,
  (context, sentence) => ({ readings: parseCommendation(context, sentence) }),
  (context, sentence) => ({ readings: parseParticipation(context, sentence) }),
];

const REFINERS: readonly ((readings: Reading[], analysis: Analysis) => Reading[])[] = [dropFormerAndLocal];

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
      const result = parser(context, sentence);
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
  for (const refiner of REFINERS) readings = refiner(readings, analysis);
  return { readings, unread };
}

export function extract({ text, meta, registry }: ExtractOptions & { published?: string }): DraftResult & { analysis: Analysis } {
  const analysis = analyse({
    text,
    published: meta.published ?? undefined,
    publisher: meta.publisher ?? undefined,
    url: meta.url ?? undefined,
  });
  const { readings, unread } = readArticle(analysis);
  const result = buildDraft(analysis, readings, unread, indexFor(registry), meta);
  return { ...result, analysis };
}

/** Indexing a registry keys every position by scanning its title: done once per registry, not per article. */
const indexes = new WeakMap<Registry, RegistryIndex>();

/** A copy of the registry's index that a draft may add its proposals to, leaving the registry as it was for the next article. */
function indexFor(registry: Registry): RegistryIndex {
  let index = indexes.get(registry);
  if (!index) {
    index = indexRegistry(registry);
    indexes.set(registry, index);
  }
  const collections = new Map([...registry.collections].map(([collection, entries]) => [collection, [...entries]]));
  return {
    registry: { collections, byId: new Map(registry.byId) },
    peopleByName: index.peopleByName,
    positionsByKey: new Map(index.positionsByKey),
    awardsByKey: new Map(index.awardsByKey),
    organizationsByName: new Map(index.organizationsByName),
    placesByProvince: new Map(index.placesByProvince),
  };
}
