/**
 * The keys by which the evaluation compares a gold article with a draft, whatever their ids: a person by folded
 * name, a position by role, body and province (registry.ts), an award by its gazetteer key; dates at the gold's
 * precision; event names by their words.
 */
import { foldText } from '../../../text/fold.js';
import { ordinalsAsNumbers } from '../../text.js';
import { awardKey, organizationKey, personNames, positionKey, type Registry } from '../../registry.js';
import type { GoldStatement } from '../statement.js';

/** One side of a comparison: the statements and the registry their ids refer to. */
export interface Side {
  statements: GoldStatement[];
  registry: Registry;
}

/** A key for any agent (person, position, organization) or award. */
export function entityKey(registry: Registry, id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  const entry = registry.byId.get(id);
  if (!entry) return `id:${id}`;
  if (id.startsWith('person:')) return `person:${personNames(entry)[0]}`;
  if (id.startsWith('position:')) return `position:${positionKey(registry, entry)}`;
  if (id.startsWith('award:')) return `award:${awardKey(entry)}`;
  if (id.startsWith('org:')) return `org:${organizationKey(entry)}`;
  return `${id.slice(0, id.indexOf(':'))}:${foldText(String(entry.name ?? entry.title ?? id))}`;
}

/** The same date at the gold's precision: the draft's value begins with the gold's (2019-01-11 matches 2019-01 and 2019). */
export function sameDate(gold: string | undefined, extracted: string | undefined): boolean {
  if (gold === undefined) return true;
  if (extracted === undefined) return false;
  return extracted === gold || extracted.startsWith(`${gold}-`);
}

/**
 * The same date, strictly: as sameDate where the gold gives one, and none on the draft's side where the gold gives
 * none (the text gives no date, so a draft's date there is not the text's).
 */
export const sameDateOrNone = (gold: string | undefined, extracted: string | undefined): boolean =>
  gold === undefined ? extracted === undefined : sameDate(gold, extracted);

/** An event name's head, folded: up to its first comma, bracket, or purpose ("để", "về", "nhằm"). */
const head = (name: string) =>
  ordinalsAsNumbers(foldText(name.split(/[,(]|\s(?:để|về|nhằm|nhân dịp)\s/)[0]!))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
const NUMERAL = /^(?:\d+|[ivxlc]+)$/;

/**
 * Two names of one event: the words of the shorter name's head (up to its first comma, bracket or "để", "về") are
 * at least four in five among the longer head's, and each number or numeral of the shorter head is in the longer
 * ("Kỳ họp thứ 8" is "Kỳ họp thứ 8, HĐND tỉnh … khóa X" and "Kỳ họp thứ tám", not "Kỳ họp thứ 10"). A draft cuts a
 * name at its clause's end, an annotator may write more of it.
 */
export function sameEventName(gold: string, draft: string): boolean {
  const [a, b] = [head(gold), head(draft)];
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < 2) return false;
  const pool = new Set(longer);
  const shared = shorter.filter((word) => pool.has(word)).length;
  return shared / shorter.length >= 0.8 && shorter.filter((word) => NUMERAL.test(word)).every((word) => pool.has(word));
}

/** Matches gold items to draft items one to one, each gold item to the first unused draft item that `same` accepts. */
export function oneToOne<G, D>(
  gold: readonly G[],
  draft: readonly D[],
  same: (gold: G, draft: D) => boolean,
): { matched: number; missed: G[]; extra: D[] } {
  const used = new Set<number>();
  const missed: G[] = [];
  for (const item of gold) {
    const index = draft.findIndex((candidate, at) => !used.has(at) && same(item, candidate));
    if (index >= 0) used.add(index);
    else missed.push(item);
  }
  return { matched: used.size, missed, extra: draft.filter((_, at) => !used.has(at)) };
}
