import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleFile, PersonRecord } from '../../seed/format.js';
import { DEFAULT_ARTICLES_DIR } from '../../seed/load.js';
import { expandPaths, readSources, readTextBeside } from '../../seed/sources.js';
import { isIsoDate, isIsoDateTimeWithOffset } from '../../src/text/isoDate.js';
import { SeedValidationError, validateLoadSet, type LoadSet, type SeedIssue, type SourceFile, type TextReader } from '../../seed/validate.js';

const SEED_JSON = join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.json');
const ARTICLE_TEXT = readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'));
const FIXTURES = join(import.meta.dirname, '../fixtures/seed');

/** A mutable copy of the seed file, to make one bad variant per case. */
type Draft = ArticleFile & Record<string, unknown>;
const seed = (): Draft => JSON.parse(readFileSync(SEED_JSON, 'utf8')) as Draft;
const encode = (value: unknown): Uint8Array => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
/** Every text file resolves to the seed article's text, unless a case says otherwise. */
const textReader = (text: Uint8Array = ARTICLE_TEXT): TextReader => () => text;

function issuesOf(sources: SourceFile[], reader: TextReader = textReader()): SeedIssue[] {
  try {
    validateLoadSet(sources, reader);
    return [];
  } catch (error) {
    if (error instanceof SeedValidationError) return [...error.issues];
    throw error;
  }
}

const one = (mutate: (draft: Draft) => void): SourceFile[] => {
  const draft = seed();
  mutate(draft);
  return [{ file: 'a.json', bytes: encode(draft) }];
};

/** A second article (its own id) that declares the given records, to test what is shared across files. */
const secondArticle = (records: Partial<ArticleFile>): SourceFile => ({
  file: 'b.json',
  bytes: encode({ formatVersion: 1, article: { ...seed().article, id: 'article:second' }, ...records }),
});

interface BadCase {
  name: string;
  sources: () => SourceFile[];
  reader?: TextReader;
  file: string;
  path: string;
  message: string;
}

