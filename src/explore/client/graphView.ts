/**
 * Draws a GraphModel with Cytoscape.js, loaded only when a graph is shown (a chunk of its own, so that the
 * search page loads without it). Every node is also in a list of links beside the drawing, so that the graph
 * can be followed with a keyboard or a screen reader; clicking a node, or choosing its link, moves to it.
 */
import type { Core } from 'cytoscape';
import { h } from './dom.js';
import type { GraphModel } from './graph.js';
import { KIND_COLOURS } from './labels.js';
import type { Words } from './i18n.js';

export interface DrawOptions {
  /** Ring of each node: 0 for the centre, 1 and 2 for its hops; the path view places nodes itself. */
  rings?: Map<string, number>;
  positions?: Map<string, { x: number; y: number }>;
  centreId?: string;
  href: (id: string) => string;
  words: Words;
}

let current: Core | undefined;

export async function drawGraph(container: HTMLElement, list: HTMLElement, model: GraphModel, options: DrawOptions): Promise<Core> {
  const { default: cytoscape } = await import('cytoscape');
  current?.destroy();
  const nodes = [...model.nodes.values()];
  list.replaceChildren(
    ...nodes.map((node) =>
      h(
        'li',
        {},
        h(
          'a',
          { href: options.href(node.id), 'aria-current': node.id === options.centreId ? 'page' : null },
          h('span', { class: `badge kind-${node.kind}` }, options.words.kinds[node.kind] ?? node.kind),
          ' ',
          node.label,
        ),
      ),
    ),
  );
  const cy = cytoscape({
    container,
    elements: [
      ...nodes.map((node) => ({
        data: { ...node, colour: KIND_COLOURS[node.kind] ?? '#555', centre: node.id === options.centreId ? 1 : 0 },
        position: options.positions?.get(node.id),
      })),
      ...[...model.edges.values()]
        .filter((edge) => model.nodes.has(edge.source) && model.nodes.has(edge.target))
        .map((edge) => ({ data: { ...edge } })),
    ],
    style: [
      {
        selector: 'node',
        style: {
          'background-color': 'data(colour)',
          label: 'data(label)',
          color: '#1a1a1a',
          'font-size': 11,
          'text-wrap': 'wrap',
          'text-max-width': '140px',
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 22,
          height: 22,
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.8,
          'text-background-padding': '1px',
          // A crowded graph is fitted at a small zoom: labels too small to read are left out, not smeared.
          'min-zoomed-font-size': 7,
        },
      },
      { selector: 'node[kind = "AwardPresentation"]', style: { shape: 'diamond', width: 18, height: 18 } },
      { selector: 'node[kind = "Position"]', style: { shape: 'round-rectangle' } },
      { selector: 'node[kind = "Organization"]', style: { shape: 'rectangle' } },
      { selector: 'node[kind = "Event"]', style: { shape: 'star' } },
      { selector: 'node[centre = 1]', style: { width: 32, height: 32, 'border-width': 3, 'border-color': '#111', 'font-weight': 'bold' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#9a9a9a',
          'target-arrow-color': '#9a9a9a',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 9,
          color: '#444',
          'text-rotation': 'autorotate',
          'text-background-color': '#ffffff',
          'text-background-opacity': 0.9,
          'text-background-padding': '1px',
        },
      },
    ],
    layout: options.positions
      ? { name: 'preset', fit: true, padding: 40 }
      : {
          // Rings by hop: the centre, what is one step away, then two; the same graph is always drawn the same way.
          name: 'concentric',
          fit: true,
          padding: 40,
          minNodeSpacing: 75,
          animate: false,
          startAngle: (3 / 2) * Math.PI,
          concentric: (node) => 3 - (options.rings?.get(node.id()) ?? 2),
          levelWidth: () => 1,
        },
    minZoom: 0.2,
    maxZoom: 3,
    // The page scrolls under a mouse wheel rather than the graph zooming: the drawing is fitted to its box.
    userZoomingEnabled: false,
    // On a touch screen a swipe over the graph scrolls the page instead of panning a drawing that already fits.
    userPanningEnabled: !matchMedia('(pointer: coarse)').matches,
    boxSelectionEnabled: false,
    autoungrabify: false,
  });
  // A small graph is not blown up to fill the box: labels keep a readable size.
  if (cy.zoom() > 1.3) {
    cy.zoom(1.3);
    cy.center();
  }
  cy.on('tap', 'node', (event) => {
    location.hash = options.href(event.target.id());
  });
  cy.on('mouseover', 'node', () => container.classList.add('pointing'));
  cy.on('mouseout', 'node', () => container.classList.remove('pointing'));
  current = cy;
  return cy;
}
