/**
 * An in-memory spreadsheet to .xlsx and back, with exceljs.
 *
 * Written: every tab in order; values; formulas with their computed results cached (LibreOffice and Excel
 * show the cache without recalculating); number formats; backgrounds; font weight, style, colour, size;
 * alignment and wrap; merges; conditional formats (the number comparisons, custom formulas, text-contains
 * and empty/not-empty rules the builder makes); data validation; frozen panes; column widths and row
 * heights (a row with wrapped text as tall as its lines, xlsx-rows.ts); hidden rows, columns and tabs;
 * notes; tab colours.
 * Not written: charts (exceljs cannot write them; the demo's pictures draw them, local/charts.ts). With
 * `chartList: true` a last tab "Charts" lists each chart (tab, type, anchor cell, ranges, title) so the
 * demo shows what Sheets would draw. Protections are not written either (warnings only in this add-on).
 *
 * Read back (readXlsx): tabs, values, formulas, number formats and the grid size — enough to run the add-on
 * on settings tabs a user filled in.
 */
import ExcelJS from 'exceljs';
import { CHAR_PX } from '../src/sheets/widths';
import { a1Of, columnLetter, type GridRect } from './spreadsheet/a1';
import type { ConditionalFormatRule, DataValidation } from './spreadsheet/builders';
import { type CellStyle, isDateFormat } from './spreadsheet/cells';
import { DetailedCellError, sheetsErrorText } from './spreadsheet/engine';
import type { Sheet } from './spreadsheet/sheet';
import { Spreadsheet, type SpreadsheetOptions } from './spreadsheet/spreadsheet';
import { instantOfSerial } from './spreadsheet/tz';
import { fitWrappedRows } from './xlsx-rows';

export interface WriteXlsxOptions {
  /** Add a "Charts" tab listing the charts that could not be drawn (default false). */
  chartList?: boolean;
}

const CSS_COLORS: Record<string, string> = {
  white: 'ffffff',
  black: '000000',
  red: 'ff0000',
  green: '008000',
  lime: '00ff00',
  blue: '0000ff',
  yellow: 'ffff00',
  orange: 'ffa500',
  gray: '808080',
  grey: '808080',
  silver: 'c0c0c0',
};

/** ARGB for exceljs, or null for a colour we cannot express. */
export function argbOf(color: string | undefined | null): string | null {
  if (!color) return null;
  const c = color.trim().toLowerCase();
  if (/^#[0-9a-f]{6}$/.test(c)) return ('ff' + c.slice(1)).toUpperCase();
  if (/^#[0-9a-f]{3}$/.test(c)) return ('ff' + c[1] + c[1] + c[2] + c[2] + c[3] + c[3]).toUpperCase();
  const named = CSS_COLORS[c];
  return named ? ('ff' + named).toUpperCase() : null;
}

/** Sheets writes months as M or m; Excel and LibreOffice read date codes in lower case. */
function excelNumFmt(pattern: string): string {
  if (!isDateFormat(pattern)) return pattern;
  return pattern.replace(/"[^"]*"|AM\/PM|[A-Za-z]/g, (t) => (t.length === 1 ? t.toLowerCase() : t));
}

const OPERATORS: Record<string, string> = {
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
};

function cfRule(
  rule: ConditionalFormatRule,
  priority: number,
  topLeft: string,
): ExcelJS.ConditionalFormattingRule | null {
  const d = rule.data;
  const style: Partial<ExcelJS.Style> = {};
  const bg = argbOf(d.background);
  if (bg) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: bg }, fgColor: { argb: bg } };
  const font: Partial<ExcelJS.Font> = {};
  const fc = argbOf(d.fontColor);
  if (fc) font.color = { argb: fc };
  if (d.bold !== null) font.bold = d.bold;
  if (d.italic !== null) font.italic = d.italic;
  if (Object.keys(font).length > 0) style.font = font;
  const criteria = d.criteria || '';
  const op = OPERATORS[criteria];
  if (op) {
    return {
      type: 'cellIs',
      operator: op as 'lessThan',
      formulae: d.values.map((v) => String(v)),
      priority,
      style,
    };
  }
  if (criteria === 'CUSTOM_FORMULA') {
    return { type: 'expression', formulae: [String(d.values[0]).replace(/^=/, '')], priority, style };
  }
  if (criteria === 'TEXT_CONTAINS') {
    return { type: 'containsText', operator: 'containsText', text: String(d.values[0]), priority, style };
  }
  if (criteria === 'CELL_EMPTY')
    return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))=0`], priority, style };
  if (criteria === 'CELL_NOT_EMPTY') {
    return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))>0`], priority, style };
  }
  if (criteria === 'TEXT_EQUAL_TO') {
    return {
      type: 'expression',
      formulae: [`${topLeft}="${String(d.values[0]).replace(/"/g, '""')}"`],
      priority,
      style,
    };
  }
  return null;
}

