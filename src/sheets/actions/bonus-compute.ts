import {
  type BonusInput,
  evaluateScheme,
  type MetricValues,
  type NextStep,
  nextSteps,
  type SalaryDays,
  type Scheme,
  type SchemeResult,
} from '../../core/bonus';
import type { Absence, Calendar } from '../../core/calendar';
import { type Day, dayOf, lastOfMonth } from '../../core/dates';
import { type DomainError, isDomainError, msgRef } from '../../core/errors';
import { departmentPace, type OwnMonth, type OwnPace, ownMonthOf, ownPace } from '../../core/own-days';
import { formatMoney, type Lang, t } from '../../i18n';
import { componentLabel, renderTrail } from '../../i18n/trail';
import { colLetter } from '../grid';
import { MONTH, type MonthFigures } from '../month-layout';
import type { Problems } from '../problems';
import type { Person } from '../settings/team';

/**
 * Who is paid for a month, on which scheme and figures, and the result of each: the bonus at the fact,
 * and while the month is not over the bonus at the forecast (the same engine on forecast facts: each
 * metric's fact replaced by its forecast on the person's own working days) and what is still missing to
 * the next tier or threshold.
 */

/** The Team tab's column of the scheme id and of the name (1-based). */
const TEAM_COL = { name: 2, scheme: 9 };

export interface BonusForecast {
  /** The forecast of the row's revenue (the department's for the head); null before any own day elapsed. */
  fact: number | null;
  /** The scheme on forecast facts; null when there is no forecast yet or it could not be calculated. */
  result: SchemeResult | null;
  trail: string[];
}

export interface BonusRow {
  person: Person;
  /** The figures shown: the person's revenue, or the department's for the head. */
  plan: number | null;
  fact: number | null;
  scheme: Scheme | null;
  /** Null for an exception: the person's bonus could not be calculated (`trail` says why). */
  result: SchemeResult | null;
  /** Rendered trail, one line per entry; for an exception, the reason. */
  trail: string[];
  /** A month not over yet: the bonus at the forecast. */
  forecast?: BonusForecast;
  /** A month not over yet: what the fact so far still misses to each component's next step. */
  steps?: NextStep[];
  /** The salary's days when it is prorated. */
  salaryDays?: SalaryDays;
}

export interface BonusCalculation {
  rows: BonusRow[];
  /** Component kinds that occur, in display order. */
  kinds: string[];
  departmentRevenue: number | null;
  hasDraw: boolean;
  /** "Name: why" for each person whose bonus could not be calculated (their rows say it too). */
  exceptions: string[];
  /** The month is not over on `asOf`: the figures are a forecast, not a payslip. */
  preliminary: boolean;
  asOf: Day;
}

export interface ComputeOptions {
  people: readonly Person[];
  schemes: Map<string, Scheme>;
  figures: MonthFigures;
  year: number;
  month: number;
  lang: Lang;
  /** What each person's recoverable draw still had to recover, from the previous month's tab. */
  drawBalances: Map<string, number>;
  teamTab: string;
  motivationTab: string;
  monthTab: string;
  problems: Problems;
  /** The day of the calculation: before the month's last day is over the result is preliminary. */
  today: Day;
  /** The production calendar: the month's working days, and own days where the month tab has none. */
  calendar: Calendar;
  /** Absences by person id (own days of those the month tab has none for: the head, first-version tabs). */
  absences: Map<string, Absence[]>;
  /** Salary for the days worked (the Plan tab's setting, on by default). */
  prorateSalary: boolean;
}

const KIND_ORDER = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw', 'cap', 'adjustment'];

type Figures = { plan: MetricValues; fact: MetricValues };

function figuresOf(m: Map<string, { plan: number; fact: number }> | undefined): Figures {
  const out: Figures = { plan: {}, fact: {} };
  if (m) {
    for (const [metric, v] of m) {
      out.plan[metric] = v.plan;
      out.fact[metric] = v.fact;
    }
  }
  return out;
}

