import type { Matrix } from '../core/cells';
import { DomainError, type ErrorParams, isDomainError } from '../core/errors';
import { errorText, t } from '../i18n';
import { ArgError, position, readCell, toMatrix } from './args';
import { contextLang } from './context';
import type { AnyDeclaration, Arg, Out, Result, Shown } from './declare';
import { cellOut, extreme, type Inputs, overflow } from './runtime';

/**
 * The one runner of the custom functions: reads the arguments as their declaration says, broadcasts the
 * cell-by-cell ones to one shape, calls the body per cell, per group or once, and turns any problem into
 * an Error whose message names the function, the argument (and the cell inside a range) in the
 * spreadsheet's language (Sheets shows it under #ERROR!). `R` is the result's type as the export states it.
 */
export function run<R = Result>(d: AnyDeclaration, given: readonly unknown[]): R {
  try {
    return new Call(d, given).result() as R;
  } catch (e) {
    throw failure(d.name, e);
  }
}

/** The message of a failed call; the named DomainError stays on it as `cause` (tests read its field). */
function failure(name: string, e: unknown): Error {
  const lang = contextLang();
  const arg = isDomainError(e) ? e.params.arg : undefined;
  const at = isDomainError(e) && e.params.cellRow !== undefined ? t('arg.at', lang, e.params) : '';
  const problem = errorText(e, lang) + at;
  const text = arg ? t('fn.argError', lang, { fn: name, arg, problem }) : `${name}: ${problem}`;
  return Object.assign(new Error(text), { cause: e });
}

type Cell = [number, number];

/** A table's own key (not `toString`); `Object.hasOwn` is newer than the es2020 Apps Script parses. */
function has<T>(
  table: Readonly<Record<string, T>> | undefined,
  key: string,
): table is Readonly<Record<string, T>> {
  return table !== undefined && Object.prototype.propertyIsEnumerable.call(table, key);
}

type Values = Record<string, unknown>;
/** A blank cell of an `each` argument that has no `blank`: its result cell stays blank. */
const SKIP = Symbol('skip');

/** An `each` argument: its range, and its value when it is a single cell (read once, for every cell). */
interface EachArg {
  a: Arg;
  m: Matrix<unknown>;
  single: boolean;
  /** What a blank cell reads as: SKIP for a required argument. */
  blank: unknown;
  value?: unknown;
}

class Call {
  private readonly matrix = new Map<string, Matrix<unknown>>();
  private readonly base: Values = {};
  private readonly each: EachArg[];
  private readonly reading: EachArg[];
  private rows = 1;
  private cols = 1;
  /** Where the runner is: a cell (its values), or the group of cells given to `all`. */
  private cell: Values | null = null;
  private cells: Cell[] | null = null;
  /** Each cell's argument values (null where a required one is blank). */
  private readonly values: (Values | null)[][] = [];

  constructor(
    private readonly d: AnyDeclaration,
    private readonly given: readonly unknown[],
  ) {
    d.args.forEach((a, k) => {
      this.matrix.set(a.name, toMatrix(given[k]));
    });
    this.each = d.args
      .filter((a) => a.shape === 'each')
      .map((a) => {
        const m = this.m(a.name);
        return { a, m, single: m.length === 1 && m[0].length === 1, blank: 'blank' in a ? a.blank : SKIP };
      });
    // Required ones first: a cell with one of them blank reads no optional one.
    this.reading = [
      ...this.each.filter((c) => c.blank === SKIP),
      ...this.each.filter((c) => c.blank !== SKIP),
    ];
  }

  result(): Result {
    this.d.args.forEach((a, k) => {
      if (a.shape !== 'each') this.base[a.name] = this.whole(a, this.given[k]);
    });
    const scalar = this.shape();
    const setup = this.guard(() => this.d.setup?.(this.base, this.rows * this.cols));
    if (this.each.length === 0) return this.shown(this.guard(() => this.d.once?.(this.base, setup)));
    const out: unknown[][] = [];
    for (let i = 0; i < this.rows; i++) {
      this.values.push(new Array(this.cols));
      out.push(new Array(this.cols));
      for (let j = 0; j < this.cols; j++) {
        try {
          const v = this.cellValues(i, j);
          this.values[i][j] = v;
          this.cell = v;
          const got = v === null ? null : this.d.cell?.(v, setup);
          out[i][j] = this.d.all ? got : this.show(got);
        } catch (e) {
          throw this.failed(e, [i, j]);
        }
      }
    }
    const grouped = this.d.all ? this.grouped(out, setup) : undefined;
    return grouped ?? ((scalar ? out[0][0] : out) as Result);
  }

