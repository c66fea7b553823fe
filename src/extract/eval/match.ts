/**
 * The matching rule of `npm run extract:eval` (stated in the README): statements are compared through keys that do
 * not depend on ids (registry.ts): a person by folded name or alias, a position by role, body and province, an award
 * by its gazetteer key.
 *
 * - Person mentions: the people a gold article names (its `name` statements, and the people its statements
 *   refer to) against the people the draft names; the same person when a folded name or alias is equal.
 * - holds: a statement reads as its parts: its start (cause and date), its end (cause and date), its attestation
 *   (date). A gold statement is found when the draft's statements of the same person and position have each of its
 *   parts: the same cause, and the date equal at the gold's precision where the gold gives one. A draft statement is
 *   right when each of its start and end parts is so found among the gold statements of that person and position,
 *   and its attestation where the gold has that tenure (on the gold's day, if the gold attests one).
 * - presents: one to one, the same award; the same presenter (or none on both sides); the same on whose behalf
 *   where the gold gives it; the named recipients the gold names (the same set), or else the count it gives.
 * - event: one to one, the same category and the same date at the gold's precision; organizes: the same organizer.
 * - participates: one to one, the same participant in the same role.
 * - figure is counted; the extractor does not produce figures.
 */
import { foldText } from '../../text/fold.js';
import { awardKey, organizationKey, personNames, positionKey, type Entry, type Registry } from '../registry.js';

export interface KindScore {
  gold: number;
  extracted: number;
  foundGold: number;
  rightExtracted: number;
}
export const emptyScore = (): KindScore => ({ gold: 0, extracted: 0, foundGold: 0, rightExtracted: 0 });

type Statement = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
const dateText = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? str((value as { value?: unknown }).value) : undefined;

