import { fromUnits, roundToUnits } from '../allocate';

/**
 * Money inside the engine is whole kopecks (integers): sums, caps, draws and totals are exact, and a
 * figure is rounded once, where it is made (a rate × a base, a share of a salary). Rubles only at the
 * edges: the trail's and the result's amounts.
 */
export type Kopecks = number;

/** An amount in rubles as whole kopecks, rounded half away from zero. */
export function kopecks(rubles: number): Kopecks {
  return roundToUnits(rubles, 0.01);
}

export function rubles(k: Kopecks): number {
  return fromUnits(k, 0.01);
}

/** A figure to the hundredth: a threshold such as 80 % × plan (100 000 × 0.8 is 80 000, not 80 000.000…01). */
export function hundredth(x: number): number {
  return rubles(kopecks(x));
}

/**
 * `value` ≥ `threshold`, both to the hundredth of their unit (a kopeck, or 0.01 of a deal or call): the
 * tabs hold figures to two decimals, and a threshold made by a product (plan × 80 %) is rounded, not
 * forgiven.
 */
export function atLeast(value: number, threshold: number): boolean {
  return kopecks(value) >= kopecks(threshold);
}

/**
 * `a` − `b` without float noise when both are to the hundredth (the tabs' figures: 0.3 − 0.1 is 0.2); a
 * figure with more decimals (a forecast) keeps them.
 */
export function minus(a: number, b: number): number {
  return hundredth(a) === a && hundredth(b) === b ? hundredth(a - b) : a - b;
}
