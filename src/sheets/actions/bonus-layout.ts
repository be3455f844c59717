import { kopecks, type NextStep, rubles, type Scheme, type SchemeResult } from '../../core/bonus';
import { type Day, isoString, parseDayText } from '../../core/dates';
import {
  currencySign,
  formatNumber,
  formatPercent,
  type Lang,
  labelOr,
  type MessageKey,
  t,
} from '../../i18n';
import { FORMAT, isMoneyMetric, moneyFormat } from '../formats';
import { Grid, rect } from '../grid';
import { type LabelLine, labelLines } from '../label-lines';
import type { Person } from '../settings/team';
import type { BonusCalculation, BonusRow } from './bonus-compute';

/**
 * The Bonus tab ("Bonus YYYY-MM"): where everything sits when it is written, and how to read it back.
 *
 *   row 1  title                   column A (hidden): A1 the status, "final" or "preliminary";
 *   row 2  what it was made from                      A2 the as-of date (ISO)
 *   row 3  (hidden) the key row: each column's key ("id", "total", "drawBalance"…), so a later month
 *          (and the Report) can read it back
 *   row 4  header
 *   from row 5: one row per person, then a blank row and the summary (bonus fund and its share of revenue).
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

/** The draw balances left at the end of a month, read from its Bonus tab by the key row. */
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

const SECTION_BG = '#d9e2f3';
const EXCEPTION_BG = '#f4cccc';
const FORECAST_BG = '#fff2cc';
const FORECAST_HEADER_BG = '#bf9000';

const schemeText = (s: Scheme) => (s.name === s.id ? s.id : `${s.name} (${s.id})`);

/** "+340 000 ₽ до 7 %": what the fact so far still misses to one step (rounded up: enough, never short). */
export function stepText(step: NextStep, lang: Lang, currency: string): string {
  const up = Math.ceil(step.missing - 1e-9);
  const unit = isMoneyMetric(step.metric) ? ` ${currencySign(currency)}` : '';
  const missing = `+${formatNumber(up, lang, 0)}${unit}`;
  const metric = step.metric === 'revenue' ? '' : `${labelOr('bonus.metric.', step.metric, lang)}: `;
  const r = step.reach;
  const params: Record<string, string> = { missing };
  if (r.type === 'tier') params.rate = formatPercent(r.rate, lang);
  if (r.type === 'band') params.mult = formatNumber(r.multiplier, lang, 4);
  if (r.type === 'curve') params.coef = formatPercent(r.coefficient, lang);
  if (r.type === 'gate') params.min = formatPercent(r.min, lang);
  if (r.type === 'pool') params.threshold = formatPercent(r.threshold, lang);
  const code: MessageKey =
    r.type === 'tier' && r.mode === 'retro' ? 'bonus.step.tierRetro' : `bonus.step.${r.type}`;
  return metric + t(code, lang, params);
}

/** One column of the Bonus tab: its key (row 3), header, header note, width and number format. */
export type BonusColumn = { key: string; head: string; note?: string; width: number; format?: string };

/**
 * A narrow empty column between the last money column and the first text column (the next steps, or the
 * trail): a right-aligned amount would otherwise touch the text left-aligned beside it.
 */
const GAP: BonusColumn = { key: 'gap', head: '', width: 12 };

/** The forecast columns of a preliminary tab (before the draw balance and the trail). */
function forecastColumns(lang: Lang, money: string): BonusColumn[] {
  return [
    {
      key: 'forecastFact',
      head: t('bonus.col.forecastFact', lang),
      note: t('bonus.note.forecastFact', lang),
      width: 120,
      format: money,
    },
    {
      key: 'forecastAttainment',
      head: t('bonus.col.forecastAttainment', lang),
      width: 95,
      format: FORMAT.completion,
    },
    {
      key: 'forecastTotal',
      head: t('bonus.col.forecastTotal', lang),
      note: t('bonus.note.forecastTotal', lang),
      width: 125,
      format: money,
    },
    { key: 'forecastVariable', head: t('bonus.col.forecastVariable', lang), width: 125, format: money },
    GAP,
    {
      key: 'nextStep',
      head: t('bonus.col.nextStep', lang),
      note: `${t('bonus.note.nextStep', lang)} ${t('bonus.note.linesInNote', lang)}`,
      width: 260,
    },
  ];
}