/** Who is paid, on which scheme and figures, and the result of each; problems go to `o.problems`. */
export function computeBonuses(o: ComputeOptions): BonusCalculation {
  const { problems, lang } = o;
  const first = dayOf(o.year, o.month, 1);
  const last = lastOfMonth(o.year, o.month);
  const preliminary = o.today <= last;
  const byId = new Map<string, Scheme>();
  for (const [id, s] of o.schemes) byId.set(id.trim().toLowerCase(), s);

  // One person's bad data never blocks the team: it becomes that person's exception row.
  const exceptions: BonusRow[] = [];
  const asProblems: (() => void)[] = [];
  const except = (person: Person, col: number, code: string, params: Record<string, string>) => {
    exceptions.push(
      exceptionRow(person, `${o.teamTab}!${colLetter(col)}${person.row}`, t(code, lang, params)),
    );
    asProblems.push(() => problems.add(o.teamTab, person.row, col, code, params));
  };
  const paid: { person: Person; scheme: Scheme }[] = [];
  for (const p of o.people) {
    const employed = (p.start === null || p.start <= last) && (p.end === null || p.end >= first);
    if (!employed) continue;
    if (p.role === 'manager') {
      const inMonth = !!p.id && o.figures.byManager.has(p.id);
      if (!inMonth) {
        if (p.active) except(p, TEAM_COL.name, 'bonus.notInMonth', { name: p.name, tab: o.monthTab });
        continue;
      }
    } else if (!p.active) continue;
    if (!p.scheme) {
      except(p, TEAM_COL.scheme, 'bonus.noScheme', { name: p.name });
      continue;
    }
    const scheme = byId.get(p.scheme.trim().toLowerCase());
    if (!scheme) {
      except(p, TEAM_COL.scheme, 'bonus.unknownScheme', {
        name: p.name,
        scheme: p.scheme,
        tab: o.motivationTab,
      });
      continue;
    }
    paid.push({ person: p, scheme });
  }
  if (paid.length === 0 && exceptions.length === 0 && problems.empty)
    problems.add(o.teamTab, undefined, undefined, 'bonus.nobody');

  // One team, one pool: those whose scheme has a pool share it, and every such scheme must describe it alike.
  const poolOf = (s: Scheme) => s.components.find((c) => c.kind === 'pool');
  let poolScheme: Scheme | undefined;
  for (const { scheme } of paid) {
    const pool = poolOf(scheme);
    if (!pool) continue;
    if (!poolScheme) poolScheme = scheme;
    else if (poolScheme !== scheme && JSON.stringify(poolOf(poolScheme)) !== JSON.stringify(pool)) {
      problems.add(o.motivationTab, undefined, undefined, 'bonus.poolsDiffer', {
        first: poolScheme.id,
        second: scheme.id,
      });
      poolScheme = scheme;
    }
  }
  // Blocked anyway (a scheme or the pool is wrong): the dialog lists the people's problems too.
  if (!problems.empty) for (const add of asProblems) add();
  if (!problems.empty)
    return {
      rows: [],
      kinds: [],
      departmentRevenue: null,
      hasDraw: false,
      exceptions: [],
      preliminary,
      asOf: o.today,
    };

  const month = monthDays(o, first, last);
  const managers = [...o.figures.byManager.keys()].filter((id) => id !== MONTH.departmentId);
  const department = figuresOf(o.figures.byManager.get(MONTH.departmentId));
  if (!o.figures.byManager.has(MONTH.departmentId)) {
    for (const id of managers) {
      const f = figuresOf(o.figures.byManager.get(id));
      for (const m of Object.keys(f.plan)) {
        department.plan[m] = (department.plan[m] ?? 0) + f.plan[m];
        department.fact[m] = (department.fact[m] ?? 0) + f.fact[m];
      }
    }
  }
  const personById = new Map(o.people.map((p) => [p.id, p]));
  const forecasts = preliminary ? forecastFigures(o, month, managers, personById, first, last) : undefined;
  const team = paid
    .filter(({ person, scheme }) => person.role === 'manager' && poolOf(scheme))
    .map(({ person }) => ({ id: person.id, ...figuresOf(o.figures.byManager.get(person.id)) }));
  const forecastTeam = team.map((m) => ({
    id: m.id,
    plan: m.plan,
    fact: { ...m.fact, ...(forecasts?.byManager.get(m.id) ?? {}) },
  }));
  const forecastDepartment = forecasts
    ? { plan: department.plan, fact: { ...department.fact, ...forecasts.department } }
    : undefined;

  const rows: BonusRow[] = [];
  const ordered = [
    ...paid.filter((x) => x.person.role === 'manager'),
    ...paid.filter((x) => x.person.role === 'head'),
  ];
  for (const { person, scheme } of ordered) {
    const head = person.role === 'head';
    const own = head ? department : figuresOf(o.figures.byManager.get(person.id));
    const salaryDays = o.prorateSalary ? salaryDaysOf(o, month, person, preliminary, first, last) : undefined;
    const inputOf = (plan: MetricValues, fact: MetricValues, dept: Figures, members: typeof team) => {
      const kpis: BonusInput['kpis'] = {};
      for (const m of Object.keys(fact)) kpis[m] = { fact: fact[m], plan: plan[m] };
      const input: BonusInput = {
        plan,
        fact,
        salary: person.salary,
        targetBonus: person.target,
        kpis,
        department: dept,
        managerId: person.id,
        team: members,
        drawBalance: o.drawBalances.get(person.id) ?? 0,
      };
      if (salaryDays) input.salaryDays = salaryDays;
      return input;
    };
    const input = inputOf(own.plan, own.fact, department, team);
    let result: SchemeResult;
    try {
      result = evaluateScheme(scheme, input);
    } catch (e) {
      if (!isDomainError(e)) throw e;
      const where = `${o.teamTab}!${colLetter(TEAM_COL.scheme)}${person.row}`;
      rows.push({
        ...exceptionRow(person, where, personProblem(person, e, lang)),
        scheme,
        plan: own.plan.revenue ?? null,
        fact: own.fact.revenue ?? null,
      });
      continue;
    }
    const row: BonusRow = {
      person,
      plan: own.plan.revenue ?? null,
      fact: own.fact.revenue ?? null,
      scheme,
      result,
      trail: trailText(result, lang),
    };
    if (salaryDays && salaryDays.worked < salaryDays.days) row.salaryDays = salaryDays;
    if (forecasts && forecastDepartment) {
      const facts = head ? forecasts.departmentKnown : forecasts.known.get(person.id);
      row.steps = nextSteps(scheme, input);
      row.forecast = { fact: null, result: null, trail: [t('bonus.forecast.none', lang)] };
      if (facts) {
        const fact = { ...own.fact, ...facts };
        row.forecast.fact = fact.revenue ?? null;
        try {
          const r = evaluateScheme(scheme, inputOf(own.plan, fact, forecastDepartment, forecastTeam));
          row.forecast = { fact: fact.revenue ?? null, result: r, trail: trailText(r, lang) };
        } catch (e) {
          if (!isDomainError(e)) throw e;
          row.forecast.trail = [personProblem(person, e, lang)];
        }
      }
    }
    rows.push(row);
  }
  const all = [...rows, ...exceptions];
  const seen = new Set(all.flatMap((r) => r.result?.components.map((c) => c.kind) ?? []));
  return {
    rows: all,
    kinds: KIND_ORDER.filter((k) => seen.has(k as never)),
    departmentRevenue: department.fact.revenue ?? null,
    hasDraw: all.some((r) => r.scheme?.components.some((c) => c.kind === 'draw')),
    exceptions: all.filter((r) => !r.result).map((r) => r.trail.join(' ')),
    preliminary,
    asOf: o.today,
  };
}

