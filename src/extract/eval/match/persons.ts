/**
 * Persons: the people a gold article names (its `name` statements and every person its statements refer to)
 * against the people a draft names (its `name` statements), one to one, the same person when a folded name or
 * alias is equal. Invented names: a draft's person names that the text does not print.
 */
import { foldText } from '../../../text/fold.js';
import { personNames, type Entry } from '../../registry.js';
import { ids, str, type GoldStatement } from '../statement.js';
import { oneToOne, type Side } from './keys.js';
import type { RowScore } from './row.js';

interface GoldPerson {
  names: Set<string>;
  statement: GoldStatement;
}

function goldPeople(side: Side): GoldPerson[] {
  const people = new Map<string, GoldPerson>();
  const add = (id: unknown, statement: GoldStatement, name?: unknown) => {
    if (typeof id !== 'string' || !id.startsWith('person:')) return;
    const person = people.get(id) ?? { names: new Set<string>(), statement };
    const entry = side.registry.byId.get(id);
    if (entry) for (const folded of personNames(entry)) person.names.add(folded);
    if (typeof name === 'string') person.names.add(foldText(name));
    people.set(id, person);
  };
  for (const statement of side.statements) {
    if (statement.kind === 'name') add(statement.entity, statement, statement.name);
    for (const field of ['person', 'presenter', 'participant']) add(statement[field], statement);
    for (const id of ids(statement.recipients)) add(id, statement);
  }
  return [...people.values()];
}

export function scorePersons(gold: Side, draft: Side): RowScore {
  const people = goldPeople(gold);
  const names = draft.statements
    .filter((statement) => statement.kind === 'name' && str(statement.entity)?.startsWith('person:'))
    .map(
      (statement) =>
        new Set([foldText(str(statement.name) ?? ''), ...personNames(draft.registry.byId.get(str(statement.entity)!) ?? { id: '' })]),
    );
  const { matched, missed, extra } = oneToOne(people, names, (person, draftNames) =>
    [...draftNames].some((name) => person.names.has(name)),
  );
  return {
    gold: people.length,
    draft: names.length,
    matched,
    missed: missed.map((person) => ({ statement: person.statement, what: [...person.names][0] ?? '?' })),
    extra: extra.map((draftNames) => [...draftNames][0] ?? '?'),
  };
}

/** Names of people in a draft that the text does not print (folded, as whole words): must be none. */
export function inventedNames(text: string, draft: Side, proposedPeople: Entry[]): string[] {
  const folded = ` ${foldText(text).replace(/[^a-z0-9]+/g, ' ')} `;
  const names = [
    ...draft.statements.filter((statement) => statement.kind === 'name').map((statement) => str(statement.name) ?? ''),
    ...proposedPeople.map((person) => String(person.name)),
  ];
  return [...new Set(names)].filter((name) => !folded.includes(` ${foldText(name).replace(/[^a-z0-9]+/g, ' ')} `));
}
