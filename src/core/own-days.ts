import { type Day, isoString } from './dates';
import { DomainError } from './errors';
import { neededPerDay, projectRunRate } from './planfact';
import { ratioOf } from './ratios';

/**
 * Where one person stands in a month on their own working days: the production calendar minus their
 * absences, before their start and after their end. As of a day (today at the morning meeting): the own
 * days strictly before it are elapsed; the rest, today included when it is one of them, remain.
 *
 * The rules, which the month tab's formulas follow exactly:
 * - forecast = fact of the days before today ÷ own elapsed × own total, never below the fact typed;
 *   blank (null) while no own day has elapsed; the fact itself when the person has no own day at all;
 * - needed per day = (plan − fact) ÷ own remaining; 0 once the plan is met; null ("no days left") when no
 *   own day remains and the plan is not met;
 * - plan to date = plan × (plan weight of the own days before today ÷ plan weight of all own days): the
 *   month plan spread over the person's own days as the decomposition spreads it, before rounding;
 * - the light of a person on every tab is forecast ÷ plan against the Plan tab's thresholds;
 * - the department is the sum of its people; its needed per day is "no days left" when its plan is not met
 *   and none of its people has a day left to make it up.
 * The run-rate and needed-per-day arithmetic is planfact.ts's (`projectRunRate`, `neededPerDay`), the
 * shares are `ratioOf`: one rule for the custom functions, the tabs and the report.
 */

/** A person's own working days laid on a month's calendar days (index 0 = the 1st): the one shape of them. */
export interface OwnDays {
  /** 1 on the person's own working days, 0 on every other calendar day of the month. */
  readonly present: readonly number[];
  /** The plan weight of each own working day (shortened days weigh less), 0 elsewhere. */
  readonly weights: readonly number[];
}

/**
 * A series over `days` (a month tab's day columns, in its order) laid on the calendar days from..to: 0 where
 * the series has no day. The one way a tab's columns become the calendar-indexed arrays the rules take.
 */
export function onCalendar(
  series: readonly number[] | undefined,
  days: readonly Day[],
  from: Day,
  to: Day,
): number[] {
  const out = new Array<number>(to - from + 1).fill(0);
  if (series)
    days.forEach((d, i) => {
      if (d >= from && d <= to) out[d - from] = series[i] ?? 0;
    });
  return out;
}

/** Own days as a month tab holds them (aligned with its `days`) laid on the calendar days from..to. */
export function ownDaysOnCalendar(own: OwnDays, days: readonly Day[], from: Day, to: Day): OwnDays {
  return {
    present: onCalendar(own.present, days, from, to),
    weights: onCalendar(own.weights, days, from, to),
  };
}

/** Own days with the month they are laid on. */
export interface OwnMonth extends OwnDays {
  /** The first calendar day of the month; `present` and `weights` are indexed by day − from. */
  readonly from: Day;
}

export interface OwnPace {
  plan: number;
  /** Every fact typed for the month. */
  fact: number;
  /** The fact of the days strictly before the as-of day. */
  factClosed: number;
  total: number;
  elapsed: number;
  remaining: number;
  planToDate: number;
  /** fact ÷ plan; null when the plan is 0. */
  completion: number | null;
  /** fact before today ÷ plan to date; null when the plan to date is 0. */
  completionToDate: number | null;
  forecast: number | null;
  /** forecast ÷ plan: what the light is judged by; null when either is missing or the plan is 0. */
  forecastCompletion: number | null;
  needed: number | null;
}

/** `daily[i]` is the fact of calendar day from + i (blanks as 0), over the whole month. */
export function ownPace(own: OwnMonth, asOf: Day, plan: number, daily: readonly number[]): OwnPace {
  const n = own.present.length;
  const wrong = [own.weights.length, daily.length].find((length) => length !== n);
  if (wrong !== undefined)
    throw new DomainError('planfact.factsLength', {
      from: isoString(own.from),
      to: isoString(own.from + n - 1),
      expected: n,
      actual: wrong,
    });
  let total = 0;
  let elapsed = 0;
  let weight = 0;
  let weightClosed = 0;
  let fact = 0;
  let factClosed = 0;
  for (let i = 0; i < n; i++) {
    const closed = own.from + i < asOf;
    total += own.present[i];
    weight += own.weights[i];
    fact += daily[i];
    if (!closed) continue;
    elapsed += own.present[i];
    weightClosed += own.weights[i];
    factClosed += daily[i];
  }
  const remaining = total - elapsed;
  const planToDate = weight > 0 ? (plan * weightClosed) / weight : 0;
  const forecast = forecastOf(fact, factClosed, elapsed, total);
  const figures = { plan, fact, factClosed, planToDate, forecast };
  return {
    ...figures,
    ...shares(figures),
    total,
    elapsed,
    remaining,
    needed: neededPerDay(plan, fact, remaining),
  };
}

