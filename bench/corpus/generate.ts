/**
 * A synthetic corpus in the product's own format (seed/README.md): a registry and article files of generated
 * Vietnamese news, every statement quoting its article verbatim, deterministic for a (scale, seed). Scale 1 is
 * about 10,000 articles and 130,000 statements.
 *
 * The world: provinces (the 63 of bench/synthetic/vocab.ts, as many as the scale needs), each with its People's
 * Council and Committee, Party Committee, departments and districts (more of them at larger scales), and their
 * posts. The posts' holders change over 2010–2025 as they do in the seed's articles: elected and dismissed at the
 * council's sessions (several changes a session, two reports of some sessions, the Prime Minister's approval of a
 * chairman's election in a third article), re-elected at a term's first session, appointed by a decision
 * announced at a ceremony, promoted from a lower post (which then ends). Around them, conferences and ceremonies
 * where the holders chair, speak and attend under their titles, former holders attend as "nguyên …", and awards
 * are presented on behalf of the Prime Minister, the President or the province's chairman to named and counted
 * recipients. So a tenure is stated by several articles, its start and end by different ones; a second report
 * that misdates a session disputes the event's date and the elections' (half of them with the council's own
 * report ranked preferred); one name is now and then given to two people (namesakes, declared `distinctFrom`).
 *
 * Memory is bounded by one province's plan and the registry's ids, not by the corpus: each article is handed to
 * the sink as soon as it is written, and each registry entry as soon as a quote states it (registry.ts).
 */
import type { ArticleMeta, RegistryEntry, Statement } from '../../src/statements/format.js';
import type { DateInput } from '../../src/statements/dates.js';
import { referencesOf } from '../../src/statements/kinds.js';
import { FORMAT_VERSION } from '../../src/statements/format.js';
import { foldText } from '../../src/text/fold.js';
import { slugify } from '../synthetic/generate.js';
import { calendarOf, epochDay } from '../synthetic/part.js';
import { cumulativeOf, Random, seedOf } from '../synthetic/prng.js';
import {
  BYLINES,
  DEPARTMENTS,
  EVENT_KINDS,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  FIGURE_METRICS,
  MALE_GIVEN,
  MALE_MIDDLE,
  NUMBER_WORDS,
  PLACE_SYLLABLES,
  PROVINCES,
  PUBLISHERS_NATIONAL,
} from '../synthetic/vocab.js';
import { CorpusRegistry, type Collection } from './registry.js';

export interface CorpusOptions {
  scale: number;
  seed: number;
}

export interface ArticleFile {
  formatVersion: typeof FORMAT_VERSION;
  article: ArticleMeta;
  statements: Statement[];
}

/** Where the corpus goes: registry entries and articles, in the order they are made. */
export interface CorpusSink {
  entity(collection: Collection, entry: RegistryEntry): void;
  /** `base` names the files: `<base>.json` and `<base>.txt`. */
  article(base: string, file: ArticleFile, text: string): void;
}

export interface CorpusSummary {
  articles: number;
  statements: number;
  /** Statements by kind. */
  kinds: Record<string, number>;
  entities: Record<Collection, number>;
  provinces: number;
}

export const ARTICLES_PER_SCALE = 10_000;
/** About the articles a province gets: a scale adds provinces of this many until the 63 are used, then grows each one. */
const ARTICLES_PER_PROVINCE = 160;
const START = epochDay(2010, 1, 1);
const LAST = epochDay(2025, 6, 30);
const YEAR = 365;

/** A council's terms (People's Councils and Committees) and the Party's, with the first day of each. */
const COUNCIL_TERMS: readonly [number, number][] = [
  [2004, 2011],
  [2011, 2016],
  [2016, 2021],
  [2021, 2026],
];
const PARTY_TERMS: readonly [number, number][] = [
  [2005, 2010],
  [2010, 2015],
  [2015, 2020],
  [2020, 2025],
  [2025, 2030],
];
const termOf = (day: number, terms: readonly [number, number][], month: number): [number, number] => {
  const { year, month: m } = calendarOf(day);
  const found = [...terms].reverse().find(([from]) => year > from || (year === from && m >= month));
  return found ?? terms[0]!;
};

const FAMILY = FAMILY_NAMES.map(([name]) => name);
const FAMILY_CUMULATIVE = cumulativeOf(FAMILY_NAMES.map(([, weight]) => weight));
const EVENT_KIND_CUMULATIVE = cumulativeOf(EVENT_KINDS.map((kind) => kind.weight));
const TERM_YEARS = [2, 3, 4, 5, 6];
const TERM_CUMULATIVE = cumulativeOf([1, 2, 2, 6, 1]);
const NATIONAL_DOMAINS = ['nhandan.vn', 'baochinhphu.vn', 'baotintuc.vn', 'laodong.vn', 'tuoitre.vn'] as const;

const ROMAN: readonly [number, string][] = [
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [size, letters] of ROMAN)
    while (rest >= size) {
      text += letters;
      rest -= size;
    }
  return text;
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');
const iso = (day: number) => {
  const { year, month, day: d } = calendarOf(day);
  return `${year}-${pad(month)}-${pad(d)}`;
};
/** 11/01/2019, as a page prints its publication date. */
const printedDay = (day: number) => {
  const { year, month, day: d } = calendarOf(day);
  return `${pad(d)}/${pad(month)}/${year}`;
};
/** 11/1/2019, as a sentence prints a date. */
const spokenDay = (day: number) => {
  const { year, month, day: d } = calendarOf(day);
  return `${d}/${month}/${year}`;
};
/** `count` distinct items, in the order drawn. */
function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  while (drawn.length < count && pool.length > 0) drawn.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
  return drawn;
}
const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

interface Person {
  id: string;
  name: string;
  female: boolean;
}

type SeatKind = 'council' | 'party' | 'appointed';

interface Council {
  /** The People's Council's organization id. */
  org: string;
  /** "HĐND tỉnh Bắc Giang". */
  name: string;
  /** Where its sessions are held, and how the text names it ("tỉnh Bắc Giang", "huyện Yên Thế, tỉnh Bắc Giang"). */
  place: string;
  placeText: string;
  /** Sessions: day, number within the term, the council's khóa. */
  sessions: { day: number; number: number; khoa: string; first: boolean }[];
  seats: number;
  /** The posts whose holders attend its sessions (the Party secretary, the People's Committee's chairman). */
  leaders: Post[];
}

interface Post {
  id: string;
  /** As the text prints it without its province ("Chủ tịch UBND tỉnh", "Giám đốc Sở Tài chính"). */
  short: string;
  /** The registry's title, with the province ("Giám đốc Sở Tài chính tỉnh Bắc Giang"). */
  title: string;
  organization: string;
  kind: SeatKind;
  council?: Council;
  /** The body whose decisions announce its appointments (the People's Committee, the Party Committee). */
  decider: string;
  lower: Post[];
  /** Its holders sit on the province's Party Standing Committee. */
  member: boolean;
  seats: Seat[];
}

interface Tenure {
  person: Person;
  post: Post;
  from: number;
  /** False for the holders in office when the corpus's years begin: no article gives their start. */
  startKnown: boolean;
  to?: number;
}

interface Seat {
  post: Post;
  holder?: Tenure;
  next: number;
  tenures: Tenure[];
}

interface Transition {
  post: Post;
  old?: Tenure;
  new: Tenure;
  /** The lower post the new holder leaves for this one. */
  promotedFrom?: Tenure;
  leaving: 'retired' | 'transferred';
}

interface Occasion {
  day: number;
  kind: 'session' | 'decision' | 'ceremony';
  council?: Council;
  /** For a decision: the body that announces it. */
  body?: string;
  transitions: Transition[];
  reelected: Tenure[];
  /** A second report, by another publisher; `shift`: it prints the next day; `preferred`: the first report is ranked preferred. */
  second?: { shift: boolean; preferred: boolean };
  approvals: Transition[];
}

