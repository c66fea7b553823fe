/**
 * The write API's pure parts: a submission read by the seed loader's validator (problems named by input and path),
 * what a merge changes in a statement and how undoing puts it back, the sliding window of writes, and the roles
 * the schema declares (every mutation has one).
 */
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { bounded } from '../../src/auth/authenticate.js';
import { createRateLimiter } from '../../src/auth/rateLimit.js';
import { InvalidSubmissionError } from '../../src/errors.js';
import { SCHEMA_SDL } from '../../src/model/index.js';
import { requiredRole } from '../../src/plugins/authorization.js';
import type { Statement } from '../../src/statements/format.js';
import type { KnownGraph } from '../../src/statements/validate.js';
import { restoreReferences, statementContent, substituteReferences } from '../../src/write/merge.js';
import { asProblem, peekArticle, referencesIn, submissionHash, validateSubmission } from '../../src/write/submission.js';
import { SEEDED_POSITION, testSubmission } from '../support/submissions.js';

const known: KnownGraph = {
  entities: new Map([
    [SEEDED_POSITION, { label: 'Position', name: 'Phó Chủ tịch Thường trực UBND tỉnh' }],
    ['person:lai-thanh-son', { label: 'Person', name: 'Lại Thanh Sơn' }],
  ]),
  events: new Set(),
};

function problemsOf(work: () => unknown) {
  try {
    work();
  } catch (error) {
    if (error instanceof InvalidSubmissionError) return error.problems;
    throw error;
  }
  throw new Error('no problem was found');
}

describe('a submission, checked by the seed loader’s rules', () => {
  it('validates against the graph: entities it names by id, entities it declares', () => {
    const loadSet = validateSubmission(testSubmission('unit', { people: 2 }), known);
    expect(loadSet.articles[0]!.statements).toHaveLength(4);
    expect([...loadSet.registry.keys()]).toEqual(['person:unit-1', 'person:unit-2']);
    expect(loadSet.warnings).toEqual([]);
  });

  it('names each problem by its input and its path there, with the nearest id', () => {
    const submission = testSubmission('unit', { people: 1 });
    const article = JSON.parse(submission.article);
    article.statements[1].position = `${SEEDED_POSITION}x`;
    const problems = problemsOf(() =>
      validateSubmission(
        {
          ...submission,
          article: JSON.stringify(article),
          entities: [...submission.entities, { collection: 'people', json: '{"id": ' }, { collection: 'persons', json: '{}' }],
        },
        known,
      ),
    );
    expect(problems).toEqual([
      { input: 'entities[1]', path: '$', message: expect.stringMatching(/^malformed JSON/) },
      { input: 'entities[2]', path: '$.collection', message: expect.stringContaining('"persons" is not a registry collection') },
      {
        input: 'article',
        path: '$.statements[1].position',
        message: expect.stringContaining(
          `no such id in the graph or among the entities declared with it; did you mean "${SEEDED_POSITION}"`,
        ),
      },
    ]);
  });

  it('refuses to declare again an entity of the graph, and warns of a namesake there', () => {
    const again = testSubmission('unit', { people: 1 });
    again.entities[0]!.json = again.entities[0]!.json.replace('person:unit-1', 'person:lai-thanh-son');
    expect(problemsOf(() => validateSubmission(again, known))).toContainEqual(
      expect.objectContaining({ input: 'entities[0]', path: '$.id', message: expect.stringContaining('already in the graph') }),
    );
    const namesake = validateSubmission(testSubmission('unit', { names: ['Lại Thanh Sơn'] }), known);
    expect(namesake.warnings.map((warning) => warning.message)).toEqual([expect.stringContaining('"person:lai-thanh-son" in the graph')]);
  });

  it('reads what of the graph it can touch: the ids it names and its people’s folded names', () => {
    const references = referencesIn(testSubmission('unit', { names: ['Lại Thanh Sơn'] }));
    expect(references.ids.sort()).toEqual(['article:unit', 'person:unit-1', SEEDED_POSITION].sort());
    expect(references.foldedNames).toEqual(['lai thanh son']);
    expect(referencesIn({ article: '{', text: '' })).toEqual({ ids: [], foldedNames: [] });
  });

  it('maps a path inside a declared entity back to that entity', () => {
    expect(asProblem({ file: 'entities[3]/people.json', path: '$.entities[0].sources[0].quote', message: 'm' })).toEqual({
      input: 'entities[3]',
      path: '$.sources[0].quote',
      message: 'm',
    });
  });

  it('bounds the statements before validating, and hashes what was sent', () => {
    const submission = testSubmission('unit', { people: 3 });
    expect(peekArticle(submission, 6)).toEqual({ id: 'article:unit' });
    expect(() => peekArticle(submission, 5)).toThrow('a submission may have at most 5');
    expect(peekArticle({ ...submission, article: '{' }, 5)).toEqual({ id: undefined });
    expect(submissionHash(submission)).toBe(submissionHash({ ...submission }));
    expect(submissionHash(submission)).not.toBe(submissionHash({ ...submission, text: `${submission.text} ` }));
    // The entities are not part of it: the same article drafted again names them by id once they are stored.
    expect(submissionHash({ ...submission, entities: [] })).toBe(submissionHash(submission));
  });
});

