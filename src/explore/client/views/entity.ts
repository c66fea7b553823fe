/**
 * An entity's page: its facts with their quotes (a person's tenures on a timeline, the presentations given
 * and received, the events attended; a position's holders over time) and the graph around it.
 */
import { request } from '../api.js';
import { h } from '../dom.js';
import { factView, section, sourcesView } from '../facts.js';
import { addNeighbours, GraphModel } from '../graph.js';
import { drawGraph } from '../graphView.js';
import { words, type Words } from '../i18n.js';
import { entityName, kindOf, type Nameable } from '../labels.js';
import { EntityPageQuery, NeighboursQuery } from '../operations.js';
import { entityAddress, formatRoute, type Lang } from '../route.js';
import { timelineView, type TimelinePoint } from '../timelineView.js';
import type { EntityPageQuery as EntityPageData, PresentationLinksFragment, SourceFragment } from '../../generated/graphql.js';

type Entity = NonNullable<EntityPageData['node']>;

/** At most this many neighbours are expanded for the second hop, so that a busy entity costs a bounded number of requests. */
const SECOND_HOP_LIMIT = 25;

export async function entityView(main: HTMLElement, id: string, hops: 1 | 2, lang: Lang): Promise<void> {
  const w = words(lang);
  const href = (target: string) => formatRoute({ view: 'entity', id: target, hops: 1, lang });
  const { node } = await request(EntityPageQuery, { id });
  if (!node) {
    main.replaceChildren(h('h1', {}, w.notFound), h('p', {}, h('a', { href: formatRoute({ view: 'home', lang }) }, w.home)));
    return;
  }
  const kind = kindOf(node);
  const name = entityName(node, lang);
  const other = entityName(node, lang === 'en' ? 'vi' : 'en');
  document.title = `${name} · ${w.appTitle}`;

  const graphBox = h('div', { class: 'graph', role: 'img', 'aria-label': `${w.graph}: ${name}` });
  const graphList = h('ul', { class: 'graph-list', 'aria-label': w.graphList });
  const hopLinks = h(
    'p',
    { class: 'hops' },
    ...([1, 2] as const).map((count) =>
      h(
        'a',
        { href: formatRoute({ view: 'entity', id, hops: count, lang }), 'aria-current': hops === count ? 'true' : null, class: 'chip' },
        count === 1 ? w.hops1 : w.hops2,
      ),
    ),
  );

  main.replaceChildren(
    h(
      'header',
      { class: 'entity-header' },
      h('span', { class: `badge kind-${kind}` }, w.kinds[kind] ?? kind),
      h('h1', { id: 'entity-name' }, name),
      other !== name ? h('p', { class: 'other-name', lang: lang === 'en' ? 'vi' : 'en' }, other) : null,
      externalLinks(node, w),
      h(
        'p',
        {},
        h('a', { href: formatRoute({ view: 'path', from: id, lang }) }, w.pathFromHere),
        ' · ',
        h('a', { href: entityAddress(id, lang), class: 'permalink', rel: 'bookmark' }, w.permalink),
      ),
    ),
    ...factSections(node, w, lang, href),
    section(
      w.graph,
      'graph-title',
      hopLinks,
      graphBox,
      h('details', { class: 'graph-details', open: true }, h('summary', {}, w.graphList), graphList),
    ),
  );

  const model = new GraphModel(lang);
  const rings = new Map<string, number>([[id, 0]]);
  const { node: centre } = await request(NeighboursQuery, { id });
  if (!centre) return;
  const first = addNeighbours(model, centre, lang);
  for (const neighbour of first) rings.set(neighbour, 1);
  if (hops === 2) {
    const answers = await Promise.all(first.slice(0, SECOND_HOP_LIMIT).map((neighbour) => request(NeighboursQuery, { id: neighbour })));
    for (const answer of answers) {
      if (!answer.node) continue;
      for (const second of addNeighbours(model, answer.node, lang)) if (!rings.has(second)) rings.set(second, 2);
    }
  }
  const cy = await drawGraph(graphBox, graphList, model, { rings, centreId: id, href, words: w });
  graphBox.dataset.nodes = String(cy.nodes().length);
  graphBox.dataset.edges = String(cy.edges().length);
}

