import { ComponentCheck } from './component-check';
import { curveProblems } from './curve';
import { isNum } from './input';
import type { Problem } from './problems';
import { thresholdProblems } from './problems';
import {
  type Band,
  type Gate,
  KINDS,
  type PercentComponent,
  type PoolComponent,
  type SchemeComponent,
  type TargetComponent,
  type TieredComponent,
} from './scheme';
import { tierProblems } from './tiers';
import { kpiMatrixProblems } from './validate-kpi';

/** The problems of one component, each with its path under `components[i]` (see validateScheme). */

export interface ComponentWhere {
  scheme: string;
  metrics: readonly string[];
  /** This is the scheme's second draw (one is allowed). */
  secondDraw: boolean;
}

export function componentProblems(c: SchemeComponent, index: number, where: ComponentWhere): Problem[] {
  const check = new ComponentCheck(index, String(c?.kind), where.scheme, where.metrics);
  if (!c || !KINDS.includes(c.kind)) {
    check.add('unknownKind', 'kind');
    return check.out;
  }
  if (c.kind === 'draw') {
    if (where.secondDraw) check.add('draw.duplicate', 'kind');
    if (!isNum(c.amount) || c.amount < 0)
      check.add('badAmount', 'amount', { field: 'amount', value: String(c.amount) });
    if (typeof c.recoverable !== 'boolean') check.add('draw.badRecoverable', 'recoverable');
    return check.out;
  }
  if (c.kind === 'salary') {
    check.amount(c.amount, 'amount');
    return check.out;
  }
  if (c.cap !== undefined && (!isNum(c.cap) || c.cap < 0)) check.add('badCap', 'cap', { cap: String(c.cap) });
  if (c.gate !== undefined) gateProblems(c.gate, check);
  switch (c.kind) {
    case 'percent':
      percentProblems(c, check);
      break;
    case 'tiered':
      tieredProblems(c, check);
      break;
    case 'target':
      targetProblems(c, check);
      break;
    case 'kpi':
      check.amount(c.target, 'target');
      kpiMatrixProblems(c, check);
      break;
    case 'pool':
      poolProblems(c, check);
      break;
  }
  return check.out;
}

function gateProblems(g: Gate, check: ComponentCheck): void {
  check.metric(g?.metric, 'gate.metric', 'gate.unknownMetric');
  check.scope(g?.scope, 'gate.scope');
  if (!isNum(g?.min) || g.min < 0) check.add('gate.badMin', 'gate.min', { value: String(g?.min) });
}

function metricProblems(
  c: PercentComponent | TieredComponent | TargetComponent,
  check: ComponentCheck,
): void {
  check.metric(c.metric, 'metric');
  check.scope(c.scope, 'scope');
  if (c.attainmentCap !== undefined && (!isNum(c.attainmentCap) || c.attainmentCap <= 0))
    check.add('badAttainmentCap', 'attainmentCap', { value: String(c.attainmentCap) });
}

function bandProblems(bands: Band[] | undefined, check: ComponentCheck): void {
  if (bands === undefined) return;
  const problems = thresholdProblems(
    'bands',
    bands,
    (b) => b?.from,
    (b) => b?.multiplier,
    'multiplier',
  );
  check.addAll(problems, 'bands');
}

function percentProblems(c: PercentComponent, check: ComponentCheck): void {
  metricProblems(c, check);
  check.rate(c.rate);
  bandProblems(c.bands, check);
  check.mode(c.bandMode, 'bandMode');
}

function tieredProblems(c: TieredComponent, check: ComponentCheck): void {
  metricProblems(c, check);
  if (c.by !== 'amount' && c.by !== 'attainment') check.add('badBy', 'by', { by: String(c.by) });
  if (c.mode === undefined) check.add('badMode', 'mode', { field: 'mode', mode: 'undefined' });
  check.mode(c.mode, 'mode');
  check.addAll(tierProblems(c.tiers), 'tiers');
  (Array.isArray(c.tiers) ? c.tiers : []).forEach((t, ti) => {
    for (const field of ['salaryRate', 'fixed'] as const) {
      const v = t?.[field];
      const path = `tiers[${ti}].${field}`;
      if (v === undefined) continue;
      if (!isNum(v) || v < 0) check.add('tiers.badExtra', path, { index: ti + 1, field, value: String(v) });
      else if (c.mode === 'marginal') check.add('tiers.extraNeedsRetro', path, { index: ti + 1, field });
    }
  });
}

function targetProblems(c: TargetComponent, check: ComponentCheck): void {
  metricProblems(c, check);
  check.amount(c.target, 'target');
  if (c.bands !== undefined && c.curve !== undefined) check.add('bandsAndCurve', 'curve');
  bandProblems(c.bands, check);
  check.mode(c.bandMode, 'bandMode');
  if (c.curve === undefined) return;
  check.addAll(curveProblems(c.curve?.points), 'curve');
  if (c.curve?.mode !== 'linear' && c.curve?.mode !== 'step')
    check.add('badCurveMode', 'curve.mode', { mode: String(c.curve?.mode) });
}

function poolProblems(c: PoolComponent, check: ComponentCheck): void {
  check.metric(c.metric, 'metric');
  if ((c.amount === undefined) === (c.rate === undefined)) check.add('pool.amountOrRate', 'amount');
  check.amount(c.amount, 'amount');
  if (c.rate !== undefined) check.rate(c.rate);
  if (c.threshold !== undefined && (!isNum(c.threshold) || c.threshold < 0))
    check.add('pool.badThreshold', 'threshold', { value: String(c.threshold) });
}
