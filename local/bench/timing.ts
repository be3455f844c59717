/** Small timing helpers for the benchmark: wall-clock milliseconds and medians. */
import { performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Milliseconds `fn` takes (one run). */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** The median of `runs` timings of `fn`, after one untimed warm-up run when `warmUp`. */
export function medianMs(runs: number, fn: (run: number) => void, warmUp = true): number {
  if (warmUp) fn(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(timeOnce(() => fn(i)));
  return median(times);
}

/** Rounds to `digits` significant-ish decimals for the report (keeps small numbers readable). */
export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const abs = Math.abs(x);
  const d = abs >= 100 ? 1 : abs >= 1 ? 2 : digits;
  const f = 10 ** d;
  return Math.round(x * f) / f;
}
