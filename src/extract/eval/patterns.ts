/**
 * Which pattern of issue 18 a miss belongs to, so that misses are listed by what would fix them: lists (one verb,
 * one post, several people), approvals, careers, dates, events, posts (national, city and district, former),
 * recipients, names, or other. Decided from the gold statement and its article alone (never from the draft), in
 * this order: a miss that fits two patterns is listed under the first.
 */
import { boundsOf, ids, str, type GoldStatement } from './statement.js';
import type { Missed } from './match/row.js';
import { positionKey, type Registry } from '../registry.js';

export const PATTERNS = ['lists', 'approvals', 'careers', 'dates', 'events', 'posts', 'recipients', 'names', 'other'] as const;
export type Pattern = (typeof PATTERNS)[number];

/** What each pattern means, for EXTRACTION.md. */
export const PATTERN_MEANING: Record<Pattern, string> = {
  lists: 'a post that the same sentence gives several people (one verb, one post), or one of several dismissals in a sentence',
  approvals: 'an approval (phê chuẩn, chuẩn y) of an election or a dismissal',
  careers: 'a career line or a bound without a cause ("5/2014 - 4/2015: …")',
  dates: 'found without its date, or with another date',
  events: 'an event, its organizer or a participant',
  posts: 'a national post, a post of a city or district, a former title, or a post the gazetteers lack',
  recipients: 'a presentation, its presenter, on whose behalf, or a recipient',
  names: 'a person the draft does not name',
  other: 'none of the above',
};

const quotesOf = (statement: GoldStatement) => ids(statement.quotes);

/** Another holds statement of the article that shares a quote, the post and the cause, for another person: a list. */
function inList(statement: GoldStatement, statements: GoldStatement[]): boolean {
  const quotes = new Set(quotesOf(statement));
  const cause = (other: GoldStatement) =>
    boundsOf(other)
      .map((bound) => `${bound.side}:${bound.cause ?? ''}`)
      .join(',');
  const multiple = (other: GoldStatement) =>
    other !== statement &&
    other.kind === 'holds' &&
    str(other.person) !== str(statement.person) &&
    cause(other) === cause(statement) &&
    cause(other) !== '' &&
    quotesOf(other).some((quote) => quotes.has(quote));
  return (
    statements.some((other) => multiple(other) && str(other.position) === str(statement.position)) ||
    // Several dismissals in one sentence, each with its own post.
    (boundsOf(statement).some((bound) => bound.side === 'end') && statements.some(multiple))
  );
}

const CAREER_LINE = /^\s*(?:từ\s+)?(?:tháng\s+)?\d{1,2}\s*\/\s*\d{4}\s*[-–]|(?:^|\s)từ\s+(?:tháng\s+)?\d{1,2}\s*\/\s*\d{4}\s*(?:-|–|đến)/i;

function isPostPattern(statement: GoldStatement, registry: Registry): boolean {
  if (boundsOf(statement).some((bound) => bound.side === 'end' && (bound.date?.startsWith('../') || (!bound.date && !bound.cause))))
    return true;
  const position = registry.byId.get(str(statement.position) ?? '');
  if (!position || positionKey(registry, position).startsWith('raw:')) return true;
  const level = str(registry.byId.get(str(position.organization) ?? '')?.level);
  return level === 'national' || level === 'district' || level === 'commune';
}

export function patternOf(row: string, missed: Missed, statements: GoldStatement[], registry: Registry): Pattern {
  const { statement } = missed;
  if (row.startsWith('persons')) return 'names';
  if (missed.loose) return 'dates';
  if (row.startsWith('events') || row === 'organizes' || row === 'participates') return 'events';
  if (row.startsWith('presents') || row === 'recipients') return 'recipients';
  if (statement.kind !== 'holds') return 'other';
  const bounds = boundsOf(statement);
  if (bounds.some((bound) => bound.cause === 'approved') || (statement.end as { approvedBy?: unknown } | undefined)?.approvedBy)
    return 'approvals';
  if (
    bounds.some((bound) => bound.cause === undefined && bound.date !== undefined && !bound.date.startsWith('../')) ||
    quotesOf(statement).some((quote) => CAREER_LINE.test(quote))
  )
    return 'careers';
  if (inList(statement, statements)) return 'lists';
  if (isPostPattern(statement, registry)) return 'posts';
  return 'other';
}
