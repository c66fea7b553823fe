/**
 * A tenure's dates as the exports write them (FollowTheMoney's Occupancy, Popolo's Membership), read from what the
 * loader derived and stored on it, so that an export says what the API says:
 *
 * - a bound the API gives to the day (`startDate`, `endDate`) is that day;
 * - otherwise the readings that decide it (the preferred ones, else all but the deprecated) give it at their
 *   precision (2016, 2016-07): one value where they agree, or where they are readings of different events (acting
 *   from one day, elected later: the start is the earliest, the end the latest); every reading's value where the
 *   sources dispute the bound (FollowTheMoney keeps each source's value; Popolo, which cannot, leaves it out);
 * - an end known only as "on or before" a day (a former title) gives no date, but says the tenure has ended;
 * - each value keeps the quotes of the readings that give it.
 */
import type { NodeRecord } from '../graph.js';
import type { TenureReading } from '../statements/derive.js';
import { prefixDate } from './dates.js';
import { tenureReadings, type ExportRecord, type Source } from './graph.js';

export interface DatedValue {
  value: string;
  sources: Source[];
}

export interface TenureDates {
  start: DatedValue[];
  end: DatedValue[];
  /** Days on which a source shows the person in office (and re-elections, which show the same). */
  attested: DatedValue[];
  /** Dates of elections and re-elections to the post. */
  elected: DatedValue[];
  /** The quotes that say the tenure ended (with or without a date); null when no source ends it. */
  ended: Source[] | null;
  /** The term as printed ("nhiệm kỳ 2016-2021"), as years, with the quotes of the readings that give it. */
  term: { from: string; to: string; sources: Source[] } | null;
}

/** The days the API answers the tenure on, for certain and possibly, as stored by the loader. */
export interface TenureCertainty {
  certainFrom: string | null;
  certainTo: string | null;
  possibleFrom: string | null;
  possibleTo: string | null;
  disputed: boolean;
  acting: boolean;
}

type DatedReading = TenureReading & { prefix: string };

const ELECTIONS: readonly (string | null)[] = ['elected', 're-elected'];

/** The readings that decide: the preferred ones if any, else every one not deprecated. */
function deciding<R extends TenureReading>(readings: readonly R[]): R[] {
  const preferred = readings.filter((reading) => reading.rank === 'preferred');
  return preferred.length > 0 ? preferred : readings.filter((reading) => reading.rank !== 'deprecated');
}

const ofSide = (readings: readonly TenureReading[], ...sides: TenureReading['side'][]) =>
  readings.filter((reading) => sides.includes(reading.side));

/**
 * The readings that decide a date: among those that give one, as a prefix date (a preferred reading silent on the
 * date leaves it to the others, as derivation does).
 */
function datedDeciding(readings: readonly TenureReading[]): DatedReading[] {
  return deciding(
    readings.flatMap((reading) => {
      const prefix = reading.date ? prefixDate(reading.date.value) : undefined;
      return prefix === undefined ? [] : [{ ...reading, prefix }];
    }),
  );
}

/** Readings grouped by the date they give, in date order, each value with the quotes of its readings. */
/** What tenureDates reads of a tenure: its stored properties, and how to resolve its readings' quotes. */
export type TenureRecord = Pick<ExportRecord, 'node' | 'sourcesOf'>;

function byValue(record: TenureRecord, readings: readonly DatedReading[]): DatedValue[] {
  const groups = new Map<string, DatedReading[]>();
  for (const reading of readings) groups.set(reading.prefix, [...(groups.get(reading.prefix) ?? []), reading]);
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([value, group]) => ({ value, sources: record.sourcesOf(group.flatMap((reading) => reading.sources)) }));
}

function bound(record: TenureRecord, readings: readonly TenureReading[], side: 'start' | 'end', day: unknown): DatedValue[] {
  const candidates = datedDeciding(ofSide(readings, side));
  if (typeof day === 'string') {
    const sameDay = candidates.filter((reading) => reading.prefix === day);
    return [{ value: day, sources: record.sourcesOf((sameDay.length > 0 ? sameDay : candidates).flatMap((reading) => reading.sources)) }];
  }
  const values = byValue(record, candidates);
  if (values.length <= 1 || record.node.disputed === true) return values;
  // Readings of different events: the start is the earliest one, the end the latest.
  const chosen =
    side === 'start'
      ? candidates.reduce((a, b) => (b.date!.earliest! < a.date!.earliest! ? b : a))
      : candidates.reduce((a, b) => (b.date!.latest > a.date!.latest ? b : a));
  return values.filter((value) => value.value === chosen.prefix);
}

export function tenureDates(record: TenureRecord): TenureDates {
  const { node } = record;
  const readings = tenureReadings(node);
  const ends = deciding(ofSide(readings, 'end'));
  const term = typeof node.term === 'string' ? node.term : null;
  return {
    start: bound(record, readings, 'start', node.startDate),
    end: bound(record, readings, 'end', node.endDate),
    attested: byValue(record, datedDeciding(ofSide(readings, 'attested'))),
    elected: byValue(record, datedDeciding(ofSide(readings, 'start', 'attested').filter((reading) => ELECTIONS.includes(reading.cause)))),
    ended: ends.length > 0 ? record.sourcesOf(ends.flatMap((reading) => reading.sources)) : null,
    term:
      term === null
        ? null
        : {
            from: term.slice(0, 4),
            to: term.slice(5),
            sources: record.sourcesOf(readings.filter((reading) => reading.term === term).flatMap((reading) => reading.sources)),
          },
  };
}

const dayOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

export function tenureCertainty(node: NodeRecord): TenureCertainty {
  return {
    certainFrom: dayOrNull(node.certainFrom),
    certainTo: dayOrNull(node.certainTo),
    possibleFrom: dayOrNull(node.possibleFrom),
    possibleTo: dayOrNull(node.possibleTo),
    disputed: node.disputed === true,
    acting: node.acting === true,
  };
}

/**
 * The certainty in words, from the same stored days the API answers `certainty` from: what an Occupancy's
 * description says, since FollowTheMoney has no property for it.
 */
export function describeCertainty(certainty: TenureCertainty): string {
  const span = (from: string | null, to: string | null) => `${from ?? '…'} to ${to ?? '…'}`;
  return [
    certainty.certainFrom || certainty.certainTo
      ? `In office for certain from ${span(certainty.certainFrom, certainty.certainTo)}`
      : 'No day in office is certain',
    `possibly from ${span(certainty.possibleFrom, certainty.possibleTo)}`,
    ...(certainty.disputed ? ['the sources disagree on a date'] : []),
    ...(certainty.acting ? ['held as acting or interim'] : []),
  ]
    .join('; ')
    .concat('.');
}
