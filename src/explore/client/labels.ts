/** How an entity is named on the page: English where the graph has it and English is chosen, else Vietnamese. */
import type { Lang } from './route.js';

/** The name-like fields of any entity or fact, as the operations select them. */
export interface Nameable {
  __typename?: string;
  id: string;
  name?: string | null;
  nameEn?: string | null;
  title?: string | null;
  titleEn?: string | null;
  /** An article's title (aliased: an article may have none, a position always has one). */
  headline?: string | null;
  publisher?: string | null;
  metric?: string | null;
  metricEn?: string | null;
  role?: string | null;
  award?: { name: string; nameEn: string | null } | null;
  /** A post's body: its title names the post only within it ("Chủ tịch UBND tỉnh" of which province?). */
  organization?: { name: string; nameEn: string | null } | null;
  position?: Nameable | null;
}

function pick(vi: string | null | undefined, en: string | null | undefined, lang: Lang): string | undefined {
  return (lang === 'en' && en ? en : vi) ?? undefined;
}

/**
 * A post's title with its body where the title does not already name it: articles print "Chủ tịch UBND tỉnh"
 * beside a province's name, and the registry keeps the title as printed.
 */
function postTitle(node: Nameable, lang: Lang): string | undefined {
  const title = pick(node.title, node.titleEn, lang);
  const body = node.organization ? pick(node.organization.name, node.organization.nameEn, lang) : undefined;
  if (title === undefined || body === undefined || title.includes(body) || title.includes(node.organization!.name)) return title;
  return `${title} (${body})`;
}

export function entityName(node: Nameable, lang: Lang): string {
  return (
    pick(node.name, node.nameEn, lang) ??
    postTitle(node, lang) ??
    node.headline ??
    node.publisher ??
    pick(node.metric, node.metricEn, lang) ??
    (node.award ? pick(node.award.name, node.award.nameEn, lang) : undefined) ??
    (node.position ? postTitle(node.position, lang) : undefined) ??
    node.role ??
    node.id
  );
}

/** The label an id's prefix stands for (`person:` → Person), for nodes known only by id. */
const PREFIX_KINDS: Record<string, string> = {
  article: 'Article',
  person: 'Person',
  org: 'Organization',
  position: 'Position',
  place: 'Place',
  tenure: 'Tenure',
  event: 'Event',
  participation: 'Participation',
  award: 'Award',
  presentation: 'AwardPresentation',
  figure: 'Figure',
};

export function kindOf(node: Nameable): string {
  return node.__typename ?? PREFIX_KINDS[node.id.slice(0, node.id.indexOf(':'))] ?? 'Node';
}

/** One colour per kind, in the graph, the badges and the timeline, readable on white (WCAG AA for text). */
export const KIND_COLOURS: Record<string, string> = {
  Person: '#1f5fa8',
  Organization: '#2e7d32',
  Position: '#8e4b00',
  Place: '#6a4c93',
  Event: '#b3261e',
  Award: '#8a6d00',
  AwardPresentation: '#a0306e',
  Tenure: '#555555',
  Participation: '#555555',
  Figure: '#00695c',
  Article: '#424242',
};
