/**
 * An entity's page described in schema.org's JSON-LD (https://schema.org), embedded in the explorer's page at its
 * stable address (/explore/entity/<id>), so that search engines and link previews understand whom or what it is
 * about: a Person with the posts held (OrganizationRole, a Role with its start and end dates, within the body it
 * belongs to) and the events attended; an Organization (GovernmentOrganization for organs of the state) with its
 * parent and the area it serves; a post as its body's members in that role; an Event with its organizers, place and
 * attendees; a place; a presentation as the Event of its award. Each cites the articles that state it (`subjectOf`).
 * Built from the graph only: dates at their sources' precision (as the exports give them), no value it does not hold.
 */
import type { NodeLabel } from '../model/index.js';
import { externalIdProperties, externalIdUrl } from '../model/index.js';
import type { NameReading } from '../statements/derive.js';
import { prefixOfDay } from './dates.js';
import { publicationDate } from './dates.js';
import { isPublicBody } from './ftm.js';
import { tenureDates } from './tenure.js';
import type { NodeRecord } from '../graph.js';

/** Where the explorer shows an entity, for good: the address a search engine or a link keeps. */
export const ENTITY_PATH = '/explore/entity/';

/** An entity's stable address; ids keep their colon, as the explorer's links do. */
export const entityPath = (id: string): string => `${ENTITY_PATH}${encodeURIComponent(id).replace(/%3A/gi, ':')}`;

type JsonLd = Record<string, unknown>;
type Ref = { id: string; name?: string | null; title?: string | null };
interface ArticleRef {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
  published: string | null;
}
interface OrganizationRef extends Ref {
  nameEn?: string | null;
  classification?: string | null;
  parentClassification?: string | null;
  wikidataId?: string | null;
}

const str = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Drops what has no value, so that the markup says only what the graph holds. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)),
  );
}

const one = <T>(values: readonly T[]): T | T[] | undefined =>
  values.length === 0 ? undefined : values.length === 1 ? values[0] : [...values];

function sameAs(label: NodeLabel, node: Record<string, unknown>): string[] {
  return externalIdProperties(label).flatMap(({ name, external }) => {
    const id = str(node[name]);
    return id === undefined ? [] : [externalIdUrl(external, id)];
  });
}

function organization(ref: OrganizationRef): JsonLd {
  return compact({
    '@type': isPublicBody(ref.classification, ref.parentClassification) ? 'GovernmentOrganization' : 'Organization',
    '@id': entityPath(ref.id),
    name: str(ref.name),
    alternateName: str(ref.nameEn),
    sameAs: one(ref.wikidataId ? [externalIdUrl(externalIdProperties('Organization')[0]!.external, ref.wikidataId)] : []),
  });
}

const person = (ref: Ref): JsonLd => compact({ '@type': 'Person', '@id': entityPath(ref.id), name: str(ref.name) });

/** The articles that state it, as what it is the subject of. */
function citations(articles: readonly ArticleRef[] | undefined): JsonLd[] {
  return (articles ?? []).map((article) =>
    compact({
      '@type': 'NewsArticle',
      headline: str(article.title),
      url: str(article.url),
      datePublished: publicationDate(article.published),
      publisher: article.publisher ? { '@type': 'Organization', name: article.publisher } : undefined,
    }),
  );
}

/** A tenure's start and end as the exports give them: one value where the sources agree, none where they dispute it. */
function roleDates(tenure: NodeRecord): { startDate?: string; endDate?: string } {
  const dates = tenureDates({ node: tenure, sourcesOf: () => [] });
  return {
    ...(dates.start.length === 1 ? { startDate: dates.start[0]!.value } : {}),
    ...(dates.end.length === 1 ? { endDate: dates.end[0]!.value } : {}),
  };
}

function otherNames(node: Record<string, unknown>): string[] {
  const name = str(node.name);
  const readings = typeof node.nameReadings === 'string' ? (JSON.parse(node.nameReadings) as NameReading[]) : [];
  const names = [
    ...((node.aliases as string[] | null | undefined) ?? []),
    ...readings.filter((reading) => reading.rank !== 'deprecated').map((reading) => reading.name),
    ...(str(node.nameEn) ? [String(node.nameEn)] : []),
    ...(str(node.abbreviation) ? [String(node.abbreviation)] : []),
  ];
  return [...new Set(names)].filter((other) => other !== name);
}

const eventDate = (node: Record<string, unknown>) => (str(node.date) ? prefixOfDay(String(node.date), str(node.datePrecision)) : undefined);

