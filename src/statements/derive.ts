/**
 * Facts from statements: a tenure, an event, a presentation, a figure or a participation is derived from every
 * statement of every article that supports it, and an entity's names from every statement that names it. Pure:
 * the loader reads the statements (claims) of the facts a write touches, derives them here and writes the result,
 * so that a newer article that ends a term never edits the older one that began it.
 *
 * Where statements disagree, nothing silently wins: a reading ranked `preferred` is used; otherwise a property
 * whose readings differ is left null and listed in `disputed`, and a tenure's bound becomes the range of its
 * readings (the sources then place the tenure on the days in between only possibly). Every reading stays in the
 * graph with its sources.
 */
import { nodeSpec, type NodeLabel } from '../model/index.js';
import { addYears, containsDate, dateOf, narrowestAgreed, type DateInput, type FuzzyDate } from './dates.js';
import {
  FACT_STATEMENTS,
  RENEWAL_CAUSES,
  type Bound,
  type FactStatementKind,
  type HoldsStatement,
  type Rank,
  type Statement,
  type Vote,
} from './format.js';

/**
 * A statement as the graph holds it, with where it comes from, as derivation reads it: its references resolved to
 * the entities they are judged to be (src/statements/judgements.ts), and its rank as judged (an editor's rank,
 * else the one its file gives). What the article stated is the stored claim, which derivation never changes.
 */
export interface Claim<S extends Statement = Statement> {
  /** `claim:<article slug>/<statement id>` */
  id: string;
  articleId: string;
  /** The article's publication day, when known: orders readings of equal rank. */
  publishedOn: string | null;
  statement: S;
  rank: Rank;
}

/** A statement's field by name, for the fields the model gives (a fact's properties and relations). */
const fieldOf = (statement: Statement, field: string): unknown => (statement as Readonly<Record<string, unknown>>)[field];

export interface SourceQuote {
  articleId: string;
  quote: string;
}

/** A fact as derived: the node's properties (replacing what it had), its relationships, its sources. */
export interface DerivedFact {
  id: string;
  label: NodeLabel;
  props: Record<string, unknown>;
  relationships: { type: string; to: string }[];
  sources: SourceQuote[];
  /**
   * A tenure's evidence, for the rules across a post's tenures (posts.ts): its first and last day of evidence, and
   * whether a source gives its start and its end. Not stored.
   */
  evidence?: { first?: string; last?: string; startStated: boolean; endStated: boolean };
}

/**
 * With no source for a bound, how far from the evidence the tenure may still have run: five years, the term of
 * People's Councils, People's Committees and the National Assembly (Law on the Organization of Local Government,
 * art. 4; Constitution, art. 71), unless the statements give the term itself.
 */
export const POSSIBLE_HORIZON_YEARS = 5;

