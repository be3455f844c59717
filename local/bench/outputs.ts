/**
 * Everything a workbook shows, tab by tab, for the outputs snapshot (issue 17's acceptance): evaluated values,
 * formulas, and the formats that carry meaning (number format, note, validation, merge, protection). Read from
 * the in-memory spreadsheet's own state (no service call counted). Each part is plain JSON and hashed, so a
 * stored snapshot keeps one copy of a tab that several actions leave unchanged.
 *
 * Protection is stored as what each cell is (protected, warning only, free), not as the protections that make
 * it so: one sheet protection with unprotected ranges and three range protections protect the same cells.
 */
import { createHash } from 'node:crypto';
import type { Sheet, Spreadsheet } from '../spreadsheet';
import { a1Of, columnLetter, columnNumber } from '../spreadsheet/a1';

export interface TabParts {
  /** Evaluated values, row by row (trailing blanks dropped; a Date as {date: ISO}). */
  values: unknown[][];
  /** Formulas, row by row ('' where none; trailing blanks dropped). */
  formulas: string[][];
  /** Number formats, notes, validations ({format as JSON: its rects}); merges; protection runs per row. */
  formats: {
    cells: Record<string, string[]>;
    merges: string[];
    protection: string[];
  };
}

export type PartName = keyof TabParts;
export const PART_NAMES: PartName[] = ['values', 'formulas', 'formats'];

/** The format Apps Script reports for a cell nobody formatted: the same as no format. */
const DEFAULT_NUMBER_FORMAT = '0.###############';

function trimRow<T>(row: T[], blank: (v: T) => boolean): T[] {
  let n = row.length;
  while (n > 0 && blank(row[n - 1])) n--;
  return row.slice(0, n);
}

function trimRows<T>(rows: T[][]): T[][] {
  let n = rows.length;
  while (n > 0 && rows[n - 1].length === 0) n--;
  return rows.slice(0, n);
}

function plain(v: unknown): unknown {
  if (v instanceof Date || Object.prototype.toString.call(v) === '[object Date]')
    return { date: new Date((v as Date).getTime()).toISOString() };
  return v;
}

function rangeText(r: unknown): unknown {
  const range = r as { sheet?: Sheet; rect?: Parameters<typeof a1Of>[0] };
  if (range?.sheet && range.rect) return `${range.sheet.name}!${a1Of(range.rect)}`;
  if (Array.isArray(r)) return r.map(rangeText);
  return plain(r);
}

function cellEntry(sheet: Sheet, key: number): string | null {
  const st = sheet.styles.get(key)!;
  const entry: Record<string, unknown> = {};
  if (st.numberFormat && st.numberFormat !== DEFAULT_NUMBER_FORMAT) entry.numberFormat = st.numberFormat;
  if (st.note) entry.note = st.note;
  if (st.validation) {
    const d = (st.validation as unknown as { data: Record<string, unknown> }).data;
    entry.validation = { ...d, values: rangeText(d.values) };
  }
  return Object.keys(entry).length ? JSON.stringify(entry) : null;
}

/**
 * The formatted cells as {format (JSON): its rects}: cells in a row with the same format make one run, and the
 * same run on consecutive rows one rect (so a column of 12 000 formatted cells is one entry).
 */
function cellFormats(sheet: Sheet): TabParts['formats']['cells'] {
  const keys = Array.from(sheet.styles.keys()).sort((a, b) => a - b);
  const runs: { row: number; from: number; to: number; entry: string }[] = [];
  for (const key of keys) {
    const entry = cellEntry(sheet, key);
    if (entry === null) continue;
    const row = Math.floor(key / 20000);
    const column = key % 20000;
    const last = runs[runs.length - 1];
    if (last && last.row === row && last.to === column - 1 && last.entry === entry) last.to = column;
    else runs.push({ row, from: column, to: column, entry });
  }
  const open = new Map<string, { row: number; lastRow: number; from: number; to: number; entry: string }>();
  const rects: { row: number; lastRow: number; from: number; to: number; entry: string }[] = [];
  for (const run of runs) {
    const id = `${run.from}:${run.to}:${run.entry}`;
    const rect = open.get(id);
    if (rect && rect.lastRow === run.row - 1) rect.lastRow = run.row;
    else {
      const fresh = { ...run, lastRow: run.row };
      open.set(id, fresh);
      rects.push(fresh);
    }
  }
  const out: TabParts['formats']['cells'] = {};
  for (const r of rects) {
    const a1 = `${columnLetter(r.from)}${r.row}:${columnLetter(r.to)}${r.lastRow}`;
    out[r.entry] = (out[r.entry] ?? []).concat(a1);
  }
  return out;
}

