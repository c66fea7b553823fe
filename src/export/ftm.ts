/**
 * The graph as FollowTheMoney entities (https://followthemoney.tech), the model of OpenSanctions and of the tools
 * that screen politically exposed persons. Each node becomes the entity of the nearest schema, built as a list of
 * values each with its own sources, from which both forms are written: the entity form (one JSON object per
 * entity, its properties' values) and the statements form (one row per value and source, with the article's address
 * as `origin`, the quote as `original_value` and the publication as `first_seen`). So the two forms say the same.
 *
 * | graph | FollowTheMoney |
 * | --- | --- |
 * | Person | Person |
 * | Organization | PublicBody for the organs of the state (PUBLIC_BODY_CLASSIFICATIONS), else Organization |
 * | Position | Position |
 * | Tenure | Occupancy (holder, post, startDate, endDate, status, the certainty in `description`); also a Membership of the post's organization where the post is a seat on it ("Member of …") |
 * | Event | Event (organizer, involved, location) |
 * | Participation | UnknownLink from the participant to the event, its role as `role` |
 * | AwardPresentation | Event named by its award (presenter and named recipients `involved`), with UnknownLinks for the presenter, on whose behalf, the meeting and each recipient |
 * | Article | Article, every entity's `proof` |
 *
 * Nothing is added that the graph does not hold: no country (the graph records provinces, not countries), no
 * gender, no date finer than its source's. Places, awards and figures are not entities of their own: a place is
 * the `subnationalArea` of a position and the `location` of an event, an award the name of its presentations.
 */
import { createHash } from 'node:crypto';
import { externalIdProperties, type NodeLabel } from '../model/index.js';
import type { Statement } from '../statements/format.js';
import { prefixOfDay, publicationDate } from './dates.js';
import { claimsOf, declarationSources, nameReadings, type ExportRecord, type Source } from './graph.js';
import { describeCertainty, tenureCertainty, tenureDates, type DatedValue } from './tenure.js';

/** The dataset the statements name. */
export const FTM_DATASET = 'officials_graph';

/** What a value without an article behind it comes from: the editors' registry (an English name, a QID). */
export const REGISTRY_ORIGIN = 'registry';

/**
 * The classifications of organs of the state (FollowTheMoney's PublicBody); a department is one where its parent
 * is. Party committees, fronts, unions, companies and hospitals stay Organizations.
 */
export const PUBLIC_BODY_CLASSIFICATIONS: readonly string[] = [
  'government',
  'ministry',
  'peoples-committee',
  'peoples-council',
  'legislature',
  'legislature-committee',
  'council-committee',
  'national-assembly-delegation',
  'office',
  'police',
  'military',
  'inspectorate',
  'central-bank',
  'public-service-unit',
  'emulation-council',
  'management-board',
  'project-management-board',
  'steering-committee',
  'division',
];

/** FollowTheMoney's languages are ISO 639-3; the graph's are tags (`vi`). */
const LANGUAGES: Readonly<Record<string, string>> = { vi: 'vie', en: 'eng' };

export interface FtmValue {
  value: string;
  /** ISO 639-3, for names and texts whose language is known. */
  lang?: string;
  sources: Source[];
  /** Where a value without sources comes from (REGISTRY_ORIGIN). */
  origin?: string;
}

/** An entity as built: its values with their sources, by property. */
export interface FtmDraft {
  id: string;
  schema: string;
  values: Map<string, FtmValue[]>;
}

/** The entity form: https://followthemoney.tech/docs/ (an entity's JSON). */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** The statements form, one row per value and source, in the columns of followthemoney's Statement. */
export interface FtmStatement {
  canonical_id: string;
  entity_id: string;
  prop: string;
  schema: string;
  value: string;
  dataset: string;
  lang: string | null;
  original_value: string | null;
  first_seen: string | null;
  last_seen: string | null;
  external: boolean;
  origin: string | null;
  id: string;
}

/** FollowTheMoney's ids are letters, digits, dots and hyphens, at most 200 characters. */
const FTM_ID_LENGTH = 200;

