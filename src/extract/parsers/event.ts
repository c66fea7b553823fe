/**
 * Events, wherever the article names them: "Chiều 18/1, HĐND tỉnh Bình Thuận khóa X tổ chức kỳ họp chuyên đề …"
 * (and "… và Hội nghị tổng kết …", a second one), "Lễ trao Huân chương … được Tỉnh ủy Vĩnh Phúc tổ chức vào chiều
 * 29/12", "tại Đại hội đại biểu Đảng bộ tỉnh … lần thứ XIV", "Hội đồng Thi đua - Khen thưởng tỉnh họp phiên thứ
 * nhất": its category (events.json), its name as printed, its date and part of the day, and the bodies that
 * organized it. A noun with nothing after it that tells the event apart ("tại kỳ họp, …", "Buổi lễ diễn ra …") is a
 * reference to an event named elsewhere, not one. The same event told twice is one (refiners/sameEvent.ts).
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { EventCategory } from '../draft/item.js';
import type { EventReading } from '../readings.js';
import { escapeRegExp, type Span, type Sentence } from '../text.js';
import { dateOf, eventDatesIn } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';

type Organizer = EventReading['organizers'][number];

const NOUN = `(?:${PATTERNS.eventNoun})(?![a-z])`;
const NOUN_AT = new RegExp(`^(${PATTERNS.eventNoun})(?![a-z])`);
const ORGANIZES = new RegExp(`(?<![a-z])(?:da\\s+)?(?:long trong\\s+)?(?:to chuc|tien hanh|khai mac)\\s+(?=${NOUN})`, 'g');
/** "tại kỳ họp …", "trong chương trình kỳ họp …", "trong khuôn khổ Đại hội …". */
const AT = new RegExp(`(?<![a-z])(?:tai|trong)\\s+(?:(?:chuong trinh|khuon kho)\\s+)?(?=${NOUN})`, 'g');
/**
 * A sentence that opens with the event, maybe after a source tag and its day: "(QNP) - ", "Sáng nay 22/7, ",
 * "Từ ngày 14 đến 16/10, ".
 */
const OPENS = new RegExp(
  `^(?:\\([^)]{0,24}\\)\\s*[-–]?\\s*)?(?:[^,.;]{0,24}?\\d{1,2}\\s*[/-]\\s*\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?\\s*,\\s*)?(?=${NOUN})`,
);
/** What an assembly does, after its name opens the sentence: "Kỳ họp thứ 10, HĐND tỉnh … đã bầu ông …". */
const ACTS = /(?<![a-z])(?:bau|mien nhiem|bai nhiem|thong qua|xac nhan ket qua)(?![a-z])/;
/** "<event> diễn ra / khai mạc / bế mạc", "<event> được <body> tổ chức". */
const HELD = /(?<![a-z])(?:dien ra|(?:da\s+)?(?:khai mac|be mac)|(?:duoc|da duoc)((?:\s+[^\s,.;]+){0,8}?)\s+to chuc)(?![a-z])/;
const MEETS = new RegExp(
  `(?<![a-z])(${PATTERNS.body})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(${PATTERNS.province}))?\\s+hop\\s+(?=phien|lan|dinh ky|thuong ky)`,
);
const BODY = new RegExp(`(?<![a-z])(${PATTERNS.body})(?:\\s+(?:tinh|thanh pho))?(?:\\s+(${PATTERNS.province}))?(?![a-z])`, 'g');
/** Printed, not folded: "để" (in order to) ends a name, "chuyên đề" (thematic) does not; nor does the dot of "TP.HCM". */
const NAME_END =
  /;|\.(?!\S)|,\s|\s(?:để|nhằm|với sự|dưới sự|diễn ra|được|đã được|đã|bầu|vào|tại|và(?=\s+(?:[Kk]ỳ họp|[Hh]ội nghị|[Đđ]ại hội|[Ll]ễ)))\s|\s(?:khai mạc|bế mạc)(?=[\s.,;]|$)/;
