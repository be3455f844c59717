import { isBlank } from '../core/cells';
import { type Day, parseDayText } from '../core/dates';
import { DomainError } from '../core/errors';
import type { OwnDays } from '../core/own-days';

/**
 * The plan/fact tab of a month ("2026-11"): where everything sits when it is written, and how to read it
 * back by its structure, so rows and columns a person inserts are tolerated.
 *
 *   row 1  title                         row 4  (hidden) 1 on the department's working days
 *   row 2  working days: total, elapsed,  row 5  (hidden) 1 on working days before today; C5 = INT(TODAY()),
 *          remaining (live formulas)             the one cell every formula takes "today" from
 *   row 3  (hidden) the key row: a marker per column ("spk:id", "spk:plan"…) and the ISO date of each day
 *   row 6  header; the day columns show the dates
 *   from row 7: department rows (one per metric), then one row per manager × metric, then two hidden rows
 *   per manager (metric "spk:days": 1 on their own working days; "spk:weights": the plan weight of each),
 *   then any unassigned facts. Column A holds the manager id and B the metric id (both hidden); after the
 *   plan/fact columns come the conversion (or average check) planned and actual, then the own days and
 *   own elapsed days of each row in two hidden columns before the days.
 */
export const MONTH = {
  titleRow: 1,
  infoRow: 2,
  keyRow: 3,
  flagRow: 4,
  closedRow: 5,
  headerRow: 6,
  firstDataRow: 7,
  col: {
    id: 1,
    metric: 2,
    name: 3,
    label: 4,
    plan: 5,
    fact: 6,
    completion: 7,
    planToDate: 8,
    completionToDate: 9,
    forecast: 10,
    pace: 11,
    ratioPlan: 12,
    ratioFact: 13,
    ownDays: 14,
    ownElapsed: 15,
  },
  firstDayCol: 16,
  /** Cells of row 2 holding the working-day counts. */
  info: { totalCol: 4, elapsedCol: 6, remainingCol: 8 },
  /** The cell holding =INT(TODAY()): one volatile cell per tab. */
  todayCell: { row: 5, col: 3 },
  departmentId: '__department',
  unassignedMarker: '__unassigned',
  /** Metric ids of the hidden rows of each manager's own days. */
  ownDaysMetric: 'spk:days',
  ownWeightsMetric: 'spk:weights',
} as const;

/** The first version's fixed layout: no markers, days from column J. */
const FIRST_VERSION = {
  col: { id: 1, metric: 2, name: 3, label: 4, plan: 5, fact: 6, completion: 7, forecast: 8, pace: 9 },
  firstDayCol: 10,
} as const;

export type MonthColumn = keyof typeof MONTH.col;

/** The key-row marker of a column. */
export const columnMarker = (c: MonthColumn) => `spk:${c}`;

/** Developer metadata that finds a month tab after a person renamed it. */
export const MONTH_TAG = 'spk.month';

/** What a person put into a day cell: a number, a formula (kept as written) or text (left out of totals). */
export type FactCell =
  | { kind: 'number'; value: number }
  | { kind: 'formula'; formula: string; value: unknown }
  | { kind: 'text'; text: string };

export interface Fact {
  id: string;
  metric: string;
  day: Day;
  cell: FactCell;
}

export function factKey(id: string, metric: string, day: Day): string {
  return `${id}\u0000${metric}\u0000${day}`;
}

export function sameCell(a: FactCell, b: FactCell): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'number') return a.value === (b as typeof a).value;
  if (a.kind === 'formula') return a.formula === (b as typeof a).formula;
  return a.text === (b as typeof a).text;
}

/** Where the parts of a month tab are now (0-based), found by their markers. */
export interface MonthStructure {
  keyRow: number;
  cols: Partial<Record<MonthColumn, number>> & { id: number; metric: number };
  dayCols: { col: number; day: Day }[];
}

/** How far down the key row is looked for (people insert a few rows for notes, not hundreds). */
const KEY_ROW_SEARCH = 60;

