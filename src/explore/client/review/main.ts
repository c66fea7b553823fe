/**
 * The review desk at /review: a client of the public API, as the explorer is, built with it (the same vite build,
 * element builder, words and style), for an editor's key. `#/` is the queue, `#/draft/<id>` one draft; `?lang=en`
 * its English.
 */
import { fill, h } from '../dom.js';
import { words } from '../i18n.js';
import type { Lang } from '../route.js';
import { draftView } from './draftView.js';
import { queueView } from './queueView.js';
import { forgetKey, isRefusal, keepKey, storedKey } from './session.js';
import '../style.css';

const header = document.getElementById('top')!;
const main = document.getElementById('main')!;
const lang: Lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'vi';
const w = words(lang);

function renderHeader(refused?: string): void {
  const r = w.review;
  const key = storedKey();
  fill(
    header,
    h(
      'nav',
      { 'aria-label': r.title },
      h('a', { class: 'brand', href: '#/' }, r.title),
      h('a', { href: '/explore/' }, w.appTitle),
      key === null
        ? h(
            'form',
            {
              class: 'review-key',
              onsubmit: ((event: Event) => {
                event.preventDefault();
                const typed = String(new FormData(event.target as HTMLFormElement).get('key') ?? '').trim();
                if (typed === '') return;
                keepKey(typed);
                void render();
              }) as EventListener,
            },
            h('label', {}, r.keyLabel, ' ', h('input', { name: 'key', type: 'password', autocomplete: 'off', required: true })),
            ' ',
            h('button', { type: 'submit' }, r.keySave),
            h('span', { class: 'hint' }, ' ', r.keyHint),
          )
        : h(
            'button',
            {
              type: 'button',
              class: 'review-forget',
              onclick: (() => {
                forgetKey();
                void render();
              }) as EventListener,
            },
            r.keyForget,
          ),
    ),
    refused ? h('p', { class: 'error', role: 'alert' }, r.keyRefused, refused) : null,
  );
}

let rendering = 0;

async function render(): Promise<void> {
  const mine = (rendering += 1);
  document.documentElement.lang = lang;
  delete document.body.dataset.ready;
  renderHeader();
  const view = h('div', { class: 'view' }, h('p', {}, w.loading));
  main.replaceChildren(view);
  if (storedKey() === null) {
    fill(view, h('h1', {}, w.review.title), h('p', { class: 'hint' }, w.review.keyHint));
    document.body.dataset.ready = 'key';
    return;
  }
  const draftId = /^#\/draft\/(.+)$/.exec(location.hash)?.[1];
  try {
    if (draftId !== undefined) await draftView(view, decodeURIComponent(draftId), w);
    else await queueView(view, w);
  } catch (error) {
    if (isRefusal(error)) {
      renderHeader((error as Error).message);
      view.replaceChildren();
    } else view.replaceChildren(h('p', { class: 'error', role: 'alert' }, w.failed + (error as Error).message));
  } finally {
    if (mine === rendering) document.body.dataset.ready = draftId === undefined ? 'queue' : 'draft';
  }
}

window.addEventListener('hashchange', () => void render());
void render();
