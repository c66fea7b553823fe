/**
 * Acting and interim heads: "giao quyền Chủ tịch UBND tỉnh … đối với ông X" (acting, by a decision), "ông X được
 * giao quyền Chủ tịch … từ ngày 1-8", "X thực hiện các nhiệm vụ của Chủ tịch UBND tỉnh", "tạm thời điều hành",
 * "đảm nhận nhiệm vụ của Chủ tịch" (interim). The date is the one after "từ (ngày)" when printed.
 */
import { inside } from '../analysis.js';
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { GAZETTEER } from '../gazetteer.js';
import type { TitleMention } from '../scan/titles.js';
import { dateOf, datesIn, ownTitle, subjectBefore, termAfter } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';
import type { Target } from './targets.js';
import { findTrigger, readTargets } from './targets.js';

const TRIGGER =
  /(?<![a-z])(?:giao quyen|tam thoi dieu hanh|thuc hien (?:cac )?nhiem vu (?:cua )?|dam nhan (?:cac )?nhiem vu (?:cua )?)(?=\s*(?:chu tich|pho chu tich|bi thu|giam doc|ubnd|hdnd))/;

export const actingParser: Parser = { name: 'acting', parse: parseActing };

function parseActing(context: Context, sentence: Sentence): ParseResult {
  const folded = context.analysis.doc.folded;
  const trigger = findTrigger(folded, sentence, TRIGGER);
  if (trigger === undefined || trigger === 'excluded') return { readings: [] };
  const acting = trigger.text.startsWith('giao quyen');
  const from = datesIn(context.analysis, sentence).find((date) =>
    /(?:^|[^a-z])(?:tu|ke tu)(?: ngay)?\s+$/.test(folded.slice(Math.max(0, date.start - 12), date.start)),
  );
  const decision = inside(context.analysis.decisions, sentence)[0];
  // The post is the one named right after the trigger ("giao quyền Chủ tịch UBND tỉnh …"), not a later title.
  let targets = readTargets(context, sentence, trigger).filter(({ title }) => title.start - trigger.end <= 2);
  if (targets.length === 0) targets = bareRole(context, sentence, trigger.start, trigger.end);
  const readings = targets.map(({ title, person, how }): HoldsReading => ({
    kind: 'holds',
    person,
    title,
    start: {
      cause: acting ? 'acting' : 'interim',
      date: from ?? (acting ? undefined : dateOf(context.analysis, sentence, trigger.start)),
      decision,
    },
    acting: true,
    term: termAfter(context.analysis, title),
    sentence,
    rule: `${acting ? 'acting (giao quyền …)' : 'interim (thực hiện nhiệm vụ của …)'}; person ${how}`,
    confidence: from ? 0.8 : 0.7,
  }));
  return {
    readings,
    unread: readings.length === 0 ? { sentence, reason: 'an acting or interim post whose holder was not found' } : undefined,
  };
}

/**
 * "Phó Chủ tịch thường trực UBND tỉnh X thực hiện các nhiệm vụ của Chủ tịch …": a role without its body is the
 * role in the body of the title the person is described with (the Standing Vice Chairman of the PPC acts as its
 * Chairman).
 */
function bareRole(context: Context, sentence: Sentence, triggerStart: number, triggerEnd: number): Target[] {
  const folded = context.analysis.doc.folded;
  const role = GAZETTEER.roles.find((candidate) =>
    new RegExp(
      `^\\s*${candidate.title
        .normalize('NFD')
        .replace(/\p{Mn}/gu, '')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()}(?![a-z])`,
    ).test(folded.slice(triggerEnd, triggerEnd + 40)),
  );
  const person = subjectBefore(context, sentence, triggerStart);
  const own = person && ownTitle(context, person, sentence);
  if (!role || !person || !own?.body) return [];
  const start = triggerEnd + (/^\s*/.exec(folded.slice(triggerEnd))?.[0].length ?? 0);
  const title: TitleMention = {
    start,
    end: start + role.title.length,
    key: `${role.key}|${own.body}|${own.province ?? '?'}`,
    role: role.key,
    body: own.body,
    province: own.province,
    contextProvince: own.contextProvince,
    former: false,
    ...(own.locality ? { locality: own.locality } : {}),
  };
  return [{ title, person, how: 'subject' }];
}
