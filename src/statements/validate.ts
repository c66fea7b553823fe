/**
 * Validation of a load (registry entries and articles, as records: src/statements/read.ts) before anything is
 * written: a bad input must leave the database exactly as it was, so every check that can fail runs here, over
 * all records, and every problem is reported at once with its code, its input and its path. Checks across
 * records: references (with the nearest ids when one is unknown), quotes and verbatim values against the
 * article's text, names against their sources' quotes, dates, confusable and namesake names. Pure: `npm run seed
 * -- --check`, the write API and unit tests run it without a file system or a database; the write API passes the
 * part of the graph a submission can touch (KnownGraph).
 */
import { labelOfId, nodeSpec, type NodeLabel } from '../model/index.js';
import { foldText, normalizeWhitespaceNfc } from '../text/fold.js';
import { scriptsOf, skeleton } from '../text/confusables.js';
import { readDate, type DateInput } from './dates.js';
import type { ArticleMeta, RegistryEntry, Statement } from './format.js';
import { IssueCode, Issues, type Issue } from './issues.js';
import { referencesOf } from './kinds.js';
import type { ArticleRecord, RegistryRecord } from './read.js';
import { didYouMean, whereQuotePartsWays, type Candidate } from './suggest.js';

export interface ValidatedArticle {
  input: string;
  meta: ArticleMeta;
  /** The article's text, NFC. */
  text: string;
  statements: Statement[];
}

export interface LoadSet {
  registry: ReadonlyMap<string, RegistryRecord>;
  articles: ValidatedArticle[];
  /** Problems that do not stop a load (namesakes, references to merged entities, sources left unchecked). */
  warnings: Issue[];
}

/** An entity already in the graph: its label, its name for namesake warnings and suggestions, what it was merged into. */
export interface KnownEntity {
  label: NodeLabel;
  name?: string;
  /** An editor judged it the same as this entity: statements naming it are read as naming that one. */
  mergedInto?: string;
}

/**
 * The graph as a load sees it: a submission through the API names people and events that earlier articles
 * brought, and declares in its own registry entries only the entities the graph lacks; its entities' sources may
 * cite articles of the graph, whose texts their quotes are checked against.
 */
export interface KnownGraph {
  entities: ReadonlyMap<string, KnownEntity>;
  events: ReadonlySet<string>;
  /**
   * The texts of the graph's articles that the load's sources cite, by id. Given (by the write API), a source
   * citing an article neither here nor in the load is an error; absent (a load of files), a warning.
   */
  articles?: ReadonlyMap<string, string>;
}

export interface LoadRecords {
  registry: readonly RegistryRecord[];
  articles: readonly ArticleRecord[];
  known?: KnownGraph;
}

const NOTHING_KNOWN: KnownGraph = { entities: new Map(), events: new Set() };

/** How many ids a namesake warning lists before it says how many more there are. */
const NAMESAKES_LISTED = 10;

const displayName = (entry: RegistryEntry): string | undefined => {
  const name = entry.name ?? entry.title;
  return typeof name === 'string' ? name : undefined;
};

