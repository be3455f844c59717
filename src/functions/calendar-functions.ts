import {
  type Calendar,
  calendarYears,
  countWorkdays,
  MAX_YEAR,
  makeCalendar,
  parseCountry,
} from '../core/calendar';
import { absenceDays, type Day, type DayPeriod, ymdOf } from '../core/dates';
import { DomainError } from '../core/errors';
import { planToDate } from '../core/finance/plan-to-date';
import { spreadOverWorkdays } from '../core/workdays';
import { cutText, formatDay } from '../i18n/format';
import { position } from './args';
import { contextLang } from './context';
import { block, type Cells, DAY, declare, each, list, NUMBER, one, TEXT, type Values } from './declare';
import { run } from './run';
import { limitCount } from './runtime';

/** The calendar arguments CAL_WORKDAYS, CAL_IS_WORKDAY, PLAN_BY_DAYS and PLAN_TO_DATE share. */
const CALENDAR_ARGS = [
  one('country', TEXT, { optional: true, blank: '' }),
  block('days_off', DAY, { optional: true, blank: null }),
  list('working_days', DAY, { optional: true }),
] as const;

/** Days off an absence list may hold once its periods are laid out: a century of days. */
export const MAX_DAYS_OFF = 36600;

/** core/calendar's fields for the overrides (`country` is the argument's own name). */
const OVERRIDE_FIELDS = { 'overrides.daysOff': 'days_off', 'overrides.workingDays': 'working_days' };

type CalendarValues = Values<typeof CALENDAR_ARGS>;

function calendarOf(v: CalendarValues): Calendar {
  const daysOff = daysOffOf(v.days_off);
  return makeCalendar(parseCountry(cutText(v.country)), { daysOff, workingDays: v.working_days });
}

/**
 * The days of `days_off`: a range of exactly two columns is a period per row (from, to, both included; one
 * end blank: that one day; a blank row: none); any other range is a list of single dates.
 */
function daysOffOf(m: (Day | null)[][] | null): Day[] {
  if (m === null) return [];
  if (m[0].length !== 2) return m.flat().filter((d): d is Day => d !== null);
  const periods = m.map(([from, to]): DayPeriod => [from ?? to, to ?? from]);
  const count = periods.reduce((n, [from, to]) => n + (from === null || to === null ? 0 : to - from + 1), 0);
  limitCount('days_off', count, MAX_DAYS_OFF);
  periods.forEach(([from, to], i) => {
    if (from === null || to === null || from <= to) return;
    const lang = contextLang();
    const params = { from: formatDay(from, lang), to: formatDay(to, lang), ...position(i, 0) };
    throw new DomainError('fn.daysOff.backwards', params, 'days_off');
  });
  return absenceDays(periods);
}

/** Refuses a day from `from` to `to` in a year the country's calendar has no data for (`arg` is to blame). */
function requireCovered(cal: Calendar, v: CalendarValues, arg: string, from: Day, to: Day = from): void {
  const last = ymdOf(Math.max(from, to)).year;
  for (let y = ymdOf(Math.min(from, to)).year; y <= last; y++) {
    if (cal.covers(y)) continue;
    const country = parseCountry(cutText(v.country));
    // Official tables, then provisional ones to MAX_YEAR: the calendar covers one span of years.
    const years = `${calendarYears(country)[0]}–${MAX_YEAR}`;
    throw new DomainError('fn.calendar.uncovered', { country, year: String(y), years }, arg);
  }
}

const WORKDAYS_DECL = declare({
  name: 'CAL_WORKDAYS',
  args: [each('start', DAY), each('end', DAY), ...CALENDAR_ARGS],
  fields: { ...OVERRIDE_FIELDS, from: 'start', to: 'end' },
  setup: calendarOf,
  cell: (v, cal) => {
    const n = countWorkdays(cal, v.start, v.end);
    if (v.start <= v.end) requireCovered(cal, v, 'start', v.start, v.end);
    return n;
  },
});

/**
 * Counts the working days from start to end, both included, on a country's production calendar.
 *
 * @param {date[][]} start The first day of each period, a date or a range of dates, e.g. A2:A13 or "2026-03-01".
 * @param {date[][]} end The last day of each period, one date or a range shaped like start, e.g. B2:B13.
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "KZ".
 * @param {date[][]} [days_off] Extra days off (a company's holidays, a person's absences). Exactly two columns: from/to periods, a row each, both ends included, e.g. Vacations!B2:C9; one column: single dates, e.g. {"2026-03-04";"2026-03-05"}.
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
): Cells<number | string> {
  return run(WORKDAYS_DECL, [start, end, country, days_off, working_days]);
}

const IS_WORKDAY_DECL = declare({
  name: 'CAL_IS_WORKDAY',
  args: [each('dates', DAY), ...CALENDAR_ARGS],
  fields: { ...OVERRIDE_FIELDS, day: 'dates' },
  setup: calendarOf,
  cell: (v, cal) => {
    const working = cal.isWorkday(v.dates);
    requireCovered(cal, v, 'dates', v.dates);
    return working;
  },
});

/**
 * Tells for each date whether it is a working day on a country's production calendar. In a provisional year (after the last official table) the answer follows the law's fixed rules: holidays and their weekend transfers, not the transfers a decree has yet to set.
 *
 * @param {date[][]} dates The dates to check, a date or a range, e.g. A2:A32 or "2026-05-01".
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "BY".
 * @param {date[][]} [days_off] Extra days off (a company's holidays, a person's absences). Exactly two columns: from/to periods, a row each, both ends included, e.g. Vacations!B2:C9; one column: single dates, e.g. {"2026-03-04";"2026-03-05"}.
 * @param {date[][]} [working_days] Extra working days of the company, a range of dates, e.g. Calendar!C2:C20.
 * @return {boolean[][]} TRUE or FALSE for each date, shaped like dates; blank where a date is blank.
 * @customfunction
 */
