/** The first page: the search box, and the aggregations of the API as bar charts. */
import { request } from '../api.js';
import { h } from '../dom.js';
import { section } from '../facts.js';
import { words } from '../i18n.js';
import { entityName, kindOf, type Nameable } from '../labels.js';
import { OverviewQuery } from '../operations.js';
import { formatRoute, type Lang } from '../route.js';
import { searchBox } from '../searchBox.js';

function bars(rows: { label: string; href?: string; count: number; kind?: string }[]): HTMLElement {
  if (rows.length === 0) return h('p', { class: 'empty' }, '—');
  const max = Math.max(...rows.map((row) => row.count));
  return h(
    'ul',
    { class: 'bars' },
    ...rows.map((row) =>
      h(
        'li',
        {},
        h(
          'span',
          { class: 'bar-label' },
          row.href ? h('a', { href: row.href, class: row.kind ? `entity-link kind-${row.kind}` : null }, row.label) : row.label,
        ),
        h('span', { class: 'bar-track' }, h('span', { class: 'bar-fill', style: `width:${(row.count / max) * 100}%` })),
        h('span', { class: 'bar-count' }, String(row.count)),
      ),
    ),
  );
}

export async function homeView(main: HTMLElement, lang: Lang): Promise<void> {
  const w = words(lang);
  document.title = w.appTitle;
  const href = (id: string) => formatRoute({ view: 'entity', id, hops: 1, lang });
  const charts = h('div', { class: 'charts' }, h('p', {}, w.loading));
  main.replaceChildren(
    h('h1', {}, w.appTitle),
    searchBox({
      lang,
      label: w.searchLabel,
      name: 'q',
      onChoose: (id) => {
        location.hash = href(id);
      },
    }),
    h('p', {}, h('a', { href: formatRoute({ view: 'path', lang }) }, w.pathTitle)),
    section(w.overview, 'overview-title', charts),
  );
  const data = await request(OverviewQuery, {});
  const entityRow = (entity: Nameable, count: number) => ({
    label: entityName(entity, lang),
    href: href(entity.id),
    count,
    kind: kindOf(entity),
  });
  charts.replaceChildren(
    h(
      'div',
      { class: 'chart' },
      h('h3', {}, w.perYear),
      bars(data.presentationsPerYear.map((row) => ({ label: row.year === null ? w.undated : String(row.year), count: row.count }))),
    ),
    h(
      'div',
      { class: 'chart' },
      h('h3', {}, w.perAuthority),
      bars(data.presentationsPerAuthority.map((row) => entityRow(row.authority, row.count))),
    ),
    h(
      'div',
      { class: 'chart' },
      h('h3', {}, w.perOrganization),
      bars(data.tenuresPerOrganization.map((row) => entityRow({ __typename: 'Organization', ...row.organization }, row.count))),
    ),
    h(
      'div',
      { class: 'chart' },
      h('h3', {}, w.perProvince),
      bars(data.peoplePerProvince.map((row) => entityRow({ __typename: 'Place', ...row.province }, row.count))),
    ),
  );
}