type Figures = Pick<OwnPace, 'plan' | 'fact' | 'factClosed' | 'planToDate' | 'forecast'>;

/** The three shares every row shows, from its figures (null where the base is 0 or missing). */
function shares(f: Figures): Pick<OwnPace, 'completion' | 'completionToDate' | 'forecastCompletion'> {
  return {
    completion: ratioOf(f.fact, f.plan),
    completionToDate: ratioOf(f.factClosed, f.planToDate),
    forecastCompletion: f.forecast === null ? null : ratioOf(f.forecast, f.plan),
  };
}

/** The run-rate of the closed days, never below the fact typed; the fact itself with no own day at all. */
function forecastOf(fact: number, factClosed: number, elapsed: number, total: number): number | null {
  if (total === 0) return fact;
  const rate = projectRunRate(factClosed, elapsed, total);
  return rate === null ? null : Math.max(fact, rate);
}

/**
 * The department as the sum of its people: plan, fact, plan to date and needed per day add up (a person
 * with no days left adds nothing to the pace); the forecast is the sum of the people's forecasts once a
 * working day of the department has elapsed (a person whose own forecast is still blank adds nothing).
 */
export function departmentPace(people: readonly OwnPace[], departmentElapsed: number): OwnPace {
  const sum = (f: (p: OwnPace) => number | null) => people.reduce((s, p) => s + (f(p) ?? 0), 0);
  const plan = sum((p) => p.plan);
  const fact = sum((p) => p.fact);
  const factClosed = sum((p) => p.factClosed);
  const planToDate = sum((p) => p.planToDate);
  const forecast = departmentElapsed > 0 ? sum((p) => p.forecast) : null;
  const figures = { plan, fact, factClosed, planToDate, forecast };
  return {
    ...figures,
    ...shares(figures),
    total: Math.max(0, ...people.map((p) => p.total)),
    elapsed: departmentElapsed,
    remaining: Math.max(0, ...people.map((p) => p.remaining)),
    needed: departmentNeeded(people, plan, fact),
  };
}

/** Σ of the people's needed per day; null ("no days left") when the plan is not met and nobody can add to it. */
function departmentNeeded(people: readonly OwnPace[], plan: number, fact: number): number | null {
  const needed = people.reduce((s, p) => s + (p.needed ?? 0), 0);
  return needed === 0 && fact < plan ? null : needed;
}

export type Light = 'red' | 'amber' | 'green';

/** One colour rule on every tab: the ratio (forecast ÷ plan) against the Plan tab's thresholds. */
export function lightOf(ratio: number | null, redBelow: number, amberBelow: number): Light | null {
  if (ratio === null) return null;
  if (ratio < redBelow) return 'red';
  return ratio < amberBelow ? 'amber' : 'green';
}

/** The Plan tab's light thresholds: forecast ÷ plan below `redBelow` is red, below `amberBelow` amber. */
export interface Thresholds {
  readonly redBelow: number;
  readonly amberBelow: number;
}

/** The one colour rule: forecast ÷ plan against the thresholds; null without thresholds or a ratio. */
export function paceLight(p: OwnPace | null, t: Thresholds | undefined): Light | null {
  return p && t ? lightOf(p.forecastCompletion, t.redBelow, t.amberBelow) : null;
}

/**
 * A person's own month from the calendar and their dates (each working day weighing 1, or as `weightOf`
 * says): what the decomposition's `present` and `weights` hold, laid on calendar days.
 */
export function ownMonthOf(
  isWorkday: (d: Day) => boolean,
  isAvailable: (d: Day) => boolean,
  from: Day,
  to: Day,
  weightOf: (d: Day) => number = () => 1,
): OwnMonth {
  const present: number[] = [];
  const weights: number[] = [];
  for (let d = from; d <= to; d++) {
    const own = isWorkday(d) && isAvailable(d) ? 1 : 0;
    present.push(own);
    weights.push(own * weightOf(d));
  }
  return { from, present, weights };
}

/** The working days of [from, to] as of a day: all of them, those strictly before it, and the last of those. */
export interface WorkdaysAsOf {
  readonly workdays: number;
  readonly elapsed: number;
  /** The last working day before the as-of day ("yesterday" at the morning meeting); null when none. */
  readonly lastClosed: Day | null;
}

/** The department's working days as of a day: the one count the tabs, the report and payroll share. */
export function workdaysAsOf(isWorkday: (d: Day) => boolean, from: Day, to: Day, asOf: Day): WorkdaysAsOf {
  let workdays = 0;
  let elapsed = 0;
  let lastClosed: Day | null = null;
  for (let d = from; d <= to; d++) {
    if (!isWorkday(d)) continue;
    workdays++;
    if (d < asOf) {
      elapsed++;
      lastClosed = d;
    }
  }
  return { workdays, elapsed, lastClosed };
}