const withArticle = (noun: string) => `${/^[AEIOU]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** The shared checks, with what they check against. */
class Checker {
  readonly issues: Issues;
  readonly registry = new Map<string, RegistryRecord>();
  readonly known: KnownGraph;
  /** Each article's text, normalized once (a source per entity, against a text per source, was quadratic). */
  readonly texts = new Map<string, string>();
  readonly events = new Set<string>();
  /** Each entity's source quotes found in their articles' texts, folded: what its names are checked against. */
  readonly foundQuotes = new Map<string, string[]>();

  constructor(issues: Issues, known: KnownGraph) {
    this.issues = issues;
    this.known = known;
    for (const event of known.events) this.events.add(event);
  }

  /** A quote or verbatim value must occur in the article's text (NFC, white space folded). */
  verbatim(code: IssueCode, input: string, path: string, value: string, haystack: string, what: string): void {
    const needle = normalizeWhitespaceNfc(value);
    if (!haystack.includes(needle))
      this.issues.error(code, input, path, `${what} not found in the article text: ${whereQuotePartsWays(needle, haystack)}`);
  }

  date(input: string, path: string, value: DateInput | undefined): void {
    if (value === undefined) return;
    const parsed = readDate(value);
    if (typeof parsed === 'string')
      this.issues.error(IssueCode.INVALID_DATE, input, typeof value === 'string' ? path : `${path}.value`, parsed);
  }

  labelOf(id: string): NodeLabel | undefined {
    return this.registry.get(id)?.label ?? this.known.entities.get(id)?.label ?? (this.events.has(id) ? 'Event' : labelOfId(id));
  }

  /** Checks a reference; an unknown one gets the ids it could have meant. */
  reference(input: string, path: string, id: string, labels: readonly NodeLabel[]): void {
    const label = this.labelOf(id);
    const wanted = labels.join(' or ');
    if (label !== undefined && !labels.includes(label)) {
      this.issues.error(
        IssueCode.WRONG_KIND_OF_REFERENCE,
        input,
        path,
        `"${id}" is ${withArticle(label)}, but this field must name ${withArticle(wanted)}`,
      );
      return;
    }
    const mergedInto = this.known.entities.get(id)?.mergedInto;
    if (mergedInto !== undefined) {
      this.issues.warn(
        IssueCode.MERGED_REFERENCE,
        input,
        path,
        `"${id}" was merged into "${mergedInto}" (an editor judged them the same): it is read as "${mergedInto}"`,
      );
      return;
    }
    if (this.registry.has(id) || this.known.entities.has(id) || this.events.has(id)) return;
    const candidates: Candidate[] = [
      ...[...this.registry.entries()]
        .filter(([, record]) => labels.includes(record.label))
        .map(([candidate, record]) => ({ id: candidate, name: displayName(record.entry) })),
      ...[...this.known.entities.entries()]
        .filter(([, entity]) => labels.includes(entity.label) && entity.mergedInto === undefined)
        .map(([candidate, entity]) => ({ id: candidate, name: entity.name })),
      ...(labels.includes('Event') ? [...this.events].map((candidate) => ({ id: candidate })) : []),
    ];
    const where = labels.every((candidate) => candidate === 'Event')
      ? 'declared by an event statement'
      : this.known.articles !== undefined
        ? 'in the graph or among the entities declared with it'
        : 'in the registry (seed/registry/)';
    this.issues.error(
      IssueCode.UNKNOWN_REFERENCE,
      input,
      path,
      `unknown ${wanted} "${id}": no such id ${where}${didYouMean(id, candidates)}`,
    );
  }
}

function collectRegistry(checker: Checker, records: readonly RegistryRecord[]): void {
  const { issues, registry, known } = checker;
  for (const record of records) {
    const { entry, input, path } = record;
    const earlier = registry.get(entry.id);
    if (earlier) {
      issues.error(
        IssueCode.DUPLICATE_ID,
        input,
        `${path}.id`,
        `duplicate id "${entry.id}": already declared at ${earlier.input} ${earlier.path}`,
      );
      continue;
    }
    registry.set(entry.id, record);
    const mergedInto = known.entities.get(entry.id)?.mergedInto;
    if (mergedInto !== undefined)
      issues.warn(
        IssueCode.MERGED_REFERENCE,
        input,
        `${path}.id`,
        `"${entry.id}" was merged into "${mergedInto}" (an editor judged them the same): statements naming it are read as "${mergedInto}"`,
      );
    else if (known.entities.has(entry.id) || known.events.has(entry.id))
      issues.error(
        IssueCode.ALREADY_IN_GRAPH,
        input,
        `${path}.id`,
        `"${entry.id}" is already in the graph: refer to it by its id, without declaring it again`,
      );
  }
}

/** The references an entry makes to other entities (its organization, parent…), by field and target. */
function entryReferences(record: RegistryRecord): { path: string; id: string; labels: readonly NodeLabel[] }[] {
  const references: { path: string; id: string; labels: readonly NodeLabel[] }[] = [];
  for (const relation of nodeSpec(record.label).relations) {
    const value = record.entry[relation.field];
    if (relation.direction !== 'OUT' || relation.wrapper || value === undefined) continue;
    const ids = Array.isArray(value) ? (value as string[]) : [value as string];
    ids.forEach((target, index) =>
      references.push({
        path: `${record.path}.${relation.field}${Array.isArray(value) ? `[${index}]` : ''}`,
        id: target,
        labels: relation.targets,
      }),
    );
  }
  return references;
}

function checkRegistryEntries(checker: Checker): void {
  const { issues, registry, known } = checker;
  for (const record of registry.values()) {
    const { label, entry, input, path } = record;
    for (const reference of entryReferences(record)) checker.reference(input, reference.path, reference.id, reference.labels);
    entry.distinctFrom?.forEach((other, index) => {
      if (!registry.has(other) && !known.entities.has(other))
        issues.error(
          IssueCode.UNKNOWN_REFERENCE,
          input,
          `${path}.distinctFrom[${index}]`,
          `unknown id "${other}"${didYouMean(
            other,
            [...registry.keys()].map((candidate) => ({ id: candidate })),
          )}`,
        );
    });
    const name = displayName(entry);
    for (const [field, value] of [
      [entry.name === undefined ? 'title' : 'name', name],
      ...((entry.aliases as string[] | undefined) ?? []).map((alias, index) => [`aliases[${index}]`, alias] as const),
    ] as const) {
      if (value === undefined) continue;
      const scripts = scriptsOf(value);
      if (scripts.length > 1)
        issues.error(
          IssueCode.MIXED_SCRIPTS,
          input,
          `${path}.${field}`,
          `"${value}" mixes letters of several scripts (${scripts.join(', ')}): a name that looks like another but is not the same text`,
        );
    }
    // The posts the grid of roles is about must be found by their role: a chairman's post without one is missed.
    if (label === 'Position' && entry.role === undefined && name !== undefined && /^chu tich (ubnd|uy ban nhan dan) /.test(foldText(name)))
      issues.warn(
        IssueCode.ROLE_MISSING,
        input,
        `${path}.role`,
        `"${name}" is a People's Committee chairman's post without its role (e.g. "role:chu-tich-ubnd-tinh")`,
      );
    if (label === 'Person' && name !== undefined) {
      for (const key of ['familyName', 'givenName']) {
        const part = entry[key];
        if (typeof part === 'string' && !` ${name} `.includes(` ${part} `))
          issues.error(IssueCode.NAME_PART_NOT_IN_NAME, input, `${path}.${key}`, `"${part}" is not a word of the name "${name}"`);
      }
    }
  }
}

/** Abbreviations of Vietnamese public bodies, either of which a name or a source may print for the other. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  ubnd: 'uy ban nhan dan',
  hdnd: 'hoi dong nhan dan',
  tp: 'thanh pho',
  mttq: 'mat tran to quoc',
  tw: 'trung uong',
  hcm: 'ho chi minh',
  dbqh: 'dai bieu quoc hoi',
  ldld: 'lien doan lao dong',
  ldldvn: 'lien doan lao dong viet nam',
  gtvt: 'giao thong van tai',
  tttt: 'thong tin truyen thong',
  vhttdl: 'van hoa the thao du lich',
  hdtdkt: 'hoi dong thi dua khen thuong',
  ubmttq: 'uy ban mat tran to quoc',
};
/**
 * The departments' abbreviations printed in parts ("Sở TN&MT", "Sở LĐ-TB&XH", "Sở VH,TT&DL"): folded, each part
 * separated from the next by "&", "-", "," or a space, and what the whole stands for.
 */
const PHRASE_ABBREVIATIONS: readonly [RegExp, string][] = (
  [
    [['kh', 'dt'], 'ke hoach dau tu'],
    [['nn', 'ptnt'], 'nong nghiep phat trien nong thon'],
    [['nn', 'va', 'ptnt'], 'nong nghiep phat trien nong thon'],
    [['tt', 'tt'], 'thong tin truyen thong'],
    [['vh', 'tt', 'dl'], 'van hoa the thao du lich'],
    [['vh', 'tt'], 'van hoa the thao'],
    [['tn', 'mt'], 'tai nguyen moi truong'],
    [['nn', 'mt'], 'nong nghiep moi truong'],
    [['gd', 'dt'], 'giao duc dao tao'],
    [['ld', 'tb', 'xh'], 'lao dong thuong binh xa hoi'],
    [['ldtb', 'xh'], 'lao dong thuong binh xa hoi'],
    [['kh', 'cn'], 'khoa hoc cong nghe'],
    [['qh', 'kt'], 'quy hoach kien truc'],
  ] as const
).map(([parts, expansion]) => [new RegExp(`(?<![\\p{L}\\p{N}])${parts.join('\\s*[&,\\-\\s]\\s*')}(?![\\p{L}\\p{N}])`, 'u'), expansion]);
/**
 * Words a composed name may add without a source printing them: "của" and "và" join its parts, and the kind of an
 * administrative unit (tỉnh, thành phố, huyện, quận, thị xã, xã) says what the place named after it is, not which.
 */
const CONNECTIVES = new Set(['cua', 'va', 'tinh', 'thanh', 'pho', 'huyen', 'quan', 'thi', 'xa']);
const wordsOf = (text: string) => foldText(text).match(/[\p{L}\p{N}]+/gu) ?? [];
/** The words of a text, with what its abbreviations stand for. */
const statedWordsOf = (text: string) => {
  const folded = foldText(text);
  return [
    ...wordsOf(folded).flatMap((word) => [word, ...(ABBREVIATIONS[word]?.split(' ') ?? [])]),
    ...PHRASE_ABBREVIATIONS.flatMap(([pattern, expansion]) => (pattern.test(folded) ? expansion.split(' ') : [])),
  ];
};

/**
 * The words of an organization's, position's, place's or award's name that neither its quotes nor the names of the
 * entities it belongs to state (folded): the name rule of checkNamesStated, which the extractor applies too before
 * it proposes an entity.
 */
export function unstatedNameWords(
  name: string,
  quotes: readonly string[],
  belongsTo: readonly string[],
  wordsStated: (text: string) => readonly string[] = statedWordsOf,
): string[] {
  const stated = new Set([...quotes, ...belongsTo].flatMap(wordsStated));
  const isStated = (word: string) =>
    CONNECTIVES.has(word) || stated.has(word) || (ABBREVIATIONS[word]?.split(' ').every((part) => stated.has(part)) ?? false);
  return wordsOf(name).filter((word) => !isStated(word));
}

/**
 * The names the graph gives an entity must be stated by its sources: a person's name and each alias as a whole,
 * in one quote (an invented name, or one spelled with a lookalike letter, is caught here); an organization's,
 * position's, place's or award's name word by word, from its quotes and the names of the entities it belongs to
 * (a post is named with its body and province, which articles state piece by piece). Only the quotes found in
 * their articles' texts count (the load's, or the graph's for the API); checkSources reports the others.
 */
function checkNamesStated(checker: Checker): void {
  const { issues, registry, known, foundQuotes } = checker;
  const nameOf = (id: string) => {
    const record = registry.get(id);
    return record ? displayName(record.entry) : known.entities.get(id)?.name;
  };
  // The words of each text once: the names of a province or a body are those of every post and unit in it.
  const wordsOfText = new Map<string, readonly string[]>();
  const wordsStated = (text: string) => {
    let words = wordsOfText.get(text);
    if (words === undefined) wordsOfText.set(text, (words = statedWordsOf(text)));
    return words;
  };
  for (const record of registry.values()) {
    const { label, entry, input, path } = record;
    // A load of some articles cannot read every source: the names are checked where all of them can be.
    if (entry.sources.some((source) => !checker.texts.has(source.article))) continue;
    const quotes = foundQuotes.get(entry.id) ?? [];
    if (quotes.length === 0) continue;
    const name = displayName(entry);
    if (name === undefined) continue;
    const field = entry.name === undefined ? 'title' : 'name';
    if (label === 'Person') {
      const names: [string, string][] = [
        [field, name],
        ...((entry.aliases as string[] | undefined) ?? []).map((alias, index): [string, string] => [`aliases[${index}]`, alias]),
      ];
      for (const [at, value] of names) {
        const folded = foldText(value);
        if (!quotes.some((quote) => quote.includes(folded)))
          issues.error(
            IssueCode.NAME_NOT_IN_SOURCES,
            input,
            `${path}.${at}`,
            `"${value}" is in none of its sources' quotes: a name must be stated by a source`,
          );
      }
      continue;
    }
    // A role is what many posts have in common, not what a source says of this one: its name states nothing here.
    const belongsTo = entryReferences(record)
      .filter((reference) => !reference.labels.includes('Role'))
      .flatMap((reference) => nameOf(reference.id) ?? []);
    const missing = unstatedNameWords(name, quotes, belongsTo, wordsStated);
    if (missing.length > 0)
      issues.error(
        IssueCode.NAME_NOT_IN_SOURCES,
        input,
        `${path}.${field}`,
        `"${name}": ${missing.map((word) => `"${word}"`).join(', ')} in none of its sources' quotes nor the names of what it belongs to: a name must be stated by a source`,
      );
  }
}

