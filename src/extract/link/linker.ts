/**
 * The linker: what a mention refers to in the registry (by the keys of registry.ts), or, where the registry lacks
 * it, a proposed entry: an id, names cut from the text or taken from the gazetteers, a source quote, and the note
 * NEW_NOTE. It knows nothing of statements; the draft's assembly (src/extract/draft/) asks it for ids.
 */
import { unstatedNameWords } from '../../statements/validate.js';
import { foldText } from '../../text/fold.js';
import type { Analysis, ResolvedPerson } from '../analysis.js';
import { GAZETTEER, type Body, type Province } from '../gazetteer.js';
import type { Locality } from '../scan/localities.js';
import { addEntry, type Entry, type RegistryIndex } from '../registry.js';
import { resolvedKey, scanTitles, type TitleMention } from '../scan/titles.js';
import { cut, foldAligned, slugify, type Span } from '../text.js';

/** The note of every entity the extractor proposes, so that a reviewer finds them. */
export const NEW_NOTE = 'proposed by the extractor: new';

/** A national title as a mention, for posts the text implies rather than prints (an award's conferrer, an approver). */
export const nationalTitle = (key: string): TitleMention => ({
  start: 0,
  end: 0,
  key: `national:${key}`,
  national: key,
  former: false,
});

/** A role and its body as one title: "Trưởng ban" and "Ban Tổ chức Tỉnh ủy" share their "Ban" ("Trưởng Ban Tổ chức Tỉnh ủy"). */
function positionTitle(role: string, body: string): string {
  const last = role.split(' ').at(-1)!;
  const first = body.split(' ')[0]!;
  return last.toLowerCase() === first.toLowerCase() && role.includes(' ') ? `${role.slice(0, -last.length)}${body}` : `${role} ${body}`;
}

export class Linker {
  /** Entities proposed for the registry, by collection. */
  readonly proposed = new Map<string, Entry[]>();
  private readonly personIds = new Map<string, string>();

  constructor(
    readonly analysis: Analysis,
    readonly index: RegistryIndex,
    /** The article's id, the source of every proposal. */
    readonly articleId: string,
  ) {}

  private propose(collection: string, entry: Entry, quote: string): Entry {
    const existing = this.index.registry.byId.get(entry.id);
    if (existing) return existing;
    const sources = [{ article: this.articleId, quote }];
    // A name is stated by a source: where the statement's quote leaves some of its words out (the province is
    // named earlier, a national post is implied), the sentence that prints them is a source of the entity too.
    const stating = collection === 'people' ? undefined : this.statingSentence(entry, [quote]);
    if (stating !== undefined && stating !== quote) sources.push({ article: this.articleId, quote: stating });
    const full: Entry = { ...entry, sources, note: NEW_NOTE };
    addEntry(this.index.registry, collection, full);
    this.proposed.set(collection, [...(this.proposed.get(collection) ?? []), full]);
    return full;
  }

  /**
   * The names of the registry entries an entry refers to (its organization, its place…): they state its name too.
   * Not its role, which many posts share (as in the name rule of src/statements/validate.ts).
   */
  private belongsToNames(entry: Entry): string[] {
    return Object.entries(entry).flatMap(([key, value]) => {
      if (key === 'id' || key === 'role' || typeof value !== 'string') return [];
      const referenced = this.index.registry.byId.get(value);
      const name = referenced?.name ?? referenced?.title;
      return typeof name === 'string' ? [name] : [];
    });
  }

  /**
   * The quote that states an entry's name: the first of `quotes` that does, else the first sentence of the article
   * that does; undefined when the article states it nowhere (the name rule of src/statements/validate.ts).
   */
  private statingSentence(entry: Entry, quotes: string[]): string | undefined {
    const name = entry.name ?? entry.title;
    if (typeof name !== 'string') return quotes[0];
    const belongsTo = this.belongsToNames(entry);
    const states = (quote: string) => unstatedNameWords(name, [quote], belongsTo).length === 0;
    const { doc } = this.analysis;
    return quotes.find(states) ?? doc.sentences.map((sentence) => doc.text.slice(sentence.start, sentence.end).trim()).find(states);
  }

