import type { Absence } from '../calendar';
import type { Day } from '../dates';
import { departmentPace, type OwnMonth, type OwnPace, ownMonthOf, ownPace } from '../own-days';
import type { MetricValues, SalaryDays } from './evaluate';

/**
 * The figures and days side of payroll (core/bonus/payroll): each person's and the department's plan and
 * fact per metric; the month's working days, each person's own working days, the salary's days and the
 * forecast of each metric on own days (core/own-days). Plain data in, plain data out.
 */

/** A manager's own working days as the month tab holds them, aligned with `PayrollDays.days`. */
export interface OwnDaysRow {
  present: readonly number[];
  weights: readonly number[];
}

/** What the days need to know: the month, the as-of day, the calendar and each person's own days. */
export interface PayrollDays {
  from: Day;
  to: Day;
  asOf: Day;
  isWorkday: (d: Day) => boolean;
  /** id → own working days (absent for tabs without them: the first version's). */
  own: ReadonlyMap<string, OwnDaysRow>;
  /** The calendar days `own` and `daily` are aligned with. */
  days: readonly Day[];
  /** id → metric → daily facts aligned with `days`. */
  daily: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Absences by person id (own days of those without a row in `own`: the head, first-version tabs). */
  absences: ReadonlyMap<string, readonly Absence[]>;
}

/** Who the days are about: the role decides whether `own` is looked at. */
export interface DaysPerson {
  id: string;
  role: 'manager' | 'head';
  start: Day | null;
  end: Day | null;
}

/** The month's working days, and those of the department before the as-of day. */
export interface MonthDays {
  workdays: number;
  elapsed: number;
}

export function monthDays(d: PayrollDays): MonthDays {
  let workdays = 0;
  let elapsed = 0;
  for (let day = d.from; day <= d.to; day++) {
    if (!d.isWorkday(day)) continue;
    workdays++;
    if (day < d.asOf) elapsed++;
  }
  return { workdays, elapsed };
}

/**
 * A person's own working days: `own` for a manager who has a row there, or (the head, or a tab made by the
 * first version) the production calendar minus their absences, before their start and after their end.
 */
export function ownMonth(d: PayrollDays, person: DaysPerson): OwnMonth {
  const { from, to } = d;
  const row = person.role === 'manager' ? d.own.get(person.id) : undefined;
  if (row) {
    const present = new Array<number>(to - from + 1).fill(0);
    const weights = new Array<number>(to - from + 1).fill(0);
    d.days.forEach((day, i) => {
      if (day < from || day > to) return;
      present[day - from] = row.present[i] ?? 0;
      weights[day - from] = row.weights[i] ?? 0;
    });
    return { from, present, weights };
  }
  const absences = d.absences.get(person.id) ?? [];
  return ownMonthOf(
    d.isWorkday,
    (day) =>
      (person.start === null || day >= person.start) &&
      (person.end === null || day <= person.end) &&
      !absences.some((a) => day >= a.from && day <= a.to),
    from,
    to,
  );
}

/**
 * The salary's days: own working days ÷ the month's working days. A finished month counts the own days
 * worked (all of them have elapsed); a month not over yet counts the own days the person is scheduled to
 * work in the whole month (absences ahead included), so the preliminary salary is what the month will pay.
 */
export function salaryDaysOf(
  d: PayrollDays,
  month: MonthDays,
  person: DaysPerson,
  preliminary: boolean,
): SalaryDays {
  const worked = ownMonth(d, person).present.reduce((a, b) => a + b, 0);
  return {
    worked: Math.min(worked, month.workdays),
    days: month.workdays,
    basis: preliminary ? 'scheduled' : 'worked',
  };
}

export interface ForecastFigures {
  /** id → metric → forecast, for every manager in the month (the fact where no forecast yet). */
  byManager: Map<string, MetricValues>;
  /** id → metric → forecast, only for managers with a forecast (an own day has elapsed). */
  known: Map<string, MetricValues>;
  /** The department's forecast per metric: the sum of its people's (the month tab's rule). */
  department: MetricValues;
  /** The same, or undefined before any working day of the department has elapsed. */
  departmentKnown: MetricValues | undefined;
}

/** Each manager's forecast per metric on their own days, and the department's sum. */
export function forecastFigures(
  d: PayrollDays,
  month: MonthDays,
  managers: ReadonlyMap<string, ReadonlyMap<string, { plan: number }>>,
  people: ReadonlyMap<string, Pick<DaysPerson, 'start' | 'end'>>,
): ForecastFigures {
  const dayIndex = new Map(d.days.map((day, i) => [day, i]));
  const onCalendar = (facts: readonly number[] | undefined) => {
    const out = new Array<number>(d.to - d.from + 1).fill(0);
    if (facts)
      for (let day = d.from; day <= d.to; day++) out[day - d.from] = facts[dayIndex.get(day) ?? -1] ?? 0;
    return out;
  };
  const byManager = new Map<string, MetricValues>();
  const known = new Map<string, MetricValues>();
  const paces = new Map<string, OwnPace[]>();
  for (const [id, metrics] of managers) {
    const person = people.get(id);
    const own = ownMonth(d, { id, role: 'manager', start: person?.start ?? null, end: person?.end ?? null });
    const facts: MetricValues = {};
    let some = true;
    for (const [metric, pf] of metrics) {
      const pace = ownPace(own, d.asOf, Math.max(0, pf.plan), onCalendar(d.daily.get(id)?.get(metric)));
      paces.set(metric, [...(paces.get(metric) ?? []), pace]);
      if (pace.forecast === null) some = false;
      facts[metric] = pace.forecast ?? pace.fact;
    }
    byManager.set(id, facts);
    if (some) known.set(id, facts);
  }
  const department: MetricValues = {};
  for (const [metric, list] of paces) {
    const dept = departmentPace(list, month.elapsed);
    department[metric] = dept.forecast ?? dept.fact;
  }
  return { byManager, known, department, departmentKnown: month.elapsed > 0 ? department : undefined };
}

export type PlanFact = { plan: number; fact: number };
export type MetricFigures = ReadonlyMap<string, PlanFact>;

export interface PayrollFigures {
  /** Person id → metric → plan and fact of the month: the people in the month (not the department). */
  byPerson: ReadonlyMap<string, MetricFigures>;
  /** The department's own figures when the source has them; otherwise the sum of its people. */
  department?: MetricFigures;
  /** id → own working days (absent for month tabs made by the first version). */
  own: ReadonlyMap<string, OwnDaysRow>;
  /** id → metric → daily facts aligned with `days`. */
  daily: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  days: readonly Day[];
}

export type Figures = { plan: MetricValues; fact: MetricValues };

export function figuresOf(m: MetricFigures | undefined): Figures {
  const out: Figures = { plan: {}, fact: {} };
  if (m) {
    for (const [metric, v] of m) {
      out.plan[metric] = v.plan;
      out.fact[metric] = v.fact;
    }
  }
  return out;
}

/** The department's figures: its own when given, otherwise the sum of its people per metric. */
export function departmentFigures(figures: PayrollFigures): Figures {
  if (figures.department) return figuresOf(figures.department);
  const out: Figures = { plan: {}, fact: {} };
  for (const m of figures.byPerson.values()) {
    const f = figuresOf(m);
    for (const metric of Object.keys(f.plan)) {
      out.plan[metric] = (out.plan[metric] ?? 0) + f.plan[metric];
      out.fact[metric] = (out.fact[metric] ?? 0) + f.fact[metric];
    }
  }
  return out;
}

/** Structural equality of plain data (arrays, records, primitives); an undefined field counts as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
