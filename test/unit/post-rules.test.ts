/**
 * What a post's tenures tell about each other (src/statements/posts.ts), on tenures built by hand: a successor's
 * certain start closing the predecessor's possible term (also when both happen at one session), a predecessor's
 * certain end opening the successor's, a post that begins or ends with a reorganization, and evidence that wins over
 * each rule. No database.
 */
import { describe, expect, it } from 'vitest';
import type { DerivedFact } from '../../src/statements/derive.js';
import { applyPostRules } from '../../src/statements/posts.js';
import { postContextOf } from '../../src/statements/store.js';

interface Days {
  certainFrom?: string;
  certainTo?: string;
  possibleFrom: string;
  possibleTo: string;
  /** The first and last day of evidence; a stated start or end. */
  first?: string;
  last?: string;
  startStated?: boolean;
  endStated?: boolean;
}

function tenure(person: string, days: Days): DerivedFact {
  const { first, last, startStated = false, endStated = false, ...props } = days;
  return {
    id: `tenure:${person}--chu-tich`,
    label: 'Tenure',
    props: { certainFrom: null, certainTo: null, ...props },
    relationships: [{ type: 'HELD_BY', to: `person:${person}` }],
    sources: [],
    evidence: { first, last, startStated, endStated },
  };
}

const daysOf = (fact: DerivedFact) => {
  const { possibleFrom, possibleTo, possibleFromReason, possibleToReason } = fact.props;
  return { possibleFrom, possibleTo, possibleFromReason, possibleToReason };
};

/** Dismissed and succeeded at one session: the predecessor's last evidence is the successor's first certain day. */
const PREDECESSOR: Days = { possibleFrom: '2014-06-01', possibleTo: '2024-06-01', first: '2016-06-28', last: '2019-07-05' };
const SUCCESSOR: Days = {
  certainFrom: '2019-07-05',
  certainTo: '2020-10-31',
  possibleFrom: '2014-10-31',
  possibleTo: '2025-10-31',
  first: '2019-07-05',
  last: '2020-10-31',
};

describe('a post held by one person at a time', () => {
  const predecessor = tenure('cu', PREDECESSOR);
  const successor = tenure('moi', SUCCESSOR);

  it("closes the predecessor's possible term at the successor's certain start, the same day included", () => {
    const [before] = applyPostRules([predecessor, successor], { exclusive: true });
    expect(daysOf(before!)).toEqual({
      possibleFrom: '2014-06-01',
      possibleTo: '2019-07-05',
      possibleFromReason: null,
      possibleToReason: 'succeeded by person:moi, in office for certain from 2019-07-05',
    });
  });

  it("opens the successor's possible term at the predecessor's certain end, the same day included", () => {
    const ended = tenure('cu', {
      certainFrom: '2016-06-28',
      certainTo: '2019-07-05',
      possibleFrom: '2016-06-28',
      possibleTo: '2019-07-05',
    });
    const [, after] = applyPostRules([ended, successor], { exclusive: true });
    expect(daysOf(after!)).toMatchObject({
      possibleFrom: '2019-07-05',
      possibleFromReason: 'preceded by person:cu, in office for certain until 2019-07-05',
    });
  });

  it('leaves both as the sources say where they place two people in office at once', () => {
    const overlapping = tenure('cu', { possibleFrom: '2014-06-01', possibleTo: '2024-06-01', first: '2016-06-28', last: '2020-01-01' });
    const [before] = applyPostRules([overlapping, successor], { exclusive: true });
    expect(daysOf(before!)).toMatchObject({ possibleTo: '2024-06-01', possibleToReason: null });
  });

  it('tells nothing of the order of two tenures seen on one day only (dismissed and elected at one session, neither seen before)', () => {
    const dismissed = tenure('cu', {
      certainFrom: '2025-11-17',
      certainTo: '2025-11-17',
      possibleFrom: '2020-11-17',
      possibleTo: '2025-11-17',
      first: '2025-11-17',
      last: '2025-11-17',
      endStated: true,
    });
    const elected = tenure('moi', {
      certainFrom: '2025-11-17',
      certainTo: '2025-11-17',
      possibleFrom: '2025-11-17',
      possibleTo: '2030-11-17',
      first: '2025-11-17',
      last: '2025-11-17',
      startStated: true,
    });
    const [before, after] = applyPostRules([dismissed, elected], { exclusive: true });
    expect([before!.props.possibleFrom, after!.props.possibleTo]).toEqual(['2020-11-17', '2030-11-17']);
  });

  it('narrows nothing on a post that several hold at once (a vice chairman)', () => {
    const [before, after] = applyPostRules([predecessor, successor], { exclusive: false });
    expect([before!.props.possibleTo, after!.props.possibleFrom]).toEqual(['2024-06-01', '2014-10-31']);
  });
});

