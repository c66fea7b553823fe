/** A fact as the page shows it: what it says, then each quote that states it, linked to its article. */
import type { SourceFragment } from '../generated/graphql.js';
import { h } from './dom.js';
import type { Words } from './i18n.js';

export function sourcesView(sources: readonly SourceFragment[], w: Words): HTMLElement | null {
  if (sources.length === 0) return null;
  return h(
    'ul',
    { class: 'sources' },
    ...sources.map((source) => {
      // An article's title or date may be unknown (null in the graph): the publisher names it then.
      const name = source.article.title ?? source.article.publisher ?? source.article.id;
      return h(
        'li',
        {},
        h('blockquote', { lang: 'vi' }, `“${source.quote}”`),
        h(
          'span',
          { class: 'cite' },
          `${w.article}: `,
          source.article.url ? h('a', { href: source.article.url, target: '_blank', rel: 'noopener noreferrer' }, name) : name,
          source.article.publishedOn ? ` (${source.article.publishedOn})` : null,
        ),
      );
    }),
  );
}

export function factView(content: (Node | string | null)[], sources: readonly SourceFragment[], w: Words): HTMLElement {
  return h('li', { class: 'fact' }, h('p', { class: 'fact-text' }, ...content), sourcesView(sources, w));
}

export function section(title: string, id: string, ...children: (Node | null)[]): HTMLElement {
  return h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}
