/**
 * Reading (src/statements/read.ts) and validation (src/statements/validate.ts) of a load, and the file reading
 * around them (src/load/files.ts, prepareLoad):
 * the seed data validates as it is on disk, and each bad input is reported at its file and JSONPath with a
 * message that says what is wrong. The bad cases start from test/fixtures/seed/load/, a frozen copy of the first
 * migrated seed article (000_379587cad87146f9) and its registry, so that seed/ can grow without moving them;
 * they run in memory (the article's text injected), apart from the cases that exercise the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR, prepareLoad } from '../../src/load/loader.js';
import { expandPaths, readRegistryDir } from '../../src/load/files.js';
import { REGISTRY_COLLECTIONS } from '../../src/statements/format.js';
import { formatIssue, Issues, ValidationError, type Issue } from '../../src/statements/issues.js';
import { readArticle, readRegistryFile } from '../../src/statements/read.js';
import { validateRecords, type KnownGraph, type LoadSet } from '../../src/statements/validate.js';

/** A file of a load, as its bytes; and what finds an article's text beside it. */
interface SourceFile {
  file: string;
  bytes: Uint8Array;
}
type TextReader = (jsonFile: string, textFile: string) => Uint8Array | undefined;

/** Reads and validates files as the loader does (src/load/): the registry's, then the articles' with their texts. */
function validateLoadSet(
  input: { registry: readonly SourceFile[]; articles: readonly SourceFile[]; known?: KnownGraph },
  readText: TextReader,
): LoadSet {
  const issues = new Issues();
  const registry = input.registry.flatMap((source) => {
    const collection = source.file
      .split('/')
      .at(-1)!
      .replace(/\.json$/, '');
    const label = REGISTRY_COLLECTIONS[collection];
    if (label === undefined) {
      issues.error('NOT_A_REGISTRY_COLLECTION', source.file, '$', 'not a registry file');
      return [];
    }
    return readRegistryFile(issues, source.file, label, source.bytes);
  });
  const articles = input.articles.flatMap(
    (source) => readArticle(issues, source.file, source.bytes, (textFile) => readText(source.file, textFile)) ?? [],
  );
  return validateRecords({ registry, articles, known: input.known }, issues);
}

/** A problem as the cases state it: where and what (the code is checked by its own cases). */
interface SeedIssue {
  file: string;
  path: string;
  message: string;
}
const asSeedIssue = (issue: Issue): SeedIssue => ({ file: issue.input, path: issue.path, message: issue.message });

const FIXTURES = join(import.meta.dirname, '../fixtures/seed');
const FIXTURE_ARTICLES = join(FIXTURES, 'load/articles');
const FIXTURE_REGISTRY = join(FIXTURES, 'load/registry');
const SEED_JSON = join(FIXTURE_ARTICLES, '000_379587cad87146f9.json');
const SEED_TEXT = readFileSync(join(FIXTURE_ARTICLES, '000_379587cad87146f9.txt'), 'utf8');
const ARTICLE_ID = 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018';

/** A passage added to the seed text for the statements the seed article does not make (an election, a term). */
const ELECTION =
  'Ông Lại Thanh Sơn được bầu giữ chức Phó Chủ tịch Thường trực UBND tỉnh nhiệm kỳ 2016 - 2021 với 79/79 đại biểu có mặt tán thành, theo Quyết định số 1598/QĐ-TTg.';
const TEXT_WITH_ELECTION = `${SEED_TEXT}\n\n${ELECTION}\n`;

interface StatementDraft {
  id: string;
  kind: string;
  quotes: string[];
  [field: string]: unknown;
}
interface EntityDraft {
  id: string;
  sources: { article: string; quote: string }[];
  [field: string]: unknown;
}
interface ArticleDraft {
  formatVersion: number;
  article: Record<string, unknown>;
  statements: StatementDraft[];
}
interface Draft {
  registry: Record<string, { formatVersion: number; entities: EntityDraft[] }>;
  article: ArticleDraft;
}

const ARTICLE_FILE = 'articles/000_379587cad87146f9.json';
const registryFile = (collection: string) => `registry/${collection}.json`;
const PEOPLE = registryFile('people');

/** A mutable copy of the seed registry and article, to make one bad variant per case. */
const SEED_REGISTRY = Object.fromEntries(
  Object.keys(REGISTRY_COLLECTIONS).map((collection) => [
    collection,
    JSON.parse(readFileSync(join(FIXTURE_REGISTRY, `${collection}.json`), 'utf8')) as Draft['registry'][string],
  ]),
);
const SEED_ARTICLE = JSON.parse(readFileSync(SEED_JSON, 'utf8')) as ArticleDraft;
function draft(): Draft {
  return structuredClone({ registry: SEED_REGISTRY, article: SEED_ARTICLE });
}

/** Where the seed article's statements are, by id: the cases below change one of each kind. */
const SEED_STATEMENTS = SEED_ARTICLE.statements;
function indexOf(id: string): number {
  const index = SEED_STATEMENTS.findIndex((statement) => statement.id === id);
  if (index < 0) throw new Error(`the seed article has no statement "${id}"`);
  return index;
}
const NAME = indexOf('name-lai-thanh-son');
const HOLDS = indexOf('lai-thanh-son-pho-chu-tich-thuong-truc');
const EVENT = indexOf('conference');
const ORGANIZES = indexOf('conference-organizer');
const SPEAKER = indexOf('lai-thanh-son-speaker');
const BANG_KHEN = indexOf('bang-khen-thu-tuong-chinh-phu');
const GROWTH = indexOf('toc-do-tang-truong-kinh-te-tinh-bac-giang-2018');
const BUDGET = indexOf('tong-thu-ngan-sach-nha-nuoc-tinh-bac-giang-2018');
/** The statement a case adds (after the seed's). */
const ADDED_INDEX = SEED_STATEMENTS.length;
const at = (index: number) => `$.statements[${index}]`;
const ADDED = at(ADDED_INDEX);

