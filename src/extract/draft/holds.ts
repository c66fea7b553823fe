/**
 * holds: one statement per person, post and start or end cause (an election and a dismissal of one tenure are two
 * statements, as the seed's annotators write them); an attestation (a title beside a name) joins a statement of its
 * tenure where there is one. Of several readings of one bound, the one that gives a date is written.
 */
import type { HoldsReading, Unread } from '../readings.js';
import { articleDate } from '../dating/years.js';
import { cut } from '../text.js';
import type { Assembly } from './assembly.js';
import { startStatement, endStatement } from './bound.js';
import type { DraftItem, HoldsStatement } from './item.js';

interface Tenure {
  person: string;
  position: string;
  readings: HoldsReading[];
}

/** Groups the readings by person, post and cause; a title whose province is unknown is listed as unread. */
function group(assembly: Assembly, readings: readonly HoldsReading[], unread: Unread[]): Tenure[] {
  const groups = new Map<string, Tenure>();
  for (const reading of readings) {
    const position = assembly.linker.position(reading.title, assembly.quote(reading.sentence));
    if (!position) {
      unread.push({
        sentence: reading.sentence,
        reason: `the title "${cut(assembly.analysis.doc, reading.title)}" names no province and the article's is unknown`,
      });
      continue;
    }
    const person = assembly.person(reading.person, reading.sentence);
    const cause = reading.start
      ? `start-${reading.start.cause ?? 'dated'}`
      : reading.end
        ? `end-${reading.end.former ? 'former' : reading.end.cause}`
        : 'attested';
    const key = `${person}|${position}|${cause}`;
    const tenure = groups.get(key) ?? { person, position, readings: [] };
    tenure.readings.push(reading);
    groups.set(key, tenure);
  }
  for (const [key, tenure] of [...groups]) {
    if (!key.endsWith('|attested')) continue;
    // Not into a former title's: "in office on D" and "ended on or before D" are two statements, for a reviewer to weigh.
    const other = [...groups.entries()].find(
      ([otherKey, value]) =>
        otherKey !== key && value.person === tenure.person && value.position === tenure.position && !otherKey.endsWith('|end-former'),
    );
    if (other) {
      other[1].readings.push(...tenure.readings);
      groups.delete(key);
    }
  }
  return [...groups.values()];
}

const dateText = (date: HoldsStatement['attestedOn']): string | undefined => (typeof date === 'object' ? date.value : date);

function holdsItem(assembly: Assembly, tenure: Tenure): DraftItem<HoldsStatement> {
  const { analysis } = assembly;
  const dated = articleDate(analysis);
  const notes: string[] = [];
  const said: Partial<HoldsStatement> = {};
  // Of several readings of one start or end, the one that gives a date.
  const best = (side: 'start' | 'end') =>
    tenure.readings
      .filter((reading) => reading[side])
      .sort((a, b) => Number(Boolean(b[side]!.date)) - Number(Boolean(a[side]!.date)) || b.confidence - a.confidence)[0];
  const start = best('start');
  const end = best('end');
  if (start?.start) said.start = startStatement(assembly, start.start, notes);
  if (end?.end) said.end = endStatement(assembly, end.end, notes);
  // One day per tenure and article: the attestation whose date the text ties most closely to the title.
  const attestations = tenure.readings.filter((reading) => !reading.start && !reading.end);
  const attested = attestations.filter((reading) => reading.attested).sort((x, y) => (y.attestedRank ?? 0) - (x.attestedRank ?? 0))[0];
  if (attested) {
    const value = assembly.date(attested.attested, notes);
    if (value !== undefined) said.attestedOn = value;
  } else if (attestations.length > 0 && dated) {
    // The title beside the name, in a sentence that gives no day: the person is shown in office when the article is published.
    said.attestedOn = { value: dated.value, inferred: `the sentence gives no date: ${dated.reason}` };
  }
  // The article says the term ended ("Từ tháng 10-2015 đến tháng 10-2020, ông là …"): a title it prints beside the
  // name later is the one he had, not one he still holds, and is not written as in office then.
  const endValue = dateText(said.end?.date);
  const attestedValue = dateText(said.attestedOn);
  if (endValue && attestedValue && !endValue.startsWith('..') && attestedValue > endValue && !attestedValue.startsWith(endValue)) {
    notes.push(
      `the title is printed beside the name on ${attestedValue}, after the end the article gives (${endValue}): not written as in office then`,
    );
    delete said.attestedOn;
  }
  const termReading = (start ?? end ?? tenure.readings[0])!;
  const term = termReading.term ?? tenure.readings.find((reading) => reading.term)?.term;
  if (term) {
    if (term.from <= term.to) said.term = `${term.from}/${term.to}`;
    else notes.push(`the text prints the term "${cut(analysis.doc, term)}", which ends before it begins: not recorded`);
  }
  if (tenure.readings.some((reading) => reading.acting)) said.acting = true;
  const cause = said.start?.cause ?? said.end?.cause ?? (end?.end?.former ? 'former' : undefined);
  const statement: HoldsStatement = {
    id: assembly.ids.next(`${tenure.person.slice(7)}--${tenure.position.slice(9)}${cause ? `--${cause}` : ''}`),
    kind: 'holds',
    person: tenure.person,
    position: tenure.position,
    ...said,
    quotes: [...new Set(tenure.readings.map((reading) => assembly.quote(reading.sentence)))],
    ...(notes.length > 0 ? { note: notes.join('. ') } : {}),
  };
  // The confidence of what the statement says first: its start or end if it has one, else the attestation.
  const main = start ?? end ?? attested ?? tenure.readings[0]!;
  const rules = [...new Set(tenure.readings.map((reading) => reading.rule))];
  return { statement, confidence: main.confidence, rule: [main.rule, ...rules.filter((rule) => rule !== main.rule)].join('; ') };
}

export function holdsItems(assembly: Assembly, readings: readonly HoldsReading[], unread: Unread[]): DraftItem<HoldsStatement>[] {
  return group(assembly, readings, unread).map((tenure) => holdsItem(assembly, tenure));
}