const cases: BadCase[] = [
  {
    name: 'malformed JSON (fixture)',
    sources: () => readSources([join(FIXTURES, 'malformed.json')]),
    file: join(FIXTURES, 'malformed.json'),
    path: '$',
    message: 'malformed JSON',
  },
  { name: 'empty file (fixture)', sources: () => readSources([join(FIXTURES, 'empty.json')]), file: join(FIXTURES, 'empty.json'), path: '$', message: 'the file is empty' },
  { name: 'not UTF-8', sources: () => [{ file: 'a.json', bytes: Uint8Array.from([0x7b, 0xff, 0x7d]) }], file: 'a.json', path: '$', message: 'not valid UTF-8' },
  { name: 'not an object', sources: () => [{ file: 'a.json', bytes: encode('[1, 2]') }], file: 'a.json', path: '$', message: 'must be a JSON object, not an array' },
  { name: 'empty article text', sources: () => one(() => {}), reader: textReader(Buffer.from(' \n\u00a0\n')), file: 'a.json', path: '$.article.textFile', message: 'is empty' },
  { name: 'article text missing', sources: () => one(() => {}), reader: () => undefined, file: 'a.json', path: '$.article.textFile', message: 'was not found beside the JSON file' },
  {
    name: 'text file with a path',
    sources: () => one((d) => { d.article.textFile = '../../etc/passwd'; }),
    file: 'a.json',
    path: '$.article.textFile',
    message: 'must be a file name in the folder of the JSON file',
  },
  {
    name: 'unknown reference',
    sources: () => one((d) => { d.awardPresentations![0]!.presenter = 'person:nguyen-van-a'; }),
    file: 'a.json',
    path: '$.awardPresentations[0].presenter',
    message: 'unknown reference "person:nguyen-van-a": no person with this id is declared in the files being loaded',
  },
  {
    name: 'reference to the wrong kind',
    sources: () => one((d) => { d.awardPresentations![0]!.presenter = 'org:chinh-phu'; }),
    file: 'a.json',
    path: '$.awardPresentations[0].presenter',
    message: '"org:chinh-phu" is an organization, but this field must refer to a person',
  },
  {
    name: 'reference in a list to the wrong kind',
    sources: () => one((d) => { d.events![0]!.organizers = ['org:van-phong-ubnd-tinh-bac-giang', 'place:tinh-bac-giang']; }),
    file: 'a.json',
    path: '$.events[0].organizers[1]',
    message: '"place:tinh-bac-giang" is a place, but this field must refer to an organization',
  },
  {
    name: 'quote not in the text',
    sources: () => one((d) => { d.people![0]!.quotes[1] = 'Đồng chí Lại Thanh Sơn phát biểu tại Hà Nội.'; }),
    file: 'a.json',
    path: '$.people[0].quotes[1]',
    message: 'quote not found in the article text: "Đồng chí Lại Thanh Sơn phát biểu tại Hà Nội."',
  },
  {
    name: 'a completed digit is not verbatim',
    sources: () => one((d) => { d.figures![0]!.valueText = '16,5%'; }),
    file: 'a.json',
    path: '$.figures[0].valueText',
    message: '"16,5%" does not occur verbatim in the article text',
  },
  {
    name: 'no quotes',
    sources: () => one((d) => { d.awards![0]!.quotes = []; }),
    file: 'a.json',
    path: '$.awards[0].quotes',
    message: 'must hold at least one quote',
  },
  {
    name: 'invalid calendar date',
    sources: () => one((d) => { d.events![0]!.date = '2019-02-30'; }),
    file: 'a.json',
    path: '$.events[0].date',
    message: '"2019-02-30" is not a valid calendar date (expected YYYY-MM-DD)',
  },
  {
    name: 'date in another format',
    sources: () => one((d) => { d.tenures![0]!.attestedOn = '11-1-2019'; }),
    file: 'a.json',
    path: '$.tenures[0].attestedOn',
    message: 'not a valid calendar date',
  },
  {
    name: 'publication time without offset',
    sources: () => one((d) => { d.article.publishedAt = '2019-01-11T21:00:00'; }),
    file: 'a.json',
    path: '$.article.publishedAt',
    message: 'not a valid ISO 8601 date-time with a UTC offset',
  },
  {
    name: 'conflicting duplicate id across two files',
    sources: () => [
      { file: 'a.json', bytes: encode(seed()) },
      secondArticle({ organizations: [{ ...seed().organizations![0]!, nameEn: 'The Government' }] }),
    ],
    file: 'b.json',
    path: '$.organizations[0]',
    message: 'conflicting duplicate id "org:chinh-phu": declared differently in a.json at $.organizations[0] (differs in: nameEn)',
  },
  {
    name: 'duplicate id in one file',
    sources: () => one((d) => { d.people!.push({ ...d.people![0]! }); }),
    file: 'a.json',
    path: '$.people[1].id',
    message: 'duplicate id "person:lai-thanh-son": already declared at $.people[0]',
  },
  {
    name: 'one article in two files',
    sources: () => [{ file: 'a.json', bytes: encode(seed()) }, { file: 'b.json', bytes: encode({ formatVersion: 1, article: seed().article }) }],
    file: 'b.json',
    path: '$.article.id',
    message: 'article "article:bgdt-2019-01-11-van-phong-ubnd-tinh-tong-ket-2018" is also declared in a.json',
  },
  {
    name: 'missing required field',
    sources: () => one((d) => { delete (d.people![0] as Partial<PersonRecord>).familyName; }),
    file: 'a.json',
    path: '$.people[0].familyName',
    message: 'required field "familyName" is missing',
  },
  {
    name: 'missing article',
    sources: () => one((d) => { delete (d as Partial<Draft>).article; }),
    file: 'a.json',
    path: '$.article',
    message: 'required field "article" is missing',
  },
  {
    name: 'unknown field',
    sources: () => one((d) => { Object.assign(d.people![0]!, { birthYear: 1960 }); }),
    file: 'a.json',
    path: '$.people[0].birthYear',
    message: 'unknown field "birthYear"',
  },
  { name: 'unknown collection', sources: () => one((d) => { d.countries = []; }), file: 'a.json', path: '$.countries', message: 'unknown field "countries"' },
  { name: 'another format version', sources: () => one((d) => { Object.assign(d, { formatVersion: 2 }); }), file: 'a.json', path: '$.formatVersion', message: 'must be 1, not number 2' },
  {
    name: 'id of another kind',
    sources: () => one((d) => { d.people![0]!.id = 'org:lai-thanh-son'; }),
    file: 'a.json',
    path: '$.people[0].id',
    message: 'id "org:lai-thanh-son" must start with "person:"',
  },
  {
    name: 'id that is not a slug',
    sources: () => one((d) => { d.places![0]!.id = 'place:Bắc Giang'; }),
    file: 'a.json',
    path: '$.places[0].id',
    message: 'a slug of a-z, 0-9 and hyphens',
  },
  {
    name: 'value of the wrong type',
    sources: () => one((d) => { Object.assign(d.awardPresentations![0]!, { recipientCount: '2' }); }),
    file: 'a.json',
    path: '$.awardPresentations[0].recipientCount',
    message: 'must be a non-negative integer, not string "2"',
  },
  {
    name: 'negative recipient count',
    sources: () => one((d) => { d.awardPresentations![0]!.recipientCount = -1; }),
    file: 'a.json',
    path: '$.awardPresentations[0].recipientCount',
    message: 'must be a non-negative integer',
  },
  {
    name: 'recipient count below the named recipients',
    sources: () => one((d) => { Object.assign(d.awardPresentations![0]!, { recipients: ['person:lai-thanh-son'], recipientCount: 0 }); }),
    file: 'a.json',
    path: '$.awardPresentations[0].recipientCount',
    message: '0 is less than the 1 named recipients',
  },
  {
    name: 'value that is not a number',
    sources: () => one((d) => { Object.assign(d.figures![0]!, { value: '16' }); }),
    file: 'a.json',
    path: '$.figures[0].value',
    message: 'must be a number or null, not string "16"',
  },
  {
    name: 'value outside a list',
    sources: () => one((d) => { Object.assign(d.participations![0]!, { role: 'GUEST' }); }),
    file: 'a.json',
    path: '$.participations[0].role',
    message: '"GUEST" is not one of: ORGANIZER, CHAIR, ATTENDEE, SPEAKER, PRESENTER',
  },
  {
    name: 'family name not in the name',
    sources: () => one((d) => { d.people![0]!.familyName = 'Nguyễn'; }),
    file: 'a.json',
    path: '$.people[0].familyName',
    message: '"Nguyễn" is not a word of the name "Lại Thanh Sơn"',
  },
  {
    name: 'tenure ending before it starts',
    sources: () => one((d) => { Object.assign(d.tenures![0]!, { startDate: '2016-07-01', endDate: '2016-06-30', attestedOn: undefined }); }),
    file: 'a.json',
    path: '$.tenures[0].endDate',
    message: '2016-06-30 is before the startDate 2016-07-01',
  },
  {
    name: 'date without its precision',
    sources: () => one((d) => { delete d.events![0]!.datePrecision; }),
    file: 'a.json',
    path: '$.events[0].datePrecision',
    message: 'date and datePrecision go together',
  },
];