/** The FollowTheMoney id of a graph id (`person:lai-thanh-son` → `person-lai-thanh-son`), hashed when too long. */
export function ftmId(graphId: string, suffix?: string): string {
  const id = `${graphId.replace(':', '-')}${suffix === undefined ? '' : `-${suffix}`}`.replace(/[^0-9A-Za-z.-]/g, '-');
  if (id.length <= FTM_ID_LENGTH) return id;
  return `${id.slice(0, id.indexOf('-'))}-${createHash('sha1').update(id).digest('hex')}`;
}

class Draft implements FtmDraft {
  readonly values = new Map<string, FtmValue[]>();
  constructor(
    readonly id: string,
    readonly schema: string,
  ) {}

  /** Adds a value (once per value and language), joining the sources of each time it is given. */
  add(prop: string, value: string | null | undefined, sources: readonly Source[], extra: { lang?: string; origin?: string } = {}): this {
    if (value === null || value === undefined || value.trim() === '') return this;
    const values = this.values.get(prop) ?? [];
    let item = values.find((known) => known.value === value && known.lang === extra.lang);
    if (!item) {
      item = { value, sources: [], ...extra };
      values.push(item);
    }
    for (const source of sources)
      if (!item.sources.some((known) => known.article.id === source.article.id && known.quote === source.quote)) item.sources.push(source);
    this.values.set(prop, values);
    return this;
  }

  /** Values the registry's editors give (an English name, a classification): no article states them. */
  registry(prop: string, value: unknown, lang?: string): this {
    return typeof value === 'string' ? this.add(prop, value, [], { origin: REGISTRY_ORIGIN, ...(lang ? { lang } : {}) }) : this;
  }

  /** The articles behind every value, as `proof` and `sourceUrl`: the entity form's provenance. */
  cite(sources: readonly Source[]): this {
    for (const source of sources) {
      this.add('proof', ftmId(source.article.id), [source]);
      if (source.article.url) this.add('sourceUrl', source.article.url, [source]);
    }
    return this;
  }
}

const linksOf = (record: ExportRecord, type: string) => record.links.filter((link) => link.type === type);
const linkOf = (record: ExportRecord, type: string) => linksOf(record, type)[0];
const LEGAL_ENTITIES: readonly NodeLabel[] = ['Person', 'Organization'];
const str = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The sources of an entity's name: the statements that give that spelling, and the registry's passages naming it. */
function nameSources(record: ExportRecord, name: string): Source[] {
  const readings = nameReadings(record.node).filter((reading) => reading.name === name && reading.rank !== 'deprecated');
  const sources = [...record.sourcesOf(readings.flatMap((reading) => reading.sources)), ...declarationSources(record)];
  return sources.length > 0 ? sources : record.sources;
}

/** The external ids the model declares and FollowTheMoney has a property for. */
function addExternalIds(draft: Draft, record: ExportRecord): void {
  for (const { name, external } of externalIdProperties(record.label))
    if (external.scheme === 'wikidata') draft.registry('wikidataId', record.node[name]);
}

function registryEntity(record: ExportRecord, schema: string): Draft {
  const draft = new Draft(ftmId(record.node.id), schema);
  addExternalIds(draft, record);
  return draft;
}

function person(record: ExportRecord): Draft {
  const { node } = record;
  const name = String(node.name);
  const draft = registryEntity(record, 'Person').add('name', name, nameSources(record, name), { lang: 'vie' });
  for (const alias of (node.aliases as string[] | null) ?? []) draft.add('alias', alias, nameSources(record, alias), { lang: 'vie' });
  for (const reading of nameReadings(node))
    if (reading.name !== name && reading.rank !== 'deprecated')
      draft.add('alias', reading.name, record.sourcesOf(reading.sources), { lang: 'vie' });
  draft.registry('firstName', node.givenName, 'vie').registry('lastName', node.familyName, 'vie');
  return draft.cite([...record.sources, ...declarationSources(record)]);
}

/** Whether an organization is an organ of the state: by its classification, a department by its parent's. */
export function isPublicBody(classification: unknown, parentClassification: unknown): boolean {
  if (classification === 'department') return PUBLIC_BODY_CLASSIFICATIONS.includes(String(parentClassification));
  return PUBLIC_BODY_CLASSIFICATIONS.includes(String(classification));
}

