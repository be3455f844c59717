import { type Grid, type GridValue, HEADER_STYLE } from './grid';

/**
 * Column widths from what a column shows: its header and its content, estimated in pixels per character. A
 * header is a cell in the header look (Grid.header). A long header wraps: its column takes the longest word
 * and a sensible share of the text instead of growing very wide. Widths only grow: a width a tab module set
 * on purpose (a wide comment column) stays. The one estimate of text width: the readable test, the .xlsx
 * export's column widths and its row heights (local/) measure with it too.
 */

/**
 * Pixels a character takes in Arial 10 (13.3 px) by font weight, measured on Liberation Sans (Arial's
 * metrics) over every text the example workbook shows: plain text about 6.8 (digits 7.4, Cyrillic
 * lower case 7.7 at most); bold Cyrillic headers 7.7 median and 8.4 at the 90th percentile, so bold counts
 * 8 (at 7 four in ten bold headers were cut by up to 19 px; at 8, 2 % by 2 px at most).
 */
export const CHAR_PX = { normal: 7, bold: 8 } as const;
/** A text's kind for the estimate: its font weight, as Grid and Sheets name it. */
export type TextKind = keyof typeof CHAR_PX;
/** The cell's inner padding, both sides together (Sheets draws about 3 px a side; the rest is slack). */
export const PAD_PX = 10;
/** The width Sheets gives a column nobody sized. */
const DEFAULT_PX = 100;
/** Content never widens a column past this: longer text is cut, as on a tab a person keeps. */
const CONTENT_MAX_PX = 320;
/** A header up to this width (15 bold characters) stays on one line; a longer one wraps to two or more lines. */
const HEADER_LINE_PX = 15 * CHAR_PX.bold + PAD_PX;

/** The pixels a text needs on one line (its longest line when it has several). */
export function textPx(text: string, kind: TextKind = 'normal'): number {
  const longest = Math.max(0, ...text.split('\n').map((l) => [...l].length));
  return longest === 0 ? 0 : longest * CHAR_PX[kind] + PAD_PX;
}

/** The pixels the longest word of a text needs: the narrowest a wrapped text can get. */
export function longestWordPx(text: string, kind: TextKind = 'normal'): number {
  return Math.max(0, ...text.split(/\s+/).map((w) => textPx(w, kind)));
}

/** The width a header (bold) needs in a column already `width` wide, and whether it wraps there. */
export function headerFit(text: string, width: number): { width: number; wrap: boolean } {
  const line = textPx(text, 'bold');
  if (line <= Math.max(width, HEADER_LINE_PX)) return { width: Math.max(width, line), wrap: false };
  const half = Math.ceil([...text].length / 2) * CHAR_PX.bold + PAD_PX;
  return { width: Math.max(width, longestWordPx(text, 'bold'), Math.min(half, HEADER_LINE_PX)), wrap: true };
}

