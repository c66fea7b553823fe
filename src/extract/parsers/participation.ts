/**
 * Who took part in the event the article reports, and how: "Dự hội nghị có đồng chí X" (ATTENDEE), "… dưới sự chủ
 * trì của đồng chí X", "X chủ trì" (CHAIR), "X phát biểu", "Phát biểu tại …, đồng chí X" (SPEAKER). Read only once
 * the article's event is known, for the people the sentence names.
 */
import type { ParticipationReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { personsIn } from './common.js';
import type { Context, Parser } from '../parser.js';

const ROLES: [RegExp, ParticipationReading['role']][] = [
  [/(?<![a-z])chu tri(?![a-z])/, 'CHAIR'],
  [/(?<![a-z])(?:phat bieu|doc dien van|phat bieu chi dao|phat bieu tai|cho biet|nhan manh)(?![a-z])/, 'SPEAKER'],
  [
    /(?<![a-z])(?:du hoi nghi|du ky hop|du le|du buoi le|tham du|den du|toi du|du dai hoi|su tham du cua|co su tham du)(?![a-z])/,
    'ATTENDEE',
  ],
];

export const participationParser: Parser = {
  name: 'participation',
  parse: (context, sentence) => ({ readings: readParticipations(context, sentence) }),
};

function readParticipations(context: Context, sentence: Sentence): ParticipationReading[] {
  if (!context.earlier.some((reading) => reading.kind === 'event')) return [];
  const text = context.analysis.doc.folded.slice(sentence.start, sentence.end);
  const persons = personsIn(context.analysis, sentence).filter((person) => !person.bare || person.key);
  if (persons.length === 0) return [];
  const readings: ParticipationReading[] = [];
  for (const [pattern, role] of ROLES) {
    if (!pattern.test(text)) continue;
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
        sentence,
        rule: `participation (${role.toLowerCase()}: "${pattern.source.replace(/\(\?<!\[a-z\]\)|\(\?!\[a-z\]\)|\(\?:|\)/g, '').split('|')[0]}")`,
        confidence: 0.7,
      });
    }
  }
  return readings;
}
