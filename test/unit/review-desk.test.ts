/** The review desk's logic without a browser: the text's marks, and the submission an editor's decisions make. */
import { describe, expect, it } from 'vitest';
import { piecesOf, spansOf } from '../../src/explore/client/review/marks.js';
import {
  dateFields,
  declaredProposals,
  linkProposal,
  problemStatement,
  rankCandidates,
  setDate,
  submissionOf,
  withPrecision,
  type Proposal,
  type ReviewItem,
} from '../../src/explore/client/review/review.js';

const TEXT = 'Ông A giữ chức B. Bà C dự họp. Câu khác.';

describe('the marks of a draft text', () => {
  it('cuts the text at every quote, each piece with the statements and unread sentences over it', () => {
    const spans = spansOf(TEXT, [
      { statement: 's1', quote: 'Ông A giữ chức B.' },
      { statement: 's2', quote: 'A giữ' },
      { statement: null, quote: 'Bà C dự họp.' },
      { statement: 's3', quote: 'not in the text' },
    ]);
    const pieces = piecesOf(TEXT, spans);
    expect(pieces.map((piece) => piece.text).join('')).toBe(TEXT);
    expect(pieces.map(({ text, statements, unread }) => [text, statements.join(','), unread])).toEqual([
      ['Ông ', 's1', false],
      ['A giữ', 's1,s2', false],
      [' chức B.', 's1', false],
      [' ', '', false],
      ['Bà C dự họp.', '', true],
      [' Câu khác.', '', false],
    ]);
  });
});

const item = (id: string, value: Record<string, unknown>, decision: ReviewItem['decision']): ReviewItem => ({
  id,
  kind: String(value.kind),
  rule: 'rule',
  confidence: 0.9,
  value: { id, ...value },
  decision,
});
const proposal = (id: string, entry: Record<string, unknown> = {}): Proposal => ({
  id,
  collection: 'people',
  name: id,
  entry: { id, ...entry },
  linkedTo: null,
});

describe("an editor's decisions", () => {
  const items = [
    item('h1', { kind: 'holds', person: 'person:new', position: 'position:new-post', quotes: ['Ông A giữ chức B.'] }, 'accepted'),
    item('n1', { kind: 'name', entity: 'person:other', quotes: ['Bà C dự họp.'] }, 'rejected'),
  ];
  const proposals = [
    proposal('person:new'),
    proposal('person:other'),
    proposal('position:new-post', { organization: 'org:new' }),
    proposal('org:new'),
  ];

  it('declares the proposals a kept statement names, and the ones they name in turn', () => {
    expect(declaredProposals(items, proposals).map((entry) => entry.id)).toEqual(['person:new', 'position:new-post', 'org:new']);
  });

  it('links a proposal to an entity of the graph: statements name it, and it is not declared', () => {
    const linked = linkProposal(items, proposals, 'person:new', 'person:known');
    expect(linked.items[0]!.value.person).toBe('person:known');
    expect(declaredProposals(linked.items, linked.proposals).map((entry) => entry.id)).toEqual(['position:new-post', 'org:new']);
  });

  it('links a linked proposal to another: the statements move from the first to the second', () => {
    const first = linkProposal(items, proposals, 'person:new', 'person:namesake');
    const second = linkProposal(first.items, first.proposals, 'person:new', 'person:known');
    expect(second.items[0]!.value.person).toBe('person:known');
    expect(second.proposals[0]!.linkedTo).toBe('person:known');
  });

  it('submits the kept statements in their order, with the draft id, and places a problem under its statement', () => {
    const added = item('added-1', { kind: 'holds', quotes: ['Câu khác.'] }, 'added');
    const input = submissionOf(
      { id: 'draft:1', text: TEXT, articleJson: '{"formatVersion":2,"article":{"id":"article:x"},"statements":[]}' },
      [...items, added],
      [],
    );
    expect(JSON.parse(input.article).statements.map((statement: { id: string }) => statement.id)).toEqual(['h1', 'added-1']);
    expect(input).toMatchObject({ draftId: 'draft:1', text: TEXT, entities: [] });
    expect(problemStatement([...items, added], { input: 'article', path: '$.statements[1].person' })).toBe('added-1');
    expect(problemStatement(items, { input: 'entities[0]', path: '$.name' })).toBeNull();
  });

  it('dates a statement with its precision and the reason for an inferred part, and offers the undated bounds', () => {
    const holds = { id: 'h', kind: 'holds', start: { cause: 'elected' }, quotes: ['q'] };
    expect(dateFields(holds).map((field) => [field.path.join('.'), field.value])).toEqual([
      ['start.date', ''],
      ['attestedOn', ''],
    ]);
    const dated = setDate(holds, ['start', 'date'], withPrecision('2020-08-26', 'month'), 'the year is that of the session');
    expect(dated.start).toEqual({ cause: 'elected', date: { value: '2020-08', inferred: 'the year is that of the session' } });
    expect(dateFields(dated)[0]).toMatchObject({ value: '2020-08', precision: 'month', inferred: 'the year is that of the session' });
    expect(setDate(dated, ['start', 'date'], '2020', '').start).toEqual({ cause: 'elected', date: '2020' });
  });
});

