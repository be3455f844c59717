import type { Contest } from '../core/contests/types';
import type { PlanDecomposition } from '../core/decompose';
import { isDomainError } from '../core/errors';
import { checkOtherTabs } from './check-tabs';
import { type ActionContext, notify } from './context';
import { decompose } from './plan-input';
import { Problems } from './problems';
import { readSettings, type Settings, type SettingsSoFar } from './settings';
import { planKeyCell, settingsCellOf } from './settings/where';
import { monthKey } from './tabs';

export interface Planned {
  settings: Settings;
  /** Null when the settings' plan year is not `year` and `year` did not have to be it. */
  plan: PlanDecomposition | null;
  /** Every contest of the Contests tab, checked; undefined when there is no such tab. */
  contests?: Contest[];
}

/**
 * The one prologue of the menu actions: the settings read and the plan decomposed, every problem listed at
 * its cell. With `month`, a plan year other than the month's is a problem when `mustBePlanYear`, otherwise
 * the plan is left out (a report on last year's month). Null once the problems dialog is queued.
 * The Motivation and Contests tabs are checked whole as well (check-tabs.ts), so a mistake there shows up the
 * day it is made; it stops only the actions that use them (`othersBlock`: the leaderboards). Elsewhere a bonus
 * scheme's typo must not stop the plan, the month tabs or the meetings: it is listed after the action.
 * Only the months an action needs are decomposed: `month`'s, or `o.months` (the Week tab's weeks), else all.
 */
export function settingsAndPlan(
  ctx: ActionContext,
  month?: { year: number; month: number; mustBePlanYear: boolean },
  o: { othersBlock?: boolean; months?: readonly number[] } = {},
): Planned | null {
  const problems = new Problems();
  const others = o.othersBlock ? problems : new Problems();
  const planned = checkedSettings(ctx, problems, month, false, others, month ? [month.month] : o.months);
  if (!planned) notify(ctx, problems.text(ctx.lang));
  else if (!others.empty) notify(ctx, others.text(ctx.lang, 'notice'));
  return planned;
}

/**
 * The prologue's reads and checks without its dialog (Check settings lists the problems its own way, and is
 * `strict`: a Motivation tab in the old layout is a problem there, not in the actions' prologue, and the Import
 * tab is checked too).
 */
export function checkedSettings(
  ctx: ActionContext,
  problems: Problems,
  month?: { year: number; month: number; mustBePlanYear: boolean },
  strict = false,
  others: Problems = problems,
  months?: readonly number[],
): Planned | null {
  const soFar: SettingsSoFar = {};
  const settings = readSettings(ctx, problems, soFar);
  const otherYear = !!settings && !!month && settings.plan.year !== month.year;
  if (settings && otherYear && month?.mustBePlanYear) {
    const where = planKeyCell(settings, 'year');
    problems.add(where.tab, where.row, where.col, 'month.notPlanYear', {
      month: monthKey(month.year, month.month),
      year: settings.plan.year,
    });
  }
  const plan = settings && problems.empty && !otherYear ? planOf(settings, problems, months) : undefined;
  // The Motivation and Contests tabs too: a mistake there shows up the day it is made, not at bonus time;
  // against what the first tabs gave when they have problems (an unknown person may follow from a Team problem).
  const contests = checkOtherTabs(ctx, settings ?? soFar, others, strict);
  if (!settings || !problems.empty) return null;
  return { settings, plan: plan ?? null, ...(contests ? { contests } : {}) };
}

/** The plan decomposed; a core error is a problem at the settings cell responsible (a step, a coefficient…). */
function planOf(
  settings: Settings,
  problems: Problems,
  months?: readonly number[],
): PlanDecomposition | undefined {
  try {
    return decompose(settings, months);
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const at = settingsCellOf(e.code, e.params, settings);
    problems.add(at.tab, at.row, at.col, e.code, e.params);
    return undefined;
  }
}
