/**
 * Time limits that hold on a busy machine. Imports nothing of the kit, so a
 * test that must load only the standalone bundle (test/budget/) can use it.
 */

/** A fixed piece of work (sorting 200,000 numbers); about IDLE_WORK_MS on an idle core of a small CI machine. */
function fixedWork(): number {
  const values = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % 10007);
  values.sort((a, b) => a - b);
  return values[values.length >> 1]!;
}
const IDLE_WORK_MS = 40;

let measured: { at: number; factor: number } | undefined;

/**
 * How many times slower than idle the machine is now (at least 1): the median of three timings of a fixed
 * piece of work, measured again when the last measure is over 10 s old.
 */
export function slowdown(): number {
  if (measured && performance.now() - measured.at < 10_000) return measured.factor;
  const times = [0, 1, 2].map(() => {
    const started = performance.now();
    fixedWork();
    return performance.now() - started;
  });
  measured = { at: performance.now(), factor: Math.max(1, times.sort((a, b) => a - b)[1]! / IDLE_WORK_MS) };
  return measured.factor;
}

/**
 * A time limit for a heavy case that scales with the machine's load: `idleMs` (enough on an idle machine)
 * times how much slower the machine is now, doubled because load comes and goes. It only catches a hang;
 * how fast a case is belongs to the benchmark (`npm run bench`). At most 10 minutes.
 */
export function scaledBudget(idleMs: number): number {
  return Math.round(Math.min(idleMs * 2 * slowdown(), 600_000));
}
