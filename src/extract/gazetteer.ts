/**
 * The gazetteers (src/extract/gazetteers/*.json): titles, bodies, provinces, awards, family names and number words,
 * kept as data so that they grow without touching code, and compiled here once into folded lookups and patterns.
 */
import { readFileSync } from 'node:fs';
import { foldText } from '../text/fold.js';
import { alternation, escapeRegExp, slugify } from './text.js';

const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`./gazetteers/${name}.json`, import.meta.url), 'utf8')) as T;

export interface Role {
  key: string;
  title: string;
  en: string;
  variants: string[];
  /** Also a common noun of the body's members: after a count or "các" ("50 đại biểu HĐND", "các đại biểu HĐND tỉnh") it names no post. */
  countable?: boolean;
}
/** The registry's role of a post (seed/registry/roles.json), where the registry knows one: "role:thu-truong". */
interface WithRegistryRole {
  registryRole?: string;
}
export interface National extends WithRegistryRole {
  key: string;
  title: string;
  en: string;
  organization: string;
  variants: string[];
}
export interface NationalOrganization {
  key: string;
  name: string;
  en: string;
  classification: string;
  /** Abbreviations and other spellings ("Tổng LĐLĐ Việt Nam"). */
  variants?: string[];
}
/** A role in any national organization ("Thứ trưởng", "Phó Trưởng"): with the organization, a national title. */
export interface NationalRole extends WithRegistryRole {
  key: string;
  title: string;
  en: string;
}
export interface Body {
  key: string;
  short: string;
  name: string;
  en: string;
  classification: string;
  variants: string[];
  /** "Tỉnh ủy" already says "tỉnh"; "Sở Tư pháp" is not followed by it. */
  includesProvinceWord?: boolean;
  /**
   * How a centrally governed city names the body ("Ban Tổ chức Thành ủy"): the same body, of a city that is a
   * province only ("Ban Tổ chức Thành ủy Vinh" is a city's of a province, which these do not name).
   */
  cityVariants?: string[];
  noProvinceWord?: boolean;
  /** How the body of a district, city or commune is named before the locality ("UBND" of "UBND huyện Vạn Ninh"). */
  localName?: string;
  /** The kind of locality whose body this is, its name right after ("Huyện ủy Vạn Ninh"). */
  localKind?: string;
  /** The registry's role of each role of the body at the province's level: "chu-tich" of UBND is "role:chu-tich-ubnd-tinh". */
  registryRoles?: Record<string, string>;
  /** The same at a district's level (a district, a town, a city under a province). */
  localRegistryRoles?: Record<string, string>;
}
/** A kind of locality below a province ("huyện", "TP", "thị xã"), with the registry's words for it. */
export interface LocalityKind {
  key: string;
  printed: string;
  variants: string[];
  placeKind: string;
  level: string;
  en: string;
}
export interface Province {
  name: string;
  slug: string;
  city?: boolean;
  variants?: string[];
}
export interface Award {
  key: string;
  name: string;
  en: string;
  conferrer?: string;
  variants: string[];
}

export interface Compound {
  role: string;
  body: string;
  variants: string[];
}
const titles = read<{
  former: string[];
  roles: Role[];
  national: National[];
  nationalOrganizations: NationalOrganization[];
  nationalRoles: NationalRole[];
  compounds: Compound[];
}>('titles');
const bodies = read<{ bodies: Body[] }>('bodies');
const provinces = read<{ provinces: Omit<Province, 'slug'>[] }>('provinces');
const awards = read<{ awards: Award[]; generic: Award[] }>('awards');
const names = read<{
  familyNames: string[];
  notNames: string[];
  honorifics: string[];
  notPersonBefore: string[];
  stopWords: string[];
  stopWhenFollowedBy: Record<string, string[]>;
}>('names');
const publishers = read<{ publishers: { match: string; province: string }[] }>('publishers');
const numbers = read<{ words: Record<string, number>; recipientNouns: string[] }>('numbers');
const dates = read<{ termOpeners: string[] }>('dates');
const localities = read<{ nameWords: string[]; kinds: LocalityKind[] }>('localities');
const organizations = read<{ heads: { words: string[]; classification: string }[]; nameStops: string[]; nameStopsAfterAnd: string[] }>(
  'organizations',
);
const events = read<{
  nouns: { noun: string; category: string }[];
  sessionQualifiers: string[];
  notAfter: string[];
  roles: Record<'CHAIR' | 'SPEAKER' | 'ATTENDEE', string[]>;
}>('events');

