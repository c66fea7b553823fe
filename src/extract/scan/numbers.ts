/**
 * Numbers that statements carry: counts of recipients ("hai cá nhân", "4 tập thể"), votes ("45/45 đại biểu",
 * "100% đại biểu có mặt"), terms ("nhiệm kỳ 2016-2021") and decisions ("Quyết định số 1598/QĐ-TTg").
 */
import { GAZETTEER, PATTERNS } from '../gazetteer.js';
import type { Span } from '../text.js';

export interface CountMention extends Span {
  value: number;
  noun: string;
}

export interface VoteMention extends Span {
  for?: number;
  present?: number;
  total?: number;
}

export interface TermMention extends Span {
  from: number;
  to: number;
}

export type DecisionMention = Span;

const COUNT = new RegExp(`(?<![a-z0-9/.,])(\\d+|${PATTERNS.numberWord})\\s+(${PATTERNS.recipientNoun})(?![a-z])`, 'g');
/** The words a vote may carry after its numbers: "phiếu tán thành", "đại biểu có mặt", "số phiếu bầu", "phiếu bỏ tại kỳ họp". */
const VOTE_WORDS = '(?:\\s+(?:phieu|dai bieu|co mat|tan thanh|dong y|bau|tham du|bo tai ky hop|tai ky hop|hdnd tinh|hdnd))*';
const VOTE = new RegExp(`(?<![\\d/])(\\d+)\\s*\\/\\s*(\\d+)(?:\\s*\\/\\s*(\\d+))?\\s+(?:so\\s+)?(?:phieu|dai bieu)${VOTE_WORDS}`, 'g');
const PERCENT_VOTE = new RegExp(
  `(?<![\\d,.])(?:tren\\s+)?\\d+(?:,\\d+)?%\\s+(?:so\\s+)?(?:phieu|dai bieu)${VOTE_WORDS}|(?<=ty le phieu bau\\s)\\d+%|(?<=so phieu tin nhiem\\s)\\d+%`,
  'g',
);
const TERM = /nhiem ky\s+(\d{4})\s*[-–]\s*(\d{4})/g;
const DECISION = /(?<![a-z])(?:quyet dinh|qd)(?:\s+so)?\s+\d+\s*\/\s*qd-[a-z]+/g;

export function scanCounts(folded: string): CountMention[] {
  return [...folded.matchAll(COUNT)].map((match) => {
    const word = match[1]!.replace(/\s+/g, ' ');
    const value = /^\d+$/.test(word) ? Number(word) : GAZETTEER.numberWords.get(word)!;
    return { start: match.index, end: match.index + match[0].length, value, noun: match[2]! };
  });
}

export function scanVotes(folded: string): VoteMention[] {
  const votes: VoteMention[] = [...folded.matchAll(VOTE)].map((match) => {
    const numbers = [match[1], match[2], match[3]].filter((value) => value !== undefined).map(Number);
    const text = match[0].replace(/\s+$/, '');
    return {
      start: match.index,
      end: match.index + text.length,
      for: numbers[0],
      present: numbers[1],
      ...(numbers[2] === undefined ? {} : { total: numbers[2] }),
    };
  });
  for (const match of folded.matchAll(PERCENT_VOTE)) {
    const text = match[0].replace(/\s+$/, '');
    votes.push({ start: match.index, end: match.index + text.length });
  }
  return votes.sort((a, b) => a.start - b.start);
}

export function scanTerms(folded: string): TermMention[] {
  return [...folded.matchAll(TERM)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    from: Number(match[1]),
    to: Number(match[2]),
  }));
}

export function scanDecisions(folded: string): DecisionMention[] {
  return [...folded.matchAll(DECISION)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