  /** `all` over each group of the cells' results, in place; a single value when `all` gives one. */
  private grouped(out: unknown[][], setup: unknown): Result | undefined {
    for (const cells of this.groups()) {
      [this.cell, this.cells] = [null, cells];
      const items = cells.map(([i, j]) => out[i][j]);
      const got = this.guard(() => this.d.all?.(items, this.base, setup));
      if (!Array.isArray(got)) return this.show(got);
      cells.forEach(([i, j], k) => {
        out[i][j] = this.show(got[k]);
      });
    }
    return undefined;
  }

  /** A whole argument read at once (any shape but `each`). */
  private whole(a: Arg, v: unknown): unknown {
    const m = toMatrix(v);
    if (a.shape === 'list') {
      if (v === undefined) return [];
      return this.read(a, m, null)
        .flat()
        .filter((x) => x !== null);
    }
    if (a.optional && a.shape !== 'one' && (v === undefined || v === '')) return null;
    if (a.shape === 'one') {
      if (m.length !== 1 || m[0].length !== 1) throw new ArgError(a.name, 'arg.notSingle');
      return readCell(a.kind, m[0][0], a.name, a.blank);
    }
    const read = this.read(a, m, a.blank);
    if (a.shape === 'block') return read;
    if (m.length !== 1 && m[0].length !== 1) throw new ArgError(a.name, 'arg.notVector');
    return read.flat();
  }

  private read(a: Arg, m: Matrix<unknown>, blank: unknown): unknown[][] {
    const one = m.length === 1 && m[0].length === 1;
    return m.map((r, i) => r.map((x, j) => readCell(a.kind, x, a.name, blank, one ? -1 : i, j)));
  }

  /**
   * The shape of the result: the shape of the ranges among the `each` arguments, which must agree (single
   * cells apply to every cell). Whether it is a plain value: every `each` argument was one.
   */
  private shape(): boolean {
    let shaper: { name: string; m: Matrix<unknown> } | undefined;
    for (const { a, m, single } of this.each) {
      if (single) continue;
      if (!shaper) shaper = { name: a.name, m };
      else if (m.length !== shaper.m.length || m[0].length !== shaper.m[0].length) {
        throw new ArgError(a.name, 'arg.shapeOf', {
          other: shaper.name,
          rows: shaper.m.length,
          cols: shaper.m[0].length,
          gotRows: m.length,
          gotCols: m[0].length,
        });
      }
    }
    if (shaper) [this.rows, this.cols] = [shaper.m.length, shaper.m[0].length];
    return !shaper && this.each.every(({ a }) => !Array.isArray(this.given[this.d.args.indexOf(a)]));
  }

  /** The arguments of cell (i, j); null when a required `each` argument is blank there. */
  private cellValues(i: number, j: number): Values | null {
    const v = Object.create(this.base) as Values;
    let skip = false;
    for (const c of this.reading) {
      if (skip && c.blank !== SKIP) break;
      const x = c.single ? this.single(c) : readCell(c.a.kind, c.m[i][j], c.a.name, c.blank, i, j);
      if (x === SKIP) skip = true;
      v[c.a.name] = x;
    }
    return skip ? null : v;
  }

  private single(c: EachArg): unknown {
    if (!('value' in c)) c.value = readCell(c.a.kind, c.m[0][0], c.a.name, c.blank);
    return c.value;
  }

  private m(arg: string): Matrix<unknown> {
    return this.matrix.get(arg) ?? [[]];
  }