function validationOf(v: DataValidation): ExcelJS.DataValidation | null {
  const d = v.data;
  const common = {
    allowBlank: true,
    showErrorMessage: !d.allowInvalid,
    errorStyle: d.allowInvalid ? 'warning' : 'stop',
    showInputMessage: !!d.helpText,
    prompt: d.helpText || undefined,
  } as const;
  const num = (op: string, values: unknown[]) =>
    ({
      ...common,
      type: 'decimal',
      operator: op,
      formulae: values.map((x) => Number(x)),
    }) as ExcelJS.DataValidation;
  switch (d.criteria) {
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return num('greaterThanOrEqual', d.values);
    case 'NUMBER_GREATER_THAN':
      return num('greaterThan', d.values);
    case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
      return num('lessThanOrEqual', d.values);
    case 'NUMBER_BETWEEN':
      return num('between', d.values);
    case 'VALUE_IN_LIST':
      return {
        ...common,
        type: 'list',
        formulae: ['"' + (d.values[0] as string[]).join(',') + '"'],
      } as ExcelJS.DataValidation;
    case 'DATE_IS_VALID_DATE':
      return { ...common, type: 'date', operator: 'greaterThan', formulae: [new Date(Date.UTC(1900, 0, 1))] };
    case 'CHECKBOX':
      return { ...common, type: 'list', formulae: ['"TRUE,FALSE"'] } as ExcelJS.DataValidation;
    default:
      return null;
  }
}

function styleCell(cell: ExcelJS.Cell, st: CellStyle): void {
  if (st.numberFormat) cell.numFmt = excelNumFmt(st.numberFormat);
  const bg = argbOf(st.background);
  if (bg && bg !== 'FFFFFFFF') cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: bg } };
  const font: Partial<ExcelJS.Font> = {};
  if (st.fontWeight === 'bold') font.bold = true;
  if (st.fontStyle === 'italic') font.italic = true;
  const fc = argbOf(st.fontColor);
  if (fc) font.color = { argb: fc };
  if (st.fontSize) font.size = st.fontSize;
  if (st.fontFamily) font.name = st.fontFamily;
  if (Object.keys(font).length > 0) cell.font = font;
  const al: Partial<ExcelJS.Alignment> = {};
  if (st.horizontalAlignment && st.horizontalAlignment !== 'general') {
    al.horizontal = st.horizontalAlignment.replace('normal', 'general') as ExcelJS.Alignment['horizontal'];
  }
  if (st.verticalAlignment) {
    al.vertical = (
      st.verticalAlignment === 'center' ? 'middle' : st.verticalAlignment
    ) as ExcelJS.Alignment['vertical'];
  }
  if (st.wrap) al.wrapText = true;
  if (Object.keys(al).length > 0) cell.alignment = al;
  if (st.border) {
    const thin = { style: 'thin' as const };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (st.note) cell.note = st.note;
  if (st.validation) {
    const v = validationOf(st.validation);
    if (v) cell.dataValidation = v;
  }
}

