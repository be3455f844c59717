import type { PlanDecomposition } from '../core/decompose';
import { t } from '../i18n';
import { type ActionContext, notify } from './context';
import { recordFacts } from './facts-log';
import type { MonthFigures } from './month-layout';
import { findMonthTab, monthFigures, readMonthTab } from './month-tab';
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
  noMonthKey: string,
): MonthData | null {
  const tab = findMonthTab(ctx.ss, year, month);
  if (!tab) {
    notify(ctx, t(noMonthKey, ctx.lang, { month: monthTabName(year, month) }));
    return null;
  }
  const content = readMonthTab(tab);
  const planned = settingsAndPlan(ctx, { year, month, mustBePlanYear: false });
  if (!planned) return null;
  recordFacts(ctx, content.facts);
  return {
    ...planned,
    figures: monthFigures(content),
    monthName: content.name,
  };
}
