import { forecastAccuracy, paceRequired, runRate } from '../core/planfact';
import { type Cells, declare, each, NUMBER } from './declare';
import { run } from './run';

const RUN_RATE_DECL = declare({
  name: 'RUN_RATE',
  args: [each('actual', NUMBER), each('elapsed_workdays', NUMBER), each('total_workdays', NUMBER)],
  fields: { elapsed: 'elapsed_workdays', total: 'total_workdays' },
  cell: (v) => runRate(v.actual, v.elapsed_workdays, v.total_workdays),
});

/**
 * Run-rate forecast: the actual so far ÷ the working days elapsed × the working days of the period.
 *
 * @param {number[][]} actual The result so far, a number or a range, e.g. C2:C20.
 * @param {number[][]} elapsed_workdays Working days elapsed, one number or a range shaped like actual, e.g. 12.
 * @param {number[][]} total_workdays Working days in the whole period, one number or a range shaped like actual, e.g. 21.
 * @return {number[][]} The forecast, shaped like the ranges; blank when no working day has elapsed.
 * @customfunction
 */
export function RUN_RATE(
  actual: unknown,
  elapsed_workdays: unknown,
  total_workdays: unknown,
): Cells<number | string> {
  return run(RUN_RATE_DECL, [actual, elapsed_workdays, total_workdays]);
}

const PACE_DECL = declare({
  name: 'PACE_REQUIRED',
  args: [each('plan', NUMBER), each('actual', NUMBER), each('remaining_workdays', NUMBER)],
  fields: { remaining: 'remaining_workdays' },
  cell: (v) => paceRequired(v.plan, v.actual, v.remaining_workdays),
});

/**
 * The daily pace still required: what is left of the plan ÷ the working days remaining (0 when the plan is met).
 *
 * @param {number[][]} plan The plan of the period, a number or a range, e.g. B2:B20.
 * @param {number[][]} actual The result so far, one number or a range shaped like plan, e.g. C2:C20.
 * @param {number[][]} remaining_workdays Working days left, one number or a range shaped like plan, e.g. 9.
 * @return {number[][]} The pace per remaining working day, shaped like the ranges; blank when no day is left and the plan is not met.
 * @customfunction
 */
export function PACE_REQUIRED(
  plan: unknown,
  actual: unknown,
  remaining_workdays: unknown,
): Cells<number | string> {
  return run(PACE_DECL, [plan, actual, remaining_workdays]);
}

const ACCURACY_DECL = declare({
  name: 'FORECAST_ACCURACY',
  args: [each('actual', NUMBER), each('forecast', NUMBER)],
  cell: (v) => forecastAccuracy(v.actual, v.forecast),
});

/**
 * Forecast accuracy: max(0, 1 − |actual − forecast| ÷ actual).
 *
 * @param {number[][]} actual The actual result, a number or a range, e.g. C2:C13.
 * @param {number[][]} forecast The forecast made for it, one number or a range shaped like actual, e.g. D2:D13.
 * @return {number[][]} The accuracy from 0 to 1 (format as %), shaped like the ranges.
 * @customfunction
 */
export function FORECAST_ACCURACY(actual: unknown, forecast: unknown): Cells<number | string> {
  return run(ACCURACY_DECL, [actual, forecast]);
}