/**
 * The structure of a month tab from its values, or a DomainError saying what was changed beyond reading
 * (the key row or the id column deleted, no day columns). Tabs made by the first version (no markers) are
 * read by their fixed layout once verified.
 */
export function monthStructure(values: unknown[][], tab: string): MonthStructure {
  const keyRow = findKeyRow(values);
  if (keyRow === undefined) {
    if (isFirstVersionLayout(values)) return firstVersionStructure(values);
    throw new DomainError('monthTab.noKeyRow', { tab });
  }
  const cols: Partial<Record<MonthColumn, number>> = {};
  const dayCols: MonthStructure['dayCols'] = [];
  values[keyRow].forEach((v, c) => {
    if (typeof v !== 'string') return;
    const column = v.startsWith('spk:') ? (v.slice(4) as MonthColumn) : undefined;
    if (column && column in MONTH.col) cols[column] = c;
    const day = column ? undefined : parseDayText(v);
    if (day !== undefined) dayCols.push({ col: c, day });
  });
  if (cols.id === undefined || cols.metric === undefined)
    throw new DomainError('monthTab.noIdColumn', { tab });
  if (!dayCols.length) throw new DomainError('monthTab.noDays', { tab });
  return { keyRow, cols: cols as MonthStructure['cols'], dayCols };
}

function findKeyRow(values: unknown[][]): number | undefined {
  const last = Math.min(values.length, KEY_ROW_SEARCH);
  for (let r = 0; r < last; r++) {
    if (values[r].some((v) => typeof v === 'string' && v.startsWith('spk:') && v.slice(4) in MONTH.col))
      return r;
  }
  return undefined;
}

/** The first version wrote no markers: row 3 held ISO dates from column J and row 6 read "ID", "metric". */
function isFirstVersionLayout(values: unknown[][]): boolean {
  const header = values[MONTH.headerRow - 1];
  const keys = values[MONTH.keyRow - 1];
  return (
    !!header &&
    !!keys &&
    header[MONTH.col.id - 1] === 'ID' &&
    header[MONTH.col.metric - 1] === 'metric' &&
    typeof keys[FIRST_VERSION.firstDayCol - 1] === 'string' &&
    parseDayText(keys[FIRST_VERSION.firstDayCol - 1] as string) !== undefined
  );
}

function firstVersionStructure(values: unknown[][]): MonthStructure {
  const cols = Object.fromEntries(Object.entries(FIRST_VERSION.col).map(([k, c]) => [k, c - 1]));
  const dayCols: MonthStructure['dayCols'] = [];
  values[MONTH.keyRow - 1].forEach((v, c) => {
    const day = c >= FIRST_VERSION.firstDayCol - 1 && typeof v === 'string' ? parseDayText(v) : undefined;
    if (day !== undefined) dayCols.push({ col: c, day });
  });
  return { keyRow: MONTH.keyRow - 1, cols: cols as MonthStructure['cols'], dayCols };
}

/** A data row: one manager (or the department) × metric; `unassigned` below the unassigned marker. */
interface DataRow {
  row: number;
  id: string;
  metric: string;
  unassigned: boolean;
}

function* dataRows(values: unknown[][], s: MonthStructure): Generator<DataRow> {
  let unassigned = false;
  for (let r = s.keyRow + 1; r < values.length; r++) {
    const id = String(values[r][s.cols.id] ?? '').trim();
    const metric = String(values[r][s.cols.metric] ?? '').trim();
    if (id === MONTH.unassignedMarker) unassigned = true;
    if (!id || !metric || id.startsWith('spk:') || (id === 'ID' && metric === 'metric')) continue;
    yield { row: r, id, metric, unassigned };
  }
}

/** Where other tabs' live formulas find a month tab's cells (0-based): each row and each day column. */
export interface MonthCells {
  /** cellKey(id, metric) → the row of the department or a person in the plan (unassigned facts left out). */
  rows: Map<string, number>;
  dayCols: Map<Day, number>;
}

export const cellKey = (id: string, metric: string) => `${id}\u0000${metric}`;