/** The same date at the gold's precision: the draft's value begins with the gold's (2019-01-11 matches 2019-01 and 2019). */
export function sameDate(gold: string | undefined, extracted: string | undefined): boolean {
  if (gold === undefined) return true;
  if (extracted === undefined) return false;
  return extracted === gold || extracted.startsWith(`${gold}-`);
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

interface Part {
  side: 'start' | 'end' | 'attested' | 'holds';
  cause?: string;
  date?: string;
}

function partsOf(statement: Statement): Part[] {
  const parts: Part[] = [];
  for (const side of ['start', 'end'] as const) {
    const bound = statement[side] as { cause?: string; date?: unknown } | undefined;
    if (bound) parts.push({ side, cause: bound.cause, date: dateText(bound.date) });
  }
  if (statement.attestedOn !== undefined) parts.push({ side: 'attested', date: dateText(statement.attestedOn) });
  return parts.length > 0 ? parts : [{ side: 'holds' }];
}

/** Whether `part` (on one side) is found among `others`; dates are compared at the precision of the gold's. */
function partFound(part: Part, others: Part[], goldSide: 'self' | 'other'): boolean {
  if (part.side === 'holds') return true;
  return others.some(
    (other) =>
      other.side === part.side &&
      other.cause === part.cause &&
      (goldSide === 'self' ? sameDate(part.date, other.date) : sameDate(other.date, part.date)),
  );
}

export interface Side {
  statements: Statement[];
  registry: Registry;
}

export function scoreHolds(gold: Side, draft: Side): KindScore {
  const pair = (side: Side, statement: Statement) =>
    `${entityKey(side.registry, str(statement.person))}|${entityKey(side.registry, str(statement.position))}`;
  const goldHolds = gold.statements.filter((statement) => statement.kind === 'holds');
  const draftHolds = draft.statements.filter((statement) => statement.kind === 'holds');
  const partsByPair = (side: Side, list: Statement[]) => {
    const map = new Map<string, Part[]>();
    for (const statement of list) map.set(pair(side, statement), [...(map.get(pair(side, statement)) ?? []), ...partsOf(statement)]);
    return map;
  };
  const goldParts = partsByPair(gold, goldHolds);
  const draftParts = partsByPair(draft, draftHolds);
  const foundGold = goldHolds.filter((statement) => {
    const others = draftParts.get(pair(gold, statement));
    return others !== undefined && partsOf(statement).every((part) => partFound(part, others, 'self'));
  }).length;
  const rightExtracted = draftHolds.filter((statement) => {
    const others = goldParts.get(pair(draft, statement));
    if (others === undefined) return false;
    const goldAttested = others.filter((other) => other.side === 'attested');
    return partsOf(statement).every((part) => {
      if (part.side === 'holds') return true;
      // An attestation only says "in office that day": right when the gold has the tenure, and its day where the gold gives one.
      if (part.side === 'attested') return goldAttested.length === 0 || goldAttested.some((other) => sameDate(other.date, part.date));
      return partFound(part, others, 'other');
    });
  }).length;
  return { gold: goldHolds.length, extracted: draftHolds.length, foundGold, rightExtracted };
}

function presentationKey(side: Side, statement: Statement) {
  const recipients = Array.isArray(statement.recipients)
    ? (statement.recipients as string[]).map((id) => entityKey(side.registry, id)!).sort()
    : [];
  return {
    award: entityKey(side.registry, str(statement.award)),
    presenter: entityKey(side.registry, str(statement.presenter)),
    onBehalfOf: entityKey(side.registry, str(statement.onBehalfOf)),
    recipients,
    count: typeof statement.recipientCount === 'number' ? statement.recipientCount : undefined,
  };
}

export function scorePresents(gold: Side, draft: Side): KindScore {
  const goldList = gold.statements
    .filter((statement) => statement.kind === 'presents')
    .map((statement) => presentationKey(gold, statement));
  const draftList = draft.statements
    .filter((statement) => statement.kind === 'presents')
    .map((statement) => presentationKey(draft, statement));
  const used = new Set<number>();
  let matched = 0;
  for (const g of goldList) {
    const index = draftList.findIndex(
      (d, at) =>
        !used.has(at) &&
        d.award === g.award &&
        d.presenter === g.presenter &&
        (g.onBehalfOf === undefined || d.onBehalfOf === g.onBehalfOf) &&
        (g.recipients.length > 0 ? g.recipients.join('|') === d.recipients.join('|') : g.count === undefined || d.count === g.count),
    );
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return { gold: goldList.length, extracted: draftList.length, foundGold: matched, rightExtracted: matched };
}

/** The people a gold article names: its name statements' people and every person its statements refer to. */
function goldPeople(side: Side): Map<string, Set<string>> {
  const people = new Map<string, Set<string>>();
  const add = (id: unknown, name?: unknown) => {
    if (typeof id !== 'string' || !id.startsWith('person:')) return;
    const names = people.get(id) ?? new Set<string>();
    const entry = side.registry.byId.get(id) as Entry | undefined;
    if (entry) for (const folded of personNames(entry)) names.add(folded);
    if (typeof name === 'string') names.add(foldText(name));
    people.set(id, names);
  };
  for (const statement of side.statements) {
    if (statement.kind === 'name') add(statement.entity, statement.name);
    add(statement.person);
    add(statement.presenter);
    add(statement.participant);
    if (Array.isArray(statement.recipients)) for (const id of statement.recipients) add(id);
  }
  return people;
}

export function scorePersons(gold: Side, draft: Side): KindScore {
  const people = [...goldPeople(gold).values()];
  const names = draft.statements
    .filter((statement) => statement.kind === 'name' && String(statement.entity).startsWith('person:'))
    .map(
      (statement) =>
        new Set([foldText(String(statement.name)), ...personNames(draft.registry.byId.get(String(statement.entity)) ?? { id: '' })]),
    );
  const used = new Set<number>();
  let matched = 0;
  for (const names_ of names) {
    const index = people.findIndex((gold, at) => !used.has(at) && [...names_].some((name) => gold.has(name)));
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return { gold: people.length, extracted: names.length, foundGold: matched, rightExtracted: matched };
}

/** Names of people in a draft that the text does not print (folded, as whole words): must be none. */
export function inventedNames(text: string, draft: Side, proposedPeople: Entry[]): string[] {
  const folded = ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const names = [
    ...draft.statements.filter((statement) => statement.kind === 'name').map((statement) => String(statement.name)),
    ...proposedPeople.map((person) => String(person.name)),
  ];
  return [...new Set(names)].filter((name) => !folded.includes(` ${foldText(name).replace(/[^a-z0-9]+/g, ' ')} `));
}

/** Events one to one: the same category, and the same date at the gold's precision where the gold gives one. */
export function scoreEvents(gold: Side, draft: Side): KindScore {
  const goldEvents = gold.statements.filter((statement) => statement.kind === 'event');
  const draftEvents = draft.statements.filter((statement) => statement.kind === 'event');
  const used = new Set<number>();
  let matched = 0;
  for (const event of goldEvents) {
    const index = draftEvents.findIndex(
      (candidate, at) => !used.has(at) && candidate.category === event.category && sameDate(dateText(event.date), dateText(candidate.date)),
    );
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return { gold: goldEvents.length, extracted: draftEvents.length, foundGold: matched, rightExtracted: matched };
}

/** Gold and draft keys matched one to one: each draft key counts for at most one gold key. */
function oneToOne<Key>(goldKeys: readonly Key[], draftKeys: readonly Key[]): KindScore {
  const left = [...draftKeys];
  let matched = 0;
  for (const key of goldKeys) {
    const index = left.indexOf(key);
    if (index >= 0) {
      left.splice(index, 1);
      matched += 1;
    }
  }
  return { gold: goldKeys.length, extracted: draftKeys.length, foundGold: matched, rightExtracted: matched };
}

/** Organizers one to one: the same organization (by body and province, or name). */
export function scoreOrganizers(gold: Side, draft: Side): KindScore {
  const keys = (side: Side) =>
    side.statements
      .filter((statement) => statement.kind === 'organizes')
      .map((statement) => entityKey(side.registry, str(statement.organizer)));
  return oneToOne(keys(gold), keys(draft));
}

/** Participations one to one: the same participant (person, body or post, by key) in the same role. */
export function scoreParticipations(gold: Side, draft: Side): KindScore {
  const keys = (side: Side) =>
    side.statements
      .filter((statement) => statement.kind === 'participates')
      .map((statement) => `${entityKey(side.registry, str(statement.participant))}|${String(statement.role)}`);
  return oneToOne(keys(gold), keys(draft));
}
