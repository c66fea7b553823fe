import { describe, expect, it } from 'vitest';
import { proposalLinks, proposalLookups, withLinks } from '../../src/review/proposalLinks.js';

const statement = (value: Record<string, unknown>) => ({ json: JSON.stringify(value) });

describe('proposalLookups', () => {
  it("asks after each proposal's id, label and folded name, a person's posts in the draft and a post's organization", () => {
    const lookups = proposalLookups({
      statements: [
        statement({ kind: 'holds', person: 'person:nguyen-van-mau', position: 'position:chu-tich-ubnd-tinh-vi-du' }),
        statement({ kind: 'holds', person: 'person:le-thi-thu', position: 'position:uy-vien-btv' }),
        statement({ kind: 'name', person: 'person:nguyen-van-mau' }),
      ],
      proposed: [
        { id: 'person:nguyen-van-mau', collection: 'people', name: 'Nguyễn Văn Mẫu', json: '{}' },
        {
          id: 'position:chu-tich-ubnd-tinh-vi-du',
          collection: 'positions',
          name: 'Chủ tịch UBND tỉnh Ví Dụ',
          json: '{"organization":"org:ubnd-tinh-vi-du"}',
        },
      ],
    } as never);
    expect(lookups).toEqual([
      {
        id: 'person:nguyen-van-mau',
        label: 'Person',
        folded: 'nguyen van mau',
        posts: ['position:chu-tich-ubnd-tinh-vi-du'],
        organization: null,
      },
      {
        id: 'position:chu-tich-ubnd-tinh-vi-du',
        label: 'Position',
        folded: 'chu tich ubnd tinh vi du',
        posts: [],
        organization: 'org:ubnd-tinh-vi-du',
      },
    ]);
  });
});

describe('proposalLinks', () => {
  it('links to the entity with the same id before any namesake', () => {
    const links = proposalLinks([
      { proposal: 'person:a', id: 'person:a-2', byId: false },
      { proposal: 'person:a', id: 'person:a', byId: true },
    ]);
    expect(links.get('person:a')).toBe('person:a');
  });
  it('links to the only namesake of the same post, and to none of two', () => {
    const links = proposalLinks([
      { proposal: 'person:a', id: 'person:a-tuyen-quang', byId: false },
      { proposal: 'person:b', id: 'person:b-1', byId: false },
      { proposal: 'person:b', id: 'person:b-2', byId: false },
    ]);
    expect([...links]).toEqual([['person:a', 'person:a-tuyen-quang']]);
  });
  it('gives every proposal its link or null', () => {
    const extraction = withLinks(
      { proposed: [{ id: 'person:a' }, { id: 'person:b' }] } as unknown as Parameters<typeof withLinks>[0],
      new Map([['person:a', 'person:x']]),
    );
    expect(extraction.proposed.map((proposal) => proposal.linkedTo)).toEqual(['person:x', null]);
  });
});