export function CAL_IS_WORKDAY(
  dates: unknown,
  country?: unknown,
  days_off?: unknown,
  working_days?: unknown,
): Cells<boolean | string> {
  return run(IS_WORKDAY_DECL, [dates, country, days_off, working_days]);
}

const BY_DAYS_DECL = declare({
  name: 'PLAN_BY_DAYS',
  args: [
    one('plan', NUMBER),
    each('dates', DAY, { blank: null }),
    one('step', NUMBER, { optional: true, blank: 1 }),
    ...CALENDAR_ARGS,
  ],
  // spreadOverWorkdays splits the plan by splitExact: its total is the plan, its weights the days.
  fields: { ...OVERRIDE_FIELDS, total: 'plan', weights: 'dates', days: 'dates', day: 'dates' },
  exact: true,
  setup: calendarOf,
  cell: (v, cal) => {
    if (v.dates !== null) {
      cal.isWorkday(v.dates);
      requireCovered(cal, v, 'dates', v.dates);
    }
    return v.dates;
  },
  all: (dates, v, cal) => {
    const parts = spreadOverWorkdays(
      v.plan,
      dates.filter((d) => d !== null),
      cal,
      v.step,
    );
    let k = 0;
    return dates.map((d) => (d === null ? null : parts[k++]));
  },
});

/**
 * Spreads a plan over the working days among the dates, exactly: 0 on days off, each part a multiple of the step.
 *
 * @param {number} plan The plan to spread, e.g. 1000000.
 * @param {date[][]} dates The days of the period, a row or a column of dates, e.g. B1:AF1.
 * @param {number} [step] Each day's plan is a multiple of this step (default 1), e.g. 0.01 or 1000.
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "RU".
 * @param {date[][]} [days_off] Extra days off (a company's holidays, a person's absences). Exactly two columns: from/to periods, a row each, both ends included, e.g. Vacations!B2:C9; one column: single dates, e.g. {"2026-03-04";"2026-03-05"}.
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
): Cells<number | string> {
  return run(BY_DAYS_DECL, [plan, dates, step, country, days_off, working_days]);
}

const TO_DATE_DECL = declare({
  name: 'PLAN_TO_DATE',
  args: [each('plan', NUMBER), each('start', DAY), each('end', DAY), each('as_of', DAY), ...CALENDAR_ARGS],
  fields: { ...OVERRIDE_FIELDS, from: 'start', to: 'end', day: 'as_of' },
  exact: true,
  setup: calendarOf,
  cell: (v, cal) => {
    if (v.start <= v.end) requireCovered(cal, v, 'start', v.start, v.end);
    return planToDate(v.plan, v.start, v.end, v.as_of, cal);
  },
});

/**
 * The plan to date: the part of the plan, spread evenly over the working days from start to end, that falls on the working days from start up to and including as_of. Exact like PLAN_BY_DAYS: the days' parts are whole units of the plan's last decimal and sum to the plan.
 *
 * @param {number[][]} plan The plan of the period, a number or a column of plans, e.g. B2:B20.
 * @param {date[][]} start The first day of the period, one date or a range shaped like plan, e.g. "2026-03-01".
 * @param {date[][]} end The last day of the period, one date or a range shaped like plan, e.g. "2026-03-31".
 * @param {date[][]} as_of The day to count to, included; before start gives 0, from end on the whole plan, e.g. $F$1.
 * @param {string} [country] "RU" (default), "KZ", "BY" or "NONE" for plain Monday–Friday, e.g. "RU".
 * @param {date[][]} [days_off] Extra days off (a company's holidays, a person's absences). Exactly two columns: from/to periods, a row each, both ends included, e.g. Vacations!B2:C9; one column: single dates, e.g. {"2026-03-04";"2026-03-05"}.
 * @param {date[][]} [working_days] Extra working days of the company, a range of dates, e.g. Calendar!C2:C20.
 * @return {number[][]} The plan to date, shaped like the ranges; blank where a plan or a date is blank.
 * @customfunction
 */
export function PLAN_TO_DATE(
  plan: unknown,
  start: unknown,
  end: unknown,
  as_of: unknown,
  country?: unknown,
  days_off?: unknown,
  working_days?: unknown,
): Cells<number | string> {
  return run(TO_DATE_DECL, [plan, start, end, as_of, country, days_off, working_days]);
}
