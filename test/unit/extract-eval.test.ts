import { describe, expect, it } from 'vitest';
import { HAND_MADE_GOLD, handMadeGoldRanges, isHandMadeGold, splitOf } from '../../src/extract/eval/gold.js';
import { scoreEvents } from '../../src/extract/eval/match/events.js';
import { scoreBounds, scoreHoldsPairs } from '../../src/extract/eval/match/holds.js';
import { sameDate, sameDateOrNone, sameEventName } from '../../src/extract/eval/match/keys.js';
import { scorePresentations, scoreRecipients } from '../../src/extract/eval/match/presents.js';
import { deputiesReadAsHeads, formerReadAsCurrent, headOf } from '../../src/extract/eval/match/traps.js';
import { patternOf } from '../../src/extract/eval/patterns.js';
import { addEntry, emptyRegistry, positionKey } from '../../src/extract/registry.js';

/** Two registries that spell the same entities differently, with other ids: the rule compares keys, never ids. */
const registry = emptyRegistry();
addEntry(registry, 'people', { id: 'person:a', name: 'Lê Văn A', aliases: [] });
addEntry(registry, 'people', { id: 'person:b', name: 'Trần Thị B', aliases: [] });
addEntry(registry, 'places', { id: 'place:tinh-quang-nam', name: 'Quảng Nam', kind: 'province' });
addEntry(registry, 'organizations', { id: 'org:ubnd', name: 'UBND tỉnh Quảng Nam', jurisdiction: 'place:tinh-quang-nam' });
addEntry(registry, 'positions', { id: 'position:ct', title: 'Chủ tịch UBND tỉnh', organization: 'org:ubnd' });
addEntry(registry, 'positions', { id: 'position:pct', title: 'Phó Chủ tịch UBND tỉnh', organization: 'org:ubnd' });
addEntry(registry, 'awards', { id: 'award:hcld1', name: 'Huân chương Lao động hạng nhất' });
const other = emptyRegistry();
addEntry(other, 'people', { id: 'person:le-van-a', name: 'LÊ VĂN A', aliases: [] });
addEntry(other, 'people', { id: 'person:tran-thi-b', name: 'Trần Thị B', aliases: [] });
addEntry(other, 'organizations', { id: 'org:x', name: 'Ủy ban nhân dân tỉnh Quảng Nam' });
addEntry(other, 'positions', { id: 'position:chu-tich-ubnd-tinh-quang-nam', title: 'Chủ tịch UBND tỉnh', organization: 'org:x' });
addEntry(other, 'positions', { id: 'position:pho-chu-tich-ubnd-tinh-quang-nam', title: 'Phó Chủ tịch UBND tỉnh', organization: 'org:x' });
addEntry(other, 'awards', { id: 'award:huan-chuong-lao-dong-hang-nhat', name: 'Huân chương Lao động hạng Nhất' });

const holds = (person: string, position: string, extra: Record<string, unknown> = {}) => ({ kind: 'holds', person, position, ...extra });
const gold = (...statements: Record<string, unknown>[]) => ({ registry, statements: statements.map((s) => ({ kind: 'x', ...s })) });
const draft = (...statements: Record<string, unknown>[]) => ({ registry: other, statements: statements.map((s) => ({ kind: 'x', ...s })) });

describe('gold and splits', () => {
  it('holds out NNN % 10 >= 7 and takes only hand-made gold, 000–099 and 900–999', () => {
    expect(['017_a.json', '020_b.json', '109_c.json', '907_d.json', '910_e.json'].map((file) => splitOf(file).split)).toEqual([
      'held-out',
      'train',
      'held-out',
      'held-out',
      'train',
    ]);
    expect(HAND_MADE_GOLD).toEqual([
      { first: 0, last: 99 },
      { first: 900, last: 999 },
    ]);
    expect(handMadeGoldRanges()).toBe('000–099, 900–999');
    expect(
      ['036_a.json', '099_b.json', '100_c.json', '245_d.json', '899_e.json', '900_f.json', '999_g.json', 'other.json'].map(isHandMadeGold),
    ).toEqual([true, true, false, false, false, true, true, true]);
  });
});

