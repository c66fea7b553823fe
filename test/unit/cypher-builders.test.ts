/**
 * The pure Cypher builders: the writes of the loader and the write API (src/db/cypher/merge.ts, claims.ts, entities.ts, counts.ts) and the relation reads of the API
 * (src/db/cypher/relations.ts, projection.ts), all written from the model. Labels, types and property names reach
 * the query text only from the model; nested relations never reuse an enclosing level's variables (a reused name
 * would silently join on the outer node).
 */
import { describe, expect, it } from 'vitest';
import { claimsOfFacts, createClaims } from '../../src/db/cypher/claims.js';
import { countNodesByLabel, countRelationshipsByType, deleteBatch } from '../../src/db/cypher/counts.js';
import { deleteUnsourcedEntities } from '../../src/db/cypher/entities.js';
import {
  combineWrites,
  createProvenance,
  createRelationships,
  deleteNodes,
  deleteOutgoing,
  mergeNodes,
} from '../../src/db/cypher/merge.js';
import { projectionRenderer, type NodeProjection } from '../../src/db/cypher/projection.js';
import { CERTAINTY_KEY, QUOTE_KEY, relatedItemsExpression, relatedNodesQuery } from '../../src/db/cypher/relations.js';
import { MODEL, NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/model/index.js';
import { provenanceWrites, relationshipWrites } from '../../src/statements/store.js';

describe('mergeNodes', () => {
  it('converts the Tenure dates with date() and keeps the other properties as they are', () => {
    const query = mergeNodes('Tenure', [
      {
        id: 'tenure:a--b',
        props: {
          startDate: '2016-07-03',
          endDate: null,
          possibleFrom: '2016-07-03',
          possibleTo: '2019-10-31',
          disputed: false,
          readings: '[]',
          term: null,
        },
      },
    ]);
    expect(query.cypher).toBe(
      [
        'UNWIND $rows AS row',
        'OPTIONAL MATCH (old:Tenure {id: row.id})',
        'WITH row, old IS NULL AS created',
        'MERGE (n:Tenure {id: row.id})',
        'SET n += row.props',
        'SET n.startDate = date(row.typed.startDate), n.endDate = date(row.typed.endDate), n.possibleFrom = date(row.typed.possibleFrom), n.possibleTo = date(row.typed.possibleTo)',
        'RETURN collect(CASE WHEN created THEN n.id END) AS created',
      ].join('\n'),
    );
    // The change feed's record: the nodes written, and those new, from the column the query returns.
    expect(query.changes).toEqual({ written: ['tenure:a--b'], createdColumn: 'created' });
    expect(query.params).toEqual({
      rows: [
        {
          id: 'tenure:a--b',
          props: { disputed: false, readings: '[]', term: null },
          typed: { startDate: '2016-07-03', endDate: null, possibleFrom: '2016-07-03', possibleTo: '2019-10-31' },
        },
      ],
    });
  });

  it('stores AwardPresentation.recipientCount with toInteger and its date with date()', () => {
    const query = mergeNodes('AwardPresentation', [
      { id: 'presentation:x', props: { recipientCount: 2, date: '2019-01-11', recipientDescription: 'hai cá nhân' } },
    ]);
    expect(query.cypher.split('\n').at(-2)).toBe(
      'SET n.date = date(row.typed.date), n.recipientCount = toInteger(row.typed.recipientCount)',
    );
    expect(query.params.rows).toEqual([
      { id: 'presentation:x', props: { recipientDescription: 'hai cá nhân' }, typed: { recipientCount: 2, date: '2019-01-11' } },
    ]);
  });

  it('stores Article.publishedAt with datetime() and publishedOn with date()', () => {
    const query = mergeNodes('Article', [
      { id: 'article:a', props: { publishedAt: '2019-01-11T21:00:00+07:00', publishedOn: '2019-01-11', title: 'T' } },
    ]);
    expect(query.cypher.split('\n').at(-2)).toBe(
      'SET n.publishedOn = date(row.typed.publishedOn), n.publishedAt = datetime(row.typed.publishedAt)',
    );
    expect(query.params.rows).toEqual([
      { id: 'article:a', props: { title: 'T' }, typed: { publishedAt: '2019-01-11T21:00:00+07:00', publishedOn: '2019-01-11' } },
    ]);
  });

  it('converts only the typed properties some row gives', () => {
    const query = mergeNodes('Tenure', [{ id: 'tenure:a--b', props: { readings: '[]' } }]);
    expect(query.cypher).toBe(
      'UNWIND $rows AS row\nOPTIONAL MATCH (old:Tenure {id: row.id})\nWITH row, old IS NULL AS created\nMERGE (n:Tenure {id: row.id})\nSET n += row.props\nRETURN collect(CASE WHEN created THEN n.id END) AS created',
    );
    expect(
      mergeNodes('Tenure', [
        { id: 'tenure:a', props: {} },
        { id: 'tenure:b', props: { certainTo: '2019-01-01' } },
      ]).cypher,
    ).toContain('SET n.certainTo = date(row.typed.certainTo)');
  });

  it('folds the name property into nameFolded: a Position by its title, a Person by its name', () => {
    expect(
      mergeNodes('Position', [
        { id: 'position:x', props: { title: 'Phó Chủ tịch Thường trực UBND tỉnh', titleEn: 'Standing Vice Chairman' } },
      ]).params.rows,
    ).toEqual([
      {
        id: 'position:x',
        props: {
          title: 'Phó Chủ tịch Thường trực UBND tỉnh',
          titleEn: 'Standing Vice Chairman',
          nameFolded: 'pho chu tich thuong truc ubnd tinh',
        },
        typed: {},
      },
    ]);
    expect(mergeNodes('Person', [{ id: 'person:x', props: { name: 'Lại Thanh Sơn'.normalize('NFD') } }]).params.rows).toEqual([
      { id: 'person:x', props: { name: 'Lại Thanh Sơn'.normalize('NFD'), nameFolded: 'lai thanh son' }, typed: {} },
    ]);
    // A row that does not set the name (names of an entity only) leaves nameFolded alone.
    expect(mergeNodes('Person', [{ id: 'person:x', props: { nameReadings: '[]' } }]).params.rows).toEqual([
      { id: 'person:x', props: { nameReadings: '[]' }, typed: {} },
    ]);
    // An event only organized so far has no name: nothing to fold.
    expect(mergeNodes('Event', [{ id: 'event:x', props: { name: null } }]).params.rows).toEqual([
      { id: 'event:x', props: { name: null, nameFolded: null }, typed: {} },
    ]);
  });

  it('refuses a label outside the model', () => {
    expect(() => mergeNodes('Persons', [])).toThrow('Not a label of the graph model: "Persons"');
    expect(() => mergeNodes('Person {id: 1}) DETACH DELETE (n', [])).toThrow(/Not a label of the graph model/);
    expect(() => deleteNodes('SourceRef', ['x'])).toThrow('Not a label of the graph model: "SourceRef"');
    expect(() => claimsOfFacts('Fact', ['x'])).toThrow(/Not a label/);
    expect(() => deleteUnsourcedEntities(['Person', 'Nobody'])).toThrow('Not a label of the graph model: "Nobody"');
  });
});

describe('relationship writes', () => {
  it('CREATEs relationships between nodes matched by id', () => {
    expect(createRelationships('HELD_BY', 'Tenure', 'Person', [{ from: 'tenure:x', to: 'person:y' }])).toEqual({
      cypher: 'UNWIND $rows AS row\nMATCH (a:Tenure {id: row.from})\nMATCH (b:Person {id: row.to})\nCREATE (a)-[:HELD_BY]->(b)',
      params: { rows: [{ from: 'tenure:x', to: 'person:y' }] },
      changes: { written: ['tenure:x'] },
    });
  });

  it('refuses a relationship type or a label outside the model', () => {
    expect(() => createRelationships('KNOWS', 'Person', 'Person', [])).toThrow('Not a relationship type of the graph model: "KNOWS"');
    expect(() => createRelationships('HELD_BY]->(b) DETACH DELETE b //', 'Tenure', 'Person', [])).toThrow(/Not a relationship type/);
    expect(() => createRelationships('HELD_BY', 'Tenure', 'People', [])).toThrow('Not a label of the graph model: "People"');
    expect(() => deleteOutgoing('Tenure', ['HELD_BY', 'KNOWS'], ['x'])).toThrow('Not a relationship type of the graph model: "KNOWS"');
    expect(() => deleteOutgoing('Tenure', [], ['x'])).toThrow('deleteOutgoing needs at least one relationship type');
  });

  it('deletes the outgoing relationships of the given types', () => {
    expect(deleteOutgoing('Event', ['ORGANIZED_BY', 'HELD_IN'], ['event:x']).cypher).toBe(
      'UNWIND $ids AS id\nMATCH (n:Event {id: id})-[r:ORGANIZED_BY|HELD_IN]->()\nDELETE r',
    );
  });

  it('writes each distinct relationship and quote once, since CREATE would write a repeated row twice', () => {
    const mentions = relationshipWrites('Claim', [
      { type: 'MENTIONS', from: 'claim:a/s1', to: 'person:x' },
      { type: 'MENTIONS', from: 'claim:a/s1', to: 'person:x' },
      { type: 'MENTIONS', from: 'claim:a/s1', to: 'place:y' },
      { type: 'SUPPORTS', from: 'claim:a/s1', to: 'person:x' },
    ]);
    expect(mentions.map((query) => [query.cypher.split('\n').slice(2).join(' '), query.params.rows])).toEqual([
      ['MATCH (b:Person {id: row.to}) CREATE (a)-[:MENTIONS]->(b)', [{ from: 'claim:a/s1', to: 'person:x' }]],
      ['MATCH (b:Place {id: row.to}) CREATE (a)-[:MENTIONS]->(b)', [{ from: 'claim:a/s1', to: 'place:y' }]],
      ['MATCH (b:Person {id: row.to}) CREATE (a)-[:SUPPORTS]->(b)', [{ from: 'claim:a/s1', to: 'person:x' }]],
    ]);
    const quotes = provenanceWrites('Person', [
      { id: 'person:x', articleId: 'article:a', quotes: ['q1', 'q2'] },
      { id: 'person:x', articleId: 'article:a', quotes: ['q2'] },
      { id: 'person:x', articleId: 'article:b', quotes: ['q2'] },
    ]);
    expect(quotes.map((query) => query.params.rows)).toEqual([
      [
        { id: 'person:x', articleId: 'article:a', quote: 'q1' },
        { id: 'person:x', articleId: 'article:a', quote: 'q2' },
        { id: 'person:x', articleId: 'article:b', quote: 'q2' },
      ],
    ]);
  });

  it('CREATEs one STATED_IN {quote} per row to the article', () => {
    const rows = [
      { id: 'person:y', articleId: 'article:a', quote: 'q1' },
      { id: 'person:y', articleId: 'article:a', quote: 'q2' },
      { id: 'person:y', articleId: 'article:b', quote: 'q3' },
    ];
    const provenance = createProvenance('Person', rows);
    expect(provenance.cypher).toContain('MATCH (article:Article {id: row.articleId})');
    expect(provenance.cypher).toContain('MATCH (n:Person {id: row.id})');
    expect(provenance.cypher).toContain('CREATE (n)-[:STATED_IN {quote: row.quote}]->(article)');
    expect(provenance.params).toEqual({ rows });
  });

  it('creates claims linked to their article, and reads the claims of facts back with their article', () => {
    const row = {
      id: 'claim:a--s1',
      articleId: 'article:a',
      kind: 'holds',
      rank: 'normal',
      rankReason: null,
      values: '{}',
      quotes: ['q'],
      content: 'c',
      stated: [],
    };
    const created = createClaims([row]);
    expect(created.cypher).toContain('MATCH (article:Article {id: row.articleId})');
    expect(created.cypher).toContain('CREATE (claim)-[:IN_ARTICLE]->(article)');
    expect(created.params).toEqual({ rows: [row] });
    const read = claimsOfFacts('Tenure', ['tenure:x']);
    expect(read.cypher).toContain('MATCH (fact:Tenure {id: id})');
    expect(read.cypher).toContain('(fact)<-[:SUPPORTS]-(claim:Claim)-[:IN_ARTICLE]->(article:Article)');
    expect(read.params).toEqual({ ids: ['tenure:x'] });
  });

  it('counts every label and relationship type of the model, and deletes in bounded batches', () => {
    const labels = countNodesByLabel().cypher;
    for (const label of NODE_LABELS)
      expect(labels).toContain(`MATCH (n:${label}) WITH count(n) AS count RETURN '${label}' AS label, count`);
    const types = countRelationshipsByType().cypher;
    for (const type of RELATIONSHIP_TYPES)
      expect(types).toContain(`MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN '${type}' AS type, count`);
    expect(deleteBatch(500).cypher).toBe(
      'MATCH (n) WHERE NOT n:ApiKey AND NOT n:Draft AND NOT n:BulkLoad WITH n LIMIT 500 WITH n, n:AuditEntry OR n:ChangeLog OR n:BulkLoad OR n:WriteLock AS record DETACH DELETE n\n' +
        'RETURN count(*) AS deleted, count(CASE WHEN NOT record THEN 1 END) AS graphNodes',
    );
    expect(() => deleteBatch(0)).toThrow('Batch size must be a positive integer, got 0');
    expect(() => deleteBatch(1.5)).toThrow(/positive integer/);
  });
});

const COORDINATES = [...MODEL.relations.keys()];

describe('relations: one pattern per relation of the model', () => {
  it('covers every relation of the schema', () => {
    expect(COORDINATES.length).toBeGreaterThan(40);
    expect(COORDINATES).toContain('Person.tenures');
    expect(COORDINATES).toContain('Article.statements');
  });

  it.each(COORDINATES)("%s nested: binds only its own level's variables, in the model's direction", (coordinate) => {
    const spec = MODEL.relations.get(coordinate)!;
    const expression = relatedItemsExpression(coordinate, 'outer', 3, (target) => target);
    expect(expression).toMatch(/^COLLECT \{ MATCH \(outer\)/);
    expect(expression).toMatch(/\btarget3\b/);
    expect(expression).not.toMatch(/\b(target|rel|source|target[0-24-9]|rel[0-24-9])\b/);
    const target = `(target3:${spec.targets.join('|')})`;
    expect(expression).toContain(spec.direction === 'OUT' ? `-[rel3:${spec.type}]->${target}` : `<-[rel3:${spec.type}]-${target}`);
    expect(expression).toContain(
      `ORDER BY ${[...spec.orderBy, ...(spec.orderBy.includes('id') ? [] : ['id'])].map((property) => `target3.${property}`).join(', ')}`,
    );
  });

  it.each(COORDINATES)('%s for many sources: one row per source id, its own variables only', (coordinate) => {
    const spec = MODEL.relations.get(coordinate)!;
    const query = relatedNodesQuery(coordinate, ['x:1', 'x:2']);
    expect(query.cypher).toContain(`MATCH (source:${spec.from} {id: sourceId})${spec.direction === 'OUT' ? '-' : '<-'}[rel:${spec.type}]`);
    expect(query.cypher).toContain('RETURN sourceId, collect(');
    expect(query.cypher).not.toMatch(/\b(target|rel)\d+\b/);
    expect(query.params).toEqual({ ids: ['x:1', 'x:2'] });
    expect(query.cypher.includes(`${QUOTE_KEY}: rel.quote`)).toBe(spec.wrapper !== undefined);
  });

  it('the tenure date filter compares the possible days, and adds the certainty of each tenure', () => {
    const query = relatedNodesQuery('Person.tenures', ['person:a'], { on: '2019-01-11' });
    expect(query.cypher).toContain('WHERE target.possibleFrom <= date($on) AND target.possibleTo >= date($on)');
    expect(query.cypher).toContain(
      `${CERTAINTY_KEY}: CASE WHEN target.certainFrom <= date($on) AND target.certainTo >= date($on) THEN 'CERTAIN' ELSE 'POSSIBLE' END`,
    );
    expect(query.cypher).toContain('ORDER BY target.possibleFrom, target.id');
    expect(query.params).toEqual({ ids: ['person:a'], on: '2019-01-11' });
  });

  it('certainOnly compares the certain days', () => {
    const query = relatedNodesQuery('Position.holders', ['position:a'], { on: '2019-01-11', certainOnly: true });
    expect(query.cypher).toContain('WHERE target.certainFrom <= date($on) AND target.certainTo >= date($on)');
    expect(query.cypher).not.toContain('possibleFrom <=');
    const nested = relatedItemsExpression(
      'Position.holders',
      'n',
      2,
      (target, entries) => `${target} {${entries.join(', ')}}`,
      'day',
      true,
    );
    expect(nested).toContain('WHERE target2.certainFrom <= date($day) AND target2.certainTo >= date($day)');
    expect(nested).toContain(`target2 {${CERTAINTY_KEY}: CASE WHEN target2.certainFrom <= date($day)`);
  });

  it('without a date, no filter and no certainty; a relation without onDate ignores the date', () => {
    const unfiltered = relatedNodesQuery('Person.tenures', ['person:a']);
    expect(unfiltered.cypher).not.toContain('WHERE');
    expect(unfiltered.cypher).not.toContain(CERTAINTY_KEY);
    const participations = relatedNodesQuery('Person.participations', ['person:a'], { on: '2019-01-11' });
    expect(participations.cypher).not.toContain('WHERE');
    expect(participations.cypher).not.toContain(CERTAINTY_KEY);
  });

  it("the sources relation carries each quote, ordered by the article's day then the quote", () => {
    const query = relatedNodesQuery('Person.sources', ['person:a']);
    expect(query.cypher).toContain('MATCH (source:Person {id: sourceId})-[rel:STATED_IN]->(target:Article)');
    expect(query.cypher).toContain('ORDER BY target.publishedOn, target.id, rel.quote');
    expect(query.cypher).toContain(`collect(target {.*, _labels: labels(target), ${QUOTE_KEY}: rel.quote}) AS items`);
    const nested = relatedItemsExpression('Tenure.sources', 'n', 1, (target, entries) => `${target} {${entries.join(', ')}}`);
    expect(nested).toBe(
      `COLLECT { MATCH (n)-[rel1:STATED_IN]->(target1:Article)  WITH target1, rel1 ORDER BY target1.publishedOn, target1.id, rel1.quote RETURN target1 {${QUOTE_KEY}: rel1.quote} }`,
    );
  });

  it('refuses a relation outside the model', () => {
    expect(() => relatedNodesQuery('Person.friends', ['person:a'])).toThrow('Not a relation of the graph model: "Person.friends"');
    expect(() => relatedItemsExpression('personTenures', 'n', 0, (target) => target)).toThrow(/Not a relation of the graph model/);
  });
});

describe('projectionRenderer', () => {
  const leaf = (properties: string[]): NodeProjection => ({ properties, dates: [], labels: false, related: {} });

  it('renders each level with its own variables, dates as strings and the date filter as a parameter', () => {
    const render = projectionRenderer({
      properties: ['name'],
      dates: [],
      labels: false,
      related: {
        onTheDay: {
          relation: 'Person.tenures',
          filter: { on: '2019-01-11' },
          single: false,
          target: { ...leaf(['term']), dates: ['startDate'] },
        },
        sources: { relation: 'Person.sources', filter: {}, single: false, target: leaf(['title']) },
      },
    });
    const { expression, params } = render('n', []);
    expect(expression).toContain('`startDate`: toString(target0.`startDate`)');
    expect(expression).toContain('WHERE target0.possibleFrom <= date($projectionDate0) AND target0.possibleTo >= date($projectionDate0)');
    expect(expression).toContain(`${CERTAINTY_KEY}: CASE WHEN target0.certainFrom <= date($projectionDate0)`);
    expect(expression).toContain(`${QUOTE_KEY}: rel0.quote`);
    expect(expression).toContain('target0 {.`id`, .`title`, _quote: rel0.quote}');
    expect(params).toEqual({ projectionDate0: '2019-01-11' });
  });

  it("nests deeper levels with the next depth's variables", () => {
    const render = projectionRenderer({
      properties: [],
      dates: [],
      labels: false,
      related: {
        tenures: {
          relation: 'Person.tenures',
          filter: {},
          single: false,
          target: {
            ...leaf([]),
            related: { position: { relation: 'Tenure.position', filter: {}, single: true, target: leaf(['title']) } },
          },
        },
      },
    });
    const { expression } = render('n', []);
    expect(expression).toContain('MATCH (n)<-[rel0:HELD_BY]-(target0:Tenure)');
    expect(expression).toContain('MATCH (target0)-[rel1:OF_POSITION]->(target1:Position)');
    expect(expression).toContain('RETURN target1 {.`id`, .`title`} }[0]');
  });

  it('refuses a name that is not a GraphQL name', () => {
    const render = projectionRenderer(leaf(['name}) DETACH DELETE (n']));
    expect(() => render('n', [])).toThrow(/not a GraphQL name/);
  });
});

describe('combineWrites', () => {
  const relationships = createRelationships('HELD_BY', 'Tenure', 'Person', [{ from: 'tenure:a--b', to: 'person:a' }]);
  const sources = createProvenance('Tenure', [{ id: 'tenure:a--b', articleId: 'article:x', quote: 'q' }]);
  const deleted = deleteOutgoing('Tenure', ['HELD_BY'], ['tenure:a--b', 'tenure:c--d']);

  it('runs each query in its own subquery, in order, with its parameters renamed apart', () => {
    const combined = combineWrites([deleted, relationships, sources]);
    expect(combined.cypher.match(/CALL \{/g)).toHaveLength(3);
    expect(combined.cypher.indexOf('DELETE r')).toBeLessThan(combined.cypher.indexOf('CREATE (a)-[:HELD_BY]->(b)'));
    expect(combined.cypher.indexOf('CREATE (a)-[:HELD_BY]->(b)')).toBeLessThan(combined.cypher.indexOf('STATED_IN'));
    expect(combined.params).toEqual({ q0_ids: deleted.params.ids, q1_rows: relationships.params.rows, q2_rows: sources.params.rows });
    expect(combined.cypher).toContain('UNWIND $q1_rows AS row');
    expect(combined.cypher).not.toMatch(/\$rows|\$ids/);
  });

  it('declares every node the queries write, so that the change feed records the same', () => {
    expect(combineWrites([deleted, relationships, sources]).changes).toEqual({
      written: ['tenure:a--b', 'tenure:c--d', 'tenure:a--b', 'tenure:a--b'],
    });
  });

  it('refuses a query whose rows would be lost: one that returns, or declares its changes in a column', () => {
    expect(() => combineWrites([relationships, mergeNodes('Person', [{ id: 'person:a', props: {} }])])).toThrow(/return nothing/);
    expect(() => combineWrites([relationships, { cypher: 'MATCH (n) DELETE n', params: {}, changes: { removedColumn: 'ids' } }])).toThrow(
      /return nothing/,
    );
  });

  it('leaves a single query as it is', () => {
    expect(combineWrites([sources])).toBe(sources);
  });
});
