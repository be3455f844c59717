import { ymdOf } from '../../core/dates';
import { stageImpacts } from '../../core/funnel';
import type { MonthlyReport } from '../../core/report';
import {
  formatDay,
  formatDayMonth,
  formatNumber,
  formatPercent,
  type Lang,
  monthInText,
  t,
  type Written,
  written,
} from '../../i18n';
import { dateFormat, FORMAT, moneyFormat } from '../formats';
import { type Grid, rect, serialOf } from '../grid';
import { type LabelLine, labelLines } from '../label-lines';
import { metricLabel } from '../labels';
import { type GridOptions, reportFormats, TABLE_COLS } from './report-writer';
import type { TableWriter } from './table-writer';

/**
 * The report's sections after the tables of figures to date (see report-tables.ts): the title, the funnel
 * with its bottleneck, the bonus fund, and the small tables the charts point at.
 */

export const REPORT = {
  titleRow: 1,
  /** The generation date as a date cell (a regenerated report's old version is named after it). */
  stampRow: 2,
  /** Column H, where the first version put it too (an old report keeps its date when set aside). */
  stampCol: 8,
  firstSectionRow: 5,
} as const;

const BOTTLENECK_BG = '#f4cccc';
/** The charts sit to the right of the tables. */
export const CHART_COL = TABLE_COLS + 2;
const CHART_ROWS = 20;

/** The title, the generation line with its date stamp (greyed, read back by position), and the open-month note. */
export function titleBlock(g: Grid, r: MonthlyReport, o: GridOptions): void {
  const { lang } = o;
  const { year, month } = ymdOf(r.from);
  // Sentence case after the colon: «Отчёт о продажах: ноябрь 2026».
  g.text(REPORT.titleRow, 1, t('rep.title', lang, { month: monthInText(month, lang), year: String(year) }));
  g.bold(rect(REPORT.titleRow, 1));
  g.text(2, 1, t('rep.generated', lang, { date: formatDay(r.generatedOn, lang), monthTab: o.monthName }));
  g.set(REPORT.stampRow, REPORT.stampCol, serialOf(r.generatedOn));
  g.format(rect(REPORT.stampRow, REPORT.stampCol), dateFormat(lang));
  g.fontColor(rect(REPORT.stampRow, REPORT.stampCol), '#999999');
  if (o.today <= r.to) g.text(3, 1, t('rep.open', lang, { date: formatDay(o.today, lang) }));
  g.fontColor(rect(2, 1, 2, 1), '#666666');
}

type Funnel = NonNullable<MonthlyReport['funnel']>;

/** The funnel, its conversions against the benchmarks, and the bottleneck; returns where they start. */
export function funnelSection(
  w: TableWriter,
  r: MonthlyReport,
  o: GridOptions,
): { funnelRow: number; bottleneckRow: number } {
  w.section(t('rep.funnel', o.lang));
  const funnelRow = w.row;
  let bottleneckRow = w.row;
  if (r.funnel) {
    funnelStages(w, r.funnel, o.lang);
    bottleneckRow = w.row;
    bottleneckLine(w, r.funnel, o.lang);
    w.row++;
    managerBottlenecks(w, r.funnel, o.lang);
  } else w.line(t('rep.noFunnel', o.lang));
  w.row++;
  return { funnelRow, bottleneckRow };
}

/** The team's stages: count, conversion, benchmark and deals lost, the bottleneck stage highlighted. */
function funnelStages(w: TableWriter, fn: Funnel, lang: Lang): void {
  const { g } = w;
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
    w.put(w.row, 2, fn.team.counts[i], FORMAT.count);
    w.put(w.row, 3, fn.team.conversions[i], FORMAT.conversion);
    w.put(w.row, 4, fn.benchmark[i] ?? null, FORMAT.conversion);
    w.put(w.row, 5, impacts[i] ?? null, FORMAT.dealsLost);
    if (fn.team.bottleneck && fn.team.bottleneck.stage === i)
      g.background(rect(w.row, 1, 1, 5), BOTTLENECK_BG);
    w.row++;
  });
  g.text(w.row, 1, t('rep.overall', lang));
  w.put(w.row, 3, fn.team.overall, FORMAT.conversion);
  w.row++;
}

/** The team's bottleneck in words (bold), or that there is none. */
function bottleneckLine(w: TableWriter, fn: Funnel, lang: Lang): void {
  const row = w.row;
  const b = fn.team.bottleneck;
  w.line(
    b
      ? t('rep.bottleneck', lang, {
          stage: b.stageName,
          from: fn.stages[b.stage - 1],
          conversion: formatPercent(b.conversion, lang, 1),
          benchmark: formatPercent(b.benchmark, lang, 1),
          deals: wholeDeals(b.dealsAdded, lang),
        })
      : t('rep.noBottleneck', lang),
  );
  w.g.bold(rect(row, 1));
}

/**
 * The deals the benchmark would add, as a sentence says them: a count of deals is whole, so rounded half up
 * (10.2 → 10, 10.5 → 11); below half a deal the fraction is kept (0.3), as "0 more deals" would say nothing.
 */
function wholeDeals(deals: number, lang: Lang): number | Written {
  return deals >= 0.5 ? Math.round(deals) : written(formatNumber(deals, lang, 1), deals);
}

