/**
 * Elections: "bầu ông X giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2016-2021", "ông X được bầu giữ chức …", "bầu bổ
 * sung Ủy viên UBND tỉnh đối với các ông …", "tái đắc cử chức vụ …" (re-elected). A nomination ("giới thiệu …
 * để bầu"), or a vote that has not happened ("chưa bầu", "đến khi … bầu") is not an election.
 */
import type { HoldsReading } from '../readings.js';
import type { Sentence } from '../text.js';
import { dateOf, termAfter } from './common.js';
import type { Context, ParseResult, Parser } from '../parser.js';
import { findTrigger, readEveryTarget } from './targets.js';
import { inside } from '../analysis.js';

const TRIGGER = /(?<![a-z])(?:tai dac cu|tai cu|dac cu|trung cu|bau|giao giu chuc)(?![a-z])/;
/** Whole words only: "trúng cử" (elected) ends in the letters of "ứng cử" (stood for election). */
const EXCLUDE =
  /(?<![a-z])(?:(?:phe chuan|chuan y) (?:ket qua |viec )?bau|gioi thieu[^.;]{0,40}bau|de bau|ung cu|chua (?:tien hanh )?bau|den khi[^.;]{0,60}bau|du kien bau|se bau|lay y kien)/;

export const electionParser: Parser = { name: 'election', parse: parseElection };

/** "Theo đó, ông A giữ chức …; các ông B, C giữ chức …": the outcome of the election the previous sentence tells. */
const OUTCOME = /^(?:theo do|ket qua)\s*[,:]/;
/** "giữ chức", but not "thôi giữ chức", "không còn giữ chức", "từng giữ chức", "nguyên giữ chức": those left a post. */
const HOLDS_POST = /(?<![a-z])(?<!(?:thoi|con|tung|nguyen)\s)giu chuc(?: vu| danh)?(?![a-z])/;

/** The trigger of a sentence that tells the outcome of the previous sentence's election, if it is one. */
function outcomeOf(context: Context, sentence: Sentence): RegExp | undefined {
  const { folded, sentences } = context.analysis.doc;
  const previous = sentences[sentence.index - 1];
  if (!previous || !OUTCOME.test(folded.slice(sentence.start, sentence.start + 12))) return undefined;
  // A sentence with its own "bầu" is read as it says.
  if (findTrigger(folded, sentence, TRIGGER) !== undefined) return undefined;
  const before = findTrigger(folded, previous, TRIGGER, EXCLUDE);
  return before !== undefined && before !== 'excluded' && before.text === 'bau' ? HOLDS_POST : undefined;
}

function parseElection(context: Context, sentence: Sentence): ParseResult {
  const outcome = outcomeOf(context, sentence);
  const trigger = findTrigger(context.analysis.doc.folded, sentence, outcome ?? TRIGGER, EXCLUDE);
  if (trigger === undefined) return { readings: [] };
  if (trigger === 'excluded')
    return { readings: [], unread: { sentence, reason: 'a nomination or a vote still to come, not an election' } };
  // "tái đắc cử", "tái cử", "tiếp tục được bầu": the post was already held.
  const cause =
    /^tai/.test(trigger.text) ||
    /tiep tuc (?:duoc )?(?:tin nhiem )?$/.test(
      context.analysis.doc.folded.slice(Math.max(sentence.start, trigger.start - 30), trigger.start),
    )
      ? 're-elected'
      : 'elected';
  // Every "bầu" of the sentence: "Với 45/45 số phiếu bầu, đồng chí X … được bầu giữ chức …" has the post after the second.
  const targets = readEveryTarget(context, sentence, outcome ?? TRIGGER);
  const votes = inside(context.analysis.votes, sentence);
  const readings = targets.map(({ title, person, how }): HoldsReading => ({
    kind: 'holds',
    person,
    title,
    start: { cause, date: dateOf(context.analysis, sentence, trigger.start), vote: targets.length === 1 ? votes[0] : undefined },
    term: termAfter(context.analysis, title),
    sentence,
    rule: `election (${outcome ? 'theo đó, … giữ chức …, after a sentence that elects' : cause === 're-elected' ? 'tái đắc cử' : 'bầu'} … giữ chức …; person ${how})`,
    confidence: how === 'pronoun' ? 0.6 : how === 'doi voi' ? 0.85 : 0.8,
  }));
  return { readings, unread: readings.length === 0 ? { sentence, reason: 'an election whose post or person was not found' } : undefined };
}
