import { isBlank, type Matrix, type Read, readBoolean, readDay, readNumber, readText } from '../core/cells';
import type { Day } from '../core/dates';
import { DomainError } from '../core/errors';
import { contextLang, contextTimeZone } from './context';

/**
 * Reading custom-function arguments: a single cell arrives as a value, a range as a 2-D array.
 * Problems throw ArgError naming the argument and, inside a range, the cell's row and column.
 */
export class ArgError extends DomainError {
  constructor(arg: string, problem: string, params: Record<string, string | number | undefined> = {}) {
    super(problem, { ...params, arg });
  }
}

export function toMatrix(v: unknown): Matrix<unknown> {
  if (Array.isArray(v)) {
    if (v.length > 0 && Array.isArray(v[0])) return v as unknown[][];
    return [v];
  }
  return [[v]];
}

export function isRange(v: unknown): boolean {
  return Array.isArray(v);
}

export function shapeOf(m: Matrix<unknown>): [number, number] {
  return [m.length, m.length ? m[0].length : 0];
}

/** Every cell of a matrix in row order, with its position. */
export function cells(m: Matrix<unknown>): { value: unknown; row: number; col: number }[] {
  const out: { value: unknown; row: number; col: number }[] = [];
  m.forEach((r, i) => {
    r.forEach((value, j) => {
      out.push({ value, row: i + 1, col: j + 1 });
    });
  });
  return out;
}

function where(m: Matrix<unknown>, row: number, col: number): Record<string, number | undefined> {
  const [rows, cols] = shapeOf(m);
  return rows === 1 && cols === 1 ? {} : { row, col };
}

function required<T>(read: Read<T>, arg: string, value: unknown, problem: string, at: object): T {
  if (read.ok) return read.value;
  if (read.blank) throw new ArgError(arg, 'arg.blank', at as Record<string, number>);
  throw new ArgError(arg, problem, { ...(at as Record<string, number>), value: String(value) });
}

/** A single number (a one-cell range is accepted). Blank → `fallback`, or an error when there is none. */
export function numberArg(v: unknown, arg: string, fallback?: number): number {
  const m = toMatrix(v);
  if (m.length !== 1 || m[0].length !== 1) throw new ArgError(arg, 'arg.notSingle');
  const x = m[0][0];
  if (fallback !== undefined && isBlank(x)) return fallback;
  return required(readNumber(x, contextLang()), arg, x, 'arg.notNumber', {});
}

export function textArg(v: unknown, arg: string, fallback: string): string {
  const m = toMatrix(v);
  if (m.length !== 1 || m[0].length !== 1) throw new ArgError(arg, 'arg.notSingle');
  const r = readText(m[0][0]);
  return r.ok ? r.value : fallback;
}

export function booleanArg(v: unknown, arg: string, fallback: boolean): boolean {
  const m = toMatrix(v);
  if (m.length !== 1 || m[0].length !== 1) throw new ArgError(arg, 'arg.notSingle');
  const x = m[0][0];
  const r = readBoolean(x);
  if (r.ok) return r.value;
  if (r.blank) return fallback;
  throw new ArgError(arg, 'arg.notBoolean', { value: String(x) });
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

/** Lays a flat list out as a row or a column. */
export function orient<T>(values: T[], across: boolean): Matrix<T> {
  return across ? [values] : values.map((v) => [v]);
}

/**
 * An argument that is either one cell, applied to every cell of the main range, or a range of the main
 * range's shape, element by element.
 */
export function broadcast<T>(
  v: unknown,
  arg: string,
  rows: number,
  cols: number,
  read: (m: unknown, arg: string) => Matrix<T>,
): (i: number, j: number) => T {
  const m = read(v, arg);
  const [r, c] = shapeOf(m);
  if (r === 1 && c === 1) return () => m[0][0];
  if (r !== rows || c !== cols) throw new ArgError(arg, 'arg.shape', { rows, cols, gotRows: r, gotCols: c });
  return (i, j) => m[i][j];
}