describe('the candidates for a proposed person', () => {
  const post = (id: string, title: string, organization: string | null = null, place: string | null = null) => ({
    id,
    title,
    organization: organization === null ? null : { id: organization, name: organization, place },
  });
  const holds = (position: string) => item('h1', { kind: 'holds', person: 'person:new', position, quotes: ['q'] }, 'pending');

  it('puts first who holds a post the draft names, and flags namesakes by folded name', () => {
    const ranked = rankCandidates(
      [
        { id: 'person:son-hg', name: 'Nguyễn Văn Sơn', aliases: [], posts: [post('position:chu-tich-hg', 'Chủ tịch HG')] },
        { id: 'person:son-tq', name: 'NGUYỄN VĂN SƠN', aliases: [], posts: [post('position:chu-tich-tq', 'Chủ tịch TQ')] },
        { id: 'person:other', name: 'Nguyễn Văn Sang', aliases: [], posts: [] },
      ],
      { name: 'Nguyễn Văn Sơn', items: [holds('position:chu-tich-tq')], province: null },
    );
    expect(ranked.map(({ id, sharedPosts, namesake }) => [id, sharedPosts, namesake])).toEqual([
      ['person:son-tq', ['Chủ tịch TQ'], true],
      ['person:son-hg', [], true],
      ['person:other', [], false],
    ]);
  });

  it('ranks by the same name or alias, then the same post, organization and province, then in search order', () => {
    const ranked = rankCandidates(
      [
        // Search's best hit, by a partial name, holding the very post: a name that differs goes after the same name.
        { id: 'person:partial', name: 'Nguyễn Văn Sơn Hà', aliases: [], posts: [post('position:pct', 'PCT')] },
        { id: 'person:province', name: 'Nguyễn Văn Sơn', aliases: [], posts: [post('position:x', 'X', 'org:x', 'Tỉnh Tuyên Quang')] },
        { id: 'person:plain', name: 'Nguyễn Văn Sơn', aliases: [], posts: [post('position:y', 'Y', 'org:y', 'Tỉnh Hà Giang')] },
        { id: 'person:organization', name: 'Nguyen Van Son', aliases: [], posts: [post('position:z', 'Z', 'org:ubnd-tq')] },
        { id: 'person:alias', name: 'Sơn Nguyễn', aliases: ['Nguyễn Văn Sơn'], posts: [post('position:pct', 'PCT')] },
      ],
      {
        name: 'Nguyễn Văn Sơn',
        items: [holds('position:pct')],
        proposals: [{ id: 'position:pct', collection: 'positions', name: 'PCT', entry: { organization: 'org:ubnd-tq' }, linkedTo: null }],
        province: 'tuyen-quang',
      },
    );
    expect(ranked.map(({ id }) => id)).toEqual([
      'person:alias',
      'person:organization',
      'person:province',
      'person:plain',
      'person:partial',
    ]);
    expect(ranked[0]).toMatchObject({ sameName: true, sharedPosts: ['PCT'], namesake: false });
    expect(ranked[1]).toMatchObject({ sharedOrganizations: ['org:ubnd-tq'], sameProvince: false, namesake: true });
    expect(ranked[2]).toMatchObject({ sharedOrganizations: [], sameProvince: true });
    expect(ranked[4]).toMatchObject({ sameName: false, sharedPosts: ['PCT'] });
  });
});
