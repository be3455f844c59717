import { type Calendar, countWorkdays } from './calendar';
import { type Day, dayOf, isoString, isoWeekday, ymdOf } from './dates';
import { DomainError, msgRef } from './errors';

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
 * The sheets layer reproduces this with native formulas from a row of dates, a row of 0/1 working-day
 * flags and a row of facts (blank = 0):
 *   workdays  = SUM(flags)
 *   elapsed   = SUMPRODUCT(flags, --(dates < TODAY()))
 *   remaining = workdays - elapsed
 *   closed    = SUMPRODUCT(facts, --(dates < TODAY()))    (or SUMIF(dates, "<"&TODAY(), facts))
 *   forecast  = IF(elapsed = 0, "", MAX(SUM(facts), closed / elapsed * workdays))
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
  checkPlan(plan);
  checkFinite(fact, 'planfact.arg.fact');
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
    checkPlan(pf.plan, i);
    checkFinite(pf.fact, 'planfact.arg.fact', i);
    plan += pf.plan;
    fact += pf.fact;
  });
  return { plan, fact };
}

/** fact ÷ plan; null when the plan is 0 (a 0 plan has no completion, whatever the fact). */
export function completion(pf: PlanFact): number | null {
  checkPlan(pf.plan);
  checkFinite(pf.fact, 'planfact.arg.fact');
  return pf.plan === 0 ? null : pf.fact / pf.plan;
}

/** fact − plan. */
export function deviation(pf: PlanFact): number {
  checkPlan(pf.plan);
  checkFinite(pf.fact, 'planfact.arg.fact');
  return pf.fact - pf.plan;
}

/** (fact − plan) ÷ plan; null when the plan is 0. */
export function deviationPct(pf: PlanFact): number | null {
  checkPlan(pf.plan);
  checkFinite(pf.fact, 'planfact.arg.fact');
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
  checkFinite(fact, 'planfact.arg.fact');
  checkNonNegative(elapsed, 'planfact.arg.elapsed');
  checkNonNegative(total, 'planfact.arg.total');
  if (elapsed > total) throw new DomainError('planfact.elapsedExceedsTotal', { elapsed, total });
  if (elapsed === 0) return null;
  if (elapsed === total) return fact;
  return (fact / elapsed) * total;
}

/**
 * What is left of the plan per remaining working day: max(0, plan − fact) ÷ remaining.
 * 0 when the plan is met (even with no day left); null when days are over and the plan is not met.
 */
export function paceRequired(plan: number, fact: number, remaining: number): number | null {
  checkPlan(plan);
  checkFinite(fact, 'planfact.arg.fact');
  checkNonNegative(remaining, 'planfact.arg.remaining');
  const left = plan - fact;
  if (left <= 0) return 0;
  if (remaining === 0) return null;
  return left / remaining;
}

/**
 * max(0, 1 − |actual − forecast| ÷ |actual|), in [0, 1]. With actual 0: 1 when the forecast is 0 too,
 * otherwise 0 (the limit of the formula as actual → 0). The absolute value in the denominator keeps a
 * negative actual (net returns) in the same [0, 1] scale.
 */
export function forecastAccuracy(actual: number, forecast: number): number {
  checkFinite(actual, 'planfact.arg.actual');
  checkFinite(forecast, 'planfact.arg.forecast');
  const base = Math.abs(actual);
  if (base === 0) return forecast === 0 ? 1 : 0;
  return Math.max(0, 1 - Math.abs(actual - forecast) / base);
}

// ---------------------------------------------------------------------------------------------------
// Working days of a period as of a day

/** Working days from `from` to `to`, both included. */
export function workdaysInPeriod(cal: Calendar, from: Day, to: Day): number {
  checkPeriod(from, to);
  return countWorkdays(cal, from, to);
}

/** Working days of [from, to] strictly before `asOf` (0 before the period, all of them after it). */
export function workdaysElapsed(cal: Calendar, from: Day, to: Day, asOf: Day): number {
  checkPeriod(from, to);
  checkDay(asOf, 'planfact.arg.asOf');
  const end = Math.min(asOf - 1, to);
  return end < from ? 0 : countWorkdays(cal, from, end);
}

/** Working days of [from, to] from `asOf` on, `asOf` included (all before the period, 0 after it). */
export function workdaysRemaining(cal: Calendar, from: Day, to: Day, asOf: Day): number {
  checkPeriod(from, to);
  checkDay(asOf, 'planfact.arg.asOf');
  const start = Math.max(asOf, from);
  return start > to ? 0 : countWorkdays(cal, start, to);
}

/** The last working day of [from, to] strictly before `asOf` ("yesterday" at the morning meeting), or null. */
export function lastClosedWorkday(cal: Calendar, from: Day, to: Day, asOf: Day): Day | null {
  checkPeriod(from, to);
  checkDay(asOf, 'planfact.arg.asOf');
  for (let d = Math.min(asOf - 1, to); d >= from; d--) if (cal.isWorkday(d)) return d;
  return null;
}

