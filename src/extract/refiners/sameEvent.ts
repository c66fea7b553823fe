/**
 * One event told several times (a headline, the lead, "tại Kỳ họp thứ 10 …" later) is one reading. Two readings of
 * one category, from two sentences, are of one event when their names open with the same words ("Kỳ họp …"), their
 * days agree (or one has none), and their names do not tell them apart (no number of one missing from the other).
 * The merged reading keeps the name that says most (with a number, then the longer), a date, every organizer, and
 * every sentence as a quote; participations follow it.
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

/** Two readings of one event as one: the name that says most, a date, every organizer, every sentence. */
function union(doc: Doc, kept: EventReading, event: EventReading): EventReading {
  const better = says(doc, event) > says(doc, kept) ? event : kept;
  const organizers = [...kept.organizers, ...event.organizers].filter(
    (organizer, at, all) => all.findIndex((candidate) => JSON.stringify(candidate) === JSON.stringify(organizer)) === at,
  );
  // A date with its year printed over one without.
  const date = [kept.date, event.date].filter(Boolean).sort((a, b) => Number(b!.year !== undefined) - Number(a!.year !== undefined))[0];
  return {
    ...better,
    date,
    partOfDay: date?.partOfDay ?? better.partOfDay,
    organizers,
    sentence: kept.sentence,
    alsoIn: [...(kept.alsoIn ?? []), event.sentence, ...(event.alsoIn ?? [])],
    confidence: Math.max(kept.confidence, event.confidence),
    rule: kept.rule === event.rule ? kept.rule : `${kept.rule}; ${event.rule}`,
  };
}

export const sameEventRefiner: Refiner = {
  name: 'same event',
  refine(readings, analysis) {
    // Each event, the reading that told it first (where the merged reading takes its place), and what it merged.
    const groups: { first: EventReading; event: EventReading }[] = [];
    const groupOf = new Map<EventReading, { first: EventReading; event: EventReading }>();
    for (const event of readings.filter((reading): reading is EventReading => reading.kind === 'event')) {
      const group = groups.find((candidate) => same(analysis.doc, candidate.event, event));
      if (group) group.event = union(analysis.doc, group.event, event);
      else groups.push({ first: event, event });
      groupOf.set(event, group ?? groups.at(-1)!);
    }
    return readings.flatMap((reading): Reading[] => {
      if (reading.kind === 'event') return groupOf.get(reading)!.first === reading ? [groupOf.get(reading)!.event] : [];
      if (reading.kind === 'participates') return [{ ...reading, event: groupOf.get(reading.event)?.event ?? reading.event }];
      return [reading];
    });
  },
};
