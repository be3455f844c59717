import { type Day, dayOf, isoString, isoWeekday, ymdOf } from './dates';
import { DomainError, msgRef } from './errors';
import { ratioOf } from './ratios';
import { isoWeekOf, weekKey } from './weeks';

/**
 * Plan against fact: completion, deviation, run-rate forecast, required pace, forecast accuracy,
 * and sums over periods and people.
 *
 * Ratios are never averaged: every aggregate is a sum of plans and a sum of facts, and its ratios are
 * computed from those sums. A ratio whose denominator is 0 is `null` (the sheet shows a blank).
 *
 * The as-of convention (run-rate, pace, the "Today" view). Facts for a day are typed during that day,
 * so the as-of day is still open:
 * - elapsed working days = working days of the period strictly before `asOf`;
 * - remaining working days = working days from `asOf` to the period's end, `asOf` included;
 *   elapsed + remaining = the period's working days, always;
 * - the run-rate is measured on closed days only: the fact dated before `asOf` ÷ elapsed × working days,
 *   so a half-typed today does not tilt it; the forecast is that run-rate, but never less than the fact
 *   already typed (a great last day can only raise it);
 * - the required pace is what the whole typed fact leaves of the plan ÷ remaining days (today counts as
 *   a day still to work until it is over).
 * So on the first working day the forecast is blank, on the last working day it rests on the other
 * days plus today's fact as a floor, and from the day after the period it equals the fact.
 *
 * A person's month on their own working days (own-days.ts) and the month tab's formulas follow the same
 * rules, through `projectRunRate` and `neededPerDay` below:
 *   forecast  = IF(elapsed = 0, "", MAX(SUM(facts), closed * workdays / elapsed))
 *   pace      = IF(SUM(facts) >= plan, 0, IF(remaining = 0, "", (plan - SUM(facts)) / remaining))
 */

export interface PlanFact {
  readonly plan: number;
  readonly fact: number;
}

/** A plan/fact with its derived figures, as the tabs and the report show it. */
export interface PlanFactFigures extends PlanFact {
  /** fact ÷ plan; null when the plan is 0. */
  readonly completion: number | null;
  /** fact − plan, in the metric's units. */
  readonly deviation: number;
  /** (fact − plan) ÷ plan; null when the plan is 0. */
  readonly deviationPct: number | null;
}

/** A validated plan/fact: the plan a finite number ≥ 0, the fact any finite number (returns may net below 0). */
export function planFact(plan: number, fact: number): PlanFact {
  checkPlan(plan, 'plan');
  checkFinite(fact, 'planfact.arg.fact', 'fact');
  return { plan, fact };
}

export const ZERO_PLAN_FACT: PlanFact = { plan: 0, fact: 0 };

export function addPlanFact(a: PlanFact, b: PlanFact): PlanFact {
  return { plan: a.plan + b.plan, fact: a.fact + b.fact };
}

export function sumPlanFact(items: readonly PlanFact[]): PlanFact {
  let plan = 0;
  let fact = 0;
  items.forEach((pf, i) => {
    checkRow(pf, 'items', i);
    plan += pf.plan;
    fact += pf.fact;
  });
  return { plan, fact };
}

/** fact ÷ plan; null when the plan is 0 (a 0 plan has no completion, whatever the fact). */
export function completion(pf: PlanFact): number | null {
  checkPf(pf);
  return ratioOf(pf.fact, pf.plan);
}

/** fact − plan. */
export function deviation(pf: PlanFact): number {
  checkPf(pf);
  return pf.fact - pf.plan;
}

/** (fact − plan) ÷ plan; null when the plan is 0. */
export function deviationPct(pf: PlanFact): number | null {
  checkPf(pf);
  return pf.plan === 0 ? null : (pf.fact - pf.plan) / pf.plan;
}

export function figures(pf: PlanFact): PlanFactFigures {
  return {
    plan: pf.plan,
    fact: pf.fact,
    completion: completion(pf),
    deviation: deviation(pf),
    deviationPct: deviationPct(pf),
  };
}

