/**
 * The event the article reports, from its lead: "Chiều 18/1, HĐND tỉnh Bình Thuận khóa X tổ chức kỳ họp chuyên
 * đề …", "Ngày 25-8, Bộ Tư pháp tổ chức Lễ kỷ niệm …": its category (session, conference, ceremony, congress,
 * meeting), its name as printed, its date and part of the day, and the body that organized it. One per article.
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { EventCategory } from '../draft/item.js';
import type { EventReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf } from './common.js';
import type { Context, Parser } from '../parser.js';

const CATEGORIES: [RegExp, EventCategory][] = [
  [/^(?:ky hop|phien hop thu)/, 'session'],
  [/^(?:hoi nghi)/, 'conference'],
  [/^(?:dai hoi)/, 'congress'],
  [/^(?:le|buoi le|le ky niem|le trao|le cong bo|le phat dong)/, 'ceremony'],
  [/^(?:hop mat|phien hop|cuoc hop|buoi lam viec)/, 'meeting'],
];
const ORGANIZES =
  /(?<![a-z])(?:da\s+)?(?:long trong\s+)?(?:to chuc|tien hanh|khai mac)\s+(?=(?:ky hop|phien hop|hoi nghi|dai hoi|le|buoi le|hop mat|cuoc hop)(?![a-z]))/;
const BODY = new RegExp(`(?<![a-z])(${PATTERNS.body})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(${PATTERNS.province}))?(?![a-z])`, 'g');

/** The organizer a BODY match names: the body, and its province where printed. */
function bodyOrganizer(body: RegExpExecArray | RegExpMatchArray): EventReading['organizer'] {
  return {
    body: GAZETTEER.bodyByVariant.get(body[1]!.replace(/\s+/g, ' '))!.key,
    province: body[2] === undefined ? undefined : GAZETTEER.provinceByVariant.get(body[2].replace(/\s+/g, ' '))?.slug,
  };
}

/** The reading of an event named from `nameStart` to `nameEnd` in `sentence`, dated from around its name. */
function eventReading(
  context: Context,
  sentence: Sentence,
  event: Pick<EventReading, 'category' | 'organizer' | 'rule' | 'confidence'> & { nameStart: number; nameEnd: number },
): EventReading[] {
  const date = dateOf(context.analysis, sentence, event.nameStart);
  return [
    {
      kind: 'event',
      category: event.category,
      name: { start: event.nameStart, end: event.nameEnd },
      date,
      partOfDay: date?.partOfDay,
      organizer: event.organizer,
      sentence,
      rule: event.rule,
      confidence: event.confidence,
    },
  ];
}

export const eventParser: Parser = { name: 'event', parse: (context, sentence) => ({ readings: readEvent(context, sentence) }) };

function readEvent(context: Context, sentence: Sentence): EventReading[] {
  const { analysis } = context;
  if (sentence.index > 5 || context.earlier.some((reading) => reading.kind === 'event')) return [];
  const folded = analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  const verb = ORGANIZES.exec(text);
  if (!verb) return atOrHeld(context, sentence);
  const nameStart = sentence.start + verb.index + verb[0].length;
  const category = CATEGORIES.find(([pattern]) => pattern.test(folded.slice(nameStart, nameStart + 20)))?.[1];
  if (!category) return [];
  // Printed, not folded: "để" (in order to) ends the name, "chuyên đề" (thematic) does not.
  const stop = /[;.]|,\s|\s(?:để|nhằm|với sự|dưới sự)\s/.exec(analysis.doc.text.slice(nameStart, sentence.end));
  const nameEnd = stop ? nameStart + stop.index : sentence.end;
  // The organizer: the last body the text names before the verb ("HĐND tỉnh Bình Thuận khóa X tổ chức …").
  const before = folded.slice(sentence.start, sentence.start + verb.index);
  const bodies = [...before.matchAll(BODY)];
  // The name that ends last, the longest of those: "Ngân hàng Nhà nước Việt Nam", not the "Nhà nước" inside it.
  const national = [...GAZETTEER.nationalOrganizationByName.keys()]
    .map((name) => ({ name, at: before.lastIndexOf(name) }))
    .filter((found) => found.at >= 0)
    .sort((a, b) => b.at + b.name.length - (a.at + a.name.length) || b.name.length - a.name.length)[0];
  const body = bodies.at(-1);
  const organizer =
    body && (!national || body.index > national.at)
      ? bodyOrganizer(body)
      : national
        ? { national: GAZETTEER.nationalOrganizationByName.get(national.name)!.key }
        : undefined;
  return eventReading(context, sentence, {
    category,
    nameStart,
    nameEnd,
    organizer,
    rule: 'event (… tổ chức kỳ họp/hội nghị/lễ …)',
    confidence: 0.7,
  });
}

const NOUN = /(?<![a-z])(ky hop|hoi nghi|dai hoi|le ky niem|le trao|le cong bo|le phat dong|buoi le|hop mat)(?![a-z])/;

/**
 * "tại kỳ họp chuyên đề (lần 8) HĐND tỉnh Bình Thuận khóa X, các đại biểu …" (the body after the event's noun) and
 * "Lễ kỷ niệm … diễn ra sáng 8/8" (no organizer named): the event without "tổ chức".
 */
function atOrHeld(context: Context, sentence: Sentence): EventReading[] {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  const at = /(?<![a-z])tai\s+(?=(?:ky hop|hoi nghi|dai hoi|le|buoi le)(?![a-z]))/.exec(text);
  const held = /^(?:\([^)]{0,24}\)\s*[-–]?\s*)?(?=(?:ky hop|hoi nghi|dai hoi|le|buoi le|hop mat)(?![a-z]))/.exec(text);
  const opens = at ?? (held && /(?<![a-z])(?:dien ra|duoc to chuc)(?![a-z])/.test(text) ? held : null);
  if (!opens) return [];
  const nameStart = sentence.start + opens.index + opens[0].length;
  const noun = NOUN.exec(folded.slice(nameStart, nameStart + 20));
  const category = noun && CATEGORIES.find(([pattern]) => pattern.test(noun[1]!))?.[1];
  if (!category) return [];
  const stop = /[;.]|,\s|\s(?:để|nhằm|với sự|dưới sự|diễn ra|được tổ chức)\s/.exec(analysis.doc.text.slice(nameStart, sentence.end));
  const nameEnd = stop ? nameStart + stop.index : sentence.end;
  const body = [...folded.slice(nameStart, nameEnd).matchAll(BODY)][0];
  return eventReading(context, sentence, {
    category,
    nameStart,
    nameEnd,
    organizer: body && at ? bodyOrganizer(body) : undefined,
    rule: at ? 'event (tại kỳ họp/hội nghị … <body>)' : 'event (… diễn ra …)',
    confidence: 0.6,
  });
}
