/**
 * Drops readings of titles that are no post here: another country's ("Ủy viên Trung ương Đảng Nhân dân Cách mạng
 * Lào"), or a locality's body whose locality is not printed ("Chủ tịch UBND huyện" alone). The parsers skip them
 * already; this is the net under every parser.
 */
import type { Refiner } from '../parser.js';

export const unreadableTitlesRefiner: Refiner = {
  name: 'unreadable titles',
  refine: (readings) => readings.filter((reading) => reading.kind !== 'holds' || !reading.title.unreadable),
};
