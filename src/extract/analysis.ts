/**
 * What the scanners find in an article, in one place: people, titles, dates, numbers and awards, the article's
 * province (bare "UBND tỉnh" means its bodies), its main date (the lead's), and the sentences. Bare mentions
 * ("ông Linh") are resolved here to the full name given earlier, and a name printed short ("Nguyễn Hương") to the
 * longer one it begins.
 */
import { foldText } from '../text/fold.js';
import { addressPublication, givenPublication, type Publication } from './dating/publication.js';
import { GAZETTEER, PATTERNS } from './gazetteer.js';
import { scanAwards, type AwardMention } from './scan/awards.js';
import { scanDates, type DateMention } from './scan/dates.js';
import {
  scanCounts,
  scanDecisions,
  scanTerms,
  scanVotes,
  type CountMention,
  type DecisionMention,
  type TermMention,
  type VoteMention,
} from './scan/numbers.js';
import { scanPersons, type PersonMention } from './scan/persons.js';
import { scanTitles, type TitleMention } from './scan/titles.js';
import { escapeRegExp, makeDoc, type Doc, type Sentence, type Span } from './text.js';

export interface ArticleInput {
  text: string;
  /** A date-time, a day, a month ("2024-10") or a year ("2024"): evidence of the year of dates printed without one. */
  published?: string;
  /** Where the text names no province, the publisher's or the address's may ("baobacninh.vn"). */
  publisher?: string;
  url?: string;
}

export interface ResolvedPerson extends PersonMention {
  /** The folded full name this mention refers to (itself, or the earlier full name of a bare mention). */
  key: string;
}

export interface Analysis {
  doc: Doc;
  /** The publication date given with the article, at its precision. */
  publication?: Publication;
  /** The day the page's address gives (its publication day), when the address has one. */
  addressDate?: Publication;
  persons: ResolvedPerson[];
  /** Full names by key: the first printed form. */
  names: Map<string, string>;
  titles: TitleMention[];
  dates: DateMention[];
  counts: CountMention[];
  votes: VoteMention[];
  terms: TermMention[];
  decisions: DecisionMention[];
  awards: AwardMention[];
  /** The province most titles and bodies of the article name; bare "UBND tỉnh" is its. */
  province?: string;
  /** Set when the province is not named by the text but inferred from the publisher or the address: why. */
  provinceInferred?: string;
  /** The first dated day in the lead: the day of the event the article reports. */
  mainDate?: DateMention;
}

/**
 * A province named after "tỉnh", "thành phố", "TP", or a body ("HĐND Hà Nội", "UBND TP Hải Phòng"), or by a name
 * that says "TP" itself ("quận Thủ Đức – TP HCM"). Variants are escaped: the dot of "tp.hcm" matched any letter, and
 * "Thành ủy TP HCM" then named no province the map knew.
 */
const PROVINCE_MENTION = new RegExp(
  `(?<![a-z])(?:(?:tinh|tinh uy|thanh uy|thanh pho|hdnd|ubnd)(?:\\s+tp\\.?)?\\s+|tp\\.?\\s*|(?=tp[.\\s]|thanh pho\\s))(${[
    ...GAZETTEER.provinceByVariant.keys(),
  ]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/ /g, '\\s+'))
    .join('|')})(?![a-z])`,
  'g',
);

/** A body's name right before a province's: "HĐND tỉnh", "UBND", "Tỉnh ủy". */
const BODY_BEFORE = /(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|tinh uy)\s+$/;

