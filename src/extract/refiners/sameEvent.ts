/**
 * One event told several times (a headline, the lead, "tại Kỳ họp thứ 10 …" later) is one reading: two readings of
 * one category, from two sentences, are of one event when their names open with the same words ("Kỳ họp …"), their
 * days agree (or one has none) and their names do not tell them apart (no number of one is missing from the other). The merged reading keeps the name that says most (with
 * a number, then the longer), a date, every organizer, and every sentence as a quote; participations follow it.
 */
import type { Refiner } from '../parser.js';
import type { EventReading, Reading } from '../readings.js';
import { numeralsOf, type Doc } from '../text.js';

const numerals = (doc: Doc, event: EventReading) => numeralsOf(doc.text.slice(event.name.start, event.name.end));

const sameDay = (a: EventReading, b: EventReading) =>
  !a.date ||
  !b.date ||
  (a.date.day === b.date.day &&
    a.date.month === b.date.month &&
    (a.date.year === undefined || b.date.year === undefined || a.date.year === b.date.year));

/** The first two words of a name, folded: its noun ("kỳ họp", "lễ kỷ niệm" and "lễ đón nhận" are not one). */
const noun = (doc: Doc, event: EventReading) => doc.folded.slice(event.name.start, event.name.end).split(/\s+/).slice(0, 2).join(' ');

function same(doc: Doc, a: EventReading, b: EventReading): boolean {
  // Two events one sentence names are two ("… Lễ kỷ niệm … và Lễ đón nhận …").
  if (a.category !== b.category || a.sentence.index === b.sentence.index || noun(doc, a) !== noun(doc, b) || !sameDay(a, b)) return false;
  const [x, y] = [numerals(doc, a), numerals(doc, b)];
  return x.every((word) => y.includes(word)) || y.every((word) => x.includes(word));
}

/** How much a name says: a number or numeral first, then its length. */
const says = (doc: Doc, event: EventReading) => numerals(doc, event).length * 1000 + (event.name.end - event.name.start);

export const sameEventRefiner: Refiner = {
  name: 'same event',
  refine(readings, analysis) {
    const merged = new Map<EventReading, EventReading>();
    const kept: EventReading[] = [];
    for (const event of readings.filter((reading): reading is EventReading => reading.kind === 'event')) {
      const index = kept.findIndex((other) => same(analysis.doc, other, event));
      if (index < 0) {
        kept.push(event);
        merged.set(event, event);
        continue;
      }
      const other = kept[index]!;
      const better = says(analysis.doc, event) > says(analysis.doc, other) ? event : other;
      const organizers = [...other.organizers, ...event.organizers].filter(
        (organizer, at, all) => all.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(organizer)) === at,
      );
      const date = [other.date, event.date]
        .filter(Boolean)
        .sort((a, b) => Number(b!.year !== undefined) - Number(a!.year !== undefined))[0];
      const union: EventReading = {
        ...better,
        date,
        partOfDay: date?.partOfDay ?? better.partOfDay,
        organizers,
        sentence: other.sentence,
        alsoIn: [...(other.alsoIn ?? []), event.sentence, ...(event.alsoIn ?? [])],
        confidence: Math.max(other.confidence, event.confidence),
        rule: other.rule === event.rule ? other.rule : `${other.rule}; ${event.rule}`,
      };
      kept[index] = union;
      for (const [from, to] of merged) if (to === other) merged.set(from, union);
      merged.set(event, union);
    }
    return readings.flatMap((reading): Reading[] => {
      if (reading.kind === 'event')
        return kept.includes(merged.get(reading)!) && merged.get(reading) !== undefined && firstOf(merged, reading)
          ? [merged.get(reading)!]
          : [];
      if (reading.kind === 'participates') return [{ ...reading, event: merged.get(reading.event) ?? reading.event }];
      return [reading];
    });
  },
};

/** Whether `reading` is the first reading merged into its event, where the merged event takes its place. */
function firstOf(merged: Map<EventReading, EventReading>, reading: EventReading): boolean {
  const target = merged.get(reading);
  for (const [from, to] of merged) if (to === target) return from === reading;
  return false;
}