function writeSheet(wb: ExcelJS.Workbook, sheet: Sheet): void {
  const ss = sheet.spreadsheet;
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.hidden ? 'hidden' : 'visible',
    properties:
      sheet.tabColor && argbOf(sheet.tabColor) ? { tabColor: { argb: argbOf(sheet.tabColor)! } } : {},
    views:
      sheet.frozenRows || sheet.frozenColumns
        ? [{ state: 'frozen', xSplit: sheet.frozenColumns, ySplit: sheet.frozenRows }]
        : [],
  });
  const id = sheet.hfId;
  const content = ss.hf.getSheetSerialized(id);
  const values = ss.hf.getSheetValues(id);
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const raw = content[r] ? content[r][c] : null;
      const v = row[c];
      if ((v === null || v === undefined) && (raw === null || raw === undefined)) continue;
      const cell = ws.getCell(r + 1, c + 1);
      const result = v instanceof DetailedCellError ? { error: sheetsErrorText(v) } : v === null ? '' : v;
      if (typeof raw === 'string' && raw.startsWith('=')) {
        cell.value = { formula: raw.slice(1), result } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = result as ExcelJS.CellValue;
      }
    }
  }
  // number formats for dates HyperFormula typed (formulas over dates) but nobody formatted
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < values[r].length; c++) {
      if (typeof values[r][c] !== 'number') continue;
      const st = sheet.styleAt(r + 1, c + 1);
      if (st?.numberFormat) continue;
      const t = ss.hf.getCellValueDetailedType({ sheet: id, row: r, col: c });
      if (t === 'NUMBER_DATE')
        ws.getCell(r + 1, c + 1).numFmt = ss.locale.startsWith('ru') ? 'dd.mm.yyyy' : 'm/d/yyyy';
      else if (t === 'NUMBER_DATETIME') ws.getCell(r + 1, c + 1).numFmt = 'dd.mm.yyyy hh:mm:ss';
    }
  }
  for (const [key, st] of sheet.styles) {
    const row = Math.floor(key / 20000);
    const col = key % 20000;
    if (Object.keys(st).length === 0) continue;
    styleCell(ws.getCell(row, col), st);
  }
  for (const m of sheet.merges) {
    ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  }
  // An .xlsx column width counts characters of the default font's digit width: the add-on's plain estimate.
  for (const [col, px] of sheet.columnWidths)
    ws.getColumn(col).width = Math.round((px / CHAR_PX.normal) * 100) / 100;
  for (const col of sheet.hiddenColumns) ws.getColumn(col).hidden = true;
  for (const [row, px] of sheet.rowHeights) ws.getRow(row).height = Math.round(px * 0.75 * 100) / 100;
  fitWrappedRows(ws, sheet);
  for (const row of sheet.hiddenRows) {
    const xr = ws.getRow(row);
    xr.hidden = true;
    // exceljs leaves out rows without cells unless they have a height
    if (xr.height === undefined) xr.height = 15.75;
  }
  let priority = 1;
  for (const rule of sheet.conditionalRules) {
    const rects: GridRect[] = rule.data.ranges.map((r) => r.rect);
    if (rects.length === 0) continue;
    const topLeft = columnLetter(rects[0].column) + rects[0].row;
    const x = cfRule(rule, priority++, topLeft);
    if (x) ws.addConditionalFormatting({ ref: rects.map((r) => a1Of(r)).join(' '), rules: [x] });
  }
}

