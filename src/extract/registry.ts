/**
 * The registry as the extractor and the evaluation see it: entries by id, and keys under which a mention and an
 * entry are the same thing whatever their ids: a person by folded name (and aliases), a position by its role, body
 * and province ("chu-tich|ubnd|bac-giang") or national key, an organization by body and province, an award by its
 * gazetteer key. Two registries (the seed's and an annotator's) are compared through these keys.
 */
import { existsSync, readFileSync } from 'node:fs';
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

export interface Registry {
  /** By collection (people, positions…), in file order. */
  collections: Map<string, Entry[]>;
  byId: Map<string, Entry>;
}

export function emptyRegistry(): Registry {
  return { collections: new Map(Object.keys(REGISTRY_COLLECTIONS).map((collection) => [collection, []])), byId: new Map() };
}

/** Reads a registry folder (missing collections are empty). */
export function readRegistryDir(dir: string): Registry {
  const registry = emptyRegistry();
  for (const collection of Object.keys(REGISTRY_COLLECTIONS)) {
    const file = join(dir, `${collection}.json`);
    if (!existsSync(file)) continue;
    const entries = (JSON.parse(readFileSync(file, 'utf8')) as { entities: Entry[] }).entities;
    for (const entry of entries) addEntry(registry, collection, entry);
  }
  return registry;
}

export function addEntry(registry: Registry, collection: string, entry: Entry): void {
  registry.collections.get(collection)!.push(entry);
  registry.byId.set(entry.id, entry);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function provinceIn(text: string): string | undefined {
  const folded = foldText(text);
  for (const [variant, province] of GAZETTEER.provinceByVariant)
    if (new RegExp(`(?<![a-z])${variant.replace(/ /g, '\\s+')}(?![a-z])`).test(folded)) return province.slug;
  return undefined;
}

/** The province of a place: its own name for a province, else its parent's ("Vạn Ninh" is in Khánh Hòa). */
function provinceOfPlace(registry: Registry, id: string | undefined, depth = 0): string | undefined {
  const place = id === undefined ? undefined : registry.byId.get(id);
  if (!place || depth > 3) return undefined;
  const own = place.kind === 'province' || place.kind === 'city' || place.kind === undefined ? provinceIn(str(place.name)) : undefined;
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
  const locality = mention.locality ?? (mention.unreadable ? localityOfName(str(organization?.name)) : undefined);
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
}

export function indexRegistry(registry: Registry): RegistryIndex {
  const peopleByName = new Map<string, Entry[]>();
  for (const person of registry.collections.get('people') ?? []) {
    for (const name of new Set(personNames(person))) peopleByName.set(name, [...(peopleByName.get(name) ?? []), person]);
  }
  const positionsByKey = new Map<string, Entry>();
  for (const position of registry.collections.get('positions') ?? []) {
    const key = positionKey(registry, position);
    if (!positionsByKey.has(key)) positionsByKey.set(key, position);
  }
  const awardsByKey = new Map<string, Entry>();
  for (const award of registry.collections.get('awards') ?? [])
    if (!awardsByKey.has(awardKey(award))) awardsByKey.set(awardKey(award), award);
  const organizationsByName = new Map<string, Entry>();
  for (const organization of registry.collections.get('organizations') ?? [])
    organizationsByName.set(foldText(str(organization.name)), organization);
  const placesByProvince = new Map<string, Entry>();
  for (const place of registry.collections.get('places') ?? []) {
    const province = provinceIn(str(place.name));
    if (province && (place.kind === 'province' || place.kind === 'city' || place.kind === undefined) && !placesByProvince.has(province))
      placesByProvince.set(province, place);
  }
  return { registry, peopleByName, positionsByKey, awardsByKey, organizationsByName, placesByProvince };
}
