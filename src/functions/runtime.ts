import { cellPrecision } from '../core/allocate';
import { DomainError } from '../core/errors';
import { ArgError } from './args';

/** The inputs a result was computed from, by argument name: the suspects when the result overflows. */
export type Inputs = Readonly<Record<string, number | null | undefined>>;

/**
 * A number as a cell shows it: undefined results (no day elapsed yet) are blank; float noise of the last
 * digits is dropped (1.4999999999999996 → 1.5, 15 significant digits as Sheets keeps). A result that is
 * not a finite number is an overflow: an error naming the most extreme of `inputs`, never a silent blank.
 */
export function cellOut(x: number | null | undefined, inputs: Inputs): number | string {
  if (x === null || x === undefined) return '';
  if (!Number.isFinite(x)) throw overflow(inputs);
  // A whole number of at most 15 digits is its own 15-digit rounding (counts of days), and so is the double
  // nearest a decimal of at most 15 digits with 2 decimals (money: k / 100 is that double): no toPrecision.
  if (Number.isInteger(x) && x < 1e15 && x > -1e15) return x === 0 ? 0 : x;
  const cents = Math.round(x * 100);
  if (cents / 100 === x && cents < 1e15 && cents > -1e15) return x;
  return cellPrecision(x);
}

/** How far a number is from 1 in order of magnitude (1e200 and 1e-200 alike); -1 for 0 or none. */
function size(v: number | null | undefined): number {
  if (v === null || v === undefined || v === 0 || !Number.isFinite(v)) return -1;
  return Math.abs(Math.log10(Math.abs(v)));
}

/**
 * The overflow error: it names the input farthest from 1 in order of magnitude (1e200, or 1e-300 as a
 * divisor), the value that pushed the result past ±1.8E+308.
 */
export function overflow(inputs: Inputs): DomainError {
  let arg = Object.keys(inputs)[0] ?? '';
  let value: number | undefined;
  let worst = -1;
  for (const [name, v] of Object.entries(inputs)) {
    if (size(v) > worst) [arg, value, worst] = [name, v as number, size(v)];
  }
  return value === undefined
    ? new ArgError(arg, 'fn.overflowAny')
    : new ArgError(arg, 'fn.overflow', { value });
}

/** The most extreme (farthest from 1 in order of magnitude) number of a list, for `Inputs`. */
export function extreme(values: Iterable<number | null | undefined>): number | null {
  let out: number | null = null;
  let worst = -1;
  for (const v of values) if (size(v) > worst) [out, worst] = [v as number, size(v)];
  return out;
}

/**
 * Refuses a list longer than `max` (tiers, curve points, ramp shares) before any work is done: a limit no
 * real sheet reaches, far below what would pass Sheets' 30-second limit.
 */
export function limitCount(arg: string, count: number, max: number): void {
  if (count > max) throw new DomainError('fn.tooMany', { count, max }, arg);
}

/** Refuses `cells` results each costing `items` steps when their product passes `max`. */
export function limitWork(arg: string, cells: number, items: number, max: number): void {
  if (cells * items > max) throw new DomainError('fn.tooMuchWork', { cells, items, max }, arg);
}
