import {
  dayOfInstant,
  isBlank,
  isDateValue,
  type Matrix,
  type Read,
  readBoolean,
  readDay,
  readNumber,
  readText,
} from '../core/cells';
import { findChoice } from '../core/choice';
import { type Day, ymdOf } from '../core/dates';
import { DomainError, type ErrorParams } from '../core/errors';
import { cutText, formatBoolean, formatDate } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { contextLang, contextTimeZone } from './context';

/**
 * Reading custom-function arguments: a single cell arrives as a value, a range as a 2-D array.
 * Problems throw ArgError naming the argument and, inside a range, the cell's row and column
 * (`cellRow`/`cellCol`, apart from any `row` a core message has of its own).
 */
export class ArgError extends DomainError {
  constructor(arg: string, problem: string, params: ErrorParams = {}) {
    super(problem, { ...params, arg });
  }
}

/**
 * A cell's value as a message echoes it: a date as the spreadsheet's people write dates (never JavaScript's
 * English `Date.toString()`), TRUE/FALSE in the language, a number as is (the message formats it), text cut
 * to a sane length.
 */
export function shownValue(x: unknown): string | number {
  const lang = contextLang();
  if (isDateValue(x)) {
    const { year, month, day } = ymdOf(dayOfInstant(x, contextTimeZone()));
    return formatDate(year, month, day, lang);
  }
  if (typeof x === 'boolean') return formatBoolean(x, lang);
  if (typeof x === 'number') return x;
  return cutText(String(x).trim());
}

export function toMatrix(v: unknown): Matrix<unknown> {
  if (Array.isArray(v)) {
    if (v.length > 0 && Array.isArray(v[0])) return v as unknown[][];
    return [v];
  }
  return [[v]];
}

export function shapeOf(m: Matrix<unknown>): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

/** The position of a cell inside a range, for messages; nothing for a single cell. */
export function where(m: Matrix<unknown>, row: number, col: number): Record<string, number> {
  const [rows, cols] = shapeOf(m);
  return rows === 1 && cols === 1 ? {} : { cellRow: row, cellCol: col };
}

function required<T>(read: Read<T>, arg: string, value: unknown, problem: string, at: object): T {
  if (read.ok) return read.value;
  if (read.blank) throw new ArgError(arg, 'arg.blank', at as Record<string, number>);
  throw new ArgError(arg, problem, { ...(at as Record<string, number>), value: shownValue(value) });
}

function single(v: unknown, arg: string): unknown {
  const m = toMatrix(v);
  if (m.length !== 1 || m[0].length !== 1) throw new ArgError(arg, 'arg.notSingle');
  return m[0][0];
}

/** A single number (a one-cell range is accepted). Blank → `fallback`, or an error when there is none. */
export function numberArg(v: unknown, arg: string, fallback?: number): number {
  const x = single(v, arg);
  if (fallback !== undefined && isBlank(x)) return fallback;
  return required(readNumber(x, contextLang()), arg, x, 'arg.notNumber', {});
}

/** Text; a date or TRUE/FALSE as the person sees it (so a message can echo it). Blank → `fallback`. */
export function textArg(v: unknown, arg: string, fallback: string): string {
  const x = single(v, arg);
  const r = readText(x);
  if (!r.ok) return fallback;
  return typeof x === 'string' || typeof x === 'number' ? r.value : String(shownValue(x));
}

export function booleanArg(v: unknown, arg: string, fallback: boolean): boolean {
  const x = single(v, arg);
  const r = readBoolean(x);
  if (r.ok) return r.value;
  if (r.blank) return fallback;
  throw new ArgError(arg, 'arg.notBoolean', { value: shownValue(x) });
}

/**
 * A keyword chosen from a list: `table` maps each accepted spelling (lower case, English and Russian) to
 * its meaning; `shown` is the list the message offers. Blank → `fallback`.
 */
export function choiceArg<T extends string>(
  v: unknown,
  arg: string,
  table: Readonly<Record<string, T>>,
  shown: readonly string[],
  fallback: T,
): T {
  return readChoice(single(v, arg), arg, table, shown, fallback, {});
}

function readChoice<T extends string>(
  x: unknown,
  arg: string,
  table: Readonly<Record<string, T>>,
  shown: readonly string[],
  fallback: T,
  at: Record<string, number>,
): T {
  if (isBlank(x)) return fallback;
  const found = findChoice(
    x,
    Object.keys(table).map((name) => ({ value: table[name], names: [name] })),
  );
  if (found !== undefined) return found;
  throw new ArgError(arg, 'arg.badChoice', { ...at, value: shownValue(x), choices: shown.join(', ') });
}

/** Numbers of a range, blanks allowed as `blank` (e.g. 0) or refused when `blank` is undefined. */
export function numberMatrix(v: unknown, arg: string, blank?: number): Matrix<number> {
  const m = toMatrix(v);
  const lang = contextLang();
  return m.map((r, i) =>
    r.map((x, j) => {
      if (blank !== undefined && isBlank(x)) return blank;
      return required(readNumber(x, lang), arg, x, 'arg.notNumber', where(m, i + 1, j + 1));
    }),
  );
}

