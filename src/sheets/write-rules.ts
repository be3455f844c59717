import type { ConditionalRule, Grid, Rect, ValidationRule } from './grid';
import { range } from './ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The rules in one call: a single rule on its range, several as one 2-D array over the block they span
 * (cells between them get none, as on a new sheet).
 */
export function writeValidations(sheet: Sheet, validations: Grid['validations']): void {
  const box = boundingRect(validations.map((v) => v.rect));
  if (!box) return;
  if (validations.length === 1) {
    range(sheet, box).setDataValidation(validation(validations[0].rule, SpreadsheetApp.newDataValidation()));
    return;
  }
  const rules = Array.from({ length: box.rows }, () =>
    new Array<GoogleAppsScript.Spreadsheet.DataValidation | null>(box.cols).fill(null),
  );
  const base = SpreadsheetApp.newDataValidation();
  for (const v of validations) {
    const rule = validation(v.rule, base.copy());
    for (let r = v.rect.row; r < v.rect.row + v.rect.rows; r++)
      for (let c = v.rect.col; c < v.rect.col + v.rect.cols; c++) rules[r - box.row][c - box.col] = rule;
  }
  range(sheet, box).setDataValidations(rules);
}

/** The smallest rect holding all of `rects`; null for none. */
function boundingRect(rects: readonly Rect[]): Rect | null {
  if (!rects.length) return null;
  const row = Math.min(...rects.map((r) => r.row));
  const col = Math.min(...rects.map((r) => r.col));
  const lastRow = Math.max(...rects.map((r) => r.row + r.rows - 1));
  const lastCol = Math.max(...rects.map((r) => r.col + r.cols - 1));
  return { row, col, rows: lastRow - row + 1, cols: lastCol - col + 1 };
}

/** `b`: a fresh builder (a copy of one blank builder: one service call for all the rules of a tab). */
function validation(
  rule: ValidationRule,
  b: GoogleAppsScript.Spreadsheet.DataValidationBuilder,
): GoogleAppsScript.Spreadsheet.DataValidation {
  switch (rule.kind) {
    case 'numberAtLeast':
      return b
        .requireNumberGreaterThanOrEqualTo(rule.min)
        .setAllowInvalid(false)
        .setHelpText(rule.help)
        .build();
    case 'numberBetween':
      return b.requireNumberBetween(rule.min, rule.max).setAllowInvalid(false).setHelpText(rule.help).build();
    case 'list':
      return b
        .requireValueInList(rule.values, true)
        .setAllowInvalid(rule.strict === false)
        .setHelpText(rule.help)
        .build();
    case 'date':
      return b.requireDate().setAllowInvalid(false).setHelpText(rule.help).build();
    case 'checkbox':
      return b.requireCheckbox().build();
  }
}

export function conditional(
  target: GoogleAppsScript.Spreadsheet.Range,
  c: ConditionalRule,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  const b = SpreadsheetApp.newConditionalFormatRule()
    .whenFormulaSatisfied(c.formula)
    .setBackground(c.background)
    .setRanges([target]);
  if (c.fontColor) b.setFontColor(c.fontColor);
  return b.build();
}

export function chart(sheet: Sheet, c: Grid['charts'][number]): GoogleAppsScript.Spreadsheet.EmbeddedChart {
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
