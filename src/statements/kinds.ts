/**
 * What each kind of statement refers to and which facts it supports: the references the validator checks, the
 * `MENTIONS` and `SUPPORTS` relationships the loader writes, and the facts derivation recomputes. One table for
 * all of them, so that a new kind of statement is declared once.
 */
import { labelOfId, MODEL, nodeSpec, type NodeLabel } from '../model/index.js';
import { FACT_STATEMENTS, type FactStatementKind, type Statement } from './format.js';

const AGENT: NodeLabel[] = ['Person', 'Organization', 'Position'];
const REGISTRY: NodeLabel[] = [...MODEL.nodes.values()].filter((node) => node.kind === 'registry').map((node) => node.label);

/** A reference of a statement to another node: where in the statement, the id, what it may name. */
export interface Reference {
  /** JSONPath below the statement, e.g. `.start.decidedBy` or `.recipients[1]`. */
  path: string;
  id: string;
  labels: readonly NodeLabel[];
}

/** The references of the fact statements (event, presents, figure): the fact's relations, from the model. */
function factReferences(kind: FactStatementKind, statement: Statement): Reference[] {
  const references: Reference[] = [];
  for (const relation of nodeSpec(FACT_STATEMENTS[kind].label).relations) {
    if (relation.direction !== 'OUT' || relation.wrapper) continue;
    const value = statement[relation.field];
    if (typeof value === 'string') references.push({ path: `.${relation.field}`, id: value, labels: relation.targets });
    if (Array.isArray(value))
      value.forEach((item, index) => references.push({ path: `.${relation.field}[${index}]`, id: String(item), labels: relation.targets }));
  }
  return references;
}

/** Every reference a statement makes. */
export function referencesOf(statement: Statement): Reference[] {
  const ref = (path: string, value: unknown, labels: readonly NodeLabel[]): Reference[] =>
    typeof value === 'string' ? [{ path, id: value, labels }] : [];
  switch (statement.kind) {
    case 'name':
      return ref('.entity', statement.entity, REGISTRY);
    case 'holds': {
      const bounds = (['start', 'end'] as const).flatMap((side) => {
        const bound = statement[side] as { decidedBy?: string; approvedBy?: string } | undefined;
        return [
          ...ref(`.${side}.decidedBy`, bound?.decidedBy, ['Organization', 'Event']),
          ...ref(`.${side}.approvedBy`, bound?.approvedBy, AGENT),
        ];
      });
      return [...ref('.person', statement.person, ['Person']), ...ref('.position', statement.position, ['Position']), ...bounds];
    }
    case 'organizes':
      return [...ref('.event', statement.event, ['Event']), ...ref('.organizer', statement.organizer, ['Organization'])];
    case 'participates':
      return [...ref('.event', statement.event, ['Event']), ...ref('.participant', statement.participant, AGENT)];
    default:
      return factReferences(statement.kind as FactStatementKind, statement);
  }
}

const slugOf = (id: string) => id.slice(id.indexOf(':') + 1);

/** The tenure of a person in a position: one per pair, whichever articles state it. */
export const tenureId = (person: string, position: string) => `tenure:${slugOf(person)}--${slugOf(position)}`;

/** A participation: one per event, participant and role. */
export const participationId = (event: string, participant: string, role: string) =>
  `participation:${slugOf(event)}--${participant.replace(':', '-')}--${role.toLowerCase()}`;

/** The fact a statement supports (its values are evidence for it), if any: name statements support none. */
export function supportedFact(statement: Statement): { id: string; label: NodeLabel } | undefined {
  switch (statement.kind) {
    case 'name':
      return undefined;
    case 'holds':
      return { id: tenureId(String(statement.person), String(statement.position)), label: 'Tenure' };
    case 'organizes':
      return { id: String(statement.event), label: 'Event' };
    case 'participates':
      return {
        id: participationId(String(statement.event), String(statement.participant), String(statement.role)),
        label: 'Participation',
      };
    default: {
      const { label, idField } = FACT_STATEMENTS[statement.kind as FactStatementKind];
      return { id: String(statement[idField]), label };
    }
  }
}

/** The registry entities a statement names: what it `MENTIONS`, and the nodes whose sources its quotes become. */
export function mentionedEntities(statement: Statement): string[] {
  const registry = new Set(REGISTRY);
  // A reference that may name a registry entity or a fact (decidedBy: a body or a session) names an entity only
  // when its id is one; facts are linked through SUPPORTS, not MENTIONS.
  return [
    ...new Set(
      referencesOf(statement)
        .filter((reference) => reference.labels.some((label) => registry.has(label)) && registry.has(labelOfId(reference.id) ?? ''))
        .map((reference) => reference.id),
    ),
  ];
}
