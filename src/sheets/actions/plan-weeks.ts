import { dayOf, ymdOf } from '../../core/dates';
import { type PlanWeek, type RangePlan, rangePlan } from '../../core/weeks';
import { formatDayMonth, type Lang, monthName, t } from '../../i18n';
import { metricFormat } from '../formats';
import { rect } from '../grid';
import type { PlanView } from './decompose';
import type { TableWriter } from './table-writer';

/** The background of a table's total row on the Plan tab. */
export const TOTAL_BG = '#f2f2f2';

/**
 * The Plan tab's weekly plan per manager: one table per metric, a row per ISO week, the managers as
 * columns and the department (Σ managers) last. Managers as columns because the weekly meeting goes week
 * by week: one row shows what each manager owes that week next to the others and the department, and a
 * table is as wide as the team (9 columns for 5 managers), where a block per manager would put one week's
 * figures 50 rows apart. A week crossing a month end is one row naming both months.
 */
export function weekTables(w: TableWriter, v: PlanView, weeks: readonly PlanWeek[]): void {
  const year = rangePlan(v.plan, dayOf(v.plan.year, 1, 1), dayOf(v.plan.year, 12, 31));
  const names = v.plan.managers.map((m) => v.names.get(m.id) ?? m.id);
  v.metrics.forEach((metric, i) => {
    w.section(t('plan.byWeek', v.lang, { metric: v.labels[i] }));
    const format = metricFormat(metric, v.currency);
    w.header([
      t('plan.week', v.lang),
      t('col.month', v.lang),
      t('plan.workdays', v.lang),
      ...names,
      t('plan.department', v.lang),
    ]);
    for (const week of weeks) {
      const months = week.parts.map((p) => monthName(p.month, v.lang));
      weekRow(w, [weekLabel(week, v.lang), months.join(' / ')], week, metric, format);
    }
    weekRow(w, [t('plan.total', v.lang), ''], year, metric, format);
    w.g.bold(rect(w.row - 1, 1, 1, w.width)).background(rect(w.row - 1, 1, 1, w.width), TOTAL_BG);
    w.row++;
  });
}

/** Rows the week tables take: per metric a title, a header, the weeks, the total and a blank. */
export function weekTablesRows(metrics: number, weeks: number): number {
  return metrics * (weeks + 4);
}

function weekRow(
  w: TableWriter,
  labels: readonly [string, string],
  week: Pick<RangePlan, 'workdays' | 'managers' | 'department'>,
  metric: string,
  format: string,
): void {
  const { g } = w;
  g.text(w.row, 1, labels[0]);
  if (labels[1]) g.text(w.row, 2, labels[1]);
  g.set(w.row, 3, week.workdays);
  const values = [...week.managers.map((m) => m[metric]), week.department[metric]];
  values.forEach((x, k) => {
    g.set(w.row, 4 + k, x);
  });
  g.format(rect(w.row, 4, 1, values.length), format);
  w.row++;
}

/** "Н48 · 23–29.11", "Н49 · 30.11–06.12"; in English "W48 · 23–29 Nov", "W49 · 30 Nov–6 Dec". */
export function weekLabel(week: PlanWeek, lang: Lang): string {
  const [a, b] = [ymdOf(week.from), ymdOf(week.to)];
  const pad = (n: number) => String(n).padStart(2, '0');
  // Within one month the first day stands alone, written as formatDayMonth writes its day.
  const first =
    a.month === b.month ? (lang === 'ru' ? pad(a.day) : String(a.day)) : formatDayMonth(week.from, lang);
  return t('plan.weekLabel', lang, {
    week: pad(week.isoWeek),
    dates: `${first}–${formatDayMonth(week.to, lang)}`,
  });
}