function organization(record: ExportRecord): Draft {
  const { node } = record;
  const name = String(node.name);
  const schema = isPublicBody(node.classification, record.extras.parentClassification) ? 'PublicBody' : 'Organization';
  const draft = registryEntity(record, schema).add('name', name, nameSources(record, name), { lang: 'vie' });
  for (const reading of nameReadings(node))
    if (reading.name !== name && reading.rank !== 'deprecated')
      draft.add('alias', reading.name, record.sourcesOf(reading.sources), { lang: 'vie' });
  draft
    .registry('name', node.nameEn, 'eng')
    .registry('abbreviation', node.abbreviation, 'vie')
    .registry('classification', node.classification);
  const parent = linkOf(record, 'PART_OF');
  if (parent) draft.add('parent', ftmId(parent.to), declarationSources(record), { origin: REGISTRY_ORIGIN });
  return draft.cite([...record.sources, ...declarationSources(record)]);
}

function position(record: ExportRecord): Draft {
  const { node } = record;
  const declared = declarationSources(record);
  const draft = registryEntity(record, 'Position')
    .add('name', String(node.title), declared.length > 0 ? declared : record.sources, { lang: 'vie' })
    .registry('name', node.titleEn, 'eng');
  const organizationLink = linkOf(record, 'IN_ORGANIZATION');
  if (organizationLink) draft.add('organization', ftmId(organizationLink.to), declared, { origin: REGISTRY_ORIGIN });
  const jurisdiction = record.extras.jurisdiction as { name?: string } | null;
  draft.registry('subnationalArea', jurisdiction?.name);
  return draft.cite([...record.sources, ...declared]);
}

function addDates(draft: Draft, prop: string, values: readonly DatedValue[]): Draft {
  for (const { value, sources } of values) draft.add(prop, value, sources);
  return draft;
}

/** A tenure: its Occupancy, and its Membership where the post is a seat on a body ("Member of …"). */
function tenure(record: ExportRecord): Draft[] {
  const { node } = record;
  const holder = linkOf(record, 'HELD_BY');
  const post = linkOf(record, 'OF_POSITION');
  if (!holder || !post) return [];
  const dates = tenureDates(record);
  const status = dates.ended ? { value: 'ended', sources: dates.ended } : { value: 'unknown', sources: record.sources };
  const occupancy = new Draft(ftmId(node.id), 'Occupancy')
    .add('holder', ftmId(holder.to), record.sources)
    .add('post', ftmId(post.to), record.sources)
    .add('status', status.value, status.sources)
    .add('description', describeCertainty(tenureCertainty(node)), record.sources, { lang: 'eng' });
  addDates(occupancy, 'startDate', dates.start);
  addDates(occupancy, 'endDate', dates.end);
  addDates(occupancy, 'date', dates.attested);
  addDates(occupancy, 'electionDate', dates.elected);
  if (dates.term) occupancy.add('periodStart', dates.term.from, dates.term.sources).add('periodEnd', dates.term.to, dates.term.sources);
  occupancy.cite(record.sources);

  const seat = record.extras.position as { title: string; titleEn: string | null; organization: string | null } | null;
  if (!seat?.organization || !seat.titleEn?.startsWith('Member of ')) return [occupancy];
  const membership = new Draft(ftmId(node.id.replace(/^tenure:/, 'membership:')), 'Membership')
    .add('member', ftmId(holder.to), record.sources)
    .add('organization', ftmId(seat.organization), record.sources)
    .add('role', seat.title, record.sources, { lang: 'vie' })
    .add('status', status.value, status.sources);
  addDates(membership, 'startDate', dates.start);
  addDates(membership, 'endDate', dates.end);
  return [occupancy, membership.cite(record.sources)];
}

/** The sources of a fact's value: the quotes of the claims (not deprecated) whose statement gives it; else the fact's. */
function claimSources(record: ExportRecord, gives: (statement: Statement) => boolean): Source[] {
  const claims = claimsOf(record).filter((claim) => claim.rank !== 'DEPRECATED' && gives(claim.statement));
  const sources = record.sourcesOf(
    claims.flatMap((claim) => claim.statement.quotes.map((quote) => ({ articleId: claim.articleId, quote }))),
  );
  return sources.length > 0 ? sources : record.sources;
}

