/**
 * Facts derived from statements (src/statements/derive.ts), from claims built by hand: a tenure begun by one
 * article and ended by another, disputes and ranks, imprecise and missing bounds; events agreed on or disputed;
 * names. No database: the loader hands derive exactly such claims.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, prepareLoad } from '../../src/load/loader.js';
import { nodeSpec } from '../../src/model/index.js';
import {
  deriveFact,
  deriveNames,
  POSSIBLE_HORIZON_YEARS,
  type Claim,
  type DerivedFact,
  type TenureReading,
} from '../../src/statements/derive.js';
import type { Statement } from '../../src/statements/format.js';
import { supportedFact, tenureId } from '../../src/statements/kinds.js';
import { claimId } from '../../src/statements/store.js';
import type { LoadSet } from '../../src/statements/validate.js';

const PERSON = 'person:nguyen-van-a';
const POSITION = 'position:chu-tich-ubnd-tinh-quang-tri';
const TENURE = tenureId(PERSON, POSITION);

/** A claim of article `article` (published on `publishedOn`), its statement with one quote per claim by default. */
function claim(article: string, publishedOn: string | null, fields: Record<string, unknown> & { id: string; kind: string }): Claim {
  // Built from loose fields as a file would give them; the rank as judged is the one the statement gives.
  const statement = { quotes: [`${article}: ${fields.id}`], ...fields } as unknown as Statement;
  return {
    id: `claim:${article}--${fields.id}`,
    articleId: `article:${article}`,
    publishedOn,
    statement,
    rank: statement.rank ?? 'normal',
  };
}

const holds = (article: string, publishedOn: string | null, fields: Record<string, unknown>, id = 'holds'): Claim =>
  claim(article, publishedOn, { id, kind: 'holds', person: PERSON, position: POSITION, ...fields });

const ELECTED = holds('a', '2016-07-04', {
  start: { date: '2016-07-03', cause: 'elected', decidedBy: 'event:ky-hop-thu-nhat', vote: { text: '50/50 đại biểu tán thành', for: 50 } },
  term: '2016/2021',
});
const DISMISSED = holds('b', '2019-11-01', { end: { date: '2019-10-31', cause: 'dismissed', decision: 'Nghị quyết số 12/NQ-HĐND' } });

function tenure(claims: Claim[]): DerivedFact {
  const fact = deriveFact(TENURE, 'Tenure', claims);
  if (!fact) throw new Error('no tenure derived');
  return fact;
}

const readingsOf = (fact: DerivedFact): TenureReading[] => JSON.parse(String(fact.props.readings)) as TenureReading[];
const daysOf = (fact: DerivedFact) => {
  const { certainFrom, certainTo, possibleFrom, possibleTo } = fact.props;
  return { certainFrom, certainTo, possibleFrom, possibleTo };
};

