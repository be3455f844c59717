import { dayOfInstant, isDateValue } from '../../core/cells';
import { isoString, parseDayText } from '../../core/dates';
import { isDomainError } from '../../core/errors';
import { buildMonthlyReport, type MonthlyReport } from '../../core/report';
import { errorText, t } from '../../i18n';
import { type Action, type ActionContext, noteWritten, notify, toast } from '../context';
import { Grid, rect } from '../grid';
import { loadMonth } from '../month-data';
import type { MonthFigures } from '../month-layout';
import { askMonth } from '../month-prompt';
import { monthFigures, monthTabOnce } from '../month-tab';
import { Problems } from '../problems';
import { bonusTabName, findGeneratedTab, freeTabName, monthTabName, reportTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { readBonusStatus } from './bonus';
import { readBonusTab, reportInput } from './report-input';
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
  const bonusTab = findGeneratedTab(ctx.ss, (lang) => bonusTabName(year, month, lang), ctx.lang);
  const bonusValues = bonusTab ? bonusTab.sheet.getDataRange().getValues() : null;
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
    bonusTab: bonusTab ? bonusTab.name : bonusTabName(year, month, ctx.lang),
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
  try {
    const content = monthTabOnce(ctx, year, month);
    return content && monthFigures(content);
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
  const stamp: unknown = sheet.getRange(REPORT.stampRow, REPORT.stampCol).getValue();
  // A date cell; a report made before dates were shown in the locale's form holds an ISO text.
  const generated = isDateValue(stamp)
    ? dayOfInstant(stamp, ctx.timeZone)
    : typeof stamp === 'string'
      ? parseDayText(stamp.replace(/^'/, ''))
      : undefined;
  const base = `${name} (${isoString(generated ?? ctx.today)})`;
  const dated = freeTabName(ctx.ss, base);
  sheet.setName(dated);
  noteWritten(ctx, dated);
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
  // Set first: the label lines (label-lines.ts) merge as many columns as their labels need by these widths.
  // Column A is as wide as a name or a stage needs (fitting widens it); longer labels are merged across.
  g.widths[1] = 180;
  for (let c = 2; c <= TABLE_COLS; c++) g.widths[c] = 115;
  titleBlock(g, r, o);

  const w = new TableWriter(g, REPORT.firstSectionRow, TABLE_COLS);
  const headlineRow = headlineSection(w, r, o);
  const forecastRow = forecastSection(w, r, o);
  const rankingRow = rankingSection(w, r, o);
  const { funnelRow, bottleneckRow } = funnelSection(w, r, o);
  const bonusRow = bonusSection(w, r, o);
  const chartRows = chartSection(w, r, o);

  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  g.layout = { headlineRow, forecastRow, rankingRow, funnelRow, bottleneckRow, bonusRow, chartRows };
  return g;
}