const encode = (value: unknown): Uint8Array => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2));

function sourcesOf(value: Draft, articleBytes?: Uint8Array): { registry: SourceFile[]; articles: SourceFile[] } {
  return {
    registry: Object.entries(value.registry).map(([collection, content]) => ({ file: registryFile(collection), bytes: encode(content) })),
    articles: [{ file: ARTICLE_FILE, bytes: articleBytes ?? encode(value.article) }],
  };
}

const textReader =
  (text: string | Uint8Array = TEXT_WITH_ELECTION): TextReader =>
  () =>
    typeof text === 'string' ? Buffer.from(text) : text;

function validate(value: Draft, reader: TextReader = textReader()): LoadSet {
  return validateLoadSet(sourcesOf(value), reader);
}

/** The problems validation reports; [] when it passes. */
function issuesOf(value: Draft, reader: TextReader = textReader(), articleBytes?: Uint8Array): SeedIssue[] {
  try {
    validateLoadSet(sourcesOf(value, articleBytes), reader);
    return [];
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map(asSeedIssue);
    throw error;
  }
}

function mutated(mutate: (value: Draft) => void): Draft {
  const value = draft();
  mutate(value);
  return value;
}

/** A holds statement with a start and an end, quoted from the added election passage. */
const election = (extra: Partial<StatementDraft> = {}): StatementDraft => ({
  id: 'election',
  kind: 'holds',
  person: 'person:lai-thanh-son',
  position: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
  start: {
    date: '2016-07-03',
    cause: 'elected',
    decision: 'Quyết định số 1598/QĐ-TTg',
    vote: { text: '79/79 đại biểu có mặt tán thành', for: 79, present: 79 },
  },
  term: '2016/2021',
  quotes: ['được bầu giữ chức Phó Chủ tịch Thường trực UBND tỉnh nhiệm kỳ 2016 - 2021'],
  ...extra,
});

describe('the seed data', () => {
  it('seed/ validates as it is on disk: every article file and the registry, with no problem and no warning', () => {
    const { loadSet } = prepareLoad([DEFAULT_ARTICLES_DIR]);
    // Namesakes are told apart (distinctFrom) or are one entity: an editor decided each from the texts.
    expect(loadSet.warnings).toEqual([]);
    const files = readdirSync(DEFAULT_ARTICLES_DIR)
      .filter((name) => name.endsWith('.json'))
      .sort();
    expect(loadSet.articles.map((article) => basename(article.input))).toEqual(files);
    for (const article of loadSet.articles) expect(article.statements.length, article.input).toBeGreaterThan(0);
    expect(loadSet.articles[0]!.meta.id).toBe(ARTICLE_ID);
    expect(loadSet.registry.get('person:lai-thanh-son')).toMatchObject({
      label: 'Person',
      input: join(DEFAULT_REGISTRY_DIR, 'people.json'),
      entry: { name: 'Lại Thanh Sơn' },
    });
    expect(new Set([...loadSet.registry.values()].map((declaration) => declaration.label))).toEqual(
      new Set(['Person', 'Organization', 'Position', 'Place', 'Award', 'Role']),
    );
  });

  it('the frozen copy of the first seed article validates with its registry, with no problem and no warning', () => {
    const { loadSet } = prepareLoad([FIXTURE_ARTICLES], FIXTURE_REGISTRY);
    expect(loadSet.warnings).toEqual([]);
    expect(loadSet.articles.map((article) => [article.input, article.meta.id, article.statements.length])).toEqual([
      [SEED_JSON, ARTICLE_ID, SEED_STATEMENTS.length],
    ]);
    expect([...loadSet.registry.keys()].sort()).toEqual([
      'award:bang-khen-thu-tuong-chinh-phu',
      'award:khen-thuong-chu-tich-ubnd-tinh-bac-giang',
      'award:khen-thuong-dang-uy-van-phong-ubnd-tinh-bac-giang',
      'award:khen-thuong-van-phong-ubnd-tinh-bac-giang',
      'org:chinh-phu',
      'org:dang-uy-van-phong-ubnd-tinh-bac-giang',
      'org:ubnd-tinh-bac-giang',
      'org:van-phong-ubnd-tinh-bac-giang',
      'person:lai-thanh-son',
      'place:tinh-bac-giang',
      'position:chu-tich-ubnd-tinh-bac-giang',
      'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
      'position:thu-tuong-chinh-phu',
      'role:chu-tich-ubnd-tinh',
      'role:pho-chu-tich-thuong-truc-ubnd-tinh',
      'role:thu-tuong',
    ]);
    const person = loadSet.registry.get('person:lai-thanh-son')!;
    expect(person.label).toBe('Person');
    expect(person.path).toBe('$.entities[0]');
    expect(person.entry.name).toBe('Lại Thanh Sơn');
    expect(loadSet.registry.get('position:thu-tuong-chinh-phu')!.label).toBe('Position');
  });

  it('accepts a Wikidata QID on a registry entry, as the model declares it', () => {
    const loadSet = validate(
      mutated((d) => {
        d.registry.people!.entities[0]!.wikidataId = 'Q999999999999';
      }),
    );
    expect(loadSet.registry.get('person:lai-thanh-son')!.entry.wikidataId).toBe('Q999999999999');
  });

  it('returns the article text and its statements as typed values', () => {
    const {
      articles: [article],
    } = validate(draft(), textReader(SEED_TEXT));
    expect(article!.text).toBe(SEED_TEXT.normalize('NFC'));
    expect(article!.meta.published).toBe('2019-01-11T21:00:00+07:00');
    expect(article!.statements.map((statement) => statement.id)).toEqual(SEED_STATEMENTS.map((statement) => statement.id));
    expect(new Set(article!.statements.map((statement) => statement.kind))).toEqual(
      new Set(['name', 'holds', 'event', 'organizes', 'participates', 'presents', 'figure']),
    );
    expect(article!.statements[HOLDS]).toMatchObject({
      attestedOn: { value: '2019-01-11', inferred: expect.stringContaining('Chiều ngày 11-1') },
    });
  });

  it('accepts the added election statement (start, decision, vote, term) against the extended text', () => {
    const loadSet = validate(mutated((d) => d.article.statements.push(election())));
    expect(loadSet.articles[0]!.statements.at(-1)).toMatchObject({
      kind: 'holds',
      term: '2016/2021',
      start: { cause: 'elected', vote: { for: 79 } },
    });
  });

  it('accepts NFD input and returns it in NFC, and finds quotes across line breaks and non-breaking spaces', () => {
    const value = draft();
    const nfd = encode(JSON.stringify(value.article).normalize('NFD'));
    const spaced = TEXT_WITH_ELECTION.replace('Lại Thanh Sơn, Phó Chủ tịch', 'Lại Thanh\n Sơn,\u00a0Phó Chủ tịch').normalize('NFD');
    const loadSet = validateLoadSet(sourcesOf(value, nfd), textReader(spaced));
    expect(loadSet.articles[0]!.statements[NAME]).toMatchObject({ name: 'Lại Thanh Sơn'.normalize('NFC') });
    expect(loadSet.articles[0]!.statements[NAME]).not.toMatchObject({ name: 'Lại Thanh Sơn'.normalize('NFD') });
  });
});

