/** A bound of a term (a start or an end) as the draft writes it: cause, date, decision, approver and vote, each as printed. */
import type { Bound } from '../readings.js';
import { articleDate } from '../dating/years.js';
import { cut, type Span } from '../text.js';
import { nationalTitle } from '../link/linker.js';
import type { Assembly } from './assembly.js';
import { END_CAUSES, START_CAUSES, type EndBound, type StartBound } from '../../statements/format.js';

/**
 * A former title's end: on or before the day the sentence shows the person with it, else the article's date; `{}`
 * where neither is known. Always inferred: the text says the term has ended, not when.
 */
function formerEnd(assembly: Assembly, bound: Bound & { former: Span }, notes: string[]): EndBound {
  const { analysis } = assembly;
  const printed = cut(analysis.doc, bound.former);
  if (bound.career) {
    notes.push(`"${printed}" is a post of the career the sentence tells: the text gives no date of its end`);
    return {};
  }
  const on = assembly.date(bound.date, notes);
  const dated =
    on !== undefined ? { value: typeof on === 'string' ? on : on.value, reason: `the day the sentence is about` } : articleDate(analysis);
  if (!dated) {
    notes.push(`"${printed}" is a former title and the article is not dated: the end has no date`);
    return {};
  }
  return {
    date: {
      value: `../${dated.value}`,
      inferred: `the text gives the former title "${printed}" in a text dated ${dated.value} (${dated.reason}): the term ended on or before`,
    },
  };
}

/** A start as the draft writes it; a cause the format does not take for a start is left out. */
export function startStatement(assembly: Assembly, bound: Bound, notes: string[]): StartBound {
  const { cause, ...rest } = bound;
  const start: StartBound = boundStatement(assembly, rest, notes);
  const known = START_CAUSES.find((candidate) => candidate === cause);
  return known === undefined ? start : { ...start, cause: known };
}

/** An end as the draft writes it (a former title's, "on or before"); a cause the format does not take for an end is left out. */
export function endStatement(assembly: Assembly, bound: Bound, notes: string[]): EndBound {
  if (bound.former) return formerEnd(assembly, { ...bound, former: bound.former }, notes);
  const { cause, ...rest } = bound;
  const end: EndBound = boundStatement(assembly, rest, notes);
  const known = END_CAUSES.find((candidate) => candidate === cause);
  return known === undefined ? end : { ...end, cause: known };
}

/** What a start and an end share: date, decision, approver and vote, each as printed. */
function boundStatement(assembly: Assembly, bound: Omit<Bound, 'cause'>, notes: string[]): Omit<StartBound, 'cause'> {
  const { doc } = assembly.analysis;
  const out: Omit<StartBound, 'cause'> = {};
  const date = assembly.date(bound.date, notes);
  if (date !== undefined) out.date = date;
  if (bound.decision) out.decision = cut(doc, bound.decision);
  // The approver's source quote: the decision or the date the approval is printed with.
  const nowhere = { start: 0, end: 0 };
  if (bound.approvedBy)
    out.approvedBy = assembly.linker.position(
      nationalTitle(bound.approvedBy),
      cut(doc, bound.decision ?? bound.date ?? nowhere) || 'Thủ tướng',
    );
  if (bound.approvedByOrganization)
    out.approvedBy = assembly.linker.nationalOrganization(bound.approvedByOrganization, cut(doc, bound.date ?? nowhere) || 'Ban Bí thư');
  if (bound.vote) {
    out.vote = {
      text: cut(doc, bound.vote),
      ...(bound.vote.for !== undefined ? { for: bound.vote.for } : {}),
      ...(bound.vote.present !== undefined ? { present: bound.vote.present } : {}),
      ...(bound.vote.total !== undefined ? { total: bound.vote.total } : {}),
    };
  }
  return out;
}
