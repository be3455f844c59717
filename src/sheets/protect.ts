import { a1Rect, type Rect, runs } from './grid';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Service calls of each way to protect a tab's cells with a warning. */
const CALLS = {
  /** getRange, protect, setWarningOnly, setDescription. */
  perRangeProtection: 4,
  /** protect, setWarningOnly, setDescription. */
  sheetProtection: 3,
  /** getRange or getRangeList + getRanges, setUnprotectedRanges. */
  freeRanges: (n: number) => (n === 0 ? 0 : n === 1 ? 2 : 3),
};

/**
 * Warns before an edit of `rects` on a sheet of `size`, in the fewer calls: a range protection per rect
 * (4 calls each), or one sheet protection that leaves the other cells free (6 calls for any number of rects).
 * The cells a person may type into are the same either way.
 */
export function protect(
  sheet: Sheet,
  rects: readonly Rect[],
  size: { rows: number; cols: number },
  note: string,
): void {
  if (!rects.length) return;
  const free = freeRects(rects, size);
  const sheetCalls = CALLS.sheetProtection + CALLS.freeRanges(free.length);
  if (rects.length * CALLS.perRangeProtection <= sheetCalls) {
    for (const r of rects)
      sheet.getRange(r.row, r.col, r.rows, r.cols).protect().setWarningOnly(true).setDescription(note);
    return;
  }
  const protection = sheet.protect().setWarningOnly(true).setDescription(note);
  if (free.length === 1) {
    const [f] = free;
    protection.setUnprotectedRanges([sheet.getRange(f.row, f.col, f.rows, f.cols)]);
  } else if (free.length) {
    protection.setUnprotectedRanges(sheet.getRangeList(free.map(a1Rect)).getRanges());
  }
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
