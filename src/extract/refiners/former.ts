/** Drops readings of titles that are past ("nguyên Chủ tịch") or of a city's or district's body: neither is a current provincial post. */
import type { Refiner } from '../parser.js';

export const formerAndLocalRefiner: Refiner = {
  name: 'former and local titles',
  refine: (readings) => readings.filter((reading) => reading.kind !== 'holds' || (!reading.title.former && !reading.title.local)),
};
