import type { ComponentCheck } from './component-check';
import { curveProblems } from './curve';
import { isNum } from './input';
import { weightSumProblems } from './kpi';
import type { KpiMatrixComponent, SchemeKpi } from './scheme';

/** The problems of a KPI matrix: each KPI's at `kpis[k].<field>`, the weights' sum at `kpis`. */
export function kpiMatrixProblems(c: KpiMatrixComponent, check: ComponentCheck): void {
  if (!Array.isArray(c.kpis) || c.kpis.length === 0) {
    check.add('kpi.empty', 'kpis');
    return;
  }
  const seen = new Set<string>();
  c.kpis.forEach((k, i) => {
    const kpi = typeof k?.id === 'string' && k.id !== '' ? k.id : `#${i + 1}`;
    const at = `kpis[${i}]`;
    if (typeof k?.id !== 'string' || k.id === '') check.add('kpi.noId', `${at}.id`, { kpi });
    else if (seen.has(k.id)) check.add('kpi.duplicateId', `${at}.id`, { kpi });
    else seen.add(k.id);
    kpiProblems(k, at, kpi, check);
  });
  if (c.kpis.every((k) => isNum(k?.weight) && k.weight >= 0)) {
    const sum = weightSumProblems(
      c.kpis.map((k) => k.weight),
      'kpi',
    );
    for (const p of sum) check.add('kpi.weightsSum', 'kpis', p.params);
  }
}

function kpiProblems(k: SchemeKpi, at: string, kpi: string, check: ComponentCheck): void {
  if (!isNum(k?.weight)) check.add('kpi.badWeight', `${at}.weight`, { kpi });
  else if (k.weight < 0) check.add('kpi.negativeWeight', `${at}.weight`, { kpi, weight: k.weight * 100 });
  if (k?.direction !== undefined && k.direction !== 'up' && k.direction !== 'down')
    check.add('kpi.badDirection', `${at}.direction`, { kpi, direction: String(k.direction) });
  if (k?.plan !== undefined && (!isNum(k.plan) || k.plan < 0 || (k.plan === 0 && k.direction !== 'down')))
    check.add('kpi.badPlan', `${at}.plan`, { kpi, plan: String(k.plan) });
  for (const field of ['t0', 'tmax'] as const) {
    const v = k?.[field];
    if (v !== undefined && (!isNum(v) || v < 0))
      check.add('kpi.badLimit', `${at}.${field}`, { kpi, field, value: String(v) });
  }
  if (isNum(k?.t0) && isNum(k?.tmax) && k.t0 >= k.tmax)
    check.add('kpi.t0AboveTmax', `${at}.t0`, { kpi, t0: k.t0 * 100, tmax: k.tmax * 100 });
  if (k?.scale === undefined) return;
  check.addAll(curveProblems(k.scale?.points), 'curve', `${at}.scale`, { kpi });
  if (k.scale?.mode !== 'linear' && k.scale?.mode !== 'step')
    check.add('kpi.badScaleMode', `${at}.scale.mode`, { kpi, mode: String(k.scale?.mode) });
}