describe('validateLoadSet: bad files', () => {
  it('malformed JSON: the line and column of the syntax error (fixture)', () => {
    const file = join(FIXTURES, 'malformed.json');
    let issues: SeedIssue[] = [];
    try {
      prepareLoad([file], FIXTURE_REGISTRY);
    } catch (error) {
      issues = (error as ValidationError).issues.map(asSeedIssue);
    }
    expect(issues).toHaveLength(1);
    expect(issues[0]!.file).toBe(file);
    expect(issues[0]!.path).toBe('$');
    // The trailing comma before `}` on line 5; Node 20 gives a position, later versions the line themselves.
    expect(issues[0]!.message).toMatch(/^malformed JSON: .*line 5,? column 3\)$/);
  });

  it('malformed JSON in a registry file is reported at that file', () => {
    const value = draft();
    const sources = sourcesOf(value);
    sources.registry[0] = {
      file: registryFile('people'),
      bytes: encode('{\n  "formatVersion": 2,\n  "entities": [\n    { "id": "person:x" \n  ]\n}'),
    };
    expect(() => validateLoadSet(sources, textReader())).toThrow(ValidationError);
    try {
      validateLoadSet(sources, textReader());
    } catch (error) {
      const [issue] = (error as ValidationError).issues.map(asSeedIssue);
      expect([issue!.file, issue!.path]).toEqual([PEOPLE, '$']);
      expect(issue!.message).toMatch(/^malformed JSON: .*line 5,? column 3\)$/);
    }
  });

  it('an empty file (fixture)', () => {
    const file = join(FIXTURES, 'empty.json');
    expect(() => prepareLoad([file], FIXTURE_REGISTRY)).toThrow(ValidationError);
    try {
      prepareLoad([file], FIXTURE_REGISTRY);
    } catch (error) {
      expect((error as ValidationError).issues.map(asSeedIssue)).toEqual([{ file, path: '$', message: 'the file is empty' }]);
    }
  });

  it('invalid UTF-8 in the data file and in the text file', () => {
    expect(issuesOf(draft(), textReader(), Uint8Array.from([0x7b, 0xff, 0x7d]))).toEqual([
      { file: ARTICLE_FILE, path: '$', message: 'the file is not valid UTF-8' },
    ]);
    const issues = issuesOf(draft(), textReader(Uint8Array.from([0x41, 0xc3, 0x28])));
    expect(issues).toEqual([
      { file: ARTICLE_FILE, path: '$.article.textFile', message: 'the article text "000_379587cad87146f9.txt" is not valid UTF-8' },
    ]);
  });

  it('a missing or empty article text', () => {
    expect(issuesOf(draft(), () => undefined)).toEqual([
      {
        file: ARTICLE_FILE,
        path: '$.article.textFile',
        message: 'the article text "000_379587cad87146f9.txt" was not found beside the JSON file',
      },
    ]);
    expect(issuesOf(draft(), textReader(' \n\u00a0\n'))).toEqual([
      { file: ARTICLE_FILE, path: '$.article.textFile', message: 'the article text "000_379587cad87146f9.txt" is empty' },
    ]);
  });
});

