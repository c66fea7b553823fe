/**
 * The registry as the extractor and the evaluation see it: entries by id, and keys under which a mention and an
 * entry are the same thing whatever their ids: a person by folded name (and aliases), a position by its role, body
 * and province ("chu-tich|ubnd|bac-giang") or national key, an organization by body and province, an award by its
 * gazetteer key. Two registries (the seed's and an annotator's) are compared through these keys.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldText } from '../text/fold.js';
import { REGISTRY_COLLECTIONS } from '../statements/format.js';
import { GAZETTEER, PATTERNS } from './gazetteer.js';
import { localityAt, type Locality } from './scan/localities.js';
import { scanTitles } from './scan/titles.js';
import { foldAligned } from './text.js';

export interface Entry {
  id: string;
  [field: string]: unknown;
}

/** A dated reorganization as the graph reads it: the day (ISO, at its precision) it formed and replaced entities. */
export interface Reorganization {
  date: string;
  formed: string[];
  replaced: string[];
}

export interface Registry {
  /** By collection (people, positions…), in file order. */
  collections: Map<string, Entry[]>;
  byId: Map<string, Entry>;
  /** The dated reorganizations the articles beside the registry state: when bodies of one name began and ended. */
  reorganizations?: Reorganization[];
}

export function emptyRegistry(): Registry {
  return { collections: new Map(Object.keys(REGISTRY_COLLECTIONS).map((collection) => [collection, []])), byId: new Map() };
}

/**
 * Reads a registry folder (missing collections are empty), and the reorganizations stated by the articles of the
 * folder beside it (seed/registry and seed/articles): the registry itself holds no lifetimes, the graph has them
 * from these statements.
 */
export function readRegistryDir(dir: string, articlesDir = join(dir, '..', 'articles')): Registry {
  const registry = emptyRegistry();
  for (const collection of Object.keys(REGISTRY_COLLECTIONS)) {
    const file = join(dir, `${collection}.json`);
    if (!existsSync(file)) continue;
    const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entities: Entry[] }).entities;
    for (const entry of entries) addEntry(registry, collection, entry);
  }
  if (existsSync(articlesDir)) {
    const statements = readdirSync(articlesDir)
      .filter((file) => file.endsWith('.json'))
      .flatMap(
        (file) =>
          (JSON.parse(readFileSync(join(articlesDir, file), 'utf8')) as { statements?: Record<string, unknown>[] }).statements ?? [],
      );
    registry.reorganizations = reorganizationsOf(statements);
  }
  return registry;
}

/**
 * The reorganizations of statements of kind "reorganizes", one per reorganization id as the graph derives it: the
 * entities every statement of it forms or replaces, on the date one of them gives (undated ones are left out, as
 * the graph's post lifetimes leave them out).
 */
export function reorganizationsOf(statements: readonly Record<string, unknown>[]): Reorganization[] {
  const byId = new Map<string, { date?: string; formed: Set<string>; replaced: Set<string> }>();
  for (const statement of statements) {
    if (statement.kind !== 'reorganizes') continue;
    const id = str(statement.reorganization);
    const item = byId.get(id) ?? { formed: new Set<string>(), replaced: new Set<string>() };
    byId.set(id, item);
    const date =
      typeof statement.date === 'object' && statement.date !== null ? (statement.date as { value?: unknown }).value : statement.date;
    if (typeof date === 'string' && (item.date === undefined || date.length > item.date.length)) item.date = date;
    for (const formed of (statement.formed as string[] | undefined) ?? []) item.formed.add(formed);
    for (const replaced of (statement.replaced as string[] | undefined) ?? []) item.replaced.add(replaced);
  }
  return [...byId.values()].flatMap(({ date, formed, replaced }) =>
    date === undefined ? [] : [{ date, formed: [...formed], replaced: [...replaced] }],
  );
}

/** When an organization or a post existed: from the day a reorganization formed it, until the day one replaced it. */
export interface Lifetime {
  formed?: string;
  replaced?: string;
}

/**
 * An organization's or a post's lifetime, as src/db/cypher/posts.ts reads a post's: it, its body and the territory
 * the body governs all existed, from the latest reorganization that formed one of them until the earliest that
 * replaced one. Undefined when no reorganization dates them.
 */
function lifetimeOf(registry: Registry, entry: Entry): Lifetime | undefined {
  const organization = entry.organization === undefined ? entry : registry.byId.get(str(entry.organization));
  const parts = new Set([entry.id, organization?.id, str(organization?.jurisdiction) || undefined]);
  let lifetime: Lifetime | undefined;
  for (const { date, formed, replaced } of registry.reorganizations ?? []) {
    if (formed.some((id) => parts.has(id))) {
      lifetime ??= {};
      if (lifetime.formed === undefined || date > lifetime.formed) lifetime.formed = date;
    }
    if (replaced.some((id) => parts.has(id))) {
      lifetime ??= {};
      if (lifetime.replaced === undefined || date < lifetime.replaced) lifetime.replaced = date;
    }
  }
  return lifetime;
}

