import type { Day } from '../dates';
import type { ErrorParams } from '../errors';
import { type CurveMode, type CurvePoint, curveProblems } from './curve';
import { type KpiDirection, weightSumProblems } from './kpi';
import { type Problem, thresholdProblems } from './problems';
import { type Tier, type TierMode, tierProblems } from './tiers';

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

/** All of a component's gates must pass, or it pays nothing. */
export type Gate =
  /** The attainment of `metric` is at least `min` (0.8 = 80 %). */
  | { type: 'attainment'; metric: string; scope?: Scope; min: number }
  /** The fact of KPI `kpi` (from the input's KPI facts) is within [min, max]. */
  | { type: 'kpi'; kpi: string; min?: number; max?: number };

interface VariableBase {
  label?: string;
  gates?: Gate[];
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
  validFrom?: Day;
  validTo?: Day;
  components: SchemeComponent[];
  /** The most the variable pay (every component but salary) may reach in the period. */
  cap?: number;
}

const KINDS: readonly string[] = ['salary', 'percent', 'tiered', 'target', 'kpi', 'pool', 'draw'];

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

export interface ValidateOptions {
  /** The metrics a component may use; defaults to BASE_METRICS. */
  metrics?: readonly string[];
}

/**
 * Every problem of a scheme, each with a code and where it is: `component` (1-based), `index`
 * (tier, band or point, 1-based), `kpi` (its id). An empty list means the scheme can be evaluated.
 */
