/**
 * From readings to a draft: links each person, post, body and award to the registry (by the keys of registry.ts),
 * proposes the entities the registry lacks (ids, names cut from the text, a source quote, and the note "proposed by
 * the extractor: new"), merges readings of one tenure or one presentation, and writes the statements in the seed
 * format with their quotes and confidence.
 */
import { foldText } from '../text/fold.js';
import type { Analysis, ResolvedPerson } from './analysis.js';
import { GAZETTEER, type Province } from './gazetteer.js';
import type { Bound, HoldsReading, Reading, Unread } from './readings.js';
import { addEntry, type Entry, type RegistryIndex } from './registry.js';
import { dateValue, type DateMention } from './scan/dates.js';
import { resolvedKey, type TitleMention } from './scan/titles.js';
import { scanTitles } from './scan/titles.js';
import { cut, foldAligned, slugify, type Sentence, type Span } from './text.js';

export const NEW_NOTE = 'proposed by the extractor: new';

export interface ArticleMetaInput {
  id: string;
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  textFile: string;
}

export interface Draft {
  formatVersion: 2;
  article: Record<string, unknown>;
  statements: Record<string, unknown>[];
}

export interface DraftResult {
  draft: Draft;
  /** Entities proposed for the registry, by collection. */
  proposed: Map<string, Entry[]>;
  unread: { quote: string; reason: string }[];
}

class Builder {
  readonly proposed = new Map<string, Entry[]>();
  readonly statements: Record<string, unknown>[] = [];
  private readonly usedStatementIds = new Set<string>();
  private readonly personIds = new Map<string, string>();

  constructor(
    readonly analysis: Analysis,
    readonly index: RegistryIndex,
    readonly meta: ArticleMetaInput,
  ) {}

  quote(span: Span): string {
    return cut(this.analysis.doc, span);
  }

  statementId(base: string): string {
    let id = slugify(base).slice(0, 90).replace(/-+$/, '') || 's';
    for (let n = 2; this.usedStatementIds.has(id); n += 1) id = `${slugify(base).slice(0, 86)}-${n}`;
    this.usedStatementIds.add(id);
    return id;
  }

  private propose(collection: string, entry: Entry, quote: string): Entry {
    const existing = this.index.registry.byId.get(entry.id);
    if (existing) return existing;
    const full: Entry = { ...entry, sources: [{ article: this.meta.id, quote }], note: NEW_NOTE };
    addEntry(this.index.registry, collection, full);
    this.proposed.set(collection, [...(this.proposed.get(collection) ?? []), full]);
    return full;
  }

  /** The registry person a full name refers to; with namesakes, the one whose recorded titles match this article's. */
  person(person: ResolvedPerson, titleKeys: string[], sentence: Sentence): string {
    const known = this.personIds.get(person.key);
    if (known) return known;
    const candidates = this.index.peopleByName.get(person.key) ?? [];
    let chosen: Entry | undefined;
    if (candidates.length === 1 && !(candidates[0]!.distinctFrom as string[] | undefined)?.length) chosen = candidates[0];
    else if (candidates.length > 0) {
      const scored = candidates.map((candidate) => ({ candidate, score: titleOverlap(candidate, titleKeys, this.analysis.province) }));
      scored.sort((a, b) => b.score - a.score);
      if (scored[0]!.score > 0 && (scored.length === 1 || scored[0]!.score > scored[1]!.score)) chosen = scored[0]!.candidate;
    }
    let id: string;
    if (chosen) id = chosen.id;
    else {
      const name = this.analysis.names.get(person.key) ?? person.name;
      const words = name.split(/\s+/);
      let candidateId = `person:${slugify(name)}`;
      for (let n = 2; this.index.registry.byId.has(candidateId); n += 1) candidateId = `person:${slugify(name)}-${n}`;
      const entry: Entry = { id: candidateId, name, familyName: words[0], givenName: words.at(-1), aliases: [] };
      if (candidates.length > 0) entry.distinctFrom = candidates.map((candidate) => candidate.id);
      id = this.propose('people', entry, this.quote(sentence)).id;
    }
    this.personIds.set(person.key, id);
    return id;
  }