describe('a post that begins or ends with a reorganization', () => {
  const began = { on: '2025-07-01', reason: 'the post began when reorganization:x formed it' };
  const ended = { on: '2025-06-30', reason: 'the post ended when reorganization:x replaced it' };

  it('keeps an unstated start within the post and an unstated end within it too', () => {
    const seenOnce = tenure('a', { possibleFrom: '2020-09-05', possibleTo: '2030-09-05', first: '2025-09-05', last: '2025-09-05' });
    expect(daysOf(applyPostRules([seenOnce], { exclusive: false, began })[0]!)).toMatchObject({
      possibleFrom: '2025-07-01',
      possibleFromReason: began.reason,
    });
    const old = tenure('b', { possibleFrom: '2016-06-28', possibleTo: '2026-06-28', first: '2016-06-28', last: '2021-06-25' });
    expect(daysOf(applyPostRules([old], { exclusive: false, ended })[0]!)).toMatchObject({
      possibleTo: '2025-06-30',
      possibleToReason: ended.reason,
    });
  });

  it('leaves a start or an end a source states, and evidence beyond the post, as the sources say', () => {
    const stated = tenure('a', { possibleFrom: '2025-06-24', possibleTo: '2030-06-24', first: '2025-06-24', startStated: true });
    expect(applyPostRules([stated], { exclusive: false, began })[0]!.props.possibleFrom).toBe('2025-06-24');
    const earlier = tenure('b', { possibleFrom: '2020-06-30', possibleTo: '2030-06-30', first: '2025-06-30', last: '2025-06-30' });
    expect(applyPostRules([earlier], { exclusive: false, began })[0]!.props.possibleFrom).toBe('2020-06-30');
    const endStated = tenure('c', { possibleFrom: '2016-06-28', possibleTo: '2026-01-01', last: '2016-06-28', endStated: true });
    expect(applyPostRules([endStated], { exclusive: false, ended })[0]!.props.possibleTo).toBe('2026-01-01');
  });
});

describe('two holders who would each narrow a tenure to the same day', () => {
  const before = tenure('cu', PREDECESSOR);
  const rival = (person: string) => tenure(person, SUCCESSOR);

  it('names the same one whatever order the tenures come in: the first by id', () => {
    const reasons = [
      [before, rival('b'), rival('a')],
      [rival('a'), before, rival('b')],
      [rival('b'), rival('a'), before],
    ].map((tenures) => daysOf(applyPostRules(tenures, { exclusive: true }).find((fact) => fact.id === before.id)!).possibleToReason);
    expect(reasons).toEqual(Array(3).fill('succeeded by person:a, in office for certain from 2019-07-05'));
  });
});

describe("a post's bounds from the reorganizations of it, its body and their territory", () => {
  const change = (on: string, id: string) => ({ on, id: `reorganization:${id}`, decision: null });

  it('begins with the latest formation and ends the day before the earliest replacement, ties going to the first id', () => {
    const context = postContextOf({
      exclusive: true,
      formations: [change('2008-08-01', 'a'), change('2020-01-01', 'z'), change('2020-01-01', 'b')],
      replacements: [change('2025-07-01', 'y'), change('2025-07-01', 'c'), change('2030-01-01', 'd')],
    });
    expect(context).toEqual({
      exclusive: true,
      began: { on: '2020-01-01', reason: 'the post began when reorganization:b formed it, or its body or territory, on 2020-01-01' },
      ended: { on: '2025-06-30', reason: 'the post ended when reorganization:c replaced it, or its body or territory, from 2025-07-01' },
    });
  });

  it('knows nothing of a post the graph does not hold or no reorganization touched', () => {
    expect(postContextOf(undefined)).toEqual({ exclusive: false });
    expect(postContextOf({ exclusive: false, formations: [], replacements: [] })).toEqual({ exclusive: false });
  });
});
