import { isoString, ymdOf } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { t } from '../../i18n';
import { type ActionContext, toast } from '../context';
import { Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import { type Settings, writeNewIds } from '../settings';
import { settingsAndPlan } from '../settings-plan';
import { planTabName } from '../tabs';
import { writeGrid } from '../write-grid';

const SECTION_BG = '#d9e2f3';
const TOTAL_BG = '#f2f2f2';

/** Menu: Decompose plan → the tab "Plan YYYY" (months, managers × months, weeks), rewritten on each run. */
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

export function planGrid(plan: PlanDecomposition, s: Settings, ctx: ActionContext): Grid {
  const { lang } = ctx;
  const metrics = plan.metrics.map((m) => m.id);
  const label = (id: string) => metricLabel(id, s.funnel, lang);
  const names = new Map(s.people.map((p) => [p.id, p.name]));
  const weeks = plan.months.reduce((n, m) => n + m.weeks.length, 0);
  const managerRows = plan.months.length * plan.managers.length;
  // A year is shown as written ("2027"), not grouped like an amount ("2 027").
  const warnings = plan.warnings.map((w) =>
    t(w.code, lang, { ...w.params, ...(w.params.year === undefined ? {} : { year: String(w.params.year) }) }),
  );
  const cols = Math.max(4 + metrics.length, 6);
  const rows = 30 + warnings.length + managerRows + weeks;
  const g = new Grid(rows, cols);
  let row = 1;
  g.text(row, 1, t('plan.title', lang, { year: String(plan.year), currency: s.plan.currency }));
  g.bold(rect(row, 1));
  row++;
  g.text(row, 1, t('plan.generated', lang, { date: isoString(ctx.today) }));
  row += 1;
  for (const w of warnings) {
    g.text(++row, 1, `⚠ ${w}`);
    g.fontColor(rect(row, 1), '#c00000');
  }
  row += 2;

  const section = (title: string, heads: string[]) => {
    g.text(row, 1, title);
    g.bold(rect(row, 1)).background(rect(row, 1, 1, cols), SECTION_BG);
    row++;
    heads.forEach((h, i) => {
      g.text(row, i + 1, h);
    });
    g.header(rect(row, 1, 1, heads.length));
    row++;
  };
  const metricCells = (r: number, first: number, values: Record<string, number>) => {
    metrics.forEach((m, i) => {
      g.set(r, first + i, values[m] ?? 0);
    });
    g.format(rect(r, first, 1, metrics.length), '#,##0');
  };

  section(t('plan.byMonth', lang), [
    t('col.month', lang),
    t('plan.workdays', lang),
    t('plan.weeks', lang),
    t('plan.avgCheck', lang),
    ...metrics.map(label),
  ]);
  const firstMonthRow = row;
  for (const m of plan.months) {
    g.text(row, 1, t(`month.${m.month}`, lang));
    g.set(row, 2, m.workdays.length);
    g.set(row, 3, m.weeks.length);
    if (m.avgCheck) g.set(row, 4, m.avgCheck).format(rect(row, 4), '#,##0');
    metricCells(row, 5, m.department);
    row++;
  }
  g.text(row, 1, t('plan.total', lang));
  g.set(row, 2, `=SUM(B${firstMonthRow}:B${row - 1})`);
  metricCells(row, 5, plan.totals.department);
  g.bold(rect(row, 1, 1, cols)).background(rect(row, 1, 1, cols), TOTAL_BG);
  row += 2;

  section(t('plan.byManager', lang), [
    t('col.month', lang),
    t('col.name', lang),
    t('plan.workdays', lang),
    t('plan.ramp', lang),
    ...metrics.map(label),
  ]);
  for (const m of plan.months) {
    for (const mp of m.managers) {
      g.text(row, 1, t(`month.${m.month}`, lang));
      g.text(row, 2, names.get(mp.id) ?? mp.id);
      g.set(row, 3, mp.workdays);
      g.set(row, 4, mp.ramp).format(rect(row, 4), '0%');
      metricCells(row, 5, mp.plan);
      row++;
    }
  }
  row++;

  section(t('plan.byWeek', lang), [
    t('col.month', lang),
    t('plan.week', lang),
    t('plan.workdays', lang),
    '',
    ...metrics.map(label),
  ]);
  for (const m of plan.months) {
    m.weeks.forEach((w, i) => {
      const a = ymdOf(w.start);
      const b = ymdOf(w.end);
      g.text(row, 1, t(`month.${m.month}`, lang));
      g.text(
        row,
        2,
        `${String(a.day).padStart(2, '0')}–${String(b.day).padStart(2, '0')}.${String(b.month).padStart(2, '0')}`,
      );
      g.set(row, 3, w.workdays);
      const values: Record<string, number> = {};
      for (const id of metrics) values[id] = m.departmentByWeek[id][i];
      metricCells(row, 5, values);
      row++;
    });
  }
  g.frozenRows = 0;
  g.widths[1] = 110;
  g.widths[2] = 170;
  for (let c = 3; c <= cols; c++) g.widths[c] = 110;
  g.protectedRects.push(rect(1, 1, rows, cols));
  return g;
}