describe('what a merge changes in a statement', () => {
  const statement = {
    id: 'p1',
    kind: 'presents',
    presenter: 'person:b',
    recipients: ['person:a', 'person:b'],
    note: 'person:b is named so in the text',
    quotes: ['person:b'],
  } as unknown as Statement;

  it('replaces every reference, never text, and records where', () => {
    const { statement: merged, paths } = substituteReferences(statement, 'person:b', 'person:a');
    expect(merged).toMatchObject({
      presenter: 'person:a',
      recipients: ['person:a', 'person:a'],
      note: statement.note,
      quotes: ['person:b'],
    });
    expect(paths).toEqual([['presenter'], ['recipients', 1]]);
  });

  it('undoing puts back exactly what it replaced, however the statement was ranked meanwhile', () => {
    const { statement: merged, paths } = substituteReferences(statement, 'person:b', 'person:a');
    const ranked = { ...merged, rank: 'preferred' } as Statement;
    expect(restoreReferences(ranked, paths, 'person:a', 'person:b')).toEqual({ ...statement, rank: 'preferred' });
  });
});

describe('writes per key in any 60 seconds', () => {
  it('allows the limit, then says how long to wait, per key', () => {
    const limiter = createRateLimiter(2);
    expect(limiter.take('k', 1, 0)).toBeUndefined();
    expect(limiter.take('k', 1, 10_000)).toBeUndefined();
    expect(limiter.take('k', 1, 20_000)).toBe(40);
    expect(limiter.take('other', 1, 20_000)).toBeUndefined();
    expect(limiter.take('k', 1, 60_001)).toBeUndefined();
  });

  it('counts every write of an operation (each aliased mutation field), and refuses them all when they do not fit', () => {
    const limiter = createRateLimiter(3);
    expect(limiter.take('k', 2, 0)).toBeUndefined();
    expect(limiter.take('k', 2, 1_000)).toBe(59);
    expect(limiter.take('k', 1, 1_000)).toBeUndefined();
    expect(limiter.take('k', 4, 2_000)).toBe(60);
  });
});

describe('roles in the schema', () => {
  const schema = buildSchema(SCHEMA_SDL);

  it('every mutation and the audit trail declare the role they need', () => {
    const roles = Object.fromEntries(
      Object.values(schema.getMutationType()!.getFields()).map((field) => [field.name, requiredRole(field)]),
    );
    expect(roles).toEqual({
      submitArticle: 'editor',
      retractArticle: 'admin',
      rankClaim: 'editor',
      mergeEntities: 'admin',
      markDistinct: 'editor',
      undoJudgement: 'admin',
    });
    expect(requiredRole(schema.getQueryType()!.getFields().auditTrail!)).toBe('admin');
    expect(requiredRole(schema.getQueryType()!.getFields().people!)).toBeUndefined();
  });
});

describe('what a statement says, apart from its rank', () => {
  it('is the same however it is ranked, and differs when what it says differs', () => {
    const statement = { id: 's', kind: 'holds', person: 'person:a', position: 'position:p', quotes: ['q'] } as unknown as Statement;
    expect(statementContent({ ...statement, rank: 'preferred', rankReason: 'r' })).toBe(statementContent(statement));
    expect(statementContent({ ...statement, person: 'person:b' })).not.toBe(statementContent(statement));
  });
});

describe('key checks in turn', () => {
  it('runs at most the limit at once and every check in the end', async () => {
    const inTurn = bounded(2);
    let running = 0;
    let most = 0;
    const check = async (value: number) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return value;
    };
    expect(await Promise.all([1, 2, 3, 4, 5].map((value) => inTurn(() => check(value))))).toEqual([1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});
