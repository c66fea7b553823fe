/**
 * Who took part in an event, and how: "Dự hội nghị có đồng chí X" (ATTENDEE), "… dưới sự chủ trì của đồng chí X",
 * "X chủ trì" (CHAIR), "X phát biểu", "Phát biểu tại …, đồng chí X" (SPEAKER); the words are data (events.json).
 * Read once an event is known, for the people the sentence names, at the event the sentence names, else at the
 * article's first (the one its lead reports).
 */
import { GAZETTEER } from '../gazetteer.js';
import type { EventReading, ParticipationReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { personsIn } from './common.js';
import type { Context, Parser } from '../parser.js';

export const participationParser: Parser = {
  name: 'participation',
  parse: (context, sentence) => ({ readings: readParticipations(context, sentence) }),
};

function readParticipations(context: Context, sentence: Sentence): ParticipationReading[] {
  const events = context.earlier.filter((reading): reading is EventReading => reading.kind === 'event');
  const event = events.find((candidate) => candidate.sentence.index === sentence.index) ?? events[0];
  if (!event) return [];
  const text = context.analysis.doc.folded.slice(sentence.start, sentence.end);
  // Not the people an event's name names ("Lễ trao Huân chương cho bà X … với sự tham dự của …").
  const names = events.filter((candidate) => candidate.sentence.index === sentence.index).map((candidate) => candidate.name);
  const persons = personsIn(context.analysis, sentence).filter(
    (person) => (!person.bare || person.key) && !names.some((name) => person.start >= name.start && person.end <= name.end),
  );
  if (persons.length === 0) return [];
  // "40/40 đại biểu tham dự thống nhất miễn nhiệm … ông X": the people a change of office names are not its attendees.
  const changes = context.earlier.some(
    (reading) => reading.kind === 'holds' && reading.sentence.index === sentence.index && (reading.start || reading.end),
  );
  const readings: ParticipationReading[] = [];
  for (const [role, pattern, words] of GAZETTEER.participationRoles) {
    if (!pattern.test(text) || (role === 'ATTENDEE' && changes)) continue;
    // A speaker or a chair is one person; attendees may be several.
    const people = role === 'ATTENDEE' ? persons : persons.slice(0, 1);
    const seen = new Set<string>();
    for (const person of people) {
      if (seen.has(person.key)) continue;
      seen.add(person.key);
      readings.push({
        kind: 'participates',
        person,
        role,
        event,
        sentence,
        rule: `participation (${role.toLowerCase()}: "${words}")`,
        confidence: 0.7,
      });
    }
  }
  return readings;
}