export function monthCells(values: unknown[][], s: MonthStructure): MonthCells {
  const rows = new Map<string, number>();
  for (const { row, id, metric, unassigned } of dataRows(values, s)) {
    if (unassigned) break;
    if (!rows.has(cellKey(id, metric))) rows.set(cellKey(id, metric), row);
  }
  return { rows, dayCols: new Map(s.dayCols.map(({ col, day }) => [day, col])) };
}

/** The content of one day cell as a person left it; undefined when blank. */
export function factCell(value: unknown, formula: string | undefined): FactCell | undefined {
  if (formula) return { kind: 'formula', formula, value };
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value };
  if (isBlank(value)) return undefined;
  return { kind: 'text', text: String(value) };
}

/**
 * Every fact in the day cells of a month tab (managers and unassigned rows; the department rows are
 * formulas), by manager id, metric and date. `formulas` is the same range's getFormulas().
 */
export function readTypedFacts(values: unknown[][], formulas: string[][], s: MonthStructure): Fact[] {
  const facts: Fact[] = [];
  for (const { row, id, metric } of dataRows(values, s)) {
    if (id === MONTH.departmentId || isOwnDaysRow(metric)) continue;
    for (const { col, day } of s.dayCols) {
      const cell = factCell(values[row][col], formulas[row]?.[col]);
      if (cell) facts.push({ id, metric, day, cell });
    }
  }
  return facts;
}

const isOwnDaysRow = (metric: string) => metric.startsWith('spk:');

/** Plan and fact per manager id and metric, as the month tab shows them (the fact total column). */
export interface MonthFigures {
  /** id → own working days as the tab holds them, aligned with `days` (absent for first-version tabs). */
  own: Map<string, OwnDays>;
  /** id → metric → { plan, fact } (department rows under MONTH.departmentId). */
  byManager: Map<string, Map<string, { plan: number; fact: number }>>;
  /** id → metric → daily facts aligned with `days`. */
  daily: Map<string, Map<string, number[]>>;
  days: Day[];
  names: Map<string, string>;
}

/** Numbers only, as the tab's SUM counts them: text in a fact cell is left out of the totals. */
const numberIn = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** Plan and facts of the people in the plan (the unassigned-facts block is left out). */
export function readMonthFigures(values: unknown[][], s: MonthStructure): MonthFigures {
  const byManager: MonthFigures['byManager'] = new Map();
  const daily: MonthFigures['daily'] = new Map();
  const names = new Map<string, string>();
  const own: MonthFigures['own'] = new Map();
  for (const { row, id, metric, unassigned } of dataRows(values, s)) {
    if (unassigned) break;
    const cells = values[row];
    if (isOwnDaysRow(metric)) {
      readOwnDays(own, id, metric, cells, s);
      continue;
    }
    if (!byManager.has(id)) {
      byManager.set(id, new Map());
      daily.set(id, new Map());
      names.set(id, s.cols.name === undefined ? id : String(cells[s.cols.name] || id));
    }
    const facts = s.dayCols.map(({ col }) => numberIn(cells[col]));
    const plan = s.cols.plan === undefined ? 0 : numberIn(cells[s.cols.plan]);
    byManager.get(id)!.set(metric, { plan, fact: facts.reduce((a, b) => a + b, 0) });
    daily.get(id)!.set(metric, facts);
  }
  return { byManager, daily, days: s.dayCols.map((d) => d.day), names, own };
}

function readOwnDays(
  own: MonthFigures['own'],
  id: string,
  metric: string,
  cells: unknown[],
  s: MonthStructure,
) {
  const zeros = s.dayCols.map(() => 0);
  const row = own.get(id) ?? { present: zeros, weights: zeros };
  const key =
    metric === MONTH.ownDaysMetric ? 'present' : metric === MONTH.ownWeightsMetric ? 'weights' : null;
  own.set(id, key ? { ...row, [key]: s.dayCols.map(({ col }) => numberIn(cells[col])) } : row);
}