describe('validateLoadSet: bad input', () => {
  it.each(cases)('$name → $path', ({ sources, reader, file, path, message }) => {
    const issues = issuesOf(sources(), reader);
    expect(issues.length, JSON.stringify(issues, null, 2)).toBeGreaterThan(0);
    expect(issues).toContainEqual(expect.objectContaining({ file, path, message: expect.stringContaining(message) }));
  });

  it('reports every problem of every file at once, each with its file and path', () => {
    const issues = issuesOf([
      ...one((d) => {
        d.events![0]!.date = '2019-02-30';
        d.awardPresentations![0]!.presenter = 'person:nobody';
      }),
      { file: 'c.json', bytes: encode('') },
    ]);
    expect(issues).toEqual([
      { file: 'a.json', path: '$.events[0].date', message: expect.stringContaining('2019-02-30') },
      { file: 'a.json', path: '$.awardPresentations[0].presenter', message: expect.stringContaining('unknown reference') },
      { file: 'c.json', path: '$', message: 'the file is empty' },
    ]);
  });

  it('names the line and column of a JSON syntax error', () => {
    const [issue] = issuesOf(readSources([join(FIXTURES, 'malformed.json')]));
    expect(issue?.message).toMatch(/line 5/);
  });
});

describe('validateLoadSet: good input', () => {
  const valid = (sources: SourceFile[]): LoadSet => validateLoadSet(sources, textReader());

  it('accepts the seed article as it is on disk', () => {
    const loadSet = validateLoadSet(readSources(expandPaths([DEFAULT_ARTICLES_DIR])), readTextBeside);
    expect(loadSet.articles).toHaveLength(1);
    const [article] = loadSet.articles;
    expect(article?.data.article.author).toBe('Khôi Nguyên');
    expect(article?.text.startsWith('Văn phòng UBND tỉnh không ngừng đổi mới')).toBe(true);
    const presentation = loadSet.declarations.get('presentation:bang-khen-thu-tuong-chinh-phu--hoi-nghi-tong-ket-cong-tac-van-phong-2018-ubnd-tinh-bac-giang');
    expect(presentation?.record).toMatchObject({ recipients: [], recipientCount: 2, presenter: 'person:lai-thanh-son', onBehalfOf: 'position:thu-tuong-chinh-phu' });
    expect(loadSet.declarations.get('figure:toc-do-tang-truong-kinh-te-tinh-bac-giang-2018')?.record).toMatchObject({ valueText: '16,%', value: null });
  });

  it('accepts NFD input and returns it in NFC', () => {
    const nfd = JSON.stringify(seed()).normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const loadSet = validateLoadSet([{ file: 'a.json', bytes: encode(nfd) }], textReader(Buffer.from(ARTICLE_TEXT.toString('utf8').normalize('NFD'))));
    const person = loadSet.declarations.get('person:lai-thanh-son')?.record;
    expect(person).toMatchObject({ name: 'Lại Thanh Sơn', familyName: 'Lại' });
    expect(JSON.stringify(loadSet.articles[0]?.data)).toBe(JSON.stringify(seed()));
    expect(loadSet.articles[0]?.text).toBe(ARTICLE_TEXT.toString('utf8'));
  });

  it('finds quotes across non-breaking spaces and line breaks', () => {
    const loadSet = valid(one((d) => { d.people![0]!.quotes = ['Dự hội nghị có\n đồng chí  Lại Thanh Sơn']; }));
    expect(loadSet.declarations.get('person:lai-thanh-son')?.record.quotes).toEqual(['Dự hội nghị có\n đồng chí  Lại Thanh Sơn']);
  });

  it('lets two articles share an entity declared identically, each with its own quotes', () => {
    const person = { ...seed().people![0]!, quotes: ['Lại Thanh Sơn'] };
    const loadSet = valid([{ file: 'a.json', bytes: encode(seed()) }, secondArticle({ people: [person] })]);
    expect(loadSet.articles.map((article) => article.data.people?.[0]?.quotes)).toEqual([seed().people![0]!.quotes, ['Lại Thanh Sơn']]);
    expect(loadSet.declarations.get('person:lai-thanh-son')?.file).toBe('a.json');
  });

  it('resolves a reference to an entity that another file of the load declares', () => {
    const tenure = { ...seed().tenures![0]!, id: 'tenure:lai-thanh-son--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang--2019-02-01', attestedOn: '2019-02-01' };
    expect(() => valid([{ file: 'a.json', bytes: encode(seed()) }, secondArticle({ tenures: [tenure] })])).not.toThrow();
    expect(issuesOf([secondArticle({ tenures: [tenure] })])).toContainEqual(expect.objectContaining({ file: 'b.json', path: '$.tenures[0].person', message: expect.stringContaining('unknown reference') }));
  });
});

