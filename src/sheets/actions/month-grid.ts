import { type Day, isoString, lastOfMonth } from '../../core/dates';
import type { MonthPlan, PlanDecomposition } from '../../core/decompose';
import { type RatioPair, ratioPairs } from '../../core/ratios';
import { type Lang, type MessageKey, t } from '../../i18n';
import { FORMAT, moneyFormat } from '../formats';
import { a1, Grid, rect, serialOf } from '../grid';
import { metricLabel } from '../labels';
import {
  cellKey,
  columnMarker,
  type Fact,
  type FactCell,
  factKey,
  MONTH,
  type MonthColumn,
} from '../month-layout';
import type { Settings } from '../settings';
import { monthTabName } from '../tabs';
import { DEPARTMENT_BG, formatsAndRules } from './month-format';
import { MonthFormulas, todayCellValue } from './month-formulas';

const WEEKEND_BG = '#eeeeee';
const UNASSIGNED_BG = '#fce4d6';
const ABSENT_BG = '#dbe5f1';
const C = MONTH.col;
/** The header of each visible column (the hidden id and metric columns show their key). */
const HEADS: Partial<Record<MonthColumn, MessageKey>> = {
  name: 'col.name',
  label: 'month.metric',
  plan: 'month.plan',
  fact: 'month.fact',
  completion: 'month.completion',
  planToDate: 'month.planToDate',
  completionToDate: 'month.completionToDate',
  forecast: 'month.forecast',
  pace: 'month.pace',
  ratioPlan: 'month.ratioPlan',
  ratioFact: 'month.ratioFact',
  ownDays: 'month.ownDays',
  ownElapsed: 'month.ownElapsed',
};

interface Row {
  id: string;
  metric: string;
  name: string;
  plan: number;
}

/** What the month tab is built from, and where its parts sit. */
export interface MonthSheet {
  g: Grid;
  f: MonthFormulas;
  lang: Lang;
  settings: Settings;
  mp: MonthPlan;
  metrics: string[];
  days: Day[];
  rows: Row[];
  /** Row of each manager's own days (the weights row is the next one). */
  ownRow: Map<string, number>;
  /** Conversions and the average check shown next to the plan, by metric. */
  pairs: Map<string, RatioPair>;
  deptFirst: number;
  mgrFirst: number;
  count: { kept: number; text: number };
}

export interface MonthGrid {
  grid: Grid;
  /** Fact cells written back (managers' and unassigned rows). */
  kept: number;
  /** Of them, cells holding text: shown as typed, left out of the totals. */
  textCells: number;
}

/**
 * The month tab: live native formulas only (SUM, SUMIF, IF, AND, MAX), so it recalculates as facts are
 * typed and no custom-function execution is triggered. Per person on their own working days.
 */
export function monthGrid(
  plan: PlanDecomposition,
  mp: MonthPlan,
  settings: Settings,
  typed: Map<string, Fact>,
  lang: Lang,
  today?: Day,
): MonthGrid {
  const days = Array.from(
    { length: lastOfMonth(plan.year, mp.month) - mp.start + 1 },
    (_, i) => mp.start + i,
  );
  const metrics = plan.metrics.map((m) => m.id);
  const names = new Map(settings.people.map((p) => [p.id, p.name]));
  const rows: Row[] = mp.managers.flatMap((m) =>
    metrics.map((metric) => ({ id: m.id, metric, name: names.get(m.id) ?? m.id, plan: m.plan[metric] })),
  );
  const unassigned = unassignedRows(typed, new Set(rows.map((r) => cellKey(r.id, r.metric))), days);
  const deptFirst = MONTH.firstDataRow;
  const mgrFirst = deptFirst + metrics.length;
  const ownFirst = mgrFirst + rows.length;
  const ownRow = new Map(mp.managers.map((m, i) => [m.id, ownFirst + 2 * i]));
  const ownLast = ownFirst + 2 * mp.managers.length - 1;
  const unassignedHeader = ownLast + 2;
  const totalRows = unassigned.length ? unassignedHeader + unassigned.length : ownLast;
  const firstDay = MONTH.firstDayCol;
  const lastDay = firstDay + days.length - 1;
  const noDaysLeft = t('month.noDaysLeft', lang);
  const m: MonthSheet = {
    g: new Grid(Math.max(totalRows, mgrFirst), lastDay),
    f: new MonthFormulas({
      firstDay,
      lastDay,
      deptFirst,
      mgrFirst,
      managers: mp.managers.length,
      metrics: metrics.length,
      noDaysLeft,
    }),
    lang,
    settings,
    mp,
    metrics,
    days,
    rows,
    ownRow,
    pairs: ratioPairs(
      metrics,
      settings.funnel.map((st) => st.id),
    ),
    deptFirst,
    mgrFirst,
    count: { kept: 0, text: 0 },
  };
  m.g.styleRuns = true; // a row per manager and metric: backgrounds, weights and font colours by runs
  titleAndInfo(m, plan.year, today);
  headerRow(m);
  dayColumns(m);
  departmentRows(m);
  managerRows(m, typed);
  ownDayRows(m, names);
  if (unassigned.length) unassignedBlock(m, unassigned, unassignedHeader);
  formatsAndRules(m);
  return { grid: m.g, kept: m.count.kept, textCells: m.count.text };
}