  place(province: Province, quote: string): string {
    const known = this.index.placesByProvince.get(province.slug);
    if (known) return known.id;
    return this.propose(
      'places',
      {
        id: `place:${province.city ? 'thanh-pho' : 'tinh'}-${province.slug}`,
        name: province.name,
        nameEn: `${province.name} ${province.city ? 'City' : 'Province'}`,
        kind: province.city ? 'city' : 'province',
      },
      quote,
    ).id;
  }

  nationalOrganization(key: string, quote: string): string {
    const organization = GAZETTEER.nationalOrganizations.get(key)!;
    const known = this.index.organizationsByName.get(foldText(organization.name));
    if (known) return known.id;
    return this.propose(
      'organizations',
      {
        id: `org:${key}`,
        name: organization.name,
        nameEn: organization.en,
        classification: organization.classification,
        level: 'national',
      },
      quote,
    ).id;
  }

  /** The position a title names, linked or proposed; undefined when its province is unknown. */
  position(title: TitleMention, quote: string): string | undefined {
    const key = resolvedKey(title, this.analysis.province);
    if (!key) return undefined;
    const known = this.index.positionsByKey.get(key);
    if (known) return known.id;
    if (title.national) {
      const national = GAZETTEER.nationalByKey.get(title.national)!;
      const organization = this.nationalOrganization(national.organization, quote);
      const entry = this.propose(
        'positions',
        { id: `position:${national.key}`, title: national.title, titleEn: national.en, organization },
        quote,
      );
      this.index.positionsByKey.set(key, entry);
      return entry.id;
    }
    const role = GAZETTEER.roles.find((candidate) => candidate.key === title.role)!;
    const body = GAZETTEER.bodies.find((candidate) => candidate.key === title.body)!;
    const province = GAZETTEER.provinces.find(
      (candidate) => candidate.slug === (title.province ?? title.contextProvince ?? this.analysis.province),
    )!;
    const organization = this.index.registry.byId.get(this.provincialOrganization(body.key, province.slug, quote))!;
    const organizationName = String(organization.name);
    const positionTitle = `${role.title} ${body.short}`;
    const entry = this.propose(
      'positions',
      {
        id: `position:${slugify(`${role.title} ${organizationName}`)}`,
        title: positionTitle,
        titleEn: `${role.en}, ${body.en} of ${province.name}`,
        organization: organization.id,
      },
      quote,
    );
    this.index.positionsByKey.set(key, entry);
    return entry.id;
  }

  /** A body of a province ("UBND tỉnh Bình Thuận", "Tỉnh ủy Cà Mau", "Sở Tư pháp tỉnh Bình Thuận"), linked or proposed. */
  provincialOrganization(bodyKey: string, provinceSlug: string, quote: string): string {
    const body = GAZETTEER.bodies.find((candidate) => candidate.key === bodyKey)!;
    const province = GAZETTEER.provinces.find((candidate) => candidate.slug === provinceSlug)!;
    const name = body.noProvinceWord
      ? `${body.name} ${province.city ? 'thành phố' : 'tỉnh'} ${province.name}`
      : `${body.name} ${province.name}`;
    const known = this.index.organizationsByName.get(foldText(name));
    if (known) return known.id;
    const place = this.place(province, quote);
    const organization = this.propose(
      'organizations',
      {
        id: `org:${slugify(name)}`,
        name,
        nameEn: `${body.en} of ${province.name}`,
        classification: body.classification,
        level: 'provincial',
        jurisdiction: place,
      },
      quote,
    );
    this.index.organizationsByName.set(foldText(name), organization);
    return organization.id;
  }

