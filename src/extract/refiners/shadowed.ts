/**
 * An apposition that restates the post a sentence fills or vacates ("miễn nhiệm ông A, Chủ tịch UBND tỉnh") adds
 * nothing to the change read from it; the attestation is dropped when the same sentence has a start or an end for
 * the same person and title.
 */
import type { Analysis } from '../analysis.js';
import type { Reading } from '../readings.js';

export function dropShadowedAttestations(readings: Reading[], analysis: Analysis): Reading[] {
  void analysis;
  return readings.filter((reading) => {
    if (reading.kind !== 'holds' || reading.start || reading.end) return true;
    return !readings.some((other) => other !== reading && other.kind === 'holds' && (other.start || other.end) && other.sentence === reading.sentence &&
      other.person.key === reading.person.key && other.title === reading.title);
  });
}
