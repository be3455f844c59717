import { fromUnits, roundToUnits, splitExact } from '../allocate';
import { DomainError } from '../errors';

/**
 * Receipts (cash in) from revenue by payment terms. Period i's revenue × shares[j] is paid in period
 * i + firstLag + j: shares[0] is the share paid firstLag periods after the sale (0: in the same period, −1:
 * an advance one period before), shares[j] j periods later. The shares sum to at most 1; the rest is never
 * paid (bad debt). The result has revenue's length: what would be paid before the first period or after the
 * last is dropped (it belongs to periods outside the list — to count last year's December revenue in
 * January, put December first in the list and drop its receipt).
 *
 * Rounding: without `step` the receipts are the plain sums of revenue × share (float noise included, as a
 * spreadsheet formula would give). With `step` (0.01 for kopecks) each revenue is first rounded as a whole,
 * round(revenue × Σshares) to the step, and that is split over its shares by largest remainder: a revenue's
 * parts sum to its rounded total exactly, and every receipt is a multiple of the step.
 */
export function spreadReceipts(
  revenue: readonly number[],
  shares: readonly number[],
  firstLag = 0,
  step?: number,
): number[] {
  checkReceipts(revenue, shares, firstLag);
  if (step === undefined) return rawReceipts(revenue, shares, firstLag);
  const units = new Array<number>(revenue.length).fill(0);
  const total = shareSum(shares);
  revenue.forEach((r, i) => {
    const whole = fromUnits(roundToUnits(r * total, step), step);
    splitExact(whole, shares, step).forEach((part, j) => {
      const k = i + firstLag + j;
      if (k >= 0 && k < units.length) units[k] += roundToUnits(part, step);
    });
  });
  return units.map((u) => fromUnits(u, step));
}

function rawReceipts(revenue: readonly number[], shares: readonly number[], firstLag: number): number[] {
  const out = new Array<number>(revenue.length).fill(0);
  revenue.forEach((r, i) => {
    shares.forEach((s, j) => {
      const k = i + firstLag + j;
      if (k >= 0 && k < out.length) out[k] += r * s;
    });
  });
  return out.map((x) => (x === 0 ? 0 : x));
}

/** Shares summing past 1 by float noise only (0.1 + 0.2 + 0.7) still count as 100 %. */
const SHARE_NOISE = 1e-9;

/**
 * The shares' sum in percent (to 4 decimals, for the message) when it passes 100 %, else undefined: the one
 * test of RECEIPTS and of the Budget tab's payment terms.
 */
export function sharesAbove100(shares: readonly number[]): number | undefined {
  const sum = shareSum(shares);
  return sum > 1 + SHARE_NOISE ? Math.round(sum * 1e6) / 1e4 : undefined;
}

function shareSum(shares: readonly number[]): number {
  return shares.reduce((a, b) => a + b, 0);
}

/** Checks the terms: finite numbers, shares ≥ 0 summing to at most 100 %, a whole lag. */
export function checkReceipts(revenue: readonly number[], shares: readonly number[], firstLag = 0): void {
  if (!Number.isInteger(firstLag))
    throw new DomainError('finance.receipts.badLag', { value: firstLag }, 'firstLag');
  revenue.forEach((r, i) => {
    if (!Number.isFinite(r)) throw new DomainError('finance.notFinite', { index: i + 1 }, `revenue[${i}]`);
  });
  shares.forEach((s, j) => {
    if (!Number.isFinite(s)) throw new DomainError('finance.notFinite', { index: j + 1 }, `shares[${j}]`);
    if (s < 0)
      throw new DomainError('finance.receipts.negativeShare', { index: j + 1, value: s }, `shares[${j}]`);
  });
  const percent = sharesAbove100(shares);
  if (percent !== undefined) throw new DomainError('finance.receipts.sharesAboveOne', { percent }, 'shares');
}
