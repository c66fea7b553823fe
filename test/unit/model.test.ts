/**
 * The model read from schema.graphql's directives (src/model/index.ts): what every builder, the loader and the
 * validator rely on.
 */
import { describe, expect, it } from 'vitest';
import {
  externalIdProperties,
  externalIdUrl,
  labelOfId,
  labelsOfKind,
  MODEL,
  NODE_LABELS,
  nodeSpec,
  PATH_RELATIONSHIP_TYPES,
  readModel,
  RELATIONSHIP_TYPES,
  relationSpec,
  SCHEMA_SDL,
  SEARCHABLE_LABELS,
  typedProperties,
} from '../../src/model/index.js';

describe('readModel on schema.graphql', () => {
  const model = readModel(SCHEMA_SDL);

  it('reads every label with its id prefix, kind and registry collection', () => {
    const nodes = [...model.nodes.values()].map((node) => [node.label, node.prefix, node.kind, node.collection ?? null]);
    expect(nodes.sort()).toEqual([
      ['Article', 'article', 'article', null],
      ['Award', 'award', 'registry', 'awards'],
      ['AwardPresentation', 'presentation', 'fact', null],
      ['Claim', 'claim', 'claim', null],
      ['Event', 'event', 'fact', null],
      ['Figure', 'figure', 'fact', null],
      ['Organization', 'org', 'registry', 'organizations'],
      ['Participation', 'participation', 'fact', null],
      ['Person', 'person', 'registry', 'people'],
      ['Place', 'place', 'registry', 'places'],
      ['Position', 'position', 'registry', 'positions'],
      ['Reorganization', 'reorganization', 'fact', null],
      ['Role', 'role', 'registry', 'roles'],
      ['Tenure', 'tenure', 'fact', null],
    ]);
    expect([...NODE_LABELS].sort()).toEqual(nodes.map(([label]) => label));
    expect(labelsOfKind('registry').sort()).toEqual(['Award', 'Organization', 'Person', 'Place', 'Position', 'Role']);
    expect(labelsOfKind('fact').sort()).toEqual(['AwardPresentation', 'Event', 'Figure', 'Participation', 'Reorganization', 'Tenure']);
  });

  it('labels an id by its prefix', () => {
    expect(labelOfId('person:lai-thanh-son')).toBe('Person');
    expect(labelOfId('org:chinh-phu')).toBe('Organization');
    expect(labelOfId('presentation:x')).toBe('AwardPresentation');
    expect(labelOfId('persons:x')).toBeUndefined();
    expect(labelOfId('person')).toBeUndefined();
    expect(labelOfId(':person')).toBeUndefined();
  });

  it('Person.tenures is IN HELD_BY to Tenure, filtered by date and ordered by possibleFrom', () => {
    expect(model.relations.get('Person.tenures')).toEqual({
      coordinate: 'Person.tenures',
      from: 'Person',
      field: 'tenures',
      type: 'HELD_BY',
      direction: 'IN',
      targets: ['Tenure'],
      many: true,
      required: false,
      orderBy: ['possibleFrom'],
      onDate: true,
      wrapper: undefined,
    });
    expect(relationSpec('Position.holders')).toMatchObject({ type: 'OF_POSITION', direction: 'IN', targets: ['Tenure'], onDate: true });
    expect(relationSpec('Tenure.person')).toMatchObject({
      type: 'HELD_BY',
      direction: 'OUT',
      targets: ['Person'],
      many: false,
      required: true,
      onDate: false,
    });
  });

  it('Agent fields target Person, Organization and Position', () => {
    for (const coordinate of [
      'Participation.participant',
      'Award.conferrer',
      'AwardPresentation.onBehalfOf',
      'AwardPresentation.recipients',
    ]) {
      expect(relationSpec(coordinate).targets, coordinate).toEqual(['Person', 'Organization', 'Position']);
    }
    expect(relationSpec('AwardPresentation.recipients')).toMatchObject({ type: 'RECIPIENT', many: true, required: false });
    expect(relationSpec('Participation.participant')).toMatchObject({ type: 'PARTICIPANT', many: false, required: true });
  });

  it('a value that wraps the node with its quote: sources (SourceRef.article) and statements (Statement.node)', () => {
    expect(relationSpec('Person.sources')).toMatchObject({
      type: 'STATED_IN',
      direction: 'OUT',
      targets: ['Article'],
      wrapper: 'article',
      orderBy: ['publishedOn'],
    });
    const statements = relationSpec('Article.statements');
    expect(statements).toMatchObject({ type: 'STATED_IN', direction: 'IN', wrapper: 'node' });
    expect([...statements.targets].sort()).toEqual([...NODE_LABELS].sort());
  });

  it('stored properties with their types; derived and computed ones told apart', () => {
    const tenure = nodeSpec('Tenure');
    expect(tenure.properties.find((property) => property.name === 'possibleFrom')).toEqual({
      name: 'possibleFrom',
      type: 'date',
      required: false,
      derived: true,
    });
    expect(tenure.computed).toEqual({ certainty: [], startReadings: ['readings'], endReadings: ['readings'], attestations: ['readings'] });
    expect(nodeSpec('Person').properties.find((property) => property.name === 'aliases')).toEqual({
      name: 'aliases',
      type: 'strings',
      required: false,
      derived: false,
    });
    expect(nodeSpec('Person').properties.find((property) => property.name === 'name')).toEqual({
      name: 'name',
      type: 'string',
      required: true,
      derived: false,
    });
    expect(nodeSpec('Claim').properties.find((property) => property.name === 'rank')).toMatchObject({ type: 'string', required: true });
    expect(typedProperties('Tenure')).toEqual({
      date: ['startDate', 'endDate', 'attestedOn', 'certainFrom', 'certainTo', 'possibleFrom', 'possibleTo'],
      datetime: [],
      integer: [],
    });
    expect(typedProperties('AwardPresentation')).toEqual({ date: ['date'], datetime: [], integer: ['recipientCount'] });
    expect(typedProperties('Article')).toEqual({ date: ['publishedOn'], datetime: ['publishedAt'], integer: [] });
  });

  it('the searchable labels are those with a @name, folded from that property', () => {
    expect([...SEARCHABLE_LABELS].sort()).toEqual(['Award', 'Event', 'Organization', 'Person', 'Place', 'Position', 'Role']);
    expect(nodeSpec('Position').nameProperty).toBe('title');
    expect(nodeSpec('Person').nameProperty).toBe('name');
    expect(nodeSpec('Tenure').nameProperty).toBeUndefined();
  });

  it('paths follow the relationships between entities and facts, never provenance or claims', () => {
    for (const type of ['STATED_IN', 'IN_ARTICLE', 'SUPPORTS', 'MENTIONS']) {
      expect(RELATIONSHIP_TYPES).toContain(type);
      expect(PATH_RELATIONSHIP_TYPES).not.toContain(type);
    }
    expect(PATH_RELATIONSHIP_TYPES).toEqual([
      'ABOUT',
      'AT_EVENT',
      'CONFERRED_BY',
      'DECIDED_BY',
      'FORMS',
      'HELD_BY',
      'HELD_IN',
      'IN_ORGANIZATION',
      'JURISDICTION',
      'OF_AWARD',
      'OF_POSITION',
      'OF_ROLE',
      'ON_BEHALF_OF',
      'ORGANIZED_BY',
      'PARTICIPANT',
      'PART_OF',
      'PRESENTED_BY',
      'RECIPIENT',
      'REPLACES',
      'REPORTED_AT',
    ]);
  });

  it("the module model is the schema's", () => {
    expect([...MODEL.relations.keys()]).toEqual([...model.relations.keys()]);
  });

  it('reads the Wikidata QID of every registry kind as an external id, with its form and its page', () => {
    for (const label of labelsOfKind('registry')) {
      const [wikidata, ...others] = externalIdProperties(label);
      expect(others).toEqual([]);
      expect(wikidata).toMatchObject({ name: 'wikidataId', type: 'string', required: false, derived: false });
      expect(wikidata!.external.scheme).toBe('wikidata');
      expect(wikidata!.external.pattern.test('Q1')).toBe(true);
      for (const bad of ['Q0', 'Q01', 'q42', 'Q42 ', 'P39', 'Q']) expect(wikidata!.external.pattern.test(bad)).toBe(false);
      expect(externalIdUrl(wikidata!.external, 'Q42')).toBe('https://www.wikidata.org/wiki/Q42');
    }
    expect(externalIdProperties('Tenure')).toEqual([]);
  });

  it('refuses unknown labels and coordinates', () => {
    expect(() => nodeSpec('People')).toThrow('Not a label of the graph model: "People"');
    expect(() => relationSpec('Person.friends')).toThrow('Not a relation of the graph model: "Person.friends"');
  });
});

