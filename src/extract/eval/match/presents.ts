/**
 * Presentations of awards, one to one: by who presented which award (the same award by its gazetteer key, else its
 * folded name; the same presenter, or none on both sides), and in full (also on whose behalf where the gold gives
 * it, and the same named recipients, else the same count where the gold gives one). Recipients are scored apart:
 * each named recipient of each award (or the count, where none is named) is an item.
 */
import { ids, str, type GoldStatement } from '../statement.js';
import { entityKey, oneToOne, type Side } from './keys.js';
import type { RowScore } from './row.js';

interface Presentation {
  statement: GoldStatement;
  award?: string;
  presenter?: string;
  onBehalfOf?: string;
  recipients: string[];
  count?: number;
}

function presentations(side: Side): Presentation[] {
  return side.statements
    .filter((statement) => statement.kind === 'presents')
    .map((statement) => ({
      statement,
      award: entityKey(side.registry, str(statement.award)),
      presenter: entityKey(side.registry, str(statement.presenter)),
      onBehalfOf: entityKey(side.registry, str(statement.onBehalfOf)),
      recipients: ids(statement.recipients)
        .map((id) => entityKey(side.registry, id)!)
        .sort(),
      count: typeof statement.recipientCount === 'number' ? statement.recipientCount : undefined,
    }));
}

const describe = (item: Presentation) =>
  `${item.award?.replace(/^award:/, '')} by ${item.presenter?.replace(/^person:/, '') ?? '(no presenter)'}${item.onBehalfOf ? ` for ${item.onBehalfOf}` : ''} to ${item.recipients.length > 0 ? item.recipients.join(', ') : item.count !== undefined ? `${item.count} unnamed` : '(no recipient)'}`;

export function scorePresentations(gold: Side, draft: Side, full: boolean): RowScore {
  const goldList = presentations(gold);
  const draftList = presentations(draft);
  const { matched, missed, extra } = oneToOne(
    goldList,
    draftList,
    (g, d) =>
      d.award === g.award &&
      d.presenter === g.presenter &&
      (!full ||
        ((g.onBehalfOf === undefined || d.onBehalfOf === g.onBehalfOf) &&
          (g.recipients.length > 0 ? g.recipients.join('|') === d.recipients.join('|') : g.count === undefined || d.count === g.count))),
  );
  return {
    gold: goldList.length,
    draft: draftList.length,
    matched,
    missed: missed.map((item) => ({ statement: item.statement, what: describe(item) })),
    extra: extra.map(describe),
  };
}

interface Recipient {
  statement: GoldStatement;
  key: string;
}

/** Each named recipient of each award, or the count of the unnamed ones. */
const recipients = (side: Side): Recipient[] =>
  presentations(side).flatMap((item) =>
    item.recipients.length > 0
      ? item.recipients.map((recipient) => ({ statement: item.statement, key: `${item.award} → ${recipient}` }))
      : item.count !== undefined
        ? [{ statement: item.statement, key: `${item.award} → ${item.count} unnamed` }]
        : [],
  );

export function scoreRecipients(gold: Side, draft: Side): RowScore {
  const goldItems = recipients(gold);
  const draftItems = recipients(draft);
  const { matched, missed, extra } = oneToOne(goldItems, draftItems, (g, d) => g.key === d.key);
  return {
    gold: goldItems.length,
    draft: draftItems.length,
    matched,
    missed: missed.map((item) => ({ statement: item.statement, what: item.key.replace(/award:/, '') })),
    extra: extra.map((item) => item.key.replace(/award:/, '')),
  };
}
