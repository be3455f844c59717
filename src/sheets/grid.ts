import { type Day, dayOf } from '../core/dates';
/**
 * A tab as data: values (formulas are strings starting with "="), number formats, colours, notes, and the
 * sheet-level settings. Actions build a Grid in memory and `writeGrid` sends it in a fixed number of
 * service calls, whatever its size.
 */
export type GridValue = string | number | boolean | Date;

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export type ValidationRule =
  | { kind: 'numberAtLeast'; min: number; help: string }
  /** From min to max, both included (a share: 0 to 1). */
  | { kind: 'numberBetween'; min: number; max: number; help: string }
  /** strict false: a value outside the list is kept with a warning mark (a list that may grow after Set up). */
  | { kind: 'list'; values: string[]; help: string; strict?: boolean }
  | { kind: 'date'; help: string }
  | { kind: 'checkbox' };

export interface ConditionalRule {
  rect: Rect;
  /** A custom formula relative to the rect's top-left cell, e.g. "=AND(ISNUMBER(E5),E5<0.7)". */
  formula: string;
  background: string;
  fontColor?: string;
}

export interface ChartSpec {
  type: 'column' | 'line' | 'bar';
  /** The data: the first column is the categories, a header row names the series. */
  rect: Rect;
  anchorRow: number;
  anchorCol: number;
  title: string;
}

/** A rect's horizontal alignment: cells left as they are align by type (texts left, numbers right). */
export type Align = 'left' | 'center' | 'right';

/** The colours of a header row, the same on every tab the add-on writes. */
export const HEADER_STYLE = { background: '#1f4e79', color: '#ffffff' } as const;

export class Grid {
  readonly values: GridValue[][] = [];
  readonly formats: string[][] = [];
  readonly backgrounds: (string | null)[][] = [];
  readonly weights: ('bold' | 'normal')[][] = [];
  readonly fontColors: (string | null)[][] = [];
  readonly notes: string[][] = [];
  frozenRows = 0;
  frozenCols = 0;
  readonly hiddenRows: number[] = [];
  readonly hiddenCols: number[] = [];
  readonly widths: Record<number, number> = {};
  /**
   * A tab whose rows grow with the team (the month tab, Plan YYYY): its backgrounds, weights and font colours
   * are sent as runs of one value and one array for the rest (style-runs.ts): up to two calls more per layer,
   * a fraction of the payload.
   */
  styleRuns = false;
  /** Rows whose text wraps (long headers: see widths.ts). */
  readonly wrapRows: number[] = [];
  readonly merges: Rect[] = [];
  /**
   * Horizontal alignments (a yes/no or label column beside figures: centered so they do not touch). Written
   * one call per column run (write-grid.ts alignRuns); rects of different alignments should not overlap.
   */
  readonly aligns: { rect: Rect; align: Align }[] = [];
  readonly validations: { rect: Rect; rule: ValidationRule }[] = [];
  readonly conditional: ConditionalRule[] = [];
  /** Ranges protected with a warning (people may still edit after confirming). */
  readonly protectedRects: Rect[] = [];
  readonly charts: ChartSpec[] = [];
  tabColor: string | null = null;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    for (let r = 0; r < rows; r++) {
      this.values.push(new Array<GridValue>(cols).fill(''));
      this.formats.push(new Array<string>(cols).fill(''));
      this.backgrounds.push(new Array<string | null>(cols).fill(null));
      this.weights.push(new Array<'bold' | 'normal'>(cols).fill('normal'));
      this.fontColors.push(new Array<string | null>(cols).fill(null));
      this.notes.push(new Array<string>(cols).fill(''));
    }
  }

  /** A number, boolean, date or formula (a string starting with "=") at 1-based (row, col). */
  set(row: number, col: number, value: GridValue): this {
    this.values[row - 1][col - 1] = value;
    return this;
  }

  /** A person's text, kept as text even when it looks like a formula or a number. */
  text(row: number, col: number, value: string): this {
    this.values[row - 1][col - 1] = asText(value);
    return this;
  }

  format(rect: Rect, format: string): this {
    return this.each(rect, (r, c) => {
      this.formats[r][c] = format;
    });
  }

  background(rect: Rect, color: string | null): this {
    return this.each(rect, (r, c) => {
      this.backgrounds[r][c] = color;
    });
  }

  bold(rect: Rect): this {
    return this.each(rect, (r, c) => {
      this.weights[r][c] = 'bold';
    });
  }

  /** The add-on's header look on every tab: bold white on dark blue. */
  header(rect: Rect): this {
    return this.bold(rect).background(rect, HEADER_STYLE.background).fontColor(rect, HEADER_STYLE.color);
  }

  fontColor(rect: Rect, color: string): this {
    return this.each(rect, (r, c) => {
      this.fontColors[r][c] = color;
    });
  }

  align(rect: Rect, align: Align): this {
    this.aligns.push({ rect, align });
    return this;
  }

  note(row: number, col: number, text: string): this {
    this.notes[row - 1][col - 1] = text;
    return this;
  }

  /** Applies `fn` to each cell of `rect` inside the grid (0-based). */
  private each(rect: Rect, fn: (r: number, c: number) => void): this {
    const lastRow = Math.min(rect.row - 1 + rect.rows, this.rows);
    const lastCol = Math.min(rect.col - 1 + rect.cols, this.cols);
    for (let r = rect.row - 1; r < lastRow; r++) {
      for (let c = rect.col - 1; c < lastCol; c++) fn(r, c);
    }
    return this;
  }
}

export function rect(row: number, col: number, rows = 1, cols = 1): Rect {
  return { row, col, rows, cols };
}

/**
 * A person's text, quote-prefixed so Sheets keeps it as typed: never a formula (=, +, -, @), a number,
 * a percent or a date. The quote is not part of the value Sheets returns.
 */
export function asText(value: string): string {
  return value === '' ? '' : `'${value}`;
}

/** A Day as a Sheets serial number (1899-12-30 = 0): written with a date format it is a date in any time zone. */
export function serialOf(day: Day): number {
  return day - SERIAL_EPOCH;
}

const SERIAL_EPOCH = dayOf(1899, 12, 30);

/** A tab's name as a formula names it: 'Неделя 2026-W48', an apostrophe doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function colLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A1 reference of a cell; `abs` makes the row and column absolute. */
export function a1(row: number, col: number, abs = false): string {
  return abs ? `$${colLetter(col)}$${row}` : `${colLetter(col)}${row}`;
}

export function a1Rect(r: Rect): string {
  return `${a1(r.row, r.col)}:${a1(r.row + r.rows - 1, r.col + r.cols - 1)}`;
}

/** Contiguous runs of sorted 1-based indexes: [2,3,4,7] → [[2,3],[7,1]] as [start, count]. */
export function runs(indexes: readonly number[]): [number, number][] {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const out: [number, number][] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === i) last[1]++;
    else out.push([i, 1]);
  }
  return out;
}
