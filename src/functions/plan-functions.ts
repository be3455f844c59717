import type { Matrix } from '../core/cells';
import { type SeasonalityMethod, seasonalityIndices } from '../core/seasonality';
import { checkRamp, DEFAULT_RAMP, rampPlan } from '../core/team';
import { ArgError, CellArg, choiceArg, commonShape, numberOrBlankMatrix, orient, shapeOf } from './args';
import { blame, cellOut, cellsOut, extreme, limitCount, mapCells, runCustom } from './runtime';

const METHODS: Readonly<Record<string, SeasonalityMethod>> = {
  mean: 'mean',
  average: 'mean',
  среднее: 'mean',
  median: 'median',
  медиана: 'median',
};

/**
 * Seasonality indices from sales history: each month's mean (or median) over the years ÷ the overall monthly mean.
 *
 * @param {number[][]} history Sales by month: 12 columns with a row per year, or 12 rows with a column per year, e.g. B2:M4; blanks are months with no data.
 * @param {string} [method] "mean" (default) or "median", e.g. "median".
 * @return {number[][]} 12 indices averaging 1, a row when the months run across, a column when they run down.
 * @customfunction
 */
export function SEASONALITY(history: unknown, method?: unknown): Matrix<number> {
  return runCustom('SEASONALITY', () => {
    const how = choiceArg(method ?? '', 'method', METHODS, ['mean', 'median'], 'mean');
    const m = numberOrBlankMatrix(history, 'history');
    const [rows, cols] = shapeOf(m);
    const across = cols === 12;
    if (!across && rows !== 12) throw new ArgError('history', 'fn.seasonality.shape', { rows, cols });
    const years = across ? m : m[0].map((_, y) => m.map((r) => r[y]));
    const indices = blame(
      {
        'decompose.historyValue': 'history',
        'decompose.historyMonthEmpty': 'history',
        'decompose.historyAllZero': 'history',
      },
      () => seasonalityIndices(years, how),
    );
    return orient(cellsOut(indices, { history: extreme(m.flat()) }) as number[], across);
  });
}

/** Ramp shares: ten years of months, far beyond any real ramp-up (they run 3–12 months). */
export const MAX_RAMP_SHARES = 120;

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
): Matrix<number | string> | number | string {
  return runCustom('PLAN_RAMP', () => {
    const shares = numberOrBlankMatrix(ramp ?? '', 'ramp')
      .flat()
      .filter((x): x is number => x !== null);
    limitCount('ramp', shares.length, MAX_RAMP_SHARES);
    const scale = shares.length > 0 ? shares : DEFAULT_RAMP;
    blame({ 'decompose.rampValue': 'ramp' }, () => checkRamp(scale));
    const plan = new CellArg('full_plan', full_plan);
    const start = new CellArg('start_date', start_date);
    const periods = new CellArg('period_starts', period_starts);
    return mapCells(commonShape([plan, start, periods]), (i, j) => {
      const p = plan.number(i, j);
      const at = periods.day(i, j);
      if (p === null || at === null) return '';
      const from = start.day(i, j);
      return cellOut(from === null ? rampPlan(p, at, at, [1]) : rampPlan(p, from, at, scale), {
        full_plan: p,
      });
    });
  });
}
