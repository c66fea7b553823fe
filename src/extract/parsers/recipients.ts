/**
 * Bodies as the recipients of an award, listed after "cho"/"tặng" ("cho Hội Nông dân tỉnh, Công ty Cổ phần Sông
 * Đà và Công đoàn ngành Y tế"), named before "được … tặng" ("Công ty X vinh dự được Chủ tịch nước tặng …") or as the
 * host of the ceremony at which it receives one ("Bệnh viện X tổ chức Lễ kỷ niệm … và đón nhận Huân chương …"): a
 * national organization (titles.json), a body of the province or of a locality (bodies.json, "UBND huyện Vạn
 * Ninh"), or a body by its own name (organizations.json).
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { OrganizationRecipient } from '../readings.js';
import { localityAt } from '../scan/localities.js';
import { organizationAt } from '../scan/organizations.js';

const BODY = new RegExp(`^(${PATTERNS.body})(?:\\s+tinh)?(?:\\s+(${PATTERNS.province}))?(?![a-z])`);
const NEXT = /^\s*(?:,|;|va|,\s*va)\s+/;

/** The body named at `at`, and where its name ends. */
function bodyAt(text: string, folded: string, at: number, end: number): OrganizationRecipient | undefined {
  const national = [...GAZETTEER.nationalOrganizationByName]
    .filter(([name]) => folded.startsWith(name, at) && !/[a-z]/.test(folded[at + name.length] ?? ''))
    .sort((a, b) => b[0].length - a[0].length)[0];
  if (national) return { national: national[1].key, span: { start: at, end: at + national[0].length } };
  const body = BODY.exec(folded.slice(at, at + 120));
  if (body) {
    const entry = GAZETTEER.bodyByVariant.get(body[1]!.replace(/\s+/g, ' '))!;
    const province = body[2] === undefined ? undefined : GAZETTEER.provinceByVariant.get(body[2].replace(/\s+/g, ' '))?.slug;
    const bodyEnd = at + body[0].length;
    if (province) return { body: entry.key, province, span: { start: at, end: bodyEnd } };
    // "UBND huyện Vạn Ninh": a locality's body; "UBND huyện" alone names none.
    const locality = localityAt(text, folded, bodyEnd, entry.localKind);
    if (locality && (entry.localKind || entry.localName)) return { body: entry.key, locality, span: { start: at, end: locality.end } };
    if (!/^\s*(?:tp\.?|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong)(?![a-z])/.test(folded.slice(bodyEnd, bodyEnd + 12)))
      return { body: entry.key, span: { start: at, end: bodyEnd } };
  }
  const named = organizationAt(text, folded, at, end);
  return named && { name: { start: named.start, end: named.end }, classification: named.classification, span: named };
}

/** The bodies listed from `from` (right after "cho"), joined by commas, semicolons or "và"; none when another kind of recipient opens the list. */
export function bodiesListed(text: string, folded: string, from: number, end: number): OrganizationRecipient[] {
  const bodies: OrganizationRecipient[] = [];
  let at = from;
  for (let body = bodyAt(text, folded, at, end); body && body.span.end <= end; body = bodyAt(text, folded, at, end)) {
    bodies.push(body);
    const next = NEXT.exec(folded.slice(body.span.end, end));
    if (!next) break;
    at = body.span.end + next[0].length;
  }
  return bodies;
}

const HEAD = new RegExp(`(?<![a-z])(?:${PATTERNS.organizationHead})(?![a-z])`, 'g');

/** The body named right before "(vinh dự) (đã) được" at `duoc`: "Công ty X vinh dự được … tặng …". */
export function bodyBefore(text: string, folded: string, from: number, duoc: number): OrganizationRecipient | undefined {
  const starts = [...folded.slice(from, duoc).matchAll(HEAD)].map((match) => from + match.index);
  for (const start of starts) {
    const body = bodyAt(text, folded, start, duoc);
    if (body && /^\s*(?:(?:rat|vinh du|da|cung|vua)\s+)*$/.test(folded.slice(body.span.end, duoc))) return body;
  }
  return undefined;
}

/**
 * "… (HTND) thuộc Hội …, (long trọng) tổ chức Lễ … và đón nhận", "… tổ chức (buổi) lễ đón nhận": what runs from a
 * host's name to the receiving verb.
 */
const HOSTS =
  /\s+(?:\([^)]*\)\s*)?(?:thuoc\s[^,;()]*?\s+)?(?:(?:long trong|trang trong|da|vua)\s+)*to chuc(?:\s[^;]*?)?(?:\s+va|,|\s+(?:buoi\s+)?le)\s*$/;

/**
 * The body that hosts the ceremony at which it receives an award ("Sáng 3/2, tại Hà Nội, Bệnh viện X long trọng
 * tổ chức Lễ kỷ niệm … và đón nhận Huân chương …"): the subject of "tổ chức", after the sentence's fronted time and
 * place; `receives` is where "đón nhận" begins.
 */
export function hostBefore(text: string, folded: string, from: number, receives: number): OrganizationRecipient | undefined {
  const host = HOSTS.exec(folded.slice(from, receives));
  if (!host) return undefined;
  const nameEnd = from + host.index;
  for (const match of folded.slice(from, nameEnd).matchAll(HEAD)) {
    const start = from + match.index;
    if (!/(?:^|,)\s*$/.test(folded.slice(from, start))) continue;
    const body = bodyAt(text, folded, start, nameEnd);
    if (body && /^\s*$/.test(folded.slice(body.span.end, nameEnd))) return body;
  }
  return undefined;
}
