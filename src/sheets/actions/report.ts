import { isBlank, readNumber } from '../../core/cells';
import { type Day, firstOfMonth, isoString, lastOfMonth, parseDayText } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { isDomainError } from '../../core/errors';
import {
  buildMonthlyReport,
  type MonthlyReport,
  type MonthlyReportInput,
  type ReportManagerInput,
} from '../../core/report';
import { errorText, type Lang, t } from '../../i18n';
import { type Action, type ActionContext, noteWritten, notify, toast } from '../context';
import { Grid, rect } from '../grid';
import { loadMonth } from '../month-data';
import { MONTH, type MonthFigures } from '../month-layout';
import { askMonth } from '../month-prompt';
import { findMonthTab, monthFigures, readMonthTab } from '../month-tab';
import { Problems } from '../problems';
import type { Settings } from '../settings';
import { bonusTabName, findGeneratedSheet, monthTabName, reportTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { LAYOUT as BONUS_LAYOUT, readBonusStatus } from './bonus';
import { bonusSection, CHART_COL, chartSection, funnelSection, REPORT, titleBlock } from './report-sections';
import { forecastSection, headlineSection, rankingSection } from './report-tables';
import { type GridOptions, TABLE_COLS } from './report-writer';
import { TableWriter } from './table-writer';

export { REPORT } from './report-sections';

/** Menu: Generate monthly report → the tab "Отчёт YYYY-MM"/"Report YYYY-MM", a snapshot for owners. */
export const reportAction: Action<ReportChoice> = {
  ask: askReport,
  run: (ctx, c) => generateReport(ctx, c.year, c.month, c.keepOld),
};

interface ReportChoice {
  year: number;
  month: number;
  /** An earlier report of the month is kept under a dated name (else it is replaced). */
  keepOld: boolean;
}

/** Which month, and, when its report exists already, whether to replace it or keep it under a dated name. */
function askReport(ctx: ActionContext): ReportChoice | null {
  const chosen = askMonth(ctx, 'menu.report');
  if (!chosen) return null;
  const [year, month] = chosen;
  const name = reportTabName(year, month, ctx.lang);
  if (!ctx.ss.getSheetByName(name)) return { year, month, keepOld: false };
  const answer = ctx.ui.alert(
    t('rep.existsTitle', ctx.lang, { name }),
    t('rep.exists', ctx.lang, { name }),
    ctx.ui.ButtonSet.YES_NO,
  );
  if (answer === ctx.ui.Button.YES) return { year, month, keepOld: false };
  return answer === ctx.ui.Button.NO ? { year, month, keepOld: true } : null;
}

export function generateReport(ctx: ActionContext, year: number, month: number, keepOld = false): void {
  // The daily plan of the cumulative chart comes from the decomposition; without it the core spreads
  // each manager's month plan evenly over the working days.
  const data = loadMonth(ctx, year, month, 'rep.noMonth');
  if (!data) return;
  const { settings, plan, figures, monthName } = data;
  const problems = new Problems();
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  const previous = previousFigures(ctx, prevYear, prevMonth);
  const bonusTab = findGeneratedSheet(ctx.ss, (lang) => bonusTabName(year, month, lang), ctx.lang);
  const bonusValues = bonusTab ? bonusTab.getDataRange().getValues() : null;
  const bonus = bonusValues ? readBonusTab(bonusValues, figures, ctx.lang) : null;
  const bonusStatus = bonusValues ? readBonusStatus(bonusValues) : null;

  const input = reportInput({
    year,
    month,
    today: ctx.today,
    figures,
    previous,
    settings,
    plan,
    bonus,
  });
  const report = problems.catch(monthName, undefined, undefined, () => buildMonthlyReport(input));
  if (!report) {
    notify(ctx, problems.text(ctx.lang));
    return;
  }
  const name = reportTabName(year, month, ctx.lang);
  const existing = keepOld ? ctx.ss.getSheetByName(name) : null;
  if (existing) keepAsDatedVersion(ctx, existing, name);
  const grid = reportGrid(report, {
    lang: ctx.lang,
    settings,
    monthName,
    today: ctx.today,
    previousName: previous ? monthTabName(prevYear, prevMonth) : null,
    bonusTab: bonusTab ? bonusTab.getName() : bonusTabName(year, month, ctx.lang),
    bonusPreliminaryAsOf: bonusStatus && !bonusStatus.final ? (bonusStatus.asOf ?? ctx.today) : null,
  });
  writeGrid(ctx.ss, name, grid, {
    protectionNote: t('protect.generated', ctx.lang),
    written: ctx.written,
  }).activate();
  toast(ctx, 'toast.reportDone', { name });
}

/** The previous month's figures for comparison; none when its tab is missing or cannot be read. */
function previousFigures(ctx: ActionContext, year: number, month: number): MonthFigures | null {
  const tab = findMonthTab(ctx.ss, year, month);
  if (!tab) return null;
  try {
    return monthFigures(readMonthTab(tab));
  } catch (e) {
    if (!isDomainError(e)) throw e;
    notify(ctx, errorText(e, ctx.lang));
    return null;
  }
}

/**
 * Renames the old report to "<name> (<its generation date>)", so the new one takes the plain name. The date
 * is read from the old tab's date cell; a name already taken gets " 2", " 3"…
 */
function keepAsDatedVersion(
  ctx: ActionContext,
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  name: string,
): void {
  const stamp = sheet.getRange(REPORT.stampRow, REPORT.stampCol).getValue();
  const generated = typeof stamp === 'string' ? parseDayText(stamp.replace(/^'/, '')) : undefined;
  const base = `${name} (${isoString(generated ?? ctx.today)})`;
  let dated = base;
  for (let n = 2; ctx.ss.getSheetByName(dated); n++) dated = `${base} ${n}`;
  sheet.setName(dated);
  noteWritten(ctx, dated);
}

// ---------------------------------------------------------------------------------------------------
// Sheet values → the core's report input

export interface BonusFigures {
  /** Variable pay by manager id (managers of the month tab only). */
  byManager: Record<string, number>;
  head: number;
}

export function reportInput(a: {
  year: number;
  month: number;
  today: Day;
  figures: MonthFigures;
  previous: MonthFigures | null;
  settings: Pick<Settings, 'calendar' | 'funnel' | 'plan'>;
  plan: PlanDecomposition | null;
  bonus: BonusFigures | null;
}): MonthlyReportInput {
  const { year, month, figures, settings } = a;
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  const ids = managerIds(figures);
  const metrics = metricOrder(figures);
  const mainMetric = metrics.includes('revenue') ? 'revenue' : metrics[0];
  const monthPlan = a.plan && a.plan.year === year ? a.plan.months[month - 1] : null;
  const dayPlans = new Map((monthPlan?.managers ?? []).map((m) => [m.id, m.byDay]));

  const managers: ReportManagerInput[] = ids.map((id) => {
    const byDay = dayPlans.get(id)?.[mainMetric];
    const own = figures.own.get(id);
    const facts: Record<string, number[]> = {};
    for (const [metric, daily] of figures.daily.get(id) ?? [])
      facts[metric] = onCalendar(figures, daily, from, to);
    return {
      id,
      name: figures.names.get(id) ?? id,
      metrics: metricsOf(figures, id),
      facts,
      // A month tab of the first version holds no own days: the core falls back to the calendar's.
      ...(own
        ? {
            own: {
              present: onCalendar(figures, own.present, from, to),
              weights: onCalendar(figures, own.weights, from, to),
            },
          }
        : {}),
      daily: {
        fact: onCalendar(figures, figures.daily.get(id)?.get(mainMetric), from, to),
        ...(byDay && monthPlan ? { plan: planOnCalendar(byDay, monthPlan.workdays, from, to) } : {}),
      },
    };
  });
  const stages = settings.funnel.map((s) => s.id);
  const hasFunnel = stages.length >= 2 && stages.every((s) => metrics.includes(s)) && ids.length > 0;
  const benchmark = settings.funnel.slice(0, -1).map((s) => s.benchmark);
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
    managers,
    metrics,
    mainMetric,
    ...(a.previous
      ? { previous: managerIds(a.previous).map((id) => ({ id, metrics: metricsOf(a.previous!, id) })) }
      : {}),
    ...(asOf > from ? { forecast: { asOf } } : {}),
    ...(hasFunnel
      ? {
          funnel: {
            stages: settings.funnel.map((s) => s.name || s.id),
            counts: ids.map((id) => ({
              id,
              counts: stages.map((s) => Math.max(0, figures.byManager.get(id)?.get(s)?.fact ?? 0)),
            })),
            ...(benchmark.some((b) => b !== null) ? { benchmark } : {}),
          },
        }
      : {}),
    ...(a.bonus ? { bonus: a.bonus } : {}),
  };
}

function managerIds(f: MonthFigures): string[] {
  return [...f.byManager.keys()].filter((id) => id !== MONTH.departmentId);
}

/** Metrics in the order of the month tab's department rows (else of the first manager's rows). */
function metricOrder(f: MonthFigures): string[] {
  const rows = f.byManager.get(MONTH.departmentId) ?? f.byManager.values().next().value;
  return rows ? [...rows.keys()] : [];
}

function metricsOf(f: MonthFigures, id: string): Record<string, { plan: number; fact: number }> {
  const out: Record<string, { plan: number; fact: number }> = {};
  for (const [metric, pf] of f.byManager.get(id) ?? [])
    out[metric] = { plan: Math.max(0, pf.plan), fact: pf.fact };
  return out;
}

/** A row of the month tab's days laid on the calendar days from..to (a missing column counts as 0). */
function onCalendar(f: MonthFigures, facts: readonly number[] | undefined, from: Day, to: Day): number[] {
  const out = new Array<number>(to - from + 1).fill(0);
  if (!facts) return out;
  f.days.forEach((d, i) => {
    if (d >= from && d <= to) out[d - from] = facts[i] ?? 0;
  });
  return out;
}

function planOnCalendar(byDay: readonly number[], workdays: readonly Day[], from: Day, to: Day): number[] {
  const out = new Array<number>(to - from + 1).fill(0);
  workdays.forEach((d, i) => {
    if (d >= from && d <= to) out[d - from] = byDay[i] ?? 0;
  });
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

// ---------------------------------------------------------------------------------------------------
// The tab: the sections in report-tables.ts and report-sections.ts, assembled here

/** Where each part landed on the tab (for tests and for the charts). */
export interface ReportLayout {
  headlineRow: number;
  forecastRow: number;
  rankingRow: number;
  funnelRow: number;
  bottleneckRow: number;
  bonusRow: number;
  chartRows: { planVsFact: number; cumulative: number; funnel: number };
}

export function reportGrid(r: MonthlyReport, o: GridOptions): Grid & { layout: ReportLayout } {
  const days = r.to - r.from + 1;
  const funnelStages = r.funnel ? r.funnel.stages.length : 0;
  const funnelManagers = r.funnel ? r.funnel.managers.length : 0;
  const rows = 60 + r.metrics.length + 2 * r.ranking.length + days + 2 * funnelStages + funnelManagers;
  const g = new Grid(rows, CHART_COL + 7) as Grid & { layout: ReportLayout };
  titleBlock(g, r, o);

  const w = new TableWriter(g, REPORT.firstSectionRow, TABLE_COLS);
  const headlineRow = headlineSection(w, r, o);
  const forecastRow = forecastSection(w, r, o);
  const rankingRow = rankingSection(w, r, o);
  const { funnelRow, bottleneckRow } = funnelSection(w, r, o);
  const bonusRow = bonusSection(w, r, o);
  const chartRows = chartSection(w, r, o);

  g.widths[1] = 260;
  for (let c = 2; c <= TABLE_COLS; c++) g.widths[c] = 115;
  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  g.layout = { headlineRow, forecastRow, rankingRow, funnelRow, bottleneckRow, bonusRow, chartRows };
  return g;
}