/** Where the corpus stands: the registry, people by folded name, the article counter. */
class Corpus {
  readonly registry: CorpusRegistry;
  readonly summary: CorpusSummary;
  /** Folded names given so far, and the names with their gender, from which a namesake is drawn. */
  private readonly takenNames = new Set<string>();
  private readonly names: { name: string; female: boolean }[] = [];
  private readonly ids = new Set<string>();
  private articleNumber = 0;

  constructor(
    readonly options: CorpusOptions,
    readonly sink: CorpusSink,
  ) {
    this.registry = new CorpusRegistry((collection, entry) => sink.entity(collection, entry));
    this.summary = { articles: 0, statements: 0, kinds: {}, entities: this.registry.counts, provinces: 0 };
  }

  random(...stream: (string | number)[]): Random {
    return new Random(seedOf(this.options.seed, this.options.scale, ...stream));
  }

  private drawName(random: Random, female: boolean, middles: number): string {
    const family = random.weighted(FAMILY, FAMILY_CUMULATIVE);
    const middle = Array.from({ length: middles }, (_, index) =>
      female ? (index === 0 && random.chance(0.5) ? 'Thị' : random.pick(FEMALE_MIDDLE)) : random.pick(MALE_MIDDLE),
    );
    return [family, ...middle, female ? random.pick(FEMALE_GIVEN) : random.pick(MALE_GIVEN)].join(' ');
  }

  /**
   * A new person: a name no one else has once folded (the validator warns of any two), or now and then on purpose
   * the name of someone already named (a namesake, which the registry declares distinct from the others).
   */
  newPerson(random: Random, namesake = false): Person {
    let chosen: { name: string; female: boolean } | undefined;
    if (this.names.length > 0 && (namesake || random.chance(0.015))) chosen = random.pick(this.names);
    else {
      const female = random.chance(0.25);
      for (let attempt = 0; chosen === undefined; attempt += 1) {
        const name = this.drawName(random, female, attempt < 8 ? 1 : 2);
        if (!this.takenNames.has(foldText(name))) chosen = { name, female };
      }
      this.takenNames.add(foldText(chosen.name));
      this.names.push(chosen);
    }
    const { name, female } = chosen;
    let id = `person:${slugify(name)}`;
    for (let suffix = 2; this.ids.has(id); suffix += 1) id = `person:${slugify(name)}-${suffix}`;
    this.ids.add(id);
    const words = name.split(' ');
    this.registry.define('people', { id, name, familyName: words[0]!, givenName: words.at(-1)!, aliases: [] });
    return { id, name, female };
  }

  nextArticle(): number {
    this.articleNumber += 1;
    return this.articleNumber;
  }

  written(file: ArticleFile): void {
    this.summary.articles += 1;
    this.summary.statements += file.statements.length;
    for (const statement of file.statements) this.summary.kinds[statement.kind] = (this.summary.kinds[statement.kind] ?? 0) + 1;
  }
}

type StatementInput = Statement extends infer S ? (S extends Statement ? Omit<S, 'id'> : never) : never;

/** One article: its text sentence by sentence, its statements, each naming what its quotes state. */
class ArticleWriter {
  private readonly paragraphs: string[] = [];
  private readonly statements: Statement[] = [];
  private readonly named = new Set<string>();
  readonly id: string;
  private readonly base: string;

  constructor(
    private readonly corpus: Corpus,
    readonly day: number,
    private readonly meta: { title: string; publisher: string; domain: string; author: string; minute: number },
    private readonly random: Random,
  ) {
    const number = corpus.nextArticle();
    const slug = `${meta.domain.replace(/\..*$/, '')}-${iso(day)}-${number}`;
    this.id = `article:${slug}`;
    this.base = `${pad(number, 6)}_${slug}`;
  }

  say(sentence: string): string {
    this.paragraphs.push(sentence);
    return sentence;
  }

  add(statement: StatementInput): Statement {
    const full = { id: `s${this.statements.length + 1}`, ...statement } as Statement;
    this.statements.push(full);
    for (const reference of referencesOf(full))
      if (this.corpus.registry.has(reference.id)) this.corpus.registry.mention(reference.id, this.id, full.quotes);
    return full;
  }

  /** A name statement the first time the article names the person. */
  /**
   * A name statement the first time the article names the person, for most people: the seed's editors record the
   * names an article prints, not each one (3 name statements an article to 6 of holds).
   */
  name(person: Person, quote: string): void {
    if (this.named.has(person.id)) return;
    this.named.add(person.id);
    if (this.random.chance(0.7)) this.add({ kind: 'name', entity: person.id, name: person.name, quotes: [quote] });
  }

  /** How the article dates its own day when it prints only the day and month ("Chiều ngày 11-1"). */
  inferred(day: number, printed: string): DateInput {
    return { value: iso(day), inferred: `the text gives "${printed}"; the year is that of the publication date (${printedDay(this.day)})` };
  }

  finish(): void {
    const published = `${iso(this.day)}T${pad(Math.floor(this.meta.minute / 60))}:${pad(this.meta.minute % 60)}:00+07:00`;
    const file: ArticleFile = {
      formatVersion: FORMAT_VERSION,
      article: {
        id: this.id,
        title: this.meta.title,
        publisher: this.meta.publisher,
        author: this.meta.author,
        published,
        language: 'vi',
        url: `https://${this.meta.domain}/${this.base.slice(7)}.html`,
        textFile: `${this.base}.txt`,
      },
      statements: this.statements,
    };
    const stamp = `${printedDay(this.day)} ${pad(Math.floor(this.meta.minute / 60))}:${pad(this.meta.minute % 60)}`;
    const text = [this.meta.title, stamp, ...this.paragraphs, this.meta.author].join('\n\n') + '\n';
    this.corpus.sink.article(this.base, file, text);
    this.corpus.written(file);
  }
}

const FILLER_SENTENCES = [
  'Các đại biểu tập trung thảo luận, thống nhất các nhiệm vụ trọng tâm trong thời gian tới.',
  'Kỳ họp cũng đã thông qua nhiều nghị quyết quan trọng về phát triển kinh tế - xã hội.',
  'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ và đề ra giải pháp cho giai đoạn tiếp theo.',
  'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin là một trong những nhiệm vụ trọng tâm.',
  'Các cơ quan, đơn vị cần chủ động phối hợp, bảo đảm hoàn thành các chỉ tiêu đề ra.',
] as const;

/** One province: its bodies, posts and their holders over the years, and the articles that state them. */
class Province {
  private readonly random: Random;
  private readonly name: string;
  private readonly slug: string;
  private readonly unit: string;
  private readonly placeId: string;
  private readonly party: string;
  private readonly partyName: string;
  private readonly ubnd: string;
  private readonly publisher: string;
  private readonly domain: string;
  private readonly posts: Post[] = [];
  private readonly seats: Seat[] = [];
  private tenures: Tenure[] = [];
  private readonly council: Council;
  private readonly chair: Post;
  private readonly viceChair: Post;
  private readonly member: Post;
  private readonly departmentHeads: Post[] = [];
  private readonly districtHeads: { ubnd: string; chair: Post; vice: Post; partyHead: Post; place: string; placeText: string }[] = [];
  private readonly councilChair: Post;
  /** Ủy viên UBND: the department directors a term's first session elects to the People's Committee (not simulated: no seats). */
  private readonly committeeMember: Post;
  private readonly awardOfChair: string;
  /** The days the People's Committee and the Party Committee announce appointments: twice a year. */
  private readonly announcementDays: number[] = [];