/** Numbers of a range with blanks kept as null (missing values). */
export function numberOrBlankMatrix(v: unknown, arg: string): Matrix<number | null> {
  const m = toMatrix(v);
  const lang = contextLang();
  return m.map((r, i) =>
    r.map((x, j) =>
      isBlank(x) ? null : required(readNumber(x, lang), arg, x, 'arg.notNumber', where(m, i + 1, j + 1)),
    ),
  );
}

/** Dates of a range; blanks become null when `allowBlank`. */
export function dayMatrix(v: unknown, arg: string, allowBlank = false): Matrix<Day | null> {
  const m = toMatrix(v);
  const tz = contextTimeZone();
  return m.map((r, i) =>
    r.map((x, j) => {
      if (allowBlank && isBlank(x)) return null;
      return required(readDay(x, tz), arg, x, 'arg.notDate', where(m, i + 1, j + 1));
    }),
  );
}

/** The non-blank dates of an optional list argument (days off, working days). */
export function dayList(v: unknown, arg: string): Day[] {
  if (v === undefined) return [];
  return dayMatrix(v, arg, true)
    .flat()
    .filter((d): d is Day => d !== null);
}

/** A flat list of the numbers of a one-row or one-column range, with its orientation. */
export function numberVector(v: unknown, arg: string, blank?: number): { values: number[]; across: boolean } {
  const m = numberMatrix(v, arg, blank);
  const [rows, cols] = shapeOf(m);
  if (rows !== 1 && cols !== 1) throw new ArgError(arg, 'arg.notVector');
  return { values: m.flat(), across: rows === 1 && cols > 1 };
}

/** Like `numberVector`, blanks kept as null. */
export function numberOrBlankVector(v: unknown, arg: string): { values: (number | null)[]; across: boolean } {
  const m = numberOrBlankMatrix(v, arg);
  const [rows, cols] = shapeOf(m);
  if (rows !== 1 && cols !== 1) throw new ArgError(arg, 'arg.notVector');
  return { values: m.flat(), across: rows === 1 && cols > 1 };
}

/** Lays a flat list out as a row or a column. */
export function orient<T>(values: T[], across: boolean): Matrix<T> {
  return across ? [values] : values.map((v) => [v]);
}

/**
 * One argument of an element-by-element (vectorized) function, read cell by cell: a single cell applies to
 * every cell of the result, a range gives each cell its own value. Readers return null for a blank cell.
 */
export class CellArg {
  readonly m: Matrix<unknown>;
  readonly rows: number;
  readonly cols: number;
  /** A single value (not a range) or a one-cell range: applied everywhere. */
  readonly single: boolean;
  /** Passed as a plain value, not as a range. */
  readonly scalar: boolean;
  private readonly lang: Lang;

  constructor(
    readonly arg: string,
    v: unknown,
  ) {
    this.m = toMatrix(v);
    [this.rows, this.cols] = shapeOf(this.m);
    this.single = this.rows === 1 && this.cols === 1;
    this.scalar = !Array.isArray(v);
    this.lang = contextLang();
  }

  raw(i: number, j: number): unknown {
    return this.single ? this.m[0][0] : this.m[i][j];
  }

  blank(i: number, j: number): boolean {
    return isBlank(this.raw(i, j));
  }

  private at(i: number, j: number): Record<string, number> {
    return this.single ? {} : { cellRow: i + 1, cellCol: j + 1 };
  }

  number(i: number, j: number): number | null {
    const x = this.raw(i, j);
    if (isBlank(x)) return null;
    return required(readNumber(x, this.lang), this.arg, x, 'arg.notNumber', this.at(i, j));
  }

  day(i: number, j: number): Day | null {
    const x = this.raw(i, j);
    if (isBlank(x)) return null;
    return required(readDay(x, contextTimeZone()), this.arg, x, 'arg.notDate', this.at(i, j));
  }

  choice<T extends string>(
    i: number,
    j: number,
    table: Readonly<Record<string, T>>,
    shown: readonly string[],
    fallback: T,
  ): T {
    return readChoice(this.raw(i, j), this.arg, table, shown, fallback, this.at(i, j));
  }
}

/**
 * The shape of the result of a vectorized function: the shape of its range arguments, which must agree
 * (single cells apply to every cell). An optional argument left out counts as a single blank cell.
 */
export function commonShape(args: readonly CellArg[]): { rows: number; cols: number; scalar: boolean } {
  let shaper: CellArg | undefined;
  for (const a of args) {
    if (a.single) continue;
    if (!shaper) shaper = a;
    else if (a.rows !== shaper.rows || a.cols !== shaper.cols) {
      throw new ArgError(a.arg, 'arg.shapeOf', {
        other: shaper.arg,
        rows: shaper.rows,
        cols: shaper.cols,
        gotRows: a.rows,
        gotCols: a.cols,
      });
    }
  }
  if (!shaper) return { rows: 1, cols: 1, scalar: args.every((a) => a.scalar) };
  return { rows: shaper.rows, cols: shaper.cols, scalar: false };
}