describe('validateLoadSet: shapes', () => {
  it.each<[string, (d: Draft) => void, SeedIssue[]]>([
    [
      'an unknown field in the article metadata',
      (d) => {
        d.article.article.publishedAt = '2019-01-11';
      },
      [{ file: ARTICLE_FILE, path: '$.article.publishedAt', message: 'unknown field "publishedAt"' }],
    ],
    [
      'an unknown field in a statement',
      (d) => {
        d.article.statements[SPEAKER]!.venue = 'Hà Nội';
      },
      [{ file: ARTICLE_FILE, path: `${at(SPEAKER)}.venue`, message: 'unknown field "venue"' }],
    ],
    [
      'a missing required field of a statement',
      (d) => {
        delete d.article.statements[HOLDS]!.position;
      },
      [{ file: ARTICLE_FILE, path: `${at(HOLDS)}.position`, message: 'required field "position" is missing' }],
    ],
    [
      'a missing required field of the metadata',
      (d) => {
        delete d.article.article.textFile;
      },
      [{ file: ARTICLE_FILE, path: '$.article.textFile', message: 'required field "textFile" is missing' }],
    ],
    [
      'a statement without a quote',
      (d) => {
        d.article.statements[NAME]!.quotes = [];
      },
      [{ file: ARTICLE_FILE, path: `${at(NAME)}.quotes`, message: 'needs at least one verbatim quote' }],
    ],
    [
      'a text file given with a path',
      (d) => {
        d.article.article.textFile = '../../etc/passwd';
      },
      [{ file: ARTICLE_FILE, path: '$.article.textFile', message: 'must be a file name in the folder of the data file, without a path' }],
    ],
    [
      'an id that is not a slug',
      (d) => {
        d.article.statements[HOLDS]!.person = 'person:Lai Thanh Son';
      },
      [
        {
          file: ARTICLE_FILE,
          path: `${at(HOLDS)}.person`,
          message: 'must be an id: a prefix, a colon and a slug of a-z, 0-9 and hyphens (e.g. "person:lai-thanh-son")',
        },
      ],
    ],
  ])('%s', (_name, mutate, expected) => {
    expect(issuesOf(mutated(mutate))).toEqual(expected);
  });

  /*
   * The first problem of a registry file is exact; the file's other entries are then not read, so references to
   * them are reported as unknown too (see the it.fails case at the end).
   */
  it.each<[string, (d: Draft) => void, SeedIssue[]]>([
    [
      'an unknown field in a registry entry',
      (d) => {
        d.registry.people!.entities[0]!.nickname = 'Sơn';
      },
      [{ file: PEOPLE, path: '$.entities[0].nickname', message: 'unknown field "nickname"' }],
    ],
    [
      "a missing required field of a registry entry (the schema's non-null name)",
      (d) => {
        delete d.registry.people!.entities[0]!.name;
      },
      [{ file: PEOPLE, path: '$.entities[0].name', message: 'required field "name" is missing' }],
    ],
    [
      'a registry entry without a source',
      (d) => {
        d.registry.places!.entities[0]!.sources = [];
      },
      [
        {
          file: registryFile('places'),
          path: '$.entities[0].sources',
          message: 'needs at least one source: an article and the quote that names it',
        },
      ],
    ],
    [
      'a vocabulary value that is not in the vocabulary',
      (d) => {
        d.registry.places!.entities[0]!.kind = 'provinc';
      },
      [
        {
          file: registryFile('places'),
          path: '$.entities[0].kind',
          message: 'Invalid option: expected one of "country"|"region"|"province"|"city"|"district"|"commune"|"village"',
        },
      ],
    ],
    [
      'a Wikidata id that is not a QID (the form schema.graphql declares with @externalId)',
      (d) => {
        d.registry.people!.entities[0]!.wikidataId = 'q42';
      },
      [{ file: PEOPLE, path: '$.entities[0].wikidataId', message: 'must be a wikidata identifier matching ^Q[1-9][0-9]*$' }],
    ],
  ])('%s', (_name, mutate, expected) => {
    const issues = issuesOf(mutated(mutate));
    expect(issues[0]).toEqual(expected[0]);
    expect(issues.filter((issue) => issue.file === expected[0]!.file)).toEqual(expected);
  });

  it('an inferred date without its reason is reported at the date', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.article.statements[BANG_KHEN]!.date = { value: '2019-01-11' };
      }),
    );
    expect(issues).toEqual([{ file: ARTICLE_FILE, path: `${at(BANG_KHEN)}.date`, message: expect.any(String) as unknown as string }]);
  });

  // zod's own message for a failed union ("Invalid input") would not say that the reason is what is missing.
  it('an inferred date without its reason says that "inferred" is missing', () => {
    const [issue] = issuesOf(
      mutated((d) => {
        d.article.statements[BANG_KHEN]!.date = { value: '2019-01-11' };
      }),
    );
    expect(issue!.message).toContain('inferred');
  });

  it('an inferred date with an empty reason is reported at the date', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.article.statements[HOLDS]!.attestedOn = { value: '2019-01-11', inferred: ' ' };
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues).toEqual([{ file: ARTICLE_FILE, path: `${at(HOLDS)}.attestedOn.inferred`, message: 'must not be empty' }]);
  });

  it('author or published null without a note', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.article.article.author = null;
        d.article.article.published = null;
        delete d.article.article.note;
      }),
    );
    expect(issues).toEqual([
      { file: ARTICLE_FILE, path: '$.article.author', message: 'is null: say in "note" why it is unknown' },
      { file: ARTICLE_FILE, path: '$.article.published', message: 'is null: say in "note" why it is unknown' },
    ]);
  });

  it('author null with a note is accepted', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.article.author = null;
        }),
      ),
    ).toEqual([]);
  });

  it.each(['2019-01-11T21:00:00', '2019-1', '0000-01-01', '9999', '2019-01-11/2019-01-12'])(
    'a published value %j that is not a date-time with offset, a day, a month or a year of 1900–2100',
    (published) => {
      expect(
        issuesOf(
          mutated((d) => {
            d.article.article.published = published;
          }),
        ),
      ).toEqual([
        {
          file: ARTICLE_FILE,
          path: '$.article.published',
          message: `"${published}" must be a date-time with its UTC offset (2019-01-11T21:00:00+07:00), a day (2019-01-11), a month (2019-01) or a year (2019), of years 1900–2100; use null when unknown`,
        },
      ]);
    },
  );

  it.each(['2019-01-11', '2019-01', '2019', '2019-01-11T21:00:00+07:00'])('a published value %j is accepted', (published) => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.article.published = published;
        }),
      ),
    ).toEqual([]);
  });

  it('a start needs its date or its cause; an end may give neither ("nguyên …": the term has ended)', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.start = {};
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(HOLDS)}.start`,
        message: 'a start needs its date or its cause (an end may give neither: "nguyên …", the term has ended)',
      },
    ]);
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.start = { date: '2014-05' };
          d.article.statements[HOLDS]!.end = {};
        }),
      ),
    ).toEqual([]);
  });

  it('an open start ("on or before") only in an end', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.end = { date: { value: '../2019-01-11', inferred: 'former on that day' } };
        }),
      ),
    ).toEqual([]);
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.attestedOn = '../2019-01-11';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(HOLDS)}.attestedOn`,
        message: '"../2019-01-11" has an open start: only an end may be "on or before" a day (a former title)',
      },
    ]);
  });

  it('a duplicate statement id', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.id = 'name-lai-thanh-son';
        }),
      ),
    ).toEqual([
      { file: ARTICLE_FILE, path: `${at(HOLDS)}.id`, message: `duplicate statement id "name-lai-thanh-son": already used at ${at(NAME)}` },
    ]);
  });
});

