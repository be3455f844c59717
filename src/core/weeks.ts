import { fromUnits } from './allocate';
import { type Day, dayOf, isoWeekday, ymdOf } from './dates';
import type { MetricValues, PlanDecomposition } from './plan-types';

/**
 * Weeks for the weekly meeting. A week is an ISO week, Monday to Sunday, numbered in the ISO year of its
 * Thursday: 2027-01-01 (a Friday) is in 2026-W53, 2025-12-29 (a Monday) in 2026-W01.
 *
 * The plan is made by month (see `decompose.ts`), so a week that crosses a month end is two slices, one in
 * each month's `weeks`, each counted in its own month's plan. For the meeting it is one week: its plan is
 * the sum of its parts. A month lists only the slices holding one of its working days (see `workdays.ts`),
 * so a week has a part in a month only when it works there.
 *
 * The department's week is the sum of its managers' weeks; what no manager carries (the month's `gap`
 * under 'showGap') belongs to no week.
 */

export interface IsoWeek {
  isoYear: number;
  isoWeek: number;
}

/** ISO week-numbering year and week of a day (the week belongs to the year of its Thursday). */
export function isoWeekOf(d: Day): IsoWeek {
  const thursday = d - isoWeekday(d) + 4;
  const isoYear = ymdOf(thursday).year;
  return { isoYear, isoWeek: Math.floor((thursday - dayOf(isoYear, 1, 1)) / 7) + 1 };
}

/** "2026-W48" */
export function weekKey(w: IsoWeek): string {
  return `${w.isoYear}-W${String(w.isoWeek).padStart(2, '0')}`;
}

/** The Monday and Sunday of an ISO week (week 1 is the week holding 4 January). */
export function isoWeekDays(w: IsoWeek): { monday: Day; sunday: Day } {
  const jan4 = dayOf(w.isoYear, 1, 4);
  const monday = jan4 - isoWeekday(jan4) + 1 + (w.isoWeek - 1) * 7;
  return { monday, sunday: monday + 6 };
}

/** A month's slice of a week, cut to a range: `index` is its position in the month's `weeks`. */
export interface WeekPart {
  month: number;
  index: number;
  /** The slice's first and last day inside the range. */
  start: Day;
  end: Day;
  /** The month's working days between `start` and `end`. */
  workdays: number;
}

/** The plan for a range of days (a week, a month to date…): the parts of the month slices it takes. */
export interface RangePlan {
  from: Day;
  to: Day;
  /** In time order; none for days outside the plan's year or without a working day. */
  parts: WeekPart[];
  /** The plan's working days inside the range. */
  workdays: number;
  /** Aligned with `plan.managers`. */
  managers: MetricValues[];
  /** Σ managers. */
  department: MetricValues;
}

export interface PlanWeek extends RangePlan, IsoWeek {}

/**
 * Each manager's plan for the days from `from` to `to` (both included; none when `to` < `from`): a slice
 * wholly inside the range counts with its week figure (`byWeek`), a slice the range cuts with the figures
 * of its days inside (`byDay`, which add up to the week exactly). For a whole ISO week crossing a month
 * end this is the sum of its parts in each month. Days outside the plan's year count nothing.
 */
export function rangePlan(plan: PlanDecomposition, from: Day, to: Day): RangePlan {
  const units = plan.managers.map(() => plan.metrics.map(() => 0));
  const parts: WeekPart[] = [];
  for (const mo of plan.months) {
    if (mo.end < from || mo.start > to) continue;
    mo.weeks.forEach((slice, index) => {
      const start = Math.max(slice.start, from);
      const end = Math.min(slice.end, to);
      const days: number[] = [];
      mo.workdays.forEach((d, i) => {
        if (d >= start && d <= end) days.push(i);
      });
      if (days.length === 0) return;
      parts.push({ month: mo.month, index, start, end, workdays: days.length });
      const whole = start === slice.start && end === slice.end;
      mo.managers.forEach((mp, i) => {
        plan.metrics.forEach((metric, j) => {
          const u = (x: number) => Math.round(x / metric.step);
          units[i][j] += whole
            ? u(mp.byWeek[metric.id][index])
            : days.reduce((a, d) => a + u(mp.byDay[metric.id][d]), 0);
        });
      });
    });
  }
  const values = (us: readonly number[]): MetricValues =>
    Object.fromEntries(plan.metrics.map((m, j) => [m.id, fromUnits(us[j], m.step)]));
  const total = plan.metrics.map((_, j) => units.reduce((a, us) => a + us[j], 0));
  return {
    from,
    to,
    parts,
    workdays: parts.reduce((a, p) => a + p.workdays, 0),
    managers: units.map(values),
    department: values(total),
  };
}

/**
 * The plan's ISO weeks in time order, each once (a week crossing a month end with a part in each month),
 * only weeks with a working day in the plan's year: the first and last may reach into the years around.
 */
export function planWeeks(plan: PlanDecomposition): PlanWeek[] {
  const weeks: IsoWeek[] = [];
  for (const mo of plan.months) {
    for (const slice of mo.weeks) {
      const last = weeks[weeks.length - 1];
      if (!last || last.isoYear !== slice.isoYear || last.isoWeek !== slice.isoWeek) {
        weeks.push({ isoYear: slice.isoYear, isoWeek: slice.isoWeek });
      }
    }
  }
  return weeks.map((w) => ({ ...w, ...weekPlan(plan, w) }));
}

/** Each manager's plan for one ISO week, Monday to Sunday (parts in two months summed). */
export function weekPlan(plan: PlanDecomposition, w: IsoWeek): RangePlan {
  const { monday, sunday } = isoWeekDays(w);
  return rangePlan(plan, monday, sunday);
}