  constructor(
    private readonly corpus: Corpus,
    index: number,
    private readonly budget: number,
  ) {
    const province = PROVINCES[index]!;
    this.random = corpus.random('province', index);
    const registry = corpus.registry;
    this.name = province.name;
    this.slug = slugify(province.name);
    this.unit = province.city ? 'thành phố' : 'tỉnh';
    const unitSlug = province.city ? 'thanh-pho' : 'tinh';
    this.placeId = `place:${unitSlug}-${this.slug}`;
    this.partyName = province.city ? 'Thành ủy' : 'Tỉnh ủy';
    this.publisher = `Báo ${province.name}`;
    this.domain = `bao${this.slug.replace(/-/g, '')}.vn`;
    registry.define('places', {
      id: this.placeId,
      name: province.name,
      nameEn: province.city ? `${province.en} City` : `${province.en} Province`,
      kind: 'province',
    });
    const org = (id: string, name: string, nameEn: string, classification: string, jurisdiction: string, level = 'provincial') => {
      registry.define('organizations', { id, name, nameEn, classification, level, jurisdiction }, [jurisdiction]);
      return id;
    };
    const hdnd = org(
      `org:hdnd-${unitSlug}-${this.slug}`,
      `HĐND ${this.unit} ${this.name}`,
      `${province.en} People's Council`,
      'peoples-council',
      this.placeId,
    );
    this.ubnd = org(
      `org:ubnd-${unitSlug}-${this.slug}`,
      `UBND ${this.unit} ${this.name}`,
      `${province.en} People's Committee`,
      'peoples-committee',
      this.placeId,
    );
    this.party = org(
      `org:${slugify(this.partyName)}-${this.slug}`,
      `${this.partyName} ${this.name}`,
      `${province.en} Party Committee`,
      'party-committee',
      this.placeId,
    );
    this.council = this.makeCouncil(hdnd, `HĐND ${this.unit} ${this.name}`, this.placeId, `${this.unit} ${this.name}`, [13, 17], [45, 95]);

    const unitTitle = (title: string) => `${title} ${this.unit}`;
    this.member = this.post(
      `uy-vien-ban-thuong-vu-${slugify(this.partyName)}`,
      `Ủy viên Ban Thường vụ ${this.partyName}`,
      `Member of the Standing Committee of the ${province.en} Party Committee`,
      this.party,
      'party',
      0,
    );
    this.chair = this.post(
      `chu-tich-ubnd-${unitSlug}`,
      unitTitle('Chủ tịch UBND'),
      `Chairman of the ${province.en} People's Committee`,
      this.ubnd,
      'council',
      1,
      'role:chu-tich-ubnd-tinh',
      true,
    );
    this.viceChair = this.post(
      `pho-chu-tich-ubnd-${unitSlug}`,
      unitTitle('Phó Chủ tịch UBND'),
      `Vice Chairman of the ${province.en} People's Committee`,
      this.ubnd,
      'council',
      3,
      'role:pho-chu-tich-ubnd-tinh',
      true,
    );
    const councilChair = (this.councilChair = this.post(
      `chu-tich-hdnd-${unitSlug}`,
      unitTitle('Chủ tịch HĐND'),
      `Chairman of the ${province.en} People's Council`,
      hdnd,
      'council',
      1,
      'role:chu-tich-hdnd-tinh',
      true,
    ));
    this.committeeMember = this.post(
      `uy-vien-ubnd-${unitSlug}`,
      unitTitle('Ủy viên UBND'),
      `Member of the ${province.en} People's Committee`,
      this.ubnd,
      'council',
      0,
    );
    const councilVice = this.post(
      `pho-chu-tich-hdnd-${unitSlug}`,
      unitTitle('Phó Chủ tịch HĐND'),
      `Vice Chairman of the ${province.en} People's Council`,
      hdnd,
      'council',
      2,
    );
    const secretary = this.post(
      `bi-thu-${slugify(this.partyName)}`,
      `Bí thư ${this.partyName}`,
      `Secretary of the ${province.en} Party Committee`,
      this.party,
      'party',
      1,
      'role:bi-thu-tinh-uy',
      true,
    );
    const deputySecretary = this.post(
      `pho-bi-thu-${slugify(this.partyName)}`,
      `Phó Bí thư ${this.partyName}`,
      `Deputy Secretary of the ${province.en} Party Committee`,
      this.party,
      'party',
      2,
      undefined,
      true,
    );
    for (const post of [this.chair, this.viceChair, councilChair, councilVice]) post.council = this.council;
    this.council.leaders.push(secretary, this.chair);
    this.chair.lower.push(this.viceChair, deputySecretary);
    councilChair.lower.push(deputySecretary, councilVice);
    secretary.lower.push(deputySecretary);
    deputySecretary.lower.push(this.viceChair);

    // Departments and districts: as many as the province's share of the corpus needs (tuned so that its posts'
    // changes and the ceremonies around them make about `budget` articles).
    const departments = Math.min(DEPARTMENTS.length, Math.max(2, Math.round(budget / 20)));
    for (const department of DEPARTMENTS.slice(0, departments)) {
      const name = `${department.name} ${this.unit} ${this.name}`;
      const id = org(
        `org:${slugify(department.name)}-${unitSlug}-${this.slug}`,
        name,
        `${department.en}, ${province.en}`,
        'department',
        this.placeId,
      );
      const head = this.post(
        `giam-doc-${slugify(department.name)}-${unitSlug}`,
        `Giám đốc ${department.name}`,
        `Director, ${department.en}, ${province.en}`,
        id,
        'appointed',
        1,
        'role:giam-doc-so',
      );
      const deputy = this.post(
        `pho-giam-doc-${slugify(department.name)}-${unitSlug}`,
        `Phó Giám đốc ${department.name}`,
        `Deputy Director, ${department.en}, ${province.en}`,
        id,
        'appointed',
        2,
      );
      head.lower.push(deputy);
      this.viceChair.lower.push(head);
      councilVice.lower.push(head);
      this.departmentHeads.push(head);
    }
    const districts = Math.max(1, Math.round((budget - 40) / 30));
    const used = new Set<string>();
    for (let district = 0; district < districts; district += 1) {
      let name: string;
      do name = `${this.random.pick(PLACE_SYLLABLES)} ${this.random.pick(PLACE_SYLLABLES)}`;
      while (used.has(name) || name.split(' ')[0] === name.split(' ')[1]);
      used.add(name);
      const dslug = `${slugify(name)}-${this.slug}`;
      const place = `place:huyen-${dslug}`;
      registry.define('places', { id: place, name, nameEn: `${name} District`, kind: 'district', parent: this.placeId }, [this.placeId]);
      const dorg = (kind: string, label: string, en: string, classification: string) =>
        org(`org:${kind}-huyen-${dslug}`, `${label} huyện ${name}`, `${name} District ${en}`, classification, place, 'district');
      const dhdnd = dorg('hdnd', 'HĐND', "People's Council", 'peoples-council');
      const dubnd = dorg('ubnd', 'UBND', "People's Committee", 'peoples-committee');
      const dparty = org(
        `org:huyen-uy-${dslug}`,
        `Huyện ủy ${name}`,
        `${name} District Party Committee`,
        'party-committee',
        place,
        'district',
      );
      const placeText = `huyện ${name}, ${this.unit} ${this.name}`;
      const council = this.makeCouncil(dhdnd, `HĐND huyện ${name}`, place, placeText, [17, 20], [25, 40]);
      const post = (key: string, title: string, en: string, body: string, kind: SeatKind, seats: number, role?: string) =>
        this.post(`${key}-huyen-${slugify(name)}`, `${title} huyện ${name}`, `${en}, ${name} District`, body, kind, seats, role);
      const chair = post(
        'chu-tich-ubnd',
        'Chủ tịch UBND',
        "Chairman of the People's Committee",
        dubnd,
        'council',
        1,
        'role:chu-tich-ubnd-huyen',
      );
      const vice = post('pho-chu-tich-ubnd', 'Phó Chủ tịch UBND', "Vice Chairman of the People's Committee", dubnd, 'council', 2);
      const councilHead = post('chu-tich-hdnd', 'Chủ tịch HĐND', "Chairman of the People's Council", dhdnd, 'council', 1);
      const partyHead = this.post(
        `bi-thu-huyen-uy-${slugify(name)}`,
        `Bí thư Huyện ủy ${name}`,
        `Secretary, ${name} District Party Committee`,
        dparty,
        'party',
        1,
        'role:bi-thu-huyen-uy',
      );
      for (const p of [chair, vice, councilHead]) p.council = council;
      council.leaders.push(partyHead, chair);
      chair.lower.push(vice);
      partyHead.lower.push(chair, councilHead);
      this.districtHeads.push({ ubnd: dubnd, chair, vice, partyHead, place, placeText });
    }
    for (let year = 2010; year <= 2025; year += 1)
      for (const month of [3, 9]) this.announcementDays.push(epochDay(year, month, this.random.int(10, 25)));
    this.awardOfChair = `award:bang-khen-chu-tich-ubnd-${unitSlug}-${this.slug}`;
    registry.define(
      'awards',
      {
        id: this.awardOfChair,
        name: `Bằng khen của Chủ tịch UBND ${this.unit} ${this.name}`,
        nameEn: `Certificate of Merit of the Chairman of the ${province.en} People's Committee`,
        conferrer: this.chair.id,
      },
      [this.chair.id],
    );
  }

