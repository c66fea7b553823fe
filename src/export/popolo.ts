/**
 * The graph in Popolo's JSON (https://www.popoloproject.com/specs/), the format of parliamentary and civic data
 * projects: areas (places), organizations, posts (positions), persons and memberships (tenures), each with its
 * sources as links to the articles (the quote as the link's note). Only fields of the specification are written
 * (test/integration/export-popolo.int.test.ts holds every one to its field list).
 *
 * Dates keep their precision (Popolo's dates are YYYY, YYYY-MM or YYYY-MM-DD); a bound the sources dispute is left
 * out, since Popolo has one value per field and nothing may silently win (FollowTheMoney keeps each reading). An
 * article without an address cannot be a Popolo link (its `url` is required) and is not among the sources.
 */
import { externalIdProperties, externalIdUrl } from '../model/index.js';
import { declarationSources, nameReadings, type ExportRecord, type Source } from './graph.js';
import { tenureDates } from './tenure.js';

export interface PopoloLink {
  url: string;
  note?: string;
}
export interface PopoloOtherName {
  name: string;
  note?: string;
}
export interface PopoloIdentifier {
  identifier: string;
  scheme: string;
}

export type PopoloCollection = 'areas' | 'organizations' | 'posts' | 'persons' | 'memberships';

/** The collections in the order written, with the graph's label each comes from. */
export const POPOLO_COLLECTIONS: readonly { collection: PopoloCollection; label: string }[] = [
  { collection: 'areas', label: 'Place' },
  { collection: 'organizations', label: 'Organization' },
  { collection: 'posts', label: 'Position' },
  { collection: 'persons', label: 'Person' },
  { collection: 'memberships', label: 'Tenure' },
];

type PopoloObject = Record<string, unknown>;

/** Each article's quote once, as a link to the article, the quote as its note. */
function links(sources: readonly Source[]): PopoloLink[] {
  const seen = new Set<string>();
  return sources.flatMap(({ article, quote }) => {
    const key = `${article.url}\n${quote}`;
    if (!article.url || seen.has(key)) return [];
    seen.add(key);
    return [{ url: article.url, note: quote }];
  });
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
const linkTo = (record: ExportRecord, type: string) => record.links.find((link) => link.type === type)?.to;

/** Drops the fields without a value, so that an object holds only what the graph holds. */
function compact(object: PopoloObject): PopoloObject {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)),
  );
}

const allSources = (record: ExportRecord) => links([...record.sources, ...declarationSources(record)]);

function identifiers(record: ExportRecord): PopoloIdentifier[] {
  return externalIdProperties(record.label).flatMap(({ name, external }) => {
    const id = str(record.node[name]);
    return id === undefined ? [] : [{ identifier: id, scheme: external.scheme }];
  });
}

/** Other spellings the sources print, aliases and names in English, each with what it is. */
function otherNames(record: ExportRecord, extra: PopoloOtherName[] = []): PopoloOtherName[] {
  const name = str(record.node.name);
  const names = [
    ...((record.node.aliases as string[] | null) ?? []).map((alias) => ({ name: alias, note: 'alias' })),
    ...nameReadings(record.node)
      .filter((reading) => reading.name !== name && reading.rank !== 'deprecated')
      .map((reading) => ({ name: reading.name, note: reading.kind === 'alias' ? 'alias' : 'as a source prints it' })),
    ...extra,
  ];
  return names.filter((item, index) => names.findIndex((other) => other.name === item.name) === index);
}

function area(record: ExportRecord): PopoloObject {
  const { node } = record;
  return compact({
    id: node.id,
    name: str(node.name),
    classification: str(node.kind),
    parent_id: linkTo(record, 'PART_OF'),
    sources: allSources(record),
  });
}

function organization(record: ExportRecord): PopoloObject {
  const { node } = record;
  const nameEn = str(node.nameEn);
  const abbreviation = str(node.abbreviation);
  return compact({
    id: node.id,
    name: str(node.name),
    other_names: otherNames(record, [
      ...(nameEn ? [{ name: nameEn, note: 'in English' }] : []),
      ...(abbreviation ? [{ name: abbreviation, note: 'abbreviation' }] : []),
    ]),
    identifiers: identifiers(record),
    classification: str(node.classification),
    parent_id: linkTo(record, 'PART_OF'),
    area_id: linkTo(record, 'JURISDICTION'),
    sources: allSources(record),
  });
}

/** A post: Popolo's Post has no identifiers, so an external id is a link to its page. */
function post(record: ExportRecord): PopoloObject {
  const { node } = record;
  const titleEn = str(node.titleEn);
  const jurisdiction = record.extras.jurisdiction as { id: string } | null;
  return compact({
    id: node.id,
    label: str(node.title),
    other_label: titleEn ? [titleEn] : [],
    organization_id: linkTo(record, 'IN_ORGANIZATION'),
    area_id: jurisdiction?.id,
    links: externalIdProperties(record.label).flatMap(({ name, external }) => {
      const id = str(node[name]);
      return id === undefined ? [] : [{ url: externalIdUrl(external, id), note: external.scheme }];
    }),
    sources: allSources(record),
  });
}

function person(record: ExportRecord): PopoloObject {
  const { node } = record;
  return compact({
    id: node.id,
    name: str(node.name),
    other_names: otherNames(record),
    identifiers: identifiers(record),
    family_name: str(node.familyName),
    given_name: str(node.givenName),
    sources: allSources(record),
  });
}

/** A tenure as a membership of the post's organization, with the dates the exports share (src/export/tenure.ts). */
function membership(record: ExportRecord): PopoloObject {
  const { node } = record;
  const position = record.extras.position as { id: string; title: string; organization: string | null; jurisdiction: string | null } | null;
  const dates = tenureDates(record);
  const single = (values: readonly { value: string }[]) => (values.length === 1 ? values[0]!.value : undefined);
  return compact({
    id: node.id,
    role: position?.title,
    person_id: linkTo(record, 'HELD_BY'),
    organization_id: position?.organization ?? undefined,
    post_id: linkTo(record, 'OF_POSITION'),
    area_id: position?.jurisdiction ?? undefined,
    start_date: single(dates.start),
    end_date: single(dates.end),
    sources: links(record.sources),
  });
}

/** The Popolo object of one node of the graph, in its collection. */
export function popoloObject(record: ExportRecord): PopoloObject | undefined {
  switch (record.label) {
    case 'Place':
      return area(record);
    case 'Organization':
      return organization(record);
    case 'Position':
      return post(record);
    case 'Person':
      return person(record);
    case 'Tenure':
      return membership(record);
    default:
      return undefined;
  }
}
