import { type ConditionalRule, type Grid, type Rect, runs, type ValidationRule } from './grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Writes a Grid into the tab `name` (created when missing, otherwise cleared first), in a number of service
 * calls that depends on the grid's shape of features (merges, validations, protected ranges, charts), never
 * on how many rows or columns it has.
 */
export function writeGrid(ss: Spreadsheet, name: string, grid: Grid, protectionNote: string): Sheet {
  const sheet = ss.getSheetByName(name) ?? ss.insertSheet(name);
  resetSheet(sheet);
  ensureSize(sheet, grid.rows, grid.cols);
  const all = sheet.getRange(1, 1, grid.rows, grid.cols);
  all.setValues(grid.values);
  all.setNumberFormats(grid.formats.map((row) => row.map((f) => f || 'General')));
  all.setBackgrounds(grid.backgrounds as string[][]);
  all.setFontWeights(grid.weights);
  all.setFontColors(grid.fontColors as string[][]);
  all.setNotes(grid.notes);
  sheet.setFrozenRows(grid.frozenRows);
  sheet.setFrozenColumns(grid.frozenCols);
  for (const [start, count] of runs(grid.hiddenRows)) sheet.hideRows(start, count);
  for (const [start, count] of runs(grid.hiddenCols)) sheet.hideColumns(start, count);
  for (const [start, count, width] of widthRuns(grid.widths)) sheet.setColumnWidths(start, count, width);
  for (const m of grid.merges) range(sheet, m).merge();
  for (const v of grid.validations) range(sheet, v.rect).setDataValidation(validation(v.rule));
  sheet.setConditionalFormatRules(grid.conditional.map((c) => conditional(sheet, c)));
  for (const p of grid.protectedRects)
    range(sheet, p).protect().setWarningOnly(true).setDescription(protectionNote);
  for (const c of grid.charts) sheet.insertChart(chart(sheet, c));
  if (grid.tabColor) sheet.setTabColor(grid.tabColor);
  return sheet;
}

function range(sheet: Sheet, r: Rect): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row, r.col, r.rows, r.cols);
}

/** Clears what an earlier generation left: content, formats, rules, protections, charts, hidden rows. */
function resetSheet(sheet: Sheet): void {
  const rows = sheet.getMaxRows();
  const cols = sheet.getMaxColumns();
  sheet.clear();
  const whole = sheet.getRange(1, 1, rows, cols);
  whole.clearDataValidations();
  whole.breakApart();
  sheet.showRows(1, rows);
  sheet.showColumns(1, cols);
  sheet.setConditionalFormatRules([]);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) p.remove();
  for (const c of sheet.getCharts()) sheet.removeChart(c);
}

function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Equal widths of consecutive columns set in one call: [start, count, width]. */
function widthRuns(widths: Record<number, number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  const cols = Object.keys(widths)
    .map(Number)
    .sort((a, b) => a - b);
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c && last[2] === widths[c]) last[1]++;
    else out.push([c, 1, widths[c]]);
  }
  return out;
}

function validation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation();
  switch (rule.kind) {
    case 'numberAtLeast':
      return b
        .requireNumberGreaterThanOrEqualTo(rule.min)
        .setAllowInvalid(false)
        .setHelpText(rule.help)
        .build();
    case 'list':
      return b.requireValueInList(rule.values, true).setAllowInvalid(false).setHelpText(rule.help).build();
    case 'date':
      return b.requireDate().setAllowInvalid(false).setHelpText(rule.help).build();
    case 'checkbox':
      return b.requireCheckbox().build();
  }
}

function conditional(sheet: Sheet, c: ConditionalRule): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const b = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(c.formula)
    .setBackground(c.background)
    .setRanges([range(sheet, c.rect)]);
  if (c.fontColor) b.setFontColor(c.fontColor);
  return b.build();
}

function chart(sheet: Sheet, c: Grid['charts'][number]): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  const type = {
    column: Charts.ChartType.COLUMN,
    line: Charts.ChartType.LINE,
    bar: Charts.ChartType.BAR,
  }[c.type];
  return sheet
    .newChart()
    .setChartType(type)
    .addRange(range(sheet, c.rect))
    .setNumHeaders(1)
    .setPosition(c.anchorRow, c.anchorCol, 0, 0)
    .setOption('title', c.title)
    .build();
}