  award(key: string, conferrer: TitleMention | undefined, quote: string, printedName?: string): string {
    const known = this.index.awardsByKey.get(key) ?? (printedName ? this.index.awardsByKey.get(`raw:${foldText(printedName)}`) : undefined);
    if (known) return known.id;
    if (printedName) {
      const entry = this.propose('awards', { id: `award:${slugify(printedName)}`, name: printedName }, quote);
      this.index.awardsByKey.set(key, entry);
      return entry.id;
    }
    const gazetteer = GAZETTEER.awardByKey.get(key);
    if (gazetteer) {
      const conferrerId = gazetteer.conferrer
        ? this.position(
            { start: 0, end: 0, key: `national:${gazetteer.conferrer}`, national: gazetteer.conferrer, former: false, local: false },
            quote,
          )
        : undefined;
      const entry = this.propose(
        'awards',
        { id: `award:${key}`, name: gazetteer.name, nameEn: gazetteer.en, ...(conferrerId ? { conferrer: conferrerId } : {}) },
        quote,
      );
      this.index.awardsByKey.set(key, entry);
      return entry.id;
    }
    // A generic award completed by its conferrer ("Bằng khen của Bộ trưởng Bộ Y tế").
    const generic = GAZETTEER.genericAwards.find((candidate) => key === candidate.key || key.startsWith(`${candidate.key}-`))!;
    const conferrerId = conferrer ? this.position(conferrer, quote) : undefined;
    const conferrerTitle = conferrerId ? String(this.index.registry.byId.get(conferrerId)?.title ?? '') : '';
    const entry = this.propose(
      'awards',
      {
        id: `award:${slugify(key)}`,
        name: conferrerTitle ? `${generic.name} của ${conferrerTitle}` : generic.name,
        nameEn: conferrerTitle
          ? `${generic.en} of the ${String(this.index.registry.byId.get(conferrerId!)?.titleEn ?? conferrerTitle)}`
          : generic.en,
        ...(conferrerId ? { conferrer: conferrerId } : {}),
      },
      quote,
    );
    this.index.awardsByKey.set(key, entry);
    return entry.id;
  }

  /** "được Đảng ủy Văn phòng khen thưởng": the award "Khen thưởng của Đảng ủy Văn phòng" and who confers it (linked, or proposed). */
  commendation(by: { title: TitleMention } | { organization: Span }, quote: string): { award: string; conferrer: string } | undefined {
    let conferrer: string | undefined;
    let printed: string;
    if ('title' in by) {
      conferrer = this.position(by.title, quote);
      printed = cut(this.analysis.doc, by.title);
    } else {
      printed = cut(this.analysis.doc, by.organization);
      const province = GAZETTEER.provinces.find((candidate) => candidate.slug === this.analysis.province);
      const known =
        this.index.organizationsByName.get(foldText(printed)) ??
        (province ? this.index.organizationsByName.get(foldText(`${printed} ${province.name}`)) : undefined);
      conferrer =
        known?.id ??
        this.propose(
          'organizations',
          { id: `org:${slugify(province && /tinh$/.test(foldText(printed)) ? `${printed} ${province.name}` : printed)}`, name: printed },
          quote,
        ).id;
    }
    if (!conferrer) return undefined;
    const name = `Khen thưởng của ${printed}`;
    const known = this.index.awardsByKey.get(`raw:${foldText(name)}`);
    if (known) return { award: known.id, conferrer };
    const entry = this.propose(
      'awards',
      { id: `award:${slugify(`khen thuong ${String(conferrer).slice(String(conferrer).indexOf(':') + 1)}`)}`, name, conferrer },
      quote,
    );
    this.index.awardsByKey.set(`raw:${foldText(name)}`, entry);
    return { award: entry.id, conferrer };
  }

  date(date: DateMention | undefined, notes: string[]): unknown {
    if (!date) return undefined;
    const printed = cut(this.analysis.doc, date);
    const value = dateValue(date, printed, this.meta.published ?? undefined, this.analysis.dates);
    if (value === undefined) notes.push(`the text gives "${printed}" without a year and the publication date is unknown: no date`);
    return value;
  }
}

/** How many of a registry person's recorded titles (in the quotes of their sources) this article gives them too. */
function titleOverlap(candidate: Entry, titleKeys: string[], province: string | undefined): number {
  const sources = (candidate.sources as { quote: string }[] | undefined) ?? [];
  const text = [...sources.map((source) => source.quote), String(candidate.note ?? '')].join(' . ').normalize('NFC');
  const keys = new Set(
    scanTitles(text, foldAligned(text))
      .map((title) => resolvedKey(title, province))
      .filter(Boolean),
  );
  return titleKeys.filter((key) => keys.has(key)).length;
}

