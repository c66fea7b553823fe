/** Who took part in the article's event, and how: one statement per person and role; a presenter presents at it. */
import type { ResolvedPerson } from '../analysis.js';
import type { Reading } from '../readings.js';
import type { Sentence } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, ParticipatesStatement } from './item.js';

/** A participation's confidence: the parsers read who took part from the sentence's words, not from its structure. */
const CONFIDENCE = 0.7;

export function participationItems(assembly: Assembly, readings: readonly Reading[], event: string): DraftItem<ParticipatesStatement>[] {
  const participations = new Map<string, { person: string; role: ParticipatesStatement['role']; quotes: string[]; rules: string[] }>();
  const add = (person: ResolvedPerson, role: ParticipatesStatement['role'], sentence: Sentence, rule: string) => {
    const id = assembly.person(person, sentence);
    const entry = participations.get(`${id}|${role}`) ?? { person: id, role, quotes: [], rules: [] };
    const quote = assembly.quote(sentence);
    if (!entry.quotes.includes(quote)) entry.quotes.push(quote);
    if (!entry.rules.includes(rule)) entry.rules.push(rule);
    participations.set(`${id}|${role}`, entry);
  };
  for (const reading of readings) {
    if (reading.kind === 'participates') add(reading.person, reading.role, reading.sentence, reading.rule);
    if (reading.kind === 'presents' && reading.presenter)
      add(reading.presenter, 'PRESENTER', reading.sentence, 'participation (presenter of an award)');
  }
  return [...participations.values()].map((entry) => ({
    statement: {
      id: assembly.ids.next(`${entry.person.slice(7)}-${entry.role.toLowerCase()}`),
      kind: 'participates',
      event,
      participant: entry.person,
      role: entry.role,
      quotes: entry.quotes,
    },
    confidence: CONFIDENCE,
    rule: entry.rules.join('; '),
  }));
}
