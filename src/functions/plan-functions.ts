import { splitExact } from '../core/allocate';
import { DomainError } from '../core/errors';
import { type SeasonalityMethod, seasonalityIndices } from '../core/seasonality';
import { checkRamp, DEFAULT_RAMP, rampPlan } from '../core/team';
import { block, type Cells, choice, DAY, declare, each, list, NUMBER, one } from './declare';
import { run } from './run';
import { limitCount } from './runtime';

const SPLIT_DECL = declare({
  name: 'PLAN_SPLIT',
  args: [
    one('total', NUMBER),
    each('weights', NUMBER, { blank: 0 }),
    one('step', NUMBER, { optional: true, blank: 1 }),
  ],
  // A weight's place in the list is a cell of the range.
  fields: { weights: 'weights[]' },
  exact: true,
  cell: (v) => v.weights,
  all: (weights, v) => splitExact(v.total, weights as number[], v.step),
});

/**
 * Splits a total into parts proportional to weights, each a multiple of the step, summing exactly to the total.
 *
 * @param {number} total The amount to split, e.g. 1200000.
 * @param {number[][]} weights The weights, a row or a column or a block, e.g. B2:B13; blanks count as 0.
 * @param {number} [step] Each part is a multiple of this step (default 1), e.g. 0.01 for kopecks, 1000 for thousands.
 * @return {number[][]} The parts, shaped like the weights.
 * @customfunction
 */
export function PLAN_SPLIT(total: unknown, weights: unknown, step?: unknown): Cells<number> {
  return run(SPLIT_DECL, [total, weights, step]);
}

const METHODS = choice<SeasonalityMethod>({ mean: 'average|среднее', median: 'медиана' });

const SEASONALITY_DECL = declare({
  name: 'SEASONALITY',
  args: [
    block('history', NUMBER, { blank: null }),
    one('method', METHODS, { optional: true, blank: 'mean' }),
  ],
  // The core's history runs a row per year: its positions are not the cells of a column-per-year range.
  fields: { history: 'history' },
  once: (v) => {
    const m = v.history;
    const [rows, cols] = [m.length, m[0]?.length ?? 0];
    const across = cols === 12;
    if (!across && rows !== 12) throw new DomainError('fn.seasonality.shape', { rows, cols }, 'history');
    const indices = seasonalityIndices(across ? m : m[0].map((_, y) => m.map((r) => r[y])), v.method);
    return across ? [indices] : indices.map((x) => [x]);
  },
});

/**
 * Seasonality indices from sales history: each month's mean (or median) over the years ÷ the overall monthly mean.
 *
 * @param {number[][]} history Sales by month: 12 columns with a row per year, or 12 rows with a column per year, e.g. B2:M4; blanks are months with no data.
 * @param {string} [method] "mean" (default) or "median", e.g. "median".
 * @return {number[][]} 12 indices averaging 1, a row when the months run across, a column when they run down.
 * @customfunction
 */
export function SEASONALITY(history: unknown, method?: unknown): number[][] {
  return run(SEASONALITY_DECL, [history, method]);
}

/** Ramp shares: ten years of months, far beyond any real ramp-up (they run 3–12 months). */
export const MAX_RAMP_SHARES = 120;

const RAMP_DECL = declare({
  name: 'PLAN_RAMP',
  args: [
    each('full_plan', NUMBER),
    // Blank: already fully ramped.
    each('start_date', DAY, { blank: null }),
    each('period_starts', DAY),
    list('ramp', NUMBER, { optional: true, innocent: true }),
  ],
  fields: { fullPlan: 'full_plan' },
  setup: (v) => {
    limitCount('ramp', v.ramp.length, MAX_RAMP_SHARES);
    const scale = v.ramp.length > 0 ? v.ramp : DEFAULT_RAMP;
    checkRamp(scale);
    return scale;
  },
  cell: (v, scale) =>
    v.start_date === null
      ? rampPlan(v.full_plan, v.period_starts, v.period_starts, [1])
      : rampPlan(v.full_plan, v.start_date, v.period_starts, scale),
});

/**
 * The plan of a new hire for each month: the full plan × the ramp-up share of the month's step. The month of the start is step 1 whatever the day, each next calendar month the next step.
 *
 * @param {number[][]} full_plan The plan of a fully ramped manager, one number or a range shaped like period_starts, e.g. 50000.
 * @param {date[][]} start_date The manager's first day, one date or a range shaped like period_starts, e.g. "2026-01-15"; blank means already fully ramped.
 * @param {date[][]} period_starts A day of each month to plan (usually its first day), a range of dates, e.g. B1:M1.
 * @param {number[][]} [ramp] The shares for step 1 (the month of the start), 2, 3… (default 25 %, 50 %, 75 %, then 100 %), e.g. {0.3, 0.6, 1}.
 * @return {number[][]} The plan for each month, shaped like period_starts; 0 in the months before the month of the start.
 * @customfunction
 */
export function PLAN_RAMP(
  full_plan: unknown,
  start_date: unknown,
  period_starts: unknown,
  ramp?: unknown,
): Cells<number | string> {
  return run(RAMP_DECL, [full_plan, start_date, period_starts, ramp]);
}
