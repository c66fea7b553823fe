/**
 * The Cypher of every root field and of every relation the planner nests, from a GraphQL operation, without
 * Neo4j (test/support/translate.ts). Snapshots keep the whole text and parameters, so a change to the planner's
 * Cypher shows in review as a diff; the assertions state what must hold whatever the text.
 */
import { getNamedType, isAbstractType, isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { PREFETCHED_PREFIX } from '../../src/db/cypher/projection.js';
import { relationSpec } from '../../src/model/index.js';
import type { NodeLabel } from '../../src/db/cypher/schema.js';
import { encodeCursor } from '../../src/cursor.js';
import { RELATION_FIELDS } from '../../src/resolvers/relationFields.js';
import { schema } from '../support/schema.js';
import { translate } from '../support/translate.js';

/** Translates and expects one query and no GraphQL error; returns that query. */
async function onlyQuery(source: string, variables?: Record<string, unknown>) {
  const { queries, result } = await translate(source, variables);
  expect(result.errors).toBeUndefined();
  expect(queries).toHaveLength(1);
  return queries[0]!;
}

describe('root fields', () => {
  it('node: one lookup by id, with the selected properties and relations only', async () => {
    const query = await onlyQuery('{ node(id: "person:lai-thanh-son") { id ... on Person { name tenures { id } } } }');
    expect(query.params).toMatchObject({ id: 'person:lai-thanh-son' });
    expect(query.cypher).toContain('MATCH (node:Person {id: $id})');
    expect(query.cypher).toContain(`\`${PREFETCHED_PREFIX}tenures\``);
    expect(query.cypher).not.toContain('.*');
    expect(query).toMatchSnapshot();
  });

  it("officeHolders fetches the articles its readings' sources cite with the tenures, and only when they are selected", async () => {
    const withArticles = await onlyQuery('{ officeHolders(positionId: "position:p") { startReadings { sources { article { title } } } } }');
    expect(withArticles.cypher).toContain(`\`${PREFETCHED_PREFIX}__readingClaims\``);
    expect(withArticles.cypher).toContain(':IN_ARTICLE]');
    expect(withArticles.cypher).toContain('.`title`');
    const without = await onlyQuery('{ officeHolders(positionId: "position:p") { startReadings { cause } } }');
    expect(without.cypher).not.toContain('__readingClaims');
  });

  it('search: the folded Lucene query, the labels asked for and the limit', async () => {
    const query = await onlyQuery('{ search(text: "LẠI THANH SƠN", types: [PERSON], first: 5) { score node { id } } }');
    expect(query.params).toMatchObject({ limit: 5 });
    expect(JSON.stringify(query.params)).toContain('lai');
    expect(query).toMatchSnapshot();
  });

  it.each(['people', 'organizations', 'events', 'awardPresentations', 'articles'])(
    '%s: a page of first + 1 rows, the selected properties only',
    async (list) => {
      const query = await onlyQuery(`{ ${list}(first: 3) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`);
      expect(query.params).toMatchObject({ limit: 4 });
      expect(query.cypher).toContain('LIMIT toInteger($limit)');
      expect(query.cypher).not.toContain('total');
      expect(query).toMatchSnapshot();
    },
  );

  it('a list counts its total in the same query only when totalCount is selected', async () => {
    const query = await onlyQuery('{ events(first: 2) { totalCount } }');
    expect(query.cypher).toContain('count(n) AS total');
    expect(query).toMatchSnapshot();
  });

  it('a list filter becomes MATCH anchors on ids and folded predicates', async () => {
    const query = await onlyQuery(
      `{ awardPresentations(where: { presenterId: "person:lai-thanh-son", dateFrom: "2019-01-01" }) { edges { node { id } } } }`,
    );
    expect(query.cypher).toContain('MATCH (n)-[:PRESENTED_BY]->(:Person {id: $presenterId})');
    expect(query.cypher).toContain('n.date >= date($dateFrom)');
    expect(query.params).toMatchObject({ presenterId: 'person:lai-thanh-son', dateFrom: '2019-01-01', limit: 21 });
    const people = await onlyQuery(`{ people(where: { nameContains: "LẠI Thanh" }) { edges { node { id } } } }`);
    expect(people.params).toMatchObject({ nameContains: 'lai thanh' });
  });

  it("a list after a cursor continues from the cursor's position", async () => {
    const after = encodeCursor({ key: '2019-01-11', id: 'event:x' });
    const query = await onlyQuery('query($after: String) { events(first: 2, after: $after) { edges { node { id } } } }', { after });
    expect(query.params).toMatchObject({ afterKey: '2019-01-11', afterId: 'event:x' });
    expect(query).toMatchSnapshot();
  });

  it("officeHolders: the position's tenures on the date, with what is selected below them", async () => {
    const query = await onlyQuery('{ officeHolders(positionId: "position:p", on: "2019-01-11") { startDate person { name } } }');
    expect(query.params).toMatchObject({ ids: ['position:p'] });
    expect(Object.values(query.params)).toContain('2019-01-11');
    expect(query.cypher).toContain(`\`${PREFETCHED_PREFIX}person\``);
    expect(query).toMatchSnapshot();
  });

  it('path: one shortestPath query bounded by maxHops', async () => {
    const query = await onlyQuery('{ path(fromId: "person:a", toId: "position:b", maxHops: 4) { length nodes { id } } }');
    expect(query.cypher).toMatch(/shortestPath/i);
    expect(query.cypher).toContain('*..4]');
    expect(query).toMatchSnapshot();
  });

  it('asks nothing of the database for an id that names no kind of node', async () => {
    const { queries } = await translate('{ path(fromId: "nonsense", toId: "position:b") { length } }');
    expect(queries).toEqual([]);
  });
});

/** The roots whose selections the planner nests, and the type of node each gives. */
const PLANNED_ROOTS: Record<string, { type: NodeLabel; wrap: (inner: string) => string }> = {
  people: { type: 'Person', wrap: (inner) => `people(first: 2) { edges { node { ${inner} } } }` },
  organizations: { type: 'Organization', wrap: (inner) => `organizations(first: 2) { edges { node { ${inner} } } }` },
  events: { type: 'Event', wrap: (inner) => `events(first: 2) { edges { node { ${inner} } } }` },
  awardPresentations: { type: 'AwardPresentation', wrap: (inner) => `awardPresentations(first: 2) { edges { node { ${inner} } } }` },
  articles: { type: 'Article', wrap: (inner) => `articles(first: 2) { edges { node { ${inner} } } }` },
  officeHolders: { type: 'Tenure', wrap: (inner) => `officeHolders(positionId: "position:p") { ${inner} }` },
};

/** The type a relation field leads to (through its wrapper, for sources and statements). */
function targetType(type: GraphQLObjectType, fieldName: string) {
  const field = RELATION_FIELDS[type.name as NodeLabel]![fieldName]!;
  const valueType = getNamedType(type.getFields()[fieldName]!.type);
  return field.wrapper && isObjectType(valueType) ? getNamedType(valueType.getFields()[field.wrapper]!.type) : valueType;
}

/** What to select on a relation field: its node's id (or typename below an abstract type), through the wrapper. */
function selectionOf(type: GraphQLObjectType, fieldName: string): string {
  const field = RELATION_FIELDS[type.name as NodeLabel]![fieldName]!;
  const target = targetType(type, fieldName);
  const leaf = isAbstractType(target) ? '__typename' : 'id';
  return field.wrapper ? `${fieldName} { ${field.wrapper} { ${leaf} } }` : `${fieldName} { ${leaf} }`;
}

/**
 * For each node type, the shortest way to reach it from a planned root through planned relations, as a
 * function wrapping a selection on that type into a whole operation.
 */
function reachOfTypes(): Map<NodeLabel, (inner: string) => string> {
  const reach = new Map<NodeLabel, (inner: string) => string>();
  let frontier: NodeLabel[] = [];
  for (const root of Object.values(PLANNED_ROOTS)) {
    if (!reach.has(root.type)) {
      reach.set(root.type, (inner) => `{ ${root.wrap(inner)} }`);
      frontier.push(root.type);
    }
  }
  while (frontier.length > 0) {
    const next: NodeLabel[] = [];
    for (const label of frontier) {
      const type = schema.getType(label) as GraphQLObjectType;
      for (const [fieldName, field] of Object.entries(RELATION_FIELDS[label] ?? {})) {
        const target = targetType(type, fieldName);
        if (!isObjectType(target) || reach.has(target.name as NodeLabel) || !(target.name in RELATION_FIELDS)) continue;
        const outer = reach.get(label)!;
        reach.set(target.name as NodeLabel, (inner) =>
          outer(field.wrapper ? `${fieldName} { ${field.wrapper} { ${inner} } }` : `${fieldName} { ${inner} }`),
        );
        next.push(target.name as NodeLabel);
      }
    }
    frontier = next;
  }
  return reach;
}

const REACH = reachOfTypes();
const PLANNED_RELATIONS = Object.entries(RELATION_FIELDS).flatMap(([label, fields]) =>
  Object.keys(fields).map((fieldName) => ({ label: label as NodeLabel, fieldName, relation: fields[fieldName]!.relation })),
);

describe('every planned relation', () => {
  it('reaches every node type from a planned root', () => {
    expect([...REACH.keys()].sort()).toEqual(Object.keys(RELATION_FIELDS).sort());
  });

  it.each(PLANNED_RELATIONS.map((relation) => [`${relation.label}.${relation.fieldName}`, relation] as const))(
    "%s is nested in its root's one query",
    async (_name, { label, fieldName, relation }) => {
      const type = schema.getType(label) as GraphQLObjectType;
      const operation = REACH.get(label)!(selectionOf(type, fieldName));
      const query = await onlyQuery(operation);
      expect(query.cypher).toContain(`\`${PREFETCHED_PREFIX}${fieldName}\``);
      // The relationship type the model declares for the field.
      expect(query.cypher).toContain(`:${relationSpec(relation).type}]`);
      expect({ operation, ...query }).toMatchSnapshot();
    },
  );

  it.each(['Person.tenures', 'Position.holders'])('%s(on:) passes the date as a parameter of the nested query', async (coordinate) => {
    const [label, fieldName] = coordinate.split('.') as [NodeLabel, string];
    const query = await onlyQuery(REACH.get(label)!(`${fieldName}(on: "2019-01-11") { id }`));
    expect(Object.values(query.params)).toContain('2019-01-11');
    expect(query.cypher).toMatch(/\$projectionDate\d+/);
    expect(query).toMatchSnapshot();
  });

  it('leaves relations below an abstract type to the loaders', async () => {
    const query = await onlyQuery(
      '{ awardPresentations { edges { node { onBehalfOf { __typename ... on Position { holders { id } } } } } } }',
    );
    expect(query.cypher).toContain(`\`${PREFETCHED_PREFIX}onBehalfOf\``);
    expect(query.cypher).not.toContain(`\`${PREFETCHED_PREFIX}holders\``);
  });

  it('plans nothing that @skip leaves out, and the same selection in another order is the same text', async () => {
    const skipped = await onlyQuery('query($s: Boolean!) { people { edges { node { id tenures @skip(if: $s) { id } } } } }', { s: true });
    expect(skipped.cypher).not.toContain('tenures');
    const one = await onlyQuery('{ people { edges { node { name id familyName } } } }');
    const other = await onlyQuery('{ people { edges { node { familyName id name } } } }');
    expect(one).toEqual(other);
  });
});
