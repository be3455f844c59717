import type { Day } from '../../core/dates';
import { asText } from '../grid';
import { type Fact, type FactCell, factCell, MONTH, type MonthStructure } from '../month-layout';

/**
 * Which day cells of one month tab an import changes, decided from what each cell holds now, the total the
 * previous imports gave it (`was`) and the total the merged log gives it (`now`):
 *  - a blank cell takes `now`;
 *  - a cell holding `was` (the import wrote it) takes `now`, or is cleared when nothing counts there any more;
 *  - any other content was typed by hand: it is replaced only when the import changed the total
 *    (`now` ≠ `was`), and the typed content is handed back to be kept in the facts log.
 */
export interface Totals {
  id: string;
  metric: string;
  day: Day;
  was: number | undefined;
  now: number | undefined;
}

export interface CellWrite {
  row: number;
  col: number;
  value: number | '';
}

export interface MonthCellPlan {
  writes: CellWrite[];
  /** Hand-typed cells the writes replace, as they were (for the facts log and the result). */
  replaced: { fact: Fact; now: number }[];
  /** (id, metric) with a total but no row on the tab. */
  noRow: { id: string; metric: string }[];
}

export function planMonthCells(
  values: unknown[][],
  formulas: string[][],
  s: MonthStructure,
  totals: readonly Totals[],
): MonthCellPlan {
  const rows = rowsOf(values, s);
  const cols = new Map(s.dayCols.map((d) => [d.day, d.col]));
  const plan: MonthCellPlan = { writes: [], replaced: [], noRow: [] };
  const missing = new Set<string>();
  for (const k of totals) {
    const row = rows.get(rowKey(k.id, k.metric));
    const col = cols.get(k.day);
    if (row === undefined || col === undefined) {
      const key = rowKey(k.id, k.metric);
      if (k.now !== undefined && !missing.has(key)) {
        missing.add(key);
        plan.noRow.push({ id: k.id, metric: k.metric });
      }
      continue;
    }
    const cell = factCell(values[row][col], formulas[row]?.[col]);
    const next = decide(cell, k);
    if (next === null) continue;
    plan.writes.push({ row, col, value: next });
    if (cell && !(cell.kind === 'number' && same(cell.value, k.was)))
      plan.replaced.push({ fact: { id: k.id, metric: k.metric, day: k.day, cell }, now: next as number });
  }
  return plan;
}

/** The cell's new value ('' clears it), or null to leave it. */
function decide(cell: FactCell | undefined, k: Totals): number | '' | null {
  if (cell === undefined) return k.now === undefined ? null : k.now;
  if (cell.kind === 'number') {
    if (same(cell.value, k.now)) return null;
    if (same(cell.value, k.was)) return k.now ?? '';
  }
  // Typed by hand: replaced only by a total the import changed, never cleared.
  if (k.now === undefined || same(k.now, k.was)) return null;
  return k.now;
}

/** Money is kept at cents: totals a cent apart are the same. */
function same(a: number | undefined, b: number | undefined): boolean {
  return a !== undefined && b !== undefined && Math.abs(a - b) < 0.005;
}

const rowKey = (id: string, metric: string) => `${id}\u0000${metric}`;

/** The 0-based row of each (id, metric): managers first, then the unassigned block (the first row wins). */
function rowsOf(values: unknown[][], s: MonthStructure): Map<string, number> {
  const out = new Map<string, number>();
  for (let r = s.keyRow + 1; r < values.length; r++) {
    const id = String(values[r][s.cols.id] ?? '').trim();
    const metric = String(values[r][s.cols.metric] ?? '').trim();
    if (!id || !metric || id === MONTH.departmentId || id.startsWith('spk:') || metric.startsWith('spk:'))
      continue;
    if (id === MONTH.unassignedMarker) continue;
    const key = rowKey(id, metric);
    if (!out.has(key)) out.set(key, r);
  }
  return out;
}

/**
 * The block of the tab the writes fall in (0-based first row and column, its size) with every cell as it
 * is now — a formula as its formula (the department totals), text kept as text — and the writes applied:
 * one setValues changes only the cells planned. Text is quote-prefixed unless `formats` (the block's number
 * formats, read only when `hasText` says the block holds text) makes its cell plain text ("@"), where a
 * quote would become part of it.
 */
export function blockOf(
  values: unknown[][],
  formulas: string[][],
  writes: readonly CellWrite[],
  formats?: string[][],
) {
  const top = Math.min(...writes.map((w) => w.row));
  const left = Math.min(...writes.map((w) => w.col));
  const bottom = Math.max(...writes.map((w) => w.row));
  const right = Math.max(...writes.map((w) => w.col));
  const cells: unknown[][] = [];
  let hasText = false;
  for (let r = top; r <= bottom; r++) {
    const line: unknown[] = [];
    for (let c = left; c <= right; c++) {
      const value = values[r]?.[c];
      const formula = formulas[r]?.[c];
      if (formula) line.push(formula);
      else if (typeof value === 'string' && value !== '') {
        hasText = true;
        line.push(formats?.[r - top]?.[c - left] === '@' ? value : asText(value));
      } else line.push(value ?? '');
    }
    cells.push(line);
  }
  for (const w of writes) cells[w.row - top][w.col - left] = w.value;
  return { top, left, cells, hasText };
}
