import type { Absence } from '../calendar';
import type { Day } from '../dates';
import {
  departmentPace,
  type OwnDays,
  type OwnMonth,
  type OwnPace,
  onCalendar,
  ownDaysOnCalendar,
  ownMonthOf,
  ownPace,
  type WorkdaysAsOf,
  workdaysAsOf,
} from '../own-days';
import type { MetricValues, SalaryDays } from './evaluate';

/**
 * The figures and days side of payroll (core/bonus/payroll): each person's and the department's plan and
 * fact per metric; the month's working days, each person's own working days, the salary's days and the
 * forecast of each metric on own days (core/own-days). Plain data in, plain data out.
 */

/** What the days need to know: the month, the as-of day, the calendar and each person's own days. */
export interface PayrollDays {
  from: Day;
  to: Day;
  asOf: Day;
  isWorkday: (d: Day) => boolean;
  /** id → own working days as the month tab holds them, aligned with `days` (absent for the first version's tabs). */
  own: ReadonlyMap<string, OwnDays>;
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
export type MonthDays = Pick<WorkdaysAsOf, 'workdays' | 'elapsed'>;

export function monthDays(d: PayrollDays): MonthDays {
  return workdaysAsOf(d.isWorkday, d.from, d.to, d.asOf);
}

/**
 * A person's own working days: `own` for a manager who has a row there, or (the head, or a tab made by the
 * first version) the production calendar minus their absences, before their start and after their end.
 */
export function ownMonth(d: PayrollDays, person: DaysPerson): OwnMonth {
  const { from, to } = d;
  const row = person.role === 'manager' ? d.own.get(person.id) : undefined;
  if (row) return { from, ...ownDaysOnCalendar(row, d.days, from, to) };
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
  const byManager = new Map<string, MetricValues>();
  const known = new Map<string, MetricValues>();
  const paces = new Map<string, OwnPace[]>();
  for (const [id, metrics] of managers) {
    const person = people.get(id);
    const own = ownMonth(d, { id, role: 'manager', start: person?.start ?? null, end: person?.end ?? null });
    const facts: MetricValues = {};
    let some = true;
    for (const [metric, pf] of metrics) {
      const daily = onCalendar(d.daily.get(id)?.get(metric), d.days, d.from, d.to);
      const pace = ownPace(own, d.asOf, Math.max(0, pf.plan), daily);
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
  own: ReadonlyMap<string, OwnDays>;
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