/**
 * Registry sources: each quote is checked against its article's text where the load or the graph has it. A
 * source citing an article neither holds is an error for the write API, which knows the graph; a load of some
 * files only gets one warning per article it leaves unchecked.
 */
function checkSources(checker: Checker, articleInputs: ReadonlyMap<string, string>): void {
  const { issues, registry, known, texts } = checker;
  const unchecked = new Map<string, { input: string; path: string; count: number }>();
  for (const { entry, input, path } of registry.values()) {
    entry.sources.forEach((source, index) => {
      const at = `${path}.sources[${index}]`;
      const text = texts.get(source.article);
      if (text !== undefined) {
        checker.verbatim(IssueCode.QUOTE_NOT_IN_TEXT, input, `${at}.quote`, source.quote, text, 'quote');
        if (text.includes(normalizeWhitespaceNfc(source.quote)))
          checker.foundQuotes.set(entry.id, [...(checker.foundQuotes.get(entry.id) ?? []), foldText(source.quote)]);
      } else if (issues.unreadArticles.has(source.article)) {
        // The article's own problems say why it could not be read; its quotes are checked once it can be.
      } else if (known.articles !== undefined) {
        issues.error(
          IssueCode.SOURCE_ARTICLE_UNKNOWN,
          input,
          `${at}.article`,
          `"${source.article}" is neither the submitted article nor one in the graph: a source must cite an article that states the entity`,
        );
      } else {
        const seen = unchecked.get(source.article);
        if (seen) seen.count += 1;
        else unchecked.set(source.article, { input, path: `${at}.article`, count: 1 });
      }
    });
  }
  for (const [articleId, { input, path, count }] of unchecked) {
    issues.warn(
      IssueCode.SOURCE_NOT_CHECKED,
      input,
      path,
      `${count} registry source(s) cite "${articleId}", which is not among the articles of this load: not checked${didYouMean(
        articleId,
        [...articleInputs.keys()].map((id) => ({ id })),
      )}`,
    );
  }
}