// ---------------------------------------------------------------------------------------------------
// Primitives of the custom functions (RUN_RATE, PACE_REQUIRED, FORECAST_ACCURACY)

/**
 * fact ÷ elapsed × total: the period's result if the pace so far holds. null when no working day has
 * elapsed; exactly `fact` when all have.
 */
export function runRate(fact: number, elapsed: number, total: number): number | null {
  checkFinite(fact, 'planfact.arg.fact', 'fact');
  checkNonNegative(elapsed, 'planfact.arg.elapsed', 'elapsed');
  checkNonNegative(total, 'planfact.arg.total', 'total');
  if (elapsed > total) throw new DomainError('planfact.elapsedExceedsTotal', { elapsed, total }, 'elapsed');
  // A custom function promises the fact itself for a finished period: (x × n) ÷ n may differ from x in
  // the last digit when x has decimals.
  if (elapsed === total && elapsed > 0) return fact;
  return projectRunRate(fact, elapsed, total);
}

/**
 * What the pace of the closed days gives over the whole period: closed × total ÷ elapsed, multiplied first
 * as the month tab's formula does (so the core's forecasts equal the tab's to the last digit); null when no
 * day has elapsed. Unchecked: the arithmetic shared by `runRate` and own-days.ts.
 */
export function projectRunRate(closed: number, elapsed: number, total: number): number | null {
  return elapsed === 0 ? null : (closed * total) / elapsed;
}

/**
 * What is left of the plan per remaining working day: max(0, plan − fact) ÷ remaining.
 * 0 when the plan is met (even with no day left); null when days are over and the plan is not met.
 */
export function paceRequired(plan: number, fact: number, remaining: number): number | null {
  checkPlan(plan, 'plan');
  checkFinite(fact, 'planfact.arg.fact', 'fact');
  checkNonNegative(remaining, 'planfact.arg.remaining', 'remaining');
  return neededPerDay(plan, fact, remaining);
}

/** `paceRequired` unchecked: the arithmetic shared with own-days.ts (remaining ≥ 0). */
export function neededPerDay(plan: number, fact: number, remaining: number): number | null {
  const left = plan - fact;
  if (left <= 0) return 0;
  return remaining > 0 ? left / remaining : null;
}

/**
 * max(0, 1 − |actual − forecast| ÷ |actual|), in [0, 1]. With actual 0: 1 when the forecast is 0 too,
 * otherwise 0 (the limit of the formula as actual → 0). The absolute value in the denominator keeps a
 * negative actual (net returns) in the same [0, 1] scale.
 */
export function forecastAccuracy(actual: number, forecast: number): number {
  checkFinite(actual, 'planfact.arg.actual', 'actual');
  checkFinite(forecast, 'planfact.arg.forecast', 'forecast');
  const base = Math.abs(actual);
  if (base === 0) return forecast === 0 ? 1 : 0;
  return Math.max(0, 1 - Math.abs(actual - forecast) / base);
}

// ---------------------------------------------------------------------------------------------------
// Aggregation by period and by any key (manager → department)

/**
 * - `day`: "2026-03-05"
 * - `week`: weeks cut at month boundaries, as the plan decomposes them: "2026-03-W1" is 1 March to the
 *   first Sunday, W2 the next Monday to Sunday, … (at most W6)
 * - `isoWeek`: ISO 8601 week of its ISO year: "2026-W10" (crosses months and years)
 * - `month`: "2026-03"; `quarter`: "2026-Q1"; `year`: "2026"
 * Every key sorts as text in time order within its grain.
 */
export type Grain = 'day' | 'week' | 'isoWeek' | 'month' | 'quarter' | 'year';

export const GRAINS: readonly Grain[] = ['day', 'week', 'isoWeek', 'month', 'quarter', 'year'];

