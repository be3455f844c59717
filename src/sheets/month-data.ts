import type { Day } from '../core/dates';
import type { MonthPlan, PlanDecomposition } from '../core/decompose';
import { type OwnDays, onCalendar, ownDaysOnCalendar } from '../core/own-days';
import { type MessageKey, t } from '../i18n';
import { type ActionContext, notify } from './context';
import { recordFacts } from './facts-log';
import { freezeIfOver } from './month-freeze';
import { MONTH, type MonthFigures } from './month-layout';
import { monthFigures, monthTabOnce } from './month-tab';
import type { Settings } from './settings';
import { settingsAndPlan } from './settings-plan';
import { monthTabName } from './tabs';

export interface MonthData {
  settings: Settings;
  /** The decomposition when the month is in the plan year (the daily plans come from it). */
  plan: PlanDecomposition | null;
  figures: MonthFigures;
  monthName: string;
}

/**
 * What the Today and Report actions read: the settings, the plan and the month tab's figures. Shows the
 * dialog (a missing month tab, or every settings problem) and returns null when it cannot go on.
 */
export function loadMonth(
  ctx: ActionContext,
  year: number,
  month: number,
  noMonthKey: MessageKey,
): MonthData | null {
  const content = monthTabOnce(ctx, year, month);
  if (!content) {
    notify(ctx, t(noMonthKey, ctx.lang, { month: monthTabName(year, month) }));
    return null;
  }
  const planned = settingsAndPlan(ctx, { year, month, mustBePlanYear: false });
  if (!planned) return null;
  recordFacts(ctx, content.facts);
  freezeIfOver(ctx, content, year, month); // the Report of a month over (Today's month runs: no call)
  return {
    ...planned,
    figures: monthFigures(content),
    monthName: content.name,
  };
}

// ---------------------------------------------------------------------------------------------------
// The month tab's figures as the core's inputs take them (Today and Report alike)

/** The decomposition's month when the plan is of that year (its daily plans), else null. */
export function monthPlanOf(plan: PlanDecomposition | null, year: number, month: number): MonthPlan | null {
  return (plan && plan.year === year && plan.months.find((m) => m.month === month)) || null;
}

/** The people of the month tab in its order (the department rows left out). */
export function managerIds(f: MonthFigures): string[] {
  return [...f.byManager.keys()].filter((id) => id !== MONTH.departmentId);
}

/** Metrics in the order of the month tab's department rows (else of the first manager's rows). */
export function metricOrder(f: MonthFigures): string[] {
  const rows = f.byManager.get(MONTH.departmentId) ?? f.byManager.values().next().value;
  return rows ? [...rows.keys()] : [];
}

/** Today and Report lay the tab's series on the calendar with the core's rule. */
export { onCalendar };

/** A person's own days as the tab holds them, on the calendar days; undefined for a first-version tab. */
export function ownOnCalendar(f: MonthFigures, id: string, from: Day, to: Day): OwnDays | undefined {
  const own = f.own.get(id);
  return own ? ownDaysOnCalendar(own, f.days, from, to) : undefined;
}
