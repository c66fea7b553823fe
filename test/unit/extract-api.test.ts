import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../../src/load/files.js';
import { readRegistryDir } from '../../src/extract/registry.js';
import { SCHEMA_SDL } from '../../src/model/index.js';
import { extractDraft, MAX_EXTRACT_TEXT_LENGTH } from '../../src/extract/answer.js';
import { BadUserInputError } from '../../src/errors.js';

/** The registry of seed/registry: what a graph seeded with seed/articles holds (the API reads it from the graph). */
const REGISTRY = readRegistryDir(DEFAULT_REGISTRY_DIR);
const SEED_TEXT = readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8');

describe('extractDraft', () => {
  it('is a field of Query returning ExtractDraft', () => {
    const schema = buildSchema(SCHEMA_SDL);
    const field = schema.getQueryType()!.getFields().extractDraft!;
    expect(field.args.map((arg) => `${arg.name}: ${String(arg.type)}`)).toEqual([
      'text: String!',
      'url: String',
      'published: String',
      'publisher: String',
    ]);
    const type = getNamedType(field.type);
    expect(isObjectType(type) && Object.keys(type.getFields())).toEqual([
      'json',
      'articleId',
      'statements',
      'proposed',
      'unread',
      'province',
    ]);
  });

  it("returns the seed article's draft with each statement's confidence and rule", () => {
    const draft = extractDraft({ text: SEED_TEXT, published: '2019-01-11T21:00:00+07:00' }, REGISTRY);
    const presentation = draft.statements.find((statement) => statement.kind === 'presents')!;
    expect(presentation.confidence).toBeGreaterThan(0.5);
    expect(presentation.rule).toContain('presentation');
    expect(JSON.parse(presentation.json)).toMatchObject({
      presenter: 'person:lai-thanh-son',
      onBehalfOf: 'position:thu-tuong-chinh-phu',
      recipientCount: 2,
    });
    expect(JSON.parse(draft.json)).toMatchObject({ formatVersion: 2, article: { published: '2019-01-11T21:00:00+07:00' } });
    expect(draft.proposed).toEqual([]);
  });

  it('proposes what the registry lacks (a name no article of the seed gives) and lists what it could not read', () => {
    const draft = extractDraft(
      {
        text: 'Sáng 8/4, HĐND tỉnh Quảng Nam miễn nhiệm chức danh Chủ tịch UBND tỉnh Quảng Nam đối với ông Trần Văn Thử. Bộ Nội vụ có tờ trình đề nghị miễn nhiệm ông Trần Văn Thử.',
        url: 'https://baomoi.com/mien-nhiem.html',
      },
      REGISTRY,
    );
    expect(draft.articleId).toBe('article:baomoi-com-mien-nhiem');
    expect(draft.proposed.map((entity) => [entity.collection, entity.id])).toContainEqual(['people', 'person:tran-van-thu']);
    expect(draft.unread).toEqual([{ quote: expect.stringContaining('tờ trình'), reason: expect.any(String) }]);
  });

  it('rejects an empty or too long text and a malformed date', () => {
    expect(() => extractDraft({ text: '  ' }, REGISTRY)).toThrow(BadUserInputError);
    expect(() => extractDraft({ text: 'a'.repeat(MAX_EXTRACT_TEXT_LENGTH + 1) }, REGISTRY)).toThrow(/longer/);
    expect(() => extractDraft({ text: 'Ông Lê Trí Thanh', published: '11/01/2019' }, REGISTRY)).toThrow(/published/);
  });
});
