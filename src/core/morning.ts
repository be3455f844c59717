import type { Day } from './dates';
import {
  departmentPace,
  type Light,
  type OwnMonth,
  type OwnPace,
  ownPace,
  paceLight,
  type Thresholds,
  workdaysAsOf,
} from './own-days';
import { type RatioPair, ratioOf } from './ratios';

/**
 * The morning meeting as data: for each person and metric, yesterday's plan and fact and where the month
 * stands on their own working days (src/core/own-days.ts), then the department as the sum of its people.
 * "Yesterday" is the department's last working day before today.
 */
export interface MorningPerson {
  id: string;
  name: string;
  own: OwnMonth;
  /** By metric: the month plan, the facts by calendar day, and the daily plan by calendar day if known. */
  metrics: Readonly<Record<string, { plan: number; daily: readonly number[]; dayPlan?: readonly number[] }>>;
}

export interface MorningInput {
  today: Day;
  /** The first and last calendar day of the month. */
  from: Day;
  to: Day;
  isWorkday: (d: Day) => boolean;
  metrics: readonly string[];
  people: readonly MorningPerson[];
  thresholds: Thresholds;
  /** Conversions and the average check to show, by metric (see ratios.ts). */
  pairs?: ReadonlyMap<string, RatioPair>;
}

export interface MorningRow extends OwnPace {
  /** null for the department row. */
  id: string | null;
  name: string;
  metric: string;
  yesterdayPlan: number | null;
  yesterdayFact: number | null;
  yesterdayCompletion: number | null;
  /** Not one of the person's own working days today (on leave, sick, not yet or no longer employed). */
  offToday: boolean;
  light: Light | null;
  /** The planned and the actual conversion from the stage above, or the average check; null when none. */
  ratioPlan: number | null;
  ratioFact: number | null;
}

export interface MorningView {
  today: Day;
  yesterday: Day | null;
  /** The department's working days: all, before today, from today on. */
  workdays: number;
  elapsed: number;
  remaining: number;
  /** The department rows first (one per metric), then each person's. */
  rows: MorningRow[];
}

export function morningView(input: MorningInput): MorningView {
  const { from, to, today } = input;
  const { workdays, elapsed, lastClosed: yesterday } = workdaysAsOf(input.isWorkday, from, to, today);
  const people = input.people.flatMap((p) => input.metrics.map((m) => personRow(input, p, m, yesterday)));
  const department = input.metrics.map((m) =>
    departmentRow(
      input,
      m,
      people.filter((r) => r.metric === m),
      elapsed,
    ),
  );
  const rows = [...department, ...people];
  if (input.pairs) addRatios(rows, input.pairs);
  return { today, yesterday, workdays, elapsed, remaining: workdays - elapsed, rows };
}

function addRatios(rows: MorningRow[], pairs: ReadonlyMap<string, RatioPair>): void {
  const byKey = new Map(rows.map((r) => [`${r.id}\u0000${r.metric}`, r]));
  for (const row of rows) {
    const pair = pairs.get(row.metric);
    const over = pair && byKey.get(`${row.id}\u0000${pair.over}`);
    if (!over) continue;
    row.ratioPlan = ratioOf(row.plan, over.plan);
    row.ratioFact = ratioOf(row.fact, over.fact);
  }
}

function personRow(input: MorningInput, p: MorningPerson, metric: string, yesterday: Day | null): MorningRow {
  const m = p.metrics[metric] ?? { plan: 0, daily: p.own.present.map(() => 0) };
  const pace = ownPace(p.own, input.today, m.plan, m.daily);
  const at = (series: readonly number[] | undefined) =>
    yesterday === null || !series ? null : (series[yesterday - input.from] ?? null);
  const yesterdayPlan = at(m.dayPlan);
  const yesterdayFact = at(m.daily);
  const index = input.today - input.from;
  return {
    ...pace,
    id: p.id,
    name: p.name,
    metric,
    yesterdayPlan,
    yesterdayFact,
    yesterdayCompletion: ratio(yesterdayFact, yesterdayPlan),
    offToday:
      index >= 0 &&
      index < p.own.present.length &&
      p.own.present[index] === 0 &&
      input.isWorkday(input.today),
    light: paceLight(pace, input.thresholds),
    ratioPlan: null,
    ratioFact: null,
  };
}

function departmentRow(input: MorningInput, metric: string, rows: MorningRow[], elapsed: number): MorningRow {
  const pace = departmentPace(rows, elapsed);
  const sum = (f: (r: MorningRow) => number | null) => {
    const values = rows.map(f).filter((v): v is number => v !== null);
    return values.length ? values.reduce((a, b) => a + b, 0) : null;
  };
  const yesterdayPlan = sum((r) => r.yesterdayPlan);
  const yesterdayFact = sum((r) => r.yesterdayFact);
  return {
    ...pace,
    id: null,
    name: '',
    metric,
    yesterdayPlan,
    yesterdayFact,
    yesterdayCompletion: ratio(yesterdayFact, yesterdayPlan),
    offToday: false,
    light: paceLight(pace, input.thresholds),
    ratioPlan: null,
    ratioFact: null,
  };
}

/** fact ÷ plan of a day, when both are known and the plan is positive. */
const ratio = (fact: number | null, plan: number | null) =>
  fact === null || plan === null ? null : ratioOf(fact, plan);
