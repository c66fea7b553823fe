/**
 * What each kind of statement refers to and which facts it supports: the references the validator checks, the
 * `MENTIONS` and `SUPPORTS` relationships the loader writes, and the facts derivation recomputes. One table for
 * all of them, so that a new kind of statement is declared once.
 */
import { labelOfId, MODEL, nodeSpec, type NodeLabel } from '../model/index.js';
import { FACT_STATEMENTS, type Bound, type FactStatement, type Statement } from './format.js';

const AGENT: NodeLabel[] = ['Person', 'Organization', 'Position'];
const REGISTRY: NodeLabel[] = [...MODEL.nodes.values()].filter((node) => node.kind === 'registry').map((node) => node.label);

/** A reference of a statement to another node: where in the statement, the id, what it may name. */
export interface Reference {
  /** JSONPath below the statement, e.g. `.start.decidedBy` or `.recipients[1]`. */
  path: string;
  id: string;
  labels: readonly NodeLabel[];
}

/** Called with each reference of a statement; returns the id the statement should name there. */
export type ReferenceVisitor = (reference: Reference) => string;

/** A fact statement's references (event, presents, figure): the fact's relations, from the model. */
function mapFactReferences<S extends FactStatement>(statement: S, visit: ReferenceVisitor): S {
  const fields: Record<string, unknown> = { ...statement };
  for (const relation of nodeSpec(FACT_STATEMENTS[statement.kind].label).relations) {
    if (relation.direction !== 'OUT' || relation.wrapper) continue;
    const value = fields[relation.field];
    if (typeof value === 'string') fields[relation.field] = visit({ path: `.${relation.field}`, id: value, labels: relation.targets });
    if (Array.isArray(value))
      fields[relation.field] = value.map((item, index) =>
        visit({ path: `.${relation.field}[${index}]`, id: String(item), labels: relation.targets }),
      );
  }
  // The same fields as the statement's, each reference replaced by a string: still a statement of its kind.
  return fields as S;
}

const visitOptional = (visit: ReferenceVisitor, path: string, id: string | undefined, labels: readonly NodeLabel[]) =>
  id === undefined ? undefined : visit({ path, id, labels });

/** A bound's references (the body that decided, the authority that approved), visited. */
function mapBound<B extends Bound>(bound: B | undefined, side: string, visit: ReferenceVisitor): B | undefined {
  if (bound === undefined) return undefined;
  const decidedBy = visitOptional(visit, `.${side}.decidedBy`, bound.decidedBy, ['Organization', 'Event']);
  const approvedBy = visitOptional(visit, `.${side}.approvedBy`, bound.approvedBy, AGENT);
  return { ...bound, ...(decidedBy === undefined ? {} : { decidedBy }), ...(approvedBy === undefined ? {} : { approvedBy }) };
}

/**
 * The statement with each of its references replaced by what `visit` returns: the one walk over a statement's
 * references (validation visits them; derivation reads them as the entities they are judged to be).
 */
export function mapReferences<S extends Statement>(statement: S, visit: ReferenceVisitor): S;
export function mapReferences(statement: Statement, visit: ReferenceVisitor): Statement {
  switch (statement.kind) {
    case 'name':
      return { ...statement, entity: visit({ path: '.entity', id: statement.entity, labels: REGISTRY }) };
    case 'holds': {
      const person = visit({ path: '.person', id: statement.person, labels: ['Person'] });
      const position = visit({ path: '.position', id: statement.position, labels: ['Position'] });
      const start = mapBound(statement.start, 'start', visit);
      const end = mapBound(statement.end, 'end', visit);
      return { ...statement, person, position, ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
    }
    case 'organizes':
      return {
        ...statement,
        event: visit({ path: '.event', id: statement.event, labels: ['Event'] }),
        organizer: visit({ path: '.organizer', id: statement.organizer, labels: ['Organization'] }),
      };
    case 'participates':
      return {
        ...statement,
        event: visit({ path: '.event', id: statement.event, labels: ['Event'] }),
        participant: visit({ path: '.participant', id: statement.participant, labels: AGENT }),
      };
    default:
      return mapFactReferences(statement, visit);
  }
}

/** Every reference a statement makes. */
export function referencesOf(statement: Statement): Reference[] {
  const references: Reference[] = [];
  mapReferences(statement, (reference) => {
    references.push(reference);
    return reference.id;
  });
  return references;
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
      return { id: tenureId(statement.person, statement.position), label: 'Tenure' };
    case 'organizes':
      return { id: statement.event, label: 'Event' };
    case 'participates':
      return { id: participationId(statement.event, statement.participant, statement.role), label: 'Participation' };
    default: {
      // A fact statement names its fact in the field FACT_STATEMENTS declares (event, presentation…).
      const { label, idField } = FACT_STATEMENTS[statement.kind];
      return { id: String((statement as Readonly<Record<string, unknown>>)[idField]), label };
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
