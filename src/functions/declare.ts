import type { Day } from '../core/dates';

/**
 * A custom function as data: its arguments (name as in its JSDoc, kind, shape, whether it may be left out
 * and what a blank means) and its body on plain values. `run` (run.ts) reads, checks and broadcasts the
 * arguments, calls the body and turns every problem into a message naming the argument.
 */

/** What a cell holds: a number, a day, text, TRUE/FALSE or a keyword from a list. */
export interface Kind<T> {
  readonly kind: 'number' | 'day' | 'text' | 'bool' | 'choice';
  /** For a choice: each accepted spelling (English and Russian) → its meaning, and the list messages offer. */
  readonly choices?: Readonly<Record<string, T>>;
  readonly shown?: readonly string[];
  /** Only carries T for the type of the value. */
  readonly type?: T;
}

export const NUMBER: Kind<number> = { kind: 'number' };
export const DAY: Kind<Day> = { kind: 'day' };
export const TEXT: Kind<string> = { kind: 'text' };
export const BOOL: Kind<boolean> = { kind: 'bool' };

export function choice<T extends string>(
  choices: Readonly<Record<string, T>>,
  shown: readonly string[],
): Kind<T> {
  return { kind: 'choice', choices, shown };
}

/**
 * How an argument is read:
 * - `one`: a single cell (a one-cell range too);
 * - `each`: cell by cell: a single cell applies to every cell of the result, a range gives each its own;
 * - `vector`: the values of one row or one column, in order;
 * - `block`: the values of a range, as rows;
 * - `list`: the non-blank values of a range of any shape (days off, ramp shares).
 */
export type Shape = 'one' | 'each' | 'vector' | 'block' | 'list';

export interface Arg<N extends string = string, T = unknown> {
  readonly name: N;
  readonly kind: Kind<unknown>;
  readonly shape: Shape;
  /** May be left out: JSDoc `[name]`, a `name?` parameter (a test checks they agree). */
  readonly optional: boolean;
  /**
   * What a blank cell means. Absent: refused (an error), except for `each`, where a blank cell leaves that
   * cell of the result blank without calling the body. `null` passes the blank on as null.
   */
  readonly blank?: unknown;
  /** Never blamed for an overflow (thresholds, limits): left out of the suspects `cellOut` names. */
  readonly innocent?: boolean;
  readonly type?: T;
}

interface Options<B> {
  blank?: B;
  optional?: boolean;
  innocent?: boolean;
}

function arg<N extends string, T>(
  name: N,
  kind: Kind<unknown>,
  shape: Shape,
  o: Options<unknown>,
): Arg<N, T> {
  return {
    name,
    kind,
    shape,
    optional: o.optional ?? false,
    innocent: o.innocent,
    ...('blank' in o ? { blank: o.blank } : {}),
  };
}

export function one<N extends string, K>(name: N, kind: Kind<K>, o: Options<NoInfer<K>> = {}): Arg<N, K> {
  return arg(name, kind, 'one', o);
}

export function each<N extends string, K>(name: N, kind: Kind<K>): Arg<N, K>;
export function each<N extends string, K>(name: N, kind: Kind<K>, o: Options<null>): Arg<N, K | null>;
export function each<N extends string, K>(name: N, kind: Kind<K>, o: Options<NoInfer<K>>): Arg<N, K>;
export function each<N extends string, K>(
  name: N,
  kind: Kind<K>,
  o: Options<K | null> = {},
): Arg<N, K | null> {
  return arg(name, kind, 'each', o);
}

/** An optional vector or block left out arrives as null. */
export function vector<N extends string, K, B extends K | null = K>(
  name: N,
  kind: Kind<K>,
  o: Options<B> = {},
): Arg<N, (K | B)[]> {
  return arg(name, kind, 'vector', o);
}

export function block<N extends string, K, B extends K | null = K>(
  name: N,
  kind: Kind<K>,
  o: Options<B> = {},
): Arg<N, (K | B)[][]> {
  return arg(name, kind, 'block', o);
}

export function list<N extends string, K>(name: N, kind: Kind<K>, o: Options<never> = {}): Arg<N, K[]> {
  return arg(name, kind, 'list', o);
}

/** The plain values a body gets, by argument name. */
export type Values<As extends readonly Arg[]> = {
  readonly [A in As[number] as A['name']]: A extends Arg<string, infer T> ? T : never;
};

/** What a cell of the result shows: a number (cleaned by `cellOut`), text, TRUE/FALSE, or null for blank. */
export type Shown = number | string | boolean | null;
/** What `once` returns: one value, a range, or a list laid out along the `like` argument. */
export type Out = Shown | Shown[][] | Shown[];
export type Result = Cells<number | string | boolean>;
/** A range of results, or one result when every cell-by-cell argument was a single value. */
export type Cells<T> = T[][] | T;

export interface Declaration<As extends readonly Arg[], S, I> {
  /** The function's name, as exported. */
  readonly name: string;
  readonly args: As;
  /**
   * Where a core error's `field` points, by path: `tiers[1].rate` is looked up as `tiers.rate`, then as
   * `tiers`. The value is an argument's name; `name[]` makes the path's first index a cell of that argument
   * (its cells in reading order, or the cells of the group given to `all`). A path whose first segment is an
   * argument's own name needs no entry (and places no cell).
   */
  readonly fields?: Readonly<Record<string, string>>;
  /**
   * For errors of core modules that name no field yet (calendar, planfact): the code, or the message code
   * of the value (`name`, `what` or `list` parameter, e.g. 'planfact.arg.fact') → the argument.
   */
  readonly codes?: Readonly<Record<string, string>>;
  /** The results are exact parts of a split: shown as computed (not cut to 15 digits). */
  readonly exact?: boolean;
  /** A list `once` returns is laid out along this argument: a row when it is one row of several cells. */
  readonly like?: string;
  /** With `all`: a group per line of the range (down each column, or across a single row). */
  readonly lines?: boolean;
  /** Once, after the arguments are read and the cells counted: checks and what every cell shares. */
  readonly setup?: (v: Values<As>, cells: number) => S;
  /** The body for one cell of the `each` arguments; null leaves the cell blank. */
  readonly cell?: (v: Values<As>, s: S) => I | null;
  /**
   * The cells' results at once (all, or a line at a time): a list (one result per cell, in reading order,
   * null for a blank) or one value for the whole function.
   */
  readonly all?: (items: (I | null)[], v: Values<As>, s: S) => Shown[] | Shown;
  /** The body of a function with no `each` argument. */
  readonly once?: (v: Values<As>, s: S) => Out;
}

/** A declaration with its types erased, as the runner handles it. */
export type AnyDeclaration = Declaration<readonly Arg[], unknown, unknown>;

/** Every declaration by function name (tests check them against the exports and their JSDoc). */
export const declarations = new Map<string, AnyDeclaration>();

/** Registers a declaration; the body's types are checked here and erased for the runner. */
export function declare<const As extends readonly Arg[], S = undefined, I = Shown>(
  d: Declaration<As, S, I>,
): AnyDeclaration {
  const erased = d as unknown as AnyDeclaration;
  declarations.set(d.name, erased);
  return erased;
}