const SECOND = new RegExp(`^\\s+va\\s+(?=${NOUN})`);
const SESSION_QUALIFIER = new RegExp(`(?<![a-z])(?:${PATTERNS.sessionQualifier})(?![a-z])`);
const NOT_AFTER = new RegExp(
  `^\\s*(?:${GAZETTEER.eventNotAfterPrinted.map((word) => escapeRegExp(word).replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{M}])`,
  'iu',
);

export const eventParser: Parser = { name: 'event', parse: readEvents };

/** The organizer a BODY match names: the body, and its province where printed. */
function bodyOrganizer(body: RegExpExecArray | RegExpMatchArray): { body: string; province?: string } {
  return {
    body: GAZETTEER.bodyByVariant.get(body[1]!.replace(/\s+/g, ' '))!.key,
    province: body[2] === undefined ? undefined : GAZETTEER.provinceByVariant.get(body[2].replace(/\s+/g, ' '))?.slug,
  };
}

/** The national organization whose name ends last in `text` (the longest of those): "Ngân hàng Nhà nước Việt Nam", not "Nhà nước". */
function lastNational(text: string): { at: number; end: number; key: string } | undefined {
  const found = [...GAZETTEER.nationalOrganizationByName]
    .map(([name, organization]) => ({ at: text.lastIndexOf(name), end: text.lastIndexOf(name) + name.length, key: organization.key }))
    .filter((candidate) => candidate.at >= 0 && /^(?![a-z])/.test(text.slice(candidate.end)))
    .sort((a, b) => b.end - a.end || a.at - b.at);
  return found[0];
}

/**
 * The bodies before the verb that organized the event: the last one, and the list it ends ("Tỉnh ủy, HĐND, UBND,
 * Ủy ban MTTQ Việt Nam tỉnh Hà Giang"), the province printed last being everyone's.
 */
function organizersBefore(folded: string, from: number, to: number): Organizer[] {
  const before = folded.slice(from, to);
  const bodies = [...before.matchAll(BODY)];
  const national = lastNational(before);
  const last = bodies.at(-1);
  // A national organization that ends at or after the last body ("Hội đồng Thi đua - Khen thưởng Trung ương" holds
  // the provincial "Hội đồng Thi đua - Khen thưởng") is the organizer.
  if (!last || (national && national.end >= last.index + last[0].length)) return national ? [{ national: national.key }] : [];
  // Only what qualifies the body may stand between it and the verb: "khóa X", "(khóa XI)", "nhiệm kỳ 2021-2026".
  const between = before.slice(last.index + last[0].length);
  if (!/^(?:[\s,]*(?:\(?khoa [ivxlc\d]+\)?|\(?nhiem ky\s+\d{4}\s*[-–]\s*\d{4}\)?|da|vua|long trong))*[\s,]*$/.test(between)) return [];
  const list = [last];
  for (let index = bodies.length - 2; index >= 0; index -= 1) {
    const gap = before.slice(bodies[index]!.index + bodies[index]![0].length, list[0]!.index);
    if (!/^\s*(?:,|va|,\s*va)\s*$/.test(gap)) break;
    list.unshift(bodies[index]!);
  }
  const province = bodyOrganizer(last).province;
  return list.map((body) => ({ ...bodyOrganizer(body), province: bodyOrganizer(body).province ?? province }));
}

/** A body right after an event's name: "Kỳ họp thứ 10, HĐND tỉnh Lai Châu khóa XIV đã bầu …". */
const BODY_AFTER = new RegExp(`^\\s*(?:,|-|–)\\s*${BODY.source}`);

/** What follows "Kỳ họp" in a session named by its body and day: " HĐND tỉnh Hà Nam ngày 6/10". */
const BODY_AND_DAY = new RegExp(`^\\s+${BODY.source}[^,;]*?\\sngay\\s+\\d{1,2}\\s*[/-]\\s*\\d{1,2}`);

