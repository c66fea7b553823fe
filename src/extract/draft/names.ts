/** Names: one statement per person the article names in full, as first printed. */
import type { ResolvedPerson } from '../analysis.js';
import { slugify } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, NameStatement } from './item.js';

export function nameItems(assembly: Assembly): DraftItem<NameStatement>[] {
  const { analysis } = assembly;
  const firstMention = new Map<string, ResolvedPerson>();
  for (const person of analysis.persons) if (!person.bare && !firstMention.has(person.key)) firstMention.set(person.key, person);
  return [...firstMention].map(([key, person]) => {
    const entity = assembly.person(person, assembly.sentenceOf(person));
    const name = analysis.names.get(key) ?? person.name;
    const printed = analysis.persons.find((mention) => !mention.bare && mention.name === name) ?? person;
    return {
      statement: {
        id: assembly.ids.next(`name-${slugify(name)}`),
        kind: 'name',
        entity,
        name,
        quotes: [assembly.quote(assembly.sentenceOf(printed))],
      },
      confidence: printed.honorific ? 0.95 : 0.9,
      rule: printed.honorific ? 'name after an honorific (ông, bà, đồng chí)' : 'name starting with a family name of the gazetteer',
    };
  });
}