/** `cells` back to one format (JSON) per cell A1, for a readable difference. */
export function expandFormats(cells: TabParts['formats']['cells']): Map<string, string> {
  const out = new Map<string, string>();
  for (const [entry, rects] of Object.entries(cells)) {
    for (const a1 of rects) {
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(a1)!;
      for (let r = Number(m[2]); r <= Number(m[4]); r++)
        for (let c = columnNumber(m[1]); c <= columnNumber(m[3]); c++)
          out.set(`${columnLetter(c)}${r}`, entry);
    }
  }
  return out;
}

interface RectLike {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

const inside = (r: RectLike, row: number, column: number) =>
  row >= r.row && row < r.row + r.numRows && column >= r.column && column < r.column + r.numColumns;

/** The rects a protection leaves free (whatever the in-memory Protection names them). */
function unprotectedRects(p: object): RectLike[] {
  const any = p as Record<string, unknown>;
  const list = (any.unprotectedRanges ?? any.unprotected ?? []) as unknown[];
  return list.map((r) => ((r as { rect?: RectLike }).rect ?? r) as RectLike);
}

/** Each row's protection as runs "A1:C1=P" (P protected, W warning only); rows with none left out. */
function protectionRuns(sheet: Sheet, rows: number, columns: number): string[] {
  const ps = sheet.protections.filter((p) => !p.removed);
  if (ps.length === 0) return [];
  const full = { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
  const rules = ps.map((p) => ({
    rect: (p.rect ?? full) as RectLike,
    free: p.type === 'SHEET' ? unprotectedRects(p) : [],
    mark: p.warningOnly ? 'W' : 'P',
  }));
  const out: string[] = [];
  for (let r = 1; r <= rows; r++) {
    let run = '';
    let from = 1;
    const flush = (c: number) => {
      if (run) out.push(`${columnLetter(from)}${r}:${columnLetter(c - 1)}${r}=${run}`);
    };
    for (let c = 1; c <= columns + 1; c++) {
      let mark = '';
      if (c <= columns)
        for (const rule of rules) {
          if (!inside(rule.rect, r, c) || rule.free.some((f) => inside(f, r, c))) continue;
          if (rule.mark === 'P' || !mark) mark = rule.mark;
        }
      if (mark !== run) {
        flush(c);
        run = mark;
        from = c;
      }
    }
  }
  return out;
}

/** The parts of one tab, over its data extent (formats over every formatted cell). */
export function tabParts(sheet: Sheet): TabParts {
  const { rows, columns } = sheet.extent();
  const rect = { row: 1, column: 1, numRows: Math.max(rows, 1), numColumns: Math.max(columns, 1) };
  const values = rows ? sheet.readValues(rect).map((r) => trimRow(r.map(plain), (v) => v === '')) : [];
  const formulas = rows ? sheet.readFormulas(rect).map((r) => trimRow(r, (v) => v === '')) : [];
  const merges = sheet.merges.map((m) => a1Of(m)).sort();
  let protRows = rows;
  let protColumns = columns;
  for (const key of sheet.styles.keys()) {
    protRows = Math.max(protRows, Math.floor(key / 20000));
    protColumns = Math.max(protColumns, key % 20000);
  }
  return {
    values: trimRows(values),
    formulas: trimRows(formulas),
    formats: { cells: cellFormats(sheet), merges, protection: protectionRuns(sheet, protRows, protColumns) },
  };
}

export function hashOf(x: unknown): string {
  return createHash('sha1').update(JSON.stringify(x)).digest('hex').slice(0, 16);
}

/** Every tab of the workbook, in tab order. */
export function workbookParts(ss: Spreadsheet): { name: string; parts: TabParts }[] {
  return ss.sheetList().map((s) => ({ name: s.name, parts: tabParts(s) }));
}