describe('deriveFact: tenures', () => {
  it('a start from one article and an end from another make one tenure', () => {
    const fact = tenure([DISMISSED, ELECTED]);
    expect(fact.id).toBe('tenure:nguyen-van-a--chu-tich-ubnd-tinh-quang-tri');
    expect(fact.label).toBe('Tenure');
    expect(fact.props).toMatchObject({
      id: TENURE,
      startDate: '2016-07-03',
      endDate: '2019-10-31',
      attestedOn: null,
      term: '2016/2021',
      acting: false,
      disputed: false,
      certainFrom: '2016-07-03',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
    expect(fact.relationships).toEqual([
      { type: 'HELD_BY', to: PERSON },
      { type: 'OF_POSITION', to: POSITION },
    ]);
    expect(fact.sources).toEqual([
      { articleId: 'article:a', quote: 'a: holds' },
      { articleId: 'article:b', quote: 'b: holds' },
    ]);
  });

  it("lists each article's reading with its side, cause, decision, vote and sources", () => {
    expect(readingsOf(tenure([DISMISSED, ELECTED]))).toEqual([
      {
        side: 'start',
        date: { value: '2016-07-03', precision: 'day', earliest: '2016-07-03', latest: '2016-07-03' },
        cause: 'elected',
        decidedBy: 'event:ky-hop-thu-nhat',
        decision: null,
        approvedBy: null,
        vote: { text: '50/50 đại biểu tán thành', for: 50 },
        term: '2016/2021',
        rank: 'normal',
        claimId: 'claim:a--holds',
        sources: [{ articleId: 'article:a', quote: 'a: holds' }],
      },
      {
        side: 'end',
        date: { value: '2019-10-31', precision: 'day', earliest: '2019-10-31', latest: '2019-10-31' },
        cause: 'dismissed',
        decidedBy: null,
        decision: 'Nghị quyết số 12/NQ-HĐND',
        approvedBy: null,
        vote: null,
        term: null,
        rank: 'normal',
        claimId: 'claim:b--holds',
        sources: [{ articleId: 'article:b', quote: 'b: holds' }],
      },
    ]);
  });

  it('an end alone: the possible days begin five years before it', () => {
    expect(POSSIBLE_HORIZON_YEARS).toBe(5);
    const fact = tenure([DISMISSED]);
    expect(fact.props).toMatchObject({ startDate: null, endDate: '2019-10-31', term: null, disputed: false });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2019-10-31',
      certainTo: '2019-10-31',
      possibleFrom: '2014-10-31',
      possibleTo: '2019-10-31',
    });
  });

  it('a start alone: the possible days run five years after it, or to the end of the term it states', () => {
    const withoutTerm = tenure([holds('a', '2016-07-04', { start: { date: '2016-07-03', cause: 'elected' } })]);
    expect(daysOf(withoutTerm)).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2016-07-03',
      possibleFrom: '2016-07-03',
      possibleTo: '2021-07-03',
    });
    expect(daysOf(tenure([ELECTED]))).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2016-07-03',
      possibleFrom: '2016-07-03',
      possibleTo: '2021-12-31',
    });
  });

  it('two articles disagreeing on the start (same cause, same term): disputed, certain from the later, possible from the earlier', () => {
    const other = holds('c', '2016-07-10', { start: { date: '2016-07-05', cause: 'elected' }, term: '2016/2021' });
    const fact = tenure([ELECTED, DISMISSED, other]);
    expect(fact.props).toMatchObject({ disputed: true, startDate: null, endDate: '2019-10-31' });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-05',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
    expect(
      readingsOf(fact)
        .filter((reading) => reading.side === 'start')
        .map((reading) => [reading.claimId, reading.date?.value]),
    ).toEqual([
      ['claim:a--holds', '2016-07-03'],
      ['claim:c--holds', '2016-07-05'],
    ]);
  });

  it('the same with one reading preferred: not disputed, that date wins, listed first', () => {
    const preferred = holds('c', '2016-07-10', {
      start: { date: '2016-07-05', cause: 'elected' },
      term: '2016/2021',
      rank: 'preferred',
      rankReason: 'the official gazette',
    });
    const fact = tenure([ELECTED, DISMISSED, preferred]);
    expect(fact.props).toMatchObject({ disputed: false, startDate: '2016-07-05', endDate: '2019-10-31' });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-05',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-05',
      possibleTo: '2019-10-31',
    });
    const readings = readingsOf(fact);
    expect(readings[0]).toMatchObject({ side: 'start', claimId: 'claim:c--holds', rank: 'preferred', date: { value: '2016-07-05' } });
    expect(readings.map((reading) => reading.claimId)).toEqual(['claim:c--holds', 'claim:a--holds', 'claim:b--holds']);
  });

  it('a reading without a term, days from another of the same cause, is the same election: disputed', () => {
    const other = holds('c', '2016-07-10', { start: { date: '2016-07-05', cause: 'elected' } });
    expect(tenure([ELECTED, other]).props).toMatchObject({ disputed: true, startDate: null });
  });

  it('a reading without a term, months from another of the same cause, is another election: not disputed', () => {
    const next = holds('c', '2017-01-20', { start: { date: '2017-01-18', cause: 'elected' } });
    expect(tenure([ELECTED, next]).props).toMatchObject({ disputed: false, startDate: '2016-07-03' });
  });

  it('elections for two terms are two events: the start is the first, not disputed', () => {
    const next = holds('c', '2021-07-20', { start: { date: '2021-07-16', cause: 'elected' }, term: '2021/2026' });
    const fact = tenure([ELECTED, next]);
    expect(fact.props).toMatchObject({ disputed: false, startDate: '2016-07-03' });
  });

  it('different causes are different events: acting first, then elected; the start is the earlier and not disputed', () => {
    const acting = holds('c', '2016-05-02', { start: { date: '2016-05-01', cause: 'acting' } });
    const fact = tenure([ELECTED, acting]);
    // Elected after acting: a full tenure, not an acting one.
    expect(fact.props).toMatchObject({ disputed: false, startDate: '2016-05-01', acting: false });
    expect(fact.props.certainFrom).toBe('2016-05-01');
    expect(tenure([acting]).props.acting).toBe(true);
  });

  it("a start that refines another (the year, then the day; a career line's month, then the election) is one start, the day", () => {
    const year = holds('a', null, { start: { date: '2020', cause: 'elected' } });
    const day = holds('b', '2020-11-07', { start: { date: '2020-11-06', cause: 'elected' } });
    expect(tenure([year, day]).props).toMatchObject({ startDate: '2020-11-06', disputed: false, certainFrom: '2020-11-06' });
    const careerLine = holds('c', null, { start: { date: '2019-08' } });
    const elected = holds('d', '2019-08-31', { start: { date: '2019-08-30', cause: 'elected' } });
    expect(tenure([careerLine, elected]).props).toMatchObject({ startDate: '2019-08-30', disputed: false });
  });

  it("a later start of another kind (the Prime Minister's approval after the election) shows the person in office that day", () => {
    const elected = holds('a', '2024-06-22', { start: { date: '2024-06-21', cause: 'elected' } });
    const approved = holds('b', '2024-07-03', { start: { date: '2024-07-03', cause: 'approved' } });
    expect(tenure([elected, approved]).props).toMatchObject({
      startDate: '2024-06-21',
      certainFrom: '2024-06-21',
      certainTo: '2024-07-03',
    });
  });

  it('a start known to the year only: no certain day unless attested, possible from the first of January', () => {
    const yearOnly = holds('a', null, { start: { date: '2016', cause: 'elected' } });
    const fact = tenure([yearOnly]);
    expect(fact.props).toMatchObject({ startDate: null, disputed: false });
    expect(daysOf(fact)).toEqual({ certainFrom: null, certainTo: null, possibleFrom: '2016-01-01', possibleTo: '2021-12-31' });
    expect(readingsOf(fact)[0]!.date).toEqual({ value: '2016', precision: 'year', earliest: '2016-01-01', latest: '2016-12-31' });

    const attested = tenure([yearOnly, holds('d', '2018-05-21', { attestedOn: '2018-05-20' })]);
    expect(attested.props.attestedOn).toBe('2018-05-20');
    expect(daysOf(attested)).toEqual({
      certainFrom: '2016-12-31',
      certainTo: '2018-05-20',
      possibleFrom: '2016-01-01',
      possibleTo: '2023-05-20',
    });
  });

  it('two articles disagreeing on the end: disputed, certain to the earlier, possible to the later', () => {
    const other = holds('c', '2019-11-05', { end: { date: '2019-11-04', cause: 'dismissed' } });
    const fact = tenure([ELECTED, DISMISSED, other]);
    expect(fact.props).toMatchObject({ disputed: true, startDate: '2016-07-03', endDate: null });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-11-04',
    });
  });

  it('ends of different causes: the later one ends the tenure', () => {
    const resigned = holds('c', null, { end: { date: '2019-09-30', cause: 'resigned' } });
    const fact = tenure([ELECTED, DISMISSED, resigned]);
    expect(fact.props).toMatchObject({ disputed: false, endDate: '2019-10-31' });
  });

  /*
   * officeHolders calls CERTAIN a day on which a source shows the person in office: with a start known to the year
   * only, an attestation within that year still makes its day certain.
   */
  it('an attestation before the latest day of an imprecise start is certain', () => {
    const fact = tenure([holds('a', null, { start: { date: '2016', cause: 'elected' } }), holds('b', null, { attestedOn: '2016-08-01' })]);
    expect(fact.props.certainFrom).toBe('2016-08-01');
  });

  it('an attestation after the earliest day of an imprecise end is certain', () => {
    const fact = tenure([
      ELECTED,
      holds('b', null, { end: { date: '2019', cause: 'retired' } }),
      holds('c', null, { attestedOn: '2019-05-01' }),
    ]);
    expect(fact.props.certainTo).toBe('2019-05-01');
  });

  it("a start known to the month: startDate stays null, certain from the month's last day", () => {
    const fact = tenure([holds('a', null, { start: { date: '2016-07', cause: 'elected' } }), DISMISSED]);
    expect(fact.props).toMatchObject({ startDate: null, endDate: '2019-10-31', disputed: false });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-31',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-01',
      possibleTo: '2019-10-31',
    });
  });

  it('a term "2016/2021" without bounds sets the possible days to 2016-01-01..2021-12-31', () => {
    const fact = tenure([
      holds('a', '2019-01-11', { attestedOn: { value: '2019-01-11', inferred: 'the year of the publication' }, term: '2016/2021' }),
    ]);
    expect(fact.props).toMatchObject({ term: '2016/2021', attestedOn: '2019-01-11', startDate: null, endDate: null });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2019-01-11',
      certainTo: '2019-01-11',
      possibleFrom: '2016-01-01',
      possibleTo: '2021-12-31',
    });
    expect(readingsOf(fact)).toEqual([
      expect.objectContaining({
        side: 'attested',
        cause: 'attested',
        term: '2016/2021',
        date: expect.objectContaining({ inferred: 'the year of the publication' }),
      }),
    ]);
  });

  // The same for a tenure's term: a preferred start without a term leaves the term to the others.
  it('a preferred start without a term keeps the term another statement gives', () => {
    const preferred = holds('c', null, { start: { date: '2016-07-05', cause: 'elected' }, rank: 'preferred' });
    const fact = tenure([ELECTED, preferred]);
    expect(fact.props).toMatchObject({ startDate: '2016-07-05', term: '2016/2021', possibleTo: '2021-12-31' });
  });

  it('a term never narrows what the evidence shows: seen in office after it, the holder was in office again for a term no source gives', () => {
    const fact = tenure([holds('a', '2022-03-01', { attestedOn: '2022-03-01', term: '2016/2021' })]);
    expect(daysOf(fact)).toEqual({
      certainFrom: '2022-03-01',
      certainTo: '2022-03-01',
      possibleFrom: '2016-01-01',
      possibleTo: '2027-03-01',
    });
    // Called former on 20 February 2025: the horizon stops there.
    const former = holds('b', '2025-02-20', { end: { date: '../2025-02-20' } }, 'former');
    expect(daysOf(tenure([holds('a', '2022-03-01', { attestedOn: '2022-03-01', term: '2016/2021' }), former])).possibleTo).toBe(
      '2025-02-20',
    );
  });

  it('attestations alone: certain between the first and the last, possible five years beyond', () => {
    const fact = tenure([holds('a', null, { attestedOn: '2019-01-11' }), holds('b', null, { attestedOn: '2018-03-02' })]);
    expect(fact.props.attestedOn).toBe('2019-01-11');
    expect(daysOf(fact)).toEqual({
      certainFrom: '2018-03-02',
      certainTo: '2019-01-11',
      possibleFrom: '2013-03-02',
      possibleTo: '2024-01-11',
    });
  });

  it('a re-elected start is an attestation, not the start', () => {
    const fact = tenure([holds('a', '2021-06-26', { start: { date: '2021-06-25', cause: 're-elected' } })]);
    expect(fact.props).toMatchObject({ startDate: null, attestedOn: '2021-06-25' });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2021-06-25',
      certainTo: '2021-06-25',
      possibleFrom: '2016-06-25',
      possibleTo: '2026-06-25',
    });
    expect(readingsOf(fact).map((reading) => [reading.side, reading.cause])).toEqual([['attested', 're-elected']]);
  });

  it('a re-election after an election does not move the start', () => {
    const fact = tenure([ELECTED, holds('c', '2018-06-26', { start: { date: '2018-06-25', cause: 're-elected' } }), DISMISSED]);
    expect(fact.props).toMatchObject({ startDate: '2016-07-03', disputed: false });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
  });

  it('a deprecated reading is ignored for the dates but listed (last)', () => {
    const deprecated = holds('d', '2015-01-02', {
      start: { date: '2015-01-01', cause: 'elected' },
      rank: 'deprecated',
      rankReason: 'a misprint',
    });
    const fact = tenure([deprecated, ELECTED, DISMISSED]);
    expect(fact.props).toMatchObject({ disputed: false, startDate: '2016-07-03' });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
    const readings = readingsOf(fact);
    expect(readings.at(-1)).toMatchObject({ claimId: 'claim:d--holds', rank: 'deprecated', side: 'start', date: { value: '2015-01-01' } });
    expect(fact.sources).toContainEqual({ articleId: 'article:d', quote: 'd: holds' });
  });

  it('a deprecated attestation does not widen the days', () => {
    const fact = tenure([ELECTED, DISMISSED, holds('d', null, { attestedOn: '2020-05-01', rank: 'deprecated' })]);
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-03',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
    expect(fact.props.attestedOn).toBeNull();
  });

  it('a span start ("from 3 to 5 July") has no startDate but bounds both days', () => {
    const fact = tenure([holds('a', null, { start: { date: '2016-07-03/2016-07-05', cause: 'elected' } }), DISMISSED]);
    expect(fact.props).toMatchObject({ startDate: null, disputed: false });
    expect(daysOf(fact)).toEqual({
      certainFrom: '2016-07-05',
      certainTo: '2019-10-31',
      possibleFrom: '2016-07-03',
      possibleTo: '2019-10-31',
    });
  });

  it('an acting holder is acting', () => {
    expect(tenure([holds('a', null, { attestedOn: '2019-01-11', acting: true })]).props.acting).toBe(true);
    expect(tenure([holds('a', null, { start: { date: '2019-01-11', cause: 'interim' } })]).props.acting).toBe(true);
  });

  it('a holds statement without any date gives a reading but no days', () => {
    const fact = tenure([holds('a', null, {})]);
    expect(daysOf(fact)).toEqual({ certainFrom: null, certainTo: null, possibleFrom: null, possibleTo: null });
    expect(readingsOf(fact)).toEqual([expect.objectContaining({ side: 'attested', date: null, cause: 'attested' })]);
  });

  it('no claim left: no fact (the loader deletes it)', () => {
    expect(deriveFact(TENURE, 'Tenure', [])).toBeUndefined();
  });

  it('a bound with a date and no cause (a career line) is a bound, its cause null', () => {
    const fact = tenure([holds('a', null, { start: { date: '2014-05' }, end: { date: '2015-04' } })]);
    expect(daysOf(fact)).toEqual({
      certainFrom: '2014-05-31',
      certainTo: '2015-04-01',
      possibleFrom: '2014-05-01',
      possibleTo: '2015-04-30',
    });
    expect(readingsOf(fact).map((item) => [item.side, item.cause])).toEqual([
      ['start', null],
      ['end', null],
    ]);
  });

  it('a former title alone ("nguyên …" on 11 January 2019): possible to that day at the latest, never placed before it', () => {
    const fact = tenure([holds('a', '2019-01-11', { end: { date: { value: '../2019-01-11', inferred: 'called former on that day' } } })]);
    // No source says when the term was held: no day is certain, and no possible start is made up.
    expect(daysOf(fact)).toEqual({ certainFrom: null, certainTo: null, possibleFrom: null, possibleTo: '2019-01-11' });
    expect(readingsOf(fact)).toEqual([
      expect.objectContaining({ side: 'end', cause: null, date: expect.objectContaining({ earliest: null, latest: '2019-01-11' }) }),
    ]);
  });

  it('a former title caps the possible end that the horizon would give, not what the evidence shows', () => {
    const fact = tenure([ELECTED, holds('c', '2018-03-01', { end: { date: { value: '../2018-03-01', inferred: 'former on that day' } } })]);
    expect(daysOf(fact)).toMatchObject({ certainFrom: '2016-07-03', certainTo: '2016-07-03', possibleTo: '2018-03-01' });
    const attestedLater = tenure([
      ELECTED,
      holds('d', '2019-05-01', { attestedOn: '2019-05-01' }, 'attested'),
      holds('c', '2018-03-01', { end: { date: { value: '../2018-03-01', inferred: 'former on that day' } } }),
    ]);
    expect(daysOf(attestedLater)).toMatchObject({ certainTo: '2019-05-01', possibleTo: '2019-05-01' });
  });

  it('an end without date or cause ("nguyên …", undated) is a reading that moves no day', () => {
    const fact = tenure([ELECTED, holds('c', null, { end: {} })]);
    expect(daysOf(fact)).toEqual(daysOf(tenure([ELECTED])));
    expect(readingsOf(fact).filter((item) => item.side === 'end')).toEqual([expect.objectContaining({ date: null, cause: null })]);
  });
});

