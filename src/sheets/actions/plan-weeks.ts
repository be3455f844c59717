import { dayOf, ymdOf } from '../../core/dates';
import { type PlanWeek, rangePlan } from '../../core/weeks';
import { formatDayMonth, type Lang, monthName, t } from '../../i18n';
import { FORMAT, metricFormat } from '../formats';
import { rect } from '../grid';
import type { PlanView } from './decompose';
import type { TableWriter } from './table-writer';

/** The background of a table's total row on the Plan tab. */
export const TOTAL_BG = '#f2f2f2';

/**
 * The Plan tab's weekly plan per manager: one table per metric read like the managers' months table above
 * it: a row per manager and the department (Σ managers) last, a column per ISO week and the year's total,
 * so what each manager owes in week 48 is one column, next to the others and the department. Managers as
 * rows because a table then grows by a row per person while its width stays the year's weeks (53 at most):
 * with a column per manager the tab was as wide as the team and its area quadratic in it (8 million cells
 * for 1 000 managers). A week crossing a month end is one column: its dates name both months, and its
 * header's note says so when both parts have working days.
 */
export function weekTables(w: TableWriter, v: PlanView, weeks: readonly PlanWeek[]): void {
  const { g } = w;
  const year = rangePlan(v.plan, dayOf(v.plan.year, 1, 1), dayOf(v.plan.year, 12, 31));
  const total = 3 + weeks.length;
  v.metrics.forEach((metric, i) => {
    w.section(t('plan.byWeek', v.lang, { metric: v.labels[i] }));
    weekHeader(w, v, weeks);
    const first = w.row;
    const label = v.labels[i];
    const format = metricFormat(metric, v.currency);
    const days = [...weeks.map((wk) => wk.workdays), year.workdays];
    weekRow(w, [t('plan.workdays', v.lang), ''], days, FORMAT.count);
    v.plan.managers.forEach((m, k) => {
      const values = [...weeks.map((wk) => wk.managers[k][metric]), year.managers[k][metric]];
      weekRow(w, [v.names.get(m.id) ?? m.id, label], values, format);
    });
    const department = [...weeks.map((wk) => wk.department[metric]), year.department[metric]];
    weekRow(w, [t('plan.department', v.lang), label], department, format);
    g.bold(rect(first, total, w.row - first, 1));
    g.bold(rect(w.row - 1, 1, 1, total)).background(rect(w.row - 1, 1, 1, total), TOTAL_BG);
    w.row++;
  });
}

/** Rows the week tables take: per metric a title, a header, the working days, the managers, the department and a blank. */
export function weekTablesRows(metrics: number, managers: number): number {
  return metrics * (managers + 5);
}

/** Name, metric, a week per column in two lines ("Н48", "23–29.11"), the year; wrapped for the line break. */
function weekHeader(w: TableWriter, v: PlanView, weeks: readonly PlanWeek[]): void {
  w.header([
    t('col.name', v.lang),
    t('month.metric', v.lang),
    ...weeks.map((week) => weekLabel(week, v.lang)),
    t('plan.total', v.lang),
  ]);
  const row = w.row - 1;
  w.g.wrapRows.push(row);
  weeks.forEach((week, k) => {
    if (week.parts.length < 2) return;
    const months = week.parts.map((p) => monthName(p.month, v.lang)).join(' / ');
    w.g.note(row, 3 + k, t('plan.weekMonths', v.lang, { months }));
  });
}

/** One row of a week table: its label and the metric's ('' for none), then the figures (the weeks and the year) in one format. */
function weekRow(
  w: TableWriter,
  labels: readonly [string, string],
  values: readonly number[],
  format: string,
): void {
  const { g } = w;
  g.text(w.row, 1, labels[0]);
  if (labels[1]) g.text(w.row, 2, labels[1]);
  values.forEach((x, k) => {
    g.set(w.row, 3 + k, x);
  });
  g.format(rect(w.row, 3, 1, values.length), format);
  w.row++;
}

/** "Н48\n23–29.11", "Н49\n30.11–06.12"; in English "W48\n23–29 Nov", "W49\n30 Nov–6 Dec". */
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
