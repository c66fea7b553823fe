import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  RELATIONSHIP_TYPES, TYPED_PROPERTIES, countNodesByLabel, deleteBatch, mergeNodes, mergeProvenance, mergeRelationships,
  type RelationshipType,
} from '../../src/db/cypher/load.js';
import { NODE_LABELS, type NodeLabel } from '../../src/db/cypher/schema.js';
import { COLLECTION_NAMES, COLLECTIONS, FIELDS, type ArticleFile, type FieldSpec } from '../../seed/format.js';
import { DEFAULT_ARTICLES_DIR, prepareLoad } from '../../seed/load.js';
import { BATCH_SIZE, planArticleWrite } from '../../seed/plan.js';
import { readSources, readTextBeside } from '../../seed/sources.js';
import { validateLoadSet } from '../../seed/validate.js';

const SHARED_FIXTURE = join(import.meta.dirname, '../fixtures/seed/shared/001_shared_fixture.json');

describe('load Cypher builders', () => {
  it('MERGEs nodes by id in one batch, converts typed properties in Cypher and folds the name', () => {
    const query = mergeNodes('Event', [{ id: 'event:x', props: { name: 'Hội nghị Đảng ủy', date: '2019-01-11', datePrecision: 'day', note: null } }]);
    expect(query.cypher).toBe('UNWIND $rows AS row\nMERGE (n:Event {id: row.id})\nSET n += row.props\nSET n.date = date(row.typed.date)');
    expect(query.params).toEqual({
      rows: [{ id: 'event:x', props: { name: 'Hội nghị Đảng ủy', datePrecision: 'day', note: null, nameFolded: 'hoi nghi dang uy' }, typed: { date: '2019-01-11' } }],
    });
  });

  it('folds a position by its title and stores counts as integers', () => {
    expect(mergeNodes('Position', [{ id: 'position:x', props: { title: 'Thủ tướng Chính phủ' } }]).params.rows).toEqual([
      { id: 'position:x', props: { title: 'Thủ tướng Chính phủ', nameFolded: 'thu tuong chinh phu' }, typed: {} },
    ]);
    expect(mergeNodes('AwardPresentation', [{ id: 'presentation:x', props: { recipientCount: 2 } }]).cypher)
      .toContain('n.recipientCount = toInteger(row.typed.recipientCount)');
  });

  it('MERGEs relationships and provenance between nodes matched by id', () => {
    expect(mergeRelationships('HELD_BY', 'Tenure', 'Person', [{ from: 'tenure:x', to: 'person:y' }]).cypher)
      .toBe('UNWIND $rows AS row\nMATCH (a:Tenure {id: row.from})\nMATCH (b:Person {id: row.to})\nMERGE (a)-[:HELD_BY]->(b)');
    const provenance = mergeProvenance('Person', 'article:a', [{ id: 'person:y', quotes: ['q1', 'q2'] }]);
    expect(provenance.cypher).toContain('MERGE (n)-[:STATED_IN {quote: quote}]->(article)');
    expect(provenance.params).toEqual({ articleId: 'article:a', rows: [{ id: 'person:y', quotes: ['q1', 'q2'] }] });
  });

  it('refuses labels and relationship types outside the model, whatever the caller passes', () => {
    expect(() => mergeNodes('Person) DETACH DELETE (m' as NodeLabel, [])).toThrow(/Not a label/);
    expect(() => mergeRelationships('KNOWS' as RelationshipType, 'Person', 'Person', [])).toThrow(/Not a relationship type/);
    expect(() => deleteBatch(0)).toThrow();
    expect(deleteBatch(500).cypher).toBe('MATCH (n) WITH n LIMIT 500 DETACH DELETE n RETURN count(*) AS deleted');
  });

  it('counts every label of the model, one count-store lookup each', () => {
    const { cypher } = countNodesByLabel();
    for (const label of NODE_LABELS) expect(cypher).toContain(`MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS label, count`);
  });

  it('stores every date field of the format as a Neo4j date, and the counts as integers', () => {
    for (const collection of COLLECTION_NAMES) {
      const label = COLLECTIONS[collection].label;
      const dates = Object.entries(FIELDS[collection] as Record<string, FieldSpec>).filter(([, spec]) => spec.type === 'date').map(([key]) => key);
      const counts = Object.entries(FIELDS[collection] as Record<string, FieldSpec>).filter(([, spec]) => spec.type === 'count').map(([key]) => key);
      expect(TYPED_PROPERTIES[label].date ?? [], label).toEqual(dates);
      expect(TYPED_PROPERTIES[label].integer ?? [], label).toEqual(counts);
    }
  });

  it('maps every reference of the format to a relationship type of the model', () => {
    const used = COLLECTION_NAMES.flatMap((collection) => Object.values(FIELDS[collection] as Record<string, FieldSpec>))
      .flatMap((spec) => (spec.type === 'ref' || spec.type === 'refs' ? [spec.rel] : []));
    expect(new Set([...used, 'STATED_IN'])).toEqual(new Set(RELATIONSHIP_TYPES));
  });
});

