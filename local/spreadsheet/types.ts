/**
 * `Covers<Interface, 'a' | 'b'>`: the listed members of an Apps Script interface, with the same names and
 * parameters, and the same return type where it is a primitive (object returns are our own classes, so they
 * are left loose). A class that `implements` it fails to compile when it drifts from Apps Script.
 */
export type Covers<T, K extends keyof T> = {
  [P in K]: T[P] extends (...args: infer A) => infer R ? (...args: A) => Loose<R> : T[P];
};
type Loose<R> = [R] extends [string | number | boolean | undefined | null] ? R : unknown;

/** Any value a cell can be given or return. */
export type CellInput = string | number | boolean | Date | null | undefined;

/** True for a Date of any realm (the add-on runs in a node:vm context with its own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
