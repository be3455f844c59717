import { roundMoney } from '../../core/allocate';
import type { NextStep, Scheme, SchemeResult } from '../../core/bonus';
import { makeCalendar } from '../../core/calendar';
import { type Day, isoString, parseDayText, ymdOf } from '../../core/dates';
import { formatNumber, formatPercent, type Lang, t } from '../../i18n';
import { formatDate } from '../../i18n/format';
import { type Action, type ActionContext, notify, toast } from '../context';
import { recordFacts } from '../facts-log';
import { Grid, rect } from '../grid';
import { askMonth } from '../month-prompt';
import { findMonthTab, monthFigures, readMonthTab } from '../month-tab';
import { Problems } from '../problems';
import { readTabValues } from '../settings';
import { CALENDAR_CELLS, readCalendarSettings } from '../settings/calendar';
import { readMotivation } from '../settings/motivation';
import { readPlanCurrency, readProrateSalary } from '../settings/plan';
import type { TableContext } from '../settings/table';
import { type Person, readTeam } from '../settings/team';
import { bonusTabName, findGeneratedSheet, monthKey, monthTabName } from '../tabs';
import { writeGrid } from '../write-grid';
import { type BonusCalculation, type BonusRow, computeBonuses } from './bonus-compute';

export { type BonusCalculation, type BonusRow, computeBonuses, trailText } from './bonus-compute';

/**
 * Menu: Calculate bonuses for a month → the tab "Bonus YYYY-MM": each person's plan, fact, attainment, scheme,
 * component amounts, total and the trail of how it was made; then the bonus fund and its share of revenue.
 * Any problem in Team, Motivation or the month tab is listed in one dialog and nothing is written.
 */
export const bonusAction: Action<[number, number]> = {
  ask: (ctx) => askMonth(ctx, 'menu.bonuses'),
  run: (ctx, [year, month]) => calculateBonuses(ctx, year, month),
};