/** Whether a lifetime holds a day (ISO, at any precision); unknown without one. */
function holds(lifetime: Lifetime | undefined, day: string): boolean | undefined {
  if (!lifetime) return undefined;
  return (
    !(lifetime.formed !== undefined && lifetime.formed.slice(0, day.length) > day) &&
    !(lifetime.replaced !== undefined && lifetime.replaced <= day)
  );
}

interface Namesake {
  entry: Entry;
  lifetime: Lifetime | undefined;
}

/** Of namesakes, the one whose lifetime holds the day; else one whose lifetime is unknown; else the first. */
function namesakeOn(namesakes: readonly Namesake[], day: string | undefined): Entry {
  if (day === undefined) return namesakes[0]!.entry;
  return (
    namesakes.find(({ lifetime }) => holds(lifetime, day) === true) ??
    namesakes.find(({ lifetime }) => lifetime === undefined) ??
    namesakes[0]!
  ).entry;
}

/**
 * Of entries under one key (two bodies of one name, before and after a reorganization), the one that existed on the
 * article's day; without a day, or when the reorganizations tell none apart, the first in file order.
 */
export function entryOn(registry: Registry, candidates: readonly Entry[], day: string | undefined): Entry {
  return namesakeOn(
    candidates.map((entry) => ({ entry, lifetime: lifetimeOf(registry, entry) })),
    day,
  );
}

export function addEntry(registry: Registry, collection: string, entry: Entry): void {
  registry.collections.get(collection)!.push(entry);
  registry.byId.set(entry.id, entry);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Each variant's pattern, compiled once: names are looked up for every post and organization of every draft. */
const PROVINCE_VARIANTS = [...GAZETTEER.provinceByVariant].map(
  ([variant, province]) => [new RegExp(`(?<![a-z])${variant.replace(/ /g, '\\s+')}(?![a-z])`), province.slug] as const,
);

function provinceIn(text: string): string | undefined {
  const folded = foldText(text);
  return PROVINCE_VARIANTS.find(([pattern]) => pattern.test(folded))?.[1];
}

/** The province of a place: its own name for a province, else its parent's ("Vạn Ninh" is in Khánh Hòa). */
function provinceOfPlace(registry: Registry, id: string | undefined, depth = 0): string | undefined {
  const place = id === undefined ? undefined : registry.byId.get(id);
  if (!place || depth > 3) return undefined;
  // A city's place may be named without its word ("Hồ Chí Minh"), which the gazetteer knows only with it ("TP Hồ Chí Minh").
  const own =
    place.kind === 'province' || place.kind === 'city' || place.kind === undefined
      ? (provinceIn(str(place.name)) ?? provinceIn(`Thành phố ${str(place.name)}`))
      : undefined;
  return own ?? provinceOfPlace(registry, str(place.parent) || undefined, depth + 1);
}

/** The province of an organization: its jurisdiction's, its name's, or its parent's. */
function provinceOfOrganization(registry: Registry, id: string | undefined, depth = 0): string | undefined {
  const organization = id === undefined ? undefined : registry.byId.get(id);
  if (!organization || depth > 3) return undefined;
  return (
    provinceOfPlace(registry, str(organization.jurisdiction) || undefined) ??
    provinceIn(str(organization.name)) ??
    provinceOfOrganization(registry, str(organization.parent) || undefined, depth + 1)
  );
}

const LOCALITY_WORD = new RegExp(`(?<![a-z])(?:${PATTERNS.localityWord})(?![a-z])`, 'g');

/** The locality an organization's name gives ("UBND huyện Vạn Ninh", "Huyện ủy Lâm Hà"), for posts whose title omits it. */
function localityOfName(name: string): Locality | undefined {
  const text = name.normalize('NFC');
  const folded = foldAligned(text);
  for (const [variant, body] of GAZETTEER.bodyByVariant)
    if (body.localKind && folded.startsWith(`${variant} `)) return localityAt(text, folded, variant.length, body.localKind);
  for (const match of folded.matchAll(LOCALITY_WORD)) {
    const locality = localityAt(text, folded, match.index);
    if (locality) return locality;
  }
  return undefined;
}

/** A position's key: role|body|province, or national:<key>; `raw:<folded title and body>` for titles the gazetteer lacks. */
export function positionKey(registry: Registry, position: Entry): string {
  const organization = registry.byId.get(str(position.organization));
  const title = str(position.title);
  const text = `${title} ${str(organization?.name)}`.normalize('NFC');
  const mentions = scanTitles(text, foldAligned(text)).filter((mention) => mention.start < title.length);
  const mention = mentions[0];
  if (!mention) return `raw:${foldText(text)}`;
  if (mention.national) return mention.key;
  const province = mention.province ?? provinceOfOrganization(registry, str(position.organization)) ?? '?';
  // A locality read past the title is read in the organization's name, which begins with the body again ("Ủy viên
  // Thành ủy" + "Thành ủy Hà Nội" would make "Thành" a city): the name's own locality is the post's.
  // So is a locality's body whose title does not print it ("Chủ tịch UBND" of "UBND quận Thủ Đức", level district).
  const ownLocality = mention.locality && mention.end <= title.length ? mention.locality : undefined;
  const local = mention.unreadable || mention.locality || organization?.level === 'district' || organization?.level === 'commune';
  const locality = ownLocality ?? (local ? localityOfName(str(organization?.name)) : undefined);
  return `${mention.role}|${mention.body}|${province}${locality ? `|${locality.slug}` : ''}`;
}

/** An organization's key: a body of the gazetteer and its province ("ubnd|bac-giang"), a national body's key, else its folded name. */
export function organizationKey(organization: Entry): string {
  const name = foldText(str(organization.name));
  const national = GAZETTEER.nationalOrganizationByName.get(name);
  if (national) return `national:${national.key}`;
  const body = [...GAZETTEER.bodyByVariant.entries()]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([variant]) => name.startsWith(`${variant} `) || name === variant);
  const province = provinceIn(name);
  return body && province ? `${body[1].key}|${province}` : `raw:${name}`;
}