describe('expandPaths', () => {
  it('expands a folder to its data files and reads a file reached twice once', () => {
    expect(expandPaths([DEFAULT_ARTICLES_DIR, SEED_JSON])).toEqual([SEED_JSON]);
  });

  it('rejects paths that hold no data', () => {
    expect(() => expandPaths(['no/such/folder', join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), join(FIXTURES, 'shared', 'nothing')])).toThrow(SeedValidationError);
    try {
      expandPaths(['no/such/folder', join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt')]);
    } catch (error) {
      expect((error as SeedValidationError).issues).toEqual([
        { file: 'no/such/folder', path: '$', message: 'no such file or folder' },
        { file: join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), path: '$', message: 'not a data file: give a .json file or a folder of them' },
      ]);
    }
  });
});

describe('dates', () => {
  it.each([
    ['2019-01-11', true], ['2020-02-29', true], ['2019-02-29', false], ['2019-02-30', false], ['2019-13-01', false], ['2019-1-11', false], ['', false],
  ])('isIsoDate(%j) is %s', (text, expected) => expect(isIsoDate(text)).toBe(expected));

  it.each([
    ['2019-01-11T21:00:00+07:00', true], ['2019-01-11T14:00:00Z', true], ['2019-01-11T21:00+07:00', true], ['2019-01-11T21:00:00.123-03:30', true],
    ['2019-01-11T21:00:00', false], ['2019-01-11T24:00:00+07:00', false], ['2019-02-30T21:00:00+07:00', false], ['2019-01-11 21:00:00+07:00', false],
  ])('isIsoDateTimeWithOffset(%j) is %s', (text, expected) => expect(isIsoDateTimeWithOffset(text)).toBe(expected));
});