function articleProvince(folded: string, titles: TitleMention[]): string | undefined {
  const votes = new Map<string, number>();
  for (const title of titles) if (title.province) votes.set(title.province, (votes.get(title.province) ?? 0) + 2);
  for (const match of folded.matchAll(PROVINCE_MENTION)) {
    const province = GAZETTEER.provinceByVariant.get(match[1]!.replace(/\s+/g, ' '))!.slug;
    votes.set(province, (votes.get(province) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0];
}

function resolvePersons(mentions: PersonMention[]): { persons: ResolvedPerson[]; names: Map<string, string> } {
  const names = new Map<string, string>();
  const full = mentions.filter((mention) => !mention.bare);
  // A short form that begins a longer name of the article is that name ("Nguyễn Hương" for "Nguyễn Hương Giang").
  const keyOf = (folded: string): string =>
    full.find((other) => other.folded !== folded && other.folded.startsWith(`${folded} `))?.folded ?? folded;
  const persons: ResolvedPerson[] = [];
  for (const mention of mentions) {
    if (!mention.bare) {
      const key = keyOf(mention.folded);
      if (!names.has(key)) names.set(key, full.find((other) => other.folded === key)?.name ?? mention.name);
      persons.push({ ...mention, key });
      continue;
    }
    // "ông Phong": the latest full name before it whose given name (last syllable) is Phong.
    const earlier = persons.filter(
      (person) => !person.bare && person.start < mention.start && person.key.split(' ').at(-1) === mention.folded,
    );
    const candidates = new Set(earlier.map((person) => person.key));
    if (candidates.size === 1) persons.push({ ...mention, key: earlier.at(-1)!.key });
  }
  return { persons, names };
}

/** "18/01/2021 17:35", "Cập nhật: 21:00 | 11/01/2019": the page's time stamp, not the day of the event. */
function isDateline(text: string, date: DateMention): boolean {
  return (
    /\d{1,2}:\d{2}\s*(?:\|\s*)?$|cập nhật:?\s*$|\|\s*$/i.test(text.slice(Math.max(0, date.start - 20), date.start)) ||
    /^\s*(?:-\s*)?\d{1,2}:\d{2}/.test(text.slice(date.end, date.end + 10))
  );
}

/** A name found once (after an honorific) is a name wherever else the article prints it, even without one. */
function withKnownNames(doc: Doc, found: PersonMention[]): PersonMention[] {
  const mentions = [...found];
  const known = [...new Map(mentions.filter((mention) => !mention.bare).map((mention) => [mention.folded, mention])).values()];
  const extra: PersonMention[] = [];
  for (const name of known) {
    const pattern = new RegExp(`(?<![a-z0-9])${name.folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![a-z0-9])`, 'g');
    for (const match of doc.folded.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (extra.some((mention) => start < mention.end && end > mention.start)) continue;
      // A shorter mention inside this one ("Nguyễn Hương" of "Nguyễn Hương giang") gives way to the full name.
      const inner = mentions.findIndex(
        (mention) => mention.start >= start && mention.end <= end && mention.end - mention.start < end - start,
      );
      if (inner >= 0) {
        const replaced = mentions[inner]!;
        mentions.splice(inner, 1);
        extra.push({ start, end, name: doc.text.slice(start, end), folded: name.folded, bare: false, honorific: replaced.honorific });
        continue;
      }
      if (mentions.some((mention) => start < mention.end && end > mention.start)) continue;
      extra.push({ start, end, name: doc.text.slice(start, end), folded: name.folded, bare: false, honorific: false });
    }
  }
  return [...mentions, ...extra].sort((a, b) => a.start - b.start);
}

function provinceOf(folded: string, titles: TitleMention[], input: ArticleInput): { province?: string; provinceInferred?: string } {
  const province = articleProvince(folded, titles);
  if (province) return { province };
  const source = `${input.publisher ?? ''} ${input.url ?? ''}`;
  const squeezed = foldText(source).replace(/[^a-z0-9]/g, '');
  if (!squeezed) return {};
  const known =
    GAZETTEER.publishers.find((publisher) => squeezed.includes(publisher.match)) ??
    GAZETTEER.provinces
      .map((candidate) => ({ match: candidate.slug.replace(/-/g, ''), province: candidate.slug }))
      .find((candidate) => candidate.match.length >= 6 && squeezed.includes(candidate.match));
  return known
    ? {
        province: known.province,
        provinceInferred: `the text names no province; "${known.province}" is inferred from the publisher or the address (${source.trim().slice(0, 80)})`,
      }
    : {};
}

const LOCALITY_KIND_AFTER = new RegExp(`^\\s*(${PATTERNS.localityWord})(?![a-z])`);

/** The kind of locality a title's body is of, when the title prints none of its name ("Huyện ủy", "UBND huyện"). */
function localKindOf(doc: Doc, title: TitleMention): string | undefined {
  const body = GAZETTEER.bodies.find((candidate) => candidate.key === title.body);
  if (body?.localKind) return body.localKind;
  const word = LOCALITY_KIND_AFTER.exec(doc.folded.slice(title.end, title.end + 16));
  return word ? GAZETTEER.localityKindByVariant.get(word[1]!.replace(/\s+/g, ' '))?.key : undefined;
}

/**
 * "Bí thư Huyện ủy, Chủ tịch UBND huyện An Dương": titles of one locality joined by a comma print its name once, after
 * the last; the earlier ones, unreadable alone, are of that locality when it is of their kind (a district's Party
 * Committee and a district's People's Committee), never of a kind their words do not name.
 */
function shareLocalities(doc: Doc, titles: TitleMention[]): void {
  for (let index = titles.length - 2; index >= 0; index -= 1) {
    const [title, next] = [titles[index]!, titles[index + 1]!];
    if (!title.unreadable || title.locality || title.former || !title.role || !next.locality || next.unreadable) continue;
    if (!/^\s*,\s*$/.test(doc.folded.slice(title.end, next.start)) || localKindOf(doc, title) !== next.locality.kind) continue;
    const province = next.province;
    title.locality = next.locality;
    if (province) title.province = province;
    else if (next.contextProvince) title.contextProvince = next.contextProvince;
    title.key = `${title.role}|${title.body}|${province ?? '?'}|${next.locality.slug}`;
    delete title.unreadable;
  }
}

/** "UBND huyện, thị xã": bodies of every locality of several kinds, none in particular. */
const SEVERAL_KINDS_AFTER = new RegExp(`^\\s*(?:${PATTERNS.localityWord})\\s*(?:,|va|hoac)\\s*(?:${PATTERNS.localityWord})(?![a-z])`);

/**
 * "giữ chức Chủ tịch UBND quận", "Ủy viên Ban Thường vụ Quận ủy": a locality's body whose name is not printed is of
 * the one locality of its kind the article's titles name ("Phó Bí thư Quận ủy Thủ Đức"), as a bare "UBND tỉnh" is
 * of the article's province; where they name none or several, it stays unread.
 */
function articleLocalities(doc: Doc, titles: TitleMention[], persons: readonly PersonMention[]): void {
  // A "locality" that is the name of a person the article prints outside every title ("UBND thành phố Lê Khắc Nam":
  // the city's, and Lê Khắc Nam, "đồng chí Lê Khắc Nam" elsewhere) names none.
  // Both are in the order of the text: one pass over the titles finds the one each person may be inside.
  let next = 0;
  const outside = (person: PersonMention) => {
    while (next < titles.length && titles[next]!.end <= person.start) next += 1;
    for (let index = next; index < titles.length && titles[index]!.start <= person.start; index += 1)
      if (person.end <= titles[index]!.end) return false;
    return true;
  };
  const people = new Set(persons.filter((person) => !person.bare && outside(person)).map((person) => person.folded));
  const named = new Map<string, Set<string>>();
  for (const title of titles)
    if (title.locality && !title.unreadable && !people.has(foldText(title.locality.name)))
      named.set(title.locality.kind, (named.get(title.locality.kind) ?? new Set()).add(title.locality.slug));
  for (const title of titles) {
    if (!title.unreadable || title.locality || title.former || !title.role || !title.unreadable.startsWith('a body of a locality'))
      continue;
    if (SEVERAL_KINDS_AFTER.test(doc.folded.slice(title.end, title.end + 40))) continue;
    const kind = localKindOf(doc, title);
    const slugs = kind === undefined ? undefined : named.get(kind);
    if (!slugs || slugs.size !== 1) continue;
    const locality = titles.find((other) => other.locality?.slug === [...slugs][0] && !other.unreadable)!;
    title.locality = locality.locality;
    if (locality.province) title.province = locality.province;
    title.key = `${title.role}|${title.body}|${title.province ?? '?'}|${title.locality!.slug}`;
    delete title.unreadable;
  }
}

export function analyse(input: ArticleInput): Analysis {
  const doc = makeDoc(input.text);
  const titles = scanTitles(doc.text, doc.folded);
  // An article about several provinces: a title without its province is of the province its sentence named last
  // ("HĐND tỉnh Phú Yên miễn nhiệm chức vụ Chủ tịch UBND tỉnh …").
  const named = [...doc.folded.matchAll(PROVINCE_MENTION)].map((match) => ({
    at: match.index,
    province: GAZETTEER.provinceByVariant.get(match[1]!.replace(/\s+/g, ' '))!.slug,
    ofBody: BODY_BEFORE.test(doc.folded.slice(Math.max(0, match.index - 20), match.index)) || /^(?:hdnd|ubnd|thanh uy)/.test(match[0]),
  }));
  // Where the sentence names none, the previous one's body may: "Ngày 2/10, HĐND tỉnh Yên Bái … tổ chức kỳ họp ….
  // Ông A đã trúng cử chức danh Chủ tịch UBND tỉnh" (only where the article names several provinces, else it is the
  // article's; and not a place of birth: "quê quán … tỉnh Nam Định").
  const several = new Set(named.map((mention) => mention.province)).size > 1;
  for (const title of titles) {
    if (title.province) continue;
    const sentence = doc.sentences.find((candidate) => title.start >= candidate.start && title.end <= candidate.end);
    if (!sentence) continue;
    const previous = several ? doc.sentences[sentence.index - 1] : undefined;
    const last =
      named.filter((mention) => mention.at >= sentence.start && mention.at < title.start).at(-1) ??
      (previous && named.filter((mention) => mention.ofBody && mention.at >= previous.start && mention.at < previous.end).at(-1));
    if (last) title.contextProvince = last.province;
  }
  // "Tỉnh ủy viên, Chủ tịch Liên đoàn Lao động tỉnh Khánh Hòa": titles joined by a comma are of the province the
  // last of them prints.
  for (let index = titles.length - 2; index >= 0; index -= 1) {
    const [title, next] = [titles[index]!, titles[index + 1]!];
    const province = next.province ?? (next.national ? undefined : next.contextProvince);
    if (!title.province && !title.national && province && /^\s*,\s*$/.test(doc.folded.slice(title.end, next.start)))
      title.contextProvince = province;
  }
  shareLocalities(doc, titles);
  const found = scanPersons(doc.text, doc.folded);
  articleLocalities(doc, titles, found);
  const dates = scanDates(doc.folded);
  // A locality a title names is no person ("Bí thư Huyện ủy Triệu Sơn", "UBND huyện Châu Thành A"): Triệu is also a family name.
  const inTitle = (mention: PersonMention) =>
    titles.some((title) => title.locality && !title.unreadable && mention.start >= title.start && mention.end <= title.end);
  const { persons, names } = resolvePersons(
    withKnownNames(
      doc,
      found.filter((mention) => !inTitle(mention)),
    ),
  );
  // The day of the event the article reports: a date that opens one of the lead's sentences ("Chiều ngày 11-1, …",
  // "(Chinhphu.vn) - Ngày 17/11, …"), not a page's time stamp, a date in brackets, or an effective date ("từ ngày 1-8").
  const lead = doc.sentences.slice(0, 6);
  const opens = (date: DateMention, sentence: Sentence) =>
    /^(?:\([^)]{0,24}\)\s*[-–]?\s*)?(?:[^\s,]+\s*[-–]\s*)?$/.test(doc.text.slice(sentence.start, date.start));
  // "từ ngày 1-8" is when something takes effect, not the day of the event.
  const introduced = (date: DateMention) =>
    (date.partOfDay !== undefined || /^ngày/i.test(doc.text.slice(date.start, date.end))) &&
    !/(?:^|[^a-z])(?:tu|ke tu|den|cho den|truoc)\s+$/.test(doc.folded.slice(Math.max(0, date.start - 10), date.start));
  const mainDate = dates.find(
    (date) =>
      date.day !== undefined &&
      !isDateline(doc.text, date) &&
      !/\(\s*$/.test(doc.text.slice(Math.max(0, date.start - 2), date.start)) &&
      !/(?:quyet dinh|qd|to trinh|cong van|thong bao|nghi quyet)[^,;]{0,40}\s+$/.test(
        doc.folded.slice(Math.max(0, date.start - 60), date.start),
      ) &&
      lead.some((sentence) => date.start >= sentence.start && date.end <= sentence.end && (opens(date, sentence) || introduced(date))),
  );
  const where = provinceOf(doc.folded, titles, input);
  // "Thành ủy" without a city's name is the Party Committee of a centrally governed city's article ("Ủy viên Ban
  // Thường vụ Thành ủy", "Thành ủy viên" in Hải Phòng); elsewhere, of a city whose name is not printed.
  const isCity = (slug: string | undefined) => GAZETTEER.provinces.some((province) => province.slug === slug && province.city);
  for (const title of titles) {
    if (title.body === 'thanh-uy' && !title.locality && !title.province && isCity(title.contextProvince ?? where.province))
      delete title.unreadable;
    // "Ban Tổ chức Thành ủy" is a province's body only in a centrally governed city; elsewhere a city's whose name is not printed.
    if (title.cityBody && !isCity(title.province ?? title.contextProvince ?? where.province))
      title.unreadable ??= 'a body of a city of a province, whose name is not printed';
  }
  return {
    doc,
    publication: givenPublication(input.published),
    addressDate: addressPublication(input.url),
    persons,
    names,
    titles,
    dates,
    counts: scanCounts(doc.folded),
    votes: scanVotes(doc.folded),
    terms: scanTerms(doc.folded),
    decisions: scanDecisions(doc.folded),
    awards: scanAwards(doc.folded),
    mainDate,
    ...where,
  };
}

/** The items inside a span (a sentence). */
export const inside = <T extends Span>(items: readonly T[], span: Span): T[] =>
  items.filter((item) => item.start >= span.start && item.end <= span.end);

/** The sentence holding an offset. */
export const sentenceAt = (analysis: Analysis, offset: number): Sentence | undefined =>
  analysis.doc.sentences.find((sentence) => offset >= sentence.start && offset < sentence.end);
