/**
 * Sheet: one tab, backed by one HyperFormula sheet for contents; formats live here. Longer than 350 lines
 * because it mirrors one Apps Script class: each method is one the add-on, the demo or a test calls.
 */
import { type GridRect, parseA1, splitSheetName } from './a1';
import {
  type ConditionalFormatRule,
  type EmbeddedChart,
  EmbeddedChartBuilder,
  normalizeColor,
  Protection,
} from './builders';
import {
  type CellStyle,
  displayText,
  isDateFormat,
  isTextFormat,
  type StyleKey,
  toRawContent,
} from './cells';
import { DetailedCellError, isDateType, sheetsErrorText } from './engine';
import { DeveloperMetadata } from './metadata';
import { Range } from './range';
import { RangeList } from './range-list';
import type { Spreadsheet } from './spreadsheet';
import type { Covers } from './types';
import { instantOfSerial } from './tz';

/** Key of a cell in the style map (1-based row and column; Sheets has at most 18 278 columns). */
const KEY = 20000;
const keyOf = (row: number, column: number) => row * KEY + column;
const FORMAT_KEYS: StyleKey[] = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontStyle',
  'fontSize',
  'fontFamily',
  'horizontalAlignment',
  'verticalAlignment',
  'wrap',
  'border',
];