/** An award's key: the gazetteer's, else its folded name. */
export function awardKey(award: Entry): string {
  const name = foldText(str(award.name));
  return GAZETTEER.awardByVariant.get(name)?.key ?? `raw:${name}`;
}

/** The folded names of a person (name and aliases). */
export function personNames(person: Entry): string[] {
  const aliases = Array.isArray(person.aliases) ? (person.aliases as string[]) : [];
  return [str(person.name), ...aliases].filter(Boolean).map(foldText);
}

/** Indexes for linking mentions. */
export interface RegistryIndex {
  registry: Registry;
  peopleByName: Map<string, Entry[]>;
  positionsByKey: Map<string, Entry>;
  awardsByKey: Map<string, Entry>;
  organizationsByName: Map<string, Entry>;
  placesByProvince: Map<string, Entry>;
  /**
   * Keys of positionsByKey and organizationsByName under which several entries are, one of them dated by a
   * reorganization (before and after it), with their lifetimes: computed once, chosen from per article.
   */
  namesakes: { positions: Map<string, Namesake[]>; organizations: Map<string, Namesake[]> };
}

/** Entries by key, in file order. */
function byKey(entries: readonly Entry[], key: (entry: Entry) => string): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const entry of entries) map.set(key(entry), [...(map.get(key(entry)) ?? []), entry]);
  return map;
}

/** The keys of several entries, one of them dated, with their lifetimes. */
function datedNamesakes(registry: Registry, map: Map<string, Entry[]>): Map<string, Namesake[]> {
  const namesakes = new Map<string, Namesake[]>();
  for (const [key, entries] of map) {
    if (entries.length < 2) continue;
    const dated = entries.map((entry) => ({ entry, lifetime: lifetimeOf(registry, entry) }));
    if (dated.some(({ lifetime }) => lifetime !== undefined)) namesakes.set(key, dated);
  }
  return namesakes;
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const peopleByName = new Map<string, Entry[]>();
  for (const person of registry.collections.get('people') ?? []) {
    for (const name of new Set(personNames(person))) peopleByName.set(name, [...(peopleByName.get(name) ?? []), person]);
  }
  const positions = byKey(registry.collections.get('positions') ?? [], (position) => positionKey(registry, position));
  const organizations = byKey(registry.collections.get('organizations') ?? [], (organization) => foldText(str(organization.name)));
  const awardsByKey = new Map<string, Entry>();
  for (const award of registry.collections.get('awards') ?? [])
    if (!awardsByKey.has(awardKey(award))) awardsByKey.set(awardKey(award), award);
  const placesByProvince = new Map<string, Entry>();
  for (const place of registry.collections.get('places') ?? []) {
    const province = provinceIn(str(place.name));
    if (province && (place.kind === 'province' || place.kind === 'city' || place.kind === undefined) && !placesByProvince.has(province))
      placesByProvince.set(province, place);
  }
  return {
    registry,
    peopleByName,
    positionsByKey: new Map([...positions].map(([key, entries]) => [key, entries[0]!])),
    awardsByKey,
    organizationsByName: new Map([...organizations].map(([key, entries]) => [key, entries[0]!])),
    placesByProvince,
    namesakes: { positions: datedNamesakes(registry, positions), organizations: datedNamesakes(registry, organizations) },
  };
}

/**
 * The index for an article of a day (ISO, at any precision): where several entries share a key, the one that
 * existed that day, for organizations and posts alike. The maps are copies a draft may add its proposals to; the
 * caller gives the registry copy they go with.
 */
export function indexOn(index: RegistryIndex, day: string | undefined): Omit<RegistryIndex, 'registry'> {
  const choose = (map: Map<string, Entry>, namesakes: Map<string, Namesake[]>) => {
    const copy = new Map(map);
    for (const [key, dated] of namesakes) copy.set(key, namesakeOn(dated, day));
    return copy;
  };
  return {
    peopleByName: index.peopleByName,
    namesakes: index.namesakes,
    positionsByKey: choose(index.positionsByKey, index.namesakes.positions),
    awardsByKey: new Map(index.awardsByKey),
    organizationsByName: choose(index.organizationsByName, index.namesakes.organizations),
    placesByProvince: new Map(index.placesByProvince),
  };
}