function titleAndInfo(m: MonthSheet, year: number, today: Day | undefined): void {
  const { g, lang } = m;
  const info = MONTH.info;
  g.text(MONTH.titleRow, 1, t('month.title', lang, { month: monthTabName(year, m.mp.month) }));
  g.bold(rect(MONTH.titleRow, 1));
  g.text(MONTH.infoRow, info.totalCol - 1, t('month.workdays', lang));
  // The days come from a calendar built by the law's rules until the year's decree is known: said where they are counted.
  if (m.settings.calendar.isProvisional(year))
    g.note(
      MONTH.infoRow,
      info.totalCol - 1,
      t('decompose.warn.calendarProvisional', lang, { year: String(year) }),
    );
  g.set(MONTH.infoRow, info.totalCol, `=SUM(${m.f.days(MONTH.flagRow, true)})`);
  g.text(MONTH.infoRow, info.elapsedCol - 1, t('month.elapsed', lang));
  g.set(MONTH.infoRow, info.elapsedCol, `=SUM(${m.f.days(MONTH.closedRow, true)})`);
  g.text(MONTH.infoRow, info.remainingCol - 1, t('month.remaining', lang));
  const cell = (col: number) => a1(MONTH.infoRow, col, true);
  g.set(MONTH.infoRow, info.remainingCol, `=${cell(info.totalCol)}-${cell(info.elapsedCol)}`);
  g.bold(rect(MONTH.infoRow, 1, 1, info.remainingCol));
  // A count is right-aligned and the next label left-aligned: spaces after it keep "20 Прошло" apart.
  for (const col of [info.totalCol, info.elapsedCol, info.remainingCol])
    g.format(rect(MONTH.infoRow, col), '0"   "');
  g.set(MONTH.todayCell.row, MONTH.todayCell.col, todayCellValue(m.days[m.days.length - 1], today));
}

function headerRow(m: MonthSheet): void {
  const { g, lang } = m;
  const names = Object.keys(C) as MonthColumn[];
  names.forEach((key, i) => {
    const col = i + 1;
    g.text(MONTH.keyRow, col, columnMarker(key));
    g.text(MONTH.headerRow, col, HEADS[key] ? t(HEADS[key], lang) : key === 'id' ? 'ID' : key);
    g.note(MONTH.headerRow, col, t(`month.note.${key}`, lang));
  });
  const header = rect(MONTH.headerRow, 1, 1, C.ownElapsed);
  g.header(header);
}

function dayColumns(m: MonthSheet): void {
  const { g, f } = m;
  const working = new Set(m.mp.workdays);
  m.days.forEach((d, i) => {
    const col = MONTH.firstDayCol + i;
    g.text(MONTH.keyRow, col, isoString(d));
    g.set(MONTH.flagRow, col, working.has(d) ? 1 : 0);
    g.set(MONTH.closedRow, col, f.closedFlag(col));
    // A date (the formulas compare it with today), shown as the weekday and the day: "пн 02" / "Mon 02".
    g.set(MONTH.headerRow, col, serialOf(d));
    if (!working.has(d))
      g.background(rect(MONTH.headerRow, col, g.rows - MONTH.headerRow + 1, 1), WEEKEND_BG);
    g.widths[col] = 76;
  });
  const dates = rect(MONTH.headerRow, MONTH.firstDayCol, 1, m.days.length);
  g.format(dates, FORMAT.dayHeader).bold(dates);
}

function departmentRows(m: MonthSheet): void {
  const { g, f, lang } = m;
  m.metrics.forEach((metric, i) => {
    const r = m.deptFirst + i;
    g.text(r, C.id, MONTH.departmentId).text(r, C.metric, metric);
    g.text(r, C.name, t('month.department', lang)).text(
      r,
      C.label,
      metricLabel(metric, m.settings.funnel, lang),
    );
    for (let c = MONTH.firstDayCol; c < MONTH.firstDayCol + m.days.length; c++)
      g.set(r, c, `=${f.sumOfManagers(r, c)}`);
    ratioCells(m, r, metric, (x) => m.deptFirst + m.metrics.indexOf(x));
    for (const [key, formula] of Object.entries(f.departmentRow(r))) g.set(r, C[key as MonthColumn], formula);
  });
  const block = rect(m.deptFirst, 1, m.metrics.length, g.cols);
  g.bold(block).background(rect(m.deptFirst, 1, m.metrics.length, C.ownElapsed), DEPARTMENT_BG);
}

