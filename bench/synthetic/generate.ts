/**
 * The synthetic graph: the model of seed/README.md at any scale, deterministic for a (scale, seed).
 *
 * Shape: the 63 provinces with 10 districts each and 4 × scale communes per district; their People's
 * Committees, offices, departments and party committees; national bodies; posts with seats, and tenures of
 * those seats over 2010–2024 (2–6-year terms, some people holding several posts); awards conferred by posts
 * and bodies; 15,000 × scale events with organizers, participants, award presentations and figures; and an
 * article for every event, every round of appointments and every body's structure, whose text is made of the
 * sentences that the graph's STATED_IN quotes cite verbatim. Every node except Article is stated by at least
 * one article, as in real data.
 *
 * Ids are those of real data with `syn-` after the prefix (`person:syn-0000123`), so that they never collide
 * with real ids. The backbone (places, bodies, posts, people, tenures) is built in memory; events are made
 * one at a time from a PRNG seeded by their number, so that any chunking of the stream gives the same graph
 * and scale 10 does not hold millions of rows in memory.
 */
import neo4j from 'neo4j-driver';
import type { NodeLabel } from '../../src/db/cypher/schema.js';
import { foldText } from '../../src/text/fold.js';
import { cumulativeOf, Random, seedOf } from './prng.js';
import { POSSIBLE_HORIZON_YEARS } from '../../src/statements/derive.js';
import { epochDay, neo4jDate, neo4jDateTimeVn, Part, vnDate, type NodeProps } from './part.js';
import {
  BYLINES,
  DEPARTMENTS,
  DISTRICT_OFFICES,
  EVENT_KINDS,
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  FIGURE_METRICS,
  MALE_GIVEN,
  MALE_MIDDLE,
  MINISTRIES,
  NUMBER_WORDS,
  PLACE_SYLLABLES,
  PROVINCES,
  PUBLISHERS_NATIONAL,
} from './vocab.js';

export interface GeneratorOptions {
  scale: number;
  seed: number;
}

export const DEFAULT_SEED = 20190111;
const FIRST_DAY = epochDay(2010, 1, 1);
const LAST_DAY = epochDay(2024, 12, 31);
const YEAR_DAYS = 365;
export const EVENTS_PER_SCALE = 15_000;
export const DISTRICTS_PER_PROVINCE = 10;
export const COMMUNES_PER_DISTRICT_PER_SCALE = 4;
/** People outside government (award recipients), per province and scale. */
export const CITIZENS_PER_PROVINCE_PER_SCALE = 200;

type Level = 'national' | 'provincial' | 'district' | 'commune';
type OrgCategory = 'national' | 'ppc' | 'partyCommittee' | 'provincialOffice' | 'department' | 'dpc' | 'districtOffice' | 'cpc';

interface Org {
  id: string;
  name: string;
  level: Level;
  category: OrgCategory;
  province: number;
  district: number;
  /** The place the body governs, or that of the body it is part of: where its events are held. */
  placeId: string | undefined;
  placeName: string | undefined;
  /** Index of its head's seat in `seats`, if it has one. */
  headSeat: number | undefined;
}

interface Term {
  tenureId: string;
  person: number;
  start: number;
  /** Last day, or undefined while the term runs (or where no source gives its end). */
  end: number | undefined;
}

interface Seat {
  positionId: string;
  title: string;
  org: number;
  terms: Term[];
}

interface Person {
  id: string;
  name: string;
  female: boolean;
}

interface Award {
  id: string;
  name: string;
  conferrerId: string;
  conferrerName: string;
}

/** Index of provinces, districts and seats used when making events. */
interface ProvinceIndex {
  name: string;
  slug: string;
  placeId: string;
  ppc: number;
  partyCommittee: number;
  office: number;
  departments: number[];
  /** Seats of the leaders who chair meetings and present awards. */
  leaderSeats: number[];
  /** All seats of provincial bodies. */
  seats: number[];
  districts: DistrictIndex[];
  /** People outside government. */
  citizens: number[];
  officials: number[];
  provincialAwards: { merit: number; flag: number };
}

interface DistrictIndex {
  name: string;
  dpc: number;
  offices: number[];
  communes: number[];
  leaderSeats: number[];
  seats: number[];
  award: number;
}

/** What an article states: the node (label and id) and the verbatim quote. */
type Citation = readonly [NodeLabel, string, string];

