import type { Absence, Calendar } from '../calendar';
import { type Day, dayOf, lastOfMonth } from '../dates';
import { type ErrorParams, isDomainError } from '../errors';
import {
  type BonusInput,
  type MetricValues,
  runScheme,
  type SalaryDays,
  type SchemeResult,
} from './evaluate';
import { type NextStep, nextSteps } from './next-step';
import {
  departmentFigures,
  type Figures,
  figuresOf,
  forecastFigures,
  type MonthDays,
  monthDays,
  type PayrollDays,
  type PayrollFigures,
  salaryDaysOf,
} from './payroll-figures';

export type { Figures, MetricFigures, PayrollFigures, PlanFact } from './payroll-figures';

import { poolOf, whoIsPaid } from './payroll-who';
import type { Scheme } from './scheme';

export { schemeKey, whoIsPaid } from './payroll-who';

/**
 * Payroll for a month, as plain data: who is paid (employed in the month, active, in the month's figures,
 * on a known scheme), whether the pool schemes agree, the department's figures, each person's scheme result
 * and, while the month is not over, the result at the forecast (the same engine on forecast facts: each
 * metric's fact replaced by its forecast on the person's own working days) and what is still missing to the
 * next tier or threshold. One person's bad data never blocks the team: it becomes that person's exception
 * ({code, params, field}); the edge turns codes into text and fields into cells.
 */

export interface PayrollPerson {
  id: string;
  name: string;
  role: 'manager' | 'head';
  start: Day | null;
  end: Day | null;
  active: boolean;
  /** The scheme id as typed (matched regardless of case and surrounding spaces); '' for none. */
  scheme: string;
  salary: number;
  target: number;
}

export interface PayrollInput<P extends PayrollPerson = PayrollPerson> {
  people: readonly P[];
  /** The versions of each scheme by id (matched regardless of case and surrounding spaces). */
  schemes: ReadonlyMap<string, readonly Scheme[]>;
  figures: PayrollFigures;
  year: number;
  month: number;
  /** The day of the calculation: before the month's last day is over the result is preliminary. */
  asOf: Day;
  calendar: Pick<Calendar, 'isWorkday'>;
  /** Absences by person id (own days of those the figures have none for). */
  absences: ReadonlyMap<string, readonly Absence[]>;
  /** What each person's recoverable draw still had to recover at the end of the previous month. */
  drawBalances: ReadonlyMap<string, number>;
  /** Salary for the days worked. */
  prorateSalary: boolean;
}

/** The person's field an exception is about. */
export type PayrollField = 'name' | 'scheme';

/** Why a person's bonus could not be calculated. `cause` is the engine's problem for `payroll.evaluation`. */
export type PayrollException =
  | { code: 'payroll.notInMonth' | 'payroll.noScheme'; params: { name: string }; field: PayrollField }
  | {
      code: 'payroll.unknownScheme' | 'payroll.schemeNotYet';
      params: { name: string; scheme: string };
      field: 'scheme';
    }
  | {
      code: 'payroll.evaluation';
      params: { name: string };
      field: 'scheme';
      cause: { code: string; params: ErrorParams };
    };

/** A problem of the whole payroll: nothing is calculated. */
export type PayrollProblem =
  | { code: 'payroll.nobody'; params: Record<string, never> }
  | { code: 'payroll.poolsDiffer'; params: { first: string; second: string } };

export interface PayrollForecast {
  /** The forecast of the row's revenue (the department's for the head); null before any own day elapsed. */
  fact: number | null;
  /** The scheme on forecast facts; null when there is no forecast yet or it could not be calculated. */
  result: SchemeResult | null;
  /** Why the forecast could not be calculated (no exception and no result: no forecast yet). */
  exception?: PayrollException;
}

export interface PayrollRow<P extends PayrollPerson = PayrollPerson> {
  person: P;
  /** The figures shown: the person's revenue, or the department's for the head. */
  plan: number | null;
  fact: number | null;
  scheme: Scheme | null;
  /** Null for an exception. */
  result: SchemeResult | null;
  exception?: PayrollException;
  /** A month not over yet: the bonus at the forecast. */
  forecast?: PayrollForecast;
  /** A month not over yet: what the fact so far still misses to each component's next step. */
  steps?: NextStep[];
  /** The salary's days when it is prorated and less than the month's. */
  salaryDays?: SalaryDays;
}

/** Who is paid on which scheme, whose bonus cannot be calculated, and what blocks the whole payroll. */
export interface Eligibility<P extends PayrollPerson = PayrollPerson> {
  paid: { person: P; scheme: Scheme }[];
  /** Exception rows (no result), in the people's order. */
  exceptions: PayrollRow<P>[];
  problems: PayrollProblem[];
}

export interface Payroll<P extends PayrollPerson = PayrollPerson> {
  /** Managers, then heads, then the exceptions found before any scheme was evaluated. */
  rows: PayrollRow<P>[];
  /** Component kinds that occur, in display order. */
  kinds: (typeof KIND_ORDER)[number][];
  department: Figures;
  hasDraw: boolean;
  /** The month is not over on `asOf`: the figures are a forecast, not a payslip. */
  preliminary: boolean;
  asOf: Day;
  /** Non-empty: nothing was calculated (rows empty). */
  problems: PayrollProblem[];
}

const KIND_ORDER = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw', 'cap'] as const;

/** The whole month: who is paid, then (when nothing blocks) each row. */
export function payroll<P extends PayrollPerson>(input: PayrollInput<P>): Payroll<P> {
  const who = whoIsPaid(input);
  return who.problems.length ? blockedPayroll(input, who.problems) : payrollRows(input, who);
}

