/**
 * Every view has a URL (hash routing, so the server serves one page for all of them): `#/entity/<id>?hops=2`,
 * `#/path?from=<id>&to=<id>`, `#/grid?role=<id>&from=2016&to=2025&day=07-01`, `#/` for the overview, each with
 * `&lang=en` for English. An entity also has a stable address, `/explore/entity/<id>` (`?lang=en`), whose page the
 * server serves with what search engines read (src/explore/entityPages.ts); there the address names the view until
 * a link sets a hash.
 */
export type Lang = 'vi' | 'en';

/** A role's grid: its places by year, each cell on `day` (MM-DD) of its year. */
export interface GridParams {
  role: string;
  from: number;
  to: number;
  day: string;
}

export type Route =
  | { view: 'home'; lang: Lang }
  | { view: 'entity'; id: string; hops: 1 | 2; lang: Lang }
  | { view: 'path'; from?: string; to?: string; lang: Lang }
  | ({ view: 'grid'; lang: Lang } & GridParams);

/** The grid a bare `#/grid` shows: the provinces' chairs over the decade the project aims to cover. */
export const DEFAULT_GRID: GridParams = { role: 'role:chu-tich-ubnd-tinh', from: 2016, to: 2025, day: '07-01' };

/** A year from the URL, or the default when it is not one (the API checks the span). */
function yearParam(value: string | null, fallback: number): number {
  return value !== null && /^\d{4}$/.test(value) ? Number(value) : fallback;
}

/** Ids keep their colon in the URL (`person:lai-thanh-son`), so shared links stay readable. */
function encodeId(id: string): string {
  return encodeURIComponent(id).replace(/%3A/gi, ':');
}

export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#/, '').split('?', 2);
  const params = new URLSearchParams(query);
  const lang: Lang = params.get('lang') === 'en' ? 'en' : 'vi';
  const parts = path.split('/').filter(Boolean);
  if (parts[0] === 'entity' && parts[1]) {
    let id: string;
    try {
      id = decodeURIComponent(parts.slice(1).join('/'));
    } catch {
      return { view: 'home', lang };
    }
    return { view: 'entity', id, hops: params.get('hops') === '2' ? 2 : 1, lang };
  }
  if (parts[0] === 'grid') {
    const day = params.get('day');
    return {
      view: 'grid',
      role: params.get('role') || DEFAULT_GRID.role,
      from: yearParam(params.get('from'), DEFAULT_GRID.from),
      to: yearParam(params.get('to'), DEFAULT_GRID.to),
      day: day !== null && /^\d{2}-\d{2}$/.test(day) ? day : DEFAULT_GRID.day,
      lang,
    };
  }
  if (parts[0] === 'path') {
    return { view: 'path', from: params.get('from') || undefined, to: params.get('to') || undefined, lang };
  }
  return { view: 'home', lang };
}

export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  let path = '/';
  if (route.view === 'entity') {
    path = `/entity/${encodeId(route.id)}`;
    if (route.hops === 2) params.set('hops', '2');
  } else if (route.view === 'grid') {
    path = '/grid';
    params.set('role', route.role);
    params.set('from', String(route.from));
    params.set('to', String(route.to));
    params.set('day', route.day);
  } else if (route.view === 'path') {
    path = '/path';
    if (route.from) params.set('from', route.from);
    if (route.to) params.set('to', route.to);
  }
  if (route.lang === 'en') params.set('lang', 'en');
  const query = params.toString().replace(/%3A/gi, ':');
  return `#${path}${query ? `?${query}` : ''}`;
}

/** The stable address of an entity's page, in the language of the view. */
export function entityAddress(id: string, lang: Lang): string {
  return `/explore/entity/${encodeId(id)}${lang === 'en' ? '?lang=en' : ''}`;
}

/** The hash route a stable address names (`/explore/entity/<id>?lang=en`), or '' for any other address. */
export function hashOfAddress(pathname: string, search: string): string {
  const prefix = '/explore/entity/';
  if (!pathname.startsWith(prefix) || pathname.length === prefix.length) return '';
  return `#/entity/${pathname.slice(prefix.length)}${search.length > 1 ? `?${search.slice(1)}` : ''}`;
}
