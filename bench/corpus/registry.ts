/**
 * The generated corpus's registry: every entity is defined when the world is built, and declared (written, with
 * its one source) by the first statement whose quote states its name by the validator's own rule
 * (`unstatedNameWords`; a person's whole name in the quote), so that `npm run seed -- --check` finds each name
 * where the real seed's editors would. An entity declared pulls in the entities it belongs to (its organization,
 * jurisdiction, parent, role, conferrer) from the same quote where that quote states them too, else from a later
 * one; `finish` fails the generation if anything a statement or an entry names was never declared, so that a
 * template that forgets a name is caught at generation time, not by the loader.
 */
import { unstatedNameWords } from '../../src/statements/validate.js';
import { foldText } from '../../src/text/fold.js';
import type { RegistryEntry } from '../../src/statements/format.js';

/** The registry's files, as `seed/registry/` names them. */
export const COLLECTIONS = ['people', 'organizations', 'positions', 'places', 'awards', 'roles'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** A registry entry without its sources, which its first stating quote gives. */
export type EntryInput = { id: string } & Record<string, unknown>;

interface Defined {
  collection: Collection;
  entry: EntryInput;
  /** The name the rule checks: a person's name, an entity's name or title. */
  name: string;
  /** Ids it refers to (organization, jurisdiction, parent, role, conferrer): declared with it. */
  refersTo: string[];
  /** The names of what it belongs to, which the name rule lets a quote leave out (roles excepted, as the validator does). */
  belongsTo: string[];
}

export class CorpusRegistry {
  private readonly defined = new Map<string, Defined>();
  private readonly declared = new Set<string>();
  private readonly needed = new Set<string>();
  /** The people declared so far, by folded name: a namesake declared later lists them in its distinctFrom. */
  private readonly peopleByName = new Map<string, string[]>();
  readonly counts: Record<Collection, number> = { people: 0, organizations: 0, positions: 0, places: 0, awards: 0, roles: 0 };

  constructor(private readonly write: (collection: Collection, entry: RegistryEntry) => void) {}

  has(id: string): boolean {
    return this.defined.has(id);
  }

  /** Defines an entity once (a second definition of an id is ignored: bodies and posts are defined where first needed). */
  define(collection: Collection, entry: EntryInput, refersTo: string[] = []): void {
    if (this.defined.has(entry.id)) return;
    const name = String(entry.name ?? entry.title);
    const belongsTo = refersTo.filter((id) => !id.startsWith('role:')).map((id) => this.nameOf(id));
    this.defined.set(entry.id, { collection, entry, name, refersTo, belongsTo });
  }

  nameOf(id: string): string {
    const entity = this.defined.get(id);
    if (!entity) throw new Error(`the corpus names "${id}" before defining it`);
    return entity.name;
  }

  /** A statement of `articleId` names `id` in `quotes`: the first such quote that states its name declares it. */
  mention(id: string, articleId: string, quotes: readonly string[]): void {
    this.needed.add(id);
    if (this.declared.has(id)) return;
    const entity = this.defined.get(id);
    if (!entity) throw new Error(`the corpus names "${id}" without defining it`);
    const quote = quotes.find((candidate) => this.states(entity, candidate));
    if (quote === undefined) return;
    this.declared.add(id);
    this.counts[entity.collection] += 1;
    this.write(entity.collection, {
      ...entity.entry,
      ...this.namesakesOf(entity),
      sources: [{ article: articleId, quote }],
    } as RegistryEntry);
    for (const other of entity.refersTo) this.mention(other, articleId, quotes);
  }

  /** A person's namesakes already declared: told apart in `distinctFrom`, so that the validator does not warn of them. */
  private namesakesOf(entity: Defined): Partial<RegistryEntry> {
    if (entity.collection !== 'people') return {};
    const key = foldText(entity.name);
    const earlier = this.peopleByName.get(key) ?? [];
    this.peopleByName.set(key, [...earlier, entity.entry.id]);
    return earlier.length === 0 ? {} : { distinctFrom: earlier, note: 'A namesake: another person of the same name.' };
  }

  private states(entity: Defined, quote: string): boolean {
    if (entity.collection === 'people') return foldText(quote).includes(foldText(entity.name));
    return unstatedNameWords(entity.name, [quote], entity.belongsTo).length === 0;
  }

  /** Throws unless every entity named by a statement or by a declared entity was declared. */
  finish(): void {
    const missing = [...this.needed].filter((id) => !this.declared.has(id));
    if (missing.length > 0)
      throw new Error(`no quote of the corpus states the name of ${missing.length} entities, e.g. ${missing.slice(0, 5).join(', ')}`);
  }
}
