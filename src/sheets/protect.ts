import { a1Rect, type Rect, runs } from './grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Warns before an edit of `rects`: one rect is a range protection (4 calls: getRange, protect,
 * setWarningOnly, setDescription); several are one sheet protection that leaves the other cells of the sheet
 * (of `size`) free (6 calls: protect, setWarningOnly, setDescription, getRangeList, getRanges,
 * setUnprotectedRanges) instead of 4 each. The choice follows the rects, never the team size, so the calls of
 * an action stay the same for any team; the cells a person may type into are the same either way within the
 * sheet's `size` — rows or columns added later fall under the sheet protection (a warning, as on formula cells).
 */
export function protect(
  sheet: Sheet,
  rects: readonly Rect[],
  size: { rows: number; cols: number },
  note: string,
): void {
  if (!rects.length) return;
  if (rects.length === 1) {
    const [r] = rects;
    sheet.getRange(r.row, r.col, r.rows, r.cols).protect().setWarningOnly(true).setDescription(note);
    return;
  }
  const protection = sheet.protect().setWarningOnly(true).setDescription(note);
  const free = freeRects(rects, size);
  if (free.length) protection.setUnprotectedRanges(sheet.getRangeList(free.map(a1Rect)).getRanges());
}

/**
 * The cells of a `size` sheet outside every rect, as few rects as a sweep by row bands gives: rows where the
 * free columns are the same make one band, and each run of free columns in a band one rect.
 */
export function freeRects(rects: readonly Rect[], size: { rows: number; cols: number }): Rect[] {
  const edges = new Set([1, size.rows + 1]);
  for (const r of rects) {
    edges.add(Math.min(Math.max(r.row, 1), size.rows + 1));
    edges.add(Math.min(r.row + r.rows, size.rows + 1));
  }
  const cuts = [...edges].sort((a, b) => a - b);
  const out: Rect[] = [];
  let open: Rect[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [top, next] = [cuts[k], cuts[k + 1]];
    const spans = freeColumns(rects, top, size.cols);
    const same =
      open.length === spans.length && open.every((o, i) => o.col === spans[i][0] && o.cols === spans[i][1]);
    if (same) {
      for (const o of open) o.rows += next - top;
      continue;
    }
    out.push(...open);
    open = spans.map(([col, cols]) => ({ row: top, col, rows: next - top, cols }));
  }
  out.push(...open);
  return out;
}

/** The runs of columns of row `row` that no rect covers: [start, count]. */
function freeColumns(rects: readonly Rect[], row: number, cols: number): [number, number][] {
  const taken = new Uint8Array(cols + 1);
  for (const r of rects) {
    if (row < r.row || row >= r.row + r.rows) continue;
    for (let c = Math.max(r.col, 1); c < Math.min(r.col + r.cols, cols + 1); c++) taken[c] = 1;
  }
  const free: number[] = [];
  for (let c = 1; c <= cols; c++) if (!taken[c]) free.push(c);
  return runs(free);
}