describe('the matching rule of extract:eval', () => {
  it("compares dates at the gold's precision; strictly, no date where the gold gives none", () => {
    expect([
      sameDate('2019-01', '2019-01-11'),
      sameDate('2019-01-11', '2019-01'),
      sameDate(undefined, '2019'),
      sameDate('2019', undefined),
    ]).toEqual([true, false, true, false]);
    expect([
      sameDateOrNone(undefined, '2019'),
      sameDateOrNone(undefined, undefined),
      sameDateOrNone('../2019-01-11', '../2019-01-11'),
    ]).toEqual([false, true, true]);
  });

  it('scores holds as (person, post) pairs across ids, by folded name and by role, body and province', () => {
    const score = scoreHoldsPairs(
      gold(holds('person:a', 'position:ct'), holds('person:a', 'position:ct', { attestedOn: '2019' }), holds('person:b', 'position:pct')),
      draft(holds('person:le-van-a', 'position:chu-tich-ubnd-tinh-quang-nam')),
    );
    expect([score.gold, score.draft, score.matched, score.missed.map((miss) => miss.what)]).toEqual([
      2,
      1,
      1,
      ['tran thi b → pho-chu-tich|ubnd|quang-nam'],
    ]);
  });

  it("keys a post of a locality's body by the organization's locality, not by the body's name read again as a city; a city by its place", () => {
    const registry = emptyRegistry();
    addEntry(registry, 'organizations', { id: 'org:thanh-uy-vinh', name: 'Thành ủy Vinh' });
    addEntry(registry, 'organizations', { id: 'org:ubnd-huyen-do-luong', name: 'UBND huyện Đô Lương', level: 'district' });
    addEntry(registry, 'places', { id: 'place:hcm', name: 'Hồ Chí Minh', kind: 'city' });
    addEntry(registry, 'organizations', { id: 'org:ubnd-hcm', name: 'Ủy ban nhân dân', level: 'province', jurisdiction: 'place:hcm' });
    addEntry(registry, 'positions', { id: 'position:c', title: 'Phó Chủ tịch UBND', organization: 'org:ubnd-huyen-do-luong' });
    addEntry(registry, 'positions', { id: 'position:d', title: 'Chủ tịch UBND', organization: 'org:ubnd-hcm' });
    addEntry(registry, 'positions', { id: 'position:a', title: 'Ủy viên Thành ủy', organization: 'org:thanh-uy-vinh' });
    addEntry(registry, 'positions', { id: 'position:b', title: 'Chủ tịch', organization: 'org:ubnd-huyen-do-luong' });
    expect(positionKey(registry, registry.byId.get('position:a')!)).toBe('uy-vien|thanh-uy|?|thanh-pho-vinh');
    expect(positionKey(registry, registry.byId.get('position:b')!)).toBe('chu-tich|ubnd|?|huyen-do-luong');
    // A district's body whose post's title omits the locality; a city's place named without "thành phố" is the province.
    expect(positionKey(registry, registry.byId.get('position:c')!)).toBe('pho-chu-tich|ubnd|?|huyen-do-luong');
    expect(positionKey(registry, registry.byId.get('position:d')!)).toBe('chu-tich|ubnd|tp-ho-chi-minh');
  });

  it('scores bounds by side and cause, and with their date; a bound found without its date is a date miss', () => {
    const goldSide = gold(
      holds('person:a', 'position:ct', { start: { cause: 'elected', date: '2019-11' }, end: { date: '../2020-05-01' } }),
    );
    const right = draft(
      holds('person:le-van-a', 'position:chu-tich-ubnd-tinh-quang-nam', {
        start: { cause: 'elected', date: { value: '2019-11-29', inferred: 'why' } },
        end: { date: { value: '../2020-05-01', inferred: 'why' } },
      }),
    );
    const undated = draft(holds('person:le-van-a', 'position:chu-tich-ubnd-tinh-quang-nam', { start: { cause: 'elected' } }));
    const wrongCause = draft(
      holds('person:le-van-a', 'position:chu-tich-ubnd-tinh-quang-nam', { start: { cause: 'approved', date: '2019-11-29' } }),
    );
    expect(scoreBounds(goldSide, right, true).matched).toBe(2);
    expect(scoreBounds(goldSide, undated, false).matched).toBe(1);
    expect(scoreBounds(goldSide, undated, true).missed.map((miss) => [miss.what, miss.loose])).toEqual([
      ['le van a → chu-tich|ubnd|quang-nam: start elected 2019-11', true],
      ['le van a → chu-tich|ubnd|quang-nam: end (no cause) ../2020-05-01', false],
    ]);
    expect(scoreBounds(goldSide, wrongCause, false).matched).toBe(0);
  });

  it('matches event names by their words and numbers, and dates strictly', () => {
    expect(sameEventName('Kỳ họp thứ 8, HĐND tỉnh Bình Thuận khóa X', 'kỳ họp thứ 8')).toBe(true);
    expect(sameEventName('Kỳ họp thứ 8, HĐND tỉnh Bình Thuận khóa X', 'kỳ họp thứ 10')).toBe(false);
    expect(sameEventName('Lễ kỷ niệm 80 năm ngày truyền thống ngành Tài chính', 'Hội nghị tổng kết công tác năm 2024')).toBe(false);
    expect(
      sameEventName('Kỳ họp thứ 23 (kỳ họp chuyên đề), HĐND tỉnh Điện Biên khóa XV', 'Kỳ họp thứ 23 (kỳ họp chuyên đề) về công tác cán bộ'),
    ).toBe(true);
    expect(sameEventName('Kỳ họp thứ 13 (kỳ họp bất thường), HĐND tỉnh Quảng Trị', 'kỳ họp thứ mười ba')).toBe(true);
    expect(sameEventName('Lễ trao Huân chương cho bà Hoàng Thị Lan', 'Buổi lễ')).toBe(false);
    const event = (name: string, date?: string) => ({ kind: 'event', name, ...(date ? { date } : {}) });
    const goldSide = gold(event('Kỳ họp thứ 8, HĐND tỉnh Bình Thuận khóa X', '2021-01-18'), event('Lễ kỷ niệm 80 năm ngành Tư pháp'));
    const draftSide = draft(event('Kỳ họp thứ 8', '2021-01-18'), event('Lễ kỷ niệm 80 năm ngành Tư pháp', '2025-08-25'));
    expect([scoreEvents(goldSide, draftSide, false).matched, scoreEvents(goldSide, draftSide, true).matched]).toEqual([2, 1]);
  });

  it('matches presentations by presenter and award, in full with on whose behalf and recipients, and recipients one by one', () => {
    const goldSide = gold(
      { kind: 'presents', award: 'award:hcld1', presenter: 'person:a', recipients: ['person:b'] },
      { kind: 'presents', award: 'award:hcld1', recipients: [], recipientCount: 3 },
    );
    const draftSide = draft(
      { kind: 'presents', award: 'award:huan-chuong-lao-dong-hang-nhat', presenter: 'person:le-van-a', recipients: [] },
      { kind: 'presents', award: 'award:huan-chuong-lao-dong-hang-nhat', recipients: [], recipientCount: 3 },
    );
    expect([scorePresentations(goldSide, draftSide, false).matched, scorePresentations(goldSide, draftSide, true).matched]).toEqual([2, 1]);
    const recipients = scoreRecipients(goldSide, draftSide);
    expect([recipients.gold, recipients.matched, recipients.missed.map((miss) => miss.what)]).toEqual([
      2,
      1,
      ['huan-chuong-lao-dong-hang-nhat → person:tran thi b'],
    ]);
  });

  it('counts a former title read as current and a deputy read as the head', () => {
    const goldSide = gold(
      holds('person:a', 'position:ct', { end: { date: '../2019-01-11' } }),
      holds('person:b', 'position:pct', { attestedOn: '2019-01-11' }),
    );
    const draftSide = draft(
      holds('person:le-van-a', 'position:chu-tich-ubnd-tinh-quang-nam', { attestedOn: '2019-01-11' }),
      holds('person:tran-thi-b', 'position:chu-tich-ubnd-tinh-quang-nam', { attestedOn: '2019-01-11' }),
    );
    expect(formerReadAsCurrent(goldSide, draftSide)).toEqual(['le van a → chu-tich|ubnd|quang-nam attested 2019-01-11']);
    expect(deputiesReadAsHeads(goldSide, draftSide)).toEqual(['tran thi b → chu-tich|ubnd|quang-nam']);
    expect([
      headOf('pho-chu-tich-thuong-truc|ubnd|x'),
      headOf('national:thu-truong-bo-y-te'),
      headOf('national:pho-thu-tuong-chinh-phu'),
      headOf('chu-tich|ubnd|x'),
    ]).toEqual(['chu-tich|ubnd|x', 'national:bo-truong-bo-y-te', 'national:thu-tuong-chinh-phu', undefined]);
  });

  it('sorts a miss into the pattern of issue 18 it belongs to', () => {
    const quote = 'bầu ông Lê Văn A và bà Trần Thị B giữ chức Phó Chủ tịch UBND tỉnh';
    const a = holds('person:a', 'position:pct', { start: { cause: 'elected' }, quotes: [quote] });
    const b = holds('person:b', 'position:pct', { start: { cause: 'elected' }, quotes: [quote] });
    const career = holds('person:a', 'position:ct', { start: { date: '2014-05' }, quotes: ['5/2014 - 4/2015: Chủ tịch UBND tỉnh'] });
    const approval = holds('person:a', 'position:ct', { start: { cause: 'approved' }, quotes: ['phê chuẩn'] });
    const statements = [a, b, career, approval];
    const pattern = (row: string, statement: Record<string, unknown>, loose = false) =>
      patternOf(row, { statement: { kind: 'holds', ...statement }, what: '', loose }, statements, registry);
    expect([
      pattern('holds (person, post)', a),
      pattern('bounds (side, cause, date)', career),
      pattern('bounds (side, cause, date)', approval),
      pattern('bounds (side, cause, date)', a, true),
      pattern('persons', a),
    ]).toEqual(['lists', 'careers', 'approvals', 'dates', 'names']);
  });
});
