import { countWorkdays } from '../core/calendar';
import type { Matrix } from '../core/cells';
import type { Day } from '../core/dates';
import { spreadOverWorkdays } from '../core/workdays';
import { CellArg, commonShape, numberArg } from './args';
import { readCalendar } from './calendar-args';
import { SPLIT_ARGS } from './plan-split';
import { blame, mapCells, runCustom } from './runtime';

const WORKDAYS_ARGS = {
  'calendar.arg.from': 'start',
  'calendar.arg.to': 'end',
  'fn.calendar.uncovered': 'start',
};

const DAYS_ARGS = { 'decompose.noWorkdays': 'dates', 'decompose.dayWeightsZero': 'dates' };

const DATES_ARGS = { 'calendar.arg.day': 'dates', 'fn.calendar.uncovered': 'dates' };

/**
 * Counts the working days from start to end, both included, on a country's production calendar.
 *
 * @param {date[][]} start The first day of each period, a date or a range of dates, e.g. A2:A13 or "2026-03-01".
 * @param {date[][]} end The last day of each period, one date or a range shaped like start, e.g. B2:B13.
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "KZ".
 * @param {date[][]} [days_off] Extra days off of the company, a range of dates, e.g. Calendar!B2:B20.
 * @param {date[][]} [working_days] Extra working days of the company, a range of dates, e.g. Calendar!C2:C20.
 * @return {number[][]} The number of working days, shaped like start; blank where start or end is blank.
 * @customfunction
 */
export function CAL_WORKDAYS(
  start: unknown,
  end: unknown,
  country?: unknown,
  days_off?: unknown,
  working_days?: unknown,
): Matrix<number | string> | number | string {
  return runCustom('CAL_WORKDAYS', () => {
    const { cal, requireCovered } = readCalendar(country, days_off, working_days);
    const s = new CellArg('start', start);
    const e = new CellArg('end', end);
    return mapCells(commonShape([s, e]), (i, j) => {
      const from = s.day(i, j);
      const to = e.day(i, j);
      if (from === null || to === null) return '';
      const n = blame(WORKDAYS_ARGS, () => countWorkdays(cal, from, to));
      if (from <= to) blame(WORKDAYS_ARGS, () => requireCovered(from, to));
      return n;
    });
  });
}

/**
 * Tells for each date whether it is a working day on a country's production calendar.
 *
 * @param {date[][]} dates The dates to check, a date or a range, e.g. A2:A32 or "2026-05-01".
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "BY".
 * @param {date[][]} [days_off] Extra days off of the company, a range of dates, e.g. Calendar!B2:B20.
 * @param {date[][]} [working_days] Extra working days of the company, a range of dates, e.g. Calendar!C2:C20.
 * @return {boolean[][]} TRUE or FALSE for each date, shaped like dates; blank where a date is blank.
 * @customfunction
 */
export function CAL_IS_WORKDAY(
  dates: unknown,
  country?: unknown,
  days_off?: unknown,
  working_days?: unknown,
): Matrix<boolean | string> | boolean | string {
  return runCustom('CAL_IS_WORKDAY', () => {
    const { cal, requireCovered } = readCalendar(country, days_off, working_days);
    const d = new CellArg('dates', dates);
    return mapCells(commonShape([d]), (i, j) => {
      const day = d.day(i, j);
      if (day === null) return '';
      return blame(DATES_ARGS, () => {
        const working = cal.isWorkday(day);
        requireCovered(day);
        return working;
      });
    });
  });
}

/**
 * Spreads a plan over the working days among the dates, exactly: 0 on days off, each part a multiple of the step.
 *
 * @param {number} plan The plan to spread, e.g. 1000000.
 * @param {date[][]} dates The days of the period, a row or a column of dates, e.g. B1:AF1.
 * @param {number} [step] Each day's plan is a multiple of this step (default 1), e.g. 0.01 or 1000.
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "RU".
 * @param {date[][]} [days_off] Extra days off of the company, a range of dates, e.g. Calendar!B2:B20.
 * @param {date[][]} [working_days] Extra working days of the company, a range of dates, e.g. Calendar!C2:C20.
 * @return {number[][]} The plan of each day, shaped like dates, summing exactly to plan; blank where a date is blank.
 * @customfunction
 */
export function PLAN_BY_DAYS(
  plan: unknown,
  dates: unknown,
  step?: unknown,
  country?: unknown,
  days_off?: unknown,
  working_days?: unknown,
): Matrix<number | string> | number | string {
  return runCustom('PLAN_BY_DAYS', () => {
    const total = numberArg(plan, 'plan');
    const s = numberArg(step ?? '', 'step', 1);
    const { cal, requireCovered } = readCalendar(country, days_off, working_days);
    const d = new CellArg('dates', dates);
    const shape = commonShape([d]);
    const grid = mapCells({ ...shape, scalar: false }, (i, j) => {
      const day = d.day(i, j);
      if (day !== null) {
        blame(DATES_ARGS, () => {
          cal.isWorkday(day);
          requireCovered(day);
        });
      }
      return day;
    }) as Matrix<Day | null>;
    const days = grid.flat().filter((x): x is Day => x !== null);
    const parts = blame(
      {
        ...SPLIT_ARGS,
        'split.notFinite': 'plan',
        'split.totalNotMultiple': 'plan',
        'split.tooLarge': 'plan',
        ...DAYS_ARGS,
      },
      () => spreadOverWorkdays(total, days, cal, s),
    );
    let k = 0;
    return mapCells(shape, (i, j) => (grid[i][j] === null ? '' : parts[k++]));
  });
}
