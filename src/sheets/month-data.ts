import type { PlanDecomposition } from '../core/decompose';
import { t } from '../i18n';
import type { ActionContext } from './context';
import { type MonthFigures, readMonthFigures } from './month-layout';
import { decompose } from './plan-input';
import { Problems } from './problems';
import { readSettings, type Settings } from './settings';
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
  const monthName = monthTabName(year, month);
  const tab = ctx.ss.getSheetByName(monthName);
  if (!tab) {
    ctx.ui.alert(t(noMonthKey, ctx.lang, { month: monthName }));
    return null;
  }
  const problems = new Problems();
  const settings = readSettings(ctx, problems);
  const plan =
    settings && settings.plan.year === year
      ? problems.catch(ctx.ss.getName(), undefined, undefined, () => decompose(settings))
      : undefined;
  if (!settings || !problems.empty) {
    ctx.ui.alert(problems.text(ctx.lang));
    return null;
  }
  return {
    settings,
    plan: plan ?? null,
    figures: readMonthFigures(tab.getDataRange().getValues(), ctx.lang),
    monthName,
  };
}
