/** Drops readings of titles that are past ("nguyên Chủ tịch") or of a city's or district's body: neither is a current provincial post. */
import type { Reading } from '../readings.js';

export function dropFormerAndLocal(readings: Reading[]): Reading[] {
  return readings.filter((reading) => reading.kind !== 'holds' || (!reading.title.former && !reading.title.local));
}
