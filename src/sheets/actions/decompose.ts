import type { Day } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { planWeeks } from '../../core/weeks';
import { formatDay, type Lang, type MessageKey, monthName, t, tCode } from '../../i18n';
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
 * Menu: Decompose plan → the tab "Plan YYYY" (months, managers × months, ISO weeks × managers per metric),
 * rewritten on each run.
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
  const v: PlanView = {
    plan,
    lang,
    metrics,
    labels: metrics.map((id) => metricLabel(id, s.funnel, lang)),
    names: new Map(s.people.map((p) => [p.id, p.name])),
    // The week tables: week, month, working days, the managers, the department.
    cols: Math.max(4 + metrics.length, 6, 4 + plan.managers.length),
    currency: s.plan.currency,
  };
  const warnings = warningTexts(plan, lang);
  const weeks = planWeeks(plan);
  const rows =
    30 +
    warnings.length +
    plan.months.length * plan.managers.length +
    weekTablesRows(metrics.length, weeks.length);
  const g = new Grid(rows, v.cols);
  const w = new TableWriter(g, 1, v.cols);
  titleBlock(w, v, ctx.today, warnings);
  monthsTable(w, v);
  managersTable(w, v);
  weekTables(w, v, weeks);
  g.frozenRows = 0;
  g.widths[1] = 130; // "Н49 · 30.11–06.12"
  g.widths[2] = 170;
  // A manager's name heads a column of the week tables; one width from column 3 on is one service call.
  for (let c = 3; c <= v.cols; c++) g.widths[c] = 130;
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
  g.text(1, 1, t('plan.title', v.lang, { year: String(v.plan.year), currency: v.currency }));
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

/** Each manager's month: working days, ramp-up and plan. */
function managersTable(w: TableWriter, v: PlanView): void {
  const { g } = w;
  tableHead(w, v, 'plan.byManager', ['col.month', 'col.name', 'plan.workdays', 'plan.ramp']);
  for (const m of v.plan.months) {
    for (const mp of m.managers) {
      g.text(w.row, 1, monthName(m.month, v.lang));
      g.text(w.row, 2, v.names.get(mp.id) ?? mp.id);
      g.set(w.row, 3, mp.workdays);
      g.set(w.row, 4, mp.ramp).format(rect(w.row, 4), FORMAT.completion);
      metricCells(w, v, 5, mp.plan);
      w.row++;
    }
  }
  w.row++;
}