function managerRows(m: MonthSheet, typed: Map<string, Fact>): void {
  const { g, f, lang } = m;
  const present = new Map(m.mp.managers.map((x) => [x.id, ownByDay(m, x.present)]));
  m.rows.forEach((row, i) => {
    const r = m.mgrFirst + i;
    const own = m.ownRow.get(row.id)!;
    g.text(r, C.id, row.id).text(r, C.metric, row.metric);
    g.text(r, C.name, row.name).text(r, C.label, metricLabel(row.metric, m.settings.funnel, lang));
    g.set(r, C.plan, row.plan);
    const at = m.metrics.indexOf(row.metric);
    ratioCells(m, r, row.metric, (x) => r - at + m.metrics.indexOf(x));
    for (const [key, formula] of Object.entries(f.managerRow(r, own, own + 1)))
      g.set(r, C[key as MonthColumn], formula);
    m.days.forEach((d, k) => {
      const col = MONTH.firstDayCol + k;
      const fact = typed.get(factKey(row.id, row.metric, d));
      if (fact) putFact(g, r, col, fact.cell, m.count);
      if (present.get(row.id)?.[k] === 0 && m.mp.workdays.includes(d))
        markAbsent(m, r, col, row.metric === m.metrics[0]);
    });
  });
}

/** The planned and the actual conversion from the stage above (or the average check) of row r. */
function ratioCells(m: MonthSheet, r: number, metric: string, rowOf: (metric: string) => number): void {
  const pair = m.pairs.get(metric);
  if (!pair) return;
  const over = rowOf(pair.over);
  for (const [target, source] of [
    [C.ratioPlan, C.plan],
    [C.ratioFact, C.fact],
  ]) {
    const [num, den] = [a1(r, source), a1(over, source)];
    m.g.set(r, target, `=IF(${den}>0,${num}/${den},"")`);
  }
  const format = pair.kind === 'avgCheck' ? moneyFormat(m.settings.plan.currency) : FORMAT.conversion;
  m.g.format(rect(r, C.ratioPlan, 1, 2), format);
}

/** A department working day that is not one of the person's own: shaded, with a note on the first row. */
function markAbsent(m: MonthSheet, r: number, col: number, note: boolean): void {
  m.g.background(rect(r, col), ABSENT_BG);
  if (note) m.g.note(r, col, t('month.note.absent', m.lang));
}

/** A manager's series over the month's working days laid on its calendar days (0 on days off). */
function ownByDay(m: MonthSheet, byWorkday: readonly number[]): number[] {
  const index = new Map(m.mp.workdays.map((d, i) => [d, i]));
  return m.days.map((d) => (index.has(d) ? byWorkday[index.get(d)!] : 0));
}

function ownDayRows(m: MonthSheet, names: Map<string, string>): void {
  const { g } = m;
  for (const x of m.mp.managers) {
    const r = m.ownRow.get(x.id)!;
    const series: [number, string, number[]][] = [
      [r, MONTH.ownDaysMetric, ownByDay(m, x.present)],
      [r + 1, MONTH.ownWeightsMetric, ownByDay(m, x.weights)],
    ];
    for (const [row, metric, values] of series) {
      g.text(row, C.id, x.id)
        .text(row, C.metric, metric)
        .text(row, C.name, names.get(x.id) ?? x.id);
      values.forEach((v, k) => {
        g.set(row, MONTH.firstDayCol + k, v);
      });
      g.hiddenRows.push(row);
    }
  }
}

function unassignedBlock(m: MonthSheet, unassigned: ReturnType<typeof unassignedRows>, first: number): void {
  const { g, lang } = m;
  g.text(first - 1, C.id, MONTH.unassignedMarker);
  g.text(first - 1, C.name, t('month.unassigned', lang));
  g.note(first - 1, C.name, t('month.unassignedNote', lang));
  g.bold(rect(first - 1, C.name));
  unassigned.forEach((u, i) => {
    const r = first + i;
    g.text(r, C.id, u.id).text(r, C.metric, u.metric);
    g.text(r, C.name, u.id).text(r, C.label, metricLabel(u.metric, m.settings.funnel, lang));
    u.cells.forEach((cell, k) => {
      if (cell) putFact(g, r, MONTH.firstDayCol + k, cell, m.count);
    });
    g.set(r, C.fact, `=SUM(${m.f.days(r)})`);
  });
  g.background(rect(first - 1, 1, unassigned.length + 1, C.ownElapsed), UNASSIGNED_BG);
}

/** A fact cell as the person left it: a number, their formula, or their text (quote-prefixed). */
function putFact(g: Grid, r: number, c: number, cell: FactCell, count: { kept: number; text: number }): void {
  if (cell.kind === 'number') g.set(r, c, cell.value);
  else if (cell.kind === 'formula') g.set(r, c, cell.formula);
  else {
    g.text(r, c, cell.text);
    count.text++;
  }
  count.kept++;
}

/** Facts typed for a manager or metric that no longer has a row: kept in a block of their own. */
function unassignedRows(typed: Map<string, Fact>, known: Set<string>, days: number[]) {
  const byRow = new Map<string, { id: string; metric: string; cells: (FactCell | undefined)[] }>();
  const index = new Map(days.map((d, i) => [d, i]));
  for (const f of typed.values()) {
    const key = cellKey(f.id, f.metric);
    const k = index.get(f.day);
    if (known.has(key) || k === undefined) continue;
    if (!byRow.has(key))
      byRow.set(key, { id: f.id, metric: f.metric, cells: new Array(days.length).fill(undefined) });
    byRow.get(key)!.cells[k] = f.cell;
  }
  return [...byRow.values()];
}