/**
 * The columns of a Bonus tab, in order: who, plan and fact, one per component kind, totals, forecast, trail.
 * Plan and fact are revenue (the department's for the head); amounts to the kopeck in the plan's currency.
 */
export function bonusColumns(calc: BonusCalculation, lang: Lang, currency = 'RUB'): BonusColumn[] {
  const department = t('bonus.note.department', lang);
  const money = moneyFormat(currency, 2);
  return [
    { key: 'id', head: 'ID', width: 60 },
    { key: 'name', head: t('bonus.col.name', lang), width: 180 },
    { key: 'role', head: t('col.role', lang), width: 110 },
    // As wide as the longest scheme name needs (fitting widens it), not a fixed 200 px.
    { key: 'scheme', head: t('bonus.col.scheme', lang), width: 140 },
    { key: 'plan', head: t('bonus.col.plan', lang), note: department, width: 120, format: money },
    { key: 'fact', head: t('bonus.col.fact', lang), note: department, width: 120, format: money },
    { key: 'attainment', head: t('bonus.col.attainment', lang), width: 95, format: FORMAT.completion },
    ...calc.kinds.map((k) => ({
      key: `kind.${k}`,
      head: t(`bonus.kind.${k}`, lang),
      width: 115,
      format: money,
    })),
    ...(calc.hasPrizes
      ? [
          {
            key: 'prizes',
            head: t('bonus.col.prizes', lang),
            note: t('bonus.note.prizes', lang),
            width: 115,
            format: money,
          },
        ]
      : []),
    {
      key: 'total',
      head: t(calc.preliminary ? 'bonus.col.totalSoFar' : 'bonus.col.total', lang),
      width: 125,
      format: money,
    },
    { key: 'variable', head: t('bonus.col.variable', lang), width: 125, format: money },
    ...(calc.preliminary ? forecastColumns(lang, money) : []),
    ...(calc.hasDraw
      ? [{ key: 'drawBalance', head: t('bonus.col.drawBalance', lang), width: 125, format: money }]
      : []),
    ...(calc.preliminary ? [] : [GAP]),
    { key: 'trail', head: t('bonus.col.trail', lang), note: t('bonus.note.trailShort', lang), width: 320 },
  ];
}

/** What every step of the grid needs: the grid, the column of each key, the calculation and the language. */
interface Sheet {
  g: Grid;
  col: Record<string, number>;
  calc: BonusCalculation;
  lang: Lang;
  currency: string;
}

export interface BonusGridOptions {
  lang: Lang;
  title: string;
  generated: string;
  currency?: string;
}

/** The whole Bonus tab of a calculation, as a grid ready for `writeGrid`. */
export function bonusGrid(calc: BonusCalculation, o: BonusGridOptions): Grid {
  const columns = bonusColumns(calc, o.lang, o.currency);
  const col: Record<string, number> = {};
  columns.forEach((c, i) => {
    col[c.key] = i + 1;
  });
  const n = calc.rows.length;
  const summaryRow = LAYOUT.firstRow + n + 1;
  const lines = summaryLines(calc, o.currency ?? 'RUB').length;
  const g = new Grid(summaryRow + lines + 1, columns.length);
  const sheet: Sheet = { g, col, calc, lang: o.lang, currency: o.currency ?? 'RUB' };
  writeTitle(sheet, o);
  writeHeader(sheet, columns);
  calc.rows.forEach((r, i) => {
    writePersonRow(sheet, r, LAYOUT.firstRow + i);
  });
  if (n > 0) g.bold(rect(LAYOUT.firstRow, col.total, n, 1));
  if (n > 0 && calc.preliminary) g.bold(rect(LAYOUT.firstRow, col.forecastTotal, n, 1));
  writeSummary(sheet, summaryRow);
  g.frozenRows = LAYOUT.headerRow;
  g.frozenCols = 2;
  g.hiddenRows.push(LAYOUT.keyRow);
  g.hiddenCols.push(col.id);
  g.protectedRects.push(rect(1, 1, g.rows, g.cols));
  return g;
}