  private makeCouncil(
    org: string,
    name: string,
    place: string,
    placeText: string,
    khoa: [number, number],
    seats: [number, number],
  ): Council {
    const base = this.random.int(khoa[0], khoa[1]);
    const sessions: Council['sessions'] = [];
    let number = 14;
    for (let year = 2010; year <= 2025; year += 1) {
      const days: [number, boolean][] = [];
      if (year === 2011 || year === 2016 || year === 2021) days.push([epochDay(year, 6, this.random.int(20, 29)), true]);
      days.push([epochDay(year, 7, this.random.int(5, 20)), false], [epochDay(year, 12, this.random.int(5, 20)), false]);
      for (const [day, first] of days) {
        if (first) number = 1;
        const [from] = termOf(day, COUNCIL_TERMS, 6);
        const khoaNumber = base + COUNCIL_TERMS.findIndex(([start]) => start === from) - 1;
        sessions.push({ day, number, khoa: roman(khoaNumber), first });
        number += 1;
      }
    }
    return { org, name, place, placeText, sessions, seats: this.random.int(seats[0], seats[1]), leaders: [] };
  }

  /** A post of `organization`; its title is `short` with the province's name, as the registry writes it. */
  private post(
    key: string,
    short: string,
    titleEn: string,
    organization: string,
    kind: SeatKind,
    seats: number,
    role?: string,
    member = false,
  ): Post {
    const id = `position:${key}-${this.slug}`;
    const title = /huyện/i.test(short) ? short : short.includes(' Sở ') ? `${short} ${this.unit} ${this.name}` : `${short} ${this.name}`;
    this.corpus.registry.define(
      'positions',
      { id, title, titleEn, organization, ...(role ? { role } : {}) },
      role ? [organization, role] : [organization],
    );
    const post: Post = {
      id,
      short,
      title,
      organization,
      kind,
      decider: kind === 'party' ? this.party : this.ubnd,
      lower: [],
      member,
      seats: [],
    };
    for (let seat = 0; seat < seats; seat += 1) {
      const record: Seat = { post, next: 0, tenures: [] };
      post.seats.push(record);
      this.seats.push(record);
    }
    this.posts.push(post);
    return post;
  }

  /**
   * The first day on or after `day` that a change of the post can happen: its council's next session, else the
   * next of the body's announcement days (a few a year), so that changes come in batches as the articles report them.
   */
  private snap(post: Post, day: number): number {
    const days = post.council ? post.council.sessions.map((session) => session.day) : this.announcementDays;
    return days.find((candidate) => candidate >= day) ?? Number.POSITIVE_INFINITY;
  }

  /** When a post that changed on `day` changes next: most councils' posts at the next term's first session. */
  private nextChange(post: Post, day: number): number {
    if (post.council && this.random.chance(0.65)) {
      const first = post.council.sessions.find((session) => session.first && session.day > day + YEAR);
      if (first) return first.day;
    }
    return this.snap(post, day + this.random.weighted(TERM_YEARS, TERM_CUMULATIVE) * YEAR + this.random.int(-90, 90));
  }

  private holderAt(post: Post, day: number): Tenure | undefined {
    for (const seat of post.seats)
      for (const tenure of seat.tenures) if (tenure.from <= day && (tenure.to === undefined || tenure.to > day)) return tenure;
    return undefined;
  }

  /** The posts' holders over the years, and the occasions that change them. */
  plan(): Occasion[] {
    const occasions = new Map<string, Occasion>();
    const occasion = (day: number, post: Post): Occasion => {
      const key = `${post.council?.org ?? post.decider}|${day}`;
      let found = occasions.get(key);
      if (!found) {
        found = {
          day,
          kind: post.council ? 'session' : 'decision',
          ...(post.council ? { council: post.council } : { body: post.decider }),
          transitions: [],
          reelected: [],
          approvals: [],
        };
        occasions.set(key, found);
      }
      return found;
    };
    for (const seat of this.seats) {
      if (seat.post === this.member) continue;
      // Every province has a namesake among its first holders, whatever the scale (one in 70 people elsewhere).
      const person = this.corpus.newPerson(this.random, seat === this.seats[this.seats.length - 1]);
      const tenure: Tenure = { person, post: seat.post, from: START, startKnown: false };
      seat.holder = tenure;
      seat.tenures.push(tenure);
      this.tenures.push(tenure);
      seat.next = this.nextChange(seat.post, START - 4 * YEAR + this.random.int(0, 4 * YEAR));
    }
    for (;;) {
      let seat: Seat | undefined;
      for (const candidate of this.seats) if (candidate.post !== this.member && (!seat || candidate.next < seat.next)) seat = candidate;
      if (!seat || seat.next > LAST) break;
      const day = seat.next;
      const old = seat.holder;
      if (old) old.to = day;
      const candidates = seat.post.lower
        .flatMap((post) => post.seats)
        .filter((lower) => lower.holder && lower.next > day && lower.holder.from < day);
      let promotedFrom: Tenure | undefined;
      let person: Person;
      if (candidates.length > 0 && this.random.chance(0.35)) {
        const lower = this.random.pick(candidates);
        promotedFrom = lower.holder!;
        promotedFrom.to = day;
        lower.holder = undefined;
        lower.next = this.snap(lower.post, day + this.random.int(30, 240));
        person = promotedFrom.person;
      } else person = this.corpus.newPerson(this.random);
      const tenure: Tenure = { person, post: seat.post, from: day, startKnown: true };
      seat.holder = tenure;
      seat.tenures.push(tenure);
      this.tenures.push(tenure);
      seat.next = this.nextChange(seat.post, day);
      const transition: Transition = {
        post: seat.post,
        new: tenure,
        leaving: this.random.chance(0.4) ? 'retired' : 'transferred',
        ...(old ? { old } : {}),
        ...(promotedFrom ? { promotedFrom } : {}),
      };
      occasion(day, seat.post).transitions.push(transition);
    }
    // A term's first session elects again those who stay: evidence that they held the post then.
    for (const tenure of this.tenures) {
      const council = tenure.post.council;
      if (!council) continue;
      for (const session of council.sessions)
        if (session.first && tenure.from < session.day && (tenure.to ?? LAST) > session.day && this.random.chance(0.6))
          occasion(session.day, tenure.post).reelected.push(tenure);
    }
    // The changes' articles take about 70% of the province's share, the conferences and ceremonies around them the
    // rest: where the changes of 2010–2025 would take more, the province's story ends earlier (its holders then stay
    // in office past the corpus's end), so that every scale has the same mix.
    const planned: Occasion[] = [];
    let articles = 0;
    let disputes = 0;
    let end = LAST;
    for (const item of [...occasions.values()].sort((a, b) => a.day - b.day)) {
      let count = 1;
      if (item.kind === 'session' && this.random.chance(0.5)) {
        // Every province's first two second reports misdate their sessions, whatever the scale: one dispute
        // left open, one settled by a preferred rank; a quarter of the others do, half of them settled.
        const forced = item.transitions.length > 0 && disputes < 2;
        const shift = forced || this.random.chance(0.25);
        item.second = { shift, preferred: forced ? disputes === 1 : shift && this.random.chance(0.5) };
        if (forced) disputes += 1;
        count += 1;
      }
      item.approvals = item.transitions.filter((t) => (t.post === this.chair || t.post === this.viceChair) && this.random.chance(0.6));
      if (item.approvals.length > 0) count += 1;
      if (articles + count > this.budget * 0.7) {
        end = item.day;
        break;
      }
      articles += count;
      planned.push(item);
    }
    for (const seat of this.seats) seat.tenures = seat.tenures.filter((tenure) => tenure.from < end);
    for (const tenure of this.tenures) if (tenure.to !== undefined && tenure.to >= end) delete tenure.to;
    this.tenures = this.tenures.filter((tenure) => tenure.from < end);
    // Conferences and ceremonies fill the province's share: the holders seen in office between their changes.
    for (let filler = articles; filler < this.budget; filler += 1)
      planned.push({ day: this.random.int(START + 60, end - 1), kind: 'ceremony', transitions: [], reelected: [], approvals: [] });
    return planned.sort((a, b) => a.day - b.day || a.kind.localeCompare(b.kind));
  }