/** The subject after the event and the day: "tại kỳ họp thứ 20, (chiều 7/12,) HĐND tỉnh … đã bầu …". */
const SUBJECT_AFTER = new RegExp(
  `^\\s*,\\s*(?:(?:sang|chieu|toi|trua|ngay)\\s+)?(?:\\d{1,2}\\s*[/-]\\s*\\d{1,2}(?:\\s*[/-]\\s*\\d{4})?\\s*,\\s*)?${BODY.source}(?=[^,.;]*?\\s(?:da|tien hanh|bau|mien nhiem|thong qua)\\s)`,
);

/**
 * The body an event's name prints ("kỳ họp thứ 15 - HĐND tỉnh Lào Cai"), else the one right after it, else the
 * subject that follows it and its day: who held it.
 */
function bodyOf(folded: string, sentence: Sentence, named: Named): RegExpExecArray | RegExpMatchArray | undefined {
  const after = folded.slice(named.name.end, sentence.end);
  return (
    [...folded.slice(named.name.start, named.name.end).matchAll(BODY)][0] ??
    BODY_AFTER.exec(after) ??
    (named.category === 'session' ? SUBJECT_AFTER.exec(after) : null) ??
    undefined
  );
}

interface Named {
  category: EventCategory;
  name: Span;
}

/** The event named at `start`: its category and its name, or undefined when it only refers to one named elsewhere. */
function namedAt(context: Context, sentence: Sentence, start: number): Named | undefined {
  const { doc } = context.analysis;
  const noun = NOUN_AT.exec(doc.folded.slice(start, start + 30));
  if (!noun) return undefined;
  const category = GAZETTEER.eventCategoryByNoun.get(noun[1]!.replace(/\s+/g, ' ')) as EventCategory;
  const stop = NAME_END.exec(doc.text.slice(start, sentence.end));
  const end = stop ? start + stop.index : sentence.end;
  const rest = doc.folded.slice(start + noun[0].length, end);
  // "Lễ công bố và trao quyết định …": one ceremony of two acts, though "và" alone after a noun refers to another.
  const twoActs = /^\s+va\s+(?:trao|don nhan|cong bo|ky niem|tuyen duong|phat dong|khanh thanh|gan bien)(?![a-z])/.test(rest);
  if (rest.trim() === '' || (!twoActs && NOT_AFTER.test(doc.text.slice(start + noun[0].length, end)))) return undefined;
  // A session is told apart by its number or kind, or by its body and day ("Kỳ họp HĐND tỉnh Hà Nam ngày 6/10").
  const byBodyAndDay = BODY_AND_DAY.test(rest);
  if (category === 'session' && !SESSION_QUALIFIER.test(rest) && !byBodyAndDay) return undefined;
  return { category, name: { start, end } };
}

/**
 * An event's date: the last date of the sentence before its name, else the first after it (never one inside the
 * name, "(28/8/1945 - 28/8/2025)"); in the lead, else the previous sentence's or the article's day.
 */
function dateAround(context: Context, sentence: Sentence, name: Span): EventReading['date'] {
  const all = eventDatesIn(context.analysis, sentence);
  const dates = all.filter((date) => date.end <= name.start || date.start >= name.end);
  const own = dates.filter((date) => date.end <= name.start).at(-1) ?? dates.find((date) => date.start >= name.end);
  if (own) return own;
  // "Kỳ họp HĐND tỉnh Hà Nam ngày 6/10": a name that ends with its day.
  const last = all.filter((date) => date.start >= name.start && date.end <= name.end).at(-1);
  if (last && /^\s*$/.test(context.analysis.doc.folded.slice(last.end, name.end))) return last;
  return sentence.index <= 5 ? dateOf(context.analysis, { ...sentence, end: sentence.start }, sentence.start) : undefined;
}