/**
 * Entities of one kind whose names look alike (the same once folded and confusable letters mapped) are a
 * warning: namesakes exist, so it is not an error. Grouped by that key, so that the check is linear: a thousand
 * people of one name are one warning, not half a million. A position or an organization is told apart by the
 * body it belongs to, so for them the name and that reference must both coincide. A person the load declares is
 * also compared with the people of the graph.
 */
function warnAboutNamesakes(checker: Checker): void {
  const { issues, registry, known } = checker;
  const groups = new Map<string, string[]>();
  for (const [id, { label, entry }] of registry) {
    const name = displayName(entry);
    if (name === undefined) continue;
    const body = entry.organization ?? entry.parent ?? entry.jurisdiction ?? '';
    const key = `${label}|${skeleton(name)}|${label === 'Person' ? '' : String(body)}`;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  for (const [id, entity] of known.entities) {
    if (entity.label !== 'Person' || entity.name === undefined || entity.mergedInto !== undefined) continue;
    groups.get(`Person|${skeleton(entity.name)}|`)?.push(id);
  }
  for (const ids of groups.values()) {
    if (ids.length < 2) continue;
    const declared = ids.filter((id) => registry.has(id));
    // Each declared entity must list the others it is told apart from; those it does not list are its namesakes.
    for (const id of declared) {
      const record = registry.get(id)!;
      const distinct = new Set(record.entry.distinctFrom ?? []);
      const others = ids.filter((other) => other !== id && !distinct.has(other) && !registry.get(other)?.entry.distinctFrom?.includes(id));
      // A pair of declared entities is reported once, at the later of the two.
      const reported = others.filter((other) => !registry.has(other) || declared.indexOf(other) < declared.indexOf(id));
      if (reported.length === 0) continue;
      const listed = reported.slice(0, NAMESAKES_LISTED).map((other) => (registry.has(other) ? `"${other}"` : `"${other}" in the graph`));
      const more = reported.length > NAMESAKES_LISTED ? ` and ${reported.length - NAMESAKES_LISTED} more` : '';
      issues.warn(
        IssueCode.NAMESAKE,
        record.input,
        `${record.path}.id`,
        `"${id}" has the same name once folded ("${displayName(record.entry)}") as ${listed.join(', ')}${more}; if they are different entities, list them in its "distinctFrom", otherwise refer to one`,
      );
    }
  }
}

/** Checks within one statement and against its article's text. */
function checkStatement(checker: Checker, input: string, path: string, statement: Statement, haystack: string | undefined): void {
  const { issues } = checker;
  if (haystack !== undefined) {
    statement.quotes.forEach((quote, index) =>
      checker.verbatim(IssueCode.QUOTE_NOT_IN_TEXT, input, `${path}.quotes[${index}]`, quote, haystack, 'quote'),
    );
    const verbatim: [string, string | undefined][] = [];
    if (statement.kind === 'name') verbatim.push(['name', statement.name]);
    if (statement.kind === 'presents') verbatim.push(['recipientDescription', statement.recipientDescription]);
    if (statement.kind === 'figure') verbatim.push(['valueText', statement.valueText]);
    if (statement.kind === 'reorganizes') verbatim.push(['decision', statement.decision]);
    if (statement.kind === 'holds')
      for (const side of ['start', 'end'] as const) {
        verbatim.push([`${side}.decision`, statement[side]?.decision], [`${side}.vote.text`, statement[side]?.vote?.text]);
      }
    for (const [key, value] of verbatim)
      if (value !== undefined) checker.verbatim(IssueCode.VALUE_NOT_IN_TEXT, input, `${path}.${key}`, value, haystack, `"${key}"`);
  }
  if (statement.rankReason !== undefined && statement.rank === undefined)
    issues.error(IssueCode.INCONSISTENT, input, `${path}.rankReason`, 'a rankReason needs a rank');
  const dates: [string, DateInput | undefined][] = [];
  if (statement.kind === 'event' || statement.kind === 'presents' || statement.kind === 'reorganizes') dates.push(['date', statement.date]);
  if (statement.kind === 'figure') dates.push(['asOf', statement.asOf]);
  if (statement.kind === 'holds')
    dates.push(['attestedOn', statement.attestedOn], ['start.date', statement.start?.date], ['end.date', statement.end?.date]);
  for (const [key, value] of dates) {
    checker.date(input, `${path}.${key}`, value);
    const parsed = value === undefined ? undefined : readDate(value);
    if (typeof parsed === 'object' && parsed.earliest === null && key !== 'end.date')
      issues.error(
        IssueCode.INVALID_DATE,
        input,
        `${path}.${key}`,
        `"${parsed.value}" has an open start: only an end may be "on or before" a day (a former title)`,
      );
  }
  if (statement.kind === 'holds') {
    if (statement.start !== undefined && statement.start.date === undefined && statement.start.cause === undefined)
      issues.error(
        IssueCode.INCONSISTENT,
        input,
        `${path}.start`,
        'a start needs its date or its cause (an end may give neither: "nguyên …", the term has ended)',
      );
    const start = readDate(statement.start?.date ?? '');
    const end = readDate(statement.end?.date ?? '');
    if (typeof start !== 'string' && typeof end !== 'string' && start.earliest !== null && end.latest < start.earliest)
      issues.error(IssueCode.INCONSISTENT, input, `${path}.end.date`, `${end.value} is before the start ${start.value}`);
    if (statement.term !== undefined) {
      const [from, to] = [Number(statement.term.slice(0, 4)), Number(statement.term.slice(5))];
      if (typeof readDate(String(from)) === 'string' || typeof readDate(String(to)) === 'string')
        issues.error(
          IssueCode.INVALID_DATE,
          input,
          `${path}.term`,
          `"${statement.term}" is outside the years the graph admits (1900–2100)`,
        );
      else if (from > to) issues.error(IssueCode.INCONSISTENT, input, `${path}.term`, `"${statement.term}" ends before it begins`);
    }
  }
  if (statement.kind === 'presents') {
    const { recipientCount: count, recipients } = statement;
    if (count !== undefined && recipients !== undefined && count < recipients.length)
      issues.error(
        IssueCode.INCONSISTENT,
        input,
        `${path}.recipientCount`,
        `${count} is less than the ${recipients.length} named recipients`,
      );
  }
}

/**
 * Validates a load and returns it typed and NFC-normalized, with its warnings. `issues` holds what reading the
 * inputs found already; a ValidationError with every error is thrown when there is any.
 */
export function validateRecords(records: LoadRecords, issues: Issues = new Issues()): LoadSet {
  const checker = new Checker(issues, records.known ?? NOTHING_KNOWN);
  collectRegistry(checker, records.registry);
  checkRegistryEntries(checker);

  const articleInputs = new Map<string, string>();
  for (const article of records.articles) {
    const other = articleInputs.get(article.meta.id);
    if (other)
      issues.error(IssueCode.DUPLICATE_ID, article.input, '$.article.id', `article "${article.meta.id}" is also declared in ${other}`);
    else articleInputs.set(article.meta.id, article.input);
    if (article.text !== undefined) checker.texts.set(article.meta.id, normalizeWhitespaceNfc(article.text));
    article.events.forEach((event) => checker.events.add(event));
  }
  for (const [id, text] of checker.known.articles ?? []) if (!checker.texts.has(id)) checker.texts.set(id, normalizeWhitespaceNfc(text));
  checkSources(checker, articleInputs);
  checkNamesStated(checker);
  warnAboutNamesakes(checker);

  for (const article of records.articles) {
    const haystack = article.text === undefined ? undefined : checker.texts.get(article.meta.id);
    for (const { statement, path } of article.statements) {
      checkStatement(checker, article.input, path, statement, haystack);
      for (const reference of referencesOf(statement))
        checker.reference(article.input, `${path}${reference.path}`, reference.id, reference.labels);
    }
  }

  issues.throwIfAny();
  return {
    registry: checker.registry,
    articles: records.articles.map((article) => ({
      input: article.input,
      meta: article.meta,
      text: article.text!,
      statements: article.statements.map(({ statement }) => statement),
    })),
    warnings: issues.warnings,
  };
}
