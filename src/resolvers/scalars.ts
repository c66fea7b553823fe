/** Date and DateTime: strict ISO 8601, so that a bad date is the client's error before any query runs. */
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { BadUserInputError } from '../errors.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a real calendar day: 2019-02-30 is not one. */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function scalar(name: string, description: string, isValid: (text: string) => boolean, example: string) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string' || !isValid(value)) {
      throw new BadUserInputError(`${name} must be ISO 8601, e.g. ${example}; got ${JSON.stringify(value)?.slice(0, 40)}.`);
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
  Date: scalar('Date', 'ISO 8601 calendar date, e.g. 2019-01-11.', isCalendarDate, '2019-01-11'),
  DateTime: scalar('DateTime', 'ISO 8601 date and time with offset.', (text) => ISO_DATE_TIME.test(text) && isCalendarDate(text.slice(0, 10)), '2019-01-11T21:00:00+07:00'),
};
