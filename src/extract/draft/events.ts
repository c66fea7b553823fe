/** The events the article reports, each with the bodies that organized it (an `event` and `organizes` statements). */
import type { EventReading } from '../readings.js';
import { cut, slugify } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, EventStatement, OrganizesStatement } from './item.js';

const dateSlug = (date: EventStatement['date']) => (date === undefined ? '' : `-${slugify(typeof date === 'string' ? date : date.value)}`);

function organizerIds(assembly: Assembly, reading: EventReading, quote: string): string[] {
  return reading.organizers.flatMap((organizer) => {
    if ('national' in organizer) return assembly.linker.nationalOrganization(organizer.national, quote) ?? [];
    const province = organizer.province ?? assembly.analysis.province;
    return province ? [assembly.linker.provincialOrganization(organizer.body, province, quote)] : [];
  });
}

/** The statements of each event, and the id each event reading was given (for its participations). */
export function eventItems(
  assembly: Assembly,
  readings: readonly EventReading[],
): { items: DraftItem<EventStatement | OrganizesStatement>[]; ids: Map<EventReading, string> } {
  const ids = new Map<EventReading, string>();
  const items = readings.flatMap((reading) => {
    const notes: string[] = [];
    const quote = assembly.quote(reading.sentence);
    const quotes = [...new Set([quote, ...(reading.alsoIn ?? []).map((sentence) => assembly.quote(sentence))])];
    const name = cut(assembly.analysis.doc, reading.name);
    const date = assembly.date(reading.date, notes);
    let event = `event:${slugify(name).slice(0, 90).replace(/-+$/, '')}${dateSlug(date)}`;
    for (let n = 2; [...ids.values()].includes(event); n += 1) event = `${event.replace(/-\d+$/, '')}-${n}`;
    ids.set(reading, event);
    const items: DraftItem<EventStatement | OrganizesStatement>[] = [
      {
        statement: {
          id: assembly.ids.next('event'),
          kind: 'event',
          event,
          name: name.charAt(0).toUpperCase() + name.slice(1),
          category: reading.category,
          ...(date !== undefined ? { date } : {}),
          ...(reading.partOfDay ? { partOfDay: reading.partOfDay } : {}),
          quotes,
          note: ["The name is the text's words from the event's noun to the end of its clause", ...notes].join('. '),
        },
        confidence: reading.confidence,
        rule: reading.rule,
      },
    ];
    for (const organizer of new Set(organizerIds(assembly, reading, quote)))
      items.push({
        statement: { id: assembly.ids.next('event-organizer'), kind: 'organizes', event, organizer, quotes: [quote] },
        confidence: reading.confidence,
        rule: 'organizer: the bodies named with the event ("… tổ chức", "tại kỳ họp … HĐND tỉnh", "được … tổ chức")',
      });
    return items;
  });
  return { items, ids };
}
