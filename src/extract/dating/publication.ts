/**
 * When an article was published, as far as its metadata or its address tell: a day, a month or a year. The
 * publication date is given to the extractor at the precision the page prints it (`publicationPrecision` of
 * src/text/isoDate.ts); failing that, many Vietnamese news addresses carry the day ("…-20230116110154130.htm",
 * "/2019/01/11/"), which is the page's publication day too.
 */
import { isIsoDate, publicationPrecision } from '../../text/isoDate.js';

export interface Publication {
  year: number;
  month?: number;
  day?: number;
  /** What it was read from, as the reason of an inferred date says it. */
  source: string;
}

/** The publication date given with the article (a date-time, a day, a month or a year); undefined for anything else. */
export function givenPublication(published: string | undefined): Publication | undefined {
  if (published === undefined) return undefined;
  const precision = publicationPrecision(published);
  if (precision === undefined) return undefined;
  const [year, month, day] = published.slice(0, 10).split('-').map(Number);
  return {
    year: year!,
    ...(precision === 'year' ? {} : { month }),
    ...(precision === 'time' || precision === 'day' ? { day } : {}),
    source: `the publication date (${published.slice(0, 10)})`,
  };
}

/** "-20230116110154130.htm" (a day and a time), "/2019/01/11/", "/2019-01-11/": a day at the start of a run of digits after "-", "/" or "_". */
const DAY_IN_ADDRESS = [
  /[-/_]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\d{0,9})(?=\D|$)/,
  /\/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?=\D|$)/,
];

/** The day a page's address gives, if any: the day it was published. */
export function addressPublication(url: string | undefined): Publication | undefined {
  if (!url) return undefined;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  for (const pattern of DAY_IN_ADDRESS) {
    const match = pattern.exec(path);
    if (!match) continue;
    const [year, month, day] = [match[1], match[2], match[3]] as [string, string, string];
    if (isIsoDate(`${year}-${month}-${day}`))
      return {
        year: Number(year),
        month: Number(month),
        day: Number(day),
        source: `the day in the page's address (${year}-${month}-${day})`,
      };
  }
  return undefined;
}

/** The publication date as EDTF at its precision: "2024-10-05", "2024-10", "2024". */
export function publicationValue(publication: Publication): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return [
    String(publication.year),
    ...(publication.month ? [pad(publication.month)] : []),
    ...(publication.day ? [pad(publication.day)] : []),
  ].join('-');
}