export function validateScheme(scheme: Scheme, opts: ValidateOptions = {}): Problem[] {
  const metrics = opts.metrics ?? BASE_METRICS;
  const name = String(scheme?.name || scheme?.id || '?');
  const out: Problem[] = [];
  const top = (code: string, params: ErrorParams = {}) =>
    out.push({ code: `bonus.scheme.${code}`, params: { scheme: name, ...params } });
  if (typeof scheme?.id !== 'string' || scheme.id.trim() === '') top('noId');
  if (typeof scheme?.name !== 'string' || scheme.name.trim() === '') top('noName');
  for (const field of ['validFrom', 'validTo'] as const) {
    const v = scheme?.[field];
    if (v !== undefined && !Number.isInteger(v)) top('badDate', { field });
  }
  if (
    Number.isInteger(scheme?.validFrom) &&
    Number.isInteger(scheme?.validTo) &&
    scheme.validFrom! > scheme.validTo!
  ) {
    top('datesReversed');
  }
  if (scheme?.cap !== undefined && (!isNum(scheme.cap) || scheme.cap < 0))
    top('badCap', { cap: String(scheme.cap) });
  if (!Array.isArray(scheme?.components) || scheme.components.length === 0) {
    top('noComponents');
    return out;
  }
  let draws = 0;
  scheme.components.forEach((c, i) => {
    const where = { scheme: name, component: i + 1, kind: String(c?.kind) };
    const add = (code: string, params: ErrorParams = {}) =>
      out.push({ code: `bonus.component.${code}`, params: { ...where, ...params } });
    const addAll = (problems: Problem[], prefix: string, extra: ErrorParams = {}) => {
      for (const p of problems) {
        out.push({ code: p.code.replace(/^bonus\./, prefix), params: { ...where, ...extra, ...p.params } });
      }
    };
    if (!c || !KINDS.includes(c.kind)) {
      add('unknownKind');
      return;
    }
    if (c.kind === 'draw') {
      draws++;
      if (draws === 2) add('draw.duplicate');
      if (!isNum(c.amount) || c.amount < 0) add('badAmount', { field: 'amount', value: String(c.amount) });
      if (typeof c.recoverable !== 'boolean') add('draw.badRecoverable');
      return;
    }
    if (c.kind === 'salary') {
      if (c.amount !== undefined && (!isNum(c.amount) || c.amount < 0))
        add('badAmount', { field: 'amount', value: String(c.amount) });
      return;
    }
    if (c.cap !== undefined && (!isNum(c.cap) || c.cap < 0)) add('badCap', { cap: String(c.cap) });
    if (c.gates !== undefined) {
      if (!Array.isArray(c.gates)) add('gate.notList');
      else
        c.gates.forEach((g, gi) => {
          gateProblems(g, gi + 1, metrics, add);
        });
    }
    const checkMetric = (m: { metric: string; scope?: Scope; attainmentCap?: number }) => {
      if (typeof m.metric !== 'string' || !metrics.includes(m.metric)) {
        add('unknownMetric', { metric: String(m.metric), known: metrics.join(', ') });
      }
      if (m.scope !== undefined && m.scope !== 'own' && m.scope !== 'department')
        add('badScope', { scope: String(m.scope) });
      if (m.attainmentCap !== undefined && (!isNum(m.attainmentCap) || m.attainmentCap <= 0)) {
        add('badAttainmentCap', { value: String(m.attainmentCap) });
      }
    };
    const checkMode = (mode: unknown, field: string) => {
      if (mode !== undefined && mode !== 'marginal' && mode !== 'retro')
        add('badMode', { field, mode: String(mode) });
    };
    const checkBands = (bands: Band[] | undefined) => {
      if (bands === undefined) return;
      addAll(
        thresholdProblems(
          'bands',
          bands,
          (b) => b?.from,
          (b) => b?.multiplier,
          'multiplier',
        ),
        'bonus.component.',
      );
    };
    switch (c.kind) {
      case 'percent':
        checkMetric(c);
        if (!isNum(c.rate)) add('badRate', { value: String(c.rate) });
        else if (c.rate < 0) add('negativeRate', { rate: c.rate * 100 });
        checkBands(c.bands);
        checkMode(c.bandMode, 'bandMode');
        break;
      case 'tiered':
        checkMetric(c);
        if (c.by !== 'amount' && c.by !== 'attainment') add('badBy', { by: String(c.by) });
        if (c.mode === undefined) add('badMode', { field: 'mode', mode: 'undefined' });
        checkMode(c.mode, 'mode');
        addAll(tierProblems(c.tiers), 'bonus.component.');
        (Array.isArray(c.tiers) ? c.tiers : []).forEach((t, ti) => {
          for (const field of ['salaryRate', 'fixed'] as const) {
            const v = t?.[field];
            if (v === undefined) continue;
            if (!isNum(v) || v < 0) add('tiers.badExtra', { index: ti + 1, field, value: String(v) });
            else if (c.mode === 'marginal') add('tiers.extraNeedsRetro', { index: ti + 1, field });
          }
        });
        break;
      case 'target':
        checkMetric(c);
        if (c.target !== undefined && (!isNum(c.target) || c.target < 0))
          add('badAmount', { field: 'target', value: String(c.target) });
        if (c.bands !== undefined && c.curve !== undefined) add('bandsAndCurve');
        checkBands(c.bands);
        checkMode(c.bandMode, 'bandMode');
        if (c.curve !== undefined) {
          addAll(curveProblems(c.curve?.points), 'bonus.component.');
          if (c.curve?.mode !== 'linear' && c.curve?.mode !== 'step')
            add('badCurveMode', { mode: String(c.curve?.mode) });
        }
        break;
      case 'kpi':
        if (c.target !== undefined && (!isNum(c.target) || c.target < 0))
          add('badAmount', { field: 'target', value: String(c.target) });
        kpiMatrixProblems(c, add, addAll);
        break;
      case 'pool':
        if (typeof c.metric !== 'string' || !metrics.includes(c.metric)) {
          add('unknownMetric', { metric: String(c.metric), known: metrics.join(', ') });
        }
        if ((c.amount === undefined) === (c.rate === undefined)) add('pool.amountOrRate');
        if (c.amount !== undefined && (!isNum(c.amount) || c.amount < 0))
          add('badAmount', { field: 'amount', value: String(c.amount) });
        if (c.rate !== undefined) {
          if (!isNum(c.rate)) add('badRate', { value: String(c.rate) });
          else if (c.rate < 0) add('negativeRate', { rate: c.rate * 100 });
        }
        if (c.threshold !== undefined && (!isNum(c.threshold) || c.threshold < 0))
          add('pool.badThreshold', { value: String(c.threshold) });
        break;
    }
  });
  return out;
}

