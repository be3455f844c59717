import { curveAt } from './curve';
import { type Inputs, metricName } from './input';
import { atLeast } from './money';
import type { KpiMatrixComponent, SchemeKpi } from './scheme';
import { moneyLine, note, num, pct, type TrailLine, type TrailNote } from './trail';

/** A KPI matrix: target × weight × score, one line per KPI. */
export function kpiMatrixLines(inputs: Inputs, c: KpiMatrixComponent): TrailLine[] {
  const target = inputs.target(c.target);
  return c.kpis.map((k) => kpiLine(inputs, k, target));
}

function kpiLine(inputs: Inputs, k: SchemeKpi, target: number): TrailLine {
  const given = inputs.kpi(k.id);
  const plan = k.plan ?? given.plan;
  if (plan === undefined) inputs.fail('bonus.input.missingKpiPlan', { kpi: k.id });
  inputs.number(plan, `kpi.${k.id}.plan`);
  const fact = given.fact;
  const a = attainment(inputs, k, plan, fact);
  let score = a;
  let remark: TrailNote | undefined;
  if (k.t0 !== undefined && !reachesShare(k, plan, fact, a, k.t0)) {
    score = 0;
    remark = note('bonus.note.belowT0', { t0: pct(k.t0) });
  } else if (k.tmax !== undefined && a > k.tmax) {
    score = k.tmax;
    remark = note('bonus.note.aboveTmax', { tmax: pct(k.tmax) });
  }
  if (score > 0 && k.scale) score = curveAt(score, k.scale.points, k.scale.mode);
  if (!remark && k.direction === 'down') remark = note('bonus.note.lessIsBetter');
  const params = {
    kpi: k.label || metricName(k.id),
    plan: num(plan),
    fact: num(fact),
    attainment: pct(a),
    score: pct(score),
    target: num(target),
    weight: pct(k.weight),
  };
  return moneyLine('bonus.trail.kpi', params, target * k.weight * score, remark);
}

/** fact ÷ plan, or plan ÷ fact when less is better (no fact at all: the best the KPI can score). */
function attainment(inputs: Inputs, k: SchemeKpi, plan: number, fact: number): number {
  if (k.direction !== 'down') {
    if (plan <= 0) inputs.fail('bonus.input.kpiPlanZero', { kpi: k.id });
    return fact / plan;
  }
  if (fact < 0) inputs.fail('bonus.input.negativeKpiFact', { kpi: k.id });
  if (fact > 0) return plan / fact;
  if (plan <= 0) return 1;
  const best = k.tmax ?? k.scale?.points[k.scale.points.length - 1].x;
  if (best === undefined) inputs.fail('bonus.input.kpiUnbounded', { kpi: k.id });
  return best;
}

/** Whether the attainment reaches `share`, compared in the KPI's own units (fact against share × plan). */
function reachesShare(k: SchemeKpi, plan: number, fact: number, a: number, share: number): boolean {
  if (k.direction !== 'down') return atLeast(fact, share * plan);
  return fact === 0 ? a >= share : atLeast(plan, share * fact);
}
