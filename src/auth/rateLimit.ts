/**
 * Writes per key in any 60 seconds (a sliding window: the times of the last writes, per key). In memory, per
 * process: a deployment of several API processes allows each its share, which bounds a key all the same.
 */
export const WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Counts a write by `keyId` at `now`; returns the seconds to wait when it is over the limit (not counted then). */
  take(keyId: string, now?: number): number | undefined;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    take(keyId, now = Date.now()) {
      const times = (recent.get(keyId) ?? []).filter((time) => time > now - WINDOW_MS);
      if (times.length >= perMinute) {
        recent.set(keyId, times);
        return Math.max(1, Math.ceil((times[0]! + WINDOW_MS - now) / 1000));
      }
      times.push(now);
      recent.set(keyId, times);
      return undefined;
    },
  };
}
