/**
 * What an editor does to a draft, as data: each statement kept as drafted, edited, rejected or added, each proposed
 * entity created or linked to one of the graph's; and the one `submitArticle` input it all makes. Pure: the page
 * (draftView.ts) holds one of these and renders it; the unit tests check it without a browser. The server decides
 * for itself which statements were kept, edited or added (src/review/decisions.ts); the page's decisions only
 * choose what is submitted.
 */
import { foldText } from '../../../text/fold.js';

export type Decision = 'pending' | 'accepted' | 'edited' | 'rejected' | 'added';

export interface ReviewItem {
  id: string;
  kind: string;
  /** The extractor's rule; null for a statement added by hand. */
  rule: string | null;
  confidence: number | null;
  /** The statement as it will be submitted (the seed format's JSON value). */
  value: Record<string, unknown>;
  decision: Decision;
}

export interface Proposal {
  id: string;
  collection: string;
  name: string;
  entry: Record<string, unknown>;
  /** The graph's entity it is the same as: then it is not declared, and the statements name that one. */
  linkedTo: string | null;
}

const KEPT: readonly Decision[] = ['accepted', 'edited', 'added'];
export const isKept = (item: ReviewItem) => KEPT.includes(item.decision);

/** Every string of a JSON value, deep. */
function strings(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((entry) => strings(entry, into));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((entry) => strings(entry, into));
  return into;
}

/** The value with every string equal to `from` replaced by `to`: an id, wherever the format puts it. */
export function replaceId<T>(value: T, from: string, to: string): T {
  if (value === from) return to as T;
  if (Array.isArray(value)) return value.map((entry) => replaceId(entry, from, to)) as T;
  if (typeof value === 'object' && value !== null)
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, replaceId(entry, from, to)])) as T;
  return value;
}

/**
 * Links a proposed entity to the graph's `existingId`: every statement that named it (or the entity it was linked
 * to before, when the editor links it to another) names that one instead.
 */
export function linkProposal(items: readonly ReviewItem[], proposals: readonly Proposal[], proposalId: string, existingId: string) {
  const from = proposals.find((proposal) => proposal.id === proposalId)?.linkedTo ?? proposalId;
  return {
    items: items.map((item) => ({ ...item, value: replaceId(item.value, from, existingId) })),
    proposals: proposals.map((proposal) => (proposal.id === proposalId ? { ...proposal, linkedTo: existingId } : proposal)),
  };
}

/** The proposals to declare: those not linked that a kept statement names, or that another declared one does (a post's body). */
export function declaredProposals(items: readonly ReviewItem[], proposals: readonly Proposal[]): Proposal[] {
  const named = new Set<string>();
  items.filter(isKept).forEach((item) => strings(item.value, named));
  const open = proposals.filter((proposal) => proposal.linkedTo === null);
  const declared: Proposal[] = [];
  let grew = true;
  while (grew) {
    grew = false;
    for (const proposal of open)
      if (!declared.includes(proposal) && named.has(proposal.id)) {
        declared.push(proposal);
        strings(proposal.entry, named);
        grew = true;
      }
  }
  return open.filter((proposal) => declared.includes(proposal));
}

/** The `submitArticle` input: the draft's article with the kept statements, the entities to declare, the draft's id. */
export function submissionOf(
  draft: { id: string; text: string; articleJson: string },
  items: readonly ReviewItem[],
  proposals: readonly Proposal[],
) {
  const article = JSON.parse(draft.articleJson) as Record<string, unknown>;
  return {
    article: JSON.stringify({ ...article, statements: items.filter(isKept).map((item) => item.value) }),
    text: draft.text,
    entities: declaredProposals(items, proposals).map((proposal) => ({
      collection: proposal.collection,
      json: JSON.stringify(proposal.entry),
    })),
    draftId: draft.id,
  };
}

/** A validator's problem under the statement it is about (`$.statements[3]…` of the kept ones), or under none. */
export function problemStatement(items: readonly ReviewItem[], problem: { input: string; path: string }): string | null {
  if (problem.input !== 'article') return null;
  const index = /^\$\.statements\[(\d+)\]/.exec(problem.path)?.[1];
  return index === undefined ? null : (items.filter(isKept)[Number(index)]?.id ?? null);
}

/** The date fields a statement has, by path: a term's start and end, the day it was attested, an event's date. */
export const DATE_PATHS: readonly (readonly string[])[] = [['start', 'date'], ['end', 'date'], ['attestedOn'], ['date']];

export type Precision = 'day' | 'month' | 'year';

export interface DateField {
  path: readonly string[];
  value: string;
  precision: Precision | null;
  /** Why a part of it is not printed; '' when all of it is. */
  inferred: string;
}

const PRECISION_LENGTH: Record<Precision, number> = { year: 4, month: 7, day: 10 };

/** The precision of a date as the format writes it: YYYY, YYYY-MM or YYYY-MM-DD; null for a span or another form. */
export function precisionOf(value: string): Precision | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'day';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  return /^\d{4}$/.test(value) ? 'year' : null;
}

