import {
  type MetricFigures,
  type Payroll,
  type PayrollInput,
  type PayrollPerson,
  payroll,
  type Scheme,
} from '../bonus';
import { kopecks, rubles } from '../bonus/money';
import type { Absence, Calendar } from '../calendar';
import { lastOfMonth } from '../dates';
import type { MetricValues, MonthPlan, PlanDecomposition } from '../plan-types';
import type { BonusFund, FundException } from './types';

/**
 * A scenario's bonus fund: the bonus engine (core/bonus/payroll, as the Bonus tab runs it) on each month of
 * the plan with every fact = plan × attainment, per manager and metric, and the department's likewise.
 * The fund is Σ everyone's variable pay (commissions, bonuses, pools, draw top-ups less recoveries); the
 * salary parts of the schemes are not counted again (the salaries row comes from the Team tab). Bonus is
 * not linear in attainment (entry thresholds, accelerators, caps), so each scenario runs the engine itself.
 *
 * Months are run in order, the draw balance each person ends a month with carried into the next, starting
 * from nothing in January. A person whose bonus cannot be computed (no scheme, a scheme's problem) counts 0
 * and is listed in `exceptions`; a problem of the whole month (nobody paid, pools that differ) likewise.
 */
export interface FundInput {
  plan: PlanDecomposition;
  team: readonly PayrollPerson[];
  schemes: ReadonlyMap<string, readonly Scheme[]>;
  calendar: Pick<Calendar, 'isWorkday'>;
  absences?: ReadonlyMap<string, readonly Absence[]>;
  prorateSalary: boolean;
}

export function bonusFund(input: FundInput, attainment: number): BonusFund {
  const months: number[] = [];
  const exceptions: FundException[] = [];
  let balances = new Map<string, number>();
  for (const month of input.plan.months) {
    const run = payroll(monthInput(input, month, attainment, balances));
    months.push(fundOf(run));
    exceptions.push(...exceptionsOf(run, month.month));
    balances = drawBalancesOf(run);
  }
  const total = rubles(months.reduce((s, x) => s + kopecks(x), 0));
  return { attainment, months, total, exceptions };
}

/** The engine's input for one month of the plan at `attainment`, the month over (not preliminary). */
export function monthInput(
  input: FundInput,
  month: MonthPlan,
  attainment: number,
  drawBalances: ReadonlyMap<string, number>,
): PayrollInput {
  const year = input.plan.year;
  const byPerson = new Map<string, MetricFigures>();
  month.managers.forEach((m) => {
    byPerson.set(m.id, scenarioFigures(m.plan, attainment));
  });
  return {
    people: input.team,
    schemes: input.schemes,
    figures: {
      byPerson,
      department: scenarioFigures(month.department, attainment),
      own: new Map(),
      daily: new Map(),
      days: [],
    },
    year,
    month: month.month,
    asOf: lastOfMonth(year, month.month) + 1,
    calendar: input.calendar,
    absences: input.absences ?? new Map(),
    drawBalances,
    prorateSalary: input.prorateSalary,
  };
}

/** Each metric's plan, and its fact at `attainment` (plan × attainment). */
export function scenarioFigures(plan: MetricValues, attainment: number): MetricFigures {
  return new Map(
    Object.keys(plan).map((metric) => [metric, { plan: plan[metric], fact: plan[metric] * attainment }]),
  );
}

/** Σ the variable pay of the rows computed, to the kopeck. */
function fundOf(run: Payroll): number {
  return rubles(run.rows.reduce((s, r) => s + (r.result ? kopecks(r.result.variable) : 0), 0));
}

function exceptionsOf(run: Payroll, month: number): FundException[] {
  const blocked = run.problems.map((p) => ({ month, personId: '', name: '', code: p.code }));
  const people = run.rows
    .filter((r) => r.exception)
    .map((r) => ({
      month,
      personId: r.person.id,
      name: r.person.name,
      code: r.exception!.code,
      ...(r.exception!.code === 'payroll.evaluation' ? { cause: r.exception!.cause.code } : {}),
    }));
  return [...blocked, ...people];
}

function drawBalancesOf(run: Payroll): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of run.rows)
    if (r.result && r.result.drawBalance !== 0) out.set(r.person.id, r.result.drawBalance);
  return out;
}