/** Rows 1–2 and the hidden status cells; a preliminary tab's title is shaded. */
function writeTitle({ g, calc, lang }: Sheet, o: BonusGridOptions): void {
  g.text(LAYOUT.titleRow, 2, o.title).bold(rect(LAYOUT.titleRow, 2));
  g.text(
    LAYOUT.infoRow,
    2,
    calc.preliminary ? `${t('bonus.preliminary', lang)} ${o.generated}` : o.generated,
  );
  g.text(LAYOUT.status.row, LAYOUT.status.col, calc.preliminary ? 'preliminary' : 'final');
  g.text(LAYOUT.asOf.row, LAYOUT.asOf.col, isoString(calc.asOf));
  if (calc.preliminary) g.background(rect(LAYOUT.titleRow, 2, 2, 1), FORECAST_BG);
}

/** The hidden key row, the header with its notes, the widths and the number formats of the person rows. */
function writeHeader({ g, col, calc }: Sheet, columns: BonusColumn[]): void {
  const n = calc.rows.length;
  columns.forEach((c, i) => {
    g.text(LAYOUT.keyRow, i + 1, c.key);
    g.text(LAYOUT.headerRow, i + 1, c.head);
    if (c.note) g.note(LAYOUT.headerRow, i + 1, c.note);
    g.widths[i + 1] = c.width;
    if (c.format && n > 0) g.format(rect(LAYOUT.firstRow, i + 1, n, 1), c.format);
  });
  g.header(rect(LAYOUT.headerRow, 1, 1, columns.length));
  if (calc.preliminary) {
    const count = col.nextStep - col.forecastFact + 1;
    g.background(rect(LAYOUT.headerRow, col.forecastFact, 1, count), FORECAST_HEADER_BG);
  }
}

/** One person's row: who, plan and fact, then the result (or, for an exception, why there is none). */
function writePersonRow(sheet: Sheet, r: BonusRow, row: number): void {
  const { g, col, lang } = sheet;
  g.text(row, col.id, r.person.id);
  g.text(row, col.name, r.person.name);
  g.text(row, col.role, t(`choice.${r.person.role}`, lang));
  if (r.scheme) g.text(row, col.scheme, schemeText(r.scheme));
  if (r.plan !== null) g.set(row, col.plan, r.plan);
  if (r.fact !== null) g.set(row, col.fact, r.fact);
  if (r.plan && r.fact !== null) g.set(row, col.attainment, r.fact / r.plan);
  if (r.prizes) g.set(row, col.prizes, r.prizes);
  if (r.result) writeResult(sheet, r, r.result, row);
  else writeException(sheet, r, row);
}

/** A person who is not paid: the reason in the trail column, the row shaded red. */
function writeException({ g, col, lang }: Sheet, r: BonusRow, row: number): void {
  writeLines(g, row, col.trail, t('bonus.exception', lang, { why: r.trail.join('\n') }).split('\n'), lang);
  g.background(rect(row, 1, 1, g.cols), EXCEPTION_BG);
}