type Add = (code: string, params?: ErrorParams) => void;

function gateProblems(g: Gate, gate: number, metrics: readonly string[], add: Add): void {
  if (g?.type === 'attainment') {
    if (typeof g.metric !== 'string' || !metrics.includes(g.metric)) {
      add('gate.unknownMetric', { gate, metric: String(g.metric), known: metrics.join(', ') });
    }
    if (g.scope !== undefined && g.scope !== 'own' && g.scope !== 'department')
      add('badScope', { scope: String(g.scope) });
    if (!isNum(g.min) || g.min < 0) add('gate.badMin', { gate, value: String(g.min) });
  } else if (g?.type === 'kpi') {
    if (typeof g.kpi !== 'string' || g.kpi === '') add('gate.noKpi', { gate });
    if (g.min === undefined && g.max === undefined) add('gate.noBounds', { gate });
    for (const field of ['min', 'max'] as const) {
      const v = g[field];
      if (v !== undefined && !isNum(v)) add('gate.badBound', { gate, field });
    }
    if (isNum(g.min) && isNum(g.max) && g.min > g.max)
      add('gate.minAboveMax', { gate, min: g.min, max: g.max });
  } else {
    add('gate.unknownType', { gate, type: String((g as { type?: unknown })?.type) });
  }
}

function kpiMatrixProblems(
  c: KpiMatrixComponent,
  add: Add,
  addAll: (problems: Problem[], prefix: string, extra?: ErrorParams) => void,
): void {
  if (!Array.isArray(c.kpis) || c.kpis.length === 0) {
    add('kpi.empty');
    return;
  }
  const seen = new Set<string>();
  c.kpis.forEach((k, i) => {
    const kpi = typeof k?.id === 'string' && k.id !== '' ? k.id : `#${i + 1}`;
    if (typeof k?.id !== 'string' || k.id === '') add('kpi.noId', { kpi });
    else if (seen.has(k.id)) add('kpi.duplicateId', { kpi });
    else seen.add(k.id);
    if (!isNum(k?.weight)) add('kpi.badWeight', { kpi });
    else if (k.weight < 0) add('kpi.negativeWeight', { kpi, weight: k.weight * 100 });
    if (k?.direction !== undefined && k.direction !== 'up' && k.direction !== 'down') {
      add('kpi.badDirection', { kpi, direction: String(k.direction) });
    }
    if (k?.plan !== undefined && (!isNum(k.plan) || k.plan < 0 || (k.plan === 0 && k.direction !== 'down'))) {
      add('kpi.badPlan', { kpi, plan: String(k.plan) });
    }
    for (const field of ['t0', 'tmax'] as const) {
      const v = k?.[field];
      if (v !== undefined && (!isNum(v) || v < 0)) add('kpi.badLimit', { kpi, field, value: String(v) });
    }
    if (isNum(k?.t0) && isNum(k?.tmax) && k.t0 >= k.tmax)
      add('kpi.t0AboveTmax', { kpi, t0: k.t0 * 100, tmax: k.tmax * 100 });
    if (k?.scale !== undefined) {
      addAll(curveProblems(k.scale?.points), 'bonus.kpiScale.', { kpi });
      if (k.scale?.mode !== 'linear' && k.scale?.mode !== 'step')
        add('kpi.badScaleMode', { kpi, mode: String(k.scale?.mode) });
    }
  });
  if (c.kpis.every((k) => isNum(k?.weight) && k.weight >= 0)) {
    for (const p of weightSumProblems(
      c.kpis.map((k) => k.weight),
      'kpi',
    ))
      add('kpi.weightsSum', p.params);
  }
}
