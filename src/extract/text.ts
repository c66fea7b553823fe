/**
 * The article's text as the extractor reads it: NFC, a folded copy of the same length (so that an offset in one
 * is an offset in the other: patterns match the folded text, quotes and names are cut from the original), and its
 * sentences. Folding is the project's (src/text/fold.ts) applied one character at a time.
 */
import { foldText } from '../text/fold.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
}

export interface Doc {
  /** NFC, line ends as given. */
  text: string;
  /** foldText of each character (white space to one space), same length as `text`. */
  folded: string;
  sentences: Sentence[];
}

const foldedChars = new Map<string, string>();

/** One character folded to one character; anything that would not stay one character is kept as it is. */
function foldChar(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = /[\s\u00a0]/.test(char) ? ' ' : foldText(char);
    if (folded.length !== 1) folded = char.length === 1 ? char.toLowerCase().slice(0, 1) || ' ' : ' ';
    foldedChars.set(char, folded);
  }
  return folded;
}

/** The folded copy of `text`, offset for offset. */
export function foldAligned(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += foldChar(text[index]!);
  return out;
}

/** Abbreviations after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = /(?:\bTP|\bTS|\bThS|\bGS|\bPGS|\bđ\/c|\bQĐ|\bNxb|\b[A-ZĐ])\.$/;

/** Sentences: at line breaks, and after . ! ? … followed by a space and a capital, a quote or a bracket. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /[\s\u00a0]/.test(text[start]!)) start += 1;
    while (end > start && /[\s\u00a0]/.test(text[end - 1]!)) end -= 1;
    if (end > start) sentences.push({ start, end, index: sentences.length });
  };
  let start = 0;
  const boundary = /\n|[.!?…]+(?=[\s\u00a0]+(?:[\p{Lu}"“(]|\d))/gu;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (match[0] !== '\n' && NO_BREAK_AFTER.test(text.slice(Math.max(0, match.index - 4), end))) continue;
    push(start, match[0] === '\n' ? match.index : end);
    start = end;
  }
  push(start, text.length);
  return sentences;
}

export function makeDoc(raw: string): Doc {
  const text = raw
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  return { text, folded: foldAligned(text), sentences: splitSentences(text) };
}

/** The text of a span with its white space folded: how quotes and verbatim values are written in a draft. */
export const cut = (doc: Doc, span: Span): string =>
  doc.text
    .slice(span.start, span.end)
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** A slug of a-z, 0-9 and hyphens from any text: "Chủ tịch UBND tỉnh" → "chu-tich-ubnd-tinh". */
export const slugify = (text: string): string =>
  foldText(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Escapes text for a RegExp. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** An alternation of folded variants, longest first so that "pho chu tich" wins over "chu tich". */
export function alternation(variants: readonly string[]): string {
  const folded = [...new Set(variants.map((variant) => foldText(variant)))].sort((a, b) => b.length - a.length);
  return folded.map((variant) => escapeRegExp(variant).replace(/ /g, '\\s+')).join('|');
}

/** Ordinals in words ("thứ mười ba", "lần thứ nhất") as the numbers others print ("thứ 13"), in folded text. */
const UNITS: Record<string, number> = { nhat: 1, mot: 1, hai: 2, ba: 3, tu: 4, bon: 4, nam: 5, lam: 5, sau: 6, bay: 7, tam: 8, chin: 9 };
const ORDINAL = /(?<![a-z])thu (muoi )?(nhat|mot|hai|ba|tu|bon|nam|lam|sau|bay|tam|chin|muoi)(?![a-z])/g;
export const ordinalsAsNumbers = (folded: string): string =>
  folded.replace(ORDINAL, (_, ten: string | undefined, unit: string) => `thu ${unit === 'muoi' ? 10 : (ten ? 10 : 0) + UNITS[unit]!}`);

/** The numbers and Roman numerals of a name ("Kỳ họp thứ mười ba … khóa VI" → 13, vi): what tells two events apart. */
export const numeralsOf = (name: string): string[] =>
  ordinalsAsNumbers(foldText(name))
    .split(/[^a-z0-9]+/)
    .filter((word) => /^(?:\d+|[ivxlc]+)$/.test(word));