export function periodKey(day: Day, grain: Grain): string {
  checkDay(day, 'day');
  const { year, month, day: dom } = ymdOf(day);
  const mm = String(month).padStart(2, '0');
  switch (grain) {
    case 'day':
      return isoString(day);
    case 'week': {
      const offset = isoWeekday(dayOf(year, month, 1)) - 1;
      return `${year}-${mm}-W${Math.floor((dom - 1 + offset) / 7) + 1}`;
    }
    case 'isoWeek': {
      return weekKey(isoWeekOf(day));
    }
    case 'month':
      return `${year}-${mm}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
    default:
      throw new DomainError(
        'planfact.badGrain',
        { grain: String(grain), choices: GRAINS.join(', ') },
        'grain',
      );
  }
}

export interface KeyedPlanFact extends PlanFact {
  readonly key: string;
}

/**
 * Sums plan and fact of the rows sharing a key, keys in order of first appearance. Use it for
 * managers → department (key = department), or any grouping; ratios come from the sums.
 */
export function sumBy<T extends PlanFact>(
  rows: readonly T[],
  keyOf: (row: T, index: number) => string,
): KeyedPlanFact[] {
  const sums = new Map<string, { plan: number; fact: number }>();
  rows.forEach((row, i) => {
    checkRow(row, 'rows', i);
    const key = keyOf(row, i);
    const s = sums.get(key);
    if (s) {
      s.plan += row.plan;
      s.fact += row.fact;
    } else sums.set(key, { plan: row.plan, fact: row.fact });
  });
  return Array.from(sums, ([key, s]) => ({ key, plan: s.plan, fact: s.fact }));
}

export interface DatedPlanFact extends PlanFact {
  /** Any day inside the period the row stands for (a month's row may carry its 1st). */
  readonly day: Day;
}

/** Rows rolled up to a grain, keys sorted in time order. */
export function rollUp(rows: readonly DatedPlanFact[], grain: Grain): KeyedPlanFact[] {
  const key = (r: DatedPlanFact, i: number) => {
    checkDay(r.day, `rows[${i}].day`); // named as rollUp's row, not as periodKey's `day`
    return periodKey(r.day, grain);
  };
  return sumBy(rows, key).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

// ---------------------------------------------------------------------------------------------------

// `field` is where the value sits in the checked function's input (`fact`, `rows[2].plan`); a row's index
// (`row`, 0-based) makes the message name the row.

function checkFinite(x: number, name: string, field: string, row?: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    if (row === undefined) throw new DomainError('planfact.notFinite', { name: msgRef(name) }, field);
    throw new DomainError('planfact.rowNotFinite', { name: msgRef(name), row: row + 1 }, field);
  }
}

function checkPlan(plan: number, field: string, row?: number): void {
  checkFinite(plan, 'planfact.arg.plan', field, row);
  if (plan < 0) {
    if (row === undefined) throw new DomainError('planfact.negativePlan', { value: plan }, field);
    throw new DomainError('planfact.rowNegativePlan', { value: plan, row: row + 1 }, field);
  }
}

/** A plan/fact given as the argument `pf`. */
function checkPf(pf: PlanFact): void {
  checkPlan(pf.plan, 'pf.plan');
  checkFinite(pf.fact, 'planfact.arg.fact', 'pf.fact');
}

/** Row `i` of the list `list` (`items`, `rows`); the paths are built only for a bad row. */
function checkRow(pf: PlanFact, list: string, i: number): void {
  if (Number.isFinite(pf.plan) && pf.plan >= 0 && Number.isFinite(pf.fact)) return;
  checkPlan(pf.plan, `${list}[${i}].plan`, i);
  checkFinite(pf.fact, 'planfact.arg.fact', `${list}[${i}].fact`, i);
}

function checkNonNegative(x: number, name: string, field: string): void {
  checkFinite(x, name, field);
  if (x < 0) throw new DomainError('planfact.negative', { name: msgRef(name), value: x }, field);
}

function checkDay(d: Day, field: string): void {
  if (typeof d !== 'number' || !Number.isInteger(d)) {
    throw new DomainError('planfact.badDay', { name: msgRef('planfact.arg.day'), value: String(d) }, field);
  }
}