export class Sheet
  implements
    Covers<
      GoogleAppsScript.Spreadsheet.Sheet,
      | 'getName'
      | 'setName'
      | 'getRangeList'
      | 'getLastRow'
      | 'getLastColumn'
      | 'getMaxRows'
      | 'getMaxColumns'
      | 'insertRowsAfter'
      | 'insertRowsBefore'
      | 'insertColumnsAfter'
      | 'deleteRows'
      | 'deleteRow'
      | 'deleteColumn'
      | 'clear'
      | 'setFrozenRows'
      | 'setFrozenColumns'
      | 'getFrozenRows'
      | 'getFrozenColumns'
      | 'hideRows'
      | 'hideColumns'
      | 'isRowHiddenByUser'
      | 'isColumnHiddenByUser'
      | 'setColumnWidth'
      | 'setColumnWidths'
      | 'getColumnWidth'
      | 'activate'
      | 'setTabColor'
      | 'getSheetId'
      | 'getIndex'
      | 'hideSheet'
      | 'isSheetHidden'
    >
{
  name: string;
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly styles = new Map<number, CellStyle>();
  hiddenRows = new Set<number>();
  hiddenColumns = new Set<number>();
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  merges: GridRect[] = [];
  conditionalRules: ConditionalFormatRule[] = [];
  protections: Protection[] = [];
  charts: EmbeddedChart[] = [];
  readonly metadata: DeveloperMetadata[] = [];
  private extentCache: { rows: number; columns: number } | null = null;

  constructor(
    readonly spreadsheet: Spreadsheet,
    name: string,
    readonly sheetId: number,
  ) {
    this.name = name;
  }

  private hit(method: string, args?: ArrayLike<unknown>): void {
    this.spreadsheet.counter.hit('Sheet.' + method, args);
  }

  /** HyperFormula's id of this sheet (it changes when sheets are removed, so it is looked up by name). */
  get hfId(): number {
    const id = this.spreadsheet.hf.getSheetId(this.name);
    if (id === undefined) throw new Error('Sheet ' + this.name + ' has been deleted.');
    return id;
  }

  // ------------------------------------------------------------ internal: ranges

  fullRect(): GridRect {
    return { row: 1, column: 1, numRows: this.maxRows, numColumns: this.maxColumns };
  }

  /** A Range with no bounds check and no call counted (for internal use). */
  rangeOf(rect: GridRect): Range {
    return new Range(this, rect);
  }

  /** A Range checked against the grid as Sheets checks it. */
  checkedRange(rect: GridRect): Range {
    const { row, column, numRows, numColumns } = rect;
    for (const v of [row, column, numRows, numColumns]) {
      if (typeof v !== 'number' || !Number.isInteger(v)) throw new Error('Invalid argument: ' + v);
    }
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row < 1 || column < 1)
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    if (row + numRows - 1 > this.maxRows || column + numColumns - 1 > this.maxColumns) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new Range(this, rect);
  }

  rangeFromA1(a1: string): Range {
    const { sheetName, ref } = splitSheetName(a1);
    if (sheetName !== null && sheetName !== this.name) {
      const other = this.spreadsheet.sheetNamed(sheetName);
      if (!other) throw new Error('Range not found');
      return other.rangeFromA1(ref);
    }
    return this.checkedRange(parseA1(ref, this.maxRows, this.maxColumns));
  }

  // ------------------------------------------------------------ internal: contents

  styleAt(row: number, column: number): CellStyle | undefined {
    return this.styles.get(keyOf(row, column));
  }

  setStyleGrid<K extends StyleKey>(rect: GridRect, key: K, values: Array<Array<CellStyle[K] | null>>): void {
    for (let r = 0; r < rect.numRows; r++) {
      for (let c = 0; c < rect.numColumns; c++) {
        this.setStyle(rect.row + r, rect.column + c, key, values[r][c]);
      }
    }
  }

  setStyle<K extends StyleKey>(
    row: number,
    column: number,
    key: K,
    value: CellStyle[K] | null | undefined,
  ): void {
    const k = keyOf(row, column);
    let st = this.styles.get(k);
    if (value === null || value === undefined) {
      if (!st) return;
      delete st[key];
      return;
    }
    if (!st) {
      st = {};
      this.styles.set(k, st);
    }
    st[key] = value;
  }

  writeValues(rect: GridRect, values: unknown[][]): void {
    const ss = this.spreadsheet;
    const tz = ss.timeZone;
    const raw: unknown[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const row: unknown[] = [];
      const src = values[r];
      for (let c = 0; c < rect.numColumns; c++) {
        const st = this.styles.get(keyOf(rect.row + r, rect.column + c));
        const w = toRawContent(src[c], !!st && isTextFormat(st.numberFormat), tz, ss.locale);
        if (w.impliedFormat && !st?.numberFormat) {
          this.setStyle(rect.row + r, rect.column + c, 'numberFormat', w.impliedFormat);
        }
        row.push(w.content);
      }
      raw.push(row);
    }
    this.setContents(rect, raw);
  }

  writeFormulas(rect: GridRect, formulas: string[][]): void {
    const raw: unknown[][] = formulas.map((row) =>
      row.map((f) => {
        if (f === null || f === undefined || f === '') return null;
        const s = String(f);
        return s.startsWith('=') ? s : '=' + s;
      }),
    );
    this.setContents(rect, raw);
  }

  /** One batched HyperFormula write for the whole block. */
  setContents(rect: GridRect, raw: unknown[][]): void {
    this.spreadsheet.hf.setCellContents(
      { sheet: this.hfId, row: rect.row - 1, col: rect.column - 1 },
      raw as never,
    );
    this.spreadsheet.contentChanged();
  }

  invalidateExtent(): void {
    this.extentCache = null;
  }

  private isDateCell(row: number, column: number): boolean {
    const st = this.styles.get(keyOf(row, column));
    if (st?.numberFormat) return isDateFormat(st.numberFormat);
    const t = this.spreadsheet.hf.getCellValueDetailedType({
      sheet: this.hfId,
      row: row - 1,
      col: column - 1,
    });
    return isDateType(t);
  }

  /** Computed values as Sheets returns them: "" for blanks, error texts, Dates for date cells. */
  readValues(rect: GridRect): unknown[][] {
    const ss = this.spreadsheet;
    const id = this.hfId;
    const vals = ss.hf.getRangeValues({
      start: { sheet: id, row: rect.row - 1, col: rect.column - 1 },
      end: { sheet: id, row: rect.row + rect.numRows - 2, col: rect.column + rect.numColumns - 2 },
    });
    const tz = ss.timeZone;
    const out: unknown[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const src = vals[r];
      const row: unknown[] = [];
      for (let c = 0; c < rect.numColumns; c++) {
        const v = src[c];
        if (v === null || v === undefined) row.push('');
        else if (v instanceof DetailedCellError) row.push(sheetsErrorText(v));
        else if (typeof v === 'number' && this.isDateCell(rect.row + r, rect.column + c)) {
          row.push(ss.makeDate(instantOfSerial(v, tz)));
        } else row.push(v);
      }
      out.push(row);
    }
    return out;
  }

  readDisplayValues(rect: GridRect): string[][] {
    const ss = this.spreadsheet;
    const id = this.hfId;
    const vals = ss.hf.getRangeValues({
      start: { sheet: id, row: rect.row - 1, col: rect.column - 1 },
      end: { sheet: id, row: rect.row + rect.numRows - 2, col: rect.column + rect.numColumns - 2 },
    });
    return vals.map((src, r) =>
      src.map((v, c) => {
        if (v instanceof DetailedCellError) return sheetsErrorText(v);
        const row = rect.row + r;
        const col = rect.column + c;
        const st = this.styles.get(keyOf(row, col));
        const asDate = typeof v === 'number' && this.isDateCell(row, col);
        return displayText(v, st ? st.numberFormat : undefined, ss.locale, asDate);
      }),
    );
  }

  readFormulas(rect: GridRect): string[][] {
    const id = this.hfId;
    const f = this.spreadsheet.hf.getRangeFormulas({
      start: { sheet: id, row: rect.row - 1, col: rect.column - 1 },
      end: { sheet: id, row: rect.row + rect.numRows - 2, col: rect.column + rect.numColumns - 2 },
    });
    return f.map((row) => row.map((x) => (x === undefined ? '' : x)));
  }

  /** Last row and column holding a value or a formula (spilled results count, formats do not). */
  extent(): { rows: number; columns: number } {
    if (this.extentCache) return this.extentCache;
    const values = this.spreadsheet.hf.getSheetValues(this.hfId);
    let rows = 0;
    let columns = 0;
    for (let r = 0; r < values.length; r++) {
      const row = values[r];
      for (let c = row.length - 1; c >= 0; c--) {
        const v = row[c];
        if (v !== null && v !== undefined && v !== '') {
          rows = r + 1;
          if (c + 1 > columns) columns = c + 1;
          break;
        }
      }
    }
    this.extentCache = { rows, columns };
    return this.extentCache;
  }

  // ------------------------------------------------------------ internal: merges, protections

  addMerge(rect: GridRect): void {
    if (rect.numRows === 1 && rect.numColumns === 1) return;
    this.breakMerges(rect);
    this.merges.push({ ...rect });
    // Sheets keeps only the top-left value of a merged block.
    const raw: unknown[][] = [];
    for (let r = 0; r < rect.numRows; r++) {
      const row: unknown[] = [];
      for (let c = 0; c < rect.numColumns; c++) row.push(undefined);
      raw.push(row);
    }
    const formulas = this.readFormulas(rect);
    const hf = this.spreadsheet.hf;
    const id = this.hfId;
    const topLeft =
      formulas[0][0] || hf.getCellSerialized({ sheet: id, row: rect.row - 1, col: rect.column - 1 });
    const cleared = raw.map((row, r) => row.map((_, c) => (r === 0 && c === 0 ? topLeft : null)));
    this.setContents(rect, cleared);
  }

  breakMerges(rect: GridRect): void {
    this.merges = this.merges.filter((m) => !intersects(m, rect));
  }

  mergesIn(rect: GridRect): GridRect[] {
    return this.merges.filter((m) => intersects(m, rect));
  }

  addProtection(type: 'RANGE' | 'SHEET', rect: GridRect | null): Protection {
    const p = new Protection(type, this, rect, this.spreadsheet.counter, (gone) => {
      this.protections = this.protections.filter((x) => x !== gone);
    });
    this.protections.push(p);
    return p;
  }

  // ------------------------------------------------------------ public API

  getName(): string {
    this.hit('getName');
    return this.name;
  }
  setName(name: string): this {
    this.hit('setName', [name]);
    if (name === this.name) return this;
    this.spreadsheet.assertNameFree(name, this);
    this.spreadsheet.hf.renameSheet(this.hfId, name);
    this.name = name;
    return this;
  }
  addDeveloperMetadata(key: string, value?: string): this {
    this.hit('addDeveloperMetadata');
    this.metadata.push(new DeveloperMetadata(this.spreadsheet.counter, this, key, value ?? null));
    return this;
  }
  getRangeList(a1Notations: string[]): RangeList {
    this.hit('getRangeList', [a1Notations]);
    return new RangeList(a1Notations.map((a1) => this.rangeFromA1(a1)));
  }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): Range {
    this.hit('getRange');
    if (typeof a === 'string') return this.rangeFromA1(a);
    return this.checkedRange({
      row: a,
      column: column as number,
      numRows: numRows === undefined ? 1 : numRows,
      numColumns: numColumns === undefined ? 1 : numColumns,
    });
  }
  getDataRange(): Range {
    this.hit('getDataRange');
    const e = this.extent();
    return this.rangeOf({
      row: 1,
      column: 1,
      numRows: Math.max(1, e.rows),
      numColumns: Math.max(1, e.columns),
    });
  }
  getLastRow(): number {
    this.hit('getLastRow');
    return this.extent().rows;
  }
  getLastColumn(): number {
    this.hit('getLastColumn');
    return this.extent().columns;
  }
  getMaxRows(): number {
    this.hit('getMaxRows');
    return this.maxRows;
  }
  getMaxColumns(): number {
    this.hit('getMaxColumns');
    return this.maxColumns;
  }

  // rows and columns ---------------------------------------------------------

  private shiftRows(at: number, delta: number): void {
    // at: first row that moves (1-based); delta < 0 deletes rows at..at-delta-1
    const moved = new Map<number, CellStyle>();
    for (const [k, st] of this.styles) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      if (row < at) moved.set(k, st);
      else if (delta > 0) moved.set(keyOf(row + delta, col), st);
      else if (row >= at - delta) moved.set(keyOf(row + delta, col), st);
    }
    this.styles.clear();
    for (const [k, st] of moved) this.styles.set(k, st);
    this.hiddenRows = shiftSet(this.hiddenRows, at, delta);
    this.rowHeights = shiftMap(this.rowHeights, at, delta);
    this.merges = shiftRects(this.merges, 'row', 'numRows', at, delta);
    this.maxRows += delta;
  }

  private shiftColumns(at: number, delta: number): void {
    const moved = new Map<number, CellStyle>();
    for (const [k, st] of this.styles) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      if (col < at) moved.set(k, st);
      else if (delta > 0) moved.set(keyOf(row, col + delta), st);
      else if (col >= at - delta) moved.set(keyOf(row, col + delta), st);
    }
    this.styles.clear();
    for (const [k, st] of moved) this.styles.set(k, st);
    this.hiddenColumns = shiftSet(this.hiddenColumns, at, delta);
    this.columnWidths = shiftMap(this.columnWidths, at, delta);
    this.merges = shiftRects(this.merges, 'column', 'numColumns', at, delta);
    this.maxColumns += delta;
  }

  private addRowsAt(before: number, count: number): void {
    if (count < 1) throw new Error('Those rows are out of bounds.');
    if (before < 1 || before > this.maxRows + 1) throw new Error('Those rows are out of bounds.');
    this.spreadsheet.hf.addRows(this.hfId, [before - 1, count]);
    this.shiftRows(before, count);
    this.spreadsheet.contentChanged();
  }

  private addColumnsAt(before: number, count: number): void {
    if (count < 1) throw new Error('Those columns are out of bounds.');
    if (before < 1 || before > this.maxColumns + 1) throw new Error('Those columns are out of bounds.');
    this.spreadsheet.hf.addColumns(this.hfId, [before - 1, count]);
    this.shiftColumns(before, count);
    this.spreadsheet.contentChanged();
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.hit('insertRowsBefore');
    this.addRowsAt(beforePosition, howMany);
    return this;
  }
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.hit('insertRowsAfter');
    this.addRowsAt(afterPosition + 1, howMany);
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.hit('insertColumnsAfter');
    this.addColumnsAt(afterPosition + 1, howMany);
    return this;
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.hit('deleteRows');
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.maxRows) {
      throw new Error('Those rows are out of bounds.');
    }
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.spreadsheet.hf.removeRows(this.hfId, [rowPosition - 1, howMany]);
    this.shiftRows(rowPosition, -howMany);
    this.spreadsheet.contentChanged();
  }
  deleteRow(rowPosition: number): this {
    this.hit('deleteRow');
    if (rowPosition < 1 || rowPosition > this.maxRows) throw new Error('Those rows are out of bounds.');
    this.spreadsheet.hf.removeRows(this.hfId, [rowPosition - 1, 1]);
    this.shiftRows(rowPosition, -1);
    this.spreadsheet.contentChanged();
    return this;
  }
  deleteColumn(columnPosition: number): this {
    this.hit('deleteColumn');
    if (columnPosition < 1 || columnPosition > this.maxColumns)
      throw new Error('Those columns are out of bounds.');
    this.spreadsheet.hf.removeColumns(this.hfId, [columnPosition - 1, 1]);
    this.shiftColumns(columnPosition, -1);
    this.spreadsheet.contentChanged();
    return this;
  }

  // clearing ------------------------------------------------------------------

  private clearAllContents(): void {
    this.spreadsheet.hf.clearSheet(this.hfId);
    this.spreadsheet.contentChanged();
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.hit('clear');
    const o = options || {};
    if (!o.formatOnly) this.clearAllContents();
    if (!o.contentsOnly) {
      this.clearFormatsIn(this.fullRect());
      this.merges = [];
    }
    return this;
  }
  /** Formats (not notes or validation) of the cells inside a rectangle. */
  clearFormatsIn(rect: GridRect): void {
    for (const [k, st] of this.styles) {
      const row = Math.floor(k / KEY);
      const col = k % KEY;
      if (row < rect.row || row >= rect.row + rect.numRows) continue;
      if (col < rect.column || col >= rect.column + rect.numColumns) continue;
      for (const key of FORMAT_KEYS) delete st[key];
    }
  }

  // frozen, hidden, sizes -------------------------------------------------------

  setFrozenRows(rows: number): void {
    this.hit('setFrozenRows', [rows]);
    if (rows < 0 || rows >= this.maxRows) throw new Error('Invalid number of frozen rows: ' + rows);
    this.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.hit('setFrozenColumns', [columns]);
    if (columns < 0 || columns >= this.maxColumns)
      throw new Error('Invalid number of frozen columns: ' + columns);
    this.frozenColumns = columns;
  }
  getFrozenRows(): number {
    this.hit('getFrozenRows');
    return this.frozenRows;
  }
  getFrozenColumns(): number {
    this.hit('getFrozenColumns');
    return this.frozenColumns;
  }
  hideRows(rowIndex: number, numRows?: number): void {
    this.hit('hideRows');
    for (let i = 0; i < (numRows === undefined ? 1 : numRows); i++) this.hiddenRows.add(rowIndex + i);
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    this.hit('hideColumns');
    for (let i = 0; i < (numColumns === undefined ? 1 : numColumns); i++)
      this.hiddenColumns.add(columnIndex + i);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    this.hit('isRowHiddenByUser');
    return this.hiddenRows.has(rowPosition);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    this.hit('isColumnHiddenByUser');
    return this.hiddenColumns.has(columnPosition);
  }
  setColumnWidth(columnPosition: number, width: number): this {
    this.hit('setColumnWidth', [columnPosition, width]);
    this.columnWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.hit('setColumnWidths', [startColumn, numColumns, width]);
    for (let i = 0; i < numColumns; i++) this.columnWidths.set(startColumn + i, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    this.hit('getColumnWidth');
    const w = this.columnWidths.get(columnPosition);
    return w === undefined ? 100 : w;
  }

  // conditional formats ----------------------------------------------------------

  getConditionalFormatRules(): ConditionalFormatRule[] {
    this.hit('getConditionalFormatRules');
    return this.conditionalRules.slice();
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.hit('setConditionalFormatRules', [rules]);
    for (const r of rules) {
      for (const range of r.data.ranges) {
        if (range.sheet !== this)
          throw new Error('Conditional format rule cannot reference a different sheet.');
      }
    }
    this.conditionalRules = rules.slice();
  }

  // protection ---------------------------------------------------------------------

  protect(): Protection {
    this.hit('protect');
    const existing = this.protections.find((p) => p.type === 'SHEET');
    return existing || this.addProtection('SHEET', null);
  }
  getProtections(type: unknown): Protection[] {
    this.hit('getProtections');
    return this.protections.filter((p) => p.type === String(type));
  }

  // charts --------------------------------------------------------------------------

  newChart(): EmbeddedChartBuilder {
    this.hit('newChart');
    return new EmbeddedChartBuilder(this.spreadsheet.counter);
  }
  insertChart(chart: EmbeddedChart): void {
    this.hit('insertChart');
    this.charts.push(chart);
  }
  getCharts(): EmbeddedChart[] {
    this.hit('getCharts');
    return this.charts.slice();
  }

  // the tab ---------------------------------------------------------------------------

  activate(): this {
    this.hit('activate');
    this.spreadsheet.activateSheet(this);
    return this;
  }
  setTabColor(color: string | null): this {
    this.hit('setTabColor', [color]);
    this.tabColor = color === null ? null : normalizeColor(color);
    return this;
  }
  getSheetId(): number {
    this.hit('getSheetId');
    return this.sheetId;
  }
  getIndex(): number {
    this.hit('getIndex');
    return this.spreadsheet.sheetList().indexOf(this) + 1;
  }
  hideSheet(): this {
    this.hit('hideSheet');
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    this.hit('isSheetHidden');
    return this.hidden;
  }
  /** Copies contents, formats, sizes, merges, conditional formats and notes (charts and protections are not copied). */
  copyTo(target: Spreadsheet): Sheet {
    this.hit('copyTo');
    return target.copySheetFrom(this);
  }
}

