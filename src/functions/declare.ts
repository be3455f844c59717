import type { Day } from '../core/dates';

/**
 * A custom function as data: its arguments (name as in its JSDoc, kind, shape, whether it may be left out,
 * what a blank means) and its body on plain values. `run` (run.ts) reads and broadcasts the arguments,
 * calls the body and turns every problem into a message naming the argument.
 */

/** What a cell holds. A choice has its meanings, each with the spellings it accepts. */
export interface Kind<T> {
  readonly kind: 'number' | 'day' | 'text' | 'bool' | 'choice';
  readonly options?: readonly { value: string; names: readonly string[] }[];
  /** Only carries T, the type of the value. */
  readonly type?: T;
}

export const NUMBER: Kind<number> = { kind: 'number' };
export const DAY: Kind<Day> = { kind: 'day' };
export const TEXT: Kind<string> = { kind: 'text' };
export const BOOL: Kind<boolean> = { kind: 'bool' };

/** A keyword: each meaning (what messages offer) with its other spellings, English and Russian, '|'-separated. */
export function choice<T extends string>(choices: Readonly<Record<T, string>>): Kind<T> {
  const options = Object.entries<string>(choices).map(([value, other]) => ({
    value,
    names: [value, ...other.split('|')],
  }));
  return { kind: 'choice', options };
}

/**
 * How an argument is read: `one` cell (a one-cell range too); `each` cell by cell (a single cell applies to
 * every cell of the result, a range gives each its own); a `vector` (one row or one column, in order); a
 * `block` (a range, as rows); a `list` (the non-blank values of any range: days off, ramp shares).
 */
export type Shape = 'one' | 'each' | 'vector' | 'block' | 'list';

export interface Arg<N extends string = string, T = unknown> {
  readonly name: N;
  readonly kind: Kind<unknown>;
  readonly shape: Shape;
  /** May be left out: JSDoc `[name]`, a `name?` parameter (a test checks they agree). */
  readonly optional: boolean;
  /**
   * What a blank cell means (null: passed on as null). Absent: refused, except for `each`, where a blank cell
   * leaves that cell of the result blank without calling the body.
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
  return { ...o, name, kind, shape, optional: o.optional ?? false };
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
) {
  return arg<N, (K | B)[]>(name, kind, 'vector', o);
}

export function block<N extends string, K, B extends K | null = K>(
  name: N,
  kind: Kind<K>,
  o: Options<B> = {},
) {
  return arg<N, (K | B)[][]>(name, kind, 'block', o);
}

export function list<N extends string, K>(name: N, kind: Kind<K>, o: Options<never> = {}) {
  return arg<N, K[]>(name, kind, 'list', o);
}

/** The plain values a body gets, by argument name. */
export type Values<As extends readonly Arg[]> = {
  readonly [A in As[number] as A['name']]: A extends Arg<string, infer T> ? T : never;
};

/** A cell of a body's result: a number (cleaned by `cellOut`), text, TRUE/FALSE, or null for blank. */
export type Shown = number | string | boolean | null;
/** What `once` returns: one value, a range, or a list laid out along the `like` argument. */
export type Out = Shown | Shown[][] | Shown[];
/** A range of results, or one result when every cell-by-cell argument was a single value. */
export type Cells<T> = T[][] | T;
export type Result = Cells<number | string | boolean>;

export interface Declaration<As extends readonly Arg[], S, I> {
  /** The function's name, as exported. */
  readonly name: string;
  readonly args: As;
  /**
   * Where a core error's `field` points: `tiers[1].rate` is looked up as `tiers.rate`, then `tiers`; the value
   * is an argument, or `name[]` when the path's first index is a cell of that argument (in reading order, or
   * of the group given to `all`). A path starting with an argument's own name needs no entry.
   */
  readonly fields?: Readonly<Record<string, string>>;
  /** The results are exact parts of a split: shown as computed, not cut to 15 digits. */
  readonly exact?: boolean;
  /** A list `once` returns is laid out along this argument: a row when it is one row of several cells. */
  readonly like?: string;
  /** With `all`: a group per line of the range (down each column, or across a single row). */
  readonly lines?: boolean;
  /** Once, after the arguments are read and the cells counted: checks and what every cell shares. */
  readonly setup?: (v: Values<As>, cells: number) => S;
  /** The body for one cell of the `each` arguments; null leaves the cell blank. */
  readonly cell?: (v: Values<As>, s: S) => I | null;
  /** The cells' results at once (or a line at a time): one result per cell in reading order, or one value. */
  readonly all?: (items: (I | null)[], v: Values<As>, s: S) => Shown[] | Shown;
  /** The body of a function with no `each` argument. */
  readonly once?: (v: Values<As>, s: S) => Out;
}

export type AnyDeclaration = Declaration<readonly Arg[], unknown, unknown>;

/** Every declaration by function name (a test checks them against the exports and their JSDoc). */
export const declarations = new Map<string, AnyDeclaration>();

/** Registers a declaration: its body's types are checked here and erased for the runner. */
export function declare<const As extends readonly Arg[], S = undefined, I = Shown>(
  d: Declaration<As, S, I>,
): AnyDeclaration {
  const erased = d as unknown as AnyDeclaration;
  declarations.set(d.name, erased);
  return erased;
}
