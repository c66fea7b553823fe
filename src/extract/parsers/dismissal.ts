/**
 * Dismissals: "miễn nhiệm chức vụ Chủ tịch UBND tỉnh … đối với ông X", "miễn nhiệm ông X, Chủ tịch UBND tỉnh",
 * "cho thôi giữ chức …", a delegate's mandate ("cho thôi làm nhiệm vụ đại biểu HĐND tỉnh"); removals ("bãi nhiệm", "cách chức"); and the Prime Minister's approval of a dismissal ("phê chuẩn (kết quả) miễn nhiệm …"). A
 * proposal ("đề nghị miễn nhiệm", "tờ trình") is not a dismissal.
 */
import { inside } from '../analysis.js';
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf, termAfter } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';
import { findTrigger, readEveryTarget } from './targets.js';

const TRIGGER = /(?<![a-z])(?:mien nhiem|cho thoi giu chuc|thoi giu chuc|bai nhiem|cach chuc|(?:cho )?thoi lam(?: nhiem vu)?)(?![a-z])/;
const EXCLUDE = /de nghi (?:[a-z]+ ){0,3}mien nhiem|(?:co|gui|thong qua) to trinh|se mien nhiem|xem xet mien nhiem|gui cong van/;

export const dismissalParser: Parser = { name: 'dismissal', parse: parseDismissal };

function parseDismissal(context: Context, sentence: Sentence): ParseResult {
  const folded = context.analysis.doc.folded;
  const trigger = findTrigger(folded, sentence, TRIGGER, EXCLUDE);
  if (trigger === undefined) return { readings: [] };
  if (trigger === 'excluded')
    return { readings: [], unread: { sentence, reason: 'a proposal or a submission to dismiss, not a dismissal' } };
  const approved = /phe chuan/.test(folded.slice(sentence.start, trigger.start));
  const decision = inside(context.analysis.decisions, sentence)[0];
  const approvedBy =
    approved &&
    (/thu tuong/.test(folded.slice(sentence.start, sentence.end)) ||
      (decision && /qd-ttg/.test(folded.slice(decision.start, decision.end))))
      ? 'thu-tuong-chinh-phu'
      : undefined;
  // Every "miễn nhiệm" of the sentence, each with its own post and person.
  const targets = readEveryTarget(context, sentence, TRIGGER, { describedPost: true });
  // "bãi nhiệm", "cách chức": removed from office. "thôi làm nhiệm vụ đại biểu": relieved of a delegate's duty, for the
  // reason the sentence gives after it when it gives one (to retire, or at the delegate's own wish).
  const causeOf = (span: { start: number; end: number }) => {
    if (/bai nhiem|cach chuc/.test(folded.slice(span.start, span.end))) return 'removed';
    if (!/thoi lam/.test(folded.slice(span.start, span.end))) return 'dismissed';
    const reason = folded.slice(span.end, sentence.end);
    // A new post is the reason even where the delegate asked to go ("do nhận nhiệm vụ mới …, theo đơn xin thôi …").
    if (/(?<![a-z])nghi huu(?![a-z])/.test(reason)) return 'retired';
    if (/(?<![a-z])(?:nhiem vu moi|chuyen cong tac|dieu dong|luan chuyen)(?![a-z])/.test(reason)) return 'relieved';
    return /(?<![a-z])(?:nguyen vong|xin thoi|xin nghi)(?![a-z])/.test(reason) ? 'resigned' : 'relieved';
  };
  const votes = inside(context.analysis.votes, sentence);
  const readings = targets.map(({ title, person, how, trigger: own }): HoldsReading => {
    const cause = causeOf(own);
    return {
      kind: 'holds',
      person,
      title,
      end: {
        cause,
        date: approved ? undefined : dateOf(context.analysis, sentence, own.start),
        vote: targets.length === 1 ? votes[0] : undefined,
        decision,
        approvedBy,
      },
      term: termAfter(context.analysis, title),
      sentence,
      rule: `${cause === 'removed' ? 'removal (bãi nhiệm/cách chức …' : `dismissal (${approved ? 'phê chuẩn miễn nhiệm' : 'miễn nhiệm'} …`}; person ${how})`,
      confidence: how === 'pronoun' ? 0.6 : 0.85,
    };
  });
  return { readings, unread: readings.length === 0 ? { sentence, reason: 'a dismissal whose post or person was not found' } : undefined };
}
