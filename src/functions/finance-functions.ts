import { ltvFromRetention } from '../core/finance/ltv';
import { spreadReceipts } from '../core/finance/receipts';
import { type Cells, declare, each, NUMBER, one, vector } from './declare';
import { run } from './run';
import { limitCount } from './runtime';

/** Payment shares: ten years of months, far beyond any real payment terms. */
export const MAX_PAYMENT_SHARES = 120;

const RECEIPTS_DECL = declare({
  name: 'RECEIPTS',
  args: [
    vector('revenue', NUMBER, { blank: 0 }),
    vector('shares', NUMBER, { blank: 0, innocent: true }),
    one('first_lag', NUMBER, { optional: true, blank: 0, innocent: true }),
    one('step', NUMBER, { optional: true, blank: 0.01, innocent: true }),
  ],
  // A revenue's or a share's place in its list is a cell of its range; splitExact splits a revenue's total.
  // (roundToUnits' `x` needs none: its only error, split.notFinite, is named as an overflow by run.)
  fields: { revenue: 'revenue[]', shares: 'shares[]', firstLag: 'first_lag', total: 'revenue' },
  exact: true,
  like: 'revenue',
  setup: (v) => limitCount('shares', v.shares.length, MAX_PAYMENT_SHARES),
  once: (v) => spreadReceipts(v.revenue, v.shares, v.first_lag, v.step),
});

/**
 * Receipts (cash in) from revenue by payment terms: each period's revenue × shares[k] is paid first_lag + k periods later (k = 0, 1, …). What would be paid after the last period (or before the first) is left out.
 *
 * @param {number[][]} revenue Revenue by period, a column or a row, e.g. B2:B13; blanks count as 0.
 * @param {number[][]} shares The share paid in the same period, 1 period later, 2 periods later…, summing to at most 100 % (the rest is never paid), e.g. {50%, 30%, 20%}.
 * @param {number} [first_lag] The period of the first share: 0 (default) the same period, -1 one period ahead (an advance), 1 a period later, e.g. -1.
 * @param {number} [step] Each receipt is a multiple of this step (default 0.01, kopecks), e.g. 1.
 * @return {number[][]} Receipts by period, shaped like revenue; each revenue's parts sum exactly to revenue × the shares' sum rounded to the step.
 * @customfunction
 */
export function RECEIPTS(
  revenue: unknown,
  shares: unknown,
  first_lag?: unknown,
  step?: unknown,
): Cells<number> {
  return run(RECEIPTS_DECL, [revenue, shares, first_lag, step]);
}

const LTV_RETENTION_DECL = declare({
  name: 'LTV_RETENTION',
  args: [
    each('avg_check', NUMBER),
    each('purchases_per_period', NUMBER),
    each('margin', NUMBER),
    each('retention', NUMBER),
    each('periods', NUMBER, { optional: true, blank: null }),
    each('discount', NUMBER, { optional: true, blank: 0 }),
  ],
  fields: { avgCheck: 'avg_check', purchasesPerPeriod: 'purchases_per_period' },
  cell: (v) =>
    ltvFromRetention({
      avgCheck: v.avg_check,
      purchasesPerPeriod: v.purchases_per_period,
      margin: v.margin,
      retention: v.retention,
      periods: v.periods ?? undefined,
      discount: v.discount,
    }),
});

/**
 * Customer lifetime value from retention: the sum over periods t = 0, 1, … of average check × purchases per period × margin × retention^t ÷ (1 + discount)^t.
 *
 * @param {number[][]} avg_check The average check, a number or a range, e.g. 12000.
 * @param {number[][]} purchases_per_period Purchases of a customer per period (a month or a year), one number or a range shaped like avg_check, e.g. 1.5.
 * @param {number[][]} margin The margin as a fraction, one number or a range, e.g. 30%.
 * @param {number[][]} retention The share of customers still buying the next period, 0 to 100 %, one number or a range, e.g. 85%.
 * @param {number[][]} [periods] How many periods to count (t = 0 … periods − 1); blank or left out: all of them (an error when the sum does not converge), e.g. 24.
 * @param {number[][]} [discount] The discount rate per period (default 0), one number or a range, e.g. 1%.
 * @return {number[][]} The lifetime value (margin, not revenue, unless margin is 100 %), shaped like the ranges.
 * @customfunction
 */
export function LTV_RETENTION(
  avg_check: unknown,
  purchases_per_period: unknown,
  margin: unknown,
  retention: unknown,
  periods?: unknown,
  discount?: unknown,
): Cells<number | string> {
  return run(LTV_RETENTION_DECL, [avg_check, purchases_per_period, margin, retention, periods, discount]);
}
