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
import { HEADER_BG, HEADER_FG } from '../settings/template';
import { bonusTabName, monthKey, monthTabName, reportTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { LAYOUT as BONUS_LAYOUT } from './bonus';
import { lights } from './month-grid';
import { dateText } from './today';

const SECTION_BG = '#d9e2f3';
const MAIN_BG = '#e2efda';
const BOTTLENECK_BG = '#f4cccc';
const MONEY = '#,##0';
const PERCENT = '0.0%';
/** Columns of the tables; the charts sit to their right. */
const TABLE_COLS = 8;
const CHART_COL = 10;
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
  const bonusTab =
    ctx.ss.getSheetByName(bonusTabName(year, month, ctx.lang)) ??
    ctx.ss.getSheetByName(bonusTabName(year, month, ctx.lang === 'ru' ? 'en' : 'ru'));
  const bonus = bonusTab ? readBonusTab(bonusTab.getDataRange().getValues(), figures, ctx.lang) : null;

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
  settings: Pick<Settings, 'calendar' | 'funnel'>;
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
    return {
      id,
      name: figures.names.get(id) ?? id,
      metrics: metricsOf(figures, id),
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

/** The month tab's daily facts laid on the calendar days from..to (a missing column counts as 0). */
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
  stampCol: TABLE_COLS,
  firstSectionRow: 5,
} as const;

interface GridOptions {
  lang: Lang;
  settings: Pick<Settings, 'funnel' | 'plan'>;
  monthName: string;
  today: Day;
  previousName: string | null;
  bonusTab: string;
}

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
  const g = new Grid(rows, Math.max(TABLE_COLS, CHART_COL + 7)) as Grid & { layout: ReportLayout };
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

  let row = REPORT.firstSectionRow;
  const section = (title: string) => {
    g.text(row, 1, title);
    g.bold(rect(row, 1)).background(rect(row, 1, 1, TABLE_COLS), SECTION_BG);
    row++;
  };
  const header = (heads: string[], col = 1) => {
    heads.forEach((h, i) => {
      g.text(row, col + i, h);
    });
    const hr = rect(row, col, 1, heads.length);
    g.bold(hr).background(hr, HEADER_BG).fontColor(hr, HEADER_FG);
    row++;
  };
  const put = (rr: number, c: number, v: number | null, format: string) => {
    if (v === null) return;
    g.set(rr, c, v);
    g.format(rect(rr, c), format);
  };
  const line = (text: string) => {
    g.text(row, 1, text);
    row++;
  };

  // Headline: plan, fact, completion, change against last month.
  section(t('rep.headline', lang));
  const headlineRow = row;
  header([
    t('month.metric', lang),
    t('month.plan', lang),
    t('month.fact', lang),
    t('rep.col.completion', lang),
    t('rep.col.deviation', lang),
    t('rep.col.previousFact', lang),
    t('rep.col.change', lang),
    t('rep.col.changePct', lang),
  ]);
  const headlineFirst = row;
  for (const h of r.metrics) {
    g.text(row, 1, label(h.metric));
    put(row, 2, h.plan, MONEY);
    put(row, 3, h.fact, MONEY);
    put(row, 4, h.completion, PERCENT);
    put(row, 5, h.deviation, MONEY);
    put(row, 6, h.previousFact, MONEY);
    put(row, 7, h.change, MONEY);
    put(row, 8, h.changePct, PERCENT);
    if (h.metric === r.mainMetric)
      g.bold(rect(row, 1, 1, TABLE_COLS)).background(rect(row, 1, 1, TABLE_COLS), MAIN_BG);
    row++;
  }
  lights(
    g,
    rect(headlineFirst, 4, r.metrics.length, 1),
    o.settings.plan.redBelow,
    o.settings.plan.amberBelow,
  );
  if (!o.previousName) {
    const prev = ymdOf(r.from - 1);
    line(t('rep.noPrevious', lang, { month: monthKey(prev.year, prev.month) }));
  }
  row++;

  // Forecast against result (the main metric).
  const forecastRow = row;
  if (r.forecast) {
    const f = r.forecast;
    const pairs: [string, number, string][] = [
      [
        t('rep.forecast', lang, { metric: mainLabel, date: dateText(f.asOf ?? r.generatedOn, lang) }),
        f.forecast,
        MONEY,
      ],
      [t(open ? 'rep.resultSoFar' : 'rep.result', lang), f.result, MONEY],
    ];
    // Forecast against result means something only once the month is over.
    if (!open)
      pairs.push([t('rep.miss', lang), f.miss, MONEY], [t('rep.accuracy', lang), f.accuracy, PERCENT]);
    for (const [text, v, format] of pairs) {
      g.text(row, 1, text);
      put(row, 2, v, format);
      row++;
    }
  } else line(t('rep.noForecast', lang));
  row++;

  // Managers ranked by completion of the main metric.
  section(t('rep.ranking', lang, { metric: mainLabel }));
  const rankingRow = row;
  const withBonus = r.bonus !== null;
  header([
    t('rep.col.rank', lang),
    t('col.name', lang),
    t('month.plan', lang),
    t('month.fact', lang),
    t('rep.col.completion', lang),
    ...(withBonus ? [t('rep.col.bonus', lang)] : []),
  ]);
  const rankingFirst = row;
  for (const m of r.ranking) {
    g.set(row, 1, m.rank);
    g.text(row, 2, m.name);
    put(row, 3, m.plan, MONEY);
    put(row, 4, m.fact, MONEY);
    put(row, 5, m.completion, PERCENT);
    if (withBonus) put(row, 6, m.bonus, MONEY);
    row++;
  }
  if (r.ranking.length > 0) {
    lights(
      g,
      rect(rankingFirst, 5, r.ranking.length, 1),
      o.settings.plan.redBelow,
      o.settings.plan.amberBelow,
    );
  }
  row++;

  // The funnel, its conversions against the benchmarks, and the bottleneck.
  section(t('rep.funnel', lang));
  const funnelRow = row;
  let bottleneckRow = row;
  if (r.funnel) {
    const fn = r.funnel;
    const impacts =
      fn.team.bottleneck || fn.benchmark.some((b) => b !== null)
        ? stageImpacts(fn.team.counts, fn.benchmark)
        : [];
    header([
      t('rep.col.stage', lang),
      t('rep.col.count', lang),
      t('rep.col.conversion', lang),
      t('rep.col.benchmark', lang),
      t('rep.col.lost', lang),
    ]);
    fn.stages.forEach((stage, i) => {
      g.text(row, 1, stage);
      put(row, 2, fn.team.counts[i], MONEY);
      put(row, 3, fn.team.conversions[i], PERCENT);
      put(row, 4, fn.benchmark[i] ?? null, PERCENT);
      put(row, 5, impacts[i] ?? null, '#,##0.0');
      if (fn.team.bottleneck && fn.team.bottleneck.stage === i)
        g.background(rect(row, 1, 1, 5), BOTTLENECK_BG);
      row++;
    });
    g.text(row, 1, t('rep.overall', lang));
    put(row, 3, fn.team.overall, PERCENT);
    row++;
    bottleneckRow = row;
    const b = fn.team.bottleneck;
    line(
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
    row++;
    header([
      t('col.name', lang),
      t('rep.col.bottleneck', lang),
      t('rep.col.conversion', lang),
      t('rep.col.benchmark', lang),
      t('rep.col.lost', lang),
      t('rep.col.overall', lang),
    ]);
    for (const m of fn.managers) {
      g.text(row, 1, m.name);
      if (m.bottleneck) {
        g.text(row, 2, m.bottleneck.stageName);
        put(row, 3, m.bottleneck.conversion, PERCENT);
        put(row, 4, m.bottleneck.benchmark, PERCENT);
        put(row, 5, m.bottleneck.dealsAdded, '#,##0.0');
      } else g.text(row, 2, '—');
      put(row, 6, m.overall, PERCENT);
      row++;
    }
  } else line(t('rep.noFunnel', lang));
  row++;

  // The bonus fund.
  section(t('rep.bonus', lang));
  const bonusRow = row;
  if (r.bonus) {
    const pairs: [string, number | null, string][] = [
      [t('rep.bonusFund', lang), r.bonus.fund, MONEY],
      [t('rep.bonusManagers', lang), r.bonus.managers, MONEY],
      [t('rep.bonusHead', lang), r.bonus.head, MONEY],
      [t('rep.bonusShare', lang, { metric: mainLabel }), r.bonus.shareOfRevenue, PERCENT],
    ];
    for (const [text, v, format] of pairs) {
      g.text(row, 1, text);
      put(row, 2, v, format);
      row++;
    }
    line(t('rep.bonusSource', lang, { tab: o.bonusTab }));
  } else line(t('rep.noBonus', lang, { tab: o.bonusTab }));
  row++;

  // The charts' data: small tables the charts point at.
  section(t('rep.chartData', lang));
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

  const planVsFact = row;
  header([t('col.name', lang), t('month.plan', lang), t('month.fact', lang)]);
  for (const p of r.charts.planVsFact) {
    g.text(row, 1, p.name);
    put(row, 2, p.plan, MONEY);
    put(row, 3, p.fact, MONEY);
    row++;
  }
  chart(
    'column',
    planVsFact,
    r.charts.planVsFact.length + 1,
    3,
    t('rep.chart.planVsFact', lang, { metric: mainLabel }),
    1,
  );
  row++;

  const cumulative = row;
  if (r.charts.cumulative) {
    header([t('rep.col.day', lang), t('rep.col.cumPlan', lang), t('rep.col.cumFact', lang)]);
    for (const c of r.charts.cumulative) {
      g.text(row, 1, shortDate(c.day, lang));
      put(row, 2, c.plan, MONEY);
      // An open month's line stops at today: the days after it have no facts yet.
      if (c.day <= o.today) put(row, 3, c.fact, MONEY);
      row++;
    }
    chart(
      'line',
      cumulative,
      r.charts.cumulative.length + 1,
      3,
      t('rep.chart.cumulative', lang, { metric: mainLabel }),
      1 + CHART_ROWS,
    );
    row++;
  }

  const funnelChart = row;
  if (r.charts.funnel) {
    header([t('rep.col.stage', lang), t('rep.col.count', lang)]);
    for (const s of r.charts.funnel) {
      g.text(row, 1, s.stage);
      put(row, 2, s.count, MONEY);
      row++;
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