describe('validateLoadSet: the registry', () => {
  const person = (id: string, name: string, extra: Partial<EntityDraft> = {}): EntityDraft => ({
    id,
    name,
    aliases: [],
    sources: [{ article: ARTICLE_ID, quote: 'Đồng chí Lại Thanh Sơn phát biểu tại hội nghị.' }],
    ...extra,
  });

  it("an id whose prefix is not its collection's", () => {
    expect(issuesOf(mutated((d) => d.registry.people!.entities.push(person('org:lai-thanh-son-2', 'Lại Sơn'))))).toEqual([
      {
        file: PEOPLE,
        path: '$.entities[1].id',
        message:
          'must be a Person id: "person:" and a slug of a-z, 0-9 and single hyphens ("--" joins the parts of the ids the loader composes)',
      },
    ]);
  });

  it('a duplicate id', () => {
    expect(issuesOf(mutated((d) => d.registry.people!.entities.push(person('person:lai-thanh-son', 'Lại Thanh Sơn'))))).toEqual([
      {
        file: PEOPLE,
        path: '$.entities[1].id',
        message: 'duplicate id "person:lai-thanh-son": already declared at registry/people.json $.entities[0]',
      },
    ]);
  });

  it('a reference of a registry entry to an unknown id, with the nearest ids', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.registry.positions!.entities[0]!.organization = 'org:ubnd-tinh-bac-giag';
        }),
      ),
    ).toEqual([
      {
        file: registryFile('positions'),
        path: '$.entities[0].organization',
        message:
          'unknown Organization "org:ubnd-tinh-bac-giag": no such id in the registry (seed/registry/); did you mean "org:ubnd-tinh-bac-giang" (UBND tỉnh Bắc Giang)?',
      },
    ]);
  });

  it("a registry source quote that is not in its article's text", () => {
    const issues = issuesOf(
      mutated((d) => {
        d.registry.places!.entities[0]!.sources[0]!.quote = 'UBND tỉnh Bắc Ninh';
      }),
    );
    expect(issues).toEqual([
      {
        file: registryFile('places'),
        path: '$.entities[0].sources[0].quote',
        message:
          'quote not found in the article text: the text has "UBND tỉnh Bắc ", then "Giang, Văn phòng UBND tỉnh Bắc…" where the quote has "Ninh"',
      },
    ]);
  });

  it("a post's title is not stated by the name of its role, which many posts share", () => {
    const issues = issuesOf(
      mutated((d) => {
        const chairman = d.registry.positions!.entities[1]!;
        expect(chairman.role).toBe('role:chu-tich-ubnd-tinh');
        chairman.sources = [{ article: chairman.sources[0]!.article, quote: 'tham mưu cho UBND tỉnh' }];
      }),
    );
    expect(issues).toEqual([
      {
        file: registryFile('positions'),
        path: '$.entities[1].title',
        message:
          '"Chủ tịch UBND tỉnh": "chu", "tich" in none of its sources\' quotes nor the names of what it belongs to: a name must be stated by a source',
      },
    ]);
  });

  it('a registry source in an article outside the load is a warning, with the nearest article id', () => {
    const loadSet = validate(
      mutated((d) => {
        d.registry.places!.entities[0]!.sources[0]!.article = 'article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2019';
      }),
    );
    expect(loadSet.warnings).toHaveLength(1);
    expect(loadSet.warnings[0]).toMatchObject({
      code: 'SOURCE_NOT_CHECKED',
      input: registryFile('places'),
      path: '$.entities[0].sources[0].article',
    });
    expect(loadSet.warnings[0]!.message).toContain('"article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2019"');
    expect(loadSet.warnings[0]!.message).toContain('not among the articles of this load');
    expect(loadSet.warnings[0]!.message).toMatch(new RegExp(`; did you mean "${ARTICLE_ID}"\\?$`));
  });

  it('a family name that is not a word of the name', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.registry.people!.entities[0]!.familyName = 'Lê';
        }),
      ),
    ).toEqual([{ file: PEOPLE, path: '$.entities[0].familyName', message: '"Lê" is not a word of the name "Lại Thanh Sơn"' }]);
  });

  it('namesakes (names that fold alike) are a warning, not an error', () => {
    const loadSet = validate(mutated((d) => d.registry.people!.entities.push(person('person:lai-thanh-son-2', 'Lai Thanh Son'))));
    expect(loadSet.warnings).toEqual([
      {
        code: 'NAMESAKE',
        input: PEOPLE,
        path: '$.entities[1].id',
        message:
          '"person:lai-thanh-son-2" has the same name once folded ("Lai Thanh Son") as "person:lai-thanh-son"; if they are different entities, list them in its "distinctFrom", otherwise refer to one',
      },
    ]);
    expect(loadSet.registry.has('person:lai-thanh-son-2')).toBe(true);
  });

  it('namesakes marked distinctFrom (on either side) give no warning', () => {
    const marked = validate(
      mutated((d) =>
        d.registry.people!.entities.push(person('person:lai-thanh-son-2', 'LẠI THANH SƠN', { distinctFrom: ['person:lai-thanh-son'] })),
      ),
    );
    expect(marked.warnings).toEqual([]);
    const markedOnTheOther = validate(
      mutated((d) => {
        d.registry.people!.entities[0]!.distinctFrom = ['person:lai-thanh-son-2'];
        d.registry.people!.entities.push(person('person:lai-thanh-son-2', 'Lại Thanh Sơn'));
      }),
    );
    expect(markedOnTheOther.warnings).toEqual([]);
  });

  it('people of different names, or entities of different kinds with one name, are not namesakes', () => {
    const loadSet = validate(
      mutated((d) => {
        d.registry.people!.entities.push(
          person('person:lai-van-son', 'Lại Văn Sơn', { sources: [{ article: ARTICLE_ID, quote: 'Lại Văn Sơn dự hội nghị' }] }),
        );
        d.registry.places!.entities.push({
          id: 'place:lai-thanh-son',
          name: 'Lại Thanh Sơn',
          sources: [{ article: ARTICLE_ID, quote: 'đồng chí Lại Thanh Sơn' }],
        });
      }),
      textReader(`${TEXT_WITH_ELECTION}\nÔng Lại Văn Sơn dự hội nghị.\n`),
    );
    expect(loadSet.warnings).toEqual([]);
  });

  it('distinctFrom naming an unknown id', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.registry.people!.entities[0]!.distinctFrom = ['person:lai-thanh-sonn'];
        }),
      ),
    ).toEqual([
      {
        file: PEOPLE,
        path: '$.entities[0].distinctFrom[0]',
        message: 'unknown id "person:lai-thanh-sonn"; did you mean "person:lai-thanh-son"?',
      },
    ]);
  });
});

