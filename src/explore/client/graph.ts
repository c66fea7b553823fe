/**
 * The neighbourhood of an entity as nodes and edges, from the Neighbours operation. Binary facts are edges
 * (a tenure joins a person to a position, a participation an agent to an event); an award presentation joins up
 * to five parties, so it is a node of its own, whose edges say who presented, on whose behalf, to whom, where.
 */
import type { NeighboursQuery, PresentationLinksFragment } from '../generated/graphql.js';
import { entityName, kindOf, type Nameable } from './labels.js';
import type { Lang } from './route.js';
import { words } from './i18n.js';

export interface GraphNode {
  id: string;
  kind: string;
  label: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
}

export class GraphModel {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  constructor(private readonly lang: Lang) {}

  node(entity: Nameable): string {
    if (!this.nodes.has(entity.id)) {
      const kind = kindOf(entity);
      const name = entityName(entity, this.lang);
      // A presentation is named after its award; said as a presentation, it is not mistaken for the award.
      const label = kind === 'AwardPresentation' ? words(this.lang).presentationOf(name) : name;
      this.nodes.set(entity.id, { id: entity.id, kind, label });
    }
    return entity.id;
  }

  /** Edges between the same two nodes in the same direction are one, their labels joined (dự, phát biểu…). */
  edge(source: string, target: string, label: string): void {
    const id = `${source}->${target}`;
    const existing = this.edges.get(id);
    if (!existing) this.edges.set(id, { id, source, target, label });
    else if (!existing.label.split(', ').includes(label)) existing.label = `${existing.label}, ${label}`;
  }
}

type Neighbours = NonNullable<NeighboursQuery['node']>;

function addPresentation(model: GraphModel, presentation: PresentationLinksFragment, lang: Lang): string {
  const w = words(lang);
  const id = model.node({ __typename: 'AwardPresentation', ...presentation });
  if (presentation.presenter)
    model.edge(model.node({ __typename: 'Person', ...presentation.presenter }), id, w.relations.PRESENTED_BY ?? '');
  if (presentation.onBehalfOf) model.edge(id, model.node(presentation.onBehalfOf), w.relations.ON_BEHALF_OF ?? '');
  for (const recipient of presentation.recipients) model.edge(id, model.node(recipient), w.relations.RECIPIENT ?? '');
  model.edge(id, model.node({ __typename: 'Award', ...presentation.award }), w.relations.OF_AWARD ?? '');
  if (presentation.event) model.edge(id, model.node({ __typename: 'Event', ...presentation.event }), w.relations.AT_EVENT ?? '');
  return id;
}

