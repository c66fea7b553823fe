/** Timing shared by the synthetic loaders' reports. */

/** Milliseconds as seconds, to the hundredth. */
export const seconds = (millis: number) => Math.round(millis / 10) / 100;

/** Wall time per phase: `phase(name)` records the time since the previous call (or since creation) under `name`. */
export function phaseClock(): { phases: Record<string, number>; phase: (name: string) => void } {
  const phases: Record<string, number> = {};
  let mark = performance.now();
  return {
    phases,
    phase: (name: string) => {
      const now = performance.now();
      phases[name] = seconds(now - mark);
      mark = now;
    },
  };
}
