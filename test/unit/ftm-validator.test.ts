/**
 * The FollowTheMoney validator the export tests use (test/support/ftm.ts): a small export it accepts, and each
 * kind of fault it must find in one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FTM_DATASET, type FtmEntity, type FtmStatement } from '../../src/export/ftm.js';
import { validateFtm } from '../support/ftm.js';

const dir = mkdtempSync(join(tmpdir(), 'ftm-validator-'));
const person: FtmEntity = { id: 'og-person-a', schema: 'Person', properties: { name: ['Nguyễn Văn A'], birthDate: ['1970'] } };
const body: FtmEntity = { id: 'og-org-b', schema: 'PublicBody', properties: { name: ['UBND tỉnh B'] } };
const post: FtmEntity = {
  id: 'og-position-c',
  schema: 'Position',
  properties: { name: ['Chủ tịch UBND tỉnh B'], organization: ['og-org-b'] },
};
const occupancy: FtmEntity = {
  id: 'og-tenure-d',
  schema: 'Occupancy',
  properties: { holder: ['og-person-a'], post: ['og-position-c'], startDate: ['2016-06-28'] },
};
const GOOD = [person, body, post, occupancy];

function statementsOf(entities: readonly FtmEntity[]): FtmStatement[] {
  return entities.flatMap((entity) =>
    [
      ['id', entity.id] as const,
      ...Object.entries(entity.properties).flatMap(([prop, values]) => values.map((value) => [prop, value] as const)),
    ].map(([prop, value], index) => ({
      id: `${entity.id}-${index}`,
      canonical_id: entity.id,
      entity_id: entity.id,
      prop,
      schema: entity.schema,
      value,
      dataset: FTM_DATASET,
      lang: null,
      original_value: null,
      first_seen: null,
      last_seen: null,
      external: false,
      origin: null,
    })),
  );
}

async function problemsOf(entities: readonly FtmEntity[], statements: readonly FtmStatement[] = statementsOf(entities)): Promise<string[]> {
  const name = String(Math.random()).slice(2);
  const write = (file: string, rows: readonly unknown[]) =>
    writeFileSync(join(dir, file), rows.map((row) => JSON.stringify(row)).join('\n'));
  write(`${name}.jsonl`, entities);
  write(`${name}.statements.jsonl`, statements);
  return (await validateFtm(join(dir, `${name}.jsonl`), join(dir, `${name}.statements.jsonl`))).problems;
}

describe('the FollowTheMoney validator', () => {
  it('accepts a person holding a post of a public body, as entities and as statements', async () => {
    expect(await problemsOf(GOOD)).toEqual([]);
    expect((await validateFtm(join(dir, 'none.jsonl')).catch(() => 'no file')) === 'no file').toBe(true);
  });

  it.each<[string, FtmEntity[], RegExp]>([
    ['an abstract or unknown schema', [{ ...person, schema: 'Thing' }], /no concrete schema "Thing"/],
    ['an id FollowTheMoney does not take', [{ ...person, id: 'og person' }], /invalid id/],
    [
      'a property of another schema',
      [{ ...person, properties: { ...person.properties, jurisdiction: ['vn'], holder: ['x'] } }],
      /Person has no property holder/,
    ],
    [
      'a date that is no date',
      [{ ...person, properties: { ...person.properties, birthDate: ['1970-02-30'] } }],
      /birthDate = "1970-02-30" is not a date/,
    ],
    [
      'a reference to an entity the export lacks',
      [person, body, post, { ...occupancy, properties: { ...occupancy.properties, holder: ['og-nobody'] } }],
      /refers to og-nobody/,
    ],
    [
      'a reference to an entity of another schema',
      [person, body, post, { ...occupancy, properties: { ...occupancy.properties, holder: ['og-org-b'] } }],
      /a PublicBody, not a Person/,
    ],
    [
      'a required property missing',
      [person, body, post, { ...occupancy, properties: { holder: ['og-person-a'] } }],
      /lacks the required post/,
    ],
  ])('finds %s', async (_name, entities, expected) => {
    expect((await problemsOf(entities)).join('\n')).toMatch(expected);
  });

  it('finds statements that make other entities than the entity file', async () => {
    const statements = statementsOf(GOOD).filter((statement) => statement.prop !== 'startDate');
    expect(await problemsOf(GOOD, statements)).toEqual([expect.stringMatching(/^og-tenure-d: the statements say/)]);
  });
});