  write(occasions: readonly Occasion[]): void {
    for (const occasion of occasions) {
      if (occasion.kind === 'session') this.session(occasion);
      else if (occasion.kind === 'decision') this.decision(occasion);
      else this.ceremony(occasion.day);
    }
  }

  private writer(day: number, title: string, national: boolean, minute: number): ArticleWriter {
    const which = this.random.int(0, PUBLISHERS_NATIONAL.length - 1);
    return new ArticleWriter(
      this.corpus,
      day,
      {
        title,
        publisher: national ? PUBLISHERS_NATIONAL[which]! : this.publisher,
        domain: national ? NATIONAL_DOMAINS[which]! : this.domain,
        author: this.random.pick(BYLINES),
        minute,
      },
      this.random,
    );
  }

  private honorific(person: Person, start = false): string {
    const word = person.female ? 'bà' : 'ông';
    return `${start ? capitalize(word) : word} ${person.name}`;
  }

  /** "ông A, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh" with the holds statements it attests. */
  private titled(
    article: ArticleWriter,
    tenure: Tenure,
    day: number,
    withMember: boolean,
  ): { text: string; attest: (quote: string, date: DateInput) => void } {
    const member = withMember && tenure.post.member;
    const text = `${this.honorific(tenure.person)}, ${member ? `Ủy viên Ban Thường vụ ${this.partyName}, ` : ''}${tenure.post.short}`;
    return {
      text,
      attest: (quote, date) => {
        article.name(tenure.person, quote);
        article.add({ kind: 'holds', person: tenure.person.id, position: tenure.post.id, attestedOn: date, quotes: [quote] });
        if (member) article.add({ kind: 'holds', person: tenure.person.id, position: this.member.id, attestedOn: date, quotes: [quote] });
      },
    };
  }

  private termText(day: number, party: boolean): { text: string; value: string } {
    const [from, to] = party ? termOf(day, PARTY_TERMS, 10) : termOf(day, COUNCIL_TERMS, 6);
    return { text: `nhiệm kỳ ${from}-${to}`, value: `${from}/${to}` };
  }

  private partOfDay(): { word: string; value: 'morning' | 'afternoon' } {
    return this.random.chance(0.5) ? { word: 'Sáng', value: 'morning' } : { word: 'Chiều', value: 'afternoon' };
  }

  /** A council's session: the council's own report, now and then a second one, and the Prime Minister's approvals. */
  private session(occasion: Occasion): void {
    const council = occasion.council!;
    const session = council.sessions.find((item) => item.day === occasion.day)!;
    const day = occasion.day;
    const { day: d, month: m } = calendarOf(day);
    const eventId = `event:ky-hop-thu-${session.number}-${council.org.slice(4)}-${iso(day)}`;
    const eventName = `Kỳ họp thứ ${session.number} ${council.name} khóa ${session.khoa}`;
    const part = this.partOfDay();
    const second = occasion.second;
    const preferred = second?.preferred
      ? {
          rank: 'preferred' as const,
          rankReason: `The council's own report dates the session ${d}/${m}; the second report prints the next day.`,
        }
      : {};
    const primary = this.writer(day, `${eventName}: kiện toàn nhân sự`, false, this.random.int(16 * 60, 21 * 60));
    const printed = `${part.word} ngày ${d}-${m}`;
    const date = primary.inferred(day, printed);
    const lead = primary.say(`${printed}, ${council.name} khóa ${session.khoa} tổ chức kỳ họp thứ ${session.number}.`);
    primary.add({
      kind: 'event',
      event: eventId,
      name: eventName,
      category: 'session',
      date,
      partOfDay: part.value,
      place: council.place,
      quotes: [lead],
      ...preferred,
    });
    primary.add({ kind: 'organizes', event: eventId, organizer: council.org, quotes: [lead] });
    const chairPost = this.posts.find((post) => post.council === council && post.short.startsWith('Chủ tịch HĐND'));
    const chair = chairPost && this.holderAt(chairPost, day - 1);
    if (chair) {
      const titled = this.titled(primary, chair, day, this.random.chance(0.8));
      const quote = primary.say(`${capitalize(titled.text)} chủ trì kỳ họp.`);
      titled.attest(quote, date);
      if (this.random.chance(0.6))
        primary.add({ kind: 'participates', event: eventId, participant: chair.person.id, role: 'CHAIR', quotes: [quote] });
    }
    const leaders = council.leaders
      .map((post) => this.holderAt(post, day - 1))
      .filter((tenure): tenure is Tenure => tenure !== undefined && tenure !== chair);
    this.guests(primary, eventId, leaders, date, 'kỳ họp');
    primary.say(this.random.pick(FILLER_SENTENCES));
    for (const transition of occasion.transitions) {
      const { post, old } = transition;
      if (old) {
        const present = council.seats - this.random.int(0, 5);
        const votes = present - this.random.int(0, 3);
        const vote = `${votes}/${present} đại biểu có mặt tán thành`;
        const reason = transition.leaving === 'retired' ? 'để nghỉ hưu theo chế độ' : 'để nhận nhiệm vụ mới';
        const member = old.post.member && this.random.chance(0.7) ? `, Ủy viên Ban Thường vụ ${this.partyName}` : '';
        const quote = primary.say(
          `Kỳ họp đã miễn nhiệm chức vụ ${post.short} đối với ${this.honorific(old.person)}${member} ${reason}, với ${vote}.`,
        );
        if (member) primary.add({ kind: 'holds', person: old.person.id, position: this.member.id, attestedOn: date, quotes: [quote] });
        primary.name(old.person, quote);
        primary.add({
          kind: 'holds',
          person: old.person.id,
          position: post.id,
          end: { cause: 'dismissed', date, decidedBy: eventId, vote: { text: vote, for: votes, present } },
          quotes: [quote],
        });
      }
      this.elected(primary, transition, council, eventId, date, preferred);
    }
    const directors =
      council === this.council && session.first ? this.departmentHeads.flatMap((post) => this.holderAt(post, day) ?? []) : [];
    if (directors.length > 0) {
      const term = this.termText(day, false);
      const quote = primary.say(
        `Kỳ họp cũng bầu các Ủy viên UBND ${this.unit} ${term.text} gồm: ${directors.map((tenure) => `${this.honorific(tenure.person)}, ${tenure.post.short}`).join('; ')}.`,
      );
      for (const tenure of directors) {
        primary.name(tenure.person, quote);
        primary.add({
          kind: 'holds',
          person: tenure.person.id,
          position: this.committeeMember.id,
          start: { cause: 'elected', date, decidedBy: eventId },
          term: term.value,
          quotes: [quote],
        });
        primary.add({ kind: 'holds', person: tenure.person.id, position: tenure.post.id, attestedOn: date, quotes: [quote] });
      }
    }
    for (const tenure of occasion.reelected) {
      const term = this.termText(day, false);
      const quote = primary.say(`${this.honorific(tenure.person, true)} tiếp tục được bầu giữ chức ${tenure.post.short} ${term.text}.`);
      primary.name(tenure.person, quote);
      primary.add({
        kind: 'holds',
        person: tenure.person.id,
        position: tenure.post.id,
        start: { cause: 're-elected', date, decidedBy: eventId },
        term: term.value,
        quotes: [quote],
      });
    }
    primary.finish();

    if (second) {
      const shown = second.shift ? day + 1 : day;
      const { day: sd, month: sm } = calendarOf(shown);
      const report = this.writer(day + 1, `${capitalize(council.name)} kiện toàn nhân sự`, true, this.random.int(6 * 60, 11 * 60));
      const printedSecond = `Ngày ${sd}/${sm}`;
      const secondDate = report.inferred(shown, printedSecond);
      const secondLead = report.say(`${printedSecond}, ${council.name} khóa ${session.khoa} tổ chức kỳ họp thứ ${session.number}.`);
      report.add({ kind: 'event', event: eventId, name: eventName, category: 'session', date: secondDate, quotes: [secondLead] });
      const term = this.termText(day, false);
      for (const { post, old, new: tenure, promotedFrom } of occasion.transitions) {
        if (old) {
          const quote = report.say(`Kỳ họp miễn nhiệm chức vụ ${post.title} đối với ${this.honorific(old.person)}.`);
          report.name(old.person, quote);
          report.add({
            kind: 'holds',
            person: old.person.id,
            position: post.id,
            end: { cause: 'dismissed', date: secondDate, decidedBy: eventId },
            quotes: [quote],
          });
        }
        const previous = promotedFrom ? `, ${promotedFrom.post.short}` : '';
        const quote = report.say(`${this.honorific(tenure.person, true)}${previous} được bầu giữ chức ${post.title} ${term.text}.`);
        report.name(tenure.person, quote);
        report.add({
          kind: 'holds',
          person: tenure.person.id,
          position: post.id,
          start: { cause: 'elected', date: secondDate, decidedBy: eventId },
          term: term.value,
          quotes: [quote],
        });
        if (promotedFrom)
          report.add({ kind: 'holds', person: tenure.person.id, position: promotedFrom.post.id, attestedOn: secondDate, quotes: [quote] });
      }
      report.say(this.random.pick(FILLER_SENTENCES));
      report.finish();
    }

    const approved = day + this.random.int(7, 40);
    if (occasion.approvals.length > 0 && approved <= LAST) {
      const term = this.termText(day, false);
      const article = this.writer(
        approved,
        `Thủ tướng phê chuẩn nhân sự UBND ${this.unit} ${this.name}`,
        true,
        this.random.int(8 * 60, 20 * 60),
      );
      article.say(
        `Ngày ${spokenDay(approved)}, Thủ tướng Chính phủ đã ký các quyết định phê chuẩn kết quả bầu nhân sự UBND ${this.unit} ${this.name} ${term.text}.`,
      );
      for (const transition of occasion.approvals) {
        const decision = `Quyết định số ${this.random.int(100, 2400)}/QĐ-TTg`;
        const titled = this.titled(article, transition.new, approved, true);
        const quote = article.say(
          `Theo ${decision}, Thủ tướng Chính phủ phê chuẩn kết quả bầu chức vụ ${transition.post.title} ${term.text} đối với ${titled.text.replace(/, [^,]+$/, '')}.`,
        );
        article.name(transition.new.person, quote);
        article.add({
          kind: 'holds',
          person: transition.new.person.id,
          position: transition.post.id,
          start: { cause: 'approved', date: iso(approved), approvedBy: 'position:thu-tuong-chinh-phu', decision },
          term: term.value,
          quotes: [quote],
        });
        if (transition.post.member && titled.text.includes('Ủy viên'))
          article.add({
            kind: 'holds',
            person: transition.new.person.id,
            position: this.member.id,
            attestedOn: iso(approved),
            quotes: [quote],
          });
        this.career(article, transition.new);
      }
      article.finish();
    }
  }