const confidenceNote = (confidence: number, rule: string) => `confidence ${confidence.toFixed(2)}: ${rule}`;

function boundJson(builder: Builder, bound: Bound, notes: string[]): Record<string, unknown> {
  const { doc } = builder.analysis;
  const out: Record<string, unknown> = { cause: bound.cause };
  const date = builder.date(bound.date, notes);
  if (date !== undefined) out.date = date;
  if (bound.decision) out.decision = cut(doc, bound.decision);
  if (bound.approvedBy)
    out.approvedBy = builder.position(
      { start: 0, end: 0, key: `national:${bound.approvedBy}`, national: bound.approvedBy, former: false, local: false },
      cut(doc, bound.decision ?? bound.date ?? { start: 0, end: 0 }) || 'Thủ tướng',
    );
  if (bound.approvedByOrganization)
    out.approvedBy = builder.nationalOrganization(
      bound.approvedByOrganization,
      cut(doc, bound.date ?? { start: 0, end: 0 }) || 'Ban Bí thư',
    );
  if (bound.vote) {
    const text = cut(doc, bound.vote);
    out.vote = {
      text,
      ...(bound.vote.for !== undefined ? { for: bound.vote.for } : {}),
      ...(bound.vote.present !== undefined ? { present: bound.vote.present } : {}),
      ...(bound.vote.total !== undefined ? { total: bound.vote.total } : {}),
    };
  }
  return out;
}