/** "Name: why" for a scheme that could not be evaluated on a person's figures. */
function personProblem(person: Person, e: DomainError, lang: Lang): string {
  const kind = e.params.kind;
  const params = typeof kind === 'string' ? { ...e.params, kind: msgRef(`mot.kind.${kind}`) } : e.params;
  return t('bonus.personProblem', lang, { name: person.name, text: t(e.code, lang, params) });
}

/** The month's calendar days and working days. */
interface MonthDays {
  from: Day;
  workdays: number;
  /** The department's working days before the as-of day. */
  elapsed: number;
}

function monthDays(o: ComputeOptions, from: Day, to: Day): MonthDays {
  let workdays = 0;
  let elapsed = 0;
  for (let d = from; d <= to; d++) {
    if (!o.calendar.isWorkday(d)) continue;
    workdays++;
    if (d < o.today) elapsed++;
  }
  return { from, workdays, elapsed };
}

/**
 * A person's own working days: the month tab's hidden own-days rows for a manager, or (the head, or a tab
 * made by the first version) the production calendar minus their absences, before their start and after
 * their end.
 */
type Who = Pick<Person, 'id' | 'role' | 'start' | 'end'>;

function ownMonth(o: ComputeOptions, person: Who, from: Day, to: Day): OwnMonth {
  const row = person.role === 'manager' ? o.figures.own.get(person.id) : undefined;
  if (row) {
    const present = new Array<number>(to - from + 1).fill(0);
    const weights = new Array<number>(to - from + 1).fill(0);
    o.figures.days.forEach((d, i) => {
      if (d < from || d > to) return;
      present[d - from] = row.present[i] ?? 0;
      weights[d - from] = row.weights[i] ?? 0;
    });
    return { from, present, weights };
  }
  const absences = o.absences.get(person.id) ?? [];
  return ownMonthOf(
    (d) => o.calendar.isWorkday(d),
    (d) =>
      (person.start === null || d >= person.start) &&
      (person.end === null || d <= person.end) &&
      !absences.some((a) => d >= a.from && d <= a.to),
    from,
    to,
  );
}