  /** The registry person a full name refers to; with namesakes, the one whose recorded titles match this article's. */
  person(person: ResolvedPerson, titleKeys: string[], quote: string): string {
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
      id = this.propose('people', entry, quote).id;
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

  /** A national body, linked or proposed; undefined when the article names it nowhere ("Chủ tịch nước" names no "Nhà nước"). */
  nationalOrganization(key: string, quote: string): string | undefined {
    const organization = GAZETTEER.nationalOrganizations.get(key)!;
    const known = this.index.organizationsByName.get(foldText(organization.name));
    if (known) return known.id;
    const entry: Entry = {
      id: `org:${key}`,
      name: organization.name,
      nameEn: organization.en,
      classification: organization.classification,
      level: 'national',
    };
    if (this.statingSentence(entry, [quote]) === undefined) return undefined;
    return this.propose('organizations', entry, quote).id;
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
      const proposal: Entry = {
        id: `position:${national.key}`,
        title: national.title,
        titleEn: national.en,
        ...(organization ? { organization } : {}),
        ...this.role(national.registryRole),
      };
      // A post the text implies (an award's conferrer) but never prints is not proposed.
      if (this.statingSentence(proposal, [quote]) === undefined) return undefined;
      const entry = this.propose('positions', proposal, quote);
      this.index.positionsByKey.set(key, entry);
      return entry.id;
    }
    const role = GAZETTEER.roles.find((candidate) => candidate.key === title.role)!;
    const body = GAZETTEER.bodies.find((candidate) => candidate.key === title.body)!;
    const province = GAZETTEER.provinces.find(
      (candidate) => candidate.slug === (title.province ?? title.contextProvince ?? this.analysis.province),
    )!;
    if (title.locality) {
      const organization = this.index.registry.byId.get(this.localOrganization(body, province, title.locality, quote))!;
      const entry = this.propose(
        'positions',
        {
          id: `position:${slugify(`${role.title} ${String(organization.name)}`)}`,
          title: `${role.title} ${String(organization.name)}`,
          titleEn: `${role.en}, ${String(organization.nameEn)}`,
          organization: organization.id,
          ...this.role(
            GAZETTEER.localityKinds.get(title.locality.kind)?.level === 'district' ? body.localRegistryRoles?.[role.key] : undefined,
          ),
        },
        quote,
      );
      this.index.positionsByKey.set(key, entry);
      return entry.id;
    }
    const organization = this.index.registry.byId.get(this.provincialOrganization(body.key, province.slug, quote))!;
    const entry = this.propose(
      'positions',
      {
        id: `position:${slugify(`${role.title} ${String(organization.name)}`)}`,
        title: positionTitle(role.title, province.city && body.cityVariants ? body.short.replace('Tỉnh ủy', 'Thành ủy') : body.short),
        titleEn: `${role.en}, ${body.en} of ${province.name}`,
        organization: organization.id,
        ...this.role(body.registryRoles?.[role.key]),
      },
      quote,
    );
    this.index.positionsByKey.set(key, entry);
    return entry.id;
  }

  /**
   * A proposed post's role, as the gazetteer names it, where the registry holds that role: the grid of roles finds
   * posts by it (a chairman's post without one is missed, and the validator warns ROLE_MISSING).
   */
  private role(id: string | undefined): { role?: string } {
    return id !== undefined && this.index.registry.byId.has(id) ? { role: id } : {};
  }