const EVENT = 'event:ky-hop-thu-nhat';
const event = (article: string, publishedOn: string | null, fields: Record<string, unknown>, id = 'event'): Claim =>
  claim(article, publishedOn, { id, kind: 'event', event: EVENT, name: 'Kỳ họp thứ nhất', ...fields });

describe('deriveFact: events', () => {
  it('two event statements agreeing give the values, the date with its precision and reason', () => {
    const inferred = { value: '2016-07-03', inferred: 'the year of the publication' };
    const fact = deriveFact(EVENT, 'Event', [
      event('a', '2016-07-04', { date: inferred, category: 'session', place: 'place:tinh-quang-tri' }),
      event('b', '2016-07-05', { date: inferred, partOfDay: 'morning' }),
    ])!;
    expect(fact.props).toEqual({
      id: EVENT,
      name: 'Kỳ họp thứ nhất',
      nameEn: null,
      category: 'session',
      date: '2016-07-03',
      endDate: null,
      datePrecision: 'day',
      dateInferred: 'the year of the publication',
      partOfDay: 'morning',
      disputed: [],
    });
    expect(fact.relationships).toEqual([{ type: 'HELD_IN', to: 'place:tinh-quang-tri' }]);
    expect(fact.sources).toEqual([
      { articleId: 'article:a', quote: 'a: event' },
      { articleId: 'article:b', quote: 'b: event' },
    ]);
  });

  it('an event over several days has its last day, a month its precision', () => {
    expect(deriveFact(EVENT, 'Event', [event('a', null, { date: '2016-07-03/2016-07-05' })])!.props).toMatchObject({
      date: '2016-07-03',
      endDate: '2016-07-05',
      datePrecision: 'day',
      dateInferred: null,
    });
    expect(deriveFact(EVENT, 'Event', [event('a', null, { date: '2016-07' })])!.props).toMatchObject({
      date: '2016-07-01',
      endDate: null,
      datePrecision: 'month',
    });
  });

  it('disagreeing on the date without a preferred reading: date null and disputed ["date"]', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { date: '2016-07-03', category: 'session' }),
      event('b', null, { date: '2016-07-04', category: 'session' }),
    ])!;
    expect(fact.props).toMatchObject({ date: null, category: 'session', disputed: ['date'] });
  });

  /*
   * The loader writes props with `SET n += row.props`: every property must be in them, null where there is no
   * value, or an event whose date was agreed before would keep its old precision, reason and last day.
   */
  it('a disputed date clears its precision, reason and last day too (every property is set)', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { date: { value: '2016-07-03', inferred: 'the year' } }),
      event('b', null, { date: '2016-07-04' }),
    ])!;
    const stored = nodeSpec('Event').properties.map((property) => property.name);
    expect(Object.keys(fact.props).sort()).toEqual([...stored].sort());
    expect(fact.props).toMatchObject({ date: null, datePrecision: null, dateInferred: null, endDate: null });
  });

  /*
   * A preferred statement decides the values it gives; the values it does not give (the organizers and the place
   * that only other statements give) stay theirs: a value no statement disputes is not in dispute.
   */
  it('a preferred statement silent on the place and the organizers does not drop those the others give', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { date: '2016-07-03', place: 'place:tinh-quang-tri', organizers: ['org:hdnd-tinh-quang-tri'] }),
      event('b', null, { date: '2016-07-04', rank: 'preferred' }),
    ])!;
    expect(fact.props).toMatchObject({ date: '2016-07-04', disputed: [] });
    expect(fact.relationships).toEqual(
      expect.arrayContaining([
        { type: 'HELD_IN', to: 'place:tinh-quang-tri' },
        { type: 'ORGANIZED_BY', to: 'org:hdnd-tinh-quang-tri' },
      ]),
    );
  });

  it('disagreeing with one reading preferred: the preferred value, not disputed', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { date: '2016-07-03' }),
      event('b', null, { date: '2016-07-04', rank: 'preferred' }),
    ])!;
    expect(fact.props).toMatchObject({ date: '2016-07-04', disputed: [] });
  });

  it('a month and a day within it agree on the day, a year and a month within it on the month; two days or two months dispute', () => {
    const dated = (...dates: string[]) =>
      deriveFact(
        EVENT,
        'Event',
        dates.map((date, index) => event(String.fromCharCode(97 + index), null, { date })),
      )!.props;
    expect(dated('2025-07', '2025-07-01')).toMatchObject({ date: '2025-07-01', datePrecision: 'day', disputed: [] });
    expect(dated('2025', '2025-07', '2025')).toMatchObject({ date: '2025-07-01', datePrecision: 'month', disputed: [] });
    expect(dated('2025-07', '2025-08-01')).toMatchObject({ date: null, disputed: ['date'] });
    expect(dated('2025-07', '2025-08')).toMatchObject({ date: null, disputed: ['date'] });
  });

  it('a list unites every statement not deprecated, whatever their ranks: a preferred one decides values, not lists', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { organizers: ['org:hdnd-tinh-quang-tri'] }),
      event('b', null, { organizers: ['org:ubnd-tinh-quang-tri'], rank: 'preferred' }),
      event('c', null, { organizers: ['org:deprecated'], rank: 'deprecated' }),
    ])!;
    expect(fact.relationships.map((relationship) => relationship.to).sort()).toEqual([
      'org:hdnd-tinh-quang-tri',
      'org:ubnd-tinh-quang-tri',
    ]);
  });

  it('a deprecated reading does not dispute', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { date: '2016-07-03' }),
      event('b', null, { date: '2016-07-04', rank: 'deprecated' }),
    ])!;
    expect(fact.props).toMatchObject({ date: '2016-07-03', disputed: [] });
  });

  it('disagreeing on a single relation (the place) disputes it and writes no relationship', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { place: 'place:tinh-quang-tri' }),
      event('b', null, { place: 'place:thanh-pho-dong-ha' }),
    ])!;
    expect(fact.props.disputed).toEqual(['place']);
    expect(fact.relationships).toEqual([]);
  });

  it('organizers are united from the event statements and the organizes statements', () => {
    const fact = deriveFact(EVENT, 'Event', [
      event('a', null, { organizers: ['org:hdnd-tinh-quang-tri'] }),
      claim('b', null, { id: 'organizer', kind: 'organizes', event: EVENT, organizer: 'org:ubnd-tinh-quang-tri' }),
      claim('c', null, { id: 'organizer', kind: 'organizes', event: EVENT, organizer: 'org:hdnd-tinh-quang-tri' }),
      claim('d', null, { id: 'organizer', kind: 'organizes', event: EVENT, organizer: 'org:deprecated', rank: 'deprecated' }),
    ])!;
    expect(
      fact.relationships
        .filter((relationship) => relationship.type === 'ORGANIZED_BY')
        .map((relationship) => relationship.to)
        .sort(),
    ).toEqual(['org:hdnd-tinh-quang-tri', 'org:ubnd-tinh-quang-tri']);
    expect(fact.sources.map((source) => source.articleId)).toEqual(['article:a', 'article:b', 'article:c', 'article:d']);
  });

  it('an event only organized so far (its declaring article not yet loaded) keeps its organizer and no name', () => {
    const fact = deriveFact(EVENT, 'Event', [claim('b', null, { id: 'organizer', kind: 'organizes', event: EVENT, organizer: 'org:x' })]);
    expect(fact?.props).toMatchObject({ id: EVENT, name: null, date: null, disputed: [] });
    expect(fact?.relationships).toEqual([{ type: 'ORGANIZED_BY', to: 'org:x' }]);
  });

  it('a name the statements dispute: the best-ranked reading stays, so the event stays whole, and the dispute is named', () => {
    const fact = deriveFact(EVENT, 'Event', [
      claim('a', '2016-07-04', { id: 'e', kind: 'event', event: EVENT, name: 'Kỳ họp thứ nhất' }),
      claim('b', '2016-07-05', { id: 'e', kind: 'event', event: EVENT, name: 'Kỳ họp đầu tiên' }),
    ]);
    expect(fact?.props).toMatchObject({ name: 'Kỳ họp thứ nhất', disputed: ['name'] });
  });

  it('the same day printed in one article and inferred in another is one date, not a dispute', () => {
    const fact = deriveFact(EVENT, 'Event', [
      claim('a', '2016-07-04', { id: 'e', kind: 'event', event: EVENT, name: 'Kỳ họp', date: '2016-07-03' }),
      claim('b', null, {
        id: 'e',
        kind: 'event',
        event: EVENT,
        name: 'Kỳ họp',
        date: { value: '2016-07-03', inferred: 'the year of the term' },
      }),
    ]);
    expect(fact?.props).toMatchObject({ date: '2016-07-03', datePrecision: 'day', disputed: [] });
  });
});