function intersects(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function shiftSet(set: Set<number>, at: number, delta: number): Set<number> {
  const out = new Set<number>();
  for (const i of set) {
    if (i < at) out.add(i);
    else if (delta > 0) out.add(i + delta);
    else if (i >= at - delta) out.add(i + delta);
  }
  return out;
}

function shiftMap(map: Map<number, number>, at: number, delta: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const [i, v] of map) {
    if (i < at) out.set(i, v);
    else if (delta > 0) out.set(i + delta, v);
    else if (i >= at - delta) out.set(i + delta, v);
  }
  return out;
}

function shiftRects(
  rects: GridRect[],
  start: 'row' | 'column',
  size: 'numRows' | 'numColumns',
  at: number,
  delta: number,
): GridRect[] {
  const out: GridRect[] = [];
  for (const r of rects) {
    const first = r[start];
    const last = first + r[size] - 1;
    if (last < at) out.push(r);
    else if (delta > 0) {
      out.push(first >= at ? { ...r, [start]: first + delta } : { ...r, [size]: r[size] + delta });
    } else {
      const delFirst = at;
      const delLast = at - delta - 1;
      if (first > delLast) out.push({ ...r, [start]: first + delta });
      else {
        const kept = r[size] - (Math.min(last, delLast) - Math.max(first, delFirst) + 1);
        if (kept > 1 || (kept === 1 && r[start === 'row' ? 'numColumns' : 'numRows'] > 1)) {
          out.push({ ...r, [start]: Math.min(first, delFirst), [size]: kept });
        }
      }
    }
  }
  return out;
}