/** The page of an entity of `label`, as the graph holds it (src/db/cypher/pages.ts), in JSON-LD; undefined for kinds schema.org has no type for. */
export function entityJsonLd(label: NodeLabel, node: Record<string, unknown>): JsonLd | undefined {
  const id = String(node.id);
  const base = { '@id': entityPath(id), url: entityPath(id), subjectOf: citations(node.articles as ArticleRef[]) };
  const graph: JsonLd[] = [];
  switch (label) {
    case 'Person': {
      const tenures = (node.tenures as (NodeRecord & { position: Ref; organization: OrganizationRef | null })[]) ?? [];
      graph.push(
        compact({
          '@type': 'Person',
          ...base,
          name: str(node.name),
          familyName: str(node.familyName),
          givenName: str(node.givenName),
          alternateName: one(otherNames(node)),
          sameAs: one(sameAs(label, node)),
          award: one([...new Set((node.awards as string[]) ?? [])]),
          memberOf: tenures.map((tenure) =>
            compact({
              '@type': 'OrganizationRole',
              roleName: str(tenure.position.title),
              ...roleDates(tenure),
              memberOf: tenure.organization ? organization(tenure.organization) : undefined,
            }),
          ),
        }),
      );
      for (const event of (node.events as (Ref & { date?: string; datePrecision?: string; endDate?: string })[]) ?? [])
        graph.push(
          compact({
            '@type': 'Event',
            '@id': entityPath(event.id),
            name: str(event.name),
            startDate: eventDate(event),
            endDate: str(event.endDate),
            attendee: { '@id': entityPath(id) },
          }),
        );
      break;
    }
    case 'Organization': {
      const place = node.place as Ref | null;
      const parent = node.parent as OrganizationRef | null;
      graph.push(
        compact({
          ...organization({ ...(node as unknown as OrganizationRef), parentClassification: str(node.parentClassification) }),
          ...base,
          alternateName: one(otherNames(node)),
          sameAs: one(sameAs(label, node)),
          parentOrganization: parent ? organization(parent) : undefined,
          areaServed: place ? { '@type': 'AdministrativeArea', '@id': entityPath(place.id), name: place.name } : undefined,
        }),
      );
      break;
    }
    case 'Position': {
      // A post is a role in a body: the body, with the people who held the post as its members in that role.
      const body = node.organization as OrganizationRef | null;
      const holders = (node.holders as (NodeRecord & { person: Ref })[]) ?? [];
      const members = holders.map((tenure) =>
        compact({ '@type': 'OrganizationRole', roleName: str(node.title), ...roleDates(tenure), member: person(tenure.person) }),
      );
      graph.push(
        compact({
          '@type': 'Role',
          ...base,
          roleName: str(node.title),
          name: str(node.title),
          alternateName: str(node.titleEn),
          sameAs: one(sameAs(label, node)),
        }),
      );
      if (body) graph.push(compact({ ...organization(body), member: members }));
      break;
    }
    case 'Tenure': {
      const holder = node.person as Ref | null;
      const body = node.organization as OrganizationRef | null;
      graph.push(
        compact({
          '@type': 'OrganizationRole',
          ...base,
          roleName: str((node.position as Ref | null)?.title),
          ...roleDates(node as NodeRecord),
          member: holder ? person(holder) : undefined,
          memberOf: body ? organization(body) : undefined,
        }),
      );
      break;
    }
    case 'Place': {
      const parent = node.parent as Ref | null;
      graph.push(
        compact({
          '@type': str(node.kind) ? 'AdministrativeArea' : 'Place',
          ...base,
          name: str(node.name),
          alternateName: str(node.nameEn),
          sameAs: one(sameAs(label, node)),
          containedInPlace: parent ? { '@type': 'AdministrativeArea', '@id': entityPath(parent.id), name: parent.name } : undefined,
        }),
      );
      break;
    }
    case 'Event': {
      const place = node.place as Ref | null;
      graph.push(
        compact({
          '@type': 'Event',
          ...base,
          name: str(node.name),
          alternateName: str(node.nameEn),
          startDate: eventDate(node),
          endDate: str(node.endDate),
          location: place ? { '@type': 'Place', '@id': entityPath(place.id), name: place.name } : undefined,
          organizer: one(((node.organizers as OrganizationRef[]) ?? []).map(organization)),
          attendee: ((node.participants as (Ref & { label: string })[]) ?? []).map((participant) =>
            participant.label === 'Person' ? person(participant) : organization(participant),
          ),
        }),
      );
      break;
    }
    case 'AwardPresentation': {
      const award = node.award as (Ref & { nameEn?: string | null }) | null;
      const presenter = node.presenter as Ref | null;
      const event = node.event as Ref | null;
      graph.push(
        compact({
          '@type': 'Event',
          ...base,
          name: str(award?.name),
          alternateName: str(award?.nameEn),
          description: str(node.recipientDescription),
          startDate: eventDate(node),
          superEvent: event ? { '@type': 'Event', '@id': entityPath(event.id), name: event.name } : undefined,
          attendee: [
            ...(presenter ? [person(presenter)] : []),
            ...((node.recipients as (Ref & { label: string })[]) ?? []).map((recipient) =>
              recipient.label === 'Person' ? person(recipient) : organization(recipient),
            ),
          ],
        }),
      );
      break;
    }
    default:
      return undefined;
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** What a link preview shows: the name, and what the graph says the entity is. */
export function pageSummary(label: NodeLabel, node: Record<string, unknown>): { title: string; description: string } {
  const title = str(node.name) ?? str(node.title) ?? str((node.award as Ref | null)?.name) ?? String(node.id);
  const posts = ((node.tenures as { position: Ref }[] | undefined) ?? []).map((tenure) => tenure.position.title).filter(Boolean);
  const what =
    label === 'Person' && posts.length > 0
      ? posts.slice(0, 3).join('; ')
      : (str(node.titleEn) ?? str(node.nameEn) ?? str((node.organization as Ref | null)?.name) ?? label);
  return { title, description: `${title}: ${what}. As Vietnamese news articles state it, each fact with its source.` };
}
