/**
 * The two readings that would mislead a reader most, counted apart from the rows:
 * - a former title read as current: the draft shows a person in a post (an attestation, or a start without an
 *   end) where the gold ends that tenure before: an end "on or before" a day (`../D`) or with neither date nor cause
 *   (a former title, "nguyên …"), or an end whose last possible day is before the draft's attestation;
 * - a deputy read as the head: the draft gives a person a head's post (Chủ tịch, Bộ trưởng…) that the gold does
 *   not, where the gold gives the same person that post's deputy (Phó Chủ tịch, Thứ trưởng…).
 */
import { readDate } from '../../../statements/dates.js';
import { dateText, str } from '../statement.js';
import { goldBoundsOf, pairKey } from './holds.js';
import type { Side } from './keys.js';

const holdsOf = (side: Side) => side.statements.filter((statement) => statement.kind === 'holds');

const earliestOf = (date: string | undefined) => {
  const parsed = date === undefined ? undefined : readDate(date);
  return parsed === undefined || typeof parsed === 'string' ? undefined : parsed.earliest;
};
const latestOf = (date: string | undefined) => {
  const parsed = date === undefined ? undefined : readDate(date);
  return parsed === undefined || typeof parsed === 'string' ? undefined : parsed.latest;
};

export function formerReadAsCurrent(gold: Side, draft: Side): string[] {
  const found: string[] = [];
  for (const statement of holdsOf(draft)) {
    const attested = dateText(statement.attestedOn);
    const current = attested !== undefined || (statement.start !== undefined && statement.end === undefined);
    if (!current) continue;
    const pair = pairKey(draft, statement);
    const ends = goldBoundsOf(gold, pair).filter((bound) => bound.side === 'end');
    const former = ends.some(
      (end) =>
        end.date?.startsWith('../') ||
        (end.date === undefined && end.cause === undefined) ||
        (attested !== undefined && (latestOf(end.date) ?? '9999') < (earliestOf(attested) ?? '')),
    );
    if (former) found.push(`${pair.replace(/^person:/, '')}${attested ? ` attested ${attested}` : ''}`);
  }
  return found;
}

/** The head's post of a deputy's key ("pho-chu-tich|ubnd|x" → "chu-tich|ubnd|x", "national:thu-truong-bo-y" → "national:bo-truong-bo-y"). */
export function headOf(post: string): string | undefined {
  const national = /^national:(?:pho-(.+)|thu-truong-(.+))$/.exec(post);
  if (national) return national[1] ? `national:${national[1]}` : `national:bo-truong-${national[2]}`;
  const provincial = /^pho-([a-z-]+?)(?:-thuong-truc)?\|(.+)$/.exec(post);
  return provincial ? `${provincial[1]}|${provincial[2]}` : undefined;
}

export function deputiesReadAsHeads(gold: Side, draft: Side): string[] {
  const goldPairs = holdsOf(gold).map((statement) => pairKey(gold, statement));
  const found = new Set<string>();
  for (const statement of holdsOf(draft)) {
    const pair = pairKey(draft, statement);
    if (goldPairs.includes(pair) || str(statement.person) === undefined || str(statement.position) === undefined) continue;
    const [person, post] = pair.split(' → ') as [string, string];
    const deputyHeld = goldPairs.some((goldPair) => {
      const [goldPerson, goldPost] = goldPair.split(' → ') as [string, string];
      return goldPerson === person && headOf(goldPost) === post;
    });
    if (deputyHeld) found.add(pair.replace(/^person:/, ''));
  }
  return [...found];
}