describe('deriveFact: presentations, figures, participations', () => {
  it('a presentation: recipients united, count agreed, on whose behalf', () => {
    const presents = (article: string, fields: Record<string, unknown>) =>
      claim(article, null, {
        id: 'presents',
        kind: 'presents',
        presentation: 'presentation:x',
        award: 'award:bang-khen',
        onBehalfOf: 'position:thu-tuong-chinh-phu',
        ...fields,
      });
    const fact = deriveFact('presentation:x', 'AwardPresentation', [
      presents('a', { recipients: ['person:a'], recipientCount: 2, date: '2019-01-11' }),
      presents('b', { recipients: ['person:b'], recipientCount: 2 }),
    ])!;
    expect(fact.props).toMatchObject({
      recipientCount: 2,
      recipientDescription: null,
      date: '2019-01-11',
      datePrecision: 'day',
      dateInferred: null,
      disputed: [],
    });
    expect(fact.props).not.toHaveProperty('endDate');
    expect(fact.relationships).toEqual(
      expect.arrayContaining([
        { type: 'OF_AWARD', to: 'award:bang-khen' },
        { type: 'ON_BEHALF_OF', to: 'position:thu-tuong-chinh-phu' },
        { type: 'RECIPIENT', to: 'person:a' },
        { type: 'RECIPIENT', to: 'person:b' },
      ]),
    );
    expect(fact.relationships).toHaveLength(4);
  });

  it('a figure printed incompletely keeps its text and a null value', () => {
    const fact = deriveFact('figure:x', 'Figure', [
      claim('a', null, {
        id: 'f',
        kind: 'figure',
        figure: 'figure:x',
        metric: 'Tốc độ tăng trưởng',
        valueText: '16,%',
        value: null,
        unit: 'percent',
        about: 'place:tinh-bac-giang',
      }),
    ])!;
    expect(fact.props).toMatchObject({ metric: 'Tốc độ tăng trưởng', valueText: '16,%', value: null, unit: 'percent', disputed: [] });
    expect(fact.relationships).toEqual([{ type: 'ABOUT', to: 'place:tinh-bac-giang' }]);
  });

  it('a participation: its role, participant and event', () => {
    const participates = claim('a', null, {
      id: 'p',
      kind: 'participates',
      event: EVENT,
      participant: 'person:lai-thanh-son',
      role: 'SPEAKER',
    });
    const id = 'participation:ky-hop-thu-nhat--person-lai-thanh-son--speaker';
    expect(deriveFact(id, 'Participation', [participates])).toEqual({
      id,
      label: 'Participation',
      props: { id, role: 'SPEAKER' },
      relationships: [
        { type: 'PARTICIPANT', to: 'person:lai-thanh-son' },
        { type: 'AT_EVENT', to: EVENT },
      ],
      sources: [{ articleId: 'article:a', quote: 'a: p' }],
    });
  });
});

