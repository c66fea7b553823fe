import { describe, expect, it } from 'vitest';
import { acceptanceRate, canonicalJson, decide, decisionColumns } from '../../src/review/decisions.js';

const holds = { id: 'holds-1', kind: 'holds', person: 'person:a', position: 'position:b', quotes: ['Ông A giữ chức B.'] };
const name = { id: 'name-1', kind: 'name', entity: 'person:a', name: 'A', quotes: ['Ông A giữ chức B.'] };
const event = { id: 'event-1', kind: 'event', name: 'Hội nghị', quotes: ['Hội nghị.'] };

describe('what an editor decided of a draft', () => {
  it('tells kept, edited, rejected and added statements apart, by id and value', () => {
    const drafted = [
      { statement: holds, rule: 'holds.title-name' },
      { statement: name, rule: 'name.person' },
      { statement: event, rule: 'event.meeting' },
    ];
    // Keys in another order are the same statement; a corrected date is an edit; a statement of a new id is added.
    const submitted = [
      { quotes: ['Ông A giữ chức B.'], position: 'position:b', person: 'person:a', kind: 'holds', id: 'holds-1' },
      { ...name, name: 'Nguyễn A' },
      { id: 'holds-9', kind: 'holds', person: 'person:c', position: 'position:b', quotes: ['Bà C.'] },
    ];
    expect(decide(drafted, submitted)).toEqual([
      { statement: 'holds-1', kind: 'holds', rule: 'holds.title-name', origin: 'UNCHANGED' },
      { statement: 'name-1', kind: 'name', rule: 'name.person', origin: 'EDITED' },
      { statement: 'event-1', kind: 'event', rule: 'event.meeting', origin: 'REJECTED' },
      { statement: 'holds-9', kind: 'holds', rule: null, origin: 'ADDED' },
    ]);
  });

  it('stores the decisions as lists Neo4j can hold, without null', () => {
    const columns = decisionColumns([{ statement: 'holds-9', kind: 'holds', rule: null, origin: 'ADDED' }]);
    expect(columns).toEqual({ statements: ['holds-9'], kinds: ['holds'], rules: [''], origins: ['ADDED'] });
  });

  it('counts the acceptance rate over what the extractor drafted, not what editors added', () => {
    expect(acceptanceRate({ unchanged: 3, edited: 1, rejected: 0 })).toBe(0.75);
    expect(acceptanceRate({ unchanged: 0, edited: 0, rejected: 0 })).toBeNull();
  });

  it('compares values whatever the order of their keys, and leaves undefined fields out', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: undefined })).toBe('{"b":[1,{"c":2,"d":1}]}');
  });
});
