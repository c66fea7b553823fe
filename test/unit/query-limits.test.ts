/** The limits' measure of an operation, on the service's schema, without a server. */
import { getOperationAST, getNamedType, isObjectType, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fragmentsOf } from '../../src/operation/collectFields.js';
import { ARGUMENT_BOUNDS, measureOperation } from '../../src/plugins/queryLimits.js';
import { schema } from '../support/schema.js';

const measure = (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  return measureOperation(schema, getOperationAST(document)!, fragmentsOf(document), variables, true);
};

describe('measureOperation', () => {
  it('measures depth, aliases and cost: a page multiplies what is under it by its first', () => {
    expect(measure('{ a: people(first: 5) { edges { node { id name } } } }')).toEqual({
      depth: 4,
      aliases: 1,
      directives: 0,
      cost: 1 + 5 * (1 + 1 * (1 + 2)),
    });
  });

  it('assumes 10 items for a list without first, and the default page without it', () => {
    expect(measure('{ node(id: "x") { ... on Person { tenures { id } } } }').cost).toBe(1 + (1 + 10 * 1));
    expect(measure('{ people { totalCount } }').cost).toBe(1 + 20 * 1);
  });

  it('counts merged fields once, and leaves out what @skip and @include leave out (directives still count)', () => {
    const query =
      'query($s: Boolean!) { node(id: "x") { id id ...f ...f } people @skip(if: $s) { totalCount } } fragment f on Person { name }';
    expect(measure(query, { s: true })).toEqual({ depth: 2, aliases: 0, directives: 1, cost: 1 + 2 });
    expect(measure(query, { s: false }).cost).toBe(1 + 2 + 1 + 20);
  });

  it("counts fields of a fragment on a concrete type under an abstract one with that type's fields", () => {
    expect(measure('{ node(id: "x") { ... on Organization { children { id } } } }').cost).toBe(1 + (1 + 10));
  });

  it('walks a fragment bomb in linear time', () => {
    const bomb = `{ node(id: "x") { ...F0 } } ${Array.from({ length: 25 }, (_, i) => `fragment F${i} on Person { ...F${i + 1} ...F${i + 1} }`).join(' ')} fragment F25 on Person { id }`;
    expect(measure(bomb)).toMatchObject({ depth: 2, cost: 2 });
  });

  it('checks bounded arguments by schema coordinate, literal or variable, with a 400', () => {
    expect(() => measure('{ people(first: 101) { totalCount } }')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', http: { status: 400 } }) }),
    );
    expect(() => measure('query($n: Int) { search(text: "a", first: $n) { score } }', { n: 500 })).toThrow(
      /`first` must be a whole number from 0 to 100/,
    );
    expect(() => measure('{ path(fromId: "a", toId: "b", maxHops: 0) { length } }')).toThrow(
      /`maxHops` must be a whole number from 1 to 10/,
    );
    expect(measure('{ path(fromId: "a", toId: "b", maxHops: 10) { length } }').cost).toBe(2);
  });

  it('has a bound for every first and maxHops argument of the schema', () => {
    const bounded = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields()).flatMap((field) =>
          field.args
            .filter((arg) => ['first', 'maxHops'].includes(arg.name) && getNamedType(arg.type).name === 'Int')
            .map((arg) => `${type.name}.${field.name}(${arg.name}:)`),
        ),
      );
    expect(bounded.sort()).toEqual(Object.keys(ARGUMENT_BOUNDS).sort());
  });
});
