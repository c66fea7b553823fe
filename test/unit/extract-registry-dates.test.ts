import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/extract.js';
import { addEntry, emptyRegistry, entryOn, reorganizationsOf, type Registry } from '../../src/extract/registry.js';

/**
 * A made-up registry: Hà Giang's People's Council and People's Committee before a reorganization that, from
 * 2025-07-01, replaced the province with one of the same name; and the bodies and posts of both. The later bodies
 * come last in the files and the earlier first, so that neither file order decides.
 */
function registry(): Registry {
  const made = emptyRegistry();
  addEntry(made, 'places', { id: 'place:tinh-ha-giang', name: 'Hà Giang', kind: 'province' });
  addEntry(made, 'places', { id: 'place:tinh-ha-giang-2025', name: 'Hà Giang', kind: 'province' });
  for (const [id, place] of [
    ['org:hdnd-tinh-ha-giang', 'place:tinh-ha-giang'],
    ['org:hdnd-tinh-ha-giang-2025', 'place:tinh-ha-giang-2025'],
  ] as const)
    addEntry(made, 'organizations', {
      id,
      name: 'HĐND tỉnh Hà Giang',
      classification: 'peoples-council',
      level: 'provincial',
      jurisdiction: place,
    });
  // Posts: the later first in file order, the other way round from the bodies.
  for (const [id, organization] of [
    ['position:chu-tich-hdnd-tinh-ha-giang-2025', 'org:hdnd-tinh-ha-giang-2025'],
    ['position:chu-tich-hdnd-tinh-ha-giang', 'org:hdnd-tinh-ha-giang'],
  ] as const)
    addEntry(made, 'positions', { id, title: 'Chủ tịch HĐND tỉnh', organization });
  made.reorganizations = reorganizationsOf([
    // Two statements of one reorganization: one lists the bodies and gives no date, the other dates it.
    {
      kind: 'reorganizes',
      reorganization: 'reorganization:ha-giang-2025',
      replaced: ['place:tinh-ha-giang'],
      formed: ['org:hdnd-tinh-ha-giang-2025'],
    },
    {
      kind: 'reorganizes',
      reorganization: 'reorganization:ha-giang-2025',
      date: { value: '2025-07-01', inferred: 'made up' },
      formed: ['place:tinh-ha-giang-2025'],
    },
    { kind: 'reorganizes', reorganization: 'reorganization:undated', formed: ['org:hdnd-tinh-ha-giang'] },
  ]);
  return made;
}

const text = 'Sáng 10/12, HĐND tỉnh Hà Giang tổ chức kỳ họp thứ 20. Ông Nguyễn Văn Bình, Chủ tịch HĐND tỉnh Hà Giang, chủ trì kỳ họp.';

function linked(published: string | null) {
  const meta = { id: 'article:made-up', title: null, publisher: null, published, url: null, textFile: 'made-up.txt' };
  const statements = extract({ text, registry: registry(), meta }).draft.statements;
  const json = JSON.stringify(statements);
  return {
    organizations: [...new Set(json.match(/org:hdnd-tinh-ha-giang[-0-9]*/g))],
    positions: [...new Set(json.match(/position:chu-tich-hdnd-tinh-ha-giang[-0-9]*/g))],
  };
}

describe('bodies of one name told apart by the article’s date', () => {
  it('reads one reorganization from all its statements, dated by the one that gives a date; an undated one is left out', () => {
    expect(registry().reorganizations).toEqual([
      { date: '2025-07-01', formed: ['org:hdnd-tinh-ha-giang-2025', 'place:tinh-ha-giang-2025'], replaced: ['place:tinh-ha-giang'] },
    ]);
  });

  it('an article of 2024 links the body and the post that existed then, an article of 2025 after the reorganization the new ones', () => {
    expect(linked('2024-12-11')).toEqual({
      organizations: ['org:hdnd-tinh-ha-giang'],
      positions: ['position:chu-tich-hdnd-tinh-ha-giang'],
    });
    expect(linked('2025-12-11')).toEqual({
      organizations: ['org:hdnd-tinh-ha-giang-2025'],
      positions: ['position:chu-tich-hdnd-tinh-ha-giang-2025'],
    });
  });

  it('the day before the reorganization is the former body’s; a year alone that the reorganization falls in decides nothing', () => {
    const made = registry();
    const [before, after] = ['org:hdnd-tinh-ha-giang', 'org:hdnd-tinh-ha-giang-2025'].map((id) => made.byId.get(id)!);
    expect(entryOn(made, [after!, before!], '2025-06-30').id).toBe('org:hdnd-tinh-ha-giang');
    expect(entryOn(made, [before!, after!], '2025-07-01').id).toBe('org:hdnd-tinh-ha-giang-2025');
    expect(entryOn(made, [after!, before!], '2025').id).toBe('org:hdnd-tinh-ha-giang-2025');
    expect(entryOn(made, [after!, before!], undefined).id).toBe('org:hdnd-tinh-ha-giang-2025');
  });
});
