/**
 * The draft's text cut into pieces for marking: each piece with the statements whose quotes cover it and whether an
 * unread sentence does. Pure, so that the page renders each piece as a text node (never as HTML) and the tests
 * check the cutting without a browser.
 */
export interface Span {
  start: number;
  end: number;
  /** A statement's id, or null for an unread sentence. */
  statement: string | null;
}

export interface Piece {
  text: string;
  start: number;
  statements: string[];
  unread: boolean;
}

/** Where each quote is in the text (its first occurrence); quotes the text does not hold are left out. */
export function spansOf(text: string, quotes: readonly { statement: string | null; quote: string }[]): Span[] {
  return quotes.flatMap(({ statement, quote }) => {
    const start = quote === '' ? -1 : text.indexOf(quote);
    return start < 0 ? [] : [{ start, end: start + quote.length, statement }];
  });
}

/** The text cut at every span's ends: consecutive pieces, covering the whole text, in order. */
export function piecesOf(text: string, spans: readonly Span[]): Piece[] {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const [start, end] = [cuts[index]!, cuts[index + 1]!];
    const covering = spans.filter((span) => span.start <= start && span.end >= end);
    pieces.push({
      text: text.slice(start, end),
      start,
      statements: [...new Set(covering.flatMap((span) => (span.statement === null ? [] : [span.statement])))],
      unread: covering.some((span) => span.statement === null),
    });
  }
  return pieces;
}
