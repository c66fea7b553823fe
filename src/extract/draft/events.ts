/** The events the article reports, each with the body that organized it (an `event` and an `organizes` statement). */
import type { EventReading } from '../readings.js';
import { cut, slugify } from '../text.js';
import type { Assembly } from './assembly.js';
import type { DraftItem, EventStatement, OrganizesStatement } from './item.js';

const dateSlug = (date: EventStatement['date']) => (date === undefined ? '' : `-${slugify(typeof date === 'string' ? date : date.value)}`);

function organizerOf(assembly: Assembly, reading: EventReading, quote: string): string | undefined {
  const { organizer } = reading;
  if (!organizer) return undefined;
  if ('national' in organizer) return assembly.linker.nationalOrganization(organizer.national, quote);
  const province = organizer.province ?? assembly.analysis.province;
  return province ? assembly.linker.provincialOrganization(organizer.body, province, quote) : undefined;
}

export function eventItems(assembly: Assembly, readings: readonly EventReading[]): DraftItem<EventStatement | OrganizesStatement>[] {
  return readings.flatMap((reading) => {
    const notes: string[] = [];
    const quote = assembly.quote(reading.sentence);
    const name = cut(assembly.analysis.doc, reading.name);
    const date = assembly.date(reading.date, notes);
    const event = `event:${slugify(name).slice(0, 90).replace(/-+$/, '')}${dateSlug(date)}`;
    const organizer = organizerOf(assembly, reading, quote);
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
          quotes: [quote],
          note: ["The name is the text's words from the event's noun to the end of its clause", ...notes].join('. '),
        },
        confidence: reading.confidence,
        rule: reading.rule,
      },
    ];
    if (organizer)
      items.push({
        statement: { id: assembly.ids.next('event-organizer'), kind: 'organizes', event, organizer, quotes: [quote] },
        confidence: reading.confidence,
        rule: 'organizer: the body named before "tổ chức"',
      });
    return items;
  });
}
