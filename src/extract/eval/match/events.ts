/**
 * Events, scored by what a reader looks for: the event by its name (sameEventName), and by its name and date (the
 * same date at the gold's precision, or none on both sides). Organizers and participants one to one by key.
 */
import { dateText, str, type GoldStatement } from '../statement.js';
import { entityKey, oneToOne, sameDateOrNone, type Side } from './keys.js';
import { sameEventName } from './keys.js';
import type { RowScore } from './row.js';

const eventsOf = (side: Side) => side.statements.filter((statement) => statement.kind === 'event');
const nameOf = (statement: GoldStatement) => str(statement.name) ?? '';
const describe = (statement: GoldStatement) =>
  `${nameOf(statement).slice(0, 90)}${dateText(statement.date) ? ` (${dateText(statement.date)})` : ''}`;

export function scoreEvents(gold: Side, draft: Side, withDate: boolean): RowScore {
  const goldEvents = eventsOf(gold);
  const draftEvents = eventsOf(draft);
  const byName = (g: GoldStatement, d: GoldStatement) => sameEventName(nameOf(g), nameOf(d));
  const { matched, missed, extra } = oneToOne(
    goldEvents,
    draftEvents,
    (g, d) => byName(g, d) && (!withDate || sameDateOrNone(dateText(g.date), dateText(d.date))),
  );
  const loose = withDate ? oneToOne(goldEvents, draftEvents, byName).missed : [];
  return {
    gold: goldEvents.length,
    draft: draftEvents.length,
    matched,
    missed: missed.map((statement) => ({
      statement,
      what: describe(statement),
      loose: withDate && !loose.includes(statement),
    })),
    extra: extra.map(describe),
  };
}

/** Statements of a kind, one to one by a key. */
function byKey(gold: Side, draft: Side, kind: string, key: (side: Side, statement: GoldStatement) => string): RowScore {
  const goldItems = gold.statements.filter((statement) => statement.kind === kind);
  const draftKeys = draft.statements.filter((statement) => statement.kind === kind).map((statement) => key(draft, statement));
  const { matched, missed, extra } = oneToOne(goldItems, draftKeys, (statement, draftKey) => key(gold, statement) === draftKey);
  return {
    gold: goldItems.length,
    draft: draftKeys.length,
    matched,
    missed: missed.map((statement) => ({ statement, what: key(gold, statement) })),
    extra,
  };
}

/** Organizers one to one: the same organization (by body and province, or name). */
export const scoreOrganizers = (gold: Side, draft: Side): RowScore =>
  byKey(gold, draft, 'organizes', (side, statement) => String(entityKey(side.registry, str(statement.organizer))));

/** Participations one to one: the same participant (person, body or post, by key) in the same role. */
export const scoreParticipations = (gold: Side, draft: Side): RowScore =>
  byKey(
    gold,
    draft,
    'participates',
    (side, statement) => `${entityKey(side.registry, str(statement.participant))} ${String(statement.role)}`,
  );