  /** A body of a province ("UBND tỉnh Bình Thuận", "Tỉnh ủy Cà Mau", "Sở Tư pháp tỉnh Bình Thuận"), linked or proposed. */
  provincialOrganization(bodyKey: string, provinceSlug: string, quote: string): string {
    const body = GAZETTEER.bodies.find((candidate) => candidate.key === bodyKey)!;
    const province = GAZETTEER.provinces.find((candidate) => candidate.slug === provinceSlug)!;
    // A centrally governed city's Party bodies are its Thành ủy's ("Ban Tổ chức Thành ủy Hà Nội").
    const bodyName = province.city && body.cityVariants ? body.name.replace('Tỉnh ủy', 'Thành ủy') : body.name;
    const name = body.noProvinceWord
      ? `${bodyName} ${province.city ? 'thành phố' : 'tỉnh'} ${province.name}`
      : `${bodyName} ${province.name}`;
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

  /** A locality below a province ("huyện Vạn Ninh"), linked by id, or proposed under its province. */
  localPlace(province: Province, locality: Locality, quote: string): string {
    const kind = GAZETTEER.localityKinds.get(locality.kind)!;
    const parent = this.place(province, quote);
    const same = this.index.registry.byId.get(`place:${locality.slug}`);
    // Namesakes: many provinces have a "huyện Châu Thành"; the id says which where the plain one is another's.
    const id =
      same && same.parent !== undefined && same.parent !== parent ? `place:${locality.slug}-${province.slug}` : `place:${locality.slug}`;
    return this.propose('places', { id, name: locality.name, nameEn: `${locality.name} ${kind.en}`, kind: kind.placeKind, parent }, quote)
      .id;
  }

  /** A locality's body ("UBND huyện Vạn Ninh", "Huyện ủy Lâm Hà"), linked by name, or proposed. */
  localOrganization(body: Body, province: Province, locality: Locality, quote: string): string {
    const kind = GAZETTEER.localityKinds.get(locality.kind)!;
    const name = body.localKind ? `${body.name} ${locality.name}` : `${body.localName!} ${kind.printed} ${locality.name}`;
    const known = this.index.organizationsByName.get(foldText(name));
    const place = this.localPlace(province, locality, quote);
    if (known && (known.jurisdiction === undefined || known.jurisdiction === place)) return known.id;
    const organization = this.propose(
      'organizations',
      {
        id: `org:${slugify(name)}${known ? `-${province.slug}` : ''}`,
        name,
        nameEn: `${body.en} of ${locality.name} ${kind.en}`,
        classification: body.classification,
        level: kind.level,
        jurisdiction: place,
      },
      quote,
    );
    if (!known) this.index.organizationsByName.set(foldText(name), organization);
    return organization.id;
  }

  /** A body by its own name as printed ("Công ty Cổ phần Sông Đà", "Hội Nông dân tỉnh Hà Nam"), linked by folded name, or proposed. */
  namedOrganization(name: string, classification: string, quote: string): string {
    const known = this.index.organizationsByName.get(foldText(name));
    if (known) return known.id;
    const organization = this.propose('organizations', { id: `org:${slugify(name)}`, name, classification }, quote);
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
      const conferrerId = gazetteer.conferrer ? this.position(nationalTitle(gazetteer.conferrer), quote) : undefined;
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
    const conferrerEntry = conferrerId ? this.index.registry.byId.get(conferrerId) : undefined;
    const conferrerTitle = String(conferrerEntry?.title ?? '');
    const entry = this.propose(
      'awards',
      {
        id: `award:${slugify(key)}`,
        name: conferrerTitle ? `${generic.name} của ${conferrerTitle}` : generic.name,
        nameEn: conferrerTitle ? `${generic.en} of the ${String(conferrerEntry?.titleEn ?? conferrerTitle)}` : generic.en,
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
      { id: `award:${slugify(`khen thuong ${conferrer.slice(conferrer.indexOf(':') + 1)}`)}`, name, conferrer },
      quote,
    );
    this.index.awardsByKey.set(`raw:${foldText(name)}`, entry);
    return { award: entry.id, conferrer };
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
