import type { Matrix } from '../core/cells';
import { DomainError, isDomainError, isMsgRef } from '../core/errors';
import { errorText, t } from '../i18n';
import { ArgError } from './args';
import { contextLang } from './context';

/**
 * Runs a custom function's body; any problem becomes an Error whose message names the function, the
 * argument and the problem in the spreadsheet's language (Sheets shows it under #ERROR!).
 */
export function runCustom<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (e) {
    const lang = contextLang();
    const arg = isDomainError(e) ? e.params.arg : undefined;
    const at = isDomainError(e) && e.params.cellRow !== undefined ? t('arg.at', lang, e.params) : '';
    const problem = errorText(e, lang) + at;
    const text = arg ? t('fn.argError', lang, { fn: name, arg, problem }) : `${name}: ${problem}`;
    throw new Error(text);
  }
}

/** The inputs a result was computed from, by argument name: the suspects when the result overflows. */
export type Inputs = Readonly<Record<string, number | null | undefined>>;

/**
 * A number as a cell shows it: undefined results (no day elapsed yet) are blank; float noise of the last
 * digits is dropped (1.4999999999999996 → 1.5, 15 significant digits as Sheets keeps). A result that is
 * not a finite number is an overflow: an error naming the most extreme of `inputs`, never a silent blank.
 */
export function cellOut(x: number | null | undefined, inputs: Inputs): number | string {
  if (x === null || x === undefined) return '';
  if (!Number.isFinite(x)) throw overflow(inputs);
  const clean = Number(x.toPrecision(15));
  return clean === 0 ? 0 : clean;
}

/**
 * Runs a core computation whose money rounding can overflow (1e308 × 100 kopecks): the core's "not a
 * finite number" about its own intermediate value becomes the overflow error naming the input.
 */
export function guardOverflow<T>(inputs: Inputs, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (isDomainError(e) && e.code === 'split.notFinite' && e.params.arg === undefined)
      throw overflow(inputs);
    throw e;
  }
}

/** Every number of `values` as a cell shows it (see `cellOut`). */
export function cellsOut(values: readonly (number | null)[], inputs: Inputs): (number | string)[] {
  return values.map((x) => cellOut(x, inputs));
}

/**
 * The overflow error: it names the input farthest from 1 in order of magnitude (1e200, or 1e-300 as a
 * divisor), the value that pushed the result past ±1.8E+308.
 */
export function overflow(inputs: Inputs): DomainError {
  let arg = Object.keys(inputs)[0] ?? '';
  let value: number | undefined;
  let worst = -1;
  for (const [name, v] of Object.entries(inputs)) {
    if (v === null || v === undefined || v === 0 || !Number.isFinite(v)) continue;
    const size = Math.abs(Math.log10(Math.abs(v)));
    if (size > worst) [arg, value, worst] = [name, v, size];
  }
  return value === undefined
    ? new ArgError(arg, 'fn.overflowAny')
    : new ArgError(arg, 'fn.overflow', { value });
}

/** The most extreme (farthest from 1 in order of magnitude) number of a list, for `Inputs`. */
export function extreme(values: Iterable<number | null | undefined>): number | null {
  let out: number | null = null;
  let worst = -1;
  for (const v of values) {
    if (v === null || v === undefined || v === 0 || !Number.isFinite(v)) continue;
    const size = Math.abs(Math.log10(Math.abs(v)));
    if (size > worst) [out, worst] = [v, size];
  }
  return out;
}

/**
 * Refuses a list longer than `max` (tiers, curve points, ramp shares) before any work is done: a limit no
 * real sheet reaches, far below what would pass Sheets' 30-second limit.
 */
export function limitCount(arg: string, count: number, max: number): void {
  if (count > max) throw new ArgError(arg, 'fn.tooMany', { count, max });
}

/** Refuses `cells` results each costing `items` steps when their product passes `max`. */
export function limitWork(arg: string, cells: number, items: number, max: number): void {
  if (cells * items > max) throw new ArgError(arg, 'fn.tooMuchWork', { cells, items, max });
}

/** The error with parameters added where it has none of its own (a cell's position, an argument). */
export function withParams(e: unknown, extra: Record<string, string | number>): unknown {
  if (!isDomainError(e)) return e;
  const params = { ...e.params };
  for (const k of Object.keys(extra)) if (params[k] === undefined) params[k] = extra[k];
  return new DomainError(e.code, params);
}

/**
 * The result of a vectorized function, cell by cell. A problem in one cell is reported with that cell's
 * position (when the result is more than one cell). A plain value comes back when every argument was one.
 */
export function mapCells<T>(
  shape: { rows: number; cols: number; scalar: boolean },
  f: (i: number, j: number) => T,
): Matrix<T> | T {
  const { rows, cols } = shape;
  const oneCell = rows === 1 && cols === 1;
  const out: Matrix<T> = [];
  for (let i = 0; i < rows; i++) {
    const row: T[] = new Array(cols);
    for (let j = 0; j < cols; j++) {
      try {
        row[j] = f(i, j);
      } catch (e) {
        throw oneCell ? e : withParams(e, { cellRow: i + 1, cellCol: j + 1 });
      }
    }
    out.push(row);
  }
  return shape.scalar ? out[0][0] : out;
}

/**
 * Which argument a core error is about: `blamed` maps a core message code, or the code and its `field`
 * ("bonus.kpi.notNumber#plan"), or the core's own name of the value (`name`/`what`/`list` parameter,
 * e.g. "planfact.arg.elapsed"), to the custom function's argument name.
 */
export function blame<T>(blamed: Readonly<Record<string, string>>, body: () => T): T {
  try {
    return body();
  } catch (e) {
    if (!isDomainError(e) || e.params.arg !== undefined) throw e;
    const p = e.params;
    const named = [p.name, p.what, p.list].map((v) => (isMsgRef(v) ? v.msgRef : v));
    const keys = [`${e.code}#${String(p.field)}`, e.code, ...named];
    for (const k of keys) {
      if (typeof k === 'string' && Object.prototype.propertyIsEnumerable.call(blamed, k)) {
        throw withParams(e, { arg: blamed[k] });
      }
    }
    throw e;
  }
}