/** The names of the databases of external ids, as their own sites write them. */
const SCHEME_NAMES: Readonly<Record<string, string>> = { wikidata: 'Wikidata' };

/** The entity's ids in other databases (a Wikidata QID), each a link to its page there; nothing when it has none. */
function externalLinks(node: Entity, w: Words): HTMLElement | null {
  const ids = 'externalIds' in node ? node.externalIds : [];
  if (ids.length === 0) return null;
  return h(
    'p',
    { class: 'external-ids' },
    `${w.externalIds}: `,
    ...ids.flatMap((external, index) => [
      index > 0 ? ', ' : '',
      h(
        'a',
        { href: external.url, rel: 'external noopener noreferrer', 'data-scheme': external.scheme },
        `${SCHEME_NAMES[external.scheme] ?? external.scheme} ${external.id}`,
      ),
    ]),
  );
}

function dates(w: Words, tenure: { startDate?: string | null; endDate?: string | null; attestedOn?: string | null }): string {
  const parts = [
    tenure.startDate ? `${w.from} ${tenure.startDate}` : null,
    tenure.endDate ? `${w.to} ${tenure.endDate}` : null,
    tenure.attestedOn ? `${w.attested} ${tenure.attestedOn}` : null,
  ].filter(Boolean);
  return parts.join(', ');
}

function link(entity: Nameable, lang: Lang, href: (id: string) => string, typename?: string): HTMLElement {
  return h('a', { href: href(entity.id), class: `entity-link kind-${typename ?? kindOf(entity)}` }, entityName(entity, lang));
}

function presentationFact(
  presentation: PresentationLinksFragment & { sources: SourceFragment[] },
  w: Words,
  lang: Lang,
  href: (id: string) => string,
): HTMLElement {
  const recipients =
    presentation.recipients.length > 0
      ? presentation.recipients.flatMap((recipient, index) => [index > 0 ? ', ' : '', link(recipient, lang, href)])
      : [w.unnamedRecipients(presentation.recipientCount)];
  return factView(
    [
      presentation.date ? `${presentation.date}: ` : '',
      h(
        'a',
        { href: href(presentation.id), class: 'entity-link kind-AwardPresentation' },
        entityName({ id: presentation.id, award: presentation.award }, lang),
      ),
      presentation.presenter ? [` · ${w.by} `, link(presentation.presenter, lang, href, 'Person')] : '',
      presentation.onBehalfOf ? [` · ${w.onBehalfOf} `, link(presentation.onBehalfOf, lang, href)] : '',
      ` · ${w.recipients}: `,
      ...recipients,
      presentation.recipientDescription ? ` (“${presentation.recipientDescription}”)` : '',
      presentation.event ? [` · ${w.at} `, link(presentation.event, lang, href, 'Event')] : '',
    ].flat(),
    presentation.sources,
    w,
  );
}