/** The date cut to a coarser precision (a finer one cannot be made up: the editor types it). */
export function withPrecision(value: string, precision: Precision): string {
  return precisionOf(value) !== null && value.length > PRECISION_LENGTH[precision] ? value.slice(0, PRECISION_LENGTH[precision]) : value;
}

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/**
 * Where a statement has a date or may be given one: a term's start and end where the statement gives the bound (an
 * undated bound is what editors date by hand most), the day a holder was attested, an event's date.
 */
function hasSlot(statement: Record<string, unknown>, path: readonly string[]): boolean {
  if (path.length === 2) return typeof statement[path[0]!] === 'object' && statement[path[0]!] !== null;
  return path[0] === 'attestedOn' ? statement.kind === 'holds' : statement.kind === 'event';
}

export function dateFields(statement: Record<string, unknown>): DateField[] {
  return DATE_PATHS.flatMap((path) => {
    const date = at(statement, path);
    if (typeof date === 'string') return [{ path, value: date, precision: precisionOf(date), inferred: '' }];
    if (typeof date === 'object' && date !== null && typeof (date as { value?: unknown }).value === 'string') {
      const { value, inferred } = date as { value: string; inferred?: unknown };
      return [{ path, value, precision: precisionOf(value), inferred: typeof inferred === 'string' ? inferred : '' }];
    }
    return date === undefined && hasSlot(statement, path) ? [{ path, value: '', precision: null, inferred: '' }] : [];
  });
}

/** The statement with one date set: as text when all of it is printed, with its reason when a part is inferred. */
export function setDate(
  statement: Record<string, unknown>,
  path: readonly string[],
  value: string,
  inferred: string,
): Record<string, unknown> {
  const date = inferred.trim() === '' ? value : { value, inferred: inferred.trim() };
  const set = (node: Record<string, unknown>, depth: number): Record<string, unknown> => ({
    ...node,
    [path[depth]!]: depth === path.length - 1 ? date : set((node[path[depth]!] as Record<string, unknown>) ?? {}, depth + 1),
  });
  return set(statement, 0);
}

/** A person of the graph that a proposed one may be: as `search` finds them, best first, with the posts they held. */
export interface Candidate {
  id: string;
  name: string;
  aliases: string[];
  posts: { id: string; title: string; organization: { id: string; name: string; place: string | null } | null }[];
}

export interface RankedCandidate extends Candidate {
  /** The candidate's name or one of its aliases folds to the proposal's name (search also finds partial names). */
  sameName: boolean;
  /** Posts of the candidate that the draft's statements name: the same office is the strongest sign of the same person. */
  sharedPosts: string[];
  /** Organizations of the candidate's posts that the draft names (another post of the same body). */
  sharedOrganizations: string[];
  /** A post of the candidate is in the province the draft is about. */
  sameProvince: boolean;
  /** Another candidate has the same folded name: two people, told apart only by their posts and places. */
  namesake: boolean;
}

/** Words of a folded name or a gazetteer slug, for comparing one with the other ('tuyen-quang', 'Tỉnh Tuyên Quang'). */
const words = (text: string) =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The candidates for a proposed person, best first: by folded name and aliases (the same name before a partial
 * one), then those holding a post the draft names, then a post of a body the draft names, then a post in the
 * draft's province, then in `search`'s order; namesakes flagged, so that two Nguyễn Văn Sơn are never taken for one
 * by name alone.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  draft: { name: string; items: readonly ReviewItem[]; proposals?: readonly Proposal[]; province: string | null },
): RankedCandidate[] {
  const named = new Set<string>();
  draft.items.filter((item) => item.decision !== 'rejected').forEach((item) => strings(item.value, named));
  (draft.proposals ?? []).forEach((proposal) => strings(proposal.entry, named));
  const wanted = foldText(draft.name);
  const province = draft.province === null ? null : ` ${words(draft.province)}`;
  const byName = new Map<string, number>();
  for (const candidate of candidates) byName.set(foldText(candidate.name), (byName.get(foldText(candidate.name)) ?? 0) + 1);
  const ranked = candidates.map((candidate, order) => {
    const organizations = candidate.posts.flatMap((post) => (post.organization ? [post.organization] : []));
    return {
      ...candidate,
      sameName: [candidate.name, ...candidate.aliases].some((name) => foldText(name) === wanted),
      sharedPosts: [...new Set(candidate.posts.filter((post) => named.has(post.id)).map((post) => post.title))],
      sharedOrganizations: [...new Set(organizations.filter((organization) => named.has(organization.id)).map(({ name }) => name))],
      sameProvince:
        province !== null &&
        organizations.some((organization) => organization.place !== null && ` ${words(organization.place)}`.endsWith(province)),
      namesake: byName.get(foldText(candidate.name))! > 1,
      order,
    };
  });
  const signs = (candidate: (typeof ranked)[number]) => [
    Number(candidate.sameName),
    Number(candidate.sharedPosts.length > 0),
    Number(candidate.sharedOrganizations.length > 0),
    Number(candidate.sameProvince),
  ];
  const compare = (a: (typeof ranked)[number], b: (typeof ranked)[number]) => {
    const [signsA, signsB] = [signs(a), signs(b)];
    const differing = signsA.findIndex((sign, index) => sign !== signsB[index]);
    return differing === -1 ? a.order - b.order : signsB[differing]! - signsA[differing]!;
  };
  return ranked.sort(compare).map(({ order: _order, ...candidate }) => candidate);
}
