import { type Align, type Grid, quotedSheet, type Rect, rect, runs } from './grid';
import { protect } from './protect';
import { range, rangeCache, ranges, sliceRect } from './ranges';
import { blockOutside, sendStyleRuns } from './style-runs';
import { fitWidths } from './widths';
import { chart, conditional, writeValidations } from './write-rules';

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
  // A tab a failed swap set aside takes its name back here, and is then the one replaced (whatever `current` said).
  const restored = clearLeftovers(ss, name);
  const current = restored ?? (o.current === undefined ? ss.getSheetByName(name) : o.current);
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
function clearLeftovers(ss: Spreadsheet, name: string): Sheet | null {
  const temp = ss.getSheetByName(tempName(name));
  if (temp) ss.deleteSheet(temp);
  const aside = ss.getSheetByName(asideName(name));
  if (!aside) return null;
  if (ss.getSheetByName(name)) {
    ss.deleteSheet(aside);
    return null;
  }
  aside.setName(name);
  return aside;
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
  rangeOf(whole).setValues(sliceRect(grid.values, whole));
  const send = <T>(name: Layer, set: (range: GoogleAppsScript.Spreadsheet.Range, cells: T[][]) => void) => {
    const r = blank ? blockOutside<unknown>(grid[name], new Set([LAYER_DEFAULT[name]])) : whole;
    if (r) set(rangeOf(r), sliceRect(grid[name] as T[][], r));
  };
  rangeOf(whole).setNumberFormats(
    sliceRect(grid.formats, whole).map((row) => row.map((f) => f || 'General')),
  );
  if (blank && grid.styleRuns) sendStyleRuns(sheet, grid, rangeOf);
  else {
    send<string>('backgrounds', (r, cells) => r.setBackgrounds(cells));
    send<'bold' | 'normal'>('weights', (r, cells) => r.setFontWeights(cells));
    send<string>('fontColors', (r, cells) => r.setFontColors(cells));
  }
  send<string>('notes', (r, cells) => r.setNotes(cells));
}

/** The first row (1-based) where `after` differs from `before` in any cell layer; null when none does. */
export function firstChangedRow(before: Grid, after: Grid): number | null {
  const layers = (g: Grid, r: number) =>
    JSON.stringify([g.values, g.formats, g.backgrounds, g.weights, g.fontColors, g.notes].map((l) => l[r]));
  for (let r = 0; r < after.rows; r++)
    if (r >= before.rows || layers(before, r) !== layers(after, r)) return r + 1;
  return null;
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
