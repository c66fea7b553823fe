/** The queue: counts by status, filters (status, publisher, province, dates, unresolved entities), and the drafts. */
import { fill, h } from '../dom.js';
import type { Words } from '../i18n.js';
import type { DraftFilter, DraftStatus } from '../../generated/graphql.js';
import { DraftQueueQuery } from './operations.js';
import { duplicatesPanel } from './duplicatesView.js';
import { ask } from './session.js';

/** The queue's filter for the page's life (not in the address: it is the editor's working state). */
let filter: DraftFilter = { status: 'PENDING' };

const SNIPPET_LENGTH = 160;
/** Drafts per page of the queue. */
const PAGE = 50;

export async function queueView(view: HTMLElement, w: Words): Promise<void> {
  const [first, duplicates] = await Promise.all([
    ask(DraftQueueQuery, { filter, first: PAGE }),
    duplicatesPanel(w, () => window.dispatchEvent(new HashChangeEvent('hashchange'))),
  ]);
  const { counts, publishers, provinces, edges, pageInfo } = first.drafts;
  const r = w.review;
  const select = (
    name: string,
    label: string,
    values: readonly string[],
    current: string | null | undefined,
    shown = (value: string) => value,
  ) =>
    h(
      'label',
      {},
      label,
      ' ',
      h(
        'select',
        { name },
        h('option', { value: '' }, r.any),
        values.map((value) => h('option', { value, selected: value === current }, shown(value))),
      ),
    );
  const form = h(
    'form',
    {
      class: 'review-filters',
      'aria-label': r.filter,
      onsubmit: ((event: Event) => {
        event.preventDefault();
        const data = new FormData(event.target as HTMLFormElement);
        const text = (name: string) => (String(data.get(name) ?? '') === '' ? null : String(data.get(name)));
        filter = {
          status: text('status') as DraftStatus | null,
          publisher: text('publisher'),
          province: text('province'),
          publishedFrom: text('publishedFrom'),
          publishedTo: text('publishedTo'),
          unresolved: data.get('unresolved') === 'on' ? true : null,
        };
        window.dispatchEvent(new HashChangeEvent('hashchange'));
      }) as EventListener,
    },
    select('status', r.status, ['PENDING', 'SUBMITTED', 'REJECTED'], filter.status, (status) => r[status.toLowerCase() as 'pending']),
    select('publisher', r.publisher, publishers, filter.publisher),
    select('province', r.province, provinces, filter.province),
    h('label', {}, r.publishedFrom, ' ', h('input', { type: 'date', name: 'publishedFrom', value: filter.publishedFrom ?? '' })),
    h('label', {}, r.publishedTo, ' ', h('input', { type: 'date', name: 'publishedTo', value: filter.publishedTo ?? '' })),
    h('label', {}, h('input', { type: 'checkbox', name: 'unresolved', checked: filter.unresolved === true }), ' ', r.unresolved),
    h('button', { type: 'submit' }, r.filter),
  );
  type Node = (typeof edges)[number]['node'];
  const row = (node: Node) =>
    h(
      'li',
      { 'data-draft': node.id },
      h('a', { href: `#/draft/${encodeURIComponent(node.id)}` }, node.publisher ?? node.id),
      ' ',
      h('span', { class: `review-status status-${node.status.toLowerCase()}` }, r[node.status.toLowerCase() as 'pending']),
      h(
        'p',
        { class: 'hint' },
        [
          node.published,
          node.province,
          r.statementsN(node.statementCount),
          node.unresolvedCount > 0 ? r.proposedN(node.unresolvedCount) : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      // The draft's text, as text: a draft is whatever was ingested, never markup.
      h('p', { class: 'review-snippet' }, node.text.slice(0, SNIPPET_LENGTH) + (node.text.length > SNIPPET_LENGTH ? '…' : '')),
    );
  const list = h(
    'ol',
    { class: 'review-queue' },
    edges.map(({ node }) => row(node)),
  );
  /** The next page's drafts appended, and a button for the one after, while there are more. */
  const more = (page: { hasNextPage: boolean; endCursor?: string | null }): HTMLElement | null =>
    page.hasNextPage
      ? h(
          'button',
          {
            type: 'button',
            class: 'review-more',
            onclick: ((event: Event) => {
              const button = event.target as HTMLElement;
              void ask(DraftQueueQuery, { filter, first: PAGE, after: page.endCursor ?? null }).then((next) => {
                list.append(...next.drafts.edges.map(({ node }) => row(node)));
                button.replaceWith(more(next.drafts.pageInfo) ?? '');
              });
            }) as EventListener,
          },
          r.more,
        )
      : null;
  fill(
    view,
    h('h1', {}, r.queue),
    h(
      'p',
      { class: 'review-counts', 'data-testid': 'counts' },
      h('span', { 'data-count': 'pending' }, `${counts.pending} ${r.pending}`),
      ' · ',
      h('span', { 'data-count': 'submitted' }, `${counts.submitted} ${r.submitted}`),
      ' · ',
      h('span', { 'data-count': 'rejected' }, `${counts.rejected} ${r.rejected}`),
    ),
    form,
    edges.length === 0 ? h('p', { class: 'empty' }, r.noDrafts) : list,
    more(pageInfo),
    duplicates,
  );
}
