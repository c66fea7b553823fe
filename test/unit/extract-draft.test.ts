import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ARTICLES_DIR, DEFAULT_REGISTRY_DIR } from '../../src/load/files.js';
import { checkDraft } from '../../src/extract/check.js';
import { NEW_NOTE } from '../../src/extract/link/linker.js';
import { inventedNames } from '../../src/extract/eval/match/persons.js';
import { extract } from '../../src/extract/extract.js';
import { addEntry, emptyRegistry, readRegistryDir, type Entry, type Registry } from '../../src/extract/registry.js';
import { foldText } from '../../src/text/fold.js';

const SEED_TEXT = readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt'), 'utf8');
const meta = (published: string | null = null) => ({
  id: 'article:test',
  title: null,
  publisher: null,
  published,
  url: null,
  textFile: 'test.txt',
});
type Statement = { kind: string; [field: string]: unknown };

/** The draft and its registry (the given one with the proposals) through the validator of `npm run seed -- --check`. */
function check(draft: unknown, text: string, registry: Registry, proposed: Map<string, Entry[]>): void {
  checkDraft(draft, text, registry, proposed);
}

describe('the seed article', () => {
  const registry = readRegistryDir(DEFAULT_REGISTRY_DIR);
  const result = extract({ text: SEED_TEXT, registry, meta: meta('2019-01-11T21:00:00+07:00') });
  const statements = result.draft.statements as Statement[];

  it('gives the presentation: Lại Thanh Sơn, on behalf of the Prime Minister, 2 recipients, unnamed', () => {
    const presentation = statements.find(
      (statement) => statement.kind === 'presents' && statement.award === 'award:bang-khen-thu-tuong-chinh-phu',
    );
    expect(presentation).toMatchObject({
      presenter: 'person:lai-thanh-son',
      onBehalfOf: 'position:thu-tuong-chinh-phu',
      recipients: [],
      recipientCount: 2,
      recipientDescription: 'hai cá nhân có thành tích xuất sắc',
      date: { value: '2019-01-11', inferred: expect.stringContaining('Chiều ngày 11-1') },
    });
    expect(presentation?.quotes).toHaveLength(2);
    // Its confidence and rule travel beside the statement, not in its note.
    const item = result.items.find((candidate) => candidate.statement === presentation);
    expect([item?.confidence, item?.rule]).toEqual([expect.closeTo(0.85), expect.stringMatching(/^presentation/)]);
    expect(presentation?.note).not.toContain('confidence');
  });

  it("gives Lại Thanh Sơn's title on 2019-01-11 (the year inferred from the publication date)", () => {
    expect(statements.filter((statement) => statement.kind === 'holds')).toEqual([
      expect.objectContaining({
        person: 'person:lai-thanh-son',
        position: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang',
        attestedOn: { value: '2019-01-11', inferred: expect.stringContaining('publication') },
        quotes: [expect.stringContaining('Dự hội nghị có đồng chí Lại Thanh Sơn, Phó Chủ tịch Thường trực UBND tỉnh')],
      }),
    ]);
  });

  it('reads the commendations of the Chairman, the Party Committee and the Office, linked to the registry', () => {
    expect(statements.filter((statement) => statement.kind === 'presents').map((statement) => statement.onBehalfOf)).toEqual([
      'position:thu-tuong-chinh-phu',
      'position:chu-tich-ubnd-tinh-bac-giang',
      'org:dang-uy-van-phong-ubnd-tinh-bac-giang',
      'org:van-phong-ubnd-tinh-bac-giang',
    ]);
  });

  it('reads the conference of the lead and its organizer, the Office of the PPC', () => {
    const event = statements.find((statement) => statement.kind === 'event');
    expect(event).toMatchObject({
      name: 'Hội nghị tổng kết công tác văn phòng năm 2018',
      category: 'conference',
      partOfDay: 'afternoon',
      date: { value: '2019-01-11' },
    });
    expect(statements.find((statement) => statement.kind === 'organizes')).toMatchObject({
      event: event?.event,
      organizer: 'org:van-phong-ubnd-tinh-bac-giang',
    });
  });

  it('reads Lại Thanh Sơn at the conference as attendee, speaker and presenter', () => {
    expect(
      statements
        .filter((statement) => statement.kind === 'participates')
        .map((statement) => [statement.participant, statement.role])
        .sort(),
    ).toEqual([
      ['person:lai-thanh-son', 'ATTENDEE'],
      ['person:lai-thanh-son', 'PRESENTER'],
      ['person:lai-thanh-son', 'SPEAKER'],
    ]);
  });

  it('passes the checks of `npm run seed -- --check`, and proposes nothing the registry has', () => {
    expect(() => check(result.draft, SEED_TEXT, registry, result.proposed)).not.toThrow();
    expect([...result.proposed.values()].flat()).toEqual([]);
  });
});