/**
 * The salary's days: own working days ÷ the month's working days. A finished month counts the own days
 * worked (all of them have elapsed); a month not over yet counts the own days the person is scheduled to
 * work in the whole month (absences ahead included), so the preliminary salary is what the month will pay.
 */
function salaryDaysOf(
  o: ComputeOptions,
  month: MonthDays,
  person: Person,
  preliminary: boolean,
  from: Day,
  to: Day,
): SalaryDays {
  const own = ownMonth(o, person, from, to);
  const worked = own.present.reduce((a, b) => a + b, 0);
  return {
    worked: Math.min(worked, month.workdays),
    days: month.workdays,
    basis: preliminary ? 'scheduled' : 'worked',
  };
}

interface ForecastFigures {
  /** id → metric → forecast, for every manager on the month tab (the fact where no forecast yet). */
  byManager: Map<string, MetricValues>;
  /** id → metric → forecast, only for managers with a forecast (an own day has elapsed). */
  known: Map<string, MetricValues>;
  /** The department's forecast per metric: the sum of its people's (the month tab's rule). */
  department: MetricValues;
  /** The same, or undefined before any working day of the department has elapsed. */
  departmentKnown: MetricValues | undefined;
}

/** Each manager's forecast per metric on their own days (core/own-days), and the department's sum. */
function forecastFigures(
  o: ComputeOptions,
  month: MonthDays,
  managers: readonly string[],
  people: Map<string, Person>,
  from: Day,
  to: Day,
): ForecastFigures {
  const dayIndex = new Map(o.figures.days.map((d, i) => [d, i]));
  const onCalendar = (facts: readonly number[] | undefined) => {
    const out = new Array<number>(to - from + 1).fill(0);
    if (facts) for (let d = from; d <= to; d++) out[d - from] = facts[dayIndex.get(d) ?? -1] ?? 0;
    return out;
  };
  const byManager = new Map<string, MetricValues>();
  const known = new Map<string, MetricValues>();
  const paces = new Map<string, OwnPace[]>();
  for (const id of managers) {
    const person = people.get(id);
    const own = ownMonth(
      o,
      { id, role: 'manager', start: person?.start ?? null, end: person?.end ?? null },
      from,
      to,
    );
    const facts: MetricValues = {};
    let some = true;
    for (const [metric, pf] of o.figures.byManager.get(id) ?? []) {
      const pace = ownPace(
        own,
        o.today,
        Math.max(0, pf.plan),
        onCalendar(o.figures.daily.get(id)?.get(metric)),
      );
      paces.set(metric, [...(paces.get(metric) ?? []), pace]);
      if (pace.forecast === null) some = false;
      facts[metric] = pace.forecast ?? pace.fact;
    }
    byManager.set(id, facts);
    if (some) known.set(id, facts);
  }
  const department: MetricValues = {};
  for (const [metric, list] of paces) {
    const d = departmentPace(list, month.elapsed);
    department[metric] = d.forecast ?? d.fact;
  }
  return { byManager, known, department, departmentKnown: month.elapsed > 0 ? department : undefined };
}

/** The row of a person whose bonus could not be calculated: the reason and the cell to look at. */
function exceptionRow(person: Person, where: string, why: string): BonusRow {
  return { person, plan: null, fact: null, scheme: null, result: null, trail: [`${why} (${where})`] };
}

/** Each component with its amount, then its trail lines indented, then the total. */
export function trailText(result: SchemeResult, lang: Lang): string[] {
  const out: string[] = [];
  for (const c of result.components) {
    out.push(`${componentLabel(c.label, lang)}: ${formatMoney(c.amount, lang)}`);
    for (const line of renderTrail(c.trail, lang)) out.push(`   ${line}`);
  }
  out.push(t('bonus.total', lang, { amount: formatMoney(result.total, lang) }));
  return out;
}
