import type { Day } from '../dates';
import type { CurveMode, CurvePoint } from './curve';
import type { KpiDirection } from './kpi';
import type { Tier, TierMode } from './tiers';

/**
 * A bonus scheme as data: its components (salary, commissions, target and KPI bonuses, a team pool, a
 * draw) and the cap on its variable pay. Checked by validate.ts, evaluated by evaluate.ts.
 */

/** Base metrics a component may be computed on. The sheets layer may pass more to validation. */
export const BASE_METRICS: readonly string[] = [
  'revenue',
  'margin',
  'receipts',
  'deals',
  'units',
  'leads',
  'calls',
  'meetings',
];

/** 'own': the manager's plan and fact; 'department': the department's (the head of sales' bonus). */
export type Scope = 'own' | 'department';

/** An accelerator/decelerator band by attainment (a fraction: 1 = 100 %); ×1 below the first band. */
export interface Band {
  from: number;
  multiplier: number;
}

/** An entry threshold (порог входа): the component pays nothing below `min` attainment of `metric` (0.8 = 80 %). */
export interface Gate {
  metric: string;
  scope?: Scope;
  min: number;
}

interface VariableBase {
  label?: string;
  gate?: Gate;
  /** The most this component pays in the period. */
  cap?: number;
}

interface MetricBase extends VariableBase {
  metric: string;
  scope?: Scope;
  /** The attainment that counts at most (1.5 = 150 %): fact above plan × attainmentCap earns nothing. */
  attainmentCap?: number;
}

/** Fixed salary: `amount`, or the manager's salary from the input. */
export interface SalaryComponent {
  kind: 'salary';
  label?: string;
  amount?: number;
}

/** `rate` × fact; with `bands`, the rate is multiplied band by band of attainment (accelerators). */
export interface PercentComponent extends MetricBase {
  kind: 'percent';
  rate: number;
  bands?: Band[];
  /** How bands apply: 'marginal' (default: each multiplier on its band's part) or 'retro'. */
  bandMode?: TierMode;
}

/** A tier; retro tiers may also pay a share of the salary and a fixed sum when reached. */
export interface SchemeTier extends Tier {
  salaryRate?: number;
  fixed?: number;
}

/** Tiered rates; thresholds are amounts (`by: 'amount'`) or attainment fractions (`by: 'attainment'`). */
export interface TieredComponent extends MetricBase {
  kind: 'tiered';
  by: 'amount' | 'attainment';
  mode: TierMode;
  tiers: SchemeTier[];
}

/**
 * A target incentive paid in proportion to attainment: target × attainment, with accelerator/decelerator
 * `bands`, or target × a payout `curve` of attainment.
 */
export interface TargetComponent extends MetricBase {
  kind: 'target';
  /** Defaults to the manager's target bonus from the input. */
  target?: number;
  bands?: Band[];
  bandMode?: TierMode;
  curve?: { points: CurvePoint[]; mode: CurveMode };
}

/**
 * A KPI of a matrix. Attainment = fact ÷ plan ('up') or plan ÷ fact ('down', less is better); below T0 the
 * score is 0, above Tmax it is Tmax; the score is the attainment, or `scale` applied to it.
 */
export interface SchemeKpi {
  id: string;
  label?: string;
  /** A fraction; a matrix's weights sum to 1. */
  weight: number;
  direction?: KpiDirection;
  /** Defaults to the plan given with the KPI's fact in the input. */
  plan?: number;
  t0?: number;
  tmax?: number;
  scale?: { points: CurvePoint[]; mode: CurveMode };
}

/** Target (or the input's target bonus) × Σ weight × score, paid KPI by KPI. */
export interface KpiMatrixComponent extends VariableBase {
  kind: 'kpi';
  target?: number;
  kpis: SchemeKpi[];
}

/**
 * A team pool: `amount`, or `rate` × the department's fact, paid when the department's attainment of
 * `metric` reaches `threshold` (default 1), split among the team members who met their own plan.
 */
export interface PoolComponent extends VariableBase {
  kind: 'pool';
  metric: string;
  amount?: number;
  rate?: number;
  threshold?: number;
}

/** A draw against the period's commission (all components but salary), recoverable or not. */
export interface DrawComponent {
  kind: 'draw';
  label?: string;
  amount: number;
  recoverable: boolean;
}

export type SchemeComponent =
  | SalaryComponent
  | PercentComponent
  | TieredComponent
  | TargetComponent
  | KpiMatrixComponent
  | PoolComponent
  | DrawComponent;

export type ComponentKind = SchemeComponent['kind'];

export interface Scheme {
  id: string;
  name: string;
  /** The first day of this version of the scheme (схема действует с …); absent: from the start. */
  validFrom?: Day;
  components: SchemeComponent[];
  /** The most the variable pay (every component but salary) may reach in the period. */
  cap?: number;
}

export const KINDS: readonly ComponentKind[] = [
  'salary',
  'percent',
  'tiered',
  'target',
  'kpi',
  'pool',
  'draw',
];

export interface ValidateOptions {
  /** The metrics a component may use; defaults to BASE_METRICS. */
  metrics?: readonly string[];
}