export function slugify(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const FAMILY = FAMILY_NAMES.map(([name]) => name);
const FAMILY_CUMULATIVE = cumulativeOf(FAMILY_NAMES.map(([, weight]) => weight));
const EVENT_KIND_CUMULATIVE = cumulativeOf(EVENT_KINDS.map((kind) => kind.weight));
const ORGANIZER_CATEGORIES: readonly OrgCategory[] = [
  'national',
  'ppc',
  'partyCommittee',
  'provincialOffice',
  'department',
  'dpc',
  'districtOffice',
  'cpc',
];
const ORGANIZER_CUMULATIVE = cumulativeOf([3, 25, 5, 3, 24, 25, 5, 10]);
/** A term lasts 2 to 6 years, most often the 5 of an electoral term. */
const TERM_YEARS = [2, 3, 4, 5, 6];
const TERM_CUMULATIVE = cumulativeOf([1, 2, 2, 6, 1]);

/** The generated graph's backbone, and the event stream built on it. */
export class SyntheticGraph {
  readonly orgs: Org[] = [];
  readonly seats: Seat[] = [];
  readonly people: Person[] = [];
  readonly awards: Award[] = [];
  readonly provinces: ProvinceIndex[] = [];
  readonly nationalLeaderSeats: number[] = [];
  readonly nationalSeats: number[] = [];
  readonly nationalAwards: number[] = [];
  readonly eventCount: number;
  private readonly orgsByCategory = new Map<OrgCategory, number[]>();
  private tenureCounter = 0;
  private articleCounter = 0;

  constructor(readonly options: GeneratorOptions) {
    if (!Number.isInteger(options.scale) || options.scale < 1)
      throw new RangeError(`scale must be a whole number ≥ 1, got ${options.scale}`);
    this.eventCount = EVENTS_PER_SCALE * options.scale;
  }

  private random(...stream: (string | number)[]): Random {
    return new Random(seedOf(this.options.seed, this.options.scale, ...stream));
  }

  private newPerson(random: Random): number {
    const female = random.chance(0.3);
    const family = random.weighted(FAMILY, FAMILY_CUMULATIVE);
    const middle = female
      ? random.chance(0.2)
        ? `Thị ${random.pick(FEMALE_MIDDLE.slice(1))}`
        : random.pick(FEMALE_MIDDLE)
      : random.pick(MALE_MIDDLE);
    const given = female ? random.pick(FEMALE_GIVEN) : random.pick(MALE_GIVEN);
    const index = this.people.length;
    this.people.push({ id: `person:syn-${pad(index, 7)}`, name: `${family} ${middle} ${given}`, female });
    return index;
  }

  private addOrg(
    part: Part,
    org: Omit<Org, 'headSeat'>,
    props: { nameEn: string; classification: string; parentId?: string; jurisdictionId?: string },
  ): number {
    const index = this.orgs.length;
    this.orgs.push({ ...org, headSeat: undefined });
    let list = this.orgsByCategory.get(org.category);
    if (!list) this.orgsByCategory.set(org.category, (list = []));
    list.push(index);
    part.node('Organization', {
      id: org.id,
      name: org.name,
      nameEn: props.nameEn,
      nameFolded: foldText(org.name),
      classification: props.classification,
      level: org.level,
    });
    if (props.parentId) part.rel('PART_OF', 'Organization', org.id, 'Organization', props.parentId);
    if (props.jurisdictionId) part.rel('JURISDICTION', 'Organization', org.id, 'Place', props.jurisdictionId);
    return index;
  }

  /** A post with `seats` holders at a time (e.g. three Vice Chairs); returns the seats' indexes. */
  private addPosition(part: Part, org: number, slug: string, title: string, titleEn: string, seats: number, head = false): number[] {
    const orgRecord = this.orgs[org];
    if (!orgRecord) throw new Error(`no org ${org}`);
    const positionId = `position:syn-${slug}`;
    part.node('Position', { id: positionId, title, titleEn, nameFolded: foldText(title) });
    part.rel('IN_ORGANIZATION', 'Position', positionId, 'Organization', orgRecord.id);
    const indexes: number[] = [];
    for (let seat = 0; seat < seats; seat += 1) {
      indexes.push(this.seats.length);
      this.seats.push({ positionId, title, org, terms: [] });
    }
    if (head) orgRecord.headSeat = indexes[0];
    return indexes;
  }

  private uniqueNames(random: Random, count: number): string[] {
    const names = new Set<string>();
    while (names.size < count) names.add(`${random.pick(PLACE_SYLLABLES)} ${random.pick(PLACE_SYLLABLES)}`);
    return [...names];
  }

  /** Places, bodies, posts and awards, with a structure article per province and district that states them. */
  structure(): Part {
    const part = new Part('structure');
    const random = this.random('structure');
    const scale = this.options.scale;

    const national = new ArticleBuilder(
      this.nextArticleId('s'),
      'Cơ cấu tổ chức bộ máy nhà nước',
      PUBLISHERS_NATIONAL[0],
      random,
      FIRST_DAY,
    );
    const government = this.addOrg(
      part,
      {
        id: 'org:syn-chinh-phu',
        name: 'Chính phủ',
        level: 'national',
        category: 'national',
        province: -1,
        district: -1,
        placeId: undefined,
        placeName: undefined,
      },
      { nameEn: 'Government of Viet Nam', classification: 'government' },
    );
    national.say('Chính phủ là cơ quan hành chính nhà nước cao nhất.', [
      ['Organization', 'org:syn-chinh-phu', 'Chính phủ là cơ quan hành chính nhà nước cao nhất'],
    ]);
    const pm = this.addPosition(part, government, 'thu-tuong-chinh-phu', 'Thủ tướng Chính phủ', 'Prime Minister', 1, true);
    const deputyPm = this.addPosition(part, government, 'pho-thu-tuong-chinh-phu', 'Phó Thủ tướng Chính phủ', 'Deputy Prime Minister', 4);
    this.nationalLeaderSeats.push(...pm, ...deputyPm);
    this.nationalSeats.push(...pm, ...deputyPm);
    const presidentOffice = this.addOrg(
      part,
      {
        id: 'org:syn-van-phong-chu-tich-nuoc',
        name: 'Văn phòng Chủ tịch nước',
        level: 'national',
        category: 'national',
        province: -1,
        district: -1,
        placeId: undefined,
        placeName: undefined,
      },
      { nameEn: 'Office of the President', classification: 'office' },
    );
    national.say('Văn phòng Chủ tịch nước giúp việc cho Chủ tịch nước.', [
      ['Organization', 'org:syn-van-phong-chu-tich-nuoc', 'Văn phòng Chủ tịch nước'],
    ]);
    const president = this.addPosition(part, presidentOffice, 'chu-tich-nuoc', 'Chủ tịch nước', 'President of Viet Nam', 1, true);
    this.nationalSeats.push(...president);
    for (const ministry of MINISTRIES) {
      const id = `org:syn-${ministry.slug}`;
      const org = this.addOrg(
        part,
        {
          id,
          name: ministry.name,
          level: 'national',
          category: 'national',
          province: -1,
          district: -1,
          placeId: undefined,
          placeName: undefined,
        },
        { nameEn: ministry.en, classification: 'ministry', parentId: 'org:syn-chinh-phu' },
      );
      national.say(`${ministry.name} là cơ quan của Chính phủ.`, [['Organization', id, `${ministry.name} là cơ quan của Chính phủ`]]);
      this.nationalSeats.push(
        ...this.addPosition(part, org, `bo-truong-${ministry.slug}`, `Bộ trưởng ${ministry.name}`, `Minister, ${ministry.en}`, 1, true),
      );
      this.nationalSeats.push(
        ...this.addPosition(part, org, `thu-truong-${ministry.slug}`, `Thứ trưởng ${ministry.name}`, `Deputy Minister, ${ministry.en}`, 3),
      );
    }
    const nationalAward = (
      slug: string,
      name: string,
      nameEn: string,
      conferrerId: string,
      conferrerLabel: 'Position' | 'Organization',
      conferrerName: string,
    ) => {
      const id = `award:syn-${slug}`;
      part.node('Award', { id, name, nameEn, nameFolded: foldText(name) });
      part.rel('CONFERRED_BY', 'Award', id, conferrerLabel, conferrerId);
      national.say(`${name} do ${conferrerName} quyết định tặng.`, [['Award', id, name]]);
      this.nationalAwards.push(this.awards.length);
      this.awards.push({ id, name, conferrerId, conferrerName });
    };
    nationalAward(
      'bang-khen-cua-thu-tuong-chinh-phu',
      'Bằng khen của Thủ tướng Chính phủ',
      "Prime Minister's Certificate of Merit",
      'position:syn-thu-tuong-chinh-phu',
      'Position',
      'Thủ tướng Chính phủ',
    );
    nationalAward(
      'co-thi-dua-cua-chinh-phu',
      'Cờ thi đua của Chính phủ',
      "Government's Emulation Flag",
      'org:syn-chinh-phu',
      'Organization',
      'Chính phủ',
    );
    for (const [rank, en] of [
      ['Nhất', 'First'],
      ['Nhì', 'Second'],
      ['Ba', 'Third'],
    ] as const) {
      nationalAward(
        `huan-chuong-lao-dong-hang-${slugify(rank)}`,
        `Huân chương Lao động hạng ${rank}`,
        `Labour Order, ${en} Class`,
        'position:syn-chu-tich-nuoc',
        'Position',
        'Chủ tịch nước',
      );
    }
    nationalAward(
      'chien-si-thi-dua-toan-quoc',
      'Chiến sĩ thi đua toàn quốc',
      'National Emulation Fighter',
      'position:syn-thu-tuong-chinh-phu',
      'Position',
      'Thủ tướng Chính phủ',
    );
    national.flush(part);

    let communeCounter = 0;
    PROVINCES.forEach((province, provinceIndex) => {
      const slug = slugify(province.name);
      const unit = province.city ? 'thành phố' : 'tỉnh';
      const placeId = `place:syn-${slugify(unit)}-${slug}`;
      const placeName = `${unit} ${province.name}`;
      const article = new ArticleBuilder(
        this.nextArticleId('s'),
        `Tổ chức bộ máy chính quyền ${placeName}`,
        `Báo ${province.name}`,
        random,
        FIRST_DAY,
      );
      part.node('Place', {
        id: placeId,
        name: province.name,
        nameEn: province.city ? `${province.en} City` : `${province.en} Province`,
        nameFolded: foldText(province.name),
        kind: 'province',
      });
      const ppcName = `UBND ${placeName}`;
      article.say(`${ppcName} là cơ quan hành chính nhà nước ở ${placeName}.`, [
        ['Place', placeId, placeName],
        ['Organization', `org:syn-ubnd-${slug}`, ppcName],
      ]);
      const base = { level: 'provincial' as const, province: provinceIndex, district: -1, placeId, placeName };
      const ppc = this.addOrg(
        part,
        { ...base, id: `org:syn-ubnd-${slug}`, name: ppcName, category: 'ppc' },
        { nameEn: `${province.en} Provincial People's Committee`, classification: 'peoples-committee', jurisdictionId: placeId },
      );
      const officeName = `Văn phòng UBND ${placeName}`;
      const office = this.addOrg(
        part,
        { ...base, id: `org:syn-van-phong-ubnd-${slug}`, name: officeName, category: 'provincialOffice' },
        {
          nameEn: `Office of the ${province.en} Provincial People's Committee`,
          classification: 'office',
          parentId: `org:syn-ubnd-${slug}`,
        },
      );
      const partyName = province.city ? `Thành ủy ${province.name}` : `Tỉnh ủy ${province.name}`;
      const partyCommittee = this.addOrg(
        part,
        { ...base, id: `org:syn-${slugify(partyName)}`, name: partyName, category: 'partyCommittee' },
        { nameEn: `${province.en} Party Committee`, classification: 'party-committee', jurisdictionId: placeId },
      );
      article.say(`${officeName} tham mưu, giúp việc cho ${ppcName}; ${partyName} lãnh đạo toàn diện.`, [
        ['Organization', `org:syn-van-phong-ubnd-${slug}`, officeName],
        ['Organization', `org:syn-${slugify(partyName)}`, partyName],
      ]);
      const ppcTitle = (title: string) => `${title} UBND ${placeName}`;
      const chair = this.addPosition(
        part,
        ppc,
        `chu-tich-ubnd-${slug}`,
        ppcTitle('Chủ tịch'),
        `Chairman of the ${province.en} People's Committee`,
        1,
        true,
      );
      const standing = this.addPosition(
        part,
        ppc,
        `pho-chu-tich-thuong-truc-ubnd-${slug}`,
        ppcTitle('Phó Chủ tịch Thường trực'),
        `Standing Vice Chairman of the ${province.en} People's Committee`,
        1,
      );
      const vice = this.addPosition(
        part,
        ppc,
        `pho-chu-tich-ubnd-${slug}`,
        ppcTitle('Phó Chủ tịch'),
        `Vice Chairman of the ${province.en} People's Committee`,
        3,
      );
      const officeHead = this.addPosition(
        part,
        office,
        `chanh-van-phong-ubnd-${slug}`,
        `Chánh ${officeName}`,
        `Chief of the Office of the ${province.en} People's Committee`,
        1,
        true,
      );
      const officeDeputy = this.addPosition(
        part,
        office,
        `pho-chanh-van-phong-ubnd-${slug}`,
        `Phó Chánh ${officeName}`,
        `Deputy Chief of the Office of the ${province.en} People's Committee`,
        2,
      );
      const secretary = this.addPosition(
        part,
        partyCommittee,
        `bi-thu-${slugify(partyName)}`,
        `Bí thư ${partyName}`,
        `Secretary of the ${province.en} Party Committee`,
        1,
        true,
      );
      const deputySecretary = this.addPosition(
        part,
        partyCommittee,
        `pho-bi-thu-${slugify(partyName)}`,
        `Phó Bí thư ${partyName}`,
        `Deputy Secretary of the ${province.en} Party Committee`,
        2,
      );
      const seats = [...chair, ...standing, ...vice, ...officeHead, ...officeDeputy, ...secretary, ...deputySecretary];
      const departments: number[] = [];
      for (const department of DEPARTMENTS) {
        const name = `${department.name} ${placeName}`;
        const id = `org:syn-${slugify(department.name)}-${slug}`;
        const org = this.addOrg(
          part,
          { ...base, id, name, category: 'department' },
          { nameEn: `${department.en}, ${province.en}`, classification: 'department', parentId: `org:syn-ubnd-${slug}` },
        );
        article.say(`${name} là cơ quan chuyên môn thuộc ${ppcName}.`, [['Organization', id, `${name} là cơ quan chuyên môn`]]);
        departments.push(org);
        seats.push(
          ...this.addPosition(
            part,
            org,
            `giam-doc-${slugify(department.name)}-${slug}`,
            `Giám đốc ${name}`,
            `Director, ${department.en}, ${province.en}`,
            1,
            true,
          ),
        );
        seats.push(
          ...this.addPosition(
            part,
            org,
            `pho-giam-doc-${slugify(department.name)}-${slug}`,
            `Phó Giám đốc ${name}`,
            `Deputy Director, ${department.en}, ${province.en}`,
            2,
          ),
        );
      }
      const meritName = `Bằng khen của Chủ tịch UBND ${placeName}`;
      const flagName = `Cờ thi đua của UBND ${placeName}`;
      const merit = this.awards.length;
      this.awards.push({
        id: `award:syn-bang-khen-chu-tich-ubnd-${slug}`,
        name: meritName,
        conferrerId: `position:syn-chu-tich-ubnd-${slug}`,
        conferrerName: `Chủ tịch UBND ${placeName}`,
      });
      this.awards.push({
        id: `award:syn-co-thi-dua-ubnd-${slug}`,
        name: flagName,
        conferrerId: `org:syn-ubnd-${slug}`,
        conferrerName: ppcName,
      });
      part.node('Award', {
        id: `award:syn-bang-khen-chu-tich-ubnd-${slug}`,
        name: meritName,
        nameEn: `Certificate of Merit of the Chairman of the ${province.en} People's Committee`,
        nameFolded: foldText(meritName),
      });
      part.rel('CONFERRED_BY', 'Award', `award:syn-bang-khen-chu-tich-ubnd-${slug}`, 'Position', `position:syn-chu-tich-ubnd-${slug}`);
      part.node('Award', {
        id: `award:syn-co-thi-dua-ubnd-${slug}`,
        name: flagName,
        nameEn: `Emulation Flag of the ${province.en} People's Committee`,
        nameFolded: foldText(flagName),
      });
      part.rel('CONFERRED_BY', 'Award', `award:syn-co-thi-dua-ubnd-${slug}`, 'Organization', `org:syn-ubnd-${slug}`);
      article.say(`Hằng năm, ${ppcName} xét tặng ${meritName} và ${flagName}.`, [
        ['Award', `award:syn-bang-khen-chu-tich-ubnd-${slug}`, meritName],
        ['Award', `award:syn-co-thi-dua-ubnd-${slug}`, flagName],
      ]);

      const districts: DistrictIndex[] = [];
      const districtNames = this.uniqueNames(random, DISTRICTS_PER_PROVINCE);
      const districtUnit = province.city ? 'quận' : 'huyện';
      districtNames.forEach((districtName, districtIndex) => {
        const districtSlug = `${slugify(districtName)}-${slug}`;
        const districtPlaceId = `place:syn-${slugify(districtUnit)}-${districtSlug}`;
        const districtPlaceName = `${districtUnit} ${districtName}`;
        part.node('Place', {
          id: districtPlaceId,
          name: districtName,
          nameEn: `${districtName} District`,
          nameFolded: foldText(districtName),
          kind: 'district',
        });
        part.rel('PART_OF', 'Place', districtPlaceId, 'Place', placeId);
        const districtArticle = new ArticleBuilder(
          this.nextArticleId('s'),
          `Tổ chức bộ máy chính quyền ${districtPlaceName}, ${placeName}`,
          `Báo ${province.name}`,
          random,
          FIRST_DAY,
        );
        const dBase = {
          level: 'district' as const,
          province: provinceIndex,
          district: districtIndex,
          placeId: districtPlaceId,
          placeName: districtPlaceName,
        };
        const dpcName = `UBND ${districtPlaceName}`;
        const dpcId = `org:syn-ubnd-${slugify(districtUnit)}-${districtSlug}`;
        districtArticle.say(`${districtPlaceName} là đơn vị hành chính thuộc ${placeName}; ${dpcName} quản lý hành chính trên địa bàn.`, [
          ['Place', districtPlaceId, `${districtPlaceName} là đơn vị hành chính thuộc ${placeName}`],
          ['Organization', dpcId, dpcName],
        ]);
        const dpc = this.addOrg(
          part,
          { ...dBase, id: dpcId, name: dpcName, category: 'dpc' },
          {
            nameEn: `${districtName} District People's Committee`,
            classification: 'peoples-committee',
            parentId: `org:syn-ubnd-${slug}`,
            jurisdictionId: districtPlaceId,
          },
        );
        const dTitle = (title: string) => `${title} UBND ${districtPlaceName}`;
        const dChair = this.addPosition(
          part,
          dpc,
          `chu-tich-ubnd-${slugify(districtUnit)}-${districtSlug}`,
          dTitle('Chủ tịch'),
          `Chairman of the ${districtName} District People's Committee`,
          1,
          true,
        );
        const dVice = this.addPosition(
          part,
          dpc,
          `pho-chu-tich-ubnd-${slugify(districtUnit)}-${districtSlug}`,
          dTitle('Phó Chủ tịch'),
          `Vice Chairman of the ${districtName} District People's Committee`,
          2,
        );
        const dSeats = [...dChair, ...dVice];
        const offices: number[] = [];
        const dOfficeName = `Văn phòng HĐND và UBND ${districtPlaceName}`;
        const dOffice = this.addOrg(
          part,
          {
            ...dBase,
            id: `org:syn-van-phong-ubnd-${slugify(districtUnit)}-${districtSlug}`,
            name: dOfficeName,
            category: 'districtOffice',
          },
          { nameEn: `Office of the ${districtName} District People's Council and Committee`, classification: 'office', parentId: dpcId },
        );
        offices.push(dOffice);
        dSeats.push(
          ...this.addPosition(
            part,
            dOffice,
            `chanh-van-phong-ubnd-${slugify(districtUnit)}-${districtSlug}`,
            `Chánh ${dOfficeName}`,
            `Chief of the Office, ${districtName} District`,
            1,
            true,
          ),
        );
        const officeStatements: Citation[] = [
          ['Organization', `org:syn-van-phong-ubnd-${slugify(districtUnit)}-${districtSlug}`, dOfficeName],
        ];
        for (const districtOffice of DISTRICT_OFFICES) {
          const name = `${districtOffice.name} ${districtPlaceName}`;
          const id = `org:syn-${slugify(districtOffice.name)}-${slugify(districtUnit)}-${districtSlug}`;
          const org = this.addOrg(
            part,
            { ...dBase, id, name, category: 'districtOffice' },
            { nameEn: `${districtOffice.en}, ${districtName} District`, classification: 'department', parentId: dpcId },
          );
          offices.push(org);
          officeStatements.push(['Organization', id, name]);
          dSeats.push(
            ...this.addPosition(
              part,
              org,
              `truong-${slugify(districtOffice.name)}-${slugify(districtUnit)}-${districtSlug}`,
              `Trưởng ${name}`,
              `Head, ${districtOffice.en}, ${districtName} District`,
              1,
              true,
            ),
          );
          dSeats.push(
            ...this.addPosition(
              part,
              org,
              `pho-truong-${slugify(districtOffice.name)}-${slugify(districtUnit)}-${districtSlug}`,
              `Phó Trưởng ${name}`,
              `Deputy Head, ${districtOffice.en}, ${districtName} District`,
              1,
            ),
          );
        }
        districtArticle.say(
          `Các cơ quan chuyên môn của ${dpcName} gồm: ${officeStatements.map(([, , name]) => name).join(', ')}.`,
          officeStatements.map(([, id, name]) => ['Organization', id, name]),
        );
        const awardName = `Giấy khen của Chủ tịch UBND ${districtPlaceName}`;
        const awardId = `award:syn-giay-khen-chu-tich-ubnd-${slugify(districtUnit)}-${districtSlug}`;
        const award = this.awards.length;
        this.awards.push({
          id: awardId,
          name: awardName,
          conferrerId: `position:syn-chu-tich-ubnd-${slugify(districtUnit)}-${districtSlug}`,
          conferrerName: `Chủ tịch UBND ${districtPlaceName}`,
        });
        part.node('Award', {
          id: awardId,
          name: awardName,
          nameEn: `Certificate of Commendation of the Chairman of the ${districtName} District People's Committee`,
          nameFolded: foldText(awardName),
        });
        part.rel('CONFERRED_BY', 'Award', awardId, 'Position', `position:syn-chu-tich-ubnd-${slugify(districtUnit)}-${districtSlug}`);
        districtArticle.say(`Chủ tịch UBND ${districtPlaceName} tặng ${awardName} cho các tập thể, cá nhân có thành tích.`, [
          ['Award', awardId, awardName],
        ]);

        const communes: number[] = [];
        const communeNames = this.uniqueNames(random, COMMUNES_PER_DISTRICT_PER_SCALE * scale);
        const communeStatements: Citation[] = [];
        for (const communeName of communeNames) {
          const number = pad(communeCounter++, 6);
          const communePlaceId = `place:syn-xa-${number}`;
          const communePlaceName = `xã ${communeName}`;
          part.node('Place', {
            id: communePlaceId,
            name: communeName,
            nameEn: `${communeName} Commune`,
            nameFolded: foldText(communeName),
            kind: 'commune',
          });
          part.rel('PART_OF', 'Place', communePlaceId, 'Place', districtPlaceId);
          const cpcName = `UBND xã ${communeName}, ${districtPlaceName}`;
          const cpcId = `org:syn-ubnd-xa-${number}`;
          const cpc = this.addOrg(
            part,
            {
              level: 'commune',
              province: provinceIndex,
              district: districtIndex,
              placeId: communePlaceId,
              placeName: communePlaceName,
              id: cpcId,
              name: cpcName,
              category: 'cpc',
            },
            {
              nameEn: `${communeName} Commune People's Committee`,
              classification: 'peoples-committee',
              parentId: dpcId,
              jurisdictionId: communePlaceId,
            },
          );
          communes.push(cpc);
          communeStatements.push(['Place', communePlaceId, communePlaceName], ['Organization', cpcId, `UBND xã ${communeName}`]);
          dSeats.push(
            ...this.addPosition(
              part,
              cpc,
              `chu-tich-ubnd-xa-${number}`,
              `Chủ tịch ${cpcName}`,
              `Chairman of the ${communeName} Commune People's Committee`,
              1,
              true,
            ),
          );
          dSeats.push(
            ...this.addPosition(
              part,
              cpc,
              `pho-chu-tich-ubnd-xa-${number}`,
              `Phó Chủ tịch ${cpcName}`,
              `Vice Chairman of the ${communeName} Commune People's Committee`,
              1,
            ),
          );
        }
        districtArticle.say(
          `${districtPlaceName[0]?.toUpperCase()}${districtPlaceName.slice(1)} có ${communeNames.length} xã: ${communeNames.map((name) => `xã ${name}`).join(', ')}.`,
          communeStatements.filter(([label]) => label === 'Place'),
        );
        districtArticle.say(
          `UBND các xã gồm: ${communeNames.map((name) => `UBND xã ${name}`).join(', ')}.`,
          communeStatements.filter(([label]) => label === 'Organization'),
        );
        districtArticle.flush(part);
        districts.push({ name: districtPlaceName, dpc, offices, communes, leaderSeats: [...dChair, ...dVice], seats: dSeats, award });
      });
      article.flush(part);
      this.provinces.push({
        name: placeName,
        slug,
        placeId,
        ppc,
        partyCommittee,
        office,
        departments,
        leaderSeats: [...chair, ...standing, ...vice, ...secretary],
        seats,
        districts,
        citizens: [],
        officials: [],
        provincialAwards: { merit, flag: merit + 1 },
      });
    });
    return part;
  }

  private nextArticleId(kind: 's' | 'a' | 'c'): string {
    return `article:syn-${kind}${pad(this.articleCounter++, 7)}`;
  }

  private provinceOfSeat(seat: Seat): number {
    return this.orgs[seat.org]?.province ?? -1;
  }

  /**
   * People and their tenures: every seat is held from before 2010 to the end of 2024 by a succession of
   * people, each term announced by an appointment article (one per body and year) that states the person,
   * the tenure and the post. A quarter of the terms go to someone who already holds or held another post
   * in the same province, so that careers cross bodies as they do.
   */
  peopleAndTenures(): Part {
    const part = new Part('people');
    const random = this.random('people');
    const nationalOfficials: number[] = [];
    const appointments = new Map<string, { org: number; year: number; items: { seat: number; term: Term }[] }>();
    this.seats.forEach((seat, seatIndex) => {
      let start = FIRST_DAY - random.int(0, 4 * YEAR_DAYS);
      while (start <= LAST_DAY) {
        const length = random.weighted(TERM_YEARS, TERM_CUMULATIVE) * YEAR_DAYS + random.int(-60, 60);
        const endDay = start + length - 1;
        const province = this.provinceOfSeat(seat);
        const pool = province >= 0 ? (this.provinces[province]?.officials ?? []) : nationalOfficials;
        const person = pool.length > 20 && random.chance(0.25) ? random.pick(pool) : this.newPerson(random);
        if (pool[pool.length - 1] !== person) pool.push(person);
        // The end of a finished term is known from the next appointment, except where no source gives it.
        const end = endDay > LAST_DAY || random.chance(0.05) ? undefined : endDay;
        const term: Term = { tenureId: `tenure:syn-${pad(this.tenureCounter++, 7)}`, person, start, end };
        seat.terms.push(term);
        const year = new Date(term.start * 86_400_000).getUTCFullYear();
        const key = `${seat.org}|${year}`;
        let group = appointments.get(key);
        if (!group) appointments.set(key, (group = { org: seat.org, year, items: [] }));
        group.items.push({ seat: seatIndex, term });
        start = endDay + 1;
      }
    });
    for (const person of this.people) {
      part.node('Person', personProps(person));
    }
    for (const group of appointments.values()) {
      const org = this.orgs[group.org];
      if (!org) continue;
      const first = group.items[0];
      const published = Math.max(FIRST_DAY - 5 * YEAR_DAYS, first?.term.start ?? FIRST_DAY);
      const publisher = org.province >= 0 ? `Báo ${PROVINCES[org.province]?.name ?? ''}` : PUBLISHERS_NATIONAL[1];
      const article = new ArticleBuilder(
        this.nextArticleId('a'),
        `${org.name} công bố quyết định về công tác cán bộ năm ${group.year}`,
        publisher,
        random,
        published,
      );
      article.say(`${org.name} công bố các quyết định về công tác cán bộ năm ${group.year}.`, [
        ['Organization', org.id, `${org.name} công bố các quyết định về công tác cán bộ`],
      ]);
      for (const { seat: seatIndex, term } of group.items) {
        const seat = this.seats[seatIndex];
        const person = this.people[term.person];
        if (!seat || !person) continue;
        const honorific = person.female ? 'Bà' : 'Ông';
        const sentence = `${honorific} ${person.name} giữ chức ${seat.title} từ ngày ${vnDate(term.start)}${term.end === undefined ? '' : ` đến ngày ${vnDate(term.end)}`}.`;
        article.say(sentence, [
          ['Person', person.id, `${honorific} ${person.name}`],
          ['Tenure', term.tenureId, sentence.slice(0, -1)],
          ['Position', seat.positionId, seat.title],
        ]);
        // The days the loader derives for a tenure (src/statements/derive.ts): certain from its start to its end
        // (or the start day alone), possible up to the end or POSSIBLE_HORIZON_YEARS past the start.
        const props: NodeProps = {
          id: term.tenureId,
          startDate: neo4jDate(term.start),
          certainFrom: neo4jDate(term.start),
          possibleFrom: neo4jDate(term.start),
          certainTo: neo4jDate(term.end ?? term.start),
          possibleTo: neo4jDate(term.end ?? term.start + POSSIBLE_HORIZON_YEARS * YEAR_DAYS),
        };
        if (term.end !== undefined) props.endDate = neo4jDate(term.end);
        part.node('Tenure', props);
        part.rel('HELD_BY', 'Tenure', term.tenureId, 'Person', person.id);
        part.rel('OF_POSITION', 'Tenure', term.tenureId, 'Position', seat.positionId);
      }
      article.flush(part);
    }

    // People outside government, named in honour rolls: the recipients of awards.
    const citizensPerProvince = CITIZENS_PER_PROVINCE_PER_SCALE * this.options.scale;
    this.provinces.forEach((province, provinceIndex) => {
      const first = this.people.length;
      for (let index = 0; index < citizensPerProvince; index += 1) province.citizens.push(this.newPerson(random));
      for (let start = first; start < this.people.length; start += 100) {
        const year = 2010 + ((start / 100) % 15);
        const article = new ArticleBuilder(
          this.nextArticleId('c'),
          `Vinh danh gương điển hình tiên tiến ${province.name} năm ${year}`,
          `Báo ${PROVINCES[provinceIndex]?.name ?? ''}`,
          random,
          epochDay(year, 4, 30),
        );
        const names: string[] = [];
        const cited: Citation[] = [];
        for (let index = start; index < Math.min(start + 100, this.people.length); index += 1) {
          const person = this.people[index];
          if (!person) continue;
          part.node('Person', personProps(person));
          const mention = `${person.female ? 'bà' : 'ông'} ${person.name}`;
          names.push(mention);
          cited.push(['Person', person.id, mention]);
        }
        article.say(`Các gương điển hình tiên tiến ${province.name} năm ${year} được vinh danh gồm ${names.join(', ')}.`, cited);
        article.flush(part);
      }
    });
    return part;
  }

  /** The holder of a seat on a day, if any term covers it. */
  holderAt(seatIndex: number, day: number): Term | undefined {
    const terms = this.seats[seatIndex]?.terms ?? [];
    let low = 0;
    let high = terms.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const term = terms[middle];
      if (!term) break;
      if (term.start > day) high = middle - 1;
      else if (terms[middle + 1] && (terms[middle + 1]?.start ?? Infinity) <= day) low = middle + 1;
      else return term;
    }
    return undefined;
  }

  /**
   * The whole graph, part by part, in the order of their dependencies: the structure, people and tenures (which
   * refer to the structure's posts), then events in chunks of `chunkEvents` (which refer to both, not to each other).
   * Each part is made when asked for, so that no more than one is held in memory.
   */
  *parts(chunkEvents: number): Generator<Part> {
    yield this.structure();
    yield this.peopleAndTenures();
    for (let from = 0; from < this.eventCount; from += chunkEvents) yield this.events(from, from + chunkEvents);
  }

  /** Events `from` to `to` (exclusive), with their article, participations, presentations and figures. */
  events(from: number, to: number): Part {
    const part = new Part(`events ${from}–${to}`);
    for (let index = from; index < Math.min(to, this.eventCount); index += 1) this.event(part, index);
    return part;
  }

  private event(part: Part, index: number): void {
    const random = this.random('event', index);
    const category = random.weighted(ORGANIZER_CATEGORIES, ORGANIZER_CUMULATIVE);
    const organizerIndex = random.pick(this.orgsByCategory.get(category) ?? []);
    const organizer = this.orgs[organizerIndex];
    if (!organizer) return;
    const province = organizer.province >= 0 ? this.provinces[organizer.province] : undefined;
    const district = province && organizer.district >= 0 ? province.districts[organizer.district] : undefined;
    const day = random.int(FIRST_DAY, LAST_DAY);
    const year = new Date(day * 86_400_000).getUTCFullYear();
    const kind = random.weighted(EVENT_KINDS, EVENT_KIND_CUMULATIVE);
    const fill = (text: string) =>
      text
        .replace('{year}', String(year))
        .replace('{prev}', String(year - 1))
        .replace('{nth}', String(random.int(3, 10)));
    const name = `${fill(kind.name)} của ${organizer.name}`;
    const eventId = `event:syn-${pad(index, 8)}`;
    const precision = random.chance(0.92) ? 'day' : random.chance(0.75) ? 'month' : 'year';
    const eventDay =
      precision === 'day' ? day : precision === 'month' ? day - (new Date(day * 86_400_000).getUTCDate() - 1) : epochDay(year, 1, 1);
    const partOfDay = random.weighted(['morning', 'afternoon', 'evening', ''], cumulativeOf([40, 30, 5, 25]));
    const eventProps: NodeProps = {
      id: eventId,
      name,
      nameEn: `${fill(kind.en)} (${organizer.name})`,
      nameFolded: foldText(name),
      date: neo4jDate(eventDay),
      datePrecision: precision,
    };
    if (partOfDay) eventProps.partOfDay = partOfDay;
    part.node('Event', eventProps);

    const publisher = province ? `Báo ${PROVINCES[organizer.province]?.name ?? ''}` : random.pick(PUBLISHERS_NATIONAL);
    const article = new ArticleBuilder(`article:syn-e${pad(index, 8)}`, name, publisher, random, eventDay + random.int(0, 1));
    const when =
      precision === 'day'
        ? `${partOfDay === 'morning' ? 'Sáng' : partOfDay === 'afternoon' ? 'Chiều' : partOfDay === 'evening' ? 'Tối' : 'Ngày'} ngày ${vnDate(eventDay).replace(/\/\d{4}$/, '')}`
        : precision === 'month'
          ? `Trong tháng ${new Date(eventDay * 86_400_000).getUTCMonth() + 1}/${year}`
          : `Năm ${year}`;
    const where = organizer.placeId && random.chance(0.85) ? ` tại ${organizer.placeName}` : '';
    const opening = `${when}, ${organizer.name} tổ chức ${fill(kind.name)
      .replace(/^Hội nghị/, 'hội nghị')
      .replace(/^Lễ/, 'lễ')
      .replace(/^Đại hội/, 'đại hội')}${where}.`;
    const openingStatements: Citation[] = [
      ['Event', eventId, opening.slice(0, -1)],
      ['Organization', organizer.id, opening.slice(0, -1)],
    ];
    part.rel('ORGANIZED_BY', 'Event', eventId, 'Organization', organizer.id);
    if (where && organizer.placeId) {
      part.rel('HELD_IN', 'Event', eventId, 'Place', organizer.placeId);
      openingStatements.push(['Place', organizer.placeId, `tại ${organizer.placeName}`]);
    }
    article.say(opening, openingStatements);
    if (province && random.chance(0.2) && organizer.category !== 'partyCommittee') {
      const co = this.orgs[province.partyCommittee];
      if (co) {
        part.rel('ORGANIZED_BY', 'Event', eventId, 'Organization', co.id);
        const sentence = `Hội nghị được tổ chức với sự phối hợp của ${co.name}.`;
        article.say(sentence, [
          ['Organization', co.id, sentence.slice(0, -1)],
          ['Event', eventId, sentence.slice(0, -1)],
        ]);
      }
    }

    let participationCounter = 0;
    let tenureCounter = 0;
    const participants = new Set<string>();
    const participate = (
      agentLabel: 'Person' | 'Organization' | 'Position',
      agentId: string,
      role: string,
      sentence: string,
      agentQuote: string,
      seat?: number,
    ) => {
      if (participants.has(`${agentId}|${role}`)) return;
      participants.add(`${agentId}|${role}`);
      const id = `participation:syn-${pad(index, 8)}-${participationCounter++}`;
      part.node('Participation', { id, role });
      part.rel('PARTICIPANT', 'Participation', id, agentLabel, agentId);
      part.rel('AT_EVENT', 'Participation', id, 'Event', eventId);
      article.say(sentence, [
        ['Participation', id, sentence.slice(0, -1)],
        [agentLabel, agentId, agentQuote],
      ]);
      // Where an article shows someone in office on the day, the graph records that attestation as a tenure.
      if (agentLabel === 'Person' && seat !== undefined && precision === 'day' && random.chance(0.12)) {
        const seatRecord = this.seats[seat];
        if (!seatRecord) return;
        const tenureId = `tenure:syn-e${pad(index, 8)}-${tenureCounter++}`;
        part.node('Tenure', {
          id: tenureId,
          attestedOn: neo4jDate(eventDay),
          certainFrom: neo4jDate(eventDay),
          certainTo: neo4jDate(eventDay),
          possibleFrom: neo4jDate(eventDay - POSSIBLE_HORIZON_YEARS * YEAR_DAYS),
          possibleTo: neo4jDate(eventDay + POSSIBLE_HORIZON_YEARS * YEAR_DAYS),
        });
        part.rel('HELD_BY', 'Tenure', tenureId, 'Person', agentId);
        part.rel('OF_POSITION', 'Tenure', tenureId, 'Position', seatRecord.positionId);
        article.cite('Tenure', tenureId, sentence.slice(0, -1));
      }
    };
    const officialAt = (seatIndex: number): { person: Person; title: string } | undefined => {
      const term = this.holderAt(seatIndex, day);
      const person = term ? this.people[term.person] : undefined;
      const seat = this.seats[seatIndex];
      return person && seat ? { person, title: seat.title } : undefined;
    };
    const leaderSeats = district && random.chance(0.6) ? district.leaderSeats : province ? province.leaderSeats : this.nationalLeaderSeats;
    const chairSeat = organizer.headSeat !== undefined && random.chance(0.5) ? organizer.headSeat : random.pick(leaderSeats);
    const chair = officialAt(chairSeat);
    if (chair) {
      participate(
        'Person',
        chair.person.id,
        'CHAIR',
        `Đồng chí ${chair.person.name}, ${chair.title}, chủ trì hội nghị.`,
        `Đồng chí ${chair.person.name}`,
        chairSeat,
      );
    }
    const seatPool = district
      ? [...district.seats.slice(0, 24), ...(province?.leaderSeats ?? [])]
      : province
        ? province.seats
        : this.nationalSeats;
    const others = random.int(2, 7);
    for (let count = 0; count < others; count += 1) {
      const seatIndex = random.pick(seatPool);
      const official = officialAt(seatIndex);
      if (!official) continue;
      if (random.chance(0.3)) {
        participate(
          'Person',
          official.person.id,
          'SPEAKER',
          `Đồng chí ${official.person.name}, ${official.title}, phát biểu tại hội nghị.`,
          `Đồng chí ${official.person.name}`,
          seatIndex,
        );
      } else {
        participate(
          'Person',
          official.person.id,
          'ATTENDEE',
          `Dự hội nghị có đồng chí ${official.person.name}, ${official.title}.`,
          `đồng chí ${official.person.name}`,
          seatIndex,
        );
      }
    }
    if (province && random.chance(0.08)) {
      const department = this.orgs[random.pick(province.departments)];
      if (department)
        participate(
          'Organization',
          department.id,
          'ATTENDEE',
          `Tham dự hội nghị có đại diện ${department.name}.`,
          `đại diện ${department.name}`,
        );
    }
    if (random.chance(0.03)) {
      const seat = this.seats[random.pick(leaderSeats)];
      if (seat) participate('Position', seat.positionId, 'ATTENDEE', `Hội nghị có sự tham dự của ${seat.title}.`, seat.title);
    }

    if (kind.ceremony && random.chance(0.6)) {
      const presentations = random.int(1, 12);
      for (let count = 0; count < presentations; count += 1)
        this.presentation(part, article, random, {
          index,
          count,
          eventId,
          day: eventDay,
          organizer,
          province,
          district,
          participate,
          officialAt,
        });
    }

    if (!kind.ceremony && organizer.placeId && random.chance(0.15)) {
      const metric = random.pick(FIGURE_METRICS);
      const value = Math.round((metric.low + random.float() * (metric.high - metric.low)) * 10) / 10;
      const valueText = `${String(value).replace('.', ',')}${metric.unit === '%' ? '%' : ` ${metric.unit}`}`;
      const approximate = random.chance(0.3);
      const figureId = `figure:syn-${pad(index, 8)}-0`;
      const figure: NodeProps = {
        id: figureId,
        metric: metric.metric,
        metricEn: metric.en,
        valueText,
        value,
        unit: metric.unit,
        period: `năm ${year - 1}`,
        asOf: neo4jDate(epochDay(year - 1, 12, 31)),
      };
      if (approximate) figure.qualifier = 'approximately';
      part.node('Figure', figure);
      part.rel('ABOUT', 'Figure', figureId, 'Place', organizer.placeId);
      part.rel('REPORTED_AT', 'Figure', figureId, 'Event', eventId);
      const sentence = `${metric.metric} của ${organizer.placeName} năm ${year - 1} ${approximate ? 'ước đạt khoảng' : 'đạt'} ${valueText}.`;
      article.say(sentence, [['Figure', figureId, sentence.slice(0, -1)]]);
    }
    article.flush(part);
  }

  private presentation(
    part: Part,
    article: ArticleBuilder,
    random: Random,
    context: {
      index: number;
      count: number;
      eventId: string;
      day: number;
      organizer: Org;
      province: ProvinceIndex | undefined;
      district: DistrictIndex | undefined;
      participate: (
        label: 'Person' | 'Organization' | 'Position',
        id: string,
        role: string,
        sentence: string,
        quote: string,
        seat?: number,
      ) => void;
      officialAt: (seat: number) => { person: Person; title: string } | undefined;
    },
  ): void {
    const { province, district } = context;
    const roll = random.float();
    const awardIndex = !province
      ? random.pick(this.nationalAwards)
      : district
        ? roll < 0.7
          ? district.award
          : roll < 0.95
            ? province.provincialAwards.merit
            : random.pick(this.nationalAwards)
        : roll < 0.55
          ? province.provincialAwards.merit
          : roll < 0.7
            ? province.provincialAwards.flag
            : random.pick(this.nationalAwards);
    const award = this.awards[awardIndex];
    if (!award) return;
    const presenterSeats =
      district && awardIndex === district.award ? district.leaderSeats : province ? province.leaderSeats : this.nationalLeaderSeats;
    const presenterSeat = random.pick(presenterSeats);
    const presenter = context.officialAt(presenterSeat);
    const id = `presentation:syn-${pad(context.index, 8)}-${context.count}`;
    const named = random.weighted([0, 1, 2, 3], cumulativeOf([30, 35, 20, 15]));
    const recipients: { label: 'Person' | 'Organization'; id: string; mention: string }[] = [];
    for (let count = 0; count < named; count += 1) {
      if (province && random.chance(0.6)) {
        const person = this.people[random.pick(province.citizens)];
        if (person) recipients.push({ label: 'Person', id: person.id, mention: `${person.female ? 'bà' : 'ông'} ${person.name}` });
      } else {
        const pool = district
          ? [district.dpc, ...district.offices, ...district.communes]
          : province
            ? province.departments
            : (this.orgsByCategory.get('national') ?? []);
        const org = this.orgs[random.pick(pool)];
        if (org && !recipients.some((recipient) => recipient.id === org.id))
          recipients.push({ label: 'Organization', id: org.id, mention: org.name });
      }
    }
    const unnamed = random.int(0, 20);
    const total = recipients.length + unnamed;
    const countKnown = total > 0 && random.chance(0.8);
    const props: NodeProps = { id, date: neo4jDate(context.day) };
    let description = '';
    if (countKnown) {
      props.recipientCount = neo4j.int(total);
      description = `${total <= 10 ? NUMBER_WORDS[total] : String(total)} ${recipients.every((recipient) => recipient.label === 'Person') && random.chance(0.5) ? 'cá nhân' : 'tập thể, cá nhân'} có thành tích xuất sắc`;
      props.recipientDescription = description;
    }
    part.node('AwardPresentation', props);
    part.rel('OF_AWARD', 'AwardPresentation', id, 'Award', award.id);
    part.rel('AT_EVENT', 'AwardPresentation', id, 'Event', context.eventId);
    const onBehalf = random.chance(0.7);
    if (onBehalf) {
      part.rel(
        'ON_BEHALF_OF',
        'AwardPresentation',
        id,
        award.conferrerId.startsWith('org:') ? 'Organization' : 'Position',
        award.conferrerId,
      );
    }
    const presenterText = presenter ? `đồng chí ${presenter.person.name}, ${presenter.title}, ` : '';
    const recipientText = description || 'các tập thể, cá nhân';
    const named_ = recipients.length > 0 ? `, trong đó có ${recipients.map((recipient) => recipient.mention).join(', ')}` : '';
    const sentence = `${onBehalf ? `Thừa ủy quyền của ${award.conferrerName}, ` : ''}${presenterText}trao ${award.name} cho ${recipientText}${named_}.`;
    const text = sentence[0]?.toUpperCase() + sentence.slice(1);
    const quote = text.slice(0, -1);
    const cited: Citation[] = [
      ['AwardPresentation', id, quote],
      ['Award', award.id, award.name],
    ];
    if (presenter) {
      part.rel('PRESENTED_BY', 'AwardPresentation', id, 'Person', presenter.person.id);
      cited.push(['Person', presenter.person.id, presenter.person.name]);
    }
    for (const recipient of recipients) {
      part.rel('RECIPIENT', 'AwardPresentation', id, recipient.label, recipient.id);
      cited.push([recipient.label, recipient.id, recipient.mention]);
    }
    article.say(text, cited);
    if (presenter && context.count === 0) {
      context.participate(
        'Person',
        presenter.person.id,
        'PRESENTER',
        `Đồng chí ${presenter.person.name}, ${presenter.title}, trao khen thưởng tại buổi lễ.`,
        `Đồng chí ${presenter.person.name}`,
        presenterSeat,
      );
    }
  }
}

