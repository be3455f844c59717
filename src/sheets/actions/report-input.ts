import { isBlank, readNumber } from '../../core/cells';
import { type Day, firstOfMonth, lastOfMonth } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import type { MonthlyReportInput, ReportManagerInput } from '../../core/report';
import { type Lang, t } from '../../i18n';
import { managerIds, metricOrder, monthPlanOf, onCalendar, ownOnCalendar } from '../month-data';
import type { MonthFigures } from '../month-layout';
import type { Settings } from '../settings';
import { LAYOUT as BONUS_LAYOUT } from './bonus';

/** Sheet values → the core's report input: the month tab's figures, last month's, the plan and the Bonus tab. */

export interface BonusFigures {
  /** Variable pay by manager id (managers of the month tab only). */
  byManager: Record<string, number>;
  head: number;
}

export interface ReportSources {
  year: number;
  month: number;
  today: Day;
  figures: MonthFigures;
  previous: MonthFigures | null;
  settings: Pick<Settings, 'calendar' | 'funnel' | 'plan'>;
  plan: PlanDecomposition | null;
  bonus: BonusFigures | null;
}

export function reportInput(a: ReportSources): MonthlyReportInput {
  const { year, month, figures, settings } = a;
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  const metrics = metricOrder(figures);
  const mainMetric = metrics.includes('revenue') ? 'revenue' : metrics[0];
  const monthPlan = monthPlanOf(a.plan, year, month);
  const dayPlans = new Map((monthPlan?.managers ?? []).map((m) => [m.id, m.byDay[mainMetric]]));
  const funnel = funnelInput(settings, figures, metrics);
  // Forecast against result: an open month compares today's run-rate with the fact so far; a closed one
  // the run-rate of its first half (as of the 16th) with the month's result.
  const asOf = a.today <= to ? a.today : from + 15;
  return {
    year,
    month,
    calendar: settings.calendar,
    generatedOn: a.today,
    asOf: a.today,
    thresholds: { redBelow: settings.plan.redBelow, amberBelow: settings.plan.amberBelow },
    managers: managerIds(figures).map((id) =>
      reportManager(
        figures,
        id,
        mainMetric,
        { byDay: dayPlans.get(id), workdays: monthPlan?.workdays },
        from,
        to,
      ),
    ),
    metrics,
    mainMetric,
    ...(a.previous ? { previous: previousMonth(a.previous) } : {}),
    ...(asOf > from ? { forecast: { asOf } } : {}),
    ...(funnel ? { funnel } : {}),
    ...(a.bonus ? { bonus: a.bonus } : {}),
  };
}

/** A manager's plans and facts, day-by-day facts per metric, own days and the main metric's daily plan. */
function reportManager(
  figures: MonthFigures,
  id: string,
  mainMetric: string,
  dayPlan: { byDay?: readonly number[]; workdays?: readonly Day[] },
  from: Day,
  to: Day,
): ReportManagerInput {
  const { byDay, workdays } = dayPlan;
  const own = ownOnCalendar(figures, id, from, to);
  const facts: Record<string, number[]> = {};
  for (const [metric, daily] of figures.daily.get(id) ?? [])
    facts[metric] = onCalendar(daily, figures.days, from, to);
  return {
    id,
    name: figures.names.get(id) ?? id,
    metrics: metricsOf(figures, id),
    facts,
    // A month tab of the first version holds no own days: the core falls back to the calendar's.
    ...(own ? { own } : {}),
    daily: {
      fact: onCalendar(figures.daily.get(id)?.get(mainMetric), figures.days, from, to),
      ...(byDay && workdays ? { plan: onCalendar(byDay, workdays, from, to) } : {}),
    },
  };
}

function previousMonth(previous: MonthFigures): NonNullable<MonthlyReportInput['previous']> {
  return managerIds(previous).map((id) => ({ id, metrics: metricsOf(previous, id) }));
}

/** The funnel when the Funnel tab's stages (two or more) are all metrics of the month tab. */
function funnelInput(
  settings: Pick<Settings, 'funnel'>,
  figures: MonthFigures,
  metrics: readonly string[],
): MonthlyReportInput['funnel'] | null {
  const ids = managerIds(figures);
  const stages = settings.funnel.map((s) => s.id);
  if (!(stages.length >= 2 && stages.every((s) => metrics.includes(s)) && ids.length > 0)) return null;
  const benchmark = settings.funnel.slice(0, -1).map((s) => s.benchmark);
  return {
    stages: settings.funnel.map((s) => s.name || s.id),
    counts: ids.map((id) => ({
      id,
      counts: stages.map((s) => Math.max(0, figures.byManager.get(id)?.get(s)?.fact ?? 0)),
    })),
    ...(benchmark.some((b) => b !== null) ? { benchmark } : {}),
  };
}

function metricsOf(f: MonthFigures, id: string): Record<string, { plan: number; fact: number }> {
  const out: Record<string, { plan: number; fact: number }> = {};
  for (const [metric, pf] of f.byManager.get(id) ?? [])
    out[metric] = { plan: Math.max(0, pf.plan), fact: pf.fact };
  return out;
}

/**
 * The bonus tab's figures (see bonus.ts): each manager's variable pay by the id in its hidden column, found
 * through the hidden row of column keys, and the head's bonus from the summary line (labelled in either
 * language). Null when the tab does not have that layout.
 */
export function readBonusTab(values: unknown[][], figures: MonthFigures, lang: Lang): BonusFigures | null {
  const keys = (values[BONUS_LAYOUT.keyRow - 1] ?? []).map((k) => String(k));
  const idCol = keys.indexOf('id');
  const payCol = keys.indexOf('variable');
  if (idCol < 0 || payCol < 0) return null;
  const num = (v: unknown): number | null => {
    if (isBlank(v)) return null;
    const r = readNumber(v, lang);
    return r.ok ? r.value : null;
  };
  const managers = new Set(managerIds(figures));
  const headLabels = [t('bonus.sum.head', 'ru'), t('bonus.sum.head', 'en')];
  const byManager: Record<string, number> = {};
  let head = 0;
  for (let r = BONUS_LAYOUT.firstRow - 1; r < values.length; r++) {
    const row = values[r];
    const id = String(row[idCol] ?? '').trim();
    const pay = num(row[payCol]);
    if (id && managers.has(id) && pay !== null) byManager[id] = (byManager[id] ?? 0) + pay;
    const label = row.findIndex((c) => typeof c === 'string' && headLabels.includes(c.trim()));
    if (label >= 0) {
      const v = row
        .slice(label + 1)
        .map(num)
        .find((x) => x !== null);
      if (v !== undefined && v !== null) head = v;
    }
  }
  return { byManager, head };
}
