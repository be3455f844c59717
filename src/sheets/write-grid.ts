import {
  type Align,
  a1Rect,
  type ConditionalRule,
  type Grid,
  quotedSheet,
  type Rect,
  rect,
  runs,
  type ValidationRule,
} from './grid';
import { protect } from './protect';
import { type LayerPlan, planLayer } from './style-runs';
import { fitWidths } from './widths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface WriteOptions {
  protectionNote: string;
  /** The tab the new one replaces when it was found otherwise than by `name` (a renamed month tab). */
  current?: Sheet | null;
  /** Runs on the complete new tab just before it takes the old one's place (merge what was typed meanwhile). */
  beforeSwap?: (fresh: Sheet, current: Sheet | null) => void;
  /** Sheet-level developer metadata that finds the tab again after a person renames it. */
  tag?: { key: string; value: string };
  hidden?: boolean;
  /**
   * The new tab has the old one's layout cell for cell: formulas of other tabs that point into the old tab
   * (the Week tab, the leaderboards) are re-pointed to the new one instead of being lost with it.
   */
  keepLinks?: boolean;
  /** Collects the names of tabs written whole (the failure dialog lists them). */
  written?: string[];
}

/**
 * Writes a Grid as the tab `name`, safely: the tab is written complete under a temporary name and swapped in
 * only when whole (old renamed aside, new renamed into place, old removed), so a failure at any call leaves
 * the previous tab intact. The number of service calls depends on the grid's features (merges, validations,
 * protected ranges, charts), never on how many rows or columns it has.
 */
export function writeGrid(ss: Spreadsheet, name: string, grid: Grid, options: WriteOptions | string): Sheet {
  const o: WriteOptions = typeof options === 'string' ? { protectionNote: options } : options;
  fitWidths(grid);
  clearLeftovers(ss, name);
  const current = o.current === undefined ? ss.getSheetByName(name) : o.current;
  const fresh = current ? ss.insertSheet(tempName(name), current.getIndex()) : ss.insertSheet(tempName(name));
  fillSheet(fresh, grid, o.protectionNote);
  if (o.tag) fresh.addDeveloperMetadata(o.tag.key, o.tag.value);
  if (o.hidden) fresh.hideSheet();
  o.beforeSwap?.(fresh, current);
  if (current) {
    current.setName(asideName(name));
    fresh.setName(name);
    if (o.keepLinks) repointLinks(ss, asideName(name), name);
    ss.deleteSheet(current);
  } else {
    fresh.setName(name);
  }
  o.written?.push(name);
  return fresh;
}

/**
 * References follow a renamed tab, so other tabs' formulas now name the old tab set aside: one replace over
 * every formula of the spreadsheet points them at the new tab before the old one is removed.
 */
function repointLinks(ss: Spreadsheet, from: string, to: string): void {
  ss.createTextFinder(`${quotedSheet(from)}!`)
    .matchFormulaText(true)
    .replaceAllWith(`${quotedSheet(to)}!`);
}

/** Names a generation in progress uses; never names a person would give a tab. */
export const tempName = (name: string) => `${name} ~new`;
export const asideName = (name: string) => `${name} ~old`;

/** "Ноябрь ~old" → "Ноябрь"; null for a name that is no leftover. */
export function leftoverBase(name: string): string | null {
  for (const suffix of [tempName(''), asideName('')])
    if (name.endsWith(suffix)) return name.slice(0, -suffix.length);
  return null;
}

/**
 * What a failed run can leave: a half-written temporary tab (removed) and the old tab renamed aside, which
 * takes its name back when the swap stopped before the new tab was renamed into place. Only the writer calls
 * this: readers read a tab set aside where it is.
 */
function clearLeftovers(ss: Spreadsheet, name: string): void {
  const temp = ss.getSheetByName(tempName(name));
  if (temp) ss.deleteSheet(temp);
  const aside = ss.getSheetByName(asideName(name));
  if (!aside) return;
  if (ss.getSheetByName(name)) ss.deleteSheet(aside);
  else aside.setName(name);
}

/** What `insertSheet` makes: 1 000 × 26 blank cells 100 px wide in the default look, nothing frozen. */
const NEW_SHEET = { rows: 1000, cols: 26, width: 100 } as const;