describe('validateLoadSet: references of statements', () => {
  it('an unknown reference names the nearest id ("did you mean")', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.person = 'person:lai-thanh-sno';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(HOLDS)}.person`,
        message:
          'unknown Person "person:lai-thanh-sno": no such id in the registry (seed/registry/); did you mean "person:lai-thanh-son" (Lại Thanh Sơn)?',
      },
    ]);
  });

  it('an unknown reference found by the folded name rather than the id', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[GROWTH]!.about = 'place:bac-giang';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(GROWTH)}.about`,
        message:
          'unknown Place "place:bac-giang": no such id in the registry (seed/registry/); did you mean "place:tinh-bac-giang" (Bắc Giang)?',
      },
    ]);
  });

  it('an unknown reference with nothing near says so without a suggestion', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.person = 'person:nguyen-phu-trong';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(HOLDS)}.person`,
        message: 'unknown Person "person:nguyen-phu-trong": no such id in the registry (seed/registry/)',
      },
    ]);
  });

  it('an unknown event names the events the statements declare', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[ORGANIZES]!.event = 'event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giag';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(ORGANIZES)}.event`,
        message:
          'unknown Event "event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giag": no such id declared by an event statement; did you mean "event:hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang"?',
      },
    ]);
  });

  it('an event known outside the load (already in the graph) may be referred to', () => {
    const value = mutated((d) => {
      d.article.statements[ORGANIZES]!.event = 'event:earlier';
    });
    expect(() =>
      validateLoadSet({ ...sourcesOf(value), known: { entities: new Map(), events: new Set(['event:earlier']) } }, textReader()),
    ).not.toThrow();
  });

  it('a reference to the wrong kind', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[HOLDS]!.position = 'org:ubnd-tinh-bac-giang';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(HOLDS)}.position`,
        message: '"org:ubnd-tinh-bac-giang" is an Organization, but this field must name a Position',
      },
    ]);
  });

  it('a reference to the wrong kind where several are allowed (an Agent)', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[BANG_KHEN]!.onBehalfOf = 'place:tinh-bac-giang';
        }),
      ),
    ).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(BANG_KHEN)}.onBehalfOf`,
        message: '"place:tinh-bac-giang" is a Place, but this field must name a Person or Organization or Position',
      },
    ]);
  });

  it('references inside bounds and lists are reported at their own path', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.article.statements.push(
          election({
            start: { date: '2016-07-03', cause: 'elected', decidedBy: 'person:lai-thanh-son', approvedBy: 'position:thu-tuong-chinh-phux' },
          }),
        );
        d.article.statements[BANG_KHEN]!.recipients = ['org:chinh-phu', 'person:lai-thanh-sn'];
      }),
    );
    expect(issues.map((issue) => issue.path)).toEqual([
      `${at(BANG_KHEN)}.recipients[1]`,
      `${ADDED}.start.decidedBy`,
      `${ADDED}.start.approvedBy`,
    ]);
    expect(issues[1]!.message).toBe('"person:lai-thanh-son" is a Person, but this field must name an Organization or Event');
    expect(issues[2]!.message).toContain('did you mean "position:thu-tuong-chinh-phu" (Thủ tướng Chính phủ)?');
  });
});

