import type { Matrix } from '../core/cells';
import { forecastAccuracy, paceRequired, runRate } from '../core/planfact';
import { CellArg, commonShape } from './args';
import { blame, cellOut, mapCells, runCustom } from './runtime';

type Out = Matrix<number | string> | number | string;

const RUN_RATE_ARGS = {
  'planfact.arg.fact': 'fact',
  'planfact.arg.elapsed': 'elapsed_workdays',
  'planfact.arg.total': 'total_workdays',
  'planfact.elapsedExceedsTotal': 'elapsed_workdays',
};

const PACE_ARGS = {
  'planfact.negativePlan': 'plan',
  'planfact.arg.plan': 'plan',
  'planfact.arg.fact': 'fact',
  'planfact.arg.remaining': 'remaining_workdays',
};

const ACCURACY_ARGS = { 'planfact.arg.actual': 'actual', 'planfact.arg.forecast': 'forecast' };

/**
 * Run-rate forecast: the fact so far ÷ the working days elapsed × the working days of the period.
 *
 * @param {number[][]} fact The result so far, a number or a range, e.g. C2:C20.
 * @param {number[][]} elapsed_workdays Working days elapsed, one number or a range shaped like fact, e.g. 12.
 * @param {number[][]} total_workdays Working days in the whole period, one number or a range shaped like fact, e.g. 21.
 * @return {number[][]} The forecast, shaped like the ranges; blank when no working day has elapsed.
 * @customfunction
 */
export function RUN_RATE(fact: unknown, elapsed_workdays: unknown, total_workdays: unknown): Out {
  return runCustom('RUN_RATE', () => {
    const f = new CellArg('fact', fact);
    const e = new CellArg('elapsed_workdays', elapsed_workdays);
    const t = new CellArg('total_workdays', total_workdays);
    return mapCells(commonShape([f, e, t]), (i, j) => {
      const fv = f.number(i, j);
      const ev = e.number(i, j);
      const tv = t.number(i, j);
      if (fv === null || ev === null || tv === null) return '';
      return cellOut(
        blame(RUN_RATE_ARGS, () => runRate(fv, ev, tv)),
        {
          fact: fv,
          elapsed_workdays: ev,
          total_workdays: tv,
        },
      );
    });
  });
}

/**
 * The daily pace still required: what is left of the plan ÷ the working days remaining (0 when the plan is met).
 *
 * @param {number[][]} plan The plan of the period, a number or a range, e.g. B2:B20.
 * @param {number[][]} fact The result so far, one number or a range shaped like plan, e.g. C2:C20.
 * @param {number[][]} remaining_workdays Working days left, one number or a range shaped like plan, e.g. 9.
 * @return {number[][]} The pace per remaining working day, shaped like the ranges; blank when no day is left and the plan is not met.
 * @customfunction
 */
export function PACE_REQUIRED(plan: unknown, fact: unknown, remaining_workdays: unknown): Out {
  return runCustom('PACE_REQUIRED', () => {
    const p = new CellArg('plan', plan);
    const f = new CellArg('fact', fact);
    const r = new CellArg('remaining_workdays', remaining_workdays);
    return mapCells(commonShape([p, f, r]), (i, j) => {
      const pv = p.number(i, j);
      const fv = f.number(i, j);
      const rv = r.number(i, j);
      if (pv === null || fv === null || rv === null) return '';
      return cellOut(
        blame(PACE_ARGS, () => paceRequired(pv, fv, rv)),
        {
          plan: pv,
          fact: fv,
          remaining_workdays: rv,
        },
      );
    });
  });
}

/**
 * Forecast accuracy: max(0, 1 − |actual − forecast| ÷ actual).
 *
 * @param {number[][]} actual The actual result, a number or a range, e.g. C2:C13.
 * @param {number[][]} forecast The forecast made for it, one number or a range shaped like actual, e.g. D2:D13.
 * @return {number[][]} The accuracy from 0 to 1 (format as %), shaped like the ranges.
 * @customfunction
 */
export function FORECAST_ACCURACY(actual: unknown, forecast: unknown): Out {
  return runCustom('FORECAST_ACCURACY', () => {
    const a = new CellArg('actual', actual);
    const f = new CellArg('forecast', forecast);
    return mapCells(commonShape([a, f]), (i, j) => {
      const av = a.number(i, j);
      const fv = f.number(i, j);
      if (av === null || fv === null) return '';
      return cellOut(
        blame(ACCURACY_ARGS, () => forecastAccuracy(av, fv)),
        { actual: av, forecast: fv },
      );
    });
  });
}
