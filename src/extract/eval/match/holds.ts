/**
 * holds, scored as users read them: who held which post (the pair of person and position, one to one), and each
 * bound of a term, by its side and cause, and again with its date. A post is the same when its role, body and
 * province agree (`chu-tich|ubnd|quang-nam`) or its national key does.
 */
import { boundsOf, str, type BoundPart, type GoldStatement } from '../statement.js';
import { entityKey, oneToOne, sameDateOrNone, type Side } from './keys.js';
import type { RowScore } from './row.js';

export const pairKey = (side: Side, statement: GoldStatement): string =>
  `${entityKey(side.registry, str(statement.person))} → ${entityKey(side.registry, str(statement.position))?.replace(/^position:/, '')}`;

const holdsOf = (side: Side) => side.statements.filter((statement) => statement.kind === 'holds');

/** Each (person, post) pair once per side. */
export function scoreHoldsPairs(gold: Side, draft: Side): RowScore {
  const firstOf = (side: Side) => {
    const pairs = new Map<string, GoldStatement>();
    for (const statement of holdsOf(side)) if (!pairs.has(pairKey(side, statement))) pairs.set(pairKey(side, statement), statement);
    return pairs;
  };
  const goldPairs = firstOf(gold);
  const draftPairs = firstOf(draft);
  const missed = [...goldPairs]
    .filter(([key]) => !draftPairs.has(key))
    .map(([key, statement]) => ({ statement, what: key.replace(/^person:/, '') }));
  const extra = [...draftPairs.keys()].filter((key) => !goldPairs.has(key)).map((key) => key.replace(/^person:/, ''));
  return { gold: goldPairs.size, draft: draftPairs.size, matched: goldPairs.size - missed.length, missed, extra };
}

interface BoundItem extends BoundPart {
  pair: string;
  statement: GoldStatement;
}

const boundItems = (side: Side): BoundItem[] =>
  holdsOf(side).flatMap((statement) => boundsOf(statement).map((part) => ({ ...part, pair: pairKey(side, statement), statement })));

const describe = (item: BoundItem) =>
  `${item.pair.replace(/^person:/, '')}: ${item.side} ${item.cause ?? '(no cause)'}${item.date ? ` ${item.date}` : ''}`;

/**
 * Bounds one to one by pair, side and cause; `withDate` also asks for the same date at the gold's precision, and
 * for no date where the gold gives none.
 */
export function scoreBounds(gold: Side, draft: Side, withDate: boolean): RowScore {
  const goldItems = boundItems(gold);
  const draftItems = boundItems(draft);
  const sameBound = (g: BoundItem, d: BoundItem) => g.pair === d.pair && g.side === d.side && g.cause === d.cause;
  const { matched, missed, extra } = oneToOne(
    goldItems,
    draftItems,
    (g, d) => sameBound(g, d) && (!withDate || sameDateOrNone(g.date, d.date)),
  );
  // A dated bound missed for its date alone: the draft has the bound (loose), its date is wrong or missing.
  const loose = withDate ? oneToOne(goldItems, draftItems, sameBound).missed : [];
  return {
    gold: goldItems.length,
    draft: draftItems.length,
    matched,
    missed: missed.map((item) => ({ statement: item.statement, what: describe(item), loose: withDate && !loose.includes(item) })),
    extra: extra.map(describe),
  };
}

/** The gold's bounds of a pair, for the traps. */
export const goldBoundsOf = (gold: Side, pair: string): BoundItem[] => boundItems(gold).filter((item) => item.pair === pair);
