import type { Calendar } from './calendar';
import type { Day } from './dates';
import {
  departmentPace,
  type OwnDays,
  type OwnMonth,
  type OwnPace,
  ownMonthOf,
  ownPace,
  workdaysAsOf,
} from './own-days';
import { checkDays } from './report-checks';

/**
 * The report's figures to date, on each person's own working days, by the rules of own-days.ts (the month
 * tab's formulas follow the same rules, so a person has the same forecast, plan to date and light there).
 */

/** What the pace of a person needs from the report input. */
export interface PaceSubject {
  readonly name: string;
  readonly own?: OwnDays;
  readonly plan: number;
  /** Daily facts of the metric (index 0 = the 1st); undefined when not given. */
  readonly daily: readonly number[] | undefined;
}

export interface PaceMonth {
  readonly cal: Calendar;
  readonly from: Day;
  readonly to: Day;
  /** The day the figures are as of: the days strictly before it are closed. */
  readonly asOf: Day;
}

/**
 * A person's own month: the one given, or the production calendar's working days, each weighing 1 (a month
 * tab of the first version holds no own days).
 */
function ownMonth(s: Pick<PaceSubject, 'name' | 'own'>, m: PaceMonth): OwnMonth {
  const days = m.to - m.from + 1;
  if (!s.own)
    return ownMonthOf(
      (d) => m.cal.isWorkday(d),
      () => true,
      m.from,
      m.to,
    );
  for (const values of [s.own.present, s.own.weights]) checkDays(values, days, s.name);
  return { from: m.from, present: s.own.present, weights: s.own.weights };
}

/** ownPace of one person; null when their daily facts are not given. */
export function personPace(s: PaceSubject, m: PaceMonth): OwnPace | null {
  if (!s.daily) return null;
  checkDays(s.daily, m.to - m.from + 1, s.name);
  return ownPace(ownMonth(s, m), m.asOf, s.plan, s.daily);
}

/** The department as the sum of its people; null when someone's pace is unknown. */
export function teamPace(people: readonly (OwnPace | null)[], m: PaceMonth): OwnPace | null {
  if (people.some((p) => p === null)) return null;
  // The department's working days before the as-of day are the production calendar's.
  const { elapsed } = workdaysAsOf((d) => m.cal.isWorkday(d), m.from, m.to, m.asOf);
  return departmentPace(people as OwnPace[], elapsed);
}
