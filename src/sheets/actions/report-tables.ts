import { ymdOf } from '../../core/dates';
import type { OwnPace } from '../../core/own-days';
import type { MonthlyReport } from '../../core/report';
import { formatDay, formatPercent, t } from '../../i18n';
import { FORMAT, moneyFormat } from '../formats';
import { rect } from '../grid';
import { type LabelLine, labelLines } from '../label-lines';
import { metricLabel } from '../labels';
import { monthKey } from '../tabs';
import { type GridOptions, MAIN_BG, reportFormats, TABLE_COLS } from './report-writer';
import type { TableWriter } from './table-writer';

/**
 * The report's tables of figures to date: the headline per metric and the managers' ranking, each with plan
 * to date, completion to date, forecast and needed per day on own working days (see core/report-pace.ts),
 * and the light of the month tab; then the forecast against the result.
 */

/** The columns of the figures to date, from `col` on: plan to date … needed per day. */
function paceHeads(o: GridOptions, deviation: boolean): string[] {
  const { lang } = o;
  return [
    t('month.planToDate', lang),
    t('month.completionToDate', lang),
    ...(deviation ? [t('rep.col.deviation', lang)] : []),
    t('month.forecast', lang),
    t('rep.col.forecastCompletion', lang),
    t('month.pace', lang),
  ];
}

/** Writes the figures to date from column `col`; returns the next column. */
function putPace(
  w: TableWriter,
  row: number,
  col: number,
  p: OwnPace | null,
  o: GridOptions,
  metric: string,
  deviation?: number,
): number {
  const { amount, pace } = reportFormats(o, metric);
  const cells: [number | null, string][] = [
    [p ? p.planToDate : null, amount],
    [p ? p.completionToDate : null, FORMAT.completion],
    ...(deviation !== undefined ? [[deviation, amount] as [number, string]] : []),
    [p ? p.forecast : null, amount],
    [p ? p.forecastCompletion : null, FORMAT.completion],
  ];
  cells.forEach(([v, format], i) => {
    w.put(row, col + i, v, format);
  });
  const neededCol = col + cells.length;
  if (p && noDaysLeft(p)) w.g.text(row, neededCol, t('month.noDaysLeft', o.lang));
  else w.put(row, neededCol, p ? p.needed : null, pace);
  return neededCol + 1;
}

/**
 * Nothing remains and the plan is not met: a person's needed per day is null then; the department's sum
 * would read 0 once nobody has a day left, which would say "nothing missing".
 */
function noDaysLeft(p: OwnPace): boolean {
  return p.needed === null || (p.remaining === 0 && p.fact < p.plan);
}

/** Headline: per metric, plan, fact, completion, the figures to date, and the change against last month. */
export function headlineSection(w: TableWriter, r: MonthlyReport, o: GridOptions): number {
  const { lang } = o;
  const label = (id: string) => metricLabel(id, o.settings.funnel, lang);
  w.section(t('rep.headline', lang));
  const headlineRow = w.row;
  w.header([
    t('month.metric', lang),
    t('month.plan', lang),
    t('month.fact', lang),
    t('rep.col.completion', lang),
    ...paceHeads(o, true),
    t('rep.col.previousFact', lang),
    t('rep.col.change', lang),
    t('rep.col.changePct', lang),
  ]);
  for (const h of r.metrics) {
    const row = w.row;
    w.g.text(row, 1, label(h.metric));
    const { amount } = reportFormats(o, h.metric);
    w.put(row, 2, h.plan, amount);
    w.put(row, 3, h.fact, amount);
    w.put(row, 4, h.completion, FORMAT.completion);
    const next = putPace(w, row, 5, h.pace, o, h.metric, h.deviation);
    w.put(row, next, h.previousFact, amount);
    w.put(row, next + 1, h.change, amount);
    w.put(row, next + 2, h.changePct, FORMAT.completion);
    // The main metric in bold, its name shaded (a shaded row would read as a green light).
    if (h.metric === r.mainMetric) w.g.bold(rect(row, 1, 1, TABLE_COLS)).background(rect(row, 1), MAIN_BG);
    w.light(rect(row, 4, 1, next - 4), h.light);
    w.row++;
  }
  const { redBelow, amberBelow } = o.settings.plan;
  const open = o.today <= r.to;
  w.line(
    t(open ? 'rep.toDateNote' : 'rep.toDateNoteFinal', lang, {
      date: formatDay(o.today, lang),
      red: formatPercent(redBelow, lang, 0),
      amber: formatPercent(amberBelow, lang, 0),
    }),
  );
  if (!o.previousName) {
    const prev = ymdOf(r.from - 1);
    w.line(t('rep.noPrevious', lang, { month: monthKey(prev.year, prev.month) }));
  }
  w.row++;
  return headlineRow;
}

/** The forecast against the result (the main metric): the result and the miss only once the month is over. */
export function forecastSection(w: TableWriter, r: MonthlyReport, o: GridOptions): number {
  const { lang } = o;
  const open = o.today <= r.to;
  const forecastRow = w.row;
  if (r.forecast) {
    const f = r.forecast;
    const metric = metricLabel(r.mainMetric, o.settings.funnel, lang);
    const { amount } = reportFormats(o, r.mainMetric);
    const pairs: LabelLine[] = [
      [
        t('rep.forecast', lang, { metric, date: formatDay(f.asOf ?? r.generatedOn, lang) }),
        f.forecast,
        amount,
      ],
      [t(open ? 'rep.resultSoFar' : 'rep.result', lang), f.result, amount],
    ];
    // Accuracy is a share where a tenth of a percent tells one forecast from another.
    if (!open)
      pairs.push(
        [t('rep.miss', lang), f.miss, amount],
        [t('rep.accuracy', lang), f.accuracy, FORMAT.conversion],
      );
    labelLines(w.g, w.row, 1, pairs);
    w.row += pairs.length;
  } else w.line(t('rep.noForecast', lang));
  w.row++;
  return forecastRow;
}

/** Managers ranked by completion to date of the main metric, each in the month tab's light. */
export function rankingSection(w: TableWriter, r: MonthlyReport, o: GridOptions): number {
  const { lang } = o;
  w.section(t('rep.ranking', lang, { metric: metricLabel(r.mainMetric, o.settings.funnel, lang) }));
  const rankingRow = w.row;
  const withBonus = r.bonus !== null;
  w.header([
    t('rep.col.rank', lang),
    t('col.name', lang),
    t('month.plan', lang),
    t('month.fact', lang),
    t('rep.col.completion', lang),
    ...paceHeads(o, false),
    ...(withBonus ? [t('rep.col.bonus', lang)] : []),
  ]);
  const { amount } = reportFormats(o, r.mainMetric);
  const money = moneyFormat(o.settings.plan.currency);
  for (const m of r.ranking) {
    const row = w.row;
    w.g.set(row, 1, m.rank);
    w.g.text(row, 2, m.name);
    w.put(row, 3, m.plan, amount);
    w.put(row, 4, m.fact, amount);
    w.put(row, 5, m.completion, FORMAT.completion);
    const next = putPace(w, row, 6, m.pace, o, r.mainMetric);
    if (withBonus) w.put(row, next, m.bonus, money);
    w.light(rect(row, 5, 1, next - 5), m.light);
    w.row++;
  }
  // The place centered: a right-aligned number would touch the name beside it.
  w.g.align(rect(rankingRow, 1, w.row - rankingRow, 1), 'center');
  w.row++;
  return rankingRow;
}
