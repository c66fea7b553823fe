/** What the extractor reads in a text, as the unit tests of its patterns compare it: plain arrays of printed values. */
import { analyse } from '../../src/extract/analysis.js';
import { readArticle } from '../../src/extract/extract.js';

/** The events of a text after the refiners: [category, name as printed, date as printed, organizers]. */
export function events(text: string) {
  const analysis = analyse({ text });
  const cut = (span?: { start: number; end: number }) => span && analysis.doc.text.slice(span.start, span.end);
  return readArticle(analysis)
    .readings.filter((reading) => reading.kind === 'event')
    .map((reading) => reading.kind === 'event' && [reading.category, cut(reading.name), cut(reading.date), reading.organizers]);
}

/** The presentations of a text: [award, presenter, on whose behalf, named people, bodies as printed, counts]. */
export function presents(text: string) {
  const analysis = analyse({ text });
  const cut = (span: { start: number; end: number }) => analysis.doc.text.slice(span.start, span.end);
  return readArticle(analysis).readings.flatMap((reading) =>
    reading.kind === 'presents'
      ? [
          [
            reading.awardKey,
            reading.presenter?.name,
            reading.onBehalfOf?.key,
            reading.recipients.map((person) => person.name),
            reading.organizationRecipients.map((organization) => cut(organization.span)),
            reading.counts.map((count) => count.value),
          ],
        ]
      : [],
  );
}

/** The metadata of an article a pattern test drafts, published on the day, month or year given (or not known). */
export const testMeta = (published: string | null) => ({
  id: 'article:t',
  title: null,
  publisher: null,
  published,
  url: null,
  textFile: 't.txt',
});