describe('planArticleWrite', () => {
  it('writes the seed article as nodes, then relationships, then provenance, in one batch per label and type', () => {
    const [write] = prepareLoad([DEFAULT_ARTICLES_DIR]).writes;
    expect(write?.nodes).toBe(29);
    expect(write?.relationships).toBe(78);
    const firstRelationship = write!.statements.findIndex((statement) => statement.cypher.includes('MATCH (a:'));
    const firstProvenance = write!.statements.findIndex((statement) => statement.cypher.includes('STATED_IN'));
    expect(write!.statements.slice(0, firstRelationship).every((statement) => statement.cypher.includes('MERGE (n:'))).toBe(true);
    expect(firstRelationship).toBeLessThan(firstProvenance);
    const recipients = write!.statements.filter((statement) => statement.cypher.includes(':RECIPIENT]'));
    expect(recipients).toEqual([]);
  });

  it('also MERGEs an entity the file refers to but another file declares, without claiming the article states it', () => {
    const loadSet = validateLoadSet(readSources([join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.json'), SHARED_FIXTURE]), readTextBeside);
    const write = planArticleWrite(loadSet.articles[1]!, loadSet.declarations);
    const positions = write.statements.filter((statement) => statement.cypher.includes('MERGE (n:Position'));
    expect(positions.map((statement) => statement.params.rows)).toEqual([[expect.objectContaining({ id: 'position:pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang' })]]);
    const provenance = write.statements.filter((statement) => statement.cypher.includes('STATED_IN')).flatMap((statement) => statement.params.rows as { id: string }[]);
    expect(provenance.map((row) => row.id).sort()).toEqual(['person:lai-thanh-son', 'tenure:lai-thanh-son--pho-chu-tich-thuong-truc-ubnd-tinh-bac-giang--2019-02-01']);
  });

  it('splits a large file into batches of BATCH_SIZE rows per statement', () => {
    const seed = JSON.parse(readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.json'), 'utf8')) as ArticleFile;
    const template = seed.figures![0]!;
    const figures = Array.from({ length: BATCH_SIZE + 1 }, (_, index) => ({ ...template, id: `figure:f-${index}` }));
    const loadSet = validateLoadSet([{ file: 'a.json', bytes: Buffer.from(JSON.stringify({ ...seed, figures })) }], () => readFileSync(join(DEFAULT_ARTICLES_DIR, '000_379587cad87146f9.txt')));
    const write = planArticleWrite(loadSet.articles[0]!, loadSet.declarations);
    const figureNodes = write.statements.filter((statement) => statement.cypher.includes('MERGE (n:Figure'));
    expect(figureNodes.map((statement) => (statement.params.rows as unknown[]).length)).toEqual([BATCH_SIZE, 1]);
  });
});
