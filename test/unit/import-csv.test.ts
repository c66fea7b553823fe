import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARRAY_DELIMITER,
  csvField,
  csvString,
  ImportCsvWriter,
  importType,
  nodeHeader,
  relationshipHeader,
} from '../../bench/synthetic/importCsv.js';
import { epochDay, neo4jDate, neo4jDateTimeVn, Part } from '../../bench/synthetic/part.js';

describe('csvString', () => {
  it.each([
    ['Lại Thanh Sơn', 'Lại Thanh Sơn'],
    [
      'Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lại Thanh Sơn trao Bằng khen',
      '"Thừa ủy quyền của Thủ tướng Chính phủ, đồng chí Lại Thanh Sơn trao Bằng khen"',
    ],
    ['Hội nghị "tổng kết" năm 2018', '"Hội nghị ""tổng kết"" năm 2018"'],
    ['dòng một\ndòng hai', '"dòng một\ndòng hai"'],
    ['a\r\nb', '"a\r\nb"'],
    ['16,%', '"16,%"'],
    // Unquoted, an empty field is a missing value to the importer: an empty string must be quoted.
    ['', '""'],
  ])('writes %j as %j', (text, field) => {
    expect(csvString(text)).toBe(field);
  });
});

describe('csvField', () => {
  it('leaves a missing property empty', () => {
    expect(csvField(undefined)).toBe('');
  });

  it('writes Neo4j values as the importer parses them', () => {
    expect(csvField(neo4j.int(2))).toBe('2');
    expect(csvField(16.5)).toBe('16.5');
    expect(csvField(true)).toBe('true');
    expect(csvField(neo4jDate(epochDay(2019, 1, 11)))).toBe('2019-01-11');
    expect(csvField(neo4jDateTimeVn(epochDay(2019, 1, 11), 21, 0))).toBe('2019-01-11T21:00:00+07:00');
  });

  it('joins lists with the array delimiter, quoting the field as a whole', () => {
    expect(csvField(['UBND tỉnh', 'Ủy ban, nhân dân'])).toBe(`"UBND tỉnh${ARRAY_DELIMITER}Ủy ban, nhân dân"`);
    expect(csvField(['Bắc Giang'])).toBe('Bắc Giang');
  });

  it('refuses lists the importer would read back differently', () => {
    expect(() => csvField([])).toThrow(/empty list/);
    expect(() => csvField(['a', ''])).toThrow(/not representable/);
    expect(() => csvField([`a${ARRAY_DELIMITER}b`])).toThrow(/not representable/);
  });
});

describe('headers', () => {
  it('types every column from its value, the id as the label id space', () => {
    const props = {
      id: 'presentation:syn-00000001-0',
      date: neo4jDate(epochDay(2019, 1, 11)),
      recipientCount: neo4j.int(2),
      recipientDescription: 'hai cá nhân',
      value: 3.5,
      published: neo4jDateTimeVn(epochDay(2019, 1, 11), 21, 0),
      aliases: ['a'],
      flag: false,
    };
    expect(nodeHeader('AwardPresentation', props)).toEqual([
      'id:ID(AwardPresentation)',
      'date:date',
      'recipientCount:long',
      'recipientDescription:string',
      'value:double',
      'published:datetime',
      'aliases:string[]',
      'flag:boolean',
    ]);
    expect(importType(neo4j.int(7))).toBe('long');
  });

  it('names both ends id spaces of a relationship group, and its quote', () => {
    expect(relationshipHeader({ from: 'Person', to: 'Article', quoted: true })).toEqual([
      ':START_ID(Person)',
      ':END_ID(Article)',
      'quote:string',
    ]);
    expect(relationshipHeader({ from: 'Tenure', to: 'Person', quoted: false })).toEqual([':START_ID(Tenure)', ':END_ID(Person)']);
  });
});

describe('ImportCsvWriter', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one file per label and columns and per relationship group, and tells which hold line breaks', () => {
    dir = mkdtempSync(join(tmpdir(), 'import-csv-'));
    const part = new Part('test');
    part.node('Event', { id: 'event:syn-1', name: 'Hội nghị, năm 2018', date: neo4jDate(epochDay(2019, 1, 11)), partOfDay: 'morning' });
    part.node('Event', { id: 'event:syn-2', name: 'Lễ "trao"', date: neo4jDate(epochDay(2019, 1, 12)) });
    part.node('Article', { id: 'article:syn-1', text: 'Dòng một.\nDòng hai.', publishedAt: neo4jDateTimeVn(epochDay(2019, 1, 11), 21, 0) });
    part.rel('ORGANIZED_BY', 'Event', 'event:syn-1', 'Organization', 'org:syn-1');
    part.stated('Event', 'event:syn-1', 'article:syn-1', 'Sáng ngày 11/1, hội nghị "tổng kết"');
    const writer = new ImportCsvWriter(dir);
    writer.writePart(part);
    const input = writer.close();

    const contents = (path: string) => readFileSync(path, 'utf8');
    expect(input.nodes.map(({ label, path, rows }) => [label, basename(path), rows])).toEqual([
      ['Event', '000-Event.csv', 1],
      ['Event', '001-Event.csv', 1],
      ['Article', '002-Article.csv', 1],
    ]);
    expect(contents(input.nodes[0]?.path ?? '')).toBe(
      'id:ID(Event),name:string,date:date,partOfDay:string\nevent:syn-1,"Hội nghị, năm 2018",2019-01-11,morning\n',
    );
    expect(contents(input.nodes[1]?.path ?? '')).toBe('id:ID(Event),name:string,date:date\nevent:syn-2,"Lễ ""trao""",2019-01-12\n');
    expect(contents(input.nodes[2]?.path ?? '')).toBe(
      'id:ID(Article),text:string,publishedAt:datetime\narticle:syn-1,"Dòng một.\nDòng hai.",2019-01-11T21:00:00+07:00\n',
    );
    expect(input.relationships.map(({ type, rows }) => [type, rows])).toEqual([
      ['ORGANIZED_BY', 1],
      ['STATED_IN', 1],
    ]);
    expect(contents(input.relationships[1]?.path ?? '')).toBe(
      ':START_ID(Event),:END_ID(Article),quote:string\nevent:syn-1,article:syn-1,"Sáng ngày 11/1, hội nghị ""tổng kết"""\n',
    );
    expect(input.multilineFiles).toEqual([input.nodes[2]?.path]);
    expect(writer.stats).toEqual({ nodes: 3, relationships: 2 });
  });
});
