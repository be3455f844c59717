import { type Day, ymdOf } from '../../core/dates';
import type { PlanDecomposition } from '../../core/decompose';
import { lastWorkday, shiftWeek } from '../../core/week-view';
import { type IsoWeek, isoWeekDays } from '../../core/weeks';
import { a1, quotedSheet, runs } from '../grid';
import { cellKey, monthCells as locateCells, MONTH, type MonthColumn } from '../month-layout';
import { findMonthTab, type MonthTabContent, readMonthTab } from '../month-tab';
import type { Settings } from '../settings';
import { monthKey, monthTabName } from '../tabs';

/**
 * Where the Week tab's live formulas point: the month tabs the weeks and the month to date fall in, each
 * read once, and the sheet cells of each of their rows (member × metric) and days.
 */
export interface MonthCells {
  year: number;
  month: number;
  /** The tab's name as the formulas must quote it; the name it would have when it does not exist. */
  name: string;
  exists: boolean;
  /** cellKey(id, metric) → 1-based sheet row. */
  rows: Map<string, number>;
  /** Day → 1-based sheet column. */
  dayCols: Map<Day, number>;
  /** 1-based sheet column of the month tab's columns found by their markers. */
  cols: Partial<Record<MonthColumn, number>>;
  /** Rows inserted above the key row since it was written: the info row moves down with them. */
  shift: number;
}

export interface WeekMonths {
  /** monthKey → its cells (every month of the week, the previous week and the month to date). */
  byKey: Map<string, MonthCells>;
  /** The month to date: the month of the week's last working day. */
  current: MonthCells;
}

/** The month tabs a meeting on `week` refers to, read once each. */
export function readWeekMonths(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  week: IsoWeek,
  cal: Settings['calendar'],
): WeekMonths {
  const prev = isoWeekDays(shiftWeek(week, -1));
  const { sunday } = isoWeekDays(week);
  const lastDay = lastWorkday(week, (d) => cal.isWorkday(d));
  const last = ymdOf(lastDay);
  const byKey = new Map<string, MonthCells>();
  for (const d of [prev.monday, prev.sunday, sunday, lastDay]) {
    const { year, month } = ymdOf(d);
    const key = monthKey(year, month);
    if (!byKey.has(key)) byKey.set(key, monthCells(ss, year, month));
  }
  return { byKey, current: byKey.get(monthKey(last.year, last.month))! };
}

function monthCells(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, year: number, month: number): MonthCells {
  const sheet = findMonthTab(ss, year, month);
  const cells: MonthCells = {
    year,
    month,
    name: monthTabName(year, month),
    exists: false,
    rows: new Map(),
    dayCols: new Map(),
    cols: {},
    shift: 0,
  };
  if (!sheet) return cells;
  return { ...cells, ...located(readMonthTab(sheet)) };
}

function located(content: MonthTabContent): Partial<MonthCells> {
  const s = content.structure;
  const found = locateCells(content.values, s);
  const cols: MonthCells['cols'] = {};
  for (const [k, c] of Object.entries(s.cols)) cols[k as MonthColumn] = (c as number) + 1;
  return {
    name: content.name,
    exists: true,
    rows: new Map([...found.rows].map(([k, r]) => [k, r + 1])),
    dayCols: new Map([...found.dayCols].map(([d, c]) => [d, c + 1])),
    cols,
    shift: s.keyRow - (MONTH.keyRow - 1),
  };
}

/** A cell of another tab as a formula refers to it: 'name'!F12. */
export function sheetRef(tab: string, row: number, col: number): string {
  return `${quotedSheet(tab)}!${a1(row, col)}`;
}

/**
 * The formula summing a row's day cells from `from` to `to` over the month tabs (one SUM per run of
 * adjacent columns); "=0" when no tab holds those days or the row. Missing tabs are added to `missing`.
 */
export function daysSum(
  months: WeekMonths,
  id: string,
  metric: string,
  from: Day,
  to: Day,
  missing: Set<string>,
): string {
  const terms: string[] = [];
  for (const m of months.byKey.values()) {
    const days: Day[] = [];
    for (let d = from; d <= to; d++) if (ymdOf(d).year === m.year && ymdOf(d).month === m.month) days.push(d);
    if (!days.length) continue;
    if (!m.exists) missing.add(m.name);
    const row = m.rows.get(cellKey(id, metric));
    if (!m.exists || row === undefined) continue;
    const cols = days.map((d) => m.dayCols.get(d)).filter((c): c is number => c !== undefined);
    for (const [start, count] of runs(cols)) {
      const range = `${sheetRef(m.name, row, start)}:${a1(row, start + count - 1)}`;
      terms.push(`SUM(${range})`);
    }
  }
  return terms.length ? `=${terms.join('+')}` : '=0';
}

/** The managers a week's tab shows: those with a plan in one of its weeks or a row in the month to date. */
export function weekManagers(
  plan: PlanDecomposition,
  plans: readonly { managers: Record<string, number>[] }[],
  current: MonthCells,
): number[] {
  const out: number[] = [];
  plan.managers.forEach((m, i) => {
    const planned = plans.some((p) => Object.values(p.managers[i]).some((v) => v !== 0));
    const listed = plan.metrics.some((x) => current.rows.has(cellKey(m.id, x.id)));
    if (planned || listed) out.push(i);
  });
  return out;
}
