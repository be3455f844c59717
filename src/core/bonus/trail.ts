import { roundMoney } from '../allocate';
import type { MsgRef } from '../errors';
import { kopecks, rubles } from './money';

/**
 * The trail: how a payout was made, as data. Each line is a message code with typed parameters
 * (rendered to Russian or English by `src/i18n/trail.ts`) and, for money lines, the amount it adds,
 * rounded to the kopeck at the end of the line. Info lines carry no amount. The amounts of a
 * result's lines add up exactly to its total.
 */
export type TrailValue =
  /** Verbatim text (a name, a label, a KPI id): shown as written, never looked up as a message. */
  | string
  /** A message (a metric's or a component kind's name), shown in the reader's language. */
  | MsgRef
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

/** Exact sum of the lines' amounts, in rubles (info lines count 0). */
export function sumLines(lines: readonly TrailLine[]): number {
  return rubles(lineKopecks(lines));
}

/** Exact sum of the lines' amounts, in kopecks. */
export function lineKopecks(lines: readonly TrailLine[]): number {
  let k = 0;
  for (const l of lines) k += kopecks(l.amount ?? 0);
  return k;
}

/**
 * `a ≥ b` forgiving float noise: for the attainment fractions of a payout curve (curve.ts), where a
 * threshold is a unitless fraction, not a figure to the hundredth (money.ts `atLeast` is for those).
 */
export function reaches(a: number, b: number): boolean {
  return a >= b - 1e-12 * Math.max(1, Math.abs(b));
}
