/**
 * Submissions for the write API's tests, in the seed format: an article whose text holds one sentence per person,
 * each person declared as a new registry entry, named, and holding the Bắc Giang post of the seed article (which
 * the tests' graph holds). Every quote is a sentence of the text, so each submission passes `seed --check`'s rules.
 */
export const SEEDED_POSITION = 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang';

export interface TestSubmission {
  article: string;
  text: string;
  entities: { collection: string; json: string }[];
  replace?: boolean;
}

export interface SubmissionOptions {
  /** People named in the article; each brings two statements (name, holds). */
  people?: number;
  /** Ids of the people, when the test needs them to be some already in the graph (then they are not declared). */
  personIds?: readonly string[];
  /** Their names as printed; by default "Người Thử <slug> <n>". */
  names?: readonly string[];
  published?: string;
}

const slugPart = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-');

export function testSubmission(slug: string, options: SubmissionOptions = {}): TestSubmission {
  const count = options.personIds?.length ?? options.names?.length ?? options.people ?? 1;
  const articleId = `article:${slugPart(slug)}`;
  const people = Array.from({ length: count }, (_unused, index) => {
    const name = options.names?.[index] ?? `Người Thử ${slug} ${index + 1}`;
    const id = options.personIds?.[index] ?? `person:${slugPart(slug)}-${index + 1}`;
    return { id, name, sentence: `Ông ${name} giữ chức Phó Chủ tịch Thường trực UBND tỉnh (câu ${index + 1}).` };
  });
  const text = [`Bài thử ${slug}.`, ...people.map((person) => person.sentence)].join('\n');
  const statements = people.flatMap((person, index) => [
    { id: `name-${index + 1}`, kind: 'name', entity: person.id, name: person.name, quotes: [person.sentence] },
    { id: `holds-${index + 1}`, kind: 'holds', person: person.id, position: SEEDED_POSITION, quotes: [person.sentence] },
  ]);
  const article = {
    formatVersion: 2,
    article: {
      id: articleId,
      title: `Bài thử ${slug}`,
      publisher: 'officials-graph tests',
      author: 'test',
      published: options.published ?? '2024-05-01',
      language: 'vi',
      url: null,
      textFile: `${slugPart(slug)}.txt`,
    },
    statements,
  };
  const declared = options.personIds ? [] : people;
  return {
    article: JSON.stringify(article),
    text,
    entities: declared.map((person) => ({
      collection: 'people',
      json: JSON.stringify({ id: person.id, name: person.name, sources: [{ article: articleId, quote: person.sentence }] }),
    })),
  };
}

export const SUBMIT_ARTICLE = `mutation Submit($input: ArticleSubmission!) {
  submitArticle(input: $input) { status statementsAdded statementsRemoved entitiesAdded factsDerived warnings auditId article { id title contentHash } }
}`;