describe('validateLoadSet: quotes and verbatim values', () => {
  it('a quote not in the text shows where quote and text part ways', () => {
    const issues = issuesOf(
      mutated((d) => d.article.statements.push(election({ quotes: ['Phó Chủ tịch Thường trực UBND tỉnh nhiệm kỳ 2016-2021'] }))),
    );
    expect(issues).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${ADDED}.quotes[0]`,
        message:
          'quote not found in the article text: the text has "…tịch Thường trực UBND tỉnh nhiệm kỳ 2016", then " - 2021 với 79/79 đại biểu có …" where the quote has "-2021"',
      },
    ]);
  });

  it('a quote whose first character is not in the text', () => {
    const issues = issuesOf(
      mutated((d) => {
        d.article.statements[NAME]!.quotes = ['€ 100'];
      }),
    );
    expect(issues).toEqual([
      {
        file: ARTICLE_FILE,
        path: `${at(NAME)}.quotes[0]`,
        message: 'quote not found in the article text: not even its first character is in the text',
      },
    ]);
  });

  it.each<[string, (d: Draft) => void, string, string]>([
    [
      'recipientDescription',
      (d) => {
        d.article.statements[BANG_KHEN]!.recipientDescription = 'hai cá nhân xuất sắc';
      },
      `${at(BANG_KHEN)}.recipientDescription`,
      '"recipientDescription" not found in the article text: the text has "hai cá nhân ", then "có thành tích xuất sắc. Tại hộ…" where the quote has "xuất sắc"',
    ],
    [
      'the name of a name statement',
      (d) => {
        d.article.statements[NAME]!.name = 'Lại Thanh Son';
      },
      `${at(NAME)}.name`,
      '"name" not found in the article text: the text has "Lại Thanh S", then "ơn, Phó Chủ tịch Thường trực U…" where the quote has "on"',
    ],
    [
      'valueText',
      (d) => {
        d.article.statements[GROWTH]!.valueText = '16,5%';
      },
      `${at(GROWTH)}.valueText`,
      '"valueText" not found in the article text: the text has "16,", then "%, đứng thứ 3 cả nước; tổng th…" where the quote has "5%"',
    ],
    [
      'the vote text',
      (d) =>
        d.article.statements.push(
          election({ start: { date: '2016-07-03', cause: 'elected', vote: { text: '79/79 đại biểu tán thành' } } }),
        ),
      `${ADDED}.start.vote.text`,
      '"start.vote.text" not found in the article text: the text has "79/79 đại biểu ", then "có mặt tán thành, theo Quyết đ…" where the quote has "tán thành"',
    ],
    [
      'the decision',
      (d) => d.article.statements.push(election({ start: { date: '2016-07-03', cause: 'elected', decision: 'Quyết định 1598/QĐ-TTg' } })),
      `${ADDED}.start.decision`,
      '"start.decision" not found in the article text: the text has "Quyết định ", then "số 1598/QĐ-TTg." where the quote has "1598/QĐ-TTg"',
    ],
    [
      'the decision of an end',
      (d) => d.article.statements.push(election({ end: { date: '2019-10-31', cause: 'dismissed', decision: 'Nghị quyết số 12' } })),
      `${ADDED}.end.decision`,
      expect.stringMatching(/^"end\.decision" not found in the article text: /) as unknown as string,
    ],
  ])('a verbatim value not in the text: %s', (_name, mutate, path, message) => {
    expect(issuesOf(mutated(mutate))).toEqual([{ file: ARTICLE_FILE, path, message }]);
  });
});

describe('validateLoadSet: dates and numbers', () => {
  it.each<[string, (d: Draft) => void, string, string]>([
    [
      'a day that does not exist (inferred)',
      (d) => {
        d.article.statements[HOLDS]!.attestedOn = { value: '2019-02-30', inferred: 'the year of the publication' };
      },
      `${at(HOLDS)}.attestedOn.value`,
      '"2019-02-30" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of years 1900–2100)',
    ],
    [
      'a month that does not exist',
      (d) => {
        d.article.statements[EVENT]!.date = '2019-13';
      },
      `${at(EVENT)}.date`,
      '"2019-13" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of years 1900–2100)',
    ],
    [
      "a figure's asOf",
      (d) => {
        d.article.statements[BUDGET]!.asOf = '24-12-2018';
      },
      `${at(BUDGET)}.asOf`,
      'must be a calendar day, YYYY-MM-DD, of years 1900–2100',
    ],
    [
      "a figure's asOf to the year only (Figure keeps no precision for it)",
      (d) => {
        d.article.statements[BUDGET]!.asOf = '2018';
      },
      `${at(BUDGET)}.asOf`,
      'must be a calendar day, YYYY-MM-DD, of years 1900–2100',
    ],
    [
      'a span that ends before it begins',
      (d) => {
        d.article.statements[EVENT]!.date = '2019-01-12/2019-01-11';
      },
      `${at(EVENT)}.date`,
      '"2019-01-12/2019-01-11": the span ends before it begins',
    ],
    [
      'a start date of a holds',
      (d) => d.article.statements.push(election({ start: { date: '2016-02-30', cause: 'elected' } })),
      `${ADDED}.start.date`,
      '"2016-02-30" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of years 1900–2100)',
    ],
    [
      'an end before the start in a holds',
      (d) =>
        d.article.statements.push(
          election({ start: { date: '2019-10-31', cause: 'elected' }, end: { date: '2016-07-03', cause: 'dismissed' } }),
        ),
      `${ADDED}.end.date`,
      '2016-07-03 is before the start 2019-10-31',
    ],
    [
      'a term that ends before it begins',
      (d) => d.article.statements.push(election({ term: '2021/2016' })),
      `${ADDED}.term`,
      '"2021/2016" ends before it begins',
    ],
    [
      'a term that is not an interval of years',
      (d) => d.article.statements.push(election({ term: '2016-2021' })),
      `${ADDED}.term`,
      'must be an interval of years, e.g. "2016/2021"',
    ],
    [
      'recipientCount below the named recipients',
      (d) => {
        d.article.statements[BANG_KHEN]!.recipients = ['person:lai-thanh-son', 'org:chinh-phu', 'position:thu-tuong-chinh-phu'];
      },
      `${at(BANG_KHEN)}.recipientCount`,
      '2 is less than the 3 named recipients',
    ],
    [
      'a rankReason without a rank',
      (d) => {
        d.article.statements[HOLDS]!.rankReason = 'the later article corrects it';
      },
      `${at(HOLDS)}.rankReason`,
      'a rankReason needs a rank',
    ],
  ])('%s', (_name, mutate, path, message) => {
    expect(issuesOf(mutated(mutate))).toEqual([{ file: ARTICLE_FILE, path, message }]);
  });

  it("an end within the start's year is not before it (the start is known to the year only)", () => {
    expect(
      issuesOf(
        mutated((d) =>
          d.article.statements.push(
            election({ start: { date: '2016', cause: 'elected' }, end: { date: '2016-03-01', cause: 'dismissed' } }),
          ),
        ),
      ),
    ).toEqual([]);
  });

  it('recipientCount equal to the named recipients is accepted', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[BANG_KHEN]!.recipients = ['person:lai-thanh-son', 'org:chinh-phu'];
        }),
      ),
    ).toEqual([]);
  });
});

describe('validateLoadSet: reporting', () => {
  it('reports every problem of every file at once, as FILE: $.path: message', () => {
    const value = mutated((d) => {
      d.registry.people!.entities[0]!.familyName = 'Lê';
      d.article.statements[HOLDS]!.person = 'person:lai-thanh-sno';
      d.article.statements[EVENT]!.date = '2019-13';
    });
    let error: ValidationError | undefined;
    try {
      validate(value);
    } catch (caught) {
      error = caught as ValidationError;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const lines = [
      'registry/people.json: $.entities[0].familyName: "Lê" is not a word of the name "Lại Thanh Sơn"',
      `${ARTICLE_FILE}: ${at(HOLDS)}.person: unknown Person "person:lai-thanh-sno": no such id in the registry (seed/registry/); did you mean "person:lai-thanh-son" (Lại Thanh Sơn)?`,
      `${ARTICLE_FILE}: ${at(EVENT)}.date: "2019-13" is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, a span FROM/TO or ../TO (calendar dates of years 1900–2100)`,
    ];
    expect(error!.issues.map(formatIssue)).toEqual(lines);
    expect(error!.message).toBe(`The input is not valid (3 problems):\n${lines.join('\n')}`);
  });

  it('the same article declared by two files', () => {
    const value = draft();
    const sources = sourcesOf(value);
    sources.articles.push({ file: 'articles/copy.json', bytes: encode(value.article) });
    try {
      validateLoadSet(sources, textReader());
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map(asSeedIssue)).toEqual([
        { file: 'articles/copy.json', path: '$.article.id', message: `article "${ARTICLE_ID}" is also declared in ${ARTICLE_FILE}` },
      ]);
    }
  });
});

describe('src/load/files.ts', () => {
  it('expands a folder to its data files and reads a file reached twice once', () => {
    expect(expandPaths([FIXTURE_ARTICLES, SEED_JSON])).toEqual([SEED_JSON]);
  });

  it('rejects paths that hold no data, each at its path', () => {
    const missing = join(FIXTURES, 'nothing-here.json');
    const text = join(FIXTURE_ARTICLES, '000_379587cad87146f9.txt');
    const emptyFolder = join(FIXTURES, 'load');
    try {
      expandPaths([missing, text, emptyFolder]);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues.map(asSeedIssue)).toEqual([
        { file: missing, path: '$', message: 'no such file or folder' },
        { file: text, path: '$', message: 'not a data file: give a .json file or a folder of them' },
        { file: emptyFolder, path: '$', message: 'the folder holds no .json data files' },
      ]);
    }
  });

  it("reads the registry's collections, and refuses a registry folder that does not exist", () => {
    const issues = new Issues();
    expect(new Set(readRegistryDir(issues).map((record) => record.input.split('/').at(-1)))).toEqual(
      new Set(['people.json', 'organizations.json', 'positions.json', 'places.json', 'awards.json', 'roles.json']),
    );
    expect(issues.errors).toEqual([]);
    const missing = join(FIXTURES, 'no-registry');
    const refused = new Issues();
    expect(readRegistryDir(refused, missing)).toEqual([]);
    expect(refused.errors.map(formatIssue)).toEqual([`${missing}: $: the registry folder does not exist`]);
  });
});

/*
 * A shape problem in one registry entry or one statement must not drop what the rest of it declares: every
 * reference to it would then be reported as unknown too, the one real problem coming with false ones.
 */
describe('validateLoadSet: one problem is reported once', () => {
  it('an unknown field in one registry entry does not make its id unknown elsewhere', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.registry.people!.entities[0]!.nickname = 'Sơn';
        }),
      ),
    ).toEqual([{ file: PEOPLE, path: '$.entities[0].nickname', message: 'unknown field "nickname"' }]);
  });

  it('an unknown field in an event statement does not make its event unknown elsewhere', () => {
    expect(
      issuesOf(
        mutated((d) => {
          d.article.statements[EVENT]!.venue = 'Hà Nội';
        }),
      ),
    ).toEqual([{ file: ARTICLE_FILE, path: `${at(EVENT)}.venue`, message: 'unknown field "venue"' }]);
  });
});