export interface PeriodPace {
  readonly plan: number;
  /** Every fact typed for the period (today's and any later day's included). */
  readonly fact: number;
  /** The fact of the days strictly before `asOf`. */
  readonly factClosed: number;
  readonly workdays: number;
  readonly elapsed: number;
  readonly remaining: number;
  /** fact ÷ plan; null when the plan is 0. */
  readonly completion: number | null;
  /** max(fact, run-rate of the closed days); null when no working day has elapsed. */
  readonly forecast: number | null;
  /** forecast ÷ plan; null when either is missing or the plan is 0. */
  readonly forecastCompletion: number | null;
  /** max(0, plan − fact) ÷ remaining; 0 when met; null when no day is left and the plan is not met. */
  readonly paceRequired: number | null;
}

/**
 * Where a period stands on `asOf` (see the as-of convention at the top of this file).
 * `dailyFacts[i]` is the fact of day `from + i`; blanks are passed as 0.
 */
export function periodPace(
  cal: Calendar,
  from: Day,
  to: Day,
  asOf: Day,
  plan: number,
  dailyFacts: readonly number[],
): PeriodPace {
  checkPeriod(from, to);
  checkDay(asOf, 'planfact.arg.asOf');
  checkPlan(plan);
  const length = to - from + 1;
  if (dailyFacts.length !== length) {
    throw new DomainError('planfact.factsLength', {
      expected: length,
      actual: dailyFacts.length,
      from: isoString(from),
      to: isoString(to),
    });
  }
  let fact = 0;
  let factClosed = 0;
  dailyFacts.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new DomainError('planfact.dailyFactNotFinite', { day: isoString(from + i) });
    }
    fact += v;
    if (from + i < asOf) factClosed += v;
  });
  const workdays = countWorkdays(cal, from, to);
  const elapsed = workdaysElapsed(cal, from, to, asOf);
  const remaining = workdays - elapsed;
  const rate = runRate(factClosed, elapsed, workdays);
  const forecast = rate === null ? null : Math.max(fact, rate);
  return {
    plan,
    fact,
    factClosed,
    workdays,
    elapsed,
    remaining,
    completion: plan === 0 ? null : fact / plan,
    forecast,
    forecastCompletion: forecast === null || plan === 0 ? null : forecast / plan,
    paceRequired: paceRequired(plan, fact, remaining),
  };
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
  checkDay(day, 'planfact.arg.day');
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
      const thursday = day - isoWeekday(day) + 4;
      const isoYear = ymdOf(thursday).year;
      const week = Math.floor((thursday - dayOf(isoYear, 1, 1)) / 7) + 1;
      return `${isoYear}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return `${year}-${mm}`;
    case 'quarter':
      return `${year}-Q${Math.ceil(month / 3)}`;
    case 'year':
      return String(year);
    default:
      throw new DomainError('planfact.badGrain', { grain: String(grain), choices: GRAINS.join(', ') });
  }
}

export interface KeyedPlanFact extends PlanFact {
  readonly key: string;
}

/**
 * Sums plan and fact of the rows sharing a key, keys in order of first appearance. Use it for
 * managers → department (key = department), or any grouping; ratios come from the sums.
 */
export function sumBy<T extends PlanFact>(rows: readonly T[], keyOf: (row: T) => string): KeyedPlanFact[] {
  const sums = new Map<string, { plan: number; fact: number }>();
  rows.forEach((row, i) => {
    checkPlan(row.plan, i);
    checkFinite(row.fact, 'planfact.arg.fact', i);
    const key = keyOf(row);
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
  return sumBy(rows, (r) => periodKey(r.day, grain)).sort((a, b) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}

// ---------------------------------------------------------------------------------------------------

function checkFinite(x: number, name: string, index?: number): void {
  if (typeof x !== 'number' || !Number.isFinite(x)) {
    if (index === undefined) throw new DomainError('planfact.notFinite', { name: msgRef(name) });
    throw new DomainError('planfact.rowNotFinite', { name: msgRef(name), row: index + 1 });
  }
}

function checkPlan(plan: number, index?: number): void {
  checkFinite(plan, 'planfact.arg.plan', index);
  if (plan < 0) {
    if (index === undefined) throw new DomainError('planfact.negativePlan', { value: plan });
    throw new DomainError('planfact.rowNegativePlan', { value: plan, row: index + 1 });
  }
}

function checkNonNegative(x: number, name: string): void {
  checkFinite(x, name);
  if (x < 0) throw new DomainError('planfact.negative', { name: msgRef(name), value: x });
}

function checkDay(d: Day, name: string): void {
  if (typeof d !== 'number' || !Number.isInteger(d)) {
    throw new DomainError('planfact.badDay', { name: msgRef(name), value: String(d) });
  }
}

function checkPeriod(from: Day, to: Day): void {
  checkDay(from, 'planfact.arg.from');
  checkDay(to, 'planfact.arg.to');
  if (to < from) throw new DomainError('planfact.badPeriod', { from: isoString(from), to: isoString(to) });
}