/** The text a cell shows, estimated: a number as its format writes it, a formula by its format's widest value. */
export function shownText(value: GridValue, format: string): string {
  if (typeof value === 'number') return numberText(value, format);
  if (typeof value === 'string' && value.startsWith('=')) return formulaText(format);
  if (value instanceof Date) return dateText(format || 'dd.mm.yyyy');
  return String(value).replace(/^'/, '');
}

function numberText(value: number, format: string): string {
  const section = format.split(';')[0];
  if (/[dmy]{2}/i.test(section)) return dateText(section);
  const percent = section.includes('%');
  const decimals = (section.split('.')[1] ?? '').replace(/[^0#]/g, '').length;
  const [whole, fraction] = Math.abs(percent ? value * 100 : value)
    .toFixed(decimals)
    .split('.');
  const grouped = section.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : whole;
  const sign = section.match(/"([^"]*)"/)?.[1] ?? '';
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}${percent ? ' %' : ''}${sign ? ` ${sign}` : ''}`;
}

/** A date as its format writes it, at its widest: "ddd dd" → "Mon 00". */
function dateText(format: string): string {
  return format
    .replace(/"/g, '')
    .replace(/dddd/g, 'Wednesday')
    .replace(/ddd/g, 'Mon')
    .replace(/mmmm/g, 'September')
    .replace(/mmm/g, 'Nov')
    .replace(/[dmyhs]/g, '0');
}

/** A formula's value is not known when the tab is written: the width of a large value in its format. */
function formulaText(format: string): string {
  if (!format || format === 'General') return '';
  if (format.includes('%')) return numberText(-0.999, format);
  if (/[dmy]{2}/i.test(format)) return dateText(format);
  return numberText(9_999_999, format);
}

/**
 * Sets the grid's widths from its headers and content and wraps the header rows whose text needs it.
 * Consecutive columns a tab gave one width (or none) keep one width, the widest they need: a run of equal
 * widths is one service call, so the calls stay as many as the tab's layout has runs, whatever the team size
 * (the Plan tab's week tables have a column per manager).
 */
export function fitWidths(g: Grid): void {
  const hiddenCols = new Set(g.hiddenCols);
  const cells = { covered: mergedCells(g), hiddenRows: new Set(g.hiddenRows) };
  const preset = (c: number) => g.widths[c + 1] ?? DEFAULT_PX;
  const need = Array.from({ length: g.cols }, (_, c) =>
    hiddenCols.has(c + 1) ? 0 : columnNeed(g, c, cells),
  );
  for (let start = 0; start < g.cols; ) {
    let end = start + 1;
    while (
      end < g.cols &&
      !hiddenCols.has(end + 1) &&
      !hiddenCols.has(start + 1) &&
      preset(end) === preset(start)
    )
      end++;
    const width = Math.max(...need.slice(start, end));
    for (let c = start; c < end; c++)
      if (!hiddenCols.has(c + 1) && width !== preset(c)) g.widths[c + 1] = width;
    start = end;
  }
  const wrapped = new Set(g.wrapRows);
  for (let r = 0; r < g.rows; r++) {
    if (wrapped.has(r + 1)) continue;
    const wraps = g.values[r].some(
      (v, c) => !hiddenCols.has(c + 1) && isHeader(g, r, c) && headerFit(shownText(v, ''), preset(c)).wrap,
    );
    if (wraps) g.wrapRows.push(r + 1);
  }
}

/**
 * The width a column needs: its preset width, its content's (up to a limit) and its headers'. A text cell
 * counts only when the cell to its right is filled (otherwise its text runs on over the empty cells and reads
 * whole); merged cells and hidden rows do not count.
 */
function columnNeed(g: Grid, c: number, cells: { covered: Set<number>; hiddenRows: Set<number> }): number {
  let width = g.widths[c + 1] ?? DEFAULT_PX;
  const headers: string[] = [];
  for (let r = 0; r < g.rows; r++) {
    if (cells.covered.has(r * g.cols + c) || cells.hiddenRows.has(r + 1)) continue;
    const value = g.values[r][c];
    const text = shownText(value, g.formats[r][c]);
    if (text === '') continue;
    if (isHeader(g, r, c)) headers.push(text);
    else if (typeof value !== 'string' || value.startsWith('=') || filled(g, r, c + 1))
      width = Math.max(width, Math.min(textPx(text, g.weights[r][c]), CONTENT_MAX_PX));
  }
  for (const h of headers) width = headerFit(h, width).width;
  return width;
}

/** A header cell: the header look (Grid.header), its background possibly recoloured (forecast, weekend). */
function isHeader(g: Grid, r: number, c: number): boolean {
  return g.weights[r][c] === 'bold' && g.fontColors[r][c] === HEADER_STYLE.color;
}

const filled = (g: Grid, r: number, c: number) => c < g.cols && g.values[r][c] !== '';

/** Cells (r * cols + c, 0-based) inside a merge: their text spans several columns. */
function mergedCells(g: Grid): Set<number> {
  const out = new Set<number>();
  for (const m of g.merges)
    for (let r = m.row - 1; r < m.row - 1 + m.rows; r++)
      for (let c = m.col - 1; c < m.col - 1 + m.cols; c++) out.add(r * g.cols + c);
  return out;
}
