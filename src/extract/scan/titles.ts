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
  `(?<![a-z0-9])(?:(${PATTERNS.compound})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(${PATTERNS.province}))?|(${PATTERNS.national})|(${PATTERNS.role})\\s+(${PATTERNS.body})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(${PATTERNS.province}))?)(?![a-z0-9])`,
  'g',
);
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
    let end = start + match[0].length;
    const before = folded.slice(Math.max(0, start - 24), start);
    const former = FORMER_BEFORE.test(before) && FORMER_PRINTED.test(text.slice(Math.max(0, start - 24), start));
    if (match[1] !== undefined) {
      const compound = GAZETTEER.compoundByVariant.get(match[1].replace(/\s+/g, ' '))!;
      const province = match[2] === undefined ? undefined : GAZETTEER.provinceByVariant.get(match[2].replace(/\s+/g, ' '))!.slug;
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
    if (match[3] !== undefined) {
      const national = GAZETTEER.nationalByVariant.get(match[3].replace(/\s+/g, ' '))!;
      mentions.push({
        start,
        end,
        key: `national:${national.key}`,
        national: national.key,
        former,
        local: FOREIGN_AFTER.test(folded.slice(end, end + 30)),
      });
      continue;
    }
    const role = GAZETTEER.roleByVariant.get(match[4]!.replace(/\s+/g, ' '))!;
    const body = GAZETTEER.bodyByVariant.get(match[5]!.replace(/\s+/g, ' '))!;
    const province = match[6] === undefined ? undefined : GAZETTEER.provinceByVariant.get(match[6].replace(/\s+/g, ' '))!.slug;
    const local = province === undefined && LOCAL_AFTER.test(folded.slice(end, end + 12));
    // "Phó Chủ tịch Phụ trách" and "quyền Chủ tịch" are read as the role they qualify.
    end = Math.max(end, start);
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
