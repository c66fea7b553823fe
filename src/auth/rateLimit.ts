/**
 * Events per key in any 60 seconds (a sliding window: the times of the last events, per key): writes per API key,
 * expensive reads per client, wrong keys per client. In memory, per process: a deployment of several API
 * processes allows each its share, which bounds a key all the same.
 */
export const WINDOW_MS = 60_000;

/** Keys remembered at most: a stream of ever-new clients only evicts the least recent, never grows the map. */
const REMEMBERED = 10_000;

export interface RateLimiter {
  /**
   * Counts `events` events of `key` at `now`; returns the seconds to wait when they do not all fit in the window
   * (then none is counted).
   */
  take(key: string, events?: number, now?: number): number | undefined;
  /** The seconds to wait before one more event of `key` fits, or undefined when it fits now (nothing is counted). */
  waitFor(key: string, now?: number): number | undefined;
}

export function createRateLimiter(perMinute: number): RateLimiter {
  const recent = new Map<string, number[]>();
  const timesOf = (key: string, now: number) => {
    const times = (recent.get(key) ?? []).filter((time) => time > now - WINDOW_MS);
    // Deleted and set again, so that the Map's order is that of last use and the oldest goes first.
    recent.delete(key);
    if (times.length > 0) recent.set(key, times);
    if (recent.size > REMEMBERED) recent.delete(recent.keys().next().value!);
    return times;
  };
  const wait = (times: readonly number[], events: number, now: number) => {
    if (times.length + events <= perMinute) return undefined;
    // Enough of the oldest events must leave the window; more than the limit at once never fits.
    const leaving = times[times.length + events - perMinute - 1];
    return events > perMinute || leaving === undefined
      ? Math.ceil(WINDOW_MS / 1000)
      : Math.max(1, Math.ceil((leaving + WINDOW_MS - now) / 1000));
  };
  return {
    take(key, events = 1, now = Date.now()) {
      const times = timesOf(key, now);
      const seconds = wait(times, events, now);
      if (seconds !== undefined) return seconds;
      for (let index = 0; index < events; index += 1) times.push(now);
      recent.set(key, times);
      return undefined;
    },
    waitFor(key, now = Date.now()) {
      return wait(timesOf(key, now), 1, now);
    },
  };
}
