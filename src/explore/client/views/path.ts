/** The shortest connection between two entities (Query.path), drawn left to right and listed step by step. */
import { request } from '../api.js';
import { h } from '../dom.js';
import { section } from '../facts.js';
import { GraphModel } from '../graph.js';
import { drawGraph } from '../graphView.js';
import { words } from '../i18n.js';
import { entityName } from '../labels.js';
import { EntityPageQuery, PathQuery } from '../operations.js';
import { formatRoute, type Lang } from '../route.js';
import { searchBox } from '../searchBox.js';

async function nameOf(id: string | undefined, lang: Lang): Promise<string | undefined> {
  if (!id) return undefined;
  const { node } = await request(EntityPageQuery, { id }).catch(() => ({ node: null }));
  return node ? entityName(node, lang) : id;
}

export async function pathView(main: HTMLElement, from: string | undefined, to: string | undefined, lang: Lang): Promise<void> {
  const w = words(lang);
  document.title = `${w.pathTitle} · ${w.appTitle}`;
  const href = (id: string) => formatRoute({ view: 'entity', id, hops: 1, lang });
  const [fromName, toName] = await Promise.all([nameOf(from, lang), nameOf(to, lang)]);
  const result = h('div', { class: 'path-result' });
  main.replaceChildren(
    h('h1', {}, w.pathTitle),
    h(
      'div',
      { class: 'path-form' },
      searchBox({
        lang,
        label: w.pathFrom,
        name: 'from',
        value: fromName,
        onChoose: (id) => {
          location.hash = formatRoute({ view: 'path', from: id, to, lang });
        },
      }),
      searchBox({
        lang,
        label: w.pathTo,
        name: 'to',
        value: toName,
        onChoose: (id) => {
          location.hash = formatRoute({ view: 'path', from, to: id, lang });
        },
      }),
    ),
    section(w.graph, 'path-graph-title', result),
  );
  if (!from || !to) {
    result.replaceChildren(h('p', {}, w.pathChoose));
    return;
  }
  const { path } = await request(PathQuery, { from, to });
  if (!path) {
    result.replaceChildren(h('p', {}, w.pathNone));
    return;
  }
  const model = new GraphModel(lang);
  const positions = new Map<string, { x: number; y: number }>();
  path.nodes.forEach((node, index) => {
    model.node(node);
    positions.set(node.id, { x: index * 170, y: index % 2 === 0 ? 0 : 70 });
  });
  for (const relation of path.relations) model.edge(relation.startId, relation.endId, w.relations[relation.type] ?? relation.type);
  const graphBox = h('div', { class: 'graph path-graph', role: 'img', 'aria-label': w.pathTitle });
  const list = h('ol', { class: 'graph-list path-steps' });
  result.replaceChildren(h('p', {}, w.pathSteps(path.length)), graphBox, list);
  const cy = await drawGraph(graphBox, list, model, { positions, href, words: w, centreId: from });
  graphBox.dataset.nodes = String(cy.nodes().length);
  // The steps in order, with the relation between each pair, for reading rather than looking.
  list.replaceChildren(
    ...path.nodes.map((node, index) => {
      const relation = path.relations[index];
      return h(
        'li',
        {},
        h('a', { href: href(node.id), class: `entity-link kind-${node.__typename}` }, entityName(node, lang)),
        relation
          ? h('span', { class: 'relation' }, ` ${relation.startId === node.id ? '→' : '←'} ${w.relations[relation.type] ?? relation.type}`)
          : null,
      );
    }),
  );
}