const field = (statement: Statement, name: string): unknown => (statement as unknown as Record<string, unknown>)[name];
const gives = (name: string, value?: unknown) => (statement: Statement) =>
  value === undefined ? field(statement, name) !== undefined : field(statement, name) === value;
const includes = (name: string, value: string) => (statement: Statement) => {
  const values = field(statement, name);
  return Array.isArray(values) && values.includes(value);
};

/** A fact's date at the precision its source gives, and the last day of a span. */
function addFactDate(draft: Draft, record: ExportRecord): void {
  const day = str(record.node.date);
  if (day === undefined) return;
  const sources = claimSources(record, gives('date'));
  draft.add('date', prefixOfDay(day, str(record.node.datePrecision)), sources);
  const end = str(record.node.endDate);
  if (end !== undefined) draft.add('startDate', day, sources).add('endDate', end, sources);
}

function event(record: ExportRecord): Draft {
  const { node } = record;
  const draft = new Draft(ftmId(node.id), 'Event')
    .add('name', str(node.name), claimSources(record, gives('name', node.name)), { lang: 'vie' })
    .add('name', str(node.nameEn), claimSources(record, gives('nameEn', node.nameEn)), { lang: 'eng' })
    .add('keywords', str(node.category), claimSources(record, gives('category', node.category)));
  addFactDate(draft, record);
  for (const organizer of linksOf(record, 'ORGANIZED_BY'))
    draft.add(
      'organizer',
      ftmId(organizer.to),
      claimSources(record, (statement) => gives('organizer', organizer.to)(statement) || includes('organizers', organizer.to)(statement)),
    );
  const place = str(record.extras.place);
  if (place !== undefined) draft.add('location', place, claimSources(record, gives('place')));
  for (const participant of (record.extras.participants as { id: string; label: NodeLabel }[] | null) ?? [])
    if (LEGAL_ENTITIES.includes(participant.label)) draft.add('involved', ftmId(participant.id), record.sources);
  return draft.cite(record.sources);
}

function participation(record: ExportRecord): Draft[] {
  const participant = linkOf(record, 'PARTICIPANT');
  const atEvent = linkOf(record, 'AT_EVENT');
  if (!participant || !atEvent) return [];
  return [
    new Draft(ftmId(record.node.id), 'UnknownLink')
      .add('subject', ftmId(participant.to), record.sources)
      .add('object', ftmId(atEvent.to), record.sources)
      .add('role', str(record.node.role), record.sources)
      .cite(record.sources),
  ];
}

/**
 * A presentation: the Event of handing over its award, and a link to each party with its part (FollowTheMoney's
 * Event has `involved` but no roles): the presenter, on whose behalf (a post may be), the meeting, each named
 * recipient. Recipients the source counts without naming stay a count, in the description.
 */
function presentation(record: ExportRecord): Draft[] {
  const { node } = record;
  const award = record.extras.award as { id: string; name: string; nameEn: string | null } | null;
  if (!award) return [];
  const awardSources = claimSources(record, gives('award', award.id));
  const draft = new Draft(ftmId(node.id), 'Event')
    .add('name', award.name, awardSources, { lang: 'vie' })
    .add('name', award.nameEn ?? undefined, [], { lang: 'eng', origin: REGISTRY_ORIGIN })
    .add('summary', str(node.recipientDescription), claimSources(record, gives('recipientDescription')), { lang: 'vie' });
  if (typeof node.recipientCount === 'number')
    draft.add(
      'description',
      `Recipients, as the source counts them: ${node.recipientCount}`,
      claimSources(record, gives('recipientCount')),
      {
        lang: 'eng',
      },
    );
  addFactDate(draft, record);
  const parties: { type: string; role: string; field: string }[] = [
    { type: 'PRESENTED_BY', role: 'presenter', field: 'presenter' },
    { type: 'ON_BEHALF_OF', role: 'on behalf of', field: 'onBehalfOf' },
    { type: 'AT_EVENT', role: 'presented at', field: 'event' },
    { type: 'RECIPIENT', role: 'recipient', field: 'recipients' },
  ];
  const links: Draft[] = [];
  for (const { type, role, field: name } of parties)
    for (const link of linksOf(record, type)) {
      const sources = claimSources(record, (statement) => gives(name, link.to)(statement) || includes(name, link.to)(statement));
      if (type !== 'ON_BEHALF_OF' && type !== 'AT_EVENT' && LEGAL_ENTITIES.includes(link.label))
        draft.add('involved', ftmId(link.to), sources);
      links.push(
        new Draft(ftmId(node.id, `${role.replace(/ /g, '-')}-${link.to.replace(':', '-')}`), 'UnknownLink')
          .add('subject', ftmId(node.id), sources)
          .add('object', ftmId(link.to), sources)
          .add('role', role, sources, { lang: 'eng' })
          .cite(sources),
      );
    }
  return [draft.cite(record.sources), ...links];
}

