/**
 * Presentations: one per award and recipients; the same one told twice (a headline, a caption, the body) is one
 * statement with several quotes, its presenter and on whose behalf taken from whichever telling gives them.
 */
import type { DateInput } from '../../statements/dates.js';
import { GAZETTEER } from '../gazetteer.js';
import type { PresentsReading } from '../readings.js';
import { cut, slugify } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, PresentsStatement } from './item.js';

interface Presentation {
  award: string;
  presenter?: string;
  onBehalfOf?: string;
  recipients: string[];
  count?: number;
  description?: string;
  date?: DateInput;
  quotes: string[];
  notes: string[];
  confidence: number;
  rules: string[];
}

const compatible = (a: string | undefined, b: string | undefined) => a === undefined || b === undefined || a === b;
const noRecipients = (presentation: Presentation) =>
  presentation.count === undefined && presentation.recipients.length === 0 && presentation.description === undefined;

/** The registry ids of a reading's recipients: people, national bodies, bodies of a province or a locality, bodies by name. */
function recipientIds(assembly: Assembly, reading: PresentsReading, quote: string): string[] {
  const { analysis, linker } = assembly;
  const province = (slug: string | undefined) => GAZETTEER.provinces.find((candidate) => candidate.slug === (slug ?? analysis.province));
  return [
    ...new Set([
      ...reading.recipients.map((person) => assembly.person(person, reading.sentence)),
      ...reading.organizationRecipients.flatMap((organization) => {
        if ('national' in organization) return linker.nationalOrganization(organization.national, quote) ?? [];
        if ('name' in organization)
          return [linker.namedOrganization(cut(analysis.doc, organization.name), organization.classification, quote)];
        const where = province(organization.province);
        if (!where) return [];
        if (organization.locality) {
          const body = GAZETTEER.bodies.find((candidate) => candidate.key === organization.body)!;
          return [linker.localOrganization(body, where, organization.locality, quote)];
        }
        return [linker.provincialOrganization(organization.body, where.slug, quote)];
      }),
    ]),
  ];
}

function merge(assembly: Assembly, readings: readonly PresentsReading[]): Presentation[] {
  const { analysis, linker } = assembly;
  const presentations: Presentation[] = [];
  for (const reading of readings) {
    const quote = assembly.quote(reading.sentence);
    const notes: string[] = [];
    let award: string;
    let onBehalfOf = reading.onBehalfOf ? linker.position(reading.onBehalfOf, quote) : undefined;
    if (reading.commendedBy) {
      const commended = linker.commendation(reading.commendedBy, quote);
      if (!commended) continue;
      ({ award, conferrer: onBehalfOf } = commended);
    } else award = linker.award(reading.awardKey, reading.conferrer, quote, reading.awardName);
    const presenter = reading.presenter ? assembly.person(reading.presenter, reading.sentence) : undefined;
    const recipients = recipientIds(assembly, reading, quote);
    // "cho Viện Hàn lâm … và 11 bộ, ban, ngành": 12 recipients, one of them named; "6 đồng chí … gồm: A, …": 6.
    const count =
      reading.counts.length > 0
        ? reading.counts.reduce((sum, item) => sum + item.value, reading.countsNamed ? 0 : recipients.length)
        : undefined;
    const description = reading.description ? cut(analysis.doc, reading.description) : undefined;
    const recipientsAgree = (other: Presentation): boolean => {
      if (noRecipients(other) || (count === undefined && recipients.length === 0)) return true;
      if (count !== undefined) return other.count === count;
      return recipients.length === other.recipients.length && recipients.every((id) => other.recipients.includes(id));
    };
    const same = presentations.find(
      (other) =>
        other.award === award &&
        compatible(other.presenter, presenter) &&
        compatible(other.onBehalfOf, onBehalfOf) &&
        recipientsAgree(other),
    );
    if (same) {
      if (!same.quotes.includes(quote)) same.quotes.push(quote);
      same.presenter ??= presenter;
      same.onBehalfOf ??= onBehalfOf;
      same.recipients = [...new Set([...same.recipients, ...recipients])];
      if (same.count === undefined && count !== undefined) {
        same.count = count;
        same.description = description;
        if (!reading.countsNamed) same.notes.push(`the recipients are not named: counted from "${description ?? count}"`);
      }
      same.confidence = Math.max(same.confidence, reading.confidence);
      if (!same.rules.includes(reading.rule)) same.rules.push(reading.rule);
      continue;
    }
    const date = assembly.date(reading.date, notes);
    if (count !== undefined && !reading.countsNamed)
      notes.push(`the recipients are not named: counted from "${cut(analysis.doc, reading.description ?? reading.counts[0]!)}"`);
    presentations.push({
      award,
      presenter,
      onBehalfOf,
      recipients,
      count,
      description,
      date,
      quotes: [quote],
      notes,
      confidence: reading.confidence,
      rules: [reading.rule],
    });
  }
  return presentations;
}

export function presentationItems(assembly: Assembly, readings: readonly PresentsReading[]): DraftItem<PresentsStatement>[] {
  const articleSlug = assembly.meta.id.slice(assembly.meta.id.indexOf(':') + 1);
  const used = new Set<string>();
  return merge(assembly, readings).map((presentation) => {
    const base = `presentation:${slugify(presentation.award.slice(6))}--${articleSlug}`.slice(0, 150).replace(/-+$/, '');
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    return {
      statement: {
        id: assembly.ids.next(`presents-${presentation.award.slice(6)}`),
        kind: 'presents',
        presentation: id,
        award: presentation.award,
        ...(presentation.presenter ? { presenter: presentation.presenter } : {}),
        ...(presentation.onBehalfOf ? { onBehalfOf: presentation.onBehalfOf } : {}),
        recipients: presentation.recipients,
        ...(presentation.date !== undefined ? { date: presentation.date } : {}),
        ...(presentation.count !== undefined ? { recipientCount: presentation.count } : {}),
        ...(presentation.description !== undefined ? { recipientDescription: presentation.description } : {}),
        quotes: presentation.quotes,
        ...(presentation.notes.length > 0 ? { note: presentation.notes.join('. ') } : {}),
      },
      confidence: presentation.confidence,
      rule: presentation.rules.join('; '),
    };
  });
}