export function calculateBonuses(ctx: ActionContext, year: number, month: number): void {
  const { lang } = ctx;
  const problems = new Problems();
  const tabs = readTabValues(ctx, ['team', 'motivation', 'plan', 'calendar'], problems);
  const monthSheet = findMonthTab(ctx.ss, year, month);
  const monthContent = monthSheet ? readMonthTab(monthSheet) : undefined;
  const monthName = monthContent?.name ?? monthTabName(year, month);
  if (!monthContent) problems.add(monthName, undefined, undefined, 'bonus.noMonthTab', { tab: monthName });
  const table = (tab: string): TableContext => ({ tab, lang, timeZone: ctx.timeZone, problems });
  const people = tabs.team ? readTeam(tabs.team.values, table(tabs.team.name)) : [];
  const schemes = tabs.motivation
    ? readMotivation(tabs.motivation.values, table(tabs.motivation.name))
    : undefined;
  // Of the Plan tab only what the bonus needs: salary for the days worked, and the currency of the steps.
  const prorateSalary = tabs.plan ? readProrateSalary(tabs.plan.values, table(tabs.plan.name)) : true;
  const currency = tabs.plan ? readPlanCurrency(tabs.plan.values, table(tabs.plan.name)) : 'RUB';
  const calendarSettings = tabs.calendar
    ? readCalendarSettings(tabs.calendar.values, people, table(tabs.calendar.name))
    : undefined;
  const calendar =
    calendarSettings && tabs.calendar
      ? problems.catch(tabs.calendar.name, CALENDAR_CELLS.country.row, CALENDAR_CELLS.country.col, () =>
          makeCalendar(calendarSettings.country, calendarSettings.overrides),
        )
      : undefined;
  if (!tabs.team || !schemes || !monthContent || !calendar || !calendarSettings) {
    notify(ctx, problems.text(lang));
    return;
  }
  recordFacts(ctx, monthContent.facts);
  const previous = previousBalances(ctx, year, month);
  const result = computeBonuses({
    people,
    schemes,
    figures: monthFigures(monthContent),
    year,
    month,
    lang,
    drawBalances: previous,
    teamTab: tabs.team.name,
    motivationTab: tabs.motivation!.name,
    monthTab: monthName,
    problems,
    today: ctx.today,
    calendar,
    absences: calendarSettings.absences,
    prorateSalary,
  });
  if (!problems.empty) {
    notify(ctx, problems.text(lang));
    return;
  }
  const monthText = `${monthWord(month, lang)} ${year}`;
  const grid = bonusGrid(result, {
    lang,
    currency,
    title: result.preliminary
      ? t('bonus.titlePreliminary', lang, { month: monthText, date: dateText(ctx.today, lang) })
      : t('bonus.title', lang, { month: monthText }),
    generated: t('bonus.generated', lang, {
      date: isoString(ctx.today),
      team: tabs.team.name,
      motivation: tabs.motivation!.name,
      monthTab: monthName,
    }),
  });
  // The trail (and the steps) are several lines per person: wrap them and align the table to the top
  // (two or three calls for any team).
  const tableRect = rect(LAYOUT.firstRow, 1, Math.max(result.rows.length, 1), grid.cols);
  const steps = grid.values[LAYOUT.keyRow - 1].indexOf('nextStep') + 1;
  const wrapTrail = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => {
    sheet.getRange(tableRect.row, grid.cols, tableRect.rows, 1).setWrap(true);
    if (steps > 0) sheet.getRange(tableRect.row, steps, tableRect.rows, 1).setWrap(true);
    sheet.getRange(tableRect.row, 1, tableRect.rows, tableRect.cols).setVerticalAlignment('top');
  };
  writeGrid(ctx.ss, bonusTabName(year, month, lang), grid, {
    protectionNote: t('protect.generated', lang),
    written: ctx.written,
    beforeSwap: wrapTrail,
  }).activate();
  toast(ctx, 'toast.bonusDone', { month: monthKey(year, month) });
  if (result.exceptions.length) notify(ctx, exceptionsText(result, lang));
}

/** The dialog after a run with exceptions: who was paid, who was not and why. */
function exceptionsText(result: BonusCalculation, lang: Lang): string {
  const paid = result.rows.filter((r) => r.result).length;
  return [
    t('bonus.exceptions', lang, { paid, count: result.exceptions.length }),
    '',
    ...result.exceptions.map((e) => `• ${e}`),
  ].join('\n');
}

const dateText = (d: Day, lang: Lang) => {
  const { year, month, day } = ymdOf(d);
  return formatDate(year, month, day, lang);
};

/** «ноябрь» inside a Russian sentence, "November" in English. */
const monthWord = (month: number, lang: Lang) =>
  lang === 'ru' ? t(`month.${month}`, lang).toLowerCase() : t(`month.${month}`, lang);

/**
 * Where things sit on the Bonus tab. Row 3 (hidden) names each column, so a later month (and the Report)
 * can read it back; the hidden column A holds the status: A1 "final" or "preliminary", A2 the as-of date.
 */
export const LAYOUT = {
  titleRow: 1,
  infoRow: 2,
  keyRow: 3,
  headerRow: 4,
  firstRow: 5,
  status: { row: 1, col: 1 },
  asOf: { row: 2, col: 1 },
} as const;

export type BonusStatus = { final: boolean; asOf: Day | null };

/**
 * Whether a Bonus tab is final (the month was over when it was calculated) or preliminary, and as of which
 * day. A tab made before the status existed says nothing: null.
 */
export function readBonusStatus(values: unknown[][]): BonusStatus | null {
  const status = values[LAYOUT.status.row - 1]?.[LAYOUT.status.col - 1];
  if (status !== 'final' && status !== 'preliminary') return null;
  const asOf = values[LAYOUT.asOf.row - 1]?.[LAYOUT.asOf.col - 1];
  return { final: status === 'final', asOf: typeof asOf === 'string' ? (parseDayText(asOf) ?? null) : null };
}

