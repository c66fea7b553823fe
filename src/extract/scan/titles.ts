/**
 * Titles: a national position ("Thủ tướng Chính phủ"), or a role of a provincial body ("Phó Chủ tịch Thường trực
 * UBND tỉnh Quảng Trị"), with the province when it is printed. "nguyên Chủ tịch" is marked former; a title of a
 * city's or district's body ("Chủ tịch UBND TP Phan Thiết") is marked local: neither is read as a current post.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { Span } from '../text.js';

export interface TitleMention extends Span {
  /** Which post: `national:<key>`, or `<role>|<body>|<province slug or "?">`. */
  key: string;
  national?: string;
  role?: string;
  body?: string;
  /** The province printed with the title. */
  province?: string;
  /** Without a printed province: the one the same sentence names before it ("… UBND tỉnh Nam Định đối với ông X, Chủ tịch UBND tỉnh"). */
  contextProvince?: string;
  former: boolean;
  local: boolean;
}

const TITLE = new RegExp(
  [
    `(?<compound>${PATTERNS.compound})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(?<compoundProvince>${PATTERNS.province}))?`,
    `(?<national>${PATTERNS.national})`,
    `(?<nationalRole>${PATTERNS.nationalRole})\\s+(?<nationalOrganization>${PATTERNS.nationalOrganization})`,
    `(?<role>${PATTERNS.role})\\s+(?<body>${PATTERNS.body})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(?<province>${PATTERNS.province}))?`,
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
const LOCAL_AFTER = /^\s*(?:tp\.?|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)(?![a-z])/;
const FORMER_BEFORE = new RegExp(`(?:^|[\\s,(;:-])(?:${PATTERNS.former})\\s+$`);
/** "nguyên" and "Nguyễn" fold alike: the former marker is checked against the printed word. */
const FORMER_PRINTED = /(?:^|[\s,(;:-])(?:nguyên|Nguyên|cựu|Cựu|từng là|từng giữ chức|trước đây là)[\s\u00a0]+$/;

export function scanTitles(text: string, folded: string): TitleMention[] {
  const mentions: TitleMention[] = [];
  for (const match of folded.matchAll(TITLE)) {
    const start = match.index;
    const end = start + match[0].length;
    const groups = match.groups!;
    const variant = (group: string) => groups[group]!.replace(/\s+/g, ' ');
    const provinceOf = (group: string) => (groups[group] === undefined ? undefined : GAZETTEER.provinceByVariant.get(variant(group))!.slug);
    const before = folded.slice(Math.max(0, start - 24), start);
    if (DEPUTY_BEFORE.test(before)) continue;
    const former = FORMER_BEFORE.test(before) && FORMER_PRINTED.test(text.slice(Math.max(0, start - 24), start));
    if (groups.compound !== undefined) {
      const compound = GAZETTEER.compoundByVariant.get(variant('compound'))!;
      const province = provinceOf('compoundProvince');
      mentions.push({
        start,
        end,
        key: `${compound.role}|${compound.body}|${province ?? '?'}`,
        role: compound.role,
        body: compound.body,
        province,
        former,
        local: false,
      });
      continue;
    }
    if (groups.national !== undefined || groups.nationalRole !== undefined) {
      const key =
        groups.national !== undefined
          ? GAZETTEER.nationalByVariant.get(variant('national'))!.key
          : `${GAZETTEER.nationalRoleByVariant.get(variant('nationalRole'))!.key}-${GAZETTEER.nationalOrganizationByName.get(variant('nationalOrganization'))!.key}`;
      mentions.push({ start, end, key: `national:${key}`, national: key, former, local: FOREIGN_AFTER.test(folded.slice(end, end + 30)) });
      continue;
    }
    const role = GAZETTEER.roleByVariant.get(variant('role'))!;
    const body = GAZETTEER.bodyByVariant.get(variant('body'))!;
    const province = provinceOf('province');
    const local = province === undefined && LOCAL_AFTER.test(folded.slice(end, end + 12));
    mentions.push({
      start,
      end,
      key: `${role.key}|${body.key}|${province ?? '?'}`,
      role: role.key,
      body: body.key,
      province,
      former,
      local,
    });
  }
  return mentions;
}

/** The key with the article's province filled in where the title printed none; undefined when still unknown. */
export function resolvedKey(title: TitleMention, articleProvince: string | undefined): string | undefined {
  if (title.national) return title.key;
  const province = title.province ?? title.contextProvince ?? articleProvince;
  return province === undefined ? undefined : `${title.role}|${title.body}|${province}`;
}