export function blockedPayroll<P extends PayrollPerson>(
  input: PayrollInput<P>,
  problems: PayrollProblem[],
): Payroll<P> {
  const preliminary = input.asOf <= lastOfMonth(input.year, input.month);
  const department = { plan: {}, fact: {} };
  return { rows: [], kinds: [], department, hasDraw: false, preliminary, asOf: input.asOf, problems };
}

type Member = { id: string } & Figures;

/** What every row is evaluated against: the department and the pool's team, at the fact and the forecast. */
interface RowContext<P extends PayrollPerson> {
  input: PayrollInput<P>;
  days: PayrollDays;
  month: MonthDays;
  preliminary: boolean;
  department: Figures;
  team: Member[];
  forecast?: {
    department: Figures;
    team: Member[];
    known: Map<string, MetricValues>;
    departmentKnown: MetricValues | undefined;
  };
}

function rowContext<P extends PayrollPerson>(input: PayrollInput<P>, who: Eligibility<P>): RowContext<P> {
  const { figures } = input;
  const from = dayOf(input.year, input.month, 1);
  const to = lastOfMonth(input.year, input.month);
  const preliminary = input.asOf <= to;
  const isWorkday = (d: Day) => input.calendar.isWorkday(d);
  const days: PayrollDays = { ...figures, from, to, asOf: input.asOf, isWorkday, absences: input.absences };
  const month = monthDays(days);
  const department = departmentFigures(figures);
  const team = who.paid
    .filter(({ person, scheme }) => person.role === 'manager' && poolOf(scheme))
    .map(({ person }) => ({ id: person.id, ...figuresOf(figures.byPerson.get(person.id)) }));
  const c: RowContext<P> = { input, days, month, preliminary, department, team };
  if (!preliminary) return c;
  const f = forecastFigures(days, month, figures.byPerson, new Map(input.people.map((p) => [p.id, p])));
  c.forecast = {
    department: { plan: department.plan, fact: { ...department.fact, ...f.department } },
    team: team.map((m) => ({
      id: m.id,
      plan: m.plan,
      fact: { ...m.fact, ...(f.byManager.get(m.id) ?? {}) },
    })),
    known: f.known,
    departmentKnown: f.departmentKnown,
  };
  return c;
}

/** Each paid person's row (managers, then heads), then the exceptions; kinds and totals for the layout. */
export function payrollRows<P extends PayrollPerson>(
  input: PayrollInput<P>,
  who: Eligibility<P>,
): Payroll<P> {
  const c = rowContext(input, who);
  const ordered = [
    ...who.paid.filter((x) => x.person.role === 'manager'),
    ...who.paid.filter((x) => x.person.role === 'head'),
  ];
  const rows = [...ordered.map(({ person, scheme }) => personRow(c, person, scheme)), ...who.exceptions];
  const seen = new Set(rows.flatMap((r) => r.result?.components.map((x) => x.kind) ?? []));
  return {
    rows,
    kinds: KIND_ORDER.filter((k) => seen.has(k as never)),
    department: c.department,
    hasDraw: rows.some((r) => r.scheme?.components.some((x) => x.kind === 'draw') ?? false),
    preliminary: c.preliminary,
    asOf: input.asOf,
    problems: [],
  };
}

type Evaluated = { result: SchemeResult } | { exception: PayrollException };

function evaluate(scheme: Scheme, input: BonusInput, name: string): Evaluated {
  try {
    return { result: runScheme(scheme, input) };
  } catch (e) {
    if (!isDomainError(e)) throw e;
    const cause = { code: e.code, params: e.params };
    return { exception: { code: 'payroll.evaluation', params: { name }, field: 'scheme', cause } };
  }
}

function personRow<P extends PayrollPerson>(c: RowContext<P>, person: P, scheme: Scheme): PayrollRow<P> {
  const own = person.role === 'head' ? c.department : figuresOf(c.input.figures.byPerson.get(person.id));
  const salaryDays = c.input.prorateSalary ? salaryDaysOf(c.days, c.month, person, c.preliminary) : undefined;
  const inputOf = (fact: MetricValues, department: Figures, team: Member[]): BonusInput => {
    const kpis: BonusInput['kpis'] = {};
    for (const m of Object.keys(fact)) kpis[m] = { fact: fact[m], plan: own.plan[m] };
    const drawBalance = c.input.drawBalances.get(person.id) ?? 0;
    const { salary, target: targetBonus, id: managerId } = person;
    const input: BonusInput = {
      plan: own.plan,
      fact,
      salary,
      targetBonus,
      kpis,
      department,
      managerId,
      team,
      drawBalance,
    };
    if (salaryDays) input.salaryDays = salaryDays;
    return input;
  };
  const input = inputOf(own.fact, c.department, c.team);
  const base = { person, scheme, plan: own.plan.revenue ?? null, fact: own.fact.revenue ?? null };
  const now = evaluate(scheme, input, person.name);
  if ('exception' in now) return { ...base, result: null, exception: now.exception };
  const row: PayrollRow<P> = { ...base, result: now.result };
  if (salaryDays && salaryDays.worked < salaryDays.days) row.salaryDays = salaryDays;
  const f = c.forecast;
  if (!f) return row;
  row.steps = nextSteps(scheme, input);
  row.forecast = { fact: null, result: null };
  const facts = person.role === 'head' ? f.departmentKnown : f.known.get(person.id);
  if (!facts) return row;
  const fact = { ...own.fact, ...facts };
  const later = evaluate(scheme, inputOf(fact, f.department, f.team), person.name);
  row.forecast = { fact: fact.revenue ?? null, result: null };
  if ('exception' in later) row.forecast.exception = later.exception;
  else row.forecast.result = later.result;
  return row;
}
