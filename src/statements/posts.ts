/**
 * What a post's tenures tell about each other, applied once each tenure is derived from its own claims
 * (derive.ts). Two rules, each narrowing only the days a tenure *may* have been held, never what a source states:
 *
 * - A post begins and ends with the body and the territory it belongs to (a province formed by a merger, one
 *   merged into another): where no source gives a tenure's start or end, its possible days stay within the post's.
 * - A post held by one person at a time (a chairman, a secretary; not a vice chairman) cannot have been held by
 *   one person on a day another held it for certain: a successor's certain start closes the predecessor's possible
 *   term, and a predecessor's certain end opens the successor's. An acting holder's term so ends when the elected
 *   one's begins.
 *
 * Where the evidence of a tenure itself (an attestation, a bound a source gives) lies beyond such a day, the
 * evidence wins: sources that say two people held an exclusive post at once are shown as they say it.
 * Each narrowed end says why, in `possibleFromReason` and `possibleToReason`.
 */
import type { DerivedFact } from './derive.js';

/** What the graph knows of a post apart from its tenures' claims. */
export interface PostContext {
  /** Its role is held by one person at a time. */
  exclusive: boolean;
  /** The first day the post existed, and why (it, its body or its territory formed that day, as a source states). */
  began?: { on: string; reason: string };
  /** The last day the post existed, and why (its body or its territory replaced the next day, as a source states). */
  ended?: { on: string; reason: string };
}

/** A tenure's days, read and narrowed in place (they are ISO dates or null). */
const days = (tenure: DerivedFact) => tenure.props as Record<string, string | null | undefined>;

/** The post's tenures with the rules applied (new objects; the tenures given are not changed). */
export function applyPostRules(tenures: readonly DerivedFact[], post: PostContext): DerivedFact[] {
  const result = tenures.map((tenure) => ({ ...tenure, props: { ...tenure.props, possibleFromReason: null, possibleToReason: null } }));
  const { began, ended } = post;
  if (began) {
    for (const tenure of result) {
      const day = days(tenure);
      const first = tenure.evidence?.first;
      // A source's start decides; otherwise the post's beginning does, unless the evidence runs earlier.
      if (tenure.evidence?.startStated || !day.possibleFrom || day.possibleFrom >= began.on) continue;
      if (first !== undefined && first < began.on) continue;
      day.possibleFrom = began.on;
      day.possibleFromReason = began.reason;
    }
  }
  if (ended) {
    for (const tenure of result) {
      const day = days(tenure);
      const last = tenure.evidence?.last;
      // A source's end decides; otherwise the post's end does, unless the evidence runs later.
      if (tenure.evidence?.endStated || !day.possibleTo || day.possibleTo <= ended.on) continue;
      if (last !== undefined && last > ended.on) continue;
      day.possibleTo = ended.on;
      day.possibleToReason = ended.reason;
    }
  }
  if (!post.exclusive) return result;
  // The other holders in the order of their ids: where two would narrow a tenure to the same day, the reason names
  // the same one whatever order the tenures came in (a bulk load and a load article by article agree).
  const others = [...result].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const tenure of result) {
    const day = days(tenure);
    const { first, last } = tenure.evidence ?? {};
    for (const other of others) {
      if (other === tenure) continue;
      const { certainFrom, certainTo } = days(other);
      if (!certainFrom || !certainTo) continue;
      const person = other.relationships.find((relationship) => relationship.type === 'HELD_BY')?.to ?? 'another holder';
      // Another held it for certain from a day on or after all of this tenure's evidence (a successor elected at
      // the session that dismissed this one) and after it: this one ended by then. Two tenures seen on one day
      // only tell nothing of which came first.
      if (last !== undefined && last <= certainFrom && certainTo > last && day.possibleTo && day.possibleTo > certainFrom) {
        day.possibleTo = certainFrom;
        day.possibleToReason = `succeeded by ${person}, in office for certain from ${certainFrom}`;
      }
      // Another held it for certain until a day on or before all of this tenure's evidence, and before it: this
      // one began then.
      if (first !== undefined && first >= certainTo && certainFrom < first && day.possibleFrom && day.possibleFrom < certainTo) {
        day.possibleFrom = certainTo;
        day.possibleFromReason = `preceded by ${person}, in office for certain until ${certainTo}`;
      }
    }
  }
  return result;
}
