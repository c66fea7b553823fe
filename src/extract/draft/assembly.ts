/**
 * What every part of the draft's assembly shares: the analysis, the linker, the article's metadata, statement ids,
 * quotes cut from the text, dates written with why a part is inferred, and the registry id of a person.
 */
import type { DateInput } from '../../statements/dates.js';
import type { Analysis, ResolvedPerson } from '../analysis.js';
import type { Linker } from '../link/linker.js';
import type { HoldsReading, Reading } from '../readings.js';
import { dateInput } from '../dating/years.js';
import type { DateMention } from '../scan/dates.js';
import { resolvedKey } from '../scan/titles.js';
import { cut, type Sentence, type Span } from '../text.js';
import { StatementIds } from './ids.js';
import type { ArticleMetaInput } from './item.js';

export class Assembly {
  readonly ids = new StatementIds();

  constructor(
    readonly analysis: Analysis,
    readonly linker: Linker,
    readonly meta: ArticleMetaInput,
    readonly readings: readonly Reading[],
  ) {}

  quote(span: Span): string {
    return cut(this.analysis.doc, span);
  }

  /** The sentence around a span (a name), for its quote. */
  sentenceOf(span: Span): Sentence {
    return (
      this.analysis.doc.sentences.find((sentence) => span.start >= sentence.start && span.end <= sentence.end) ?? { ...span, index: -1 }
    );
  }

  /** The posts this article gives a person: they tell namesakes apart. */
  titleKeysOf(person: ResolvedPerson): string[] {
    return this.readings
      .filter((reading): reading is HoldsReading => reading.kind === 'holds' && reading.person.key === person.key)
      .map((reading) => resolvedKey(reading.title, this.analysis.province))
      .filter((key): key is string => key !== undefined);
  }

  /** The registry id of a person, linked or proposed, quoting the sentence that names them. */
  person(person: ResolvedPerson, sentence: Sentence): string {
    return this.linker.person(person, this.titleKeysOf(person), this.quote(sentence));
  }

  /** A date as the draft writes it (dating/years.ts); a date no evidence gives a year is left out, and `notes` says so. */
  date(date: DateMention | undefined, notes: string[]): DateInput | undefined {
    if (!date) return undefined;
    const value = dateInput(this.analysis, date);
    if (value === undefined)
      notes.push(`the text gives "${cut(this.analysis.doc, date)}" without a year, and nothing else in the article gives it: no date`);
    return value;
  }
}