/** The workbook exceljs would write. */
export function toWorkbook(ss: Spreadsheet, options: WriteXlsxOptions = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sales Plan Kit (local runner)';
  wb.calcProperties.fullCalcOnLoad = false;
  for (const sheet of ss.sheetList()) writeSheet(wb, sheet);
  if (options.chartList) {
    const charts = ss.sheetList().flatMap((s) => s.charts.map((c) => ({ sheet: s, chart: c })));
    if (charts.length > 0) {
      // A workbook read back from an earlier export may already have a "Charts" tab.
      let name = 'Charts';
      for (let n = 2; wb.getWorksheet(name); n++) name = `Charts ${n}`;
      const ws = wb.addWorksheet(name);
      ws.addRow(['Tab', 'Type', 'Anchor', 'Ranges', 'Title']).font = { bold: true };
      for (const { sheet, chart } of charts) {
        const d = chart.data;
        ws.addRow([
          sheet.name,
          d.chartType,
          columnLetter(d.position.anchorColumn) + d.position.anchorRow,
          d.ranges.map((r) => a1Of(r.rect)).join(', '),
          d.options.title === undefined ? '' : String(d.options.title),
        ]);
      }
      ws.getColumn(4).width = 40;
      ws.getColumn(5).width = 40;
    }
  }
  return wb;
}

/** Writes the whole spreadsheet to an .xlsx file. */
export async function writeXlsx(
  ss: Spreadsheet,
  path: string,
  options: WriteXlsxOptions = {},
): Promise<void> {
  await toWorkbook(ss, options).xlsx.writeFile(path);
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/** exceljs gives dates as UTC midnights of the serial day; turn them back into the spreadsheet's days. */
function cellInput(value: ExcelJS.CellValue, timeZone: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return "'" + value; // text in a file is text
  if (value instanceof Date) {
    const serial = (value.getTime() - SERIAL_EPOCH_UTC) / 86400000;
    return new Date(instantOfSerial(serial, timeZone));
  }
  const v = value as unknown as Record<string, unknown>;
  if (typeof v.formula === 'string') return '=' + v.formula;
  if ('sharedFormula' in v) return cellInput((v.result as ExcelJS.CellValue) ?? null, timeZone);
  if (Array.isArray(v.richText))
    return "'" + (v.richText as Array<{ text: string }>).map((t) => t.text).join('');
  if (typeof v.text === 'string') return "'" + v.text;
  if (typeof v.error === 'string') return "'" + v.error;
  return null;
}

/** Reads an .xlsx into a new in-memory spreadsheet: tabs, values, formulas, number formats. */
export async function readXlsx(path: string, options: SpreadsheetOptions = {}): Promise<Spreadsheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const names = wb.worksheets.map((w) => w.name);
  const ss = new Spreadsheet({ ...options, sheets: names.length > 0 ? names : undefined });
  for (const ws of wb.worksheets) {
    const sheet = ss.sheetNamed(ws.name)!;
    const rows = ws.rowCount;
    const cols = ws.columnCount;
    sheet.maxRows = Math.max(sheet.maxRows, rows);
    sheet.maxColumns = Math.max(sheet.maxColumns, cols);
    if (rows === 0 || cols === 0) continue;
    const grid: unknown[][] = [];
    const formats: Array<[number, number, string]> = [];
    for (let r = 1; r <= rows; r++) {
      const row: unknown[] = [];
      const xr = ws.getRow(r);
      for (let c = 1; c <= cols; c++) {
        const cell = xr.getCell(c);
        row.push(cellInput(cell.value, ss.timeZone));
        const fmt = cell.numFmt;
        if (fmt && fmt !== 'General') formats.push([r, c, fmt]);
      }
      grid.push(row);
    }
    sheet.writeValues({ row: 1, column: 1, numRows: rows, numColumns: cols }, grid);
    for (const [r, c, fmt] of formats) sheet.setStyle(r, c, 'numberFormat', fmt);
    const view = ws.views?.[0];
    if (view && view.state === 'frozen') {
      sheet.frozenRows = view.ySplit || 0;
      sheet.frozenColumns = view.xSplit || 0;
    }
  }
  ss.counter.reset();
  return ss;
}
