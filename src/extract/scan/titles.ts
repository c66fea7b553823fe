/**
 * Titles: a national position ("Thủ tướng Chính phủ"), a role of a provincial body ("Phó Chủ tịch Thường trực UBND
 * tỉnh Quảng Trị"), with the province when it is printed, or of a locality's body ("Chủ tịch UBND huyện Vạn Ninh",
 * "Bí thư Huyện ủy Lâm Hà"), with the locality. "nguyên Chủ tịch" is marked former: a post held before, never a
 * current one. A title of another country, or of a locality whose name is not printed, is marked unreadable.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { Span } from '../text.js';
import { localityAt, type Locality } from './localities.js';

export interface TitleMention extends Span {
  /** Which post: `national:<key>`, or `<role>|<body>|<province slug or "?">`, and `|<locality slug>` for a locality's. */
  key: string;
  national?: string;
  role?: string;
  body?: string;
  /** The province printed with the title. */
  province?: string;
  /** Without a printed province: the one the same sentence names before it ("… UBND tỉnh Nam Định đối với ông X, Chủ tịch UBND tỉnh"). */
  contextProvince?: string;
  /** "nguyên Chủ tịch", "cựu Bí thư": a post the person held before. */
  former: boolean;
  /** Where the word that makes it former begins ("nguyên"). */
  formerStart?: number;
  /** A body of a district, city or commune: which one. */
  locality?: Locality;
  /** Why the title is no post here: another country's, or a locality's whose name is not printed. */
  unreadable?: string;
  /** Its body is printed as a centrally governed city's ("Ban Tổ chức Thành ủy"): the analysis checks the province is one. */
  cityBody?: boolean;
}

/**
 * "tỉnh", or "thành phố" before a province's name ("UBND thành phố Hà Nội"), or "TP" before a centrally governed
 * city's ("UBND TP Hải Phòng"); "thành phố Phan Thiết", "TP Thái Nguyên" are a locality's.
 */
