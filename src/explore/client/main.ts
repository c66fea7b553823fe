/**
 * The explorer: a client of the public GraphQL API. Every view is a URL (see route.ts); the language switch,
 * the hop count and the ends of a path are part of it, so that any view can be shared as it is.
 */
import { h } from './dom.js';
import { words } from './i18n.js';
import { DEFAULT_GRID, formatRoute, hashOfAddress, parseRoute, type Route } from './route.js';
import { entityView } from './views/entity.js';
import { gridView } from './views/grid.js';
import { homeView } from './views/home.js';
import { pathView } from './views/path.js';
import './style.css';

const header = document.getElementById('top')!;
const main = document.getElementById('main')!;

function renderHeader(route: Route): void {
  const w = words(route.lang);
  const switched: Route = { ...route, lang: route.lang === 'en' ? 'vi' : 'en' };
  header.replaceChildren(
    h(
      'a',
      {
        class: 'skip',
        href: '#main',
        onclick: ((event: Event) => {
          event.preventDefault();
          main.focus();
        }) as EventListener,
      },
      w.skip,
    ),
    h(
      'nav',
      { 'aria-label': w.appTitle },
      h('a', { class: 'brand', href: formatRoute({ view: 'home', lang: route.lang }) }, w.appTitle),
      h('a', { href: formatRoute({ view: 'path', lang: route.lang }) }, w.pathTitle),
      h('a', { href: formatRoute({ view: 'grid', ...DEFAULT_GRID, lang: route.lang }) }, w.gridNav),
      h('a', { class: 'lang-switch', href: formatRoute(switched), hreflang: switched.lang, 'aria-label': w.switchLangLabel }, w.switchLang),
    ),
  );
}

let rendering = 0;

async function render(): Promise<void> {
  // A hash names the view; without one, an entity's stable address does (/explore/entity/<id>).
  const route = parseRoute(location.hash || hashOfAddress(location.pathname, location.search));
  const mine = (rendering += 1);
  document.documentElement.lang = route.lang;
  renderHeader(route);
  main.setAttribute('aria-busy', 'true');
  // Each view renders into an element of its own: a view left behind by a quick click writes into a detached one.
  const view = h('div', { class: 'view' }, h('p', {}, words(route.lang).loading));
  main.replaceChildren(view);
  try {
    if (route.view === 'entity') await entityView(view, route.id, route.hops, route.lang);
    else if (route.view === 'path') await pathView(view, route.from, route.to, route.lang);
    else if (route.view === 'grid') await gridView(view, route, route.lang);
    else await homeView(view, route.lang);
  } catch (error) {
    view.append(h('p', { class: 'error', role: 'alert' }, words(route.lang).failed + (error as Error).message));
  } finally {
    if (mine === rendering) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset.ready = route.view;
      // When the view's data is on the page: what a first-load measurement wants (the browser test reads it).
      performance.mark(`explore-ready:${route.view}`);
    }
  }
}

window.addEventListener('hashchange', () => {
  delete document.body.dataset.ready;
  // After a move, focus goes to the new view's heading, so that a keyboard or screen reader user starts there.
  void render().then(() => {
    const heading = main.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus({ preventScroll: true });
  });
});
void render();