  private elected(article: ArticleWriter, transition: Transition, council: Council, eventId: string, date: DateInput, rank: object): void {
    const { post, promotedFrom } = transition;
    const person = transition.new.person;
    const present = council.seats - this.random.int(0, 5);
    const votes = present - this.random.int(0, 4);
    const vote = `${votes}/${present} phiếu tán thành`;
    const term = this.termText(article.day, false);
    const member = promotedFrom?.post.member === true && this.random.chance(0.8);
    const previous = promotedFrom ? `, ${member ? `Ủy viên Ban Thường vụ ${this.partyName}, ` : ''}${promotedFrom.post.short}` : '';
    const quote = article.say(`Với ${vote}, ${this.honorific(person)}${previous} đã được bầu giữ chức ${post.short} ${term.text}.`);
    article.name(person, quote);
    if (member) article.add({ kind: 'holds', person: person.id, position: this.member.id, attestedOn: date, quotes: [quote] });
    article.add({
      kind: 'holds',
      person: person.id,
      position: post.id,
      start: { cause: 'elected', date, decidedBy: eventId, vote: { text: vote, for: votes, present } },
      term: term.value,
      quotes: [quote],
      ...rank,
    });
    if (promotedFrom) this.leavesLower(article, promotedFrom, quote, date);
  }

  /**
   * The career lines of a profile ("Từ tháng 5/2014 đến tháng 4/2015: Phó Chủ tịch UBND tỉnh"): the person's earlier
   * posts in the province, each a holds statement with the months it began and ended and no cause, as the seed records them.
   */
  private career(article: ArticleWriter, tenure: Tenure): void {
    const earlier = this.tenures.filter(
      (other) =>
        other.person === tenure.person && other !== tenure && other.startKnown && other.to !== undefined && other.to <= tenure.from,
    );
    if (earlier.length === 0) return;
    article.say(`Trước khi giữ chức ${tenure.post.short}, ${this.honorific(tenure.person)} đã đảm nhiệm các chức vụ:`);
    for (const other of earlier) {
      const from = calendarOf(other.from);
      const to = calendarOf(other.to!);
      const line = article.say(`Từ tháng ${from.month}/${from.year} đến tháng ${to.month}/${to.year}: ${other.post.short}.`);
      article.add({
        kind: 'holds',
        person: other.person.id,
        position: other.post.id,
        start: { date: `${from.year}-${pad(from.month)}` },
        end: { date: `${to.year}-${pad(to.month)}` },
        quotes: [line],
      });
    }
  }

  /** The lower post a promoted holder leaves: attested in the sentence that promotes, its end stated now and then. */
  private leavesLower(article: ArticleWriter, lower: Tenure, quote: string, date: DateInput): void {
    if (this.random.chance(0.5)) {
      const ends = article.say(`${this.honorific(lower.person, true)} thôi giữ chức ${lower.post.short} để nhận nhiệm vụ mới.`);
      article.add({
        kind: 'holds',
        person: lower.person.id,
        position: lower.post.id,
        end: { cause: 'transferred', date },
        quotes: [ends, quote],
      });
    } else article.add({ kind: 'holds', person: lower.person.id, position: lower.post.id, attestedOn: date, quotes: [quote] });
  }