/** Maps each folded variant to its entry. */
function byVariant<T>(entries: readonly T[], variantsOf: (entry: T) => string[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) for (const variant of variantsOf(entry)) if (!map.has(foldText(variant))) map.set(foldText(variant), entry);
  return map;
}

/**
 * The compounds of a body a centrally governed city names otherwise ("Trưởng ban Tổ chức Thành ủy" beside "… Tỉnh
 * ủy"): derived from the body's cityVariants, so that each compound is written once.
 */
const cityCompoundVariants = (compound: Compound): string[] =>
  bodies.bodies.some((body) => body.key === compound.body && body.cityVariants)
    ? compound.variants.filter((variant) => variant.includes('Tỉnh ủy')).map((variant) => variant.replace('Tỉnh ủy', 'Thành ủy'))
    : [];
const compoundVariants = (compound: Compound): string[] => [...compound.variants, ...cityCompoundVariants(compound)];

const provinceList: Province[] = provinces.provinces.map((province) => ({ ...province, slug: slugify(province.name) }));

/**
 * Every national title: those listed whole, and each national role in each national organization ("Thứ trưởng" +
 * "Bộ Nội vụ" = thu-truong-bo-noi-vu), the listed ones winning where the keys coincide.
 */
function nationalTitles(): Map<string, National> {
  const all = new Map<string, National>();
  for (const role of titles.nationalRoles)
    for (const organization of titles.nationalOrganizations)
      all.set(`${role.key}-${organization.key}`, {
        key: `${role.key}-${organization.key}`,
        title: `${role.title} ${organization.name}`,
        en: `${role.en}, ${organization.en}`,
        organization: organization.key,
        variants: [],
        ...(role.registryRole ? { registryRole: role.registryRole } : {}),
      });
  for (const national of titles.national) all.set(national.key, national);
  return all;
}

