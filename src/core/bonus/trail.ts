import { fromUnits, roundMoney } from '../allocate';

/**
 * The trail: how a payout was made, as data. Each line is a message code with typed parameters
 * (rendered to Russian or English by `src/i18n/trail.ts`) and, for money lines, the amount it adds,
 * rounded to the kopeck at the end of the line. Info lines carry no amount. The amounts of a
 * result's lines add up exactly to its total.
 */
export type TrailValue =
  /** Verbatim text (a name, a label); a message code is translated by the renderer. */
  | string
  /** Money to the kopeck: "9 100,00". */
  | { money: number }
  /** A plain number or amount, up to 2 decimals: "130 000". */
  | { num: number }
  /** A fraction shown as a percent: 0.07 → "7 %". */
  | { pct: number }
  /** A multiplier: 1.5 → "×1,5". */
  | { mult: number };

export type TrailParams = Record<string, TrailValue>;

export interface TrailNote {
  code: string;
  params: TrailParams;
}

export interface TrailLine {
  code: string;
  params: TrailParams;
  /** What the line adds to the total, to the kopeck; absent on info lines. */
  amount?: number;
  /** A remark shown in parentheses after the line, e.g. "above 100 % of plan". */
  note?: TrailNote;
}

export const money = (v: number): TrailValue => ({ money: v });
export const num = (v: number): TrailValue => ({ num: v });
export const pct = (v: number): TrailValue => ({ pct: v });
export const mult = (v: number): TrailValue => ({ mult: v });

/** A money line: the exact amount is rounded to the kopeck here, at the end of the line. */
export function moneyLine(code: string, params: TrailParams, exact: number, note?: TrailNote): TrailLine {
  const line: TrailLine = { code, params, amount: roundMoney(exact) };
  if (note) line.note = note;
  return line;
}

export function infoLine(code: string, params: TrailParams = {}, note?: TrailNote): TrailLine {
  const line: TrailLine = { code, params };
  if (note) line.note = note;
  return line;
}

export function note(code: string, params: TrailParams = {}): TrailNote {
  return { code, params };
}

/** Exact kopeck sum of the lines' amounts (info lines count 0). */
export function sumLines(lines: readonly TrailLine[]): number {
  return sumMoney(lines.map((l) => l.amount ?? 0));
}

/** Exact kopeck sum of amounts that are already whole kopecks. */
export function sumMoney(amounts: readonly number[]): number {
  let kopecks = 0;
  for (const a of amounts) kopecks += Math.round(a * 100);
  return fromUnits(kopecks, 0.01);
}

/** Strips float noise from a computed base (0.30000000000000004 → 0.3); not a money rounding. */
export function clean(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  return Number(x.toPrecision(12));
}

/** `a ≥ b` for thresholds, forgiving float noise. */
export function reaches(a: number, b: number): boolean {
  return a >= b - 1e-12 * Math.max(1, Math.abs(b));
}
