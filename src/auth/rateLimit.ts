/**
 * Writes per key in any 60 seconds (a sliding window: the times of the last writes, per key). In memory, per
 * process: a deployment of several API processes allows each its share, which bounds a key all the same.
 */
export const WINDOW_MS = 60_000;

export interface RateLimiter {
  /**
   * Counts `writes` writes by `keyId` at `now`; returns the seconds to wait when they do not all fit in the window
   * (then none is counted).
   */
  take(keyId: string, writes?: number, now?: number): number | undefined;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const recent = new Map<string, number[]>();
  return {
    take(keyId, writes = 1, now = Date.now()) {
      const times = (recent.get(keyId) ?? []).filter((time) => time > now - WINDOW_MS);
      recent.set(keyId, times);
      if (times.length + writes > perMinute) {
        // Enough of the oldest writes must leave the window; more than the limit at once never fits.
        const leaving = times[times.length + writes - perMinute - 1];
        return writes > perMinute || leaving === undefined
          ? Math.ceil(WINDOW_MS / 1000)
          : Math.max(1, Math.ceil((leaving + WINDOW_MS - now) / 1000));
      }
      for (let index = 0; index < writes; index += 1) times.push(now);
      return undefined;
    },
  };
}