export function buildDraft(
  analysis: Analysis,
  readings: Reading[],
  unread: Unread[],
  index: RegistryIndex,
  meta: ArticleMetaInput,
): DraftResult {
  const builder = new Builder(analysis, index, meta);
  const droppedUnread: Unread[] = [...unread];
  const titleKeysOf = (person: ResolvedPerson) =>
    readings
      .filter((reading): reading is HoldsReading => reading.kind === 'holds' && reading.person.key === person.key)
      .map((reading) => resolvedKey(reading.title, analysis.province))
      .filter((key): key is string => key !== undefined);

  // Names: one statement per person named in full.
  const firstMention = new Map<string, ResolvedPerson>();
  for (const person of analysis.persons) if (!person.bare && !firstMention.has(person.key)) firstMention.set(person.key, person);
  const sentenceOf = (span: Span): Sentence =>
    analysis.doc.sentences.find((sentence) => span.start >= sentence.start && span.end <= sentence.end) ?? { ...span, index: -1 };
  for (const [key, person] of firstMention) {
    const id = builder.person(person, titleKeysOf(person), sentenceOf(person));
    const name = analysis.names.get(key) ?? person.name;
    const printed = analysis.persons.find((mention) => !mention.bare && mention.name === name) ?? person;
    builder.statements.push({
      id: builder.statementId(`name-${slugify(name)}`),
      kind: 'name',
      entity: id,
      name,
      quotes: [builder.quote(sentenceOf(printed))],
      note: confidenceNote(
        printed.honorific ? 0.95 : 0.9,
        printed.honorific ? 'name after an honorific (ông, bà, đồng chí)' : 'name starting with a family name of the gazetteer',
      ),
    });
  }

  // Holds: one statement per person, post and start or end cause; attestations join the first.
  const holds = new Map<string, { person: string; position: string; readings: HoldsReading[] }>();
  for (const reading of readings) {
    if (reading.kind !== 'holds') continue;
    const position = builder.position(reading.title, builder.quote(reading.sentence));
    if (!position) {
      droppedUnread.push({
        sentence: reading.sentence,
        reason: `the title "${cut(analysis.doc, reading.title)}" names no province and the article's is unknown`,
      });
      continue;
    }
    const person = builder.person(reading.person, titleKeysOf(reading.person), reading.sentence);
    const cause = reading.start ? `start-${reading.start.cause}` : reading.end ? `end-${reading.end.cause}` : 'attested';
    const key = `${person}|${position}|${cause}`;
    const group = holds.get(key) ?? { person, position, readings: [] };
    group.readings.push(reading);
    holds.set(key, group);
  }
  for (const [key, group] of [...holds]) {
    if (!key.endsWith('|attested')) continue;
    const other = [...holds.entries()].find(
      ([otherKey, value]) => otherKey !== key && value.person === group.person && value.position === group.position,
    );
    if (other) {
      other[1].readings.push(...group.readings);
      holds.delete(key);
    }
  }
  for (const group of holds.values()) {
    const notes: string[] = [];
    const statement: Record<string, unknown> = { id: '', kind: 'holds', person: group.person, position: group.position };
    // Of several readings of one start or end, the one that gives a date.
    const best = (side: 'start' | 'end') =>
      group.readings
        .filter((reading) => reading[side])
        .sort((a, b) => Number(Boolean(b[side]!.date)) - Number(Boolean(a[side]!.date)) || b.confidence - a.confidence)[0];
    const start = best('start');
    const end = best('end');
    if (start?.start) statement.start = boundJson(builder, start.start, notes);
    if (end?.end) statement.end = boundJson(builder, end.end, notes);
    // One day per tenure and article: the attestation whose date the text ties most closely to the title.
    const attestations = group.readings.filter((reading) => !reading.start && !reading.end);
    const attested = attestations.filter((reading) => reading.attested).sort((x, y) => (y.attestedRank ?? 0) - (x.attestedRank ?? 0))[0];
    if (attested) {
      const value = builder.date(attested.attested, notes);
      if (value !== undefined) statement.attestedOn = value;
    } else if (attestations.length > 0 && meta.published) {
      // The title beside the name, in a sentence that gives no day: the person is shown in office when the article is published.
      statement.attestedOn = {
        value: meta.published.slice(0, 10),
        inferred: 'the sentence gives no date: the publication date of the article',
      };
    }
    const termReading = (start ?? end ?? group.readings[0])!;
    const term = termReading.term ?? group.readings.find((reading) => reading.term)?.term;
    if (term) {
      if (term.from <= term.to) statement.term = `${term.from}/${term.to}`;
      else notes.push(`the text prints the term "${cut(analysis.doc, term)}", which ends before it begins: not recorded`);
    }
    if (group.readings.some((reading) => reading.acting)) statement.acting = true;
    const rules = [...new Set(group.readings.map((reading) => reading.rule))];
    statement.quotes = [...new Set(group.readings.map((reading) => builder.quote(reading.sentence)))];
    // The confidence of what the statement says first: its start or end if it has one, else the attestation.
    const main = start ?? end ?? attested ?? group.readings[0]!;
    statement.note = [
      confidenceNote(main.confidence, [main.rule, ...rules.filter((rule) => rule !== main.rule)].join('; ')),
      ...notes,
    ].join('. ');
    const positionEntry = index.registry.byId.get(group.position);
    statement.id = builder.statementId(
      `${group.person.slice(7)}--${String(positionEntry?.id ?? '').slice(9)}${statement.start ? `--${(statement.start as Bound).cause}` : statement.end ? `--${(statement.end as Bound).cause}` : ''}`,
    );
    builder.statements.push(statement);
  }

  // The event the article reports, and who organized it.
  for (const reading of readings) {
    if (reading.kind !== 'event') continue;
    const notes: string[] = [];
    const quote = builder.quote(reading.sentence);
    const name = cut(analysis.doc, reading.name);
    const date = builder.date(reading.date, notes);
    const event = `event:${slugify(name).slice(0, 90).replace(/-+$/, '')}${date === undefined ? '' : `-${slugify(typeof date === 'string' ? date : (date as { value: string }).value)}`}`;
    const organizer = !reading.organizer
      ? undefined
      : 'national' in reading.organizer
        ? builder.nationalOrganization(reading.organizer.national, quote)
        : (reading.organizer.province ?? analysis.province)
          ? builder.provincialOrganization(reading.organizer.body, (reading.organizer.province ?? analysis.province)!, quote)
          : undefined;
    builder.statements.push({
      id: builder.statementId('event'),
      kind: 'event',
      event,
      name: name.charAt(0).toUpperCase() + name.slice(1),
      category: reading.category,
      ...(date !== undefined ? { date } : {}),
      ...(reading.partOfDay ? { partOfDay: reading.partOfDay } : {}),
      quotes: [quote],
      note: [
        confidenceNote(reading.confidence, reading.rule),
        "The name is the text's words from the event's noun to the end of its clause",
        ...notes,
      ].join('. '),
    });
    if (organizer)
      builder.statements.push({
        id: builder.statementId('event-organizer'),
        kind: 'organizes',
        event,
        organizer,
        quotes: [quote],
        note: confidenceNote(reading.confidence, 'organizer: the body named before "tổ chức"'),
      });
  }

  // Participations in the article's event: one per person and role; a presenter presents at it.
  const eventStatement = builder.statements.find((statement) => statement.kind === 'event');
  if (eventStatement) {
    const participations = new Map<string, { person: string; role: string; quotes: string[]; rules: string[] }>();
    const add = (person: ResolvedPerson, role: string, sentence: Sentence, rule: string) => {
      const id = builder.person(person, titleKeysOf(person), sentence);
      const entry = participations.get(`${id}|${role}`) ?? { person: id, role, quotes: [], rules: [] };
      const quote = builder.quote(sentence);
      if (!entry.quotes.includes(quote)) entry.quotes.push(quote);
      if (!entry.rules.includes(rule)) entry.rules.push(rule);
      participations.set(`${id}|${role}`, entry);
    };
    for (const reading of readings) {
      if (reading.kind === 'participates') add(reading.person, reading.role, reading.sentence, reading.rule);
      if (reading.kind === 'presents' && reading.presenter)
        add(reading.presenter, 'PRESENTER', reading.sentence, 'participation (presenter of an award)');
    }
    for (const entry of participations.values()) {
      builder.statements.push({
        id: builder.statementId(`${entry.person.slice(7)}-${entry.role.toLowerCase()}`),
        kind: 'participates',
        event: eventStatement.event,
        participant: entry.person,
        role: entry.role,
        quotes: entry.quotes,
        note: confidenceNote(0.7, entry.rules.join('; ')),
      });
    }
  }

  // Presentations: one per award and recipients; the same one told twice (a headline, a caption, the body) is one
  // statement with several quotes, its presenter and on whose behalf taken from whichever telling gives them.
  interface Presentation {
    award: string;
    presenter?: string;
    onBehalfOf?: string;
    recipients: string[];
    count?: number;
    description?: string;
    date?: unknown;
    quotes: string[];
    notes: string[];
    confidence: number;
    rules: string[];
  }
  const presentations: Presentation[] = [];
  const articleSlug = meta.id.slice(meta.id.indexOf(':') + 1);
  const compatible = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
  const noRecipients = (presentation: Presentation) =>
    presentation.count === undefined && presentation.recipients.length === 0 && presentation.description === undefined;
  for (const reading of readings) {
    if (reading.kind !== 'presents') continue;
    const quote = builder.quote(reading.sentence);
    const notes: string[] = [];
    let award: string;
    let onBehalfOf = reading.onBehalfOf ? builder.position(reading.onBehalfOf, quote) : undefined;
    if (reading.commendedBy) {
      const commended = builder.commendation(reading.commendedBy, quote);
      if (!commended) continue;
      ({ award, conferrer: onBehalfOf } = commended);
    } else award = builder.award(reading.awardKey, reading.conferrer, quote, reading.awardName);
    const presenter = reading.presenter ? builder.person(reading.presenter, titleKeysOf(reading.presenter), reading.sentence) : undefined;
    const recipients = [
      ...new Set([
        ...reading.recipients.map((person) => builder.person(person, titleKeysOf(person), reading.sentence)),
        ...reading.organizationRecipients.flatMap((organization) => {
          if (!organization.body) return [builder.nationalOrganization(organization.key, quote)];
          const province = organization.province ?? analysis.province;
          return province ? [builder.provincialOrganization(organization.body, province, quote)] : [];
        }),
      ]),
    ];
    const count = reading.counts.length > 0 ? reading.counts.reduce((sum, item) => sum + item.value, 0) : undefined;
    const description = reading.description ? cut(analysis.doc, reading.description) : undefined;
    const recipientsAgree = (other: Presentation): boolean => {
      if (noRecipients(other) || (count === undefined && recipients.length === 0)) return true;
      if (count !== undefined) return other.count === count;
      return recipients.length === other.recipients.length && recipients.every((id) => other.recipients.includes(id));
    };
    const same = presentations.find(
      (other) =>
        other.award === award &&
        compatible(other.presenter, presenter) &&
        compatible(other.onBehalfOf, onBehalfOf) &&
        recipientsAgree(other),
    );
    if (same) {
      if (!same.quotes.includes(quote)) same.quotes.push(quote);
      same.presenter ??= presenter;
      same.onBehalfOf ??= onBehalfOf;
      same.recipients = [...new Set([...same.recipients, ...recipients])];
      if (same.count === undefined && count !== undefined) {
        same.count = count;
        same.description = description;
        same.notes.push(`the recipients are not named: counted from "${description ?? count}"`);
      }
      same.confidence = Math.max(same.confidence, reading.confidence);
      if (!same.rules.includes(reading.rule)) same.rules.push(reading.rule);
      continue;
    }
    const date = builder.date(reading.date, notes);
    if (count !== undefined)
      notes.push(`the recipients are not named: counted from "${cut(analysis.doc, reading.description ?? reading.counts[0]!)}"`);
    presentations.push({
      award,
      presenter,
      onBehalfOf,
      recipients,
      count,
      description,
      date,
      quotes: [quote],
      notes,
      confidence: reading.confidence,
      rules: [reading.rule],
    });
  }
  const usedPresentationIds = new Set<string>();
  for (const presentation of presentations) {
    const base = `presentation:${slugify(presentation.award.slice(6))}--${articleSlug}`.slice(0, 150).replace(/-+$/, '');
    let id = base;
    for (let n = 2; usedPresentationIds.has(id); n += 1) id = `${base}-${n}`;
    usedPresentationIds.add(id);
    builder.statements.push({
      id: builder.statementId(`presents-${presentation.award.slice(6)}`),
      kind: 'presents',
      presentation: id,
      award: presentation.award,
      ...(presentation.presenter ? { presenter: presentation.presenter } : {}),
      ...(presentation.onBehalfOf ? { onBehalfOf: presentation.onBehalfOf } : {}),
      recipients: presentation.recipients,
      ...(presentation.date !== undefined ? { date: presentation.date } : {}),
      ...(presentation.count !== undefined ? { recipientCount: presentation.count } : {}),
      ...(presentation.description !== undefined ? { recipientDescription: presentation.description } : {}),
      quotes: presentation.quotes,
      note: [confidenceNote(presentation.confidence, presentation.rules.join('; ')), ...presentation.notes].join('. '),
    });
  }

  const unreadList = dedupeUnread(droppedUnread).map((item) => ({ quote: builder.quote(item.sentence), reason: item.reason }));
  const draft: Draft = {
    formatVersion: 2,
    article: {
      id: meta.id,
      title: meta.title,
      publisher: meta.publisher,
      author: null,
      published: meta.published,
      language: 'vi',
      url: meta.url,
      textFile: meta.textFile,
      note: [
        `Draft written by the extractor (src/extract): every statement's note gives its confidence and rule; entities marked "${NEW_NOTE}" are not yet in the registry.`,
        'The author is not read by the extractor.',
        analysis.provinceInferred ? `Bare "UBND tỉnh", "HĐND tỉnh", "Tỉnh ủy": ${analysis.provinceInferred}.` : '',
        meta.published === null ? 'The publication date was not given to the extractor.' : '',
        unreadList.length > 0
          ? `${unreadList.length} sentence(s) that look relevant were not read: ${unreadList.map((item) => `"${item.quote.slice(0, 80)}${item.quote.length > 80 ? '…' : ''}" (${item.reason})`).join('; ')}.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    },
    statements: builder.statements,
  };
  return { draft, proposed: builder.proposed, unread: unreadList };
}

function dedupeUnread(unread: Unread[]): Unread[] {
  const seen = new Set<number>();
  return unread.filter((item) => (seen.has(item.sentence.start) ? false : (seen.add(item.sentence.start), true)));
}