/** Each manager's bottleneck and overall conversion. */
function managerBottlenecks(w: TableWriter, fn: Funnel, lang: Lang): void {
  const { g } = w;
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
      w.put(w.row, 3, m.bottleneck.conversion, FORMAT.conversion);
      w.put(w.row, 4, m.bottleneck.benchmark, FORMAT.conversion);
      w.put(w.row, 5, m.bottleneck.dealsAdded, FORMAT.dealsLost);
    } else g.text(w.row, 2, '—');
    w.put(w.row, 6, m.overall, FORMAT.conversion);
    w.row++;
  }
}

/** The bonus fund from the Bonus tab, its source and whether it is preliminary; returns where it starts. */
export function bonusSection(w: TableWriter, r: MonthlyReport, o: GridOptions): number {
  const { lang } = o;
  w.section(t('rep.bonus', lang));
  const bonusRow = w.row;
  if (r.bonus) {
    const mainLabel = metricLabel(r.mainMetric, o.settings.funnel, lang);
    const money = moneyFormat(o.settings.plan.currency);
    const pairs: LabelLine[] = [
      [t('rep.bonusFund', lang), r.bonus.fund, money],
      [t('rep.bonusManagers', lang), r.bonus.managers, money],
      [t('rep.bonusHead', lang), r.bonus.head, money],
      [t('rep.bonusShare', lang, { metric: mainLabel }), r.bonus.shareOfRevenue, FORMAT.conversion],
    ];
    labelLines(w.g, w.row, 1, pairs);
    w.row += pairs.length;
    w.line(t('rep.bonusSource', lang, { tab: o.bonusTab }));
    if (o.bonusPreliminaryAsOf)
      w.line(t('rep.bonusPreliminary', lang, { date: formatDay(o.bonusPreliminaryAsOf, lang) }));
  } else w.line(t('rep.noBonus', lang, { tab: o.bonusTab }));
  w.row++;
  return bonusRow;
}

/** A chart over the table at `first` (its header included), anchored right of the tables at row `at`. */
function addChart(
  g: Grid,
  type: 'column' | 'line' | 'bar',
  table: { first: number; rows: number; cols: number },
  title: string,
  at: number,
): void {
  g.charts.push({
    type,
    rect: rect(table.first, 1, table.rows, table.cols),
    anchorRow: at,
    anchorCol: CHART_COL,
    title,
  });
}

/** The charts' data: small tables the charts point at; returns where each table starts. */
export function chartSection(
  w: TableWriter,
  r: MonthlyReport,
  o: GridOptions,
): { planVsFact: number; cumulative: number; funnel: number } {
  w.section(t('rep.chartData', o.lang));
  const mainLabel = metricLabel(r.mainMetric, o.settings.funnel, o.lang);
  const planVsFact = planVsFactChart(w, r, o, mainLabel);
  const cumulative = cumulativeChart(w, r, o, mainLabel);
  const funnel = funnelChart(w, r, o);
  return { planVsFact, cumulative, funnel };
}

/** Plan against fact of the main metric per manager (a column chart). */
function planVsFactChart(w: TableWriter, r: MonthlyReport, o: GridOptions, mainLabel: string): number {
  const { g } = w;
  const { lang } = o;
  const first = w.row;
  const { amount } = reportFormats(o, r.mainMetric);
  w.header([t('col.name', lang), t('month.plan', lang), t('month.fact', lang)]);
  for (const p of r.charts.planVsFact) {
    g.text(w.row, 1, p.name);
    w.put(w.row, 2, p.plan, amount);
    w.put(w.row, 3, p.fact, amount);
    w.row++;
  }
  const table = { first, rows: r.charts.planVsFact.length + 1, cols: 3 };
  addChart(g, 'column', table, t('rep.chart.planVsFact', lang, { metric: mainLabel }), 1);
  w.row++;
  return first;
}

/** The cumulative plan and fact of the main metric by day (a line chart); nothing without a daily plan. */
function cumulativeChart(w: TableWriter, r: MonthlyReport, o: GridOptions, mainLabel: string): number {
  const { g } = w;
  const { lang } = o;
  const first = w.row;
  if (!r.charts.cumulative) return first;
  const { amount } = reportFormats(o, r.mainMetric);
  w.header([t('rep.col.day', lang), t('rep.col.cumPlan', lang), t('rep.col.cumFact', lang)]);
  for (const c of r.charts.cumulative) {
    g.text(w.row, 1, formatDayMonth(c.day, lang));
    w.put(w.row, 2, c.plan, amount);
    // An open month's line stops at today: the days after it have no facts yet.
    if (c.day <= o.today) w.put(w.row, 3, c.fact, amount);
    w.row++;
  }
  const table = { first, rows: r.charts.cumulative.length + 1, cols: 3 };
  addChart(g, 'line', table, t('rep.chart.cumulative', lang, { metric: mainLabel }), 1 + CHART_ROWS);
  w.row++;
  return first;
}

/** The team's funnel counts (a bar chart); nothing without a funnel. */
function funnelChart(w: TableWriter, r: MonthlyReport, o: GridOptions): number {
  const { g } = w;
  const first = w.row;
  if (!r.charts.funnel) return first;
  w.header([t('rep.col.stage', o.lang), t('rep.col.count', o.lang)]);
  for (const s of r.charts.funnel) {
    g.text(w.row, 1, s.stage);
    w.put(w.row, 2, s.count, FORMAT.count);
    w.row++;
  }
  const table = { first, rows: r.charts.funnel.length + 1, cols: 2 };
  addChart(g, 'bar', table, t('rep.chart.funnel', o.lang), 1 + 2 * CHART_ROWS);
  return first;
}
