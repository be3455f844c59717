import { DomainError, type ErrorParams, type MsgRef, msgRef } from '../errors';
import { BASE_METRICS, type Scheme, type Scope } from './scheme';

export type MetricValues = Record<string, number>;

/** What a scheme is evaluated on: one manager (or the head), one period. */
export interface BonusInput {
  /** The manager's plan and fact per metric for the period. */
  plan: MetricValues;
  fact: MetricValues;
  /** The manager's base salary (for salary components without an amount and tiers paying a share of it). */
  salary?: number;
  /** The manager's target bonus (for target and KPI components without a target). */
  targetBonus?: number;
  /** KPI facts by KPI id, with the plan when the scheme does not fix it. */
  kpis?: Record<string, { fact: number; plan?: number }>;
  /** The department's plan and fact (scope 'department', pools). */
  department?: { plan: MetricValues; fact: MetricValues };
  /** The manager's id in `team`, for pools. */
  managerId?: string;
  /** Every team member's plan and fact, for pools. */
  team?: { id: string; plan: MetricValues; fact: MetricValues }[];
  /** What a recoverable draw still had to recover before this period. */
  drawBalance?: number;
  /**
   * Salary for the days worked: salary components pay salary × worked ÷ days (the month's working days).
   * `basis` says what `worked` counts, for the trail: the own working days worked in a finished month, or
   * those the person is scheduled to work (a month not over yet). Tiers paying a share of the salary use
   * the full salary.
   */
  salaryDays?: SalaryDays;
}

export interface SalaryDays {
  worked: number;
  days: number;
  basis: 'worked' | 'scheduled';
}

/** A finite number (what every figure of a scheme and of its input must be). */
export const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** A metric in the trail: a base metric's name as a message, anyone else's name as written. */
export const metricName = (m: string): MsgRef | string =>
  BASE_METRICS.includes(m) ? msgRef(`bonus.metric.${m}`) : m;

/**
 * The input as the components read it: each figure checked, a missing or bad one thrown as
 * `bonus.input.*` with the scheme and component it was needed for.
 */
export class Inputs {
  /** Where the evaluation is, for errors: the scheme, and the component being evaluated. */
  where: ErrorParams;

  constructor(
    readonly scheme: Scheme,
    readonly input: BonusInput,
  ) {
    this.where = { scheme: scheme.name || scheme.id };
  }

  at(index: number): void {
    const c = this.scheme.components[index];
    this.where = { scheme: this.scheme.name || this.scheme.id, component: index + 1, kind: c.kind };
  }

  fail(code: string, params: ErrorParams = {}): never {
    throw new DomainError(code, { ...this.where, ...params });
  }

  number(v: unknown, field: string): number {
    if (!isNum(v)) this.fail('bonus.input.badValue', { field });
    return v;
  }

  private values(scope: Scope | undefined, which: 'plan' | 'fact'): MetricValues {
    if (scope !== 'department') return this.input[which] ?? {};
    const values = this.input.department?.[which];
    if (!values) this.fail('bonus.input.missingDepartment', { which: msgRef(`bonus.word.${which}`) });
    return values;
  }

  /** A metric's plan or fact as given (scope 'department': the department's), checked to be a number. */
  private figure(metric: string, scope: Scope | undefined, which: 'plan' | 'fact'): number {
    const v = this.values(scope, which)[metric];
    if (v === undefined) {
      const code = which === 'fact' ? 'bonus.input.missingFact' : 'bonus.input.missingPlan';
      this.fail(code, { metric: metricName(metric), scope: msgRef(`bonus.scope.${scope ?? 'own'}`) });
    }
    return this.number(v, `${which}.${metric}`);
  }

  fact(metric: string, scope?: Scope): number {
    return this.figure(metric, scope, 'fact');
  }

  /** A plan, which must be above 0 (attainment divides by it). */
  plan(metric: string, scope?: Scope): number {
    const p = this.figure(metric, scope, 'plan');
    if (p <= 0) this.fail('bonus.input.planNotPositive', { metric: metricName(metric), plan: p });
    return p;
  }

  /** A salary component's amount, or the scheme's fixed salary, or the person's. */
  salary(amount?: number): number {
    if (amount !== undefined) return amount;
    const fromScheme = this.scheme.components.find((c) => c.kind === 'salary' && c.amount !== undefined);
    if (this.input.salary === undefined && fromScheme?.kind === 'salary') return fromScheme.amount!;
    if (this.input.salary === undefined) this.fail('bonus.input.missingSalary');
    return this.number(this.input.salary, 'salary');
  }

  target(target: number | undefined): number {
    if (target !== undefined) return target;
    if (this.input.targetBonus === undefined) this.fail('bonus.input.missingTarget');
    return this.number(this.input.targetBonus, 'targetBonus');
  }

  kpi(id: string): { fact: number; plan?: number } {
    const k = this.input.kpis?.[id];
    if (!k) this.fail('bonus.input.missingKpi', { kpi: id });
    this.number(k.fact, `kpi.${id}`);
    return k;
  }

  teamValue(values: MetricValues | undefined, id: string, metric: string, which: 'plan' | 'fact'): number {
    const v = values?.[metric];
    if (!isNum(v))
      this.fail('bonus.input.badTeamValue', {
        manager: id,
        metric: metricName(metric),
        which: msgRef(`bonus.word.${which}`),
      });
    return v;
  }
}
