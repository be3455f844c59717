import type { Grid, Rect } from './grid';
import { ranges, sliceRect } from './ranges';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Target = Range | GoogleAppsScript.Spreadsheet.RangeList;

/**
 * How one style layer of a tab (backgrounds) goes to a sheet `insertSheet` has just made, in few calls and
 * little payload: the most common values other than the sheet's default each on its rects in one RangeList
 * call (`runs`: the grey of days off down the whole tab), and what remains as one 2-D array over the smallest
 * block holding it (`rest`: the header colours). Which values those are is the tab's structure, not its size,
 * so the calls do not grow with the team.
 *
 * Number formats are not sent so: on the month tab at 200 managers a base format, two runs and the rest cut
 * only 50 KB of their 0.7 MB (percent and ratio columns run down every row and the header spans every column,
 * so the rest's block is the whole tab) for five calls more.
 */
export interface LayerPlan<T> {
  runs: { value: T; rects: Rect[] }[];
  /** The block (1-based) whose cells are sent as they are, after base and run; null when none remains. */
  rest: Rect | null;
}

/** `empty`: what a new sheet's cells hold; `runs`: how many values go by RangeList, the most common first. */
export function planLayer<T>(layer: readonly (readonly T[])[], empty: T, runs: number): LayerPlan<T> {
  const counts = new Map<T, number>();
  for (const row of layer) for (const v of row) if (v !== empty) counts.set(v, (counts.get(v) ?? 0) + 1);
  const chosen = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, runs)
    .map(([value]) => ({ value, rects: valueRects(layer, value) }));
  const done = new Set<T>([empty, ...chosen.map((r) => r.value)]);
  return { runs: chosen, rest: blockOutside(layer, done) };
}

/** The rects (1-based) of the cells holding `value`: runs along each row, stacked where rows repeat them. */
export function valueRects<T>(layer: readonly (readonly T[])[], value: T): Rect[] {
  const out: Rect[] = [];
  let open = new Map<string, Rect>();
  layer.forEach((row, r) => {
    const next = new Map<string, Rect>();
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== value) continue;
      const from = c;
      while (c + 1 < row.length && row[c + 1] === value) c++;
      const key = `${from}:${c}`;
      const above = open.get(key);
      if (above) above.rows++;
      else out.push({ row: r + 1, col: from + 1, rows: 1, cols: c - from + 1 });
      next.set(key, above ?? out[out.length - 1]);
    }
    open = next;
  });
  return out;
}

/**
 * The smallest block (1-based) holding every cell whose value is not in `done`; null when none is. Chosen by
 * the values, never by size (a share of the tab changes with the team), so the calls stay the same for any team.
 */
export function blockOutside<T>(layer: readonly (readonly T[])[], done: ReadonlySet<T>): Rect | null {
  let [top, bottom, left, right] = [-1, -1, Number.POSITIVE_INFINITY, -1];
  layer.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (done.has(row[c])) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  });
  if (top < 0) return null;
  return { row: top + 1, col: left + 1, rows: bottom - top + 1, cols: right - left + 1 };
}

/** Backgrounds, weights and font colours of a new sheet (from A1) by runs of one value (style-runs.ts). */
export function sendStyleRuns(sheet: Sheet, grid: Grid, rangeOf: (r: Rect) => Range): void {
  sendPlanned(sheet, rangeOf, grid.backgrounds, planLayer(grid.backgrounds, null, 1), {
    one: (target, color) => target.setBackground(color),
    many: (target, cells) => target.setBackgrounds(cells),
  });
  sendPlanned(sheet, rangeOf, grid.weights, planLayer(grid.weights, 'normal', 1), {
    one: (target, weight) => target.setFontWeight(weight),
    many: (target, cells) => target.setFontWeights(cells),
  });
  sendPlanned(sheet, rangeOf, grid.fontColors, planLayer(grid.fontColors, null, 1), {
    one: (target, color) => target.setFontColor(color),
    many: (target, cells) => target.setFontColors(cells),
  });
}

/** A style layer of a new sheet, from A1, sent as `planLayer` planned it. */
function sendPlanned<T>(
  sheet: Sheet,
  rangeOf: (r: Rect) => Range,
  layer: T[][],
  plan: LayerPlan<T>,
  set: {
    one: (target: Target, value: T) => void;
    many: (target: Range, cells: T[][]) => void;
  },
): void {
  for (const run of plan.runs)
    set.one(run.rects.length === 1 ? rangeOf(run.rects[0]) : ranges(sheet, run.rects), run.value);
  if (plan.rest) set.many(rangeOf(plan.rest), sliceRect(layer, plan.rest));
}