function article(record: ExportRecord): Draft {
  const { node } = record;
  const draft = new Draft(ftmId(node.id), 'Article')
    .add('title', str(node.title), [])
    .add('author', str(node.author), [])
    .add('publisher', str(node.publisher), [])
    .add('publishedAt', publicationDate(str(node.published) ?? null), [])
    .add('sourceUrl', str(node.url), []);
  const language = LANGUAGES[str(node.language) ?? ''];
  if (language) draft.add('language', language, []);
  return draft;
}

/** The labels exported, in the order written: what is cited before what cites it. */
export const FTM_LABELS: readonly NodeLabel[] = [
  'Article',
  'Organization',
  'Position',
  'Person',
  'Event',
  'AwardPresentation',
  'Tenure',
  'Participation',
];

/** The FollowTheMoney entities of one node of the graph. */
export function ftmDrafts(record: ExportRecord): FtmDraft[] {
  switch (record.label) {
    case 'Article':
      return [article(record)];
    case 'Person':
      return [person(record)];
    case 'Organization':
      return [organization(record)];
    case 'Position':
      return [position(record)];
    case 'Tenure':
      return tenure(record);
    case 'Event':
      return [event(record)];
    case 'Participation':
      return participation(record);
    case 'AwardPresentation':
      return presentation(record);
    default:
      return [];
  }
}

export function toEntity(draft: FtmDraft): FtmEntity {
  return {
    id: draft.id,
    schema: draft.schema,
    properties: Object.fromEntries(
      [...draft.values]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([prop, values]) => [prop, [...new Set(values.map((item) => item.value))]]),
    ),
  };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** followthemoney's statement key (Statement.make_key), made unique per source by the article and the quote. */
function statementId(entityId: string, prop: string, value: string, lang: string | undefined, source?: Source): string {
  const key = `${FTM_DATASET}.${entityId}.${prop}.${value}${lang === undefined ? '' : `@${lang}`}`;
  return sha1(source === undefined ? key : `${key}\n${source.article.id}\n${source.quote}`);
}

/**
 * The statements of an entity: its id (which records its schema), then each value once per source, with the
 * article's address (or its id, for an article without one) as `origin`, the quote as `original_value` and the
 * publication as `first_seen`; a value no article states once, with its origin.
 */
export function toStatements(draft: FtmDraft): FtmStatement[] {
  const row = (prop: string, value: string, lang: string | undefined, source: Source | undefined, origin: string | null): FtmStatement => {
    const seen = source ? (publicationDate(source.article.published) ?? null) : null;
    return {
      canonical_id: draft.id,
      entity_id: draft.id,
      prop,
      schema: draft.schema,
      value,
      dataset: FTM_DATASET,
      lang: lang ?? null,
      original_value: source && source.quote !== value ? source.quote : null,
      first_seen: seen,
      last_seen: seen,
      external: false,
      origin,
      id: statementId(draft.id, prop, value, lang, source),
    };
  };
  const rows = [row('id', draft.id, undefined, undefined, null)];
  for (const [prop, values] of [...draft.values].sort(([a], [b]) => a.localeCompare(b)))
    for (const item of values) {
      if (item.sources.length === 0) rows.push(row(prop, item.value, item.lang, undefined, item.origin ?? null));
      for (const source of item.sources) rows.push(row(prop, item.value, item.lang, source, source.article.url ?? source.article.id));
    }
  return rows;
}
