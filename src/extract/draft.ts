/**
 * From readings to a draft: the linker (link/linker.ts) gives each person, post, body and award its registry id or
 * a proposal, and the assembly (draft/) writes the statements in the seed format, each as an item with its
 * confidence and rule: names, holds, events and their organizers, participations, presentations.
 */
import type { Analysis } from './analysis.js';
import { Assembly } from './draft/assembly.js';
import { draftArticle } from './draft/article.js';
import { eventItems } from './draft/events.js';
import { holdsItems } from './draft/holds.js';
import type { ArticleMetaInput, DraftItem, DraftResult } from './draft/item.js';
import { nameItems } from './draft/names.js';
import { participationItems } from './draft/participations.js';
import { presentationItems } from './draft/presentations.js';
import { Linker } from './link/linker.js';
import type { EventReading, HoldsReading, PresentsReading, Reading, Unread } from './readings.js';
import type { RegistryIndex } from './registry.js';

export function buildDraft(
  analysis: Analysis,
  readings: Reading[],
  unread: Unread[],
  index: RegistryIndex,
  meta: ArticleMetaInput,
): DraftResult {
  const linker = new Linker(analysis, index, meta.id);
  const assembly = new Assembly(analysis, linker, meta, readings);
  const notRead: Unread[] = [...unread];
  const items: DraftItem[] = [
    ...nameItems(assembly),
    ...holdsItems(
      assembly,
      readings.filter((reading): reading is HoldsReading => reading.kind === 'holds'),
      notRead,
    ),
  ];
  const events = eventItems(
    assembly,
    readings.filter((reading): reading is EventReading => reading.kind === 'event'),
  );
  items.push(...events.items, ...participationItems(assembly, readings, events.ids));
  items.push(
    ...presentationItems(
      assembly,
      readings.filter((reading): reading is PresentsReading => reading.kind === 'presents'),
    ),
  );
  const seen = new Set<number>();
  const unreadList = notRead
    .filter((item) => (seen.has(item.sentence.start) ? false : (seen.add(item.sentence.start), true)))
    .map((item) => ({ quote: assembly.quote(item.sentence), reason: item.reason }));
  return {
    draft: { formatVersion: 2, article: draftArticle(meta, analysis, unreadList), statements: items.map((item) => item.statement) },
    items,
    proposed: linker.proposed,
    unread: unreadList,
  };
}