describe('linking and proposing', () => {
  const text =
    'Chiều 18/1, HĐND tỉnh Bình Thuận bầu ông Lê Tuấn Phong - Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh Bình Thuận với 50/51 phiếu tán thành. Ông Phong sinh năm 1970.';

  it('proposes new entities with ids, marked new, with a source quote from the article', () => {
    const result = extract({ text, registry: emptyRegistry(), meta: meta('2021-01-18') });
    const people = result.proposed.get('people')!;
    expect(people).toEqual([
      expect.objectContaining({ id: 'person:le-tuan-phong', name: 'Lê Tuấn Phong', familyName: 'Lê', givenName: 'Phong', note: NEW_NOTE }),
    ]);
    expect(result.proposed.get('positions')!.map((position) => position.id)).toEqual([
      'position:pho-chu-tich-ubnd-tinh-binh-thuan',
      'position:chu-tich-ubnd-tinh-binh-thuan',
    ]);
    const election = (result.draft.statements as Statement[]).find(
      (statement) => (statement.start as { cause?: string } | undefined)?.cause === 'elected',
    );
    expect(election?.start).toEqual({
      cause: 'elected',
      date: { value: '2021-01-18', inferred: expect.any(String) },
      vote: { text: '50/51 phiếu tán thành', for: 50, present: 51 },
    });
    expect(() => check(result.draft, text, emptyRegistry(), result.proposed)).not.toThrow();
  });

  it('links a namesake by the titles the registry records for each', () => {
    const registry = emptyRegistry();
    const source = (quote: string) => [{ article: 'article:other', quote }];
    addEntry(registry, 'people', {
      id: 'person:nguyen-van-linh',
      name: 'Nguyễn Văn Linh',
      aliases: [],
      distinctFrom: ['person:nguyen-van-linh-2'],
      sources: source('ông Nguyễn Văn Linh, Tổng Bí thư'),
    });
    addEntry(registry, 'people', {
      id: 'person:nguyen-van-linh-2',
      name: 'Nguyễn Văn Linh',
      aliases: [],
      distinctFrom: ['person:nguyen-van-linh'],
      sources: source('ông Nguyễn Văn Linh, Chủ tịch UBND tỉnh Bắc Giang'),
    });
    const result = extract({ text: 'Đồng chí Nguyễn Văn Linh, Chủ tịch UBND tỉnh Bắc Giang, phát biểu.', registry, meta: meta() });
    expect((result.draft.statements as Statement[]).find((statement) => statement.kind === 'name')?.entity).toBe(
      'person:nguyen-van-linh-2',
    );
  });

  it('never invents: every person name in a draft is printed in the text', () => {
    const result = extract({ text: SEED_TEXT + '\n' + text, registry: emptyRegistry(), meta: meta('2021-01-18') });
    const draft = { statements: result.draft.statements as Statement[], registry: emptyRegistry() };
    expect(inventedNames(SEED_TEXT + text, draft, result.proposed.get('people') ?? [])).toEqual([]);
    for (const statement of draft.statements)
      for (const quote of statement.quotes as string[]) expect(foldText(SEED_TEXT + '\n' + text)).toContain(foldText(quote));
  });

  it('lists what looks relevant but was not read', () => {
    const result = extract({
      text: 'Bộ Nội vụ đã gửi công văn đề nghị miễn nhiệm chức Chủ tịch UBND tỉnh đối với ông Nguyễn Đức Chính.',
      registry: emptyRegistry(),
      meta: meta(),
    });
    expect(result.unread).toEqual([{ quote: expect.stringContaining('đề nghị miễn nhiệm'), reason: expect.stringContaining('proposal') }]);
    expect(result.draft.article.note).toContain('not read');
  });
});

describe('a publication date to the month', () => {
  const text =
    'Chiều 8/10, HĐND tỉnh Long An bầu ông Trần Văn Hòa, Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch UBND tỉnh Long An với 50/52 đại biểu có mặt tán thành.';

  it('gives a draft that passes the check, each date marked inferred with its reason', () => {
    const result = extract({ text, registry: emptyRegistry(), meta: meta('2024-10') });
    expect(result.draft.article.published).toBe('2024-10');
    const dates = result.draft.statements.flatMap((statement) =>
      statement.kind === 'holds' ? [statement.start?.date, statement.attestedOn].filter(Boolean) : [],
    );
    expect(dates).toEqual([
      { value: '2024-10-08', inferred: expect.stringContaining('the publication date (2024-10)') },
      { value: '2024-10-08', inferred: expect.stringContaining('the publication date (2024-10)') },
    ]);
    expect(() => check(result.draft, text, emptyRegistry(), result.proposed)).not.toThrow();
  });
});