  /** A ceremony announcing appointments (departments) or the Party's decisions on its posts. */
  private decision(occasion: Occasion): void {
    const day = occasion.day;
    const party = occasion.body === this.party;
    const { day: d, month: m, year } = calendarOf(day);
    const bodyName = this.corpus.registry.nameOf(occasion.body!);
    const eventId = `event:le-cong-bo-quyet-dinh-${occasion.body!.slice(4)}-${iso(day)}`;
    const part = this.partOfDay();
    const article = this.writer(
      day,
      `${capitalize(bodyName)} công bố quyết định về công tác cán bộ`,
      false,
      this.random.int(14 * 60, 21 * 60),
    );
    const printed = `${part.word} ${d}/${m}`;
    const date = article.inferred(day, printed);
    const lead = article.say(`${printed}, ${bodyName} tổ chức lễ công bố quyết định về công tác cán bộ.`);
    article.add({
      kind: 'event',
      event: eventId,
      name: `Lễ công bố quyết định về công tác cán bộ của ${bodyName} ngày ${d}/${m}/${year}`,
      category: 'ceremony',
      date,
      partOfDay: part.value,
      place: this.placeId,
      quotes: [lead],
    });
    article.add({ kind: 'organizes', event: eventId, organizer: occasion.body!, quotes: [lead] });
    const presenterPost = party ? this.posts.find((post) => post.short === `Bí thư ${this.partyName}`)! : this.chair;
    const presenter = this.holderAt(presenterPost, day - 1);
    if (presenter && !occasion.transitions.some((t) => t.old === presenter || t.promotedFrom === presenter)) {
      const titled = this.titled(article, presenter, day, true);
      const quote = article.say(`${capitalize(titled.text)} trao quyết định và chúc mừng các cán bộ được phân công nhiệm vụ mới.`);
      titled.attest(quote, date);
      article.add({ kind: 'participates', event: eventId, participant: presenter.person.id, role: 'PRESENTER', quotes: [quote] });
    }
    for (const transition of occasion.transitions) {
      const { post, promotedFrom } = transition;
      const person = transition.new.person;
      const previous = promotedFrom ? `, ${promotedFrom.post.short}` : '';
      let quote: string;
      if (party) {
        const term = this.termText(day, true);
        const byCentre = post.short.startsWith('Bí thư') && !post.short.includes('Huyện');
        quote = article.say(
          byCentre
            ? `Ban Bí thư Trung ương Đảng đã có quyết định chỉ định ${this.honorific(person)}${previous} giữ chức ${post.short} ${this.name} ${term.text}.`
            : `Ban Thường vụ ${this.partyName} ${this.name} đã có quyết định chỉ định ${this.honorific(person)}${previous} giữ chức ${post.short} ${term.text}.`,
        );
        article.name(person, quote);
        article.add({
          kind: 'holds',
          person: person.id,
          position: post.id,
          start: { cause: 'appointed', date: iso(day), decidedBy: byCentre ? 'org:ban-bi-thu-trung-uong-dang' : this.party },
          term: term.value,
          quotes: [quote],
        });
      } else {
        const decision = `Quyết định số ${this.random.int(100, 3999)}/QĐ-UBND`;
        quote = article.say(
          `Theo ${decision} của UBND ${this.unit}, ${this.honorific(person)}${previous} được bổ nhiệm giữ chức ${post.short} kể từ ngày ${spokenDay(day)}.`,
        );
        article.name(person, quote);
        article.add({
          kind: 'holds',
          person: person.id,
          position: post.id,
          start: { cause: 'appointed', date: iso(day), decidedBy: this.ubnd, decision },
          quotes: [quote],
        });
      }
      if (promotedFrom) this.leavesLower(article, promotedFrom, quote, iso(day));
      if (transition.old) {
        const reason = transition.leaving === 'retired' ? 'để nghỉ hưu theo chế độ' : 'do được điều động nhận nhiệm vụ mới';
        const ends = article.say(`${this.honorific(transition.old.person, true)} thôi giữ chức ${post.short} ${reason}.`);
        article.name(transition.old.person, ends);
        article.add({
          kind: 'holds',
          person: transition.old.person.id,
          position: post.id,
          end: { cause: transition.leaving, date: iso(day) },
          quotes: [ends],
        });
      }
    }
    article.finish();
  }

  /** A conference or ceremony: its organizer's head chairs, others attend and speak, awards are presented. */
  private ceremony(day: number): void {
    const { day: d, month: m, year } = calendarOf(day);
    const kind = this.random.weighted(EVENT_KINDS, EVENT_KIND_CUMULATIVE);
    const pickOrganizer = this.random.float();
    const district = pickOrganizer > 0.7 && this.districtHeads.length > 0 ? this.random.pick(this.districtHeads) : undefined;
    const department = !district && pickOrganizer > 0.4 ? this.random.pick(this.departmentHeads) : undefined;
    const organizer = district?.ubnd ?? department?.organization ?? this.ubnd;
    const organizerName = this.corpus.registry.nameOf(organizer);
    const headPost = district?.chair ?? department ?? this.chair;
    const name = kind.name
      .replace('{year}', String(year))
      .replace('{prev}', String(year - 1))
      .replace('{nth}', String(this.random.int(2, 6)));
    const eventId = `event:${slugify(name).slice(0, 60)}-${organizer.slice(4)}-${iso(day)}`;
    const part = this.partOfDay();
    const article = this.writer(
      day,
      `${capitalize(organizerName)}: ${lowerFirst(name)}`,
      this.random.chance(0.2),
      this.random.int(12 * 60, 22 * 60),
    );
    const printed = `${part.word} ngày ${d}-${m}`;
    const date = article.inferred(day, printed);
    const where = district ? district.placeText : `${this.unit} ${this.name}`;
    const lead = article.say(`${printed}, ${organizerName} tổ chức ${lowerFirst(name)} tại ${where}.`);
    article.add({
      kind: 'event',
      event: eventId,
      name,
      nameEn: kind.en
        .replace('{year}', String(year))
        .replace('{prev}', String(year - 1))
        .replace('{nth}', 'n'),
      category: kind.ceremony ? 'ceremony' : 'conference',
      date,
      partOfDay: part.value,
      place: district?.place ?? this.placeId,
      quotes: [lead],
    });
    article.add({ kind: 'organizes', event: eventId, organizer, quotes: [lead] });
    const head = this.holderAt(headPost, day);
    let presenter: Tenure | undefined;
    if (head) {
      const titled = this.titled(article, head, day, this.random.chance(0.8));
      const quote = article.say(`${capitalize(titled.text)} chủ trì ${kind.ceremony ? 'buổi lễ' : 'hội nghị'}.`);
      titled.attest(quote, date);
      if (this.random.chance(0.6))
        article.add({ kind: 'participates', event: eventId, participant: head.person.id, role: 'CHAIR', quotes: [quote] });
      presenter = head;
    }
    const guestPosts = district
      ? [district.vice, district.chair, district.partyHead, this.viceChair]
      : [this.viceChair, this.councilChair, ...this.departmentHeads.slice(0, 6)];
    const guests = sample(this.random, guestPosts, this.random.int(2, 5))
      .map((post) => this.holderAt(post, day))
      .filter((tenure): tenure is Tenure => tenure !== undefined && tenure !== head);
    const first = this.guests(article, eventId, guests, date, kind.ceremony ? 'buổi lễ' : 'hội nghị');
    if (first && this.random.chance(0.3)) {
      const speech = article.say(`Phát biểu tại đây, ${this.honorific(first.person)} ghi nhận và đánh giá cao kết quả đạt được.`);
      article.add({ kind: 'participates', event: eventId, participant: first.person.id, role: 'SPEAKER', quotes: [speech] });
    }
    article.say(this.random.pick(FILLER_SENTENCES));
    const former = this.random.chance(0.3) ? this.formerAt(day) : undefined;
    if (former) {
      const quote = article.say(`Tham dự còn có ${this.honorific(former.person)}, nguyên ${former.post.short}.`);
      article.name(former.person, quote);
      article.add({ kind: 'holds', person: former.person.id, position: former.post.id, end: { date: `../${iso(day)}` }, quotes: [quote] });
    }
    if (this.random.chance(0.04) && !district) {
      const metric = this.random.pick(FIGURE_METRICS);
      const whole = this.random.int(metric.low, metric.high);
      const tenth = this.random.int(0, 9);
      const percent = metric.unit === '%';
      const valueText = percent ? `${whole},${tenth}%` : `${String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} ${metric.unit}`;
      const quote = article.say(`Năm ${year - 1}, ${lowerFirst(metric.metric)} của ${this.unit} đạt ${valueText}.`);
      article.add({
        kind: 'figure',
        figure: `figure:${slugify(metric.metric)}-${this.placeId.slice(6)}-${year - 1}-${article.id.slice(8)}`,
        metric: metric.metric,
        metricEn: metric.en,
        valueText,
        value: percent ? whole + tenth / 10 : whole,
        unit: metric.unit,
        period: String(year - 1),
        about: this.placeId,
        reportedAt: eventId,
        quotes: [quote],
      });
    }
    if (presenter && this.random.chance(kind.ceremony ? 0.9 : 0.25))
      this.presentation(article, eventId, date, presenter, day, district?.ubnd);
    article.finish();
  }

