import { a1Rect, type Rect } from './grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function range(sheet: Sheet, r: Rect): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row, r.col, r.rows, r.cols);
}

/** Rects that take the same setting: one range, or one RangeList for several (a call either way). */
export function ranges(
  sheet: Sheet,
  rects: readonly Rect[],
): GoogleAppsScript.Spreadsheet.Range | GoogleAppsScript.Spreadsheet.RangeList {
  return rects.length === 1 ? range(sheet, rects[0]) : sheet.getRangeList(rects.map(a1Rect));
}

/** getRange once per rect however often it is needed (conditional rules on the same cells share one). */
export function rangeCache(sheet: Sheet): (r: Rect) => GoogleAppsScript.Spreadsheet.Range {
  const ranges = new Map<string, GoogleAppsScript.Spreadsheet.Range>();
  return (r) => {
    const key = a1Rect(r);
    const known = ranges.get(key);
    if (known) return known;
    const made = range(sheet, r);
    ranges.set(key, made);
    return made;
  };
}

/** The cells of `layer` (a grid's 2-D layer, 1-based rect) inside `r`. */
export function sliceRect<T>(layer: readonly (readonly T[])[], r: Rect): T[][] {
  return layer.slice(r.row - 1, r.row - 1 + r.rows).map((row) => row.slice(r.col - 1, r.col - 1 + r.cols));
}
