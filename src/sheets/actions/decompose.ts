import type { Day } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { planWeeks } from '../../core/weeks';
import { currencySign, formatDay, type Lang, type MessageKey, monthName, t, tCode } from '../../i18n';
import { type ActionContext, toast } from '../context';
import { FORMAT, metricFormat, moneyFormat } from '../formats';
import { Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import { type Settings, writeNewIds } from '../settings';
import { settingsAndPlan } from '../settings-plan';
import { planTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { TOTAL_BG, weekTables, weekTablesRows } from './plan-weeks';
import { TableWriter } from './table-writer';

/**
 * Menu: Decompose plan → the tab "Plan YYYY" (months, managers × months, per metric managers × ISO weeks),
 * rewritten on each run. Every table puts the people in rows and the periods in columns, so the tab is as
 * wide as the year's weeks and as long as the team: its area grows linearly with the team.
 */
export function decomposeAction(ctx: ActionContext): void {
  const planned = settingsAndPlan(ctx);
  if (!planned?.plan) return;
  const { settings, plan } = planned;
  const grid = planGrid(plan, settings, ctx);
  writeNewIds(ctx, settings);
  writeGrid(ctx.ss, planTabName(plan.year, ctx.lang), grid, {
    protectionNote: t('protect.generated', ctx.lang),
    written: ctx.written,
  }).activate();
  toast(ctx, 'toast.planDone', { year: String(plan.year) });
}

/** What every table of the tab shows: the metrics in order with their labels, managers' names, the width. */
export interface PlanView {
  readonly plan: PlanDecomposition;
  readonly lang: Lang;
  readonly metrics: readonly string[];
  readonly labels: readonly string[];
  readonly names: ReadonlyMap<string, string>;
  readonly cols: number;
  /** The Plan tab's currency: money metrics and the average check are shown in it. */
  readonly currency: string;
}

export function planGrid(plan: PlanDecomposition, s: Settings, ctx: ActionContext): Grid {
  const { lang } = ctx;
  const metrics = plan.metrics.map((m) => m.id);
  const weeks = planWeeks(plan);
  const v: PlanView = {
    plan,
    lang,
    metrics,
    labels: metrics.map((id) => metricLabel(id, s.funnel, lang)),
    names: new Map(s.people.map((p) => [p.id, p.name])),
    // The department's months: four columns and the metrics; the managers' table and the week tables: name,
    // row label, a column per month or week, the year.
    cols: Math.max(4 + metrics.length, 6, 3 + plan.months.length, 3 + weeks.length),
    currency: s.plan.currency,
  };
  const warnings = warningTexts(plan, lang);
  const rows =
    30 +
    warnings.length +
    plan.managers.length * (2 + metrics.length) +
    weekTablesRows(metrics.length, plan.managers.length);
  const g = new Grid(rows, v.cols);
  g.styleRuns = true; // rows per manager: backgrounds, weights and font colours by runs
  const w = new TableWriter(g, 1, v.cols);
  titleBlock(w, v, ctx.today, warnings);
  monthsTable(w, v);
  managersTable(w, v);
  weekTables(w, v, weeks);
  g.frozenRows = 0;
  // Names and row labels each get a width of their own; the months and weeks from column 3 on are fitted
  // as one run (writeGrid): one service call.
  g.widths[1] = 130;
  g.widths[2] = 170;
  g.protectedRects.push(rect(1, 1, rows, v.cols));
  return g;
}

function warningTexts(plan: PlanDecomposition, lang: Lang): string[] {
  // A year is shown as written ("2027"), not grouped like an amount ("2 027").
  return plan.warnings.map((w) =>
    tCode(w.code, lang, {
      ...w.params,
      ...(w.params.year === undefined ? {} : { year: String(w.params.year) }),
    }),
  );
}

/** The title, the day it was made and the plan's warnings in red; then a blank row. */
function titleBlock(w: TableWriter, v: PlanView, today: Day, warnings: readonly string[]): void {
  const { g } = w;
  g.text(1, 1, t('plan.title', v.lang, { year: String(v.plan.year), currency: currencySign(v.currency) }));
  g.bold(rect(1, 1));
  g.text(2, 1, t('plan.generated', v.lang, { date: formatDay(today, v.lang) }));
  warnings.forEach((text, i) => {
    g.text(4 + i, 1, `⚠ ${text}`);
    g.fontColor(rect(4 + i, 1), '#c00000');
  });
  w.row = 5 + warnings.length;
}

/** A section title and its header: four columns of its own (message keys; '' for a blank), then the metrics. */
function tableHead(
  w: TableWriter,
  v: PlanView,
  title: MessageKey,
  heads: readonly (MessageKey | '')[],
): void {
  w.section(t(title, v.lang));
  w.header([...heads.map((h) => (h ? t(h, v.lang) : '')), ...v.labels]);
}

/** The metrics' values from column `first` on, in each metric's format (0 where a metric has none). */
function metricCells(
  w: TableWriter,
  v: PlanView,
  first: number,
  values: Readonly<Record<string, number>>,
): void {
  v.metrics.forEach((m, i) => {
    w.g.set(w.row, first + i, values[m] ?? 0).format(rect(w.row, first + i), metricFormat(m, v.currency));
  });
}

/** The department by month, and the year's total (working days summed by a formula). */
function monthsTable(w: TableWriter, v: PlanView): void {
  const { g } = w;
  tableHead(w, v, 'plan.byMonth', ['col.month', 'plan.workdays', 'plan.weeks', 'plan.avgCheck']);
  const firstMonthRow = w.row;
  for (const m of v.plan.months) {
    g.text(w.row, 1, monthName(m.month, v.lang));
    g.set(w.row, 2, m.workdays.length);
    g.set(w.row, 3, m.weeks.length);
    if (m.avgCheck) g.set(w.row, 4, m.avgCheck).format(rect(w.row, 4), moneyFormat(v.currency));
    metricCells(w, v, 5, m.department);
    w.row++;
  }
  g.text(w.row, 1, t('plan.total', v.lang));
  g.set(w.row, 2, `=SUM(B${firstMonthRow}:B${w.row - 1})`);
  metricCells(w, v, 5, v.plan.totals.department);
  g.bold(rect(w.row, 1, 1, v.cols)).background(rect(w.row, 1, 1, v.cols), TOTAL_BG);
  w.row += 2;
}

/**
 * The managers laid out wide: a block per manager, a row for the working days, one for the ramp-up (only
 * when there is one) and one per metric with a plan; a column per month and the year's total. A metric all
 * zero for a person is left out, and the ramp-up shows only in months the person works and ramps up in.
 */
function managersTable(w: TableWriter, v: PlanView): void {
  const months = v.plan.months;
  w.section(t('plan.byManager', v.lang));
  w.header([
    t('col.name', v.lang),
    t('month.metric', v.lang),
    ...months.map((m) => monthName(m.month, v.lang)),
    t('plan.total', v.lang),
  ]);
  v.plan.managers.forEach((manager, k) => {
    managerBlock(w, v, manager, k);
  });
  w.row++;
}

/** A manager's rows: working days, the ramp-up, a row per metric with a plan; the name and totals bold. */
function managerBlock(w: TableWriter, v: PlanView, manager: { id: string; name: string }, k: number): void {
  const { g } = w;
  const mine = v.plan.months.map((m) => m.managers.find((mp) => mp.id === manager.id));
  const first = w.row;
  g.text(w.row, 1, v.names.get(manager.id) ?? manager.name);
  const days = mine.map((mp) => mp?.workdays ?? 0);
  // A month the person does not work (before the start, after leaving) is blank, not a row of zeros.
  const worked = (values: number[]) => values.map((x, i) => (days[i] === 0 && x === 0 ? null : x));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  managerRow(w, t('plan.workdays', v.lang), worked(days), FORMAT.count, sum(days));
  const ramp = mine.map((mp) => (mp && mp.workdays > 0 && mp.ramp < 1 ? mp.ramp : null));
  if (ramp.some((r) => r !== null)) managerRow(w, t('plan.ramp', v.lang), ramp, FORMAT.completion, null);
  v.metrics.forEach((metric, i) => {
    const values = mine.map((mp) => mp?.plan[metric] ?? 0);
    if (values.every((x) => x === 0)) return;
    const total = v.plan.totals.managers[k]?.[metric] ?? sum(values);
    managerRow(w, v.labels[i], worked(values), metricFormat(metric, v.currency), total);
  });
  g.bold(rect(first, 1));
  g.bold(rect(first, 3 + v.plan.months.length, w.row - first, 1));
}

/** One row of a manager's block: its label, a value per month (blank for null) and the year's total. */
function managerRow(
  w: TableWriter,
  label: string,
  values: readonly (number | null)[],
  format: string,
  total: number | null,
): void {
  w.g.text(w.row, 2, label);
  values.forEach((x, i) => {
    w.put(w.row, 3 + i, x, format);
  });
  w.put(w.row, 3 + values.length, total, format);
  w.row++;
}