  /**
   * "Dự hội nghị có ông A, Phó Chủ tịch UBND tỉnh; ông B, Giám đốc Sở …": each guest seen in office that day, the
   * first counted among the participants (the seed's articles list many more titles than participants). Returns it.
   */
  private guests(article: ArticleWriter, eventId: string, guests: readonly Tenure[], date: DateInput, what: string): Tenure | undefined {
    if (guests.length === 0) return undefined;
    const titled = guests.map((guest) => this.titled(article, guest, article.day, this.random.chance(0.8)));
    const quote = article.say(`Dự ${what} có ${titled.map((item) => item.text).join('; ')}.`);
    for (const item of titled) item.attest(quote, date);
    if (this.random.chance(0.2))
      article.add({ kind: 'participates', event: eventId, participant: guests[0]!.person.id, role: 'ATTENDEE', quotes: [quote] });
    return guests[0];
  }

  /** An award handed over at the event on someone's behalf, to named and counted recipients. */
  private presentation(
    article: ArticleWriter,
    eventId: string,
    date: DateInput,
    presenter: Tenure,
    day: number,
    districtBody: string | undefined,
  ): void {
    const which = this.random.float();
    const by = this.honorific(presenter.person);
    let quote: string;
    let fields: { award: string; onBehalfOf: string; recipients?: string[]; recipientCount?: number; recipientDescription?: string };
    if (which < 0.45) {
      const recipient = this.holderAt(this.random.pick(this.departmentHeads), day);
      const groups = this.random.int(1, 9);
      const people = this.random.int(1, 9);
      const description = `${groups} tập thể và ${people} cá nhân có thành tích xuất sắc`;
      const named = recipient && recipient !== presenter ? recipient : undefined;
      quote = article.say(
        `Thừa ủy quyền của Thủ tướng Chính phủ, ${by} trao Bằng khen của Thủ tướng Chính phủ cho ${description}${named ? `, trong đó có ${this.honorific(named.person)}, ${named.post.short}` : ''}.`,
      );
      if (named) {
        article.name(named.person, quote);
        article.add({ kind: 'holds', person: named.person.id, position: named.post.id, attestedOn: date, quotes: [quote] });
      }
      fields = {
        award: 'award:bang-khen-thu-tuong-chinh-phu',
        onBehalfOf: 'position:thu-tuong-chinh-phu',
        recipientCount: groups + people,
        recipientDescription: description,
        ...(named ? { recipients: [named.person.id] } : {}),
      };
    } else if (which < 0.7) {
      const body = districtBody ?? this.random.pick(this.departmentHeads).organization;
      const rank = this.random.pick(['Nhất', 'Nhì', 'Ba'] as const);
      quote = article.say(
        `Thừa ủy quyền của Chủ tịch nước, ${by} trao Huân chương Lao động hạng ${rank} cho ${this.corpus.registry.nameOf(body)}.`,
      );
      fields = {
        award: `award:huan-chuong-lao-dong-hang-${slugify(rank)}`,
        onBehalfOf: 'position:chu-tich-nuoc',
        recipients: [body],
        recipientCount: 1,
      };
    } else {
      const count = this.random.int(2, 10);
      const description = `${NUMBER_WORDS[count]} tập thể, cá nhân`;
      quote = article.say(
        `Thừa ủy quyền của Chủ tịch UBND ${this.unit}, ${by} trao Bằng khen của Chủ tịch UBND ${this.unit} cho ${description}.`,
      );
      fields = { award: this.awardOfChair, onBehalfOf: this.chair.id, recipientCount: count, recipientDescription: description };
    }
    article.add({
      kind: 'presents',
      presentation: `presentation:${fields.award.slice(6)}--${eventId.slice(6)}`,
      presenter: presenter.person.id,
      event: eventId,
      date,
      ...fields,
      quotes: [quote],
    });
    if (this.random.chance(0.65))
      article.add({ kind: 'participates', event: eventId, participant: presenter.person.id, role: 'PRESENTER', quotes: [quote] });
  }

  /** Someone whose tenure in the province ended before `day`: "nguyên Chủ tịch …" at a later event. */
  private formerAt(day: number): Tenure | undefined {
    const ended = this.tenures.filter((tenure) => tenure.to !== undefined && tenure.to < day && tenure.post.seats.length === 1);
    return ended.length === 0 ? undefined : this.random.pick(ended);
  }
}

/** The national bodies, posts and awards every province refers to. */
function defineNational(registry: CorpusRegistry): void {
  registry.define('organizations', {
    id: 'org:chinh-phu',
    name: 'Chính phủ',
    nameEn: 'Government of Viet Nam',
    classification: 'government',
    level: 'national',
  });
  registry.define('organizations', {
    id: 'org:ban-bi-thu-trung-uong-dang',
    name: 'Ban Bí thư Trung ương Đảng',
    nameEn: 'Secretariat of the Party Central Committee',
    classification: 'party-secretariat',
    level: 'national',
  });
  registry.define(
    'positions',
    { id: 'position:thu-tuong-chinh-phu', title: 'Thủ tướng Chính phủ', titleEn: 'Prime Minister', organization: 'org:chinh-phu' },
    ['org:chinh-phu'],
  );
  registry.define('positions', { id: 'position:chu-tich-nuoc', title: 'Chủ tịch nước', titleEn: 'President of Viet Nam' });
  registry.define(
    'awards',
    {
      id: 'award:bang-khen-thu-tuong-chinh-phu',
      name: 'Bằng khen của Thủ tướng Chính phủ',
      nameEn: 'Certificate of Merit of the Prime Minister',
      conferrer: 'position:thu-tuong-chinh-phu',
    },
    ['position:thu-tuong-chinh-phu'],
  );
  for (const [rank, en] of [
    ['Nhất', 'First'],
    ['Nhì', 'Second'],
    ['Ba', 'Third'],
  ] as const)
    registry.define(
      'awards',
      {
        id: `award:huan-chuong-lao-dong-hang-${slugify(rank)}`,
        name: `Huân chương Lao động hạng ${rank}`,
        nameEn: `Labour Order, ${en} Class`,
        conferrer: 'position:chu-tich-nuoc',
      },
      ['position:chu-tich-nuoc'],
    );
  const roles: [string, string, string, string, boolean][] = [
    ['chu-tich-ubnd-tinh', 'Chủ tịch UBND tỉnh', "Chairman of a provincial-level People's Committee", 'provincial', true],
    ['pho-chu-tich-ubnd-tinh', 'Phó Chủ tịch UBND tỉnh', "Vice Chairman of a provincial-level People's Committee", 'provincial', false],
    ['chu-tich-hdnd-tinh', 'Chủ tịch HĐND tỉnh', "Chairman of a provincial-level People's Council", 'provincial', true],
    ['bi-thu-tinh-uy', 'Bí thư Tỉnh ủy', 'Secretary of a provincial-level Party Committee', 'provincial', true],
    ['giam-doc-so', 'Giám đốc Sở', 'Director of a provincial department', 'provincial', true],
    ['chu-tich-ubnd-huyen', 'Chủ tịch UBND huyện', "Chairman of a district People's Committee", 'district', true],
    ['bi-thu-huyen-uy', 'Bí thư Huyện ủy', 'Secretary of a district Party Committee', 'district', true],
  ];
  for (const [slug, name, nameEn, level, exclusive] of roles)
    registry.define('roles', { id: `role:${slug}`, name, nameEn, level, exclusive });
}

/** Generates the corpus of `options` into `sink`, province by province. */
export function generateCorpus(options: CorpusOptions, sink: CorpusSink): CorpusSummary {
  if (!(options.scale > 0) || !Number.isFinite(options.scale))
    throw new RangeError(`scale must be a positive number, got ${options.scale}`);
  const corpus = new Corpus(options, sink);
  defineNational(corpus.registry);
  const articles = Math.max(1, Math.round(ARTICLES_PER_SCALE * options.scale));
  const provinces = Math.min(PROVINCES.length, Math.max(1, Math.round(articles / ARTICLES_PER_PROVINCE)));
  for (let index = 0; index < provinces; index += 1) {
    // Each province's share, so that the shares add up to `articles` exactly.
    const budget = Math.round(((index + 1) * articles) / provinces) - Math.round((index * articles) / provinces);
    const province = new Province(corpus, index, budget);
    province.write(province.plan());
  }
  corpus.registry.finish();
  corpus.summary.provinces = provinces;
  return corpus.summary;
}