/** Adds an entity and what is one hop from it; returns the ids of its neighbours. */
export function addNeighbours(model: GraphModel, entity: Neighbours, lang: Lang): string[] {
  const w = words(lang);
  const before = new Set(model.nodes.keys());
  const self = entity.__typename === 'Tenure' || entity.__typename === 'Participation' ? undefined : model.node(entity);
  const role = (value: string) => w.roles[value] ?? value.toLowerCase();
  const neighbours = new Set<string>();
  const link = (id: string) => {
    if (id !== self) neighbours.add(id);
    return id;
  };
  switch (entity.__typename) {
    case 'Person':
      for (const tenure of entity.tenures)
        model.edge(entity.id, link(model.node({ __typename: 'Position', ...tenure.position })), w.edgeHeld);
      for (const participation of entity.participations)
        model.edge(entity.id, link(model.node({ __typename: 'Event', ...participation.event })), role(participation.role));
      for (const presentation of [...entity.presented, ...entity.received]) link(addPresentation(model, presentation, lang));
      break;
    case 'Position':
      if (entity.organization)
        model.edge(entity.id, link(model.node({ __typename: 'Organization', ...entity.organization })), w.relations.IN_ORGANIZATION ?? '');
      for (const tenure of entity.holders) model.edge(link(model.node({ __typename: 'Person', ...tenure.person })), entity.id, w.edgeHeld);
      for (const participation of entity.participations)
        model.edge(entity.id, link(model.node({ __typename: 'Event', ...participation.event })), role(participation.role));
      for (const award of entity.conferredAwards)
        model.edge(link(model.node({ __typename: 'Award', ...award })), entity.id, w.relations.CONFERRED_BY ?? '');
      for (const presentation of entity.presentationsOnBehalf) link(addPresentation(model, presentation, lang));
      break;
    case 'Organization':
      if (entity.parent)
        model.edge(entity.id, link(model.node({ __typename: 'Organization', ...entity.parent })), w.relations.PART_OF ?? '');
      for (const child of entity.children)
        model.edge(link(model.node({ __typename: 'Organization', ...child })), entity.id, w.relations.PART_OF ?? '');
      for (const position of entity.positions)
        model.edge(link(model.node({ __typename: 'Position', ...position })), entity.id, w.relations.IN_ORGANIZATION ?? '');
      if (entity.jurisdiction)
        model.edge(entity.id, link(model.node({ __typename: 'Place', ...entity.jurisdiction })), w.relations.JURISDICTION ?? '');
      for (const event of entity.organizedEvents)
        model.edge(link(model.node({ __typename: 'Event', ...event })), entity.id, w.relations.ORGANIZED_BY ?? '');
      for (const participation of entity.participations)
        model.edge(entity.id, link(model.node({ __typename: 'Event', ...participation.event })), role(participation.role));
      for (const award of entity.conferredAwards)
        model.edge(link(model.node({ __typename: 'Award', ...award })), entity.id, w.relations.CONFERRED_BY ?? '');
      for (const presentation of [...entity.presentationsOnBehalf, ...entity.received]) link(addPresentation(model, presentation, lang));
      break;
    case 'Place':
      if (entity.parentPlace)
        model.edge(entity.id, link(model.node({ __typename: 'Place', ...entity.parentPlace })), w.relations.PART_OF ?? '');
      for (const child of entity.childPlaces)
        model.edge(link(model.node({ __typename: 'Place', ...child })), entity.id, w.relations.PART_OF ?? '');
      for (const organization of entity.organizations)
        model.edge(link(model.node({ __typename: 'Organization', ...organization })), entity.id, w.relations.JURISDICTION ?? '');
      for (const event of entity.events)
        model.edge(link(model.node({ __typename: 'Event', ...event })), entity.id, w.relations.HELD_IN ?? '');
      break;
    case 'Event':
      for (const organizer of entity.organizers)
        model.edge(entity.id, link(model.node({ __typename: 'Organization', ...organizer })), w.relations.ORGANIZED_BY ?? '');
      if (entity.place) model.edge(entity.id, link(model.node({ __typename: 'Place', ...entity.place })), w.relations.HELD_IN ?? '');
      for (const participation of entity.participations)
        model.edge(link(model.node(participation.participant)), entity.id, role(participation.role));
      for (const presentation of entity.awardPresentations) link(addPresentation(model, presentation, lang));
      break;
    case 'Award':
      if (entity.conferrer) model.edge(entity.id, link(model.node(entity.conferrer)), w.relations.CONFERRED_BY ?? '');
      for (const presentation of entity.presentations) link(addPresentation(model, presentation, lang));
      break;
    case 'AwardPresentation':
      addPresentation(model, entity, lang);
      for (const edge of model.edges.values())
        if (edge.source === entity.id || edge.target === entity.id) link(edge.source === entity.id ? edge.target : edge.source);
      break;
    case 'Tenure':
      model.edge(
        link(model.node({ __typename: 'Person', ...entity.person })),
        link(model.node({ __typename: 'Position', ...entity.position })),
        w.edgeHeld,
      );
      break;
    case 'Participation':
      model.edge(link(model.node(entity.participant)), link(model.node({ __typename: 'Event', ...entity.atEvent })), role(entity.role));
      break;
    default:
      break;
  }
  // Newly met nodes first, so that the second hop expands what the first one found.
  return [...neighbours].sort((a, b) => Number(before.has(a)) - Number(before.has(b)));
}
