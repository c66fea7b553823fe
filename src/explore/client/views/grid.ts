/**
 * A role across places and years (Query.roleGrid): one row per place, one column per year, in each cell who held
 * the role on the chosen day, certain apart from possible, gaps (nobody the sources place there) and overlaps
 * (more than one holder) marked; each name opens the tenure with its quotes. The table downloads as CSV.
 */
import { request } from '../api.js';
import { h } from '../dom.js';
import { gridCsv, gridCsvName, type Grid } from '../gridCsv.js';
import { words, type Words } from '../i18n.js';
import { entityName } from '../labels.js';
import { RoleGridQuery, RolesQuery } from '../operations.js';
import { formatRoute, type GridParams, type Lang } from '../route.js';

type Cell = Grid['rows'][number]['cells'][number];

/** The CSV of the grid shown, as an object URL; the previous one is released when another grid is shown. */
let csvUrl: string | undefined;

function gridForm(params: GridParams, roles: { id: string; name: string; nameEn: string | null }[], w: Words, lang: Lang): HTMLElement {
  const field = (label: string, control: HTMLElement) => h('label', { class: 'grid-field' }, h('span', {}, label), control);
  const role = h(
    'select',
    { name: 'role' },
    ...roles.map((candidate) => h('option', { value: candidate.id, selected: candidate.id === params.role }, entityName(candidate, lang))),
  );
  const year = (name: string, value: number) => h('input', { name, type: 'number', min: 1900, max: 2100, required: true, value });
  const from = year('from', params.from);
  const to = year('to', params.to);
  const day = h('input', { name: 'day', required: true, pattern: '\\d{2}-\\d{2}', value: params.day, size: 5 });
  return h(
    'form',
    {
      class: 'grid-form',
      onsubmit: ((event: Event) => {
        event.preventDefault();
        location.hash = formatRoute({
          view: 'grid',
          role: role.value,
          from: Number(from.value),
          to: Number(to.value),
          day: day.value,
          lang,
        });
      }) as EventListener,
    },
    field(w.gridRole, role),
    field(w.gridFrom, from),
    field(w.gridTo, to),
    field(w.gridDay, day),
    h('button', { type: 'submit' }, w.gridShow),
  );
}

function cellView(cell: Cell, w: Words, lang: Lang): HTMLElement {
  const status = cell.status;
  // An overlap is two people in office for certain on one day: sources that disagree, or a post that is not held
  // by one person at a time. Several possible holders are only what the sources leave open, and are shown as such.
  const certain = cell.holders.filter((holder) => holder.certainty === 'CERTAIN').length;
  const overlap = certain > 1;
  const several = !overlap && cell.holders.length > 1;
  return h(
    'td',
    { class: `cell status-${status}${overlap ? ' overlap' : ''}`, 'data-year': cell.year, 'data-status': status, 'data-overlap': overlap },
    h('span', { class: 'visually-hidden' }, `${cell.year}: ${w.gridStatus[status]}. `),
    status === 'UNKNOWN' ? h('span', { 'aria-hidden': 'true' }, '?') : null,
    status === 'NOT_IN_EXISTENCE' ? h('span', { 'aria-hidden': 'true' }, '–') : null,
    overlap ? h('span', { class: 'overlap-mark' }, `⚠ ${w.gridOverlap(certain)}`) : null,
    several ? h('span', { class: 'several-mark' }, w.gridSeveral(cell.holders.length)) : null,
    ...cell.holders.map((holder) =>
      h(
        'a',
        {
          class: `holder certainty-${holder.certainty ?? 'POSSIBLE'}`,
          href: formatRoute({ view: 'entity', id: holder.id, hops: 1, lang }),
          title: `${entityName(holder.position, lang)}: ${w.gridStatus[holder.certainty ?? 'POSSIBLE']} (${holder.possibleFrom ?? '…'} – ${holder.possibleTo ?? '…'})`,
        },
        holder.person.name,
        holder.acting ? ` (${w.gridActing})` : null,
      ),
    ),
  );
}

/**
 * When a place began or ended, as its reorganizations say: two rows of one name ("An Giang" before and after the
 * 2025 merger) are two territories, told apart here.
 */
function lifetime(place: Grid['rows'][number]['place'], w: Words): HTMLElement | null {
  const from = place.formedBy.find((change) => change.date)?.date;
  const until = place.replacedBy.find((change) => change.date)?.date;
  if (!from && !until) return null;
  return h(
    'span',
    { class: 'place-lifetime' },
    [from ? w.gridFormedOn(from) : null, until ? w.gridReplacedOn(until) : null].filter(Boolean).join(', '),
  );
}

function table(grid: Grid, w: Words, lang: Lang): HTMLElement {
  return h(
    'div',
    { class: 'grid-scroll', tabindex: 0, role: 'region', 'aria-label': w.gridTitle },
    h(
      'table',
      { class: 'grid' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, w.gridPlace), ...grid.years.map((year) => h('th', { scope: 'col' }, String(year)))),
      ),
      h(
        'tbody',
        {},
        ...grid.rows.map((row) =>
          h(
            'tr',
            { 'data-place': row.place.id },
            h(
              'th',
              { scope: 'row' },
              h('a', { href: formatRoute({ view: 'entity', id: row.place.id, hops: 1, lang }) }, entityName(row.place, lang)),
              lifetime(row.place, w),
            ),
            ...row.cells.map((cell) => cellView(cell, w, lang)),
          ),
        ),
      ),
    ),
  );
}

function legend(w: Words): HTMLElement {
  return h(
    'p',
    { class: 'legend grid-legend' },
    ...(['CERTAIN', 'POSSIBLE', 'UNKNOWN', 'NOT_IN_EXISTENCE'] as const).map((status) =>
      h('span', {}, h('span', { class: `key cell-key status-${status}` }), ` ${w.gridStatus[status]}`),
    ),
    h('span', {}, h('span', { class: 'key cell-key overlap' }), ` ${w.gridOverlap(2)}`),
  );
}

export async function gridView(main: HTMLElement, params: GridParams, lang: Lang): Promise<void> {
  const w = words(lang);
  document.title = `${w.gridTitle} · ${w.appTitle}`;
  const [{ roles }, { roleGrid: grid }] = await Promise.all([
    request(RolesQuery, {}),
    request(RoleGridQuery, { roleId: params.role, fromYear: params.from, toYear: params.to, day: params.day }),
  ]);
  if (csvUrl) URL.revokeObjectURL(csvUrl);
  csvUrl = URL.createObjectURL(new Blob([gridCsv(grid)], { type: 'text/csv;charset=utf-8' }));
  main.replaceChildren(
    h('h1', {}, `${w.gridTitle}: ${entityName(grid.role, lang)}`),
    gridForm(
      params,
      roles.edges.map((edge) => edge.node),
      w,
      lang,
    ),
    h('p', { class: 'hint' }, w.gridHint(grid.day)),
    h(
      'p',
      { class: 'coverage' },
      w.gridCoverage(grid.coverage),
      ' ',
      h('a', { href: csvUrl, download: gridCsvName(grid), class: 'csv-link' }, w.gridCsv),
    ),
    legend(w),
    table(grid, w, lang),
  );
}
