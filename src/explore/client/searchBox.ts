/**
 * A search box that finds as you type (ARIA combobox: ↑/↓ move, Enter opens, Escape closes), with or without
 * diacritics: the API folds the text the way it indexes names.
 */
import { request } from './api.js';
import { h } from './dom.js';
import { words } from './i18n.js';
import { entityName, kindOf } from './labels.js';
import { SearchQuery } from './operations.js';
import type { Lang } from './route.js';

let instances = 0;

export function searchBox(options: {
  lang: Lang;
  label: string;
  value?: string;
  onChoose: (id: string) => void;
  name: string;
}): HTMLElement {
  const w = words(options.lang);
  const id = `search-${(instances += 1)}`;
  const input = h('input', {
    id: `${id}-input`,
    type: 'search',
    role: 'combobox',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': `${id}-list`,
    'aria-describedby': `${id}-hint`,
    placeholder: w.searchPlaceholder,
    name: options.name,
    value: options.value,
  });
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'search-results', 'aria-label': options.label, hidden: true });
  const status = h('p', { class: 'search-status', 'aria-live': 'polite' });
  let hits: { id: string; element: HTMLElement }[] = [];
  let active = -1;
  let sequence = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function setActive(index: number): void {
    active = hits.length === 0 ? -1 : (index + hits.length) % hits.length;
    hits.forEach((hit, position) => hit.element.setAttribute('aria-selected', String(position === active)));
    const chosen = hits[active];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.element.id);
      chosen.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function close(): void {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function choose(index: number): void {
    const hit = hits[index];
    if (!hit) return;
    close();
    options.onChoose(hit.id);
  }

  async function search(text: string): Promise<void> {
    const mine = (sequence += 1);
    if (text.trim() === '') {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      close();
      return;
    }
    try {
      const { search: results } = await request(SearchQuery, { text, first: 8 });
      if (mine !== sequence) return; // a later keystroke's answer wins
      hits = results.map((result, index) => {
        const node = result.node;
        const kind = kindOf(node);
        const element = h(
          'li',
          { id: `${id}-option-${index}`, role: 'option', class: 'search-result', 'aria-selected': 'false', 'data-id': node.id },
          h('span', { class: `badge kind-${kind}` }, w.kinds[kind] ?? kind),
          h('span', { class: 'search-name' }, entityName(node, options.lang)),
        );
        element.addEventListener('mousedown', (event) => event.preventDefault());
        element.addEventListener('click', () => choose(index));
        return { id: node.id, element };
      });
      list.replaceChildren(...hits.map((hit) => hit.element));
      status.textContent = hits.length === 0 ? w.noResults : '';
      list.hidden = hits.length === 0;
      input.setAttribute('aria-expanded', String(hits.length > 0));
      setActive(0);
    } catch (error) {
      if (mine === sequence) status.textContent = w.failed + (error as Error).message;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(input.value), 120);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (list.hidden && hits.length > 0) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      setActive(active + 1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active < 0 ? 0 : active);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return h(
    'div',
    { class: 'search' },
    h('label', { for: input.id }, options.label),
    h('div', { class: 'search-field' }, input, list),
    h('p', { id: `${id}-hint`, class: 'hint' }, w.searchHint),
    status,
  );
}
