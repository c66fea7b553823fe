/**
 * The write API's pure parts: a submission read by the seed loader's validator (problems named by code, input and
 * path), judgements as derivation applies them (merges read, never written, into claims), the sliding window, the roles
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
import { canonical, claimContent, judgedRank, resolveReferences } from '../../src/statements/judgements.js';
import { readSubmission, referencesIn, submissionHash, validateSubmission } from '../../src/write/submission.js';
import { SEEDED_POSITION, testSubmission, type TestSubmission } from '../support/submissions.js';

const known: KnownGraph = {
  entities: new Map([
    [SEEDED_POSITION, { label: 'Position', name: 'Phó Chủ tịch Thường trực UBND tỉnh' }],
    ['person:lai-thanh-son', { label: 'Person', name: 'Lại Thanh Sơn' }],
  ]),
  events: new Set(),
  articles: new Map(),
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

/** Reads and validates a submission as the write API does (the statements bounded at 2,000). */
const validate = (submission: TestSubmission) => validateSubmission(readSubmission(submission, 2000), known);

describe('a submission, checked by the seed loader’s rules', () => {
  it('validates against the graph: entities it names by id, entities it declares', () => {
    const loadSet = validate(testSubmission('unit', { people: 2 }));
    expect(loadSet.articles[0]!.statements).toHaveLength(4);
    expect([...loadSet.registry.keys()]).toEqual(['person:unit-1', 'person:unit-2']);
    expect(loadSet.warnings).toEqual([]);
  });

  it('names each problem by its code, its input and its path there, with the nearest id', () => {
    const submission = testSubmission('unit', { people: 1 });
    const article = JSON.parse(submission.article);
    article.statements[1].position = `${SEEDED_POSITION}x`;
    const problems = problemsOf(() =>
      validate({
        ...submission,
        article: JSON.stringify(article),
        entities: [...submission.entities, { collection: 'people', json: '{"id": ' }, { collection: 'persons', json: '{}' }],
      }),
    );
    expect(problems).toEqual([
      { code: 'MALFORMED_JSON', input: 'entities[1]', path: '$', message: expect.stringMatching(/^malformed JSON/) },
      {
        code: 'NOT_A_REGISTRY_COLLECTION',
        input: 'entities[2]',
        path: '$.collection',
        message: expect.stringContaining('"persons" is not a registry collection'),
      },
      {
        code: 'UNKNOWN_REFERENCE',
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
    expect(problemsOf(() => validate(again))).toContainEqual(
      expect.objectContaining({
        code: 'ALREADY_IN_GRAPH',
        input: 'entities[0]',
        path: '$.id',
        message: expect.stringContaining('already in the graph'),
      }),
    );
    const namesake = validate(testSubmission('unit', { names: ['Lại Thanh Sơn'] }));
    expect(namesake.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ['NAMESAKE', expect.stringContaining('"person:lai-thanh-son" in the graph')],
    ]);
  });

  it('reads what of the graph it can touch: the ids it names, its people’s folded names, the articles its sources cite', () => {
    const references = referencesIn(readSubmission(testSubmission('unit', { names: ['Lại Thanh Sơn'] }), 2000));
    expect(references.ids.sort()).toEqual(['article:unit', 'person:unit-1', SEEDED_POSITION].sort());
    expect(references.foldedNames).toEqual(['lai thanh son']);
    expect(references.articles).toEqual(['article:unit']);
    expect(referencesIn(readSubmission({ article: '{', text: '' }, 2000))).toEqual({ ids: [], foldedNames: [], articles: [] });
  });

  it('reads a declared entity at its own input, its paths within its own JSON', () => {
    const submission = testSubmission('unit', { people: 2 });
    submission.entities[1]!.json = submission.entities[1]!.json.replace('"quote":"', '"quote":"x');
    expect(problemsOf(() => validate(submission))).toEqual([
      expect.objectContaining({ code: 'QUOTE_NOT_IN_TEXT', input: 'entities[1]', path: '$.sources[0].quote' }),
    ]);
  });

  it('bounds the statements and the entities before validating, and hashes what was sent', () => {
    const submission = testSubmission('unit', { people: 3 });
    expect(readSubmission(submission, 6).articleId).toBe('article:unit');
    expect(() => readSubmission(submission, 5)).toThrow('a submission may have at most 5');
    expect(readSubmission({ ...submission, article: '{' }, 5).articleId).toBeUndefined();
    const many = { ...submission, entities: Array.from({ length: 1001 }, () => submission.entities[0]!) };
    expect(() => readSubmission(many, 6)).toThrow('at most 1000');
    expect(submissionHash(submission)).toBe(submissionHash({ ...submission }));
    expect(submissionHash(submission)).not.toBe(submissionHash({ ...submission, text: `${submission.text} ` }));
    // The entities are not part of it: the same article drafted again names them by id once they are stored.
    expect(submissionHash({ ...submission, entities: [] })).toBe(submissionHash(submission));
  });
});

describe('judgements as derivation applies them', () => {
  const statement = {
    id: 'p1',
    kind: 'presents',
    presentation: 'presentation:x',
    award: 'award:a',
    presenter: 'person:b',
    recipients: ['person:a', 'person:b'],
    note: 'person:b is named so in the text',
    quotes: ['person:b'],
  } as unknown as Statement;

  it('reads every reference as its canonical entity, following merges, and never text', () => {
    const merges = new Map([
      ['person:b', 'person:c'],
      ['person:c', 'person:a'],
    ]);
    expect(canonical(merges, 'person:b')).toBe('person:a');
    expect(canonical(merges, 'person:z')).toBe('person:z');
    expect(resolveReferences(statement, merges)).toMatchObject({
      presenter: 'person:a',
      recipients: ['person:a', 'person:a'],
      note: statement.note,
      quotes: ['person:b'],
    });
    // The statement itself is left as stated.
    expect(statement).toMatchObject({ presenter: 'person:b' });
  });

  it('a rank applies while the claim says what it said when ranked', () => {
    const content = claimContent(statement);
    expect(judgedRank(statement, { rank: 'preferred', content })).toBe('preferred');
    expect(judgedRank({ ...statement, rank: 'deprecated' } as Statement, { rank: 'preferred', content })).toBe('preferred');
    expect(judgedRank({ ...statement, presenter: 'person:z' } as Statement, { rank: 'preferred', content })).toBe('normal');
    expect(judgedRank({ ...statement, rank: 'deprecated' } as Statement, undefined)).toBe('deprecated');
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
      submitDraft: 'editor',
      rejectDraft: 'editor',
    });
    expect(requiredRole(schema.getQueryType()!.getFields().auditTrail!)).toBe('admin');
    for (const draftRead of ['drafts', 'draft', 'checkArticle', 'extractorAcceptance'])
      expect(requiredRole(schema.getQueryType()!.getFields()[draftRead]!)).toBe('editor');
    expect(requiredRole(schema.getQueryType()!.getFields().people!)).toBeUndefined();
  });
});

describe('what a statement says, apart from its rank', () => {
  it('is the same however it is ranked, and differs when what it says differs', () => {
    const statement = { id: 's', kind: 'holds', person: 'person:a', position: 'position:p', quotes: ['q'] } as unknown as Statement;
    expect(claimContent({ ...statement, rank: 'preferred', rankReason: 'r' } as Statement)).toBe(claimContent(statement));
    expect(claimContent({ ...statement, person: 'person:b' } as Statement)).not.toBe(claimContent(statement));
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