function personProps(person: Person): NodeProps {
  const parts = person.name.split(' ');
  const props: NodeProps = {
    id: person.id,
    name: person.name,
    nameFolded: foldText(person.name),
    familyName: parts[0] ?? '',
    givenName: parts[parts.length - 1] ?? '',
  };
  return props;
}

/**
 * An article whose text is the sentences said, in order: every quote cited is a part of one of them, so
 * that it occurs verbatim in the text as the model requires.
 */
class ArticleBuilder {
  private readonly sentences: string[] = [];
  private readonly citations: Citation[] = [];

  constructor(
    readonly id: string,
    private readonly title: string,
    private readonly publisher: string,
    private readonly random: Random,
    private readonly day: number,
  ) {}

  say(sentence: string, cited: readonly Citation[]): void {
    this.sentences.push(sentence);
    for (const [label, id, quote] of cited) {
      if (!sentence.includes(quote))
        throw new Error(`synthetic quote not in its sentence: ${JSON.stringify(quote)} / ${JSON.stringify(sentence)}`);
      this.citations.push([label, id, quote]);
    }
  }

  /** Cites a quote from a sentence already said. */
  cite(label: NodeLabel, id: string, quote: string): void {
    this.citations.push([label, id, quote]);
  }

  flush(part: Part): void {
    const text = this.sentences.join(' ');
    part.node('Article', {
      id: this.id,
      title: this.title,
      publisher: this.publisher,
      author: this.random.pick(BYLINES),
      publishedAt: neo4jDateTimeVn(this.day, this.random.int(6, 21), this.random.int(0, 59)),
      publishedOn: neo4jDate(this.day),
      language: 'vi',
      text,
    });
    for (const [label, id, quote] of this.citations) {
      part.stated(label, id, this.id, quote);
    }
  }
}
