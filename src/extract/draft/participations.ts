/** Who took part in the article's events, and how: one statement per event, person and role; a presenter presents at the first. */
import type { ResolvedPerson } from '../analysis.js';
import type { EventReading, Reading } from '../readings.js';
import type { Sentence } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, ParticipatesStatement } from './item.js';

/** A participation's confidence: the parsers read who took part from the sentence's words, not from its structure. */
const CONFIDENCE = 0.7;

interface Participation {
  event: string;
  person: string;
  role: ParticipatesStatement['role'];
  quotes: string[];
  rules: string[];
}

export function participationItems(
  assembly: Assembly,
  readings: readonly Reading[],
  events: ReadonlyMap<EventReading, string>,
): DraftItem<ParticipatesStatement>[] {
  const first = [...events.values()][0];
  if (first === undefined) return [];
  const participations = new Map<string, Participation>();
  const add = (event: string, person: ResolvedPerson, role: ParticipatesStatement['role'], sentence: Sentence, rule: string) => {
    const id = assembly.person(person, sentence);
    const key = `${event}|${id}|${role}`;
    const entry = participations.get(key) ?? { event, person: id, role, quotes: [], rules: [] };
    const quote = assembly.quote(sentence);
    if (!entry.quotes.includes(quote)) entry.quotes.push(quote);
    if (!entry.rules.includes(rule)) entry.rules.push(rule);
    participations.set(key, entry);
  };
  for (const reading of readings) {
    if (reading.kind === 'participates')
      add(events.get(reading.event) ?? first, reading.person, reading.role, reading.sentence, reading.rule);
    // An award's presenter presents at the event the article reports: its first.
    if (reading.kind === 'presents' && reading.presenter)
      add(first, reading.presenter, 'PRESENTER', reading.sentence, 'participation (presenter of an award)');
  }
  return [...participations.values()].map((entry) => ({
    statement: {
      id: assembly.ids.next(`${entry.person.slice(7)}-${entry.role.toLowerCase()}`),
      kind: 'participates',
      event: entry.event,
      participant: entry.person,
      role: entry.role,
      quotes: entry.quotes,
    },
    confidence: CONFIDENCE,
    rule: entry.rules.join('; '),
  }));
}