/** A sheet `insertSheet` has just made, filled: nothing is sent that a new sheet already is. */
function fillSheet(sheet: Sheet, grid: Grid, protectionNote: string): void {
  writeCells(sheet, grid, 1, true);
  if (grid.frozenRows) sheet.setFrozenRows(grid.frozenRows);
  if (grid.frozenCols) sheet.setFrozenColumns(grid.frozenCols);
  for (const [start, count] of runs(grid.hiddenRows)) sheet.hideRows(start, count);
  for (const [start, count] of runs(grid.hiddenCols)) sheet.hideColumns(start, count);
  for (const [start, count, width] of widthRuns(grid.widths)) sheet.setColumnWidths(start, count, width);
  const wraps = runs(grid.wrapRows).map(([start, count]) => rect(start, 1, count, grid.cols));
  if (wraps.length) ranges(sheet, wraps).setWrap(true);
  for (const m of grid.merges) range(sheet, m).merge();
  const aligns = alignRuns(grid.aligns);
  for (const align of new Set(aligns.map((a) => a.align)))
    ranges(
      sheet,
      aligns.filter((a) => a.align === align).map((a) => a.rect),
    ).setHorizontalAlignment(align);
  writeValidations(sheet, grid.validations);
  const rangeOf = rangeCache(sheet);
  if (grid.conditional.length)
    sheet.setConditionalFormatRules(grid.conditional.map((c) => conditional(rangeOf(c.rect), c)));
  const size = { rows: Math.max(grid.rows, NEW_SHEET.rows), cols: Math.max(grid.cols, NEW_SHEET.cols) };
  protect(sheet, grid.protectedRects, size, protectionNote);
  for (const c of grid.charts) sheet.insertChart(chart(sheet, c));
  if (grid.tabColor) sheet.setTabColor(grid.tabColor);
}

