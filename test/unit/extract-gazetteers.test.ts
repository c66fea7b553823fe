import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/extract/gazetteer.js';
import { SLUG } from '../../src/statements/format.js';

/** The gazetteers are data that others edit: what they refer to must exist, so that a new line cannot break a draft. */
describe('gazetteers', () => {
  const roles = new Set(GAZETTEER.roles.map((role) => role.key));
  const bodies = new Set(GAZETTEER.bodies.map((body) => body.key));
  const national = new Set(GAZETTEER.national.map((title) => title.key));

  it('compound titles name roles and bodies that exist', () => {
    for (const compound of GAZETTEER.compoundByVariant.values())
      expect([compound.role, roles.has(compound.role), compound.body, bodies.has(compound.body)]).toEqual([
        compound.role,
        true,
        compound.body,
        true,
      ]);
  });

  it('national titles belong to organizations that exist, and awards are conferred by national titles that exist', () => {
    for (const title of GAZETTEER.national)
      expect([title.key, GAZETTEER.nationalOrganizations.has(title.organization)]).toEqual([title.key, true]);
    for (const award of GAZETTEER.awards)
      if (award.conferrer) expect([award.key, national.has(award.conferrer)]).toEqual([award.key, true]);
  });

  it('keys are slugs, so that ids built from them are valid', () => {
    const keys = [
      ...roles,
      ...bodies,
      ...national,
      ...GAZETTEER.awards.map((award) => award.key),
      ...GAZETTEER.provinces.map((province) => province.slug),
    ];
    expect(keys.filter((key) => !SLUG.test(key))).toEqual([]);
  });

  it('no variant is claimed by two entries of one list', () => {
    const variants = GAZETTEER.roles.flatMap((role) => [role.title, ...role.variants].map((variant) => variant.toLowerCase()));
    expect(variants.length).toBe(new Set(variants).size);
  });
});