export const GAZETTEER = {
  roles: titles.roles,
  national: titles.national,
  nationalOrganizations: new Map(titles.nationalOrganizations.map((organization) => [organization.key, organization])),
  bodies: bodies.bodies,
  provinces: provinceList,
  awards: awards.awards,
  genericAwards: awards.generic,
  roleByVariant: byVariant(titles.roles, (role) => [role.title, ...role.variants]),
  nationalByVariant: byVariant(titles.national, (national) => [national.title, ...national.variants]),
  compoundByVariant: byVariant(titles.compounds, compoundVariants),
  nationalByKey: nationalTitles(),
  nationalRoleByVariant: byVariant(titles.nationalRoles, (role) => [role.title]),
  nationalOrganizationByName: byVariant(titles.nationalOrganizations, (organization) => [
    organization.name,
    ...(organization.variants ?? []),
  ]),
  bodyByVariant: byVariant(bodies.bodies, (body) => [body.short, body.name, ...body.variants, ...(body.cityVariants ?? [])]),
  /** The folded variants of bodies that only a centrally governed city's article prints ("ban to chuc thanh uy"). */
  cityBodyVariants: new Set([
    ...bodies.bodies.flatMap((body) => (body.cityVariants ?? []).map(foldText)),
    ...titles.compounds.flatMap(cityCompoundVariants).map(foldText),
  ]),
  localityKinds: new Map(localities.kinds.map((kind) => [kind.key, kind])),
  /** Words of localities' names that are stop words of persons' ("Kỳ Anh", "Thủ Đức"), as printed (NFC). */
  localityNameWords: new Set(localities.nameWords.map((word) => word.normalize('NFC'))),
  organizationHeadsPrinted: organizations.heads.flatMap((head) => head.words),
  organizationNameStops: organizations.nameStops,
  organizationNameStopsAfterAnd: organizations.nameStopsAfterAnd,
  numberWordsPrinted: Object.keys(numbers.words),
  organizationHeadByVariant: new Map(
    organizations.heads.flatMap((head) => head.words.map((word) => [foldText(word), head.classification] as const)),
  ),
  eventCategoryByNoun: new Map(events.nouns.map((noun) => [foldText(noun.noun), noun.category])),
  /** Compared as printed: "đang" (a reference to an event going on) is not "Đảng" ("Đại hội Đảng bộ tỉnh"). */
  eventNotAfterPrinted: events.notAfter,
  /** Each role of a participation, with the pattern of its words (folded). */
  participationRoles: (Object.entries(events.roles) as ['CHAIR' | 'SPEAKER' | 'ATTENDEE', string[]][]).map(
    ([role, words]) => [role, new RegExp(`(?<![a-z])(?:${alternation(words)})(?![a-z])`), words[0]!] as const,
  ),
  localityKindByVariant: byVariant(localities.kinds, (kind) => kind.variants),
  provinceByVariant: byVariant(provinceList, (province) => [province.name, ...(province.variants ?? [])]),
  awardByVariant: byVariant(awards.awards, (award) => [award.name, ...award.variants]),
  awardByKey: new Map(awards.awards.map((award) => [award.key, award])),
  genericAwardByVariant: byVariant(awards.generic, (award) => [award.name, ...award.variants]),
  familyNames: new Set(names.familyNames.map(foldText)),
  familyNamesPrinted: names.familyNames.map((name) => name.normalize('NFC')),
  notNames: new Set(names.notNames.map(foldText)),
  /** Compared as printed (NFC): "Đảng" (the Party) and "Đặng" (a family name) fold alike. */
  stopWords: new Set(names.stopWords.map((word) => word.normalize('NFC'))),
  /** By the word as printed: the words after it, as printed, that make it a title's or a body's. */
  stopWhenFollowedBy: new Map(
    Object.entries(names.stopWhenFollowedBy).map(([word, after]) => [
      word.normalize('NFC'),
      new RegExp(
        `^[\\s\\u00a0]+(?:${after.map((words) => escapeRegExp(words.normalize('NFC')).replace(/ /g, '[\\s\\u00a0]+')).join('|')})(?![\\p{L}\\p{M}])`,
        'u',
      ),
    ]),
  ),
  honorifics: names.honorifics,
  numberWords: new Map(Object.entries(numbers.words).map(([word, value]) => [foldText(word), value])),
  recipientNouns: numbers.recipientNouns,
  former: titles.former,
  publishers: publishers.publishers.map((publisher) => ({
    match: foldText(publisher.match).replace(/[^a-z0-9]/g, ''),
    province: slugify(publisher.province),
  })),
};

/** Patterns over folded text. */
export const PATTERNS = {
  role: alternation(titles.roles.flatMap((role) => [role.title, ...role.variants])),
  national: alternation(titles.national.flatMap((national) => [national.title, ...national.variants])),
  nationalRole: alternation(titles.nationalRoles.map((role) => role.title)),
  nationalOrganization: alternation(
    titles.nationalOrganizations.flatMap((organization) => [organization.name, ...(organization.variants ?? [])]),
  ),
  compound: alternation(titles.compounds.flatMap(compoundVariants)),
  body: alternation(bodies.bodies.flatMap((body) => [body.short, body.name, ...body.variants, ...(body.cityVariants ?? [])])),
  province: alternation(provinceList.flatMap((province) => [province.name, ...(province.variants ?? [])])),
  /** The centrally governed cities: "TP Hải Phòng" is the province, "TP Thái Nguyên" a city of one. */
  cityProvince: alternation(
    provinceList.filter((province) => province.city).flatMap((province) => [province.name, ...(province.variants ?? [])]),
  ),
  award: alternation(awards.awards.flatMap((award) => [award.name, ...award.variants])),
  genericAward: alternation(awards.generic.flatMap((award) => [award.name, ...award.variants])),
  honorific: alternation(names.honorifics),
  notPersonBefore: alternation(names.notPersonBefore),
  numberWord: alternation(Object.keys(numbers.words)),
  recipientNoun: alternation(numbers.recipientNouns),
  former: alternation(titles.former),
  termOpener: alternation(dates.termOpeners),
  localityWord: alternation(localities.kinds.flatMap((kind) => kind.variants)),
  eventNoun: alternation(events.nouns.map((noun) => noun.noun)),
  organizationHead: alternation(organizations.heads.flatMap((head) => head.words)),
  organizationNameStop: alternation(organizations.nameStops),
  sessionQualifier: alternation(events.sessionQualifiers),
};