const PROVINCE_WORD = `(?:\\s+(?:tinh|thanh pho(?=\\s+(?:${PATTERNS.province})(?![a-z]))|tp\\.?(?=\\s*(?:${PATTERNS.cityProvince})(?![a-z]))))?`;
const TITLE = new RegExp(
  [
    `(?<compound>${PATTERNS.compound})${PROVINCE_WORD}(?:\\s+(?<compoundProvince>${PATTERNS.province}))?`,
    `(?<national>${PATTERNS.national})`,
    `(?<nationalRole>${PATTERNS.nationalRole})\\s+(?<nationalOrganization>${PATTERNS.nationalOrganization})`,
    `(?<role>${PATTERNS.role})\\s+(?<body>${PATTERNS.body})${PROVINCE_WORD}(?:\\s+(?<province>${PATTERNS.province}))?`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|')
    .replace(/^/, '(?<![a-z0-9])(?:')
    .concat(')(?![a-z0-9])'),
  'g',
);
/** "Phó" right before a head's title: the deputy's post, which the gazetteers lack when it got here ("Phó Tổng Thanh tra"). */
const DEPUTY_BEFORE = /(?:^|[^a-z])pho\s+$/;
/** A title of another country ("Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào", "Chủ tịch nước CHDCND Lào") is not a post here. */
const FOREIGN_AFTER = /^\s*(?:chdcnd|cong hoa dan chu nhan dan|nhan dan cach mang|lao|campuchia|cambodia|trung quoc|hoang gia)(?![a-z])/;
const LOCALITY_WORD = new RegExp(`^\\s*(?:${PATTERNS.localityWord})(?![a-z])`);
const FORMER_BEFORE = new RegExp(`(?:^|[\\s,(;:-])(?:${PATTERNS.former})\\s+$`);
/** "nguyên" and "Nguyễn" fold alike: the former marker is checked against the printed word. */
const FORMER_PRINTED = /(?:^|[\s,(;:-])(?:nguyên|Nguyên|cựu|Cựu|từng là|từng giữ chức|trước đây là)[\s\u00a0]+$/;
/** "Chủ tịch UBND một số tỉnh", "UBND các huyện": a post of several bodies, none in particular. */
const SEVERAL_AFTER = /^\s+(?:mot so|cac|nhieu|nhung)\s+(?:tinh|thanh pho|dia phuong|huyen|quan|xa|phuong)(?![a-z])/;
/** A count or a plural word before a countable role: "50 đại biểu HĐND", "các đại biểu", "tổng số đại biểu". */
const COUNT_BEFORE = /(?:^|[^a-z])(?:\d+|cac|nhung|nhieu|so|tong so|toan the|100%)\s+$/;
/** A bare role joined by "và" to a full title: "Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể" names two posts of one body. */
const ROLE_AND_BEFORE = new RegExp(`(?<![a-z0-9])(${PATTERNS.role})\\s+va\\s+$`);

/** Where a title begins, what before it makes it former (the "nguyên" of "nguyên Chủ tịch"), if anything. */
function formerBefore(text: string, folded: string, start: number): { formerStart: number } | undefined {
  const printedBefore = text.slice(Math.max(0, start - 24), start);
  const formerWord = FORMER_BEFORE.test(folded.slice(Math.max(0, start - 24), start)) ? FORMER_PRINTED.exec(printedBefore) : null;
  return formerWord
    ? { formerStart: start - printedBefore.length + formerWord.index + /^[\s,(;:-]*/.exec(formerWord[0])![0].length }
    : undefined;
}

/**
 * The bare roles joined by "và" to a body's title ("Phó Chủ tịch và Chủ tịch UBND huyện Ba Bể"): each a title of the
 * same body, province and locality. Former if either word says so: "nguyên Phó Chủ tịch và Chủ tịch …" ended both.
 */
function sharedRoles(text: string, folded: string, mentions: TitleMention[]): TitleMention[] {
  const shared: TitleMention[] = [];
  mentions.forEach((title, index) => {
    if (!title.role || !title.body) return;
    const from = Math.max(index > 0 ? mentions[index - 1]!.end : 0, title.start - 40);
    // Most titles have no "và" right before them: the alternation of roles is tried only where one has.
    if (!/\sva\s+$/.test(folded.slice(from, title.start))) return;
    const joined = ROLE_AND_BEFORE.exec(folded.slice(from, title.start));
    if (!joined) return;
    const start = from + joined.index;
    if (DEPUTY_BEFORE.test(folded.slice(Math.max(0, start - 24), start))) return;
    const role = GAZETTEER.roleByVariant.get(joined[1]!.replace(/\s+/g, ' '))!;
    if (role.key === title.role) return;
    const former = formerBefore(text, folded, start);
    if (former && !title.former) Object.assign(title, { former: true, ...former });
    shared.push({
      ...title,
      start,
      end: start + joined[1]!.length,
      key: title.key.replace(/^[^|]*/, role.key),
      role: role.key,
      ...(former ?? {}),
    });
  });
  return shared;
}

export function scanTitles(text: string, folded: string): TitleMention[] {
  const mentions: TitleMention[] = [];
  for (const match of folded.matchAll(TITLE)) {
    const start = match.index;
    const end = start + match[0].length;
    // A title inside the locality of the one before ("UBND huyện Vạn Ninh" read, then nothing inside "Vạn Ninh").
    if (mentions.length > 0 && start < mentions.at(-1)!.end) continue;
    const groups = match.groups!;
    const variant = (group: string) => groups[group]!.replace(/\s+/g, ' ');
    const provinceOf = (group: string) => (groups[group] === undefined ? undefined : GAZETTEER.provinceByVariant.get(variant(group))!.slug);
    const before = folded.slice(Math.max(0, start - 24), start);
    if (DEPUTY_BEFORE.test(before)) continue;
    const formerAt = formerBefore(text, folded, start) ?? {};
    const former = 'formerStart' in formerAt;
    if (groups.compound !== undefined) {
      const compound = GAZETTEER.compoundByVariant.get(variant('compound'))!;
      const province = provinceOf('compoundProvince');
      // "Thành ủy viên": a member of a city's Party Committee, which city the analysis may tell from the article.
      const local = province === undefined && GAZETTEER.bodies.find((body) => body.key === compound.body)?.localKind !== undefined;
      mentions.push({
        start,
        end,
        key: `${compound.role}|${compound.body}|${province ?? '?'}`,
        role: compound.role,
        body: compound.body,
        province,
        former,
        ...formerAt,
        ...(local ? { unreadable: 'a body of a locality whose name is not printed' } : {}),
        ...(GAZETTEER.cityBodyVariants.has(variant('compound')) ? { cityBody: true } : {}),
      });
      continue;
    }
    if (groups.national !== undefined || groups.nationalRole !== undefined) {
      const key =
        groups.national !== undefined
          ? GAZETTEER.nationalByVariant.get(variant('national'))!.key
          : `${GAZETTEER.nationalRoleByVariant.get(variant('nationalRole'))!.key}-${GAZETTEER.nationalOrganizationByName.get(variant('nationalOrganization'))!.key}`;
      const foreign = FOREIGN_AFTER.test(folded.slice(end, end + 30));
      mentions.push({
        start,
        end,
        key: `national:${key}`,
        national: key,
        former,
        ...formerAt,
        ...(foreign ? { unreadable: "another country's title" } : {}),
      });
      continue;
    }
    const role = GAZETTEER.roleByVariant.get(variant('role'))!;
    if (role.countable && COUNT_BEFORE.test(before)) continue;
    const body = GAZETTEER.bodyByVariant.get(variant('body'))!;
    const province = provinceOf('province');
    // "UBND huyện Vạn Ninh", "Huyện ủy Lâm Hà": a locality's body; "UBND huyện" alone names none.
    const locality = province === undefined ? localityAt(text, folded, end, body.localKind) : undefined;
    // A bare "UBND thành phố" in a city's article is the city's (Hà Nội's), as "UBND tỉnh" is the province's.
    const bareCity = locality ? undefined : /^\s*(?:thanh pho|tp\.?)(?![a-z])/.exec(folded.slice(end, end + 12));
    const local = province === undefined && !bareCity && (body.localKind !== undefined || LOCALITY_WORD.test(folded.slice(end, end + 12)));
    const several = SEVERAL_AFTER.test(folded.slice(end, end + 30));
    const unreadable = several
      ? 'the bodies of several provinces or localities'
      : local && (!locality || (!body.localKind && !body.localName))
        ? 'a body of a locality whose name is not printed'
        : undefined;
    mentions.push({
      start,
      // The locality's name is part of the title, as a province's is, and so is a bare city's word ("UBND TP là …").
      end: locality && !unreadable ? locality.end : bareCity ? end + bareCity[0].length : end,
      key: `${role.key}|${body.key}|${province ?? '?'}${locality && !unreadable ? `|${locality.slug}` : ''}`,
      role: role.key,
      body: body.key,
      province,
      former,
      ...formerAt,
      ...(locality && !unreadable ? { locality } : {}),
      ...(unreadable ? { unreadable } : {}),
      ...(GAZETTEER.cityBodyVariants.has(variant('body')) ? { cityBody: true } : {}),
    });
  }
  return [...mentions, ...sharedRoles(text, folded, mentions)].sort((a, b) => a.start - b.start);
}

/** The key with the article's province filled in where the title printed none; undefined when still unknown. */
export function resolvedKey(title: TitleMention, articleProvince: string | undefined): string | undefined {
  if (title.national) return title.key;
  const province = title.province ?? title.contextProvince ?? articleProvince;
  return province === undefined ? undefined : `${title.role}|${title.body}|${province}${title.locality ? `|${title.locality.slug}` : ''}`;
}