describe('readModel: inconsistent directives', () => {
  const DIRECTIVES = `
    directive @node(prefix: String!, kind: String!, collection: String) on OBJECT
    directive @relation(type: String!, direction: String = "OUT", orderBy: [String!], onDate: Boolean = false) on FIELD_DEFINITION
    directive @name on FIELD_DEFINITION
    directive @derived on FIELD_DEFINITION
    directive @computed(from: [String!]) on FIELD_DEFINITION
    directive @externalId(scheme: String!, pattern: String!, url: String!) on FIELD_DEFINITION
    type Query { a: A }
  `;

  it('a minimal model reads', () => {
    const model = readModel(`${DIRECTIVES}
      type A @node(prefix: "a", kind: "registry", collection: "as") { id: ID!, name: String! @name, b: B @relation(type: "TO_B") }
      type B @node(prefix: "b", kind: "fact") { id: ID!, count: Int, as: [A!]! @relation(type: "TO_B", direction: "IN") }
    `);
    expect(model.relations.get('B.as')).toMatchObject({ type: 'TO_B', direction: 'IN', targets: ['A'], many: true });
    expect(model.nodes.get('A')).toMatchObject({ collection: 'as', nameProperty: 'name' });
  });

  it('a field of an object type without @relation', () => {
    expect(() =>
      readModel(`${DIRECTIVES}
      type A @node(prefix: "a", kind: "registry") { id: ID!, b: B }
      type B @node(prefix: "b", kind: "fact") { id: ID! }
    `),
    ).toThrow('A.b: a field of type B needs @relation or @computed');
  });

  it('an id prefix used twice, an unknown kind, a direction that is neither OUT nor IN', () => {
    expect(() =>
      readModel(
        `${DIRECTIVES} type A @node(prefix: "x", kind: "registry") { id: ID! } type B @node(prefix: "x", kind: "fact") { id: ID! }`,
      ),
    ).toThrow('B: id prefix "x" is used twice');
    expect(() => readModel(`${DIRECTIVES} type A @node(prefix: "a", kind: "entity") { id: ID! }`)).toThrow(
      'A: unknown @node kind "entity"',
    );
    expect(() =>
      readModel(`${DIRECTIVES}
      type A @node(prefix: "a", kind: "registry") { id: ID!, b: B @relation(type: "TO_B", direction: "BOTH") }
      type B @node(prefix: "b", kind: "fact") { id: ID! }
    `),
    ).toThrow('A.b: direction must be OUT or IN');
  });

  it('an external id that is not one string, or whose page has no place for the id', () => {
    expect(() =>
      readModel(
        `${DIRECTIVES} type A @node(prefix: "a", kind: "registry") { id: ID!, q: [String!] @externalId(scheme: "s", pattern: "^Q", url: "u/{id}") }`,
      ),
    ).toThrow('A.q: an @externalId is one string');
    expect(() =>
      readModel(
        `${DIRECTIVES} type A @node(prefix: "a", kind: "registry") { id: ID!, q: String @externalId(scheme: "s", pattern: "^Q", url: "u") }`,
      ),
    ).toThrow("A.q: @externalId's url needs {id}");
  });

  it('a list of numbers, and a schema without the directives', () => {
    expect(() => readModel(`${DIRECTIVES} type A @node(prefix: "a", kind: "registry") { id: ID!, counts: [Int!] }`)).toThrow(
      'A.counts: only lists of strings can be stored',
    );
    expect(() => readModel('type Query { a: String }')).toThrow('schema.graphql does not declare @node');
  });
});
