/** Date and DateTime: strict ISO 8601, so that a bad date is the client's error before any query runs. */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from '../errors.js';
import { isIsoDate, isIsoDateTimeWithOffset, YEAR_RANGE } from '../text/isoDate.js';

function scalar(name: string, description: string, isValid: (text: string) => boolean, example: string) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !isValid(value)) {
      throw new BadUserInputError(
        `${name} must be ISO 8601 of ${YEAR_RANGE}, e.g. ${example}; got ${JSON.stringify(value)?.slice(0, 40)}.`,
      );
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => String(value),
    parseValue: parse,
    parseLiteral: (ast: ValueNode) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const scalarResolvers = {
  Date: scalar('Date', 'ISO 8601 calendar date, e.g. 2019-01-11.', isIsoDate, '2019-01-11'),
  DateTime: scalar('DateTime', 'ISO 8601 date and time with offset.', isIsoDateTimeWithOffset, '2019-01-11T21:00:00+07:00'),
};
