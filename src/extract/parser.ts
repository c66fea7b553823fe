/**
 * The two kinds of rule the extractor is configured with, after chrono-node's: a parser reads one pattern in a
 * sentence and says what it read (readings) or why a sentence that looks relevant was not read; a refiner cleans
 * up across the article's readings. extract.ts lists them in order.
 */
import type { Analysis, ResolvedPerson } from './analysis.js';
import type { Reading, Unread } from './readings.js';
import type { TitleMention } from './scan/titles.js';
import type { Sentence } from './text.js';

/** Titles already given to a person by an apposition or a title before the name. */
export type Owners = Map<TitleMention, ResolvedPerson>;

/** What a parser may consult besides its sentence. */
export interface Context {
  analysis: Analysis;
  owners: Owners;
  /** What the sentences before this one, and the parsers before this one in this sentence, read. */
  earlier: Reading[];
}

export interface ParseResult {
  readings: Reading[];
  /** Set when the sentence has the parser's trigger but could not be read, and why. */
  unread?: Unread;
}

export interface Parser {
  /** What the parser reads, as a word: "election", "dismissal"… */
  readonly name: string;
  parse(context: Context, sentence: Sentence): ParseResult;
}

export interface Refiner {
  readonly name: string;
  refine(readings: Reading[], analysis: Analysis): Reading[];
}