/** A paid person's amounts by component kind, totals, forecast, draw balance and trail. */
function writeResult(sheet: Sheet, r: BonusRow, result: SchemeResult, row: number): void {
  const { g, col, calc, lang } = sheet;
  const byKind = new Map<string, number>();
  for (const c of result.components) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + kopecks(c.amount));
  for (const k of calc.kinds) if (byKind.has(k)) g.set(row, col[`kind.${k}`], rubles(byKind.get(k)!));
  g.set(row, col.total, result.total);
  g.set(row, col.variable, result.variable);
  writeForecast(sheet, r, row);
  if (calc.hasDraw && r.scheme?.components.some((c) => c.kind === 'draw'))
    g.set(row, col.drawBalance, result.drawBalance);
  writeLines(g, row, col.trail, r.trail, lang);
  if (r.person.role === 'head') g.background(rect(row, 1, 1, g.cols), SECTION_BG);
}

/**
 * Lines of text in one cell of a row one line high: the first line shows, with how many more there are, and
 * the cell's note holds them all (a click or a hover away). A nine-line trail would make the row nine lines
 * high and the table hard to scan.
 */
function writeLines(g: Grid, row: number, col: number, lines: string[], lang: Lang): void {
  const more = lines.length - 1;
  g.text(
    row,
    col,
    more > 0 ? t('bonus.trail.more', lang, { first: lines[0], count: more }) : (lines[0] ?? ''),
  );
  if (more > 0) g.note(row, col, lines.join('\n'));
}

/** On a preliminary tab: the month-end forecast of a person and the next steps within reach. */
function writeForecast({ g, col, lang, currency }: Sheet, r: BonusRow, row: number): void {
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
    writeLines(g, row, col.nextStep, text.length ? text : [t('bonus.step.none', lang)], lang);
  }
}

/** The summary lines: message key, value (null: left empty) and number format. */
function summaryLines(calc: BonusCalculation, currency: string): [MessageKey, number | null, string][] {
  const money = moneyFormat(currency, 2);
  const share = FORMAT.conversion;
  const sumOf = (f: (r: BonusRow) => number) =>
    rubles(calc.rows.reduce((s, r) => s + (r.result ? kopecks(f(r)) : 0), 0));
  const sum = (f: (r: SchemeResult, p: Person) => number) => sumOf((r) => f(r.result!, r.person));
  const fund = sum((r) => r.total);
  const variable = sum((r) => r.variable);
  const head = sum((r, p) => (p.role === 'head' ? r.variable : 0));
  const revenue = calc.departmentRevenue;
  const lines: [MessageKey, number | null, string][] = [
    ['bonus.sum.fund', fund, money],
    ['bonus.sum.variable', variable, money],
    ['bonus.sum.head', head, money],
    ['bonus.sum.revenue', revenue, money],
    ['bonus.sum.fundShare', revenue ? fund / revenue : null, share],
    ['bonus.sum.variableShare', revenue ? variable / revenue : null, share],
  ];
  if (calc.hasPrizes) lines.splice(2, 0, ['bonus.sum.prizes', sumOf((r) => r.prizes ?? 0), money]);
  if (calc.preliminary) {
    lines.push(
      ['bonus.sum.fundForecast', sumOf((r) => r.forecast?.result?.total ?? 0), money],
      ['bonus.sum.variableForecast', sumOf((r) => r.forecast?.result?.variable ?? 0), money],
    );
  }
  return lines;
}

/**
 * The summary under the people: its title, then one labelled value per line, each label merged across the
 * name column and those after it that it needs, so the labels do not widen the name column (label-lines.ts).
 */
function writeSummary({ g, calc, lang, currency }: Sheet, summaryRow: number): void {
  const lines = summaryLines(calc, currency).map(
    ([key, value, format]): LabelLine => [t(key, lang), value, format],
  );
  const figureCol = labelLines(g, summaryRow + 1, 2, lines);
  g.text(summaryRow, 2, t('bonus.summary', lang));
  g.bold(rect(summaryRow, 2)).background(rect(summaryRow, 2, 1, figureCol - 1), SECTION_BG);
}