describe('deriveNames', () => {
  const name = (article: string, spelling: string, fields: Record<string, unknown> = {}) =>
    claim(article, null, { id: 'name', kind: 'name', entity: PERSON, name: spelling, ...fields });

  it('two spellings: both readings, the one with more sources first', () => {
    expect(deriveNames([name('a', 'Nguyễn Văn Á'), name('b', 'Nguyễn Văn A'), name('c', 'Nguyễn Văn A')])).toEqual([
      {
        name: 'Nguyễn Văn A',
        kind: 'name',
        rank: 'normal',
        sources: [
          { articleId: 'article:b', quote: 'b: name' },
          { articleId: 'article:c', quote: 'c: name' },
        ],
      },
      { name: 'Nguyễn Văn Á', kind: 'name', rank: 'normal', sources: [{ articleId: 'article:a', quote: 'a: name' }] },
    ]);
  });

  it('the preferred spelling first, whatever the number of sources', () => {
    const readings = deriveNames([name('a', 'Nguyễn Văn Á', { rank: 'preferred' }), name('b', 'Nguyễn Văn A'), name('c', 'Nguyễn Văn A')]);
    expect(readings.map((reading) => [reading.name, reading.rank, reading.sources.length])).toEqual([
      ['Nguyễn Văn Á', 'preferred', 1],
      ['Nguyễn Văn A', 'normal', 2],
    ]);
  });

  it('a spelling takes the best rank of its statements; aliases are apart from names', () => {
    const readings = deriveNames([
      name('a', 'Ba A'),
      name('b', 'Ba A', { rank: 'preferred' }),
      name('c', 'Ba A', { nameKind: 'alias' }),
      name('d', 'Nguyễn Văn A', { rank: 'deprecated' }),
    ]);
    expect(
      readings.map((reading) => [reading.name, reading.kind, reading.rank, reading.sources.map((source) => source.articleId)]),
    ).toEqual([
      ['Ba A', 'name', 'preferred', ['article:b', 'article:a']],
      ['Ba A', 'alias', 'normal', ['article:c']],
      ['Nguyễn Văn A', 'name', 'deprecated', ['article:d']],
    ]);
  });

  it('no name statement: no reading', () => {
    expect(deriveNames([])).toEqual([]);
  });
});