const RANK_ORDER: Readonly<Record<Rank, number>> = { preferred: 0, normal: 1, deprecated: 2 };
const rankOf = (claim: Claim): Rank => claim.rank;
/** The quotes of the claims, each article's quote once (two statements of one article often quote one sentence). */
function sourcesOf(claims: readonly Claim[]): SourceQuote[] {
  const seen = new Set<string>();
  return claims.flatMap((claim) =>
    claim.statement.quotes.flatMap((quote) => {
      const key = `${claim.articleId}\n${quote}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return [{ articleId: claim.articleId, quote }];
    }),
  );
}

/** Preferred first, then normal, then deprecated; within a rank the earlier article first. */
function byRank(a: Claim, b: Claim): number {
  return (
    RANK_ORDER[rankOf(a)] - RANK_ORDER[rankOf(b)] ||
    (a.publishedOn ?? '9999').localeCompare(b.publishedOn ?? '9999') ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The claims that decide a value: among those that give it, the preferred ones if any, else every one not
 * deprecated. A preferred statement silent on a value leaves it to the others.
 */
function deciding(claims: readonly Claim[], gives: (claim: Claim) => boolean = () => true): Claim[] {
  const giving = claims.filter(gives);
  const preferred = giving.filter((claim) => rankOf(claim) === 'preferred');
  return preferred.length > 0 ? preferred : giving.filter((claim) => rankOf(claim) !== 'deprecated');
}

/** The readings of one field from the claims that decide it. */
const readingsOf = (claims: readonly Claim[], field: string): unknown[] =>
  deciding(claims, (claim) => fieldOf(claim.statement, field) !== undefined).map((claim) => fieldOf(claim.statement, field));

/** One value from the deciding claims' readings: the agreed one, else undefined and `disputed`. */
function agreed<T>(readings: readonly T[]): { value?: T; disputed: boolean } {
  const distinct = new Map(readings.map((reading) => [JSON.stringify(reading), reading]));
  if (distinct.size === 0) return { disputed: false };
  if (distinct.size === 1) return { value: readings[0], disputed: false };
  return { disputed: true };
}

/**
 * The value of a property the schema requires (an event's name, a presentation's award): what the statements
 * agree on; where they dispute it or only deprecated ones give it, the best-ranked reading (the earliest article
 * first among equals), so that the fact stays whole. `disputed` and `claims` still show every reading.
 */
function requiredValue(claims: readonly Claim[], field: string, agreedValue: unknown): unknown {
  const giving = claims.find((claim) => fieldOf(claim.statement, field) !== undefined);
  return agreedValue ?? (giving === undefined ? undefined : fieldOf(giving.statement, field));
}

/**
 * One date from the deciding claims' readings: the most precise one, when every other reading is the same date to
 * a coarser precision ("2025-07" and "2025-07-01" agree on 1 July 2025); undefined and `disputed` when two
 * readings cannot both be true. A date printed in one article and inferred in another is one date.
 */
function agreedDate(readings: readonly unknown[]): { value?: unknown; disputed: boolean } {
  if (readings.length === 0) return { disputed: false };
  const value = narrowestAgreed(readings, (reading) => dateOf(reading as DateInput));
  return value === undefined ? { disputed: true } : { value, disputed: false };
}

/** An event, presentation or figure: each property and single relation agreed on, lists united. */
function deriveFactFromProperties(id: string, label: NodeLabel, claims: readonly Claim[], organizers: readonly Claim[]): DerivedFact {
  const spec = nodeSpec(label);
  const props: Record<string, unknown> = { id };
  const disputed: string[] = [];
  const relationships: { type: string; to: string }[] = [];
  for (const property of spec.properties) {
    if (property.derived || property.name === 'id') continue;
    const readings = readingsOf(claims, property.name);
    const agreement = property.type === 'date' ? agreedDate(readings) : agreed(readings);
    if (agreement.disputed) disputed.push(property.name);
    const value = property.required ? requiredValue(claims, property.name, agreement.value) : agreement.value;
    if (property.type === 'date') {
      // The companions the model declares for a date (its precision, why a part is inferred, a span's last day)
      // are always set, null without an agreed date, so that a derivation never leaves an earlier one's behind.
      const date = value === undefined ? undefined : dateOf(value as DateInput);
      props[property.name] = date?.earliest ?? null;
      props[`${property.name}Precision`] = date?.precision ?? null;
      props[`${property.name}Inferred`] = date?.inferred ?? null;
      if (property.name === 'date') props.endDate = date && date.value.includes('/') ? date.latest : null;
    } else {
      props[property.name] = value ?? null;
    }
  }
  for (const relation of spec.relations) {
    if (relation.direction !== 'OUT' || relation.wrapper) continue;
    if (relation.many) {
      // A list unites every statement not deprecated: ranks choose between readings of one value, and one
      // article naming more recipients (or more provinces merged) than another contradicts nothing.
      const united = new Set(
        claims
          .filter((claim) => rankOf(claim) !== 'deprecated')
          .flatMap((claim) => (fieldOf(claim.statement, relation.field) as string[] | undefined) ?? []),
      );
      if (label === 'Event' && relation.field === 'organizers')
        for (const claim of organizers)
          if (rankOf(claim) !== 'deprecated' && claim.statement.kind === 'organizes') united.add(claim.statement.organizer);
      for (const to of united) relationships.push({ type: relation.type, to });
    } else {
      const agreement = agreed(readingsOf(claims, relation.field) as string[]);
      if (agreement.disputed) disputed.push(relation.field);
      const value = relation.required ? requiredValue(claims, relation.field, agreement.value) : agreement.value;
      if (value !== undefined) relationships.push({ type: relation.type, to: String(value) });
    }
  }
  const known = new Set(spec.properties.map((property) => property.name));
  for (const key of Object.keys(props)) if (!known.has(key)) delete props[key];
  if (known.has('disputed')) props.disputed = disputed;
  return { id, label, props, relationships, sources: sourcesOf([...claims, ...organizers]) };
}

/** One article's reading of a tenure's start, end or an attestation, as the API shows it (BoundReading). */
export interface TenureReading {
  side: 'start' | 'end' | 'attested';
  date: FuzzyDate | null;
  /** How the term began or ended; null where the text gives only a date or that it ended; `attested` for attestations. */
  cause: string | null;
  decidedBy: string | null;
  decision: string | null;
  approvedBy: string | null;
  vote: Vote | null;
  term: string | null;
  rank: Rank;
  claimId: string;
  sources: SourceQuote[];
}

type HoldsClaim = Claim<HoldsStatement>;

const ACTING_CAUSES: ReadonlySet<string> = new Set(['acting', 'interim']);

/**
 * Whether the sources show the post held as acting or interim only: some statement says so, and none gives the
 * tenure a start of another kind. A chairman acting from June and elected in July held a full tenure.
 */
function heldOnlyAsActing(claims: readonly HoldsClaim[]): boolean {
  const standing = claims.filter((claim) => rankOf(claim) !== 'deprecated');
  const isActing = (claim: HoldsClaim) => claim.statement.acting === true || ACTING_CAUSES.has(claim.statement.start?.cause ?? '');
  return standing.some(isActing) && !standing.some((claim) => claim.statement.start !== undefined && !isActing(claim));
}
const isHolds = (claim: Claim): claim is HoldsClaim => claim.statement.kind === 'holds';

function reading(claim: HoldsClaim, side: TenureReading['side'], bound: Bound | undefined, date: DateInput | undefined): TenureReading {
  return {
    side,
    date: date === undefined ? null : dateOf(date),
    cause: bound === undefined ? 'attested' : (bound.cause ?? null),
    decidedBy: bound?.decidedBy ?? null,
    decision: bound?.decision ?? null,
    approvedBy: bound?.approvedBy ?? null,
    vote: bound?.vote ?? null,
    term: claim.statement.term ?? null,
    rank: rankOf(claim),
    claimId: claim.id,
    sources: sourcesOf([claim]),
  };
}

/** A reading dated by a range with both ends (not "on or before", whose earliest day no source gives). */
type DatedReading = TenureReading & { date: FuzzyDate & { earliest: string } };
const isDated = (item: TenureReading): item is DatedReading => item.date !== null && item.date.earliest !== null;
/** "Nguyên Chủ tịch" on a dated occasion: the term ended on or before that day, however long before. */
const isEndedBy = (item: TenureReading) => item.side === 'end' && item.date !== null && item.date.earliest === null;

/** The days a reading or a group of readings covers. */
type DayRange = { earliest: string; latest: string };

/**
 * The range of days a bound covers, from the readings that decide it; disputed when they differ. For a start,
 * `later` holds the ranges of later starts of other kinds (an approval after the election, an election after an
 * acting term): each shows the person in office from that day.
 */
function boundRange(
  readings: readonly TenureReading[],
  side: 'start' | 'end',
): (DayRange & { value: FuzzyDate; disputed: boolean; later: DayRange[] }) | undefined {
  const dated = readings.filter(isDated);
  const preferred = dated.filter((item) => item.rank === 'preferred');
  const candidates = preferred.length > 0 ? preferred : dated.filter((item) => item.rank !== 'deprecated');
  if (candidates.length === 0) return undefined;
  // Readings of one event (one election, one dismissal) that differ in date are a dispute; readings of different
  // events are not (acting from one day and elected later; elected for the rest of one term, then for the next).
  // Two readings are of one event when they have one cause and one term, or one cause, a term that only one gives,
  // and dates within SAME_EVENT_DAYS: an article misdates an election by days, a person's two elections to one
  // post lie months apart.
  const events: DatedReading[][] = [];
  for (const item of candidates) {
    const event = events.find((group) => group.some((other) => sameEvent(other, item)));
    if (event) event.push(item);
    else events.push([item]);
  }
  const firstDay = (group: readonly DatedReading[]) => group.map((item) => item.date.earliest).sort()[0]!;
  const groups = events.sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
  const group = side === 'start' ? groups[0]! : groups.at(-1)!;
  const later = side === 'start' ? groups.slice(1).map(rangeOf) : [];
  // Readings that refine one another ("2020" and 6 November 2020) agree on the narrowest.
  const refined = narrowestAgreed(group, (item) => item.date);
  if (refined) return { earliest: refined.date.earliest, latest: refined.date.latest, value: refined.date, disputed: false, later };
  const values = new Set(group.map((item) => item.date.value));
  return { ...rangeOf(group), value: group[0]!.date, disputed: values.size > 1, later };
}

/** The days a group of readings covers, from the first day any may mean to the last. */
function rangeOf(group: readonly DatedReading[]): DayRange {
  return {
    earliest: group.map((item) => item.date.earliest).sort()[0]!,
    latest: group
      .map((item) => item.date.latest)
      .sort()
      .at(-1)!,
  };
}

/** How far apart two readings of one cause, one of which gives no term, may be and still be one event (unless one refines the other). */
export const SAME_EVENT_DAYS = 31;

function sameEvent(a: DatedReading, b: DatedReading): boolean {
  // A date that refines another ("2020", then 6 November 2020) is one event, where a cause either gives is the same.
  const refines = containsDate(a.date, b.date) || containsDate(b.date, a.date);
  if (refines && (a.cause === b.cause || a.cause === null || b.cause === null)) return true;
  if (a.cause !== b.cause) return false;
  if (a.term !== null && b.term !== null) return a.term === b.term;
  if (a.term === b.term) return true;
  return Math.abs(Date.parse(a.date.earliest) - Date.parse(b.date.earliest)) <= SAME_EVENT_DAYS * 86_400_000;
}

const minDate = (dates: readonly string[]) => [...dates].sort()[0];
const maxDate = (dates: readonly string[]) => [...dates].sort().at(-1);

/**
 * A tenure from its statements. The days it is held for certain run from its start (the latest day the start
 * may be) or its first attestation, to its end (the earliest day the end may be) or its last attestation. The
 * days it may have been held run from the earliest possible start to the latest possible end; where the sources
 * give no bound, from the term they state, or POSSIBLE_HORIZON_YEARS beyond the evidence.
 */
function deriveTenure(id: string, claims: readonly HoldsClaim[]): DerivedFact {
  const statement = claims[0]!.statement;
  const readings: TenureReading[] = [];
  for (const claim of claims) {
    const { start, end, attestedOn } = claim.statement;
    if (start) readings.push(reading(claim, RENEWAL_CAUSES.includes(start.cause ?? '') ? 'attested' : 'start', start, start.date));
    if (end) readings.push(reading(claim, 'end', end, end.date));
    if (attestedOn !== undefined) readings.push(reading(claim, 'attested', undefined, attestedOn));
    if (!start && !end && attestedOn === undefined) readings.push(reading(claim, 'attested', undefined, undefined));
  }
  readings.sort(
    (a, b) =>
      RANK_ORDER[a.rank] - RANK_ORDER[b.rank] ||
      (a.date?.earliest ?? a.date?.latest ?? '9999').localeCompare(b.date?.earliest ?? b.date?.latest ?? '9999') ||
      a.claimId.localeCompare(b.claimId),
  );
  const usable = (side: TenureReading['side']) => readings.filter((item) => item.side === side && item.rank !== 'deprecated');
  const start = boundRange(
    readings.filter((item) => item.side === 'start'),
    'start',
  );
  const end = boundRange(
    readings.filter((item) => item.side === 'end'),
    'end',
  );
  const attested = usable('attested')
    .filter(isDated)
    .map((item) => item.date);
  // The latest day an "on or before" end allows: it bounds the possible days, and is no evidence of any day in office.
  const endedBy = minDate(
    usable('end')
      .filter(isEndedBy)
      .map((item) => item.date!.latest),
  );
  const term = agreed(readingsOf(claims, 'term') as string[]).value;

  // Evidence that the person was in office on some day: attestations, the bounds themselves, and later starts.
  const evidence = [
    ...attested,
    ...(start ? [{ earliest: start.earliest, latest: start.latest }, ...start.later] : []),
    ...(end ? [{ earliest: end.earliest, latest: end.latest }] : []),
  ];
  // Certain from the first day by which some evidence surely holds, to the last such day; a bound known only to
  // the year makes no day certain by itself, but an attestation within it does.
  let certainFrom = minDate(evidence.map((item) => item.latest));
  let certainTo = maxDate(evidence.map((item) => item.earliest));
  if (certainFrom === undefined || certainTo === undefined || certainFrom > certainTo) [certainFrom, certainTo] = [undefined, undefined];

  const [termFrom, termTo] = term ? [`${term.slice(0, 4)}-01-01`, `${term.slice(5)}-12-31`] : [undefined, undefined];
  const firstEvidence = minDate(evidence.map((item) => item.earliest));
  const lastEvidence = maxDate(evidence.map((item) => item.latest));
  // A term bounds the possible days only where the evidence lies within it: a chairman elected for 2016-2021 and
  // seen in office in 2024 was elected again, for a term no source gives, so the horizon bounds him instead.
  const termBoundsFrom = termFrom !== undefined && (firstEvidence === undefined || firstEvidence >= termFrom);
  const termBoundsTo = termTo !== undefined && (lastEvidence === undefined || lastEvidence <= termTo);
  let possibleFrom = start?.earliest ?? (termBoundsFrom ? termFrom : firstEvidence && addYears(firstEvidence, -POSSIBLE_HORIZON_YEARS));
  let possibleTo = end?.latest ?? (termBoundsTo ? termTo : lastEvidence && addYears(lastEvidence, POSSIBLE_HORIZON_YEARS));
  if (endedBy !== undefined && (possibleTo === undefined || endedBy < possibleTo)) possibleTo = endedBy;
  // Nothing narrows what the evidence shows: an attestation beyond a stated bound widens the possible days.
  if (possibleFrom && firstEvidence && firstEvidence < possibleFrom) possibleFrom = firstEvidence;
  if (possibleTo && lastEvidence && lastEvidence > possibleTo) possibleTo = lastEvidence;

  const dayOf = (range: typeof start) =>
    range && !range.disputed && range.value.precision === 'day' && !range.value.value.includes('/') ? range.value.earliest : null;
  const attestedDays = usable('attested').flatMap((item) => (isDated(item) && item.date.precision === 'day' ? [item.date.earliest] : []));
  return {
    id,
    label: 'Tenure',
    props: {
      id,
      startDate: dayOf(start),
      endDate: dayOf(end),
      attestedOn: maxDate(attestedDays) ?? null,
      term: term ?? null,
      acting: heldOnlyAsActing(claims),
      disputed: Boolean(start?.disputed || end?.disputed),
      certainFrom: certainFrom ?? null,
      certainTo: certainTo ?? null,
      possibleFrom: possibleFrom ?? null,
      possibleTo: possibleTo ?? null,
      possibleFromReason: null,
      possibleToReason: null,
      readings: JSON.stringify(readings),
    },
    relationships: [
      { type: 'HELD_BY', to: statement.person },
      { type: 'OF_POSITION', to: statement.position },
    ],
    sources: sourcesOf(claims),
    evidence: {
      first: firstEvidence,
      last: lastEvidence,
      startStated: start !== undefined,
      endStated: end !== undefined || endedBy !== undefined,
    },
  };
}

function deriveParticipation(id: string, claims: readonly Claim[]): DerivedFact | undefined {
  const first = claims[0]!.statement;
  if (first.kind !== 'participates') return undefined;
  const { event, participant, role } = first;
  return {
    id,
    label: 'Participation',
    props: { id, role },
    relationships: [
      { type: 'PARTICIPANT', to: participant },
      { type: 'AT_EVENT', to: event },
    ],
    sources: sourcesOf(claims),
  };
}

/**
 * One fact from the claims that support it (all of them, from every article). Returns undefined when no claim is
 * left: the loader then deletes it.
 */
export function deriveFact(id: string, label: NodeLabel, claims: readonly Claim[]): DerivedFact | undefined {
  const sorted = [...claims].sort(byRank);
  if (sorted.length === 0) return undefined;
  switch (label) {
    case 'Tenure': {
      const holds = sorted.filter(isHolds);
      return holds.length === 0 ? undefined : deriveTenure(id, holds);
    }
    case 'Participation':
      return deriveParticipation(id, sorted);
    default: {
      const kind = (Object.keys(FACT_STATEMENTS) as FactStatementKind[]).find((candidate) => FACT_STATEMENTS[candidate].label === label);
      if (!kind) throw new Error(`no statement kind gives ${label} facts`);
      // An event only organized so far (the article that declares it is loaded later) keeps its organizers, so
      // that nothing pointing at it is lost; validation makes sure some article of the load declares it.
      return deriveFactFromProperties(
        id,
        label,
        sorted.filter((claim) => claim.statement.kind === kind),
        sorted.filter((claim) => claim.statement.kind === 'organizes'),
      );
    }
  }
}

/** One name of an entity as the sources give it (NameReading). */
export interface NameReading {
  name: string;
  kind: 'name' | 'alias';
  rank: Rank;
  sources: SourceQuote[];
}

/** An entity's names from its `name` statements: one reading per spelling, preferred first, then by sources. */
export function deriveNames(claims: readonly Claim[]): NameReading[] {
  const readings = new Map<string, NameReading>();
  for (const claim of [...claims].sort(byRank)) {
    if (claim.statement.kind !== 'name') continue;
    const name = claim.statement.name;
    const kind = claim.statement.nameKind === 'alias' ? 'alias' : 'name';
    const key = `${kind}|${name}`;
    const existing = readings.get(key);
    const rank = rankOf(claim);
    if (existing) {
      existing.sources.push(...sourcesOf([claim]));
      if (RANK_ORDER[rank] < RANK_ORDER[existing.rank]) existing.rank = rank;
    } else {
      readings.set(key, { name, kind, rank, sources: sourcesOf([claim]) });
    }
  }
  return [...readings.values()].sort(
    (a, b) => RANK_ORDER[a.rank] - RANK_ORDER[b.rank] || b.sources.length - a.sources.length || a.name.localeCompare(b.name),
  );
}
