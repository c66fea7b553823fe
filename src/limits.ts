/** Bounds on what one request may ask for, checked before any database work. */
import { BadUserInputError } from './errors.js';

export const PAGE_SIZE = { default: 20, max: 100 } as const;
/** The change feed's pages: larger, since a client following it reads every change once. */
export const CHANGES_PAGE_SIZE = { default: 100, max: 500 } as const;
export const SEARCH_SIZE = { default: 10, max: 100 } as const;
export const PATH_HOPS = { default: 6, max: 10 } as const;
export const MAX_SEARCH_TEXT_LENGTH = 200;

/**
 * A count argument within [min, max]; absent means the default. Out of range is the client's error, not clamped.
 * `rejectsRequest` when checked before execution (see plugins/queryLimits.ts), so the answer is a 400.
 */
export function boundedCount(
  value: unknown,
  bounds: { default: number; max: number },
  argumentName: string,
  { min = 0, rejectsRequest = false }: { min?: number; rejectsRequest?: boolean } = {},
): number {
  if (value === null || value === undefined) return bounds.default;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > bounds.max) {
    throw new BadUserInputError(`\`${argumentName}\` must be a whole number from ${min} to ${bounds.max}.`, argumentName, rejectsRequest);
  }
  return value;
}