function factSections(node: Entity, w: Words, lang: Lang, href: (id: string) => string): HTMLElement[] {
  const list = (items: HTMLElement[]) => (items.length === 0 ? h('p', { class: 'empty' }, '—') : h('ul', { class: 'facts' }, ...items));
  switch (node.__typename) {
    case 'Person': {
      const points: TimelinePoint[] = [
        ...[...node.presented, ...node.received]
          .filter((p) => p.date)
          .map((p) => ({ date: p.date!, label: entityName({ id: p.id, award: p.award }, lang), href: href(p.id) })),
        ...node.participations
          .filter((p) => p.event.date)
          .map((p) => ({ date: p.event.date!, label: entityName(p.event, lang), href: href(p.event.id) })),
      ];
      const rows = node.tenures.map((tenure) => ({
        label: entityName(tenure.position, lang),
        href: href(tenure.position.id),
        tenure,
        describe: `${entityName(tenure.position, lang)}: ${dates(w, tenure)}${tenure.startDate ? '' : `; ${w.startUnknown}`}${tenure.endDate ? '' : `; ${w.endUnknown}`}`,
      }));
      // One event, several roles (attended, spoke, presented): one fact per event, its roles and quotes together.
      const byEvent = new Map<
        string,
        { event: (typeof node.participations)[number]['event']; roles: string[]; sources: SourceFragment[] }
      >();
      for (const participation of node.participations) {
        const entry = byEvent.get(participation.event.id) ?? { event: participation.event, roles: [], sources: [] };
        entry.roles.push(w.roles[participation.role] ?? participation.role);
        entry.sources.push(...participation.sources.filter((source) => !entry.sources.some((seen) => seen.quote === source.quote)));
        byEvent.set(participation.event.id, entry);
      }
      return [
        section(w.timeline, 'timeline-title', timelineView(rows, points, w)),
        section(
          w.tenures,
          'tenures-title',
          list(
            node.tenures.map((tenure) =>
              factView(
                [
                  link(tenure.position, lang, href, 'Position'),
                  tenure.position.organization ? [' · ', link(tenure.position.organization, lang, href, 'Organization')] : '',
                  ` · ${dates(w, tenure)}`,
                ].flat(),
                tenure.sources,
                w,
              ),
            ),
          ),
        ),
        section(w.presented, 'presented-title', list(node.presented.map((p) => presentationFact(p, w, lang, href)))),
        section(w.received, 'received-title', list(node.received.map((p) => presentationFact(p, w, lang, href)))),
        section(
          w.events,
          'events-title',
          list(
            [...byEvent.values()].map((entry) =>
              factView(
                [entry.event.date ? `${entry.event.date}: ` : '', link(entry.event, lang, href, 'Event'), ` · ${entry.roles.join(', ')}`],
                entry.sources,
                w,
              ),
            ),
          ),
        ),
        section(w.sources, 'sources-title', sourcesView(node.sources, w)),
      ];
    }
    case 'Position': {
      const rows = node.holders.map((tenure) => ({
        label: tenure.person.name,
        href: href(tenure.person.id),
        tenure,
        describe: `${tenure.person.name}: ${dates(w, tenure)}`,
      }));
      return [
        node.organization ? h('p', { class: 'context' }, link(node.organization, lang, href, 'Organization')) : h('span'),
        section(
          w.holders,
          'holders-title',
          timelineView(rows, [], w, { coverage: true }),
          list(
            node.holders.map((tenure) =>
              factView([link(tenure.person, lang, href, 'Person'), ` · ${dates(w, tenure)}`], tenure.sources, w),
            ),
          ),
        ),
        section(w.onBehalf, 'onbehalf-title', list(node.presentationsOnBehalf.map((p) => presentationFact(p, w, lang, href)))),
        section(w.sources, 'sources-title', sourcesView(node.sources, w)),
      ];
    }
    case 'AwardPresentation':
      return [section(w.details, 'details-title', h('ul', { class: 'facts' }, presentationFact(node, w, lang, href)))];
    case 'Tenure':
      return [
        section(
          w.details,
          'details-title',
          h('ul', { class: 'facts' }, factView([link(node.person, lang, href, 'Person'), ' · ', dates(w, node)], node.sources, w)),
        ),
      ];
    case 'Participation':
      return [
        section(
          w.details,
          'details-title',
          h(
            'ul',
            { class: 'facts' },
            factView(
              [link(node.participant, lang, href), ` · ${w.roles[node.role] ?? node.role} · `, link(node.atEvent, lang, href, 'Event')],
              node.sources,
              w,
            ),
          ),
        ),
      ];
    case 'Organization':
    case 'Place':
    case 'Event':
    case 'Award':
      return [section(w.sources, 'sources-title', sourcesView(node.sources, w))];
    default:
      return [];
  }
}
