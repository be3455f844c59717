import { DomainError, msgRef } from './errors';

/**
 * Exact arithmetic at the edges: splitting totals so the parts add back to the total,
 * and rounding to a step without letting float noise tip a value over an edge.
 */

const RELATIVE_TOLERANCE = 1e-9;

/**
 * How far from an integer a value may be and still count as that integer: 1e-9 near zero, growing with
 * the magnitude at 1e-12 relative. Float noise of a few operations is ~1e-15 relative, so this absorbs it
 * without swallowing a real fraction of a large count (10 000 000 000.5 kopecks is not an integer).
 */
function noiseTolerance(x: number): number {
  return Math.max(RELATIVE_TOLERANCE, 1e-12 * Math.abs(x));
}

/** Snaps a value that is an integer but for float noise (18.000000000000004 → 18). */
export function snapInteger(x: number): number {
  const r = Math.round(x);
  return Math.abs(x - r) <= noiseTolerance(x) ? r : x;
}

/** Units beyond this cannot be counted exactly in a double. */
const MAX_UNITS = Number.MAX_SAFE_INTEGER;

/** Steps seen so far and their decimals: a column of amounts rounds to the same few steps on every row. */
const DECIMALS = new Map<number, number>();

/** Decimal places of a step (0.01 → 2, 1000 → 0, 0.5 → 1). */
export function stepDecimals(step: number): number {
  const known = DECIMALS.get(step);
  if (known !== undefined) return known;
  let decimals = 12;
  for (let d = 0; d <= 12; d++) {
    const scaled = step * 10 ** d;
    if (Math.abs(scaled - Math.round(scaled)) <= RELATIVE_TOLERANCE * Math.max(1, scaled)) {
      decimals = d;
      break;
    }
  }
  if (DECIMALS.size < 64) DECIMALS.set(step, decimals);
  return decimals;
}

/**
 * Decimal places of a number as written, exactly (1234.56 → 2, 1000 → 0, 1e-7 → 7). Not `stepDecimals`: a
 * step's decimals forgive noise and stop at 12, so a 15-digit plan (1 234 567.1234567 → 3, not 7) or a tiny
 * one (1e-13 → 0) would lose its last units.
 */
export function writtenDecimals(x: number): number {
  for (let d = 0; d < 100; d++) if (Number(x.toFixed(d)) === x) return d;
  return 100;
}

/** `units` steps written back as a number without noise (3 × 0.1 → 0.3). */
export function fromUnits(units: number, step: number): number {
  const decimals = stepDecimals(step);
  // Whole kopecks (cents, tenths): dividing is exact to the last bit — the double nearest the decimal, as
  // parsing the decimal would give — and far cheaper than writing and reading it.
  const scale = 10 ** decimals;
  if (decimals > 0 && Number.isSafeInteger(units) && step === 1 / scale)
    return units === 0 ? 0 : units / scale;
  return cleanDecimals(units * step, decimals);
}

/**
 * `x` to `decimals` places without float noise (0.1 + 0.2 → 0.3), −0 as 0. A whole number with no decimals is
 * exact already while it is a safe integer (1 rouble, 1 000 roubles, 1 call): no writing and reading it back.
 */
export function cleanDecimals(x: number, decimals: number): number {
  const cleaned = decimals === 0 && Number.isSafeInteger(x) ? x : Number(x.toFixed(decimals));
  return cleaned === 0 ? 0 : cleaned;
}

/**
 * `x` as a spreadsheet cell keeps it: 15 significant digits, the float noise of the last ones dropped
 * (999.9999999999999 → 1000, 1.4999999999999996 → 1.5), −0 as 0.
 */
export function cellPrecision(x: number): number {
  const r = Number(x.toPrecision(15));
  return r === 0 ? 0 : r;
}

export type RoundingMode = 'nearest' | 'up' | 'down';

/** Rounds to a multiple of `step`; half away from zero for 'nearest'. */
export function roundToStep(x: number, step = 1, mode: RoundingMode = 'nearest'): number {
  return fromUnits(roundToUnits(x, step, mode), step);
}