  /** The groups `all` gets: every cell in reading order, or each line (a column, or the single row). */
  private groups(): Cell[][] {
    const cells = (n: number, at: (k: number) => Cell) => Array.from({ length: n }, (_, k) => at(k));
    if (!this.d.lines)
      return [cells(this.rows * this.cols, (k) => [Math.floor(k / this.cols), k % this.cols])];
    if (this.rows === 1 && this.cols > 1) return [cells(this.cols, (k) => [0, k])];
    return Array.from({ length: this.cols }, (_, j) => cells(this.rows, (i) => [i, j]));
  }

  /** A cell of the result as Sheets shows it. */
  private show(x: unknown): number | string | boolean {
    if (x === null || x === undefined) return '';
    if (typeof x !== 'number' || this.d.exact) return x as number | string | boolean;
    return cellOut(x, Number.isFinite(x) ? {} : this.suspects());
  }

  /** The body's result: a list laid out along the `like` argument, a range or one value, cell by cell. */
  private shown(out: Out | Shown[] | undefined): Result {
    if (!Array.isArray(out)) return this.show(out);
    if (out.every((r) => Array.isArray(r))) return (out as Shown[][]).map((r) => r.map((x) => this.show(x)));
    const m = this.m(this.d.like ?? '');
    const cells = (out as Shown[]).map((x) => this.show(x));
    return m.length === 1 && m[0].length > 1 ? [cells] : cells.map((x) => [x]);
  }

  /**
   * The numbers an overflow may be blamed on, by argument: the cell's own value, or the most extreme of
   * a range or of the group's cells.
   */
  private suspects(): Inputs {
    const { cell, cells } = this;
    const out: Record<string, number | null> = {};
    for (const a of this.d.args) {
      if (a.kind.kind !== 'number' || a.innocent) continue;
      if (a.shape !== 'each') out[a.name] = extreme([this.base[a.name]].flat(2) as number[]);
      else if (cell) out[a.name] = cell[a.name] as number | null;
      else if (cells)
        out[a.name] = extreme(cells.map(([i, j]) => this.values[i][j]?.[a.name] as number | null));
    }
    return out;
  }

  /** Runs a step of the whole call (setup, once, all); its error names an argument. */
  private guard<T>(step: () => T): T {
    try {
      return step();
    } catch (e) {
      throw this.failed(e);
    }
  }

  /** The error naming its argument, and the cell `at` when the result is more than one cell. */
  private failed(e: unknown, at?: Cell): unknown {
    if (!isDomainError(e)) return e;
    const named = e.params.arg !== undefined ? e : this.named(e);
    if (!at || (this.rows === 1 && this.cols === 1) || named.params.cellRow !== undefined) return named;
    return new DomainError(named.code, { ...named.params, ...position(at[0], at[1]) }, named.field);
  }

  /**
   * A core error with the argument it is about. A value that is not a finite number can only be an
   * intermediate one (the readers let none through): the result overflowed.
   */
  private named(e: DomainError): DomainError {
    if (e.code === 'split.notFinite') return overflow(this.suspects());
    const found = this.fieldArg(e.field);
    if (!found) return e;
    return new DomainError(e.code, { ...e.params, arg: found.arg, ...found.at }, e.field);
  }

  private fieldArg(field: string | undefined): { arg: string; at?: ErrorParams } | undefined {
    if (!field) return undefined;
    const path = field.replace(/\[\d+\]/g, '').split('.');
    for (let n = path.length; n > 0; n--) {
      const key = path.slice(0, n).join('.');
      if (!has(this.d.fields, key)) continue;
      const target = this.d.fields[key];
      if (!target.endsWith('[]')) return { arg: target };
      const arg = target.slice(0, -2);
      const k = /\[(\d+)\]/.exec(field)?.[1];
      return { arg, at: k === undefined ? {} : this.cellAt(arg, Number(k)) };
    }
    return this.matrix.has(path[0]) ? { arg: path[0] } : undefined;
  }

  /** Cell k of an argument: of the group `all` works on, or of the argument's own range. */
  private cellAt(arg: string, k: number): ErrorParams {
    if (this.cells) return this.rows === 1 && this.cols === 1 ? {} : position(...this.cells[k]);
    const m = this.m(arg);
    const cols = m[0].length || 1;
    return m.length === 1 && cols === 1 ? {} : position(Math.floor(k / cols), k % cols);
  }
}