/** The claims of a validated load grouped by the fact they support, as the loader stores and reads them back. */
function claimsByFact(loadSet: LoadSet): Map<string, { label: string; claims: Claim[] }> {
  const facts = new Map<string, { label: string; claims: Claim[] }>();
  for (const article of loadSet.articles) {
    for (const statement of article.statements) {
      const fact = supportedFact(statement);
      if (!fact) continue;
      const entry = facts.get(fact.id) ?? { label: fact.label, claims: [] };
      entry.claims.push({
        id: claimId(article.meta.id, statement.id),
        articleId: article.meta.id,
        publishedOn: article.meta.published?.slice(0, 10) ?? null,
        statement: JSON.parse(JSON.stringify(statement)) as Statement,
        rank: statement.rank ?? 'normal',
      });
      facts.set(fact.id, entry);
    }
  }
  return facts;
}

describe('deriveFact on the seed data', () => {
  it('the first seed article (frozen copy): its tenure, event, presentation and figure', () => {
    const fixtures = join(import.meta.dirname, '../fixtures/seed/load');
    const facts = claimsByFact(prepareLoad([join(fixtures, 'articles')], join(fixtures, 'registry')).loadSet);
    const derive = (id: string) => {
      const entry = facts.get(id);
      if (!entry) throw new Error(`no claim supports ${id}`);
      return deriveFact(id, entry.label, entry.claims)!;
    };
    const tenureOfSon = derive('tenure:lai-thanh-son--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang');
    expect({ ...tenureOfSon.props, readings: undefined }).toEqual({
      id: 'tenure:lai-thanh-son--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
      startDate: null,
      endDate: null,
      attestedOn: '2019-01-11',
      term: null,
      acting: false,
      disputed: false,
      certainFrom: '2019-01-11',
      certainTo: '2019-01-11',
      possibleFrom: '2014-01-11',
      possibleTo: '2024-01-11',
      possibleFromReason: null,
      possibleToReason: null,
      readings: undefined,
    });
    expect(readingsOf(tenureOfSon)).toEqual([
      expect.objectContaining({
        side: 'attested',
        claimId: 'claim:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018/lai-thanh-son-pho-chu-tich-thuong-truc',
      }),
    ]);

    const conference = derive('event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang');
    expect(conference.props).toMatchObject({
      date: '2019-01-11',
      datePrecision: 'day',
      category: 'conference',
      partOfDay: 'afternoon',
      disputed: [],
    });
    expect(conference.props.dateInferred).toContain('the year is that of the publication date');
    expect(conference.relationships).toEqual([{ type: 'ORGANIZED_BY', to: 'org:van-phong-ubnd-tinh-bac-giang' }]);

    const presentation = derive(
      'presentation:bang-khen-thu-tuong-chinh-phu--hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang',
    );
    expect(presentation.props).toMatchObject({
      recipientCount: 2,
      recipientDescription: 'hai cá nhân có thành tích xuất sắc',
      date: '2019-01-11',
    });
    expect(presentation.relationships).not.toContainEqual(expect.objectContaining({ type: 'RECIPIENT' }));
    expect(presentation.relationships).toContainEqual({ type: 'ON_BEHALF_OF', to: 'position:thu-tuong-chinh-phu' });

    expect(derive('figure:toc-do-tang-truong-kinh-te-tinh-bac-giang-2018').props).toMatchObject({
      valueText: '16,%',
      value: null,
      unit: 'percent',
    });
  });

  it("every fact of seed/ derives, and each tenure's certain days lie within its possible days", () => {
    const facts = claimsByFact(prepareLoad([DEFAULT_ARTICLES_DIR]).loadSet);
    expect(facts.size).toBeGreaterThan(0);
    for (const [id, { label, claims }] of facts) {
      const fact = deriveFact(id, label, claims);
      expect(fact, id).toBeDefined();
      if (label !== 'Tenure') continue;
      const { startDate, endDate, attestedOn, certainFrom, certainTo, possibleFrom, possibleTo } = fact!.props as Record<
        string,
        string | null
      >;
      const ordered = (dates: (string | null)[]) => {
        const known = dates.filter((date): date is string => date !== null);
        expect(known, id).toEqual([...known].sort());
      };
      ordered([possibleFrom ?? null, startDate ?? null, endDate ?? null, possibleTo ?? null]);
      ordered([possibleFrom ?? null, certainFrom ?? null, certainTo ?? null, possibleTo ?? null]);
      ordered([possibleFrom ?? null, attestedOn ?? null, possibleTo ?? null]);
      expect(certainFrom === null, id).toBe(certainTo === null);
    }
  });
});