/** How many whole `step`s `x` rounds to (roundToStep without writing the number back): 12.345 by 0.01 → 1235. */
export function roundToUnits(x: number, step = 1, mode: RoundingMode = 'nearest'): number {
  assertFinite(x, 'split.name.value', 'x');
  assertStep(step);
  const units = snapInteger(x / step);
  let r: number;
  if (Number.isInteger(units)) r = units;
  else if (mode === 'up') r = Math.ceil(units);
  else if (mode === 'down') r = Math.floor(units);
  else {
    // A half that noise pushed below .5 (1.005 / 0.01 = 100.49999999999999) still rounds away from zero.
    const doubled = snapInteger(Math.abs(units) * 2);
    const away = Number.isInteger(doubled) ? Math.ceil(doubled / 2) : Math.round(Math.abs(units));
    r = Math.sign(units) * away;
  }
  return r === 0 ? 0 : r;
}

/** Money to the minor unit (kopecks, cents). */
export function roundMoney(x: number): number {
  return roundToStep(x, 0.01);
}

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of `step`, summing exactly to
 * `total` (largest remainder; ties go to the earlier position). Each part is within one step of its
 * exact share. A negative total is split as its absolute value and negated.
 */
export function splitExact(total: number, weights: readonly number[], step = 1): number[] {
  assertFinite(total, 'split.name.total', 'total');
  assertStep(step);
  weights.forEach((w, i) => {
    if (!Number.isFinite(w))
      throw new DomainError('split.weightNotFinite', { index: i + 1 }, `weights[${i}]`);
    if (w < 0) throw new DomainError('split.negativeWeight', { index: i + 1, value: w }, `weights[${i}]`);
  });
  const units = wholeSteps(total, step);
  if (weights.length === 0) {
    if (units === 0) return [];
    throw new DomainError('split.noWeights', {}, 'weights');
  }
  const maxWeight = weights.reduce((m, w) => Math.max(m, w), 0);
  if (maxWeight === 0) {
    if (units === 0) return weights.map(() => 0);
    throw new DomainError('split.allZero', {}, 'weights');
  }
  // Scaled by the largest weight so that huge weights cannot overflow their sum.
  const scaled = weights.map((w) => w / maxWeight);
  const weightSum = scaled.reduce((a, b) => a + b, 0);
  const sign = units < 0 ? -1 : 1;
  const shares = splitUnits(Math.abs(units), scaled, weightSum);
  return shares.map((u) => fromUnits(sign * u, step));
}

/**
 * How many steps make the total, exactly. Snapping absorbs float noise (0.3 / 0.1), but the steps must
 * give the total back: 1000 with a step of 1e12 is not "0 steps", nor 1e12 + 100 "1 step".
 */
function wholeSteps(total: number, step: number): number {
  const units = snapInteger(total / step);
  if (Math.abs(units) > MAX_UNITS) throw new DomainError('split.tooLarge', { total, step }, 'total');
  const exact = Number.isInteger(units) && Math.abs(units * step - total) <= 1e-12 * Math.abs(total);
  if (exact) return units;
  if (step > Math.abs(total)) throw new DomainError('split.stepAboveTotal', { total, step }, 'step');
  throw new DomainError('split.totalNotMultiple', { total, step }, 'total');
}

/** Largest-remainder split of a whole number of units. */
function splitUnits(units: number, weights: readonly number[], weightSum: number): number[] {
  const floors: number[] = [];
  const remainders: number[] = [];
  let given = 0;
  for (const w of weights) {
    const exact = snapInteger((units * w) / weightSum);
    const f = Math.floor(exact);
    floors.push(f);
    // Remainders equal but for noise must tie (and so go to the earlier position).
    remainders.push(Math.round((exact - f) * 1e9));
    given += f;
  }
  let left = units - given;
  if (left > 0) {
    const order = remainders.map((_, i) => i).sort((a, b) => remainders[b] - remainders[a] || a - b);
    for (let k = 0; left > 0; k = (k + 1) % order.length) {
      if (weights[order[k]] === 0) continue;
      floors[order[k]] += 1;
      left -= 1;
    }
  }
  return floors;
}

function assertFinite(x: number, name: string, field: string): void {
  if (typeof x !== 'number' || !Number.isFinite(x))
    throw new DomainError('split.notFinite', { name: msgRef(name) }, field);
}

function assertStep(step: number): void {
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0) {
    throw new DomainError('split.badStep', { step: typeof step === 'number' ? step : String(step) }, 'step');
  }
}
