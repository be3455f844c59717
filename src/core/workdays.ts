import { splitExact } from './allocate';
import type { Calendar } from './calendar';
import { type Day, daysBetween, firstOfMonth, isoWeekday, lastOfMonth } from './dates';
import { DomainError } from './errors';
import { isoWeekOf } from './weeks';

/**
 * Month → weeks → working days. A month's week is the slice of an ISO week (Monday to Sunday) inside the
 * month, listed only when it holds a working day of the month (1 March 2026, a Sunday, is no week of
 * March), so every working day belongs to exactly one week of its own month. A week crossing a month end
 * is a slice in each month, each counted in its own month's plan; `weeks.ts` puts them back together.
 *
 * A working day's weight is its weekday's weight (Monday first; default 1 each, e.g. Friday 0.8),
 * times `shortenedWeight` on a shortened pre-holiday day (default 1). A working Saturday takes
 * Saturday's weight. Days off weigh 0.
 */
export interface DayWeights {
  /** Seven weights, Monday first; each ≥ 0. */
  weekday?: readonly number[];
  /** Weight factor of a shortened (pre-holiday) working day; default 1. */
  shortened?: number;
}

export interface WeekSlice {
  /** ISO week-numbering year and week number of this week. */
  isoYear: number;
  isoWeek: number;
  /** First and last day of the week inside the month (days off included). */
  start: Day;
  end: Day;
  /** Working days of the week inside the month: at least 1. */
  workdays: number;
}

export interface MonthLayout {
  year: number;
  month: number;
  start: Day;
  end: Day;
  /** The month's working days, in order. */
  workdays: Day[];
  /** Only weeks with a working day of the month. */
  weeks: WeekSlice[];
  /** For each working day, the index of its week in `weeks`. */
  weekOfWorkday: number[];
}

export function monthLayout(cal: Calendar, year: number, month: number): MonthLayout {
  const start = firstOfMonth(year, month);
  const end = lastOfMonth(year, month);
  const slices: WeekSlice[] = [];
  const workdays: Day[] = [];
  for (const d of daysBetween(start, end)) {
    if (d === start || isoWeekday(d) === 1) {
      slices.push({ ...isoWeekOf(d), start: d, end: d, workdays: 0 });
    }
    const week = slices[slices.length - 1];
    week.end = d;
    if (cal.isWorkday(d)) {
      week.workdays += 1;
      workdays.push(d);
    }
  }
  const weeks = slices.filter((w) => w.workdays > 0);
  const weekOfWorkday = workdays.map((d) => weeks.findIndex((w) => d <= w.end));
  return { year, month, start, end, workdays, weeks, weekOfWorkday };
}

/** Checks day weights once; returns the weekday weights to use (Monday first). */
export function checkDayWeights(weights: DayWeights = {}): { weekday: number[]; shortened: number } {
  const weekday = weights.weekday ? [...weights.weekday] : new Array(7).fill(1);
  if (weekday.length !== 7)
    throw new DomainError('decompose.weekdayWeightsLength', { length: weekday.length }, 'weekday');
  weekday.forEach((w, i) => {
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      throw new DomainError(
        'decompose.weekdayWeightBad',
        { weekday: i + 1, value: String(w) },
        `weekday[${i}]`,
      );
    }
  });
  const shortened = weights.shortened === undefined ? 1 : weights.shortened;
  if (typeof shortened !== 'number' || !Number.isFinite(shortened) || shortened < 0) {
    throw new DomainError('decompose.shortenedWeightBad', { value: String(shortened) }, 'shortened');
  }
  return { weekday, shortened };
}

/** The weight of one day: 0 on a day off. Expects weights already checked by `checkDayWeights`. */
export function dayWeight(
  cal: Calendar,
  d: Day,
  w: { weekday: readonly number[]; shortened: number },
): number {
  if (!cal.isWorkday(d)) return 0;
  const base = w.weekday[isoWeekday(d) - 1];
  return cal.isShortened(d) ? base * w.shortened : base;
}

/**
 * `plan` spread over the working days among `days` (PLAN_BY_DAYS): one number per day, 0 on days off,
 * each a multiple of `step`, summing exactly to `plan`. Days are taken as given (any order; a day listed
 * twice gets two shares).
 */
export function spreadOverWorkdays(
  plan: number,
  days: readonly Day[],
  cal: Calendar,
  step = 1,
  weekdayWeights?: readonly number[],
  shortenedWeight?: number,
): number[] {
  const w = checkDayWeights({ weekday: weekdayWeights, shortened: shortenedWeight });
  const weights = days.map((d) => dayWeight(cal, d, w));
  if (plan !== 0 && weights.every((x) => x === 0)) {
    throw new DomainError(
      days.some((d) => cal.isWorkday(d)) ? 'decompose.dayWeightsZero' : 'decompose.noWorkdays',
      { plan },
      'days',
    );
  }
  return splitExact(plan, weights, step);
}

/**
 * A month's plan spread first over its weeks (by the weight of each week's days) and then over each
 * week's days, so that days add up to weeks and weeks to the month, exactly. `weights` holds one weight
 * per working day of the layout (0 where this plan holder does not work). Returns per-week and per-day
 * parts aligned with `layout.weeks` and `layout.workdays`.
 */
export function spreadMonth(
  plan: number,
  layout: MonthLayout,
  weights: readonly number[],
  step: number,
): { byWeek: number[]; byDay: number[] } {
  const weekWeights = layout.weeks.map(() => 0);
  weights.forEach((w, i) => {
    weekWeights[layout.weekOfWorkday[i]] += w;
  });
  const byWeek = splitExact(plan, weekWeights, step);
  const byDay = new Array<number>(weights.length).fill(0);
  byWeek.forEach((weekPlan, k) => {
    const idx: number[] = [];
    layout.weekOfWorkday.forEach((wk, i) => {
      if (wk === k) idx.push(i);
    });
    const parts = splitExact(
      weekPlan,
      idx.map((i) => weights[i]),
      step,
    );
    idx.forEach((i, j) => {
      byDay[i] = parts[j];
    });
  });
  return { byWeek, byDay };
}