const MONEY = '#,##0.00';
const PERCENT = '0.0%';
const SECTION_BG = '#d9e2f3';
const EXCEPTION_BG = '#f4cccc';
const FORECAST_BG = '#fff2cc';

const schemeText = (s: Scheme) => (s.name === s.id ? s.id : `${s.name} (${s.id})`);

const CURRENCY_SIGN: Record<string, string> = { RUB: '₽', USD: '$', EUR: '€', KZT: '₸', BYN: 'Br' };
const MONEY_METRICS = ['revenue', 'margin', 'receipts'];

/** "+340 000 ₽ до 7 %": what the fact so far still misses to one step (rounded up: enough, never short). */
export function stepText(step: NextStep, lang: Lang, currency: string): string {
  const up = Math.ceil(step.missing - 1e-9);
  const unit = MONEY_METRICS.includes(step.metric) ? ` ${CURRENCY_SIGN[currency] ?? currency}` : '';
  const missing = `+${formatNumber(up, lang, 0)}${unit}`;
  const metric = step.metric === 'revenue' ? '' : `${t(`bonus.metric.${step.metric}`, lang)}: `;
  const r = step.reach;
  const params: Record<string, string> = { missing };
  if (r.type === 'tier') params.rate = formatPercent(r.rate, lang);
  if (r.type === 'band') params.mult = formatNumber(r.multiplier, lang, 4);
  if (r.type === 'curve') params.coef = formatPercent(r.coefficient, lang);
  if (r.type === 'gate') params.min = formatPercent(r.min, lang);
  if (r.type === 'pool') params.threshold = formatPercent(r.threshold, lang);
  const code = r.type === 'tier' && r.mode === 'retro' ? 'bonus.step.tierRetro' : `bonus.step.${r.type}`;
  return metric + t(code, lang, params);
}

