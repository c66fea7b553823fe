import { describe, expect, it } from 'vitest';
import { GAZETTEER } from '../../src/extract/gazetteer.js';
import { SLUG, VOCABULARIES } from '../../src/statements/format.js';

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

/** The gazetteers issue 18 added: what they name must exist in the format's vocabularies and in each other. */
describe('gazetteers of posts, places, events and bodies', () => {
  it('every national role makes, with every national organization, a title whose key is a slug', () => {
    const keys = [...GAZETTEER.nationalByKey.keys()];
    expect(keys.filter((key) => !SLUG.test(key))).toEqual([]);
    expect(GAZETTEER.nationalByKey.get('pho-truong-ban-to-chuc-trung-uong')).toMatchObject({
      title: 'Phó Trưởng Ban Tổ chức Trung ương',
      organization: 'ban-to-chuc-trung-uong',
    });
    // A title listed whole keeps its own words where a combination gives the same key.
    expect(GAZETTEER.nationalByKey.get('thu-tuong-chinh-phu')?.title).toBe('Thủ tướng Chính phủ');
  });

  it("localities are kinds of the registry's places and levels of its organizations", () => {
    for (const kind of GAZETTEER.localityKinds.values()) {
      expect(VOCABULARIES['Place.kind']).toContain(kind.placeKind);
      expect(VOCABULARIES['Organization.level']).toContain(kind.level);
    }
    for (const body of GAZETTEER.bodies) if (body.localKind) expect(GAZETTEER.localityKinds.has(body.localKind)).toBe(true);
  });

  it("event nouns give the format's categories, and words of participation its roles", () => {
    for (const category of GAZETTEER.eventCategoryByNoun.values()) expect(VOCABULARIES['Event.category']).toContain(category);
    for (const [role] of GAZETTEER.participationRoles) expect(VOCABULARIES['Participation.role']).toContain(role);
  });

  it('the heads of bodies by name are claimed once each', () => {
    const heads = GAZETTEER.organizationHeadsPrinted.map((head) => head.toLowerCase());
    expect(heads.length).toBe(new Set(heads).size);
  });
});
