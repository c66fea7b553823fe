/**
 * Appointments and transfers: "bổ nhiệm ông X giữ chức Giám đốc Sở Nội vụ", "điều động, bổ nhiệm ông X làm …",
 * "chỉ định ông X … giữ chức Phó Bí thư" (appointed; a transfer when "điều động", "luân chuyển" or "chuyển sang
 * làm" is there without "bổ nhiệm"). A proposal ("đề nghị bổ nhiệm", "dự kiến") is not one.
 */
import { inside } from '../analysis.js';
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf, termAfter } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';
import { findTrigger, readTargets } from './targets.js';

/** "luân chuyển", "chuyển sang làm/giữ chức": transfers too ("ông B chuyển sang làm Bí thư Quận ủy …"). */
const TRIGGER = /(?<![a-z])(?:bo nhiem(?: lai)?|chi dinh(?! thau)|dieu dong|luan chuyen|chuyen sang (?:lam|giu chuc(?: vu)?))(?![a-z])/;
const EXCLUDE =
  /de nghi (?:[a-z]+ ){0,3}(?:bo nhiem|dieu dong|chi dinh)|du kien|se bo nhiem|xem xet bo nhiem|(?:co|gui) to trinh|mien nhiem/;

export const appointmentParser: Parser = { name: 'appointment', parse: parseAppointment };

function parseAppointment(context: Context, sentence: Sentence): ParseResult {
  const folded = context.analysis.doc.folded;
  const trigger = findTrigger(folded, sentence, TRIGGER, EXCLUDE);
  if (trigger === undefined) return { readings: [] };
  if (trigger === 'excluded') return { readings: [], unread: { sentence, reason: 'an appointment proposed or planned, not made' } };
  const text = folded.slice(sentence.start, sentence.end);
  // "chỉ định" (the Party's designation to a post) appoints as "bổ nhiệm" does, unless it designates someone moved
  // ("điều động, phân công, chỉ định ông X làm …" is a transfer).
  const cause =
    /bo nhiem/.test(text) || (/chi dinh/.test(text) && !/dieu dong|luan chuyen|chuyen sang/.test(text)) ? 'appointed' : 'transferred';
  const decision = inside(context.analysis.decisions, sentence)[0];
  const readings = readTargets(context, sentence, trigger).map(({ title, person, how }): HoldsReading => ({
    kind: 'holds',
    person,
    title,
    start: { cause, date: dateOf(context.analysis, sentence, trigger.start), decision },
    term: termAfter(context.analysis, title),
    sentence,
    rule: `${cause === 'appointed' ? 'appointment (bổ nhiệm … giữ chức …)' : 'transfer (điều động … giữ chức …)'}; person ${how}`,
    confidence: how === 'pronoun' ? 0.6 : 0.8,
  }));
  return {
    readings,
    unread: readings.length === 0 ? { sentence, reason: 'an appointment whose post or person was not found' } : undefined,
  };
}