export function bonusGrid(
  calc: BonusCalculation,
  o: { lang: Lang; title: string; generated: string; currency?: string },
): Grid {
  const { lang } = o;
  const currency = o.currency ?? 'RUB';
  type Column = { key: string; head: string; note?: string; width: number; format?: string };
  const forecastColumns: Column[] = calc.preliminary
    ? [
        {
          key: 'forecastFact',
          head: t('bonus.col.forecastFact', lang),
          note: t('bonus.note.forecastFact', lang),
          width: 120,
          format: MONEY,
        },
        {
          key: 'forecastAttainment',
          head: t('bonus.col.forecastAttainment', lang),
          width: 95,
          format: PERCENT,
        },
        {
          key: 'forecastTotal',
          head: t('bonus.col.forecastTotal', lang),
          note: t('bonus.note.forecastTotal', lang),
          width: 125,
          format: MONEY,
        },
        { key: 'forecastVariable', head: t('bonus.col.forecastVariable', lang), width: 125, format: MONEY },
        {
          key: 'nextStep',
          head: t('bonus.col.nextStep', lang),
          note: t('bonus.note.nextStep', lang),
          width: 260,
        },
      ]
    : [];
  const columns: Column[] = [
    { key: 'id', head: 'ID', width: 60 },
    { key: 'name', head: t('bonus.col.name', lang), width: 180 },
    { key: 'role', head: t('col.role', lang), width: 110 },
    { key: 'scheme', head: t('bonus.col.scheme', lang), width: 200 },
    {
      key: 'plan',
      head: t('bonus.col.plan', lang),
      note: t('bonus.note.department', lang),
      width: 120,
      format: MONEY,
    },
    {
      key: 'fact',
      head: t('bonus.col.fact', lang),
      note: t('bonus.note.department', lang),
      width: 120,
      format: MONEY,
    },
    { key: 'attainment', head: t('bonus.col.attainment', lang), width: 95, format: PERCENT },
    ...calc.kinds.map((k) => ({
      key: `kind.${k}`,
      head: t(`bonus.kind.${k}`, lang),
      width: 115,
      format: MONEY,
    })),
    {
      key: 'total',
      head: t(calc.preliminary ? 'bonus.col.totalSoFar' : 'bonus.col.total', lang),
      width: 125,
      format: MONEY,
    },
    { key: 'variable', head: t('bonus.col.variable', lang), width: 125, format: MONEY },
    ...forecastColumns,
    ...(calc.hasDraw
      ? [{ key: 'drawBalance', head: t('bonus.col.drawBalance', lang), width: 125, format: MONEY }]
      : []),
    { key: 'trail', head: t('bonus.col.trail', lang), note: t('bonus.note.trail', lang), width: 620 },
  ];
  const col: Record<string, number> = {};
  columns.forEach((c, i) => {
    col[c.key] = i + 1;
  });
  const n = calc.rows.length;
  const summaryRow = LAYOUT.firstRow + n + 1;
  const summaryLines = calc.preliminary ? 8 : 6;
  const g = new Grid(summaryRow + summaryLines + 1, columns.length);
  g.text(LAYOUT.titleRow, 2, o.title).bold(rect(LAYOUT.titleRow, 2));
  g.text(
    LAYOUT.infoRow,
    2,
    calc.preliminary ? `${t('bonus.preliminary', lang)} ${o.generated}` : o.generated,
  );
  g.text(LAYOUT.status.row, LAYOUT.status.col, calc.preliminary ? 'preliminary' : 'final');
  g.text(LAYOUT.asOf.row, LAYOUT.asOf.col, isoString(calc.asOf));
  if (calc.preliminary) g.background(rect(LAYOUT.titleRow, 2, 2, 1), FORECAST_BG);
  columns.forEach((c, i) => {
    g.text(LAYOUT.keyRow, i + 1, c.key);
    g.text(LAYOUT.headerRow, i + 1, c.head);
    if (c.note) g.note(LAYOUT.headerRow, i + 1, c.note);
    g.widths[i + 1] = c.width;
    if (c.format && n > 0) g.format(rect(LAYOUT.firstRow, i + 1, n, 1), c.format);
  });
  const header = rect(LAYOUT.headerRow, 1, 1, columns.length);
  g.header(header);
  if (forecastColumns.length)
    g.background(rect(LAYOUT.headerRow, col.forecastFact, 1, forecastColumns.length), '#bf9000');

  calc.rows.forEach((r, i) => {
    const row = LAYOUT.firstRow + i;
    g.text(row, col.id, r.person.id);
    g.text(row, col.name, r.person.name);
    g.text(row, col.role, t(`choice.${r.person.role}`, lang));
    if (r.scheme) g.text(row, col.scheme, schemeText(r.scheme));
    if (r.plan !== null) g.set(row, col.plan, r.plan);
    if (r.fact !== null) g.set(row, col.fact, r.fact);
    if (r.plan && r.fact !== null) g.set(row, col.attainment, r.fact / r.plan);
    if (!r.result) {
      g.text(row, col.trail, t('bonus.exception', lang, { why: r.trail.join('\n') }));
      g.background(rect(row, 1, 1, columns.length), EXCEPTION_BG);
      return;
    }
    const byKind = new Map<string, number>();
    for (const c of r.result.components) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.amount);
    for (const k of calc.kinds) if (byKind.has(k)) g.set(row, col[`kind.${k}`], roundMoney(byKind.get(k)!));
    g.set(row, col.total, r.result.total);
    g.set(row, col.variable, r.result.variable);
    if (r.forecast) {
      const f = r.forecast;
      if (f.fact !== null) g.set(row, col.forecastFact, f.fact);
      if (r.plan && f.fact !== null) g.set(row, col.forecastAttainment, f.fact / r.plan);
      if (f.result) {
        g.set(row, col.forecastTotal, f.result.total);
        g.set(row, col.forecastVariable, f.result.variable);
      }
      g.note(row, col.forecastTotal, f.trail.join('\n'));
    }
    if (r.steps) {
      const text = r.steps.map((s) => stepText(s, lang, currency));
      g.text(row, col.nextStep, text.length ? text.join('\n') : t('bonus.step.none', lang));
    }
    if (calc.hasDraw && r.scheme?.components.some((c) => c.kind === 'draw'))
      g.set(row, col.drawBalance, r.result.drawBalance);
    g.text(row, col.trail, r.trail.join('\n'));
    if (r.person.role === 'head') g.background(rect(row, 1, 1, columns.length), SECTION_BG);
  });
  if (n > 0) g.bold(rect(LAYOUT.firstRow, col.total, n, 1));
  if (n > 0 && forecastColumns.length) g.bold(rect(LAYOUT.firstRow, col.forecastTotal, n, 1));

  const sumOf = (f: (r: BonusRow) => number) =>
    roundMoney(calc.rows.reduce((s, r) => s + (r.result ? f(r) : 0), 0));
  const sum = (f: (r: SchemeResult, p: Person) => number) => sumOf((r) => f(r.result!, r.person));
  const fund = sum((r) => r.total);
  const variable = sum((r) => r.variable);
  const head = sum((r, p) => (p.role === 'head' ? r.variable : 0));
  const revenue = calc.departmentRevenue;
  g.text(summaryRow, 2, t('bonus.summary', lang));
  g.bold(rect(summaryRow, 2)).background(rect(summaryRow, 2, 1, 2), SECTION_BG);
  const lines: [string, number | null, string][] = [
    ['bonus.sum.fund', fund, MONEY],
    ['bonus.sum.variable', variable, MONEY],
    ['bonus.sum.head', head, MONEY],
    ['bonus.sum.revenue', revenue, MONEY],
    ['bonus.sum.fundShare', revenue ? fund / revenue : null, PERCENT],
    ['bonus.sum.variableShare', revenue ? variable / revenue : null, PERCENT],
  ];
  if (calc.preliminary) {
    lines.push(
      ['bonus.sum.fundForecast', sumOf((r) => r.forecast?.result?.total ?? 0), MONEY],
      ['bonus.sum.variableForecast', sumOf((r) => r.forecast?.result?.variable ?? 0), MONEY],
    );
  }
  lines.forEach(([key, value, format], i) => {
    const row = summaryRow + 1 + i;
    g.text(row, 2, t(key, lang));
    if (value !== null) g.set(row, 3, value);
    g.format(rect(row, 3), format);
  });
  g.frozenRows = LAYOUT.headerRow;
  g.frozenCols = 2;
  g.hiddenRows.push(LAYOUT.keyRow);
  g.hiddenCols.push(col.id);
  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  return g;
}

/** The draw balances left at the end of the previous month, read from its Bonus tab when there is one. */
function previousBalances(ctx: ActionContext, year: number, month: number): Map<string, number> {
  const prev = month === 1 ? [year - 1, 12] : [year, month - 1];
  const sheet = findGeneratedSheet(ctx.ss, (lang) => bonusTabName(prev[0], prev[1], lang), ctx.lang);
  return sheet ? readDrawBalances(sheet.getDataRange().getValues()) : new Map();
}

export function readDrawBalances(values: unknown[][]): Map<string, number> {
  const out = new Map<string, number>();
  const keys = (values[LAYOUT.keyRow - 1] ?? []).map((k) => String(k));
  const id = keys.indexOf('id');
  const balance = keys.indexOf('drawBalance');
  if (id < 0 || balance < 0) return out;
  for (let r = LAYOUT.firstRow - 1; r < values.length; r++) {
    const key = String(values[r][id] ?? '');
    const v = values[r][balance];
    if (key && typeof v === 'number' && v > 0) out.set(key, v);
  }
  return out;
}