function reading(
  context: Context,
  sentence: Sentence,
  named: Named,
  organizers: Organizer[],
  rule: string,
  confidence: number,
): EventReading {
  const date = dateAround(context, sentence, named.name);
  return {
    kind: 'event',
    category: named.category,
    name: named.name,
    date,
    partOfDay: date?.partOfDay,
    organizers,
    sentence,
    rule,
    confidence,
  };
}

function readEvents(context: Context, sentence: Sentence): ParseResult {
  const { analysis } = context;
  const folded = analysis.doc.folded;
  const text = folded.slice(sentence.start, sentence.end);
  const readings: EventReading[] = [];
  const add = (named: Named | undefined, organizers: Organizer[], rule: string, confidence: number) => {
    if (!named || readings.some((other) => other.name.start === named.name.start)) return;
    readings.push(reading(context, sentence, named, organizers, rule, confidence));
    // "… tổ chức Đại hội … lần thứ IX và Hội nghị tổng kết …": a second event, of the same organizers and day.
    const second = SECOND.exec(folded.slice(named.name.end, sentence.end));
    const next = second && namedAt(context, sentence, named.name.end + second[0].length);
    if (next) readings.push({ ...reading(context, sentence, next, organizers, rule, confidence), date: readings.at(-1)!.date });
  };
  // "<bodies> tổ chức <event>".
  for (const verb of text.matchAll(ORGANIZES)) {
    const start = sentence.start + verb.index + verb[0].length;
    add(
      namedAt(context, sentence, start),
      organizersBefore(folded, sentence.start, sentence.start + verb.index),
      'event (… tổ chức kỳ họp/hội nghị/lễ …)',
      0.7,
    );
  }
  // "<body> họp phiên thứ nhất": a meeting named from its body.
  const meets = MEETS.exec(text);
  if (meets) {
    const start = sentence.start + meets.index;
    const stop = NAME_END.exec(analysis.doc.text.slice(start, sentence.end));
    readings.push(
      reading(
        context,
        sentence,
        { category: 'meeting', name: { start, end: stop ? start + stop.index : sentence.end } },
        [bodyOrganizer(meets)],
        'event (<body> họp phiên …)',
        0.6,
      ),
    );
  }
  // "<event> diễn ra …", "<event> được <body> tổ chức …": a sentence that opens with the event.
  const opens = OPENS.exec(text);
  const held = HELD.exec(text);
  if (opens && held) {
    const agent = held[1] ? [...held[1].matchAll(BODY)][0] : undefined;
    const named = namedAt(context, sentence, sentence.start + opens[0].length);
    const body = agent ?? (named && bodyOf(folded, sentence, named));
    add(named, body ? [bodyOrganizer(body)] : [], 'event (… diễn ra/được … tổ chức)', 0.6);
  } else if (opens && ACTS.test(text)) {
    // "Ngày 9/11, kỳ họp thứ 15 - HĐND tỉnh Lào Cai khóa XV … đã thông qua …": the body its name prints held it.
    const named = namedAt(context, sentence, sentence.start + opens[0].length);
    const body = named && bodyOf(folded, sentence, named);
    add(named, body ? [bodyOrganizer(body)] : [], 'event (<event>, … đã bầu/thông qua …)', 0.6);
  }
  // "tại <event> <body> …": the body named in the event's name organized it.
  for (const at of text.matchAll(AT)) {
    const named = namedAt(context, sentence, sentence.start + at.index + at[0].length);
    const body =
      named &&
      ([...folded.slice(named.name.start, named.name.end).matchAll(BODY)][0] ??
        (named.category === 'session' ? SUBJECT_AFTER.exec(folded.slice(named.name.end, sentence.end)) : null));
    add(named, body ? [bodyOrganizer(body)] : [], 'event (tại kỳ họp/hội nghị … <body>)', 0.6);
  }
  return { readings };
}