/** getRange once per rect however often it is needed (conditional rules on the same cells share one). */
function rangeCache(sheet: Sheet): (r: Rect) => GoogleAppsScript.Spreadsheet.Range {
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

/**
 * The rules in one call: a single rule on its range, several as one 2-D array over the block they span
 * (cells between them get none, as on a new sheet).
 */
function writeValidations(sheet: Sheet, validations: Grid['validations']): void {
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

/**
 * Each style layer's default: what a new sheet's cells hold, so a new sheet needs no such cell sent. Number
 * formats are always sent whole: a cell set to "General" reads back otherwise than one never formatted.
 */
const LAYER_DEFAULT = { backgrounds: null, weights: 'normal', fontColors: null, notes: '' } as const;
type Layer = keyof typeof LAYER_DEFAULT;

/**
 * The grid's cell layers (values, number formats, colours, weights, notes) from row `from` down: a call each.
 * On a sheet `insertSheet` has just made (`blank`) its size is known and a layer is sent only over the block
 * where it differs from the default (not at all when it never does), so a tab's few notes or colours do not
 * travel as arrays of the whole tab.
 */
export function writeCells(sheet: Sheet, grid: Grid, from = 1, blank = false): void {
  if (blank) growNew(sheet, grid.rows, grid.cols);
  else ensureSize(sheet, grid.rows, grid.cols);
  const whole: Rect = { row: from, col: 1, rows: grid.rows - from + 1, cols: grid.cols };
  const rangeOf = rangeCache(sheet);
  const part = <T>(layer: T[][], r: Rect) =>
    layer.slice(r.row - 1, r.row - 1 + r.rows).map((row) => row.slice(r.col - 1, r.col - 1 + r.cols));
  rangeOf(whole).setValues(part(grid.values, whole));
  const send = <T>(name: Layer, set: (range: GoogleAppsScript.Spreadsheet.Range, cells: T[][]) => void) => {
    const r = blank ? changedRect(grid[name], LAYER_DEFAULT[name]) : whole;
    if (r) set(rangeOf(r), part(grid[name] as T[][], r));
  };
  rangeOf(whole).setNumberFormats(part(grid.formats, whole).map((row) => row.map((f) => f || 'General')));
  if (blank && grid.styleRuns) sendStyleRuns(sheet, grid, rangeOf);
  else {
    send<string>('backgrounds', (r, cells) => r.setBackgrounds(cells));
    send<'bold' | 'normal'>('weights', (r, cells) => r.setFontWeights(cells));
    send<string>('fontColors', (r, cells) => r.setFontColors(cells));
  }
  send<string>('notes', (r, cells) => r.setNotes(cells));
}

type Target = GoogleAppsScript.Spreadsheet.Range | GoogleAppsScript.Spreadsheet.RangeList;

/** Backgrounds, weights and font colours of a new sheet (from A1) by runs of one value (style-runs.ts). */
function sendStyleRuns(
  sheet: Sheet,
  grid: Grid,
  rangeOf: (r: Rect) => GoogleAppsScript.Spreadsheet.Range,
): void {
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
  rangeOf: (r: Rect) => GoogleAppsScript.Spreadsheet.Range,
  layer: T[][],
  plan: LayerPlan<T>,
  set: {
    one: (target: Target, value: T) => void;
    many: (target: GoogleAppsScript.Spreadsheet.Range, cells: T[][]) => void;
  },
): void {
  for (const run of plan.runs)
    set.one(run.rects.length === 1 ? rangeOf(run.rects[0]) : ranges(sheet, run.rects), run.value);
  const rest = plan.rest;
  if (rest)
    set.many(
      rangeOf(rest),
      layer
        .slice(rest.row - 1, rest.row - 1 + rest.rows)
        .map((row) => row.slice(rest.col - 1, rest.col - 1 + rest.cols)),
    );
}

/**
 * The rect (1-based) of a layer's cells that differ from `empty`, null when none does: the layer's own range
 * unless it is the whole tab. Never chosen by size (a share of the tab changes with the team), so the calls
 * stay the same for any team.
 */
function changedRect(layer: readonly (readonly unknown[])[], empty: unknown): Rect | null {
  let top = -1;
  let bottom = -1;
  let left = Number.POSITIVE_INFINITY;
  let right = -1;
  layer.forEach((row, r) => {
    for (let c = 0; c < row.length; c++) {
      if (row[c] === empty) continue;
      if (top < 0) top = r;
      bottom = r;
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  });
  if (top < 0) return null;
  return { row: top + 1, col: left + 1, rows: bottom - top + 1, cols: right - left + 1 };
}

/** The first row (1-based) where `after` differs from `before` in any cell layer; null when none does. */
export function firstChangedRow(before: Grid, after: Grid): number | null {
  const layers = (g: Grid, r: number) =>
    JSON.stringify([g.values, g.formats, g.backgrounds, g.weights, g.fontColors, g.notes].map((l) => l[r]));
  for (let r = 0; r < after.rows; r++)
    if (r >= before.rows || layers(before, r) !== layers(after, r)) return r + 1;
  return null;
}

function range(sheet: Sheet, r: Rect): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(r.row, r.col, r.rows, r.cols);
}

/** Rects that take the same setting: one range, or one RangeList for several (a call either way). */
function ranges(
  sheet: Sheet,
  rects: readonly Rect[],
): GoogleAppsScript.Spreadsheet.Range | GoogleAppsScript.Spreadsheet.RangeList {
  return rects.length === 1 ? range(sheet, rects[0]) : sheet.getRangeList(rects.map(a1Rect));
}

/** Grows a sheet `insertSheet` has just made, whose size (1 000 × 26) is known without asking. */
export function growNew(sheet: Sheet, rows: number, cols: number): void {
  if (rows > NEW_SHEET.rows) sheet.insertRowsAfter(NEW_SHEET.rows, rows - NEW_SHEET.rows);
  if (cols > NEW_SHEET.cols) sheet.insertColumnsAfter(NEW_SHEET.cols, cols - NEW_SHEET.cols);
}

/** Grows a sheet to at least `rows` × `cols` (a new sheet has 1 000 × 26): one insert each, whatever the size. */
export function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  ensureRows(sheet, rows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/** Grows a sheet to at least `rows` rows: what an append-only log needs before it writes below its last row. */
export function ensureRows(sheet: Sheet, rows: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
}

/**
 * Equal widths of consecutive columns set in one call: [start, count, width]. A column of a new sheet's own
 * width needs none.
 */
function widthRuns(widths: Record<number, number>): [number, number, number][] {
  const out: [number, number, number][] = [];
  const cols = Object.keys(widths)
    .map(Number)
    .filter((c) => widths[c] !== NEW_SHEET.width)
    .sort((a, b) => a - b);
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c && last[2] === widths[c]) last[1]++;
    else out.push([c, 1, widths[c]]);
  }
  return out;
}

/**
 * Alignment rects merged where they continue each other down a column run (same columns, same alignment,
 * rows touching or overlapping): a tab may align row by row and still send one call per column run.
 */
export function alignRuns(aligns: readonly { rect: Rect; align: Align }[]): { rect: Rect; align: Align }[] {
  const sorted = [...aligns].sort(
    (a, b) => a.rect.col - b.rect.col || a.rect.cols - b.rect.cols || a.rect.row - b.rect.row,
  );
  const out: { rect: Rect; align: Align }[] = [];
  for (const a of sorted) {
    const last = out.find(
      (o) =>
        o.align === a.align &&
        o.rect.col === a.rect.col &&
        o.rect.cols === a.rect.cols &&
        o.rect.row + o.rect.rows >= a.rect.row,
    );
    if (last) last.rect.rows = Math.max(last.rect.rows, a.rect.row + a.rect.rows - last.rect.row);
    else out.push({ rect: { ...a.rect }, align: a.align });
  }
  return out;
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

function conditional(
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
