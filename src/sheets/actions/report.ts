import { isBlank, readNumber } from '../../core/cells';
import { type Day, firstOfMonth, isoString, lastOfMonth, parseDayText, ymdOf } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { isDomainError } from '../../core/errors';
import { stageImpacts } from '../../core/funnel';
import {
  buildMonthlyReport,
  type MonthlyReport,
  type MonthlyReportInput,
  type ReportManagerInput,
} from '../../core/report';
import { errorText, formatNumber, formatPercent, type Lang, t } from '../../i18n';
import { type Action, type ActionContext, notify, toast } from '../context';
import { Grid, rect } from '../grid';
import { metricLabel } from '../labels';
import { loadMonth } from '../month-data';
import { MONTH, type MonthFigures } from '../month-layout';
import { askMonth } from '../month-prompt';
import { findMonthTab, monthFigures, readMonthTab } from '../month-tab';
import { Problems } from '../problems';
import type { Settings } from '../settings';
import { bonusTabName, findGeneratedSheet, monthTabName, reportTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { LAYOUT as BONUS_LAYOUT, readBonusStatus } from './bonus';
import { forecastSection, headlineSection, rankingSection } from './report-tables';
import { type GridOptions, MONEY, PERCENT, ReportWriter, TABLE_COLS } from './report-writer';
import { dateText } from './today';

const BOTTLENECK_BG = '#f4cccc';
/** The charts sit to the right of the tables. */
const CHART_COL = TABLE_COLS + 2;
const CHART_ROWS = 20;

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
// The tab

export const REPORT = {
  titleRow: 1,
  /** The generation date as an ISO text (a regenerated report's old version is named after it). */
  stampRow: 2,
  /** Column H, where the first version put it too (an old report keeps its date when set aside). */
  stampCol: 8,
  firstSectionRow: 5,
} as const;

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
  const { lang } = o;
  const label = (id: string) => metricLabel(id, o.settings.funnel, lang);
  const days = r.to - r.from + 1;
  const funnelStages = r.funnel ? r.funnel.stages.length : 0;
  const funnelManagers = r.funnel ? r.funnel.managers.length : 0;
  const rows = 60 + r.metrics.length + 2 * r.ranking.length + days + 2 * funnelStages + funnelManagers;
  const g = new Grid(rows, CHART_COL + 7) as Grid & { layout: ReportLayout };
  const { year, month } = ymdOf(r.from);
  const mainLabel = label(r.mainMetric);
  const open = o.today <= r.to;

  g.text(REPORT.titleRow, 1, t('rep.title', lang, { month: t(`month.${month}`, lang), year: String(year) }));
  g.bold(rect(REPORT.titleRow, 1));
  g.text(2, 1, t('rep.generated', lang, { date: dateText(r.generatedOn, lang), monthTab: o.monthName }));
  g.text(REPORT.stampRow, REPORT.stampCol, isoString(r.generatedOn));
  g.fontColor(rect(REPORT.stampRow, REPORT.stampCol), '#999999');
  if (open) g.text(3, 1, t('rep.open', lang, { date: dateText(o.today, lang) }));
  g.fontColor(rect(2, 1, 2, 1), '#666666');

  const w = new ReportWriter(g, REPORT.firstSectionRow);
  const headlineRow = headlineSection(w, r, o);
  const forecastRow = forecastSection(w, r, o);
  const rankingRow = rankingSection(w, r, o);

  // The funnel, its conversions against the benchmarks, and the bottleneck.
  w.section(t('rep.funnel', lang));
  const funnelRow = w.row;
  let bottleneckRow = w.row;
  if (r.funnel) {
    const fn = r.funnel;
    const impacts =
      fn.team.bottleneck || fn.benchmark.some((b) => b !== null)
        ? stageImpacts(fn.team.counts, fn.benchmark)
        : [];
    w.header([
      t('rep.col.stage', lang),
      t('rep.col.count', lang),
      t('rep.col.conversion', lang),
      t('rep.col.benchmark', lang),
      t('rep.col.lost', lang),
    ]);
    fn.stages.forEach((stage, i) => {
      g.text(w.row, 1, stage);
      w.put(w.row, 2, fn.team.counts[i], MONEY);
      w.put(w.row, 3, fn.team.conversions[i], PERCENT);
      w.put(w.row, 4, fn.benchmark[i] ?? null, PERCENT);
      w.put(w.row, 5, impacts[i] ?? null, '#,##0.0');
      if (fn.team.bottleneck && fn.team.bottleneck.stage === i)
        g.background(rect(w.row, 1, 1, 5), BOTTLENECK_BG);
      w.row++;
    });
    g.text(w.row, 1, t('rep.overall', lang));
    w.put(w.row, 3, fn.team.overall, PERCENT);
    w.row++;
    bottleneckRow = w.row;
    const b = fn.team.bottleneck;
    w.line(
      b
        ? t('rep.bottleneck', lang, {
            stage: b.stageName,
            from: fn.stages[b.stage - 1],
            conversion: formatPercent(b.conversion, lang, 1),
            benchmark: formatPercent(b.benchmark, lang, 1),
            deals: formatNumber(b.dealsAdded, lang, 1),
          })
        : t('rep.noBottleneck', lang),
    );
    g.bold(rect(bottleneckRow, 1));
    w.row++;
    w.header([
      t('col.name', lang),
      t('rep.col.bottleneck', lang),
      t('rep.col.conversion', lang),
      t('rep.col.benchmark', lang),
      t('rep.col.lost', lang),
      t('rep.col.overall', lang),
    ]);
    for (const m of fn.managers) {
      g.text(w.row, 1, m.name);
      if (m.bottleneck) {
        g.text(w.row, 2, m.bottleneck.stageName);
        w.put(w.row, 3, m.bottleneck.conversion, PERCENT);
        w.put(w.row, 4, m.bottleneck.benchmark, PERCENT);
        w.put(w.row, 5, m.bottleneck.dealsAdded, '#,##0.0');
      } else g.text(w.row, 2, '—');
      w.put(w.row, 6, m.overall, PERCENT);
      w.row++;
    }
  } else w.line(t('rep.noFunnel', lang));
  w.row++;

  // The bonus fund.
  w.section(t('rep.bonus', lang));
  const bonusRow = w.row;
  if (r.bonus) {
    const pairs: [string, number | null, string][] = [
      [t('rep.bonusFund', lang), r.bonus.fund, MONEY],
      [t('rep.bonusManagers', lang), r.bonus.managers, MONEY],
      [t('rep.bonusHead', lang), r.bonus.head, MONEY],
      [t('rep.bonusShare', lang, { metric: mainLabel }), r.bonus.shareOfRevenue, PERCENT],
    ];
    for (const [text, v, format] of pairs) {
      g.text(w.row, 1, text);
      w.put(w.row, 2, v, format);
      w.row++;
    }
    w.line(t('rep.bonusSource', lang, { tab: o.bonusTab }));
    if (o.bonusPreliminaryAsOf)
      w.line(t('rep.bonusPreliminary', lang, { date: dateText(o.bonusPreliminaryAsOf, lang) }));
  } else w.line(t('rep.noBonus', lang, { tab: o.bonusTab }));
  w.row++;

  // The charts' data: small tables the charts point at.
  w.section(t('rep.chartData', lang));
  const chart = (
    type: 'column' | 'line' | 'bar',
    first: number,
    rowsCount: number,
    cols: number,
    title: string,
    at: number,
  ) =>
    g.charts.push({
      type,
      rect: rect(first, 1, rowsCount, cols),
      anchorRow: at,
      anchorCol: CHART_COL,
      title,
    });

  const planVsFact = w.row;
  w.header([t('col.name', lang), t('month.plan', lang), t('month.fact', lang)]);
  for (const p of r.charts.planVsFact) {
    g.text(w.row, 1, p.name);
    w.put(w.row, 2, p.plan, MONEY);
    w.put(w.row, 3, p.fact, MONEY);
    w.row++;
  }
  chart(
    'column',
    planVsFact,
    r.charts.planVsFact.length + 1,
    3,
    t('rep.chart.planVsFact', lang, { metric: mainLabel }),
    1,
  );
  w.row++;

  const cumulative = w.row;
  if (r.charts.cumulative) {
    w.header([t('rep.col.day', lang), t('rep.col.cumPlan', lang), t('rep.col.cumFact', lang)]);
    for (const c of r.charts.cumulative) {
      g.text(w.row, 1, shortDate(c.day, lang));
      w.put(w.row, 2, c.plan, MONEY);
      // An open month's line stops at today: the days after it have no facts yet.
      if (c.day <= o.today) w.put(w.row, 3, c.fact, MONEY);
      w.row++;
    }
    chart(
      'line',
      cumulative,
      r.charts.cumulative.length + 1,
      3,
      t('rep.chart.cumulative', lang, { metric: mainLabel }),
      1 + CHART_ROWS,
    );
    w.row++;
  }

  const funnelChart = w.row;
  if (r.charts.funnel) {
    w.header([t('rep.col.stage', lang), t('rep.col.count', lang)]);
    for (const s of r.charts.funnel) {
      g.text(w.row, 1, s.stage);
      w.put(w.row, 2, s.count, MONEY);
      w.row++;
    }
    chart('bar', funnelChart, r.charts.funnel.length + 1, 2, t('rep.chart.funnel', lang), 1 + 2 * CHART_ROWS);
  }

  g.widths[1] = 260;
  for (let c = 2; c <= TABLE_COLS; c++) g.widths[c] = 115;
  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  g.layout = {
    headlineRow,
    forecastRow,
    rankingRow,
    funnelRow,
    bottleneckRow,
    bonusRow,
    chartRows: { planVsFact, cumulative, funnel: funnelChart },
  };
  return g;
}

/** A day of the month for a chart axis: 05.11 in Russian, 11-05 in English. */
function shortDate(day: Day, lang: Lang): string {
  const { month, day: d } = ymdOf(day);
  const mm = String(month).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  return lang === 'ru' ? `${dd}.${mm}` : `${mm}-${dd}`;
}
