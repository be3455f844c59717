import { DomainError } from '../errors';
import type { Problem } from './problems';
import { throwFirst } from './problems';

export type KpiDirection = 'up' | 'down';

export interface Kpi {
  /** A fraction; the weights of all KPIs sum to 1 (100 %). */
  weight: number;
  plan: number;
  fact: number;
  /** A score below the floor counts 0. */
  floor?: number;
  /** A score above the cap counts as the cap. */
  cap?: number;
  /** 'up' (default): fact ÷ plan; 'down' (less is better): plan ÷ fact. */
  direction?: KpiDirection;
}

const WEIGHT_TOLERANCE = 1e-9;

/** `field` names the list the weights belong to (`kpis`). */
export function weightSumProblems(weights: readonly number[], family: string, field?: string): Problem[] {
  const sum = weights.reduce((a, b) => a + (Number.isFinite(b) ? b : 0), 0);
  return Math.abs(sum - 1) <= WEIGHT_TOLERANCE
    ? []
    : [{ code: `bonus.${family}.weightsSum`, params: { sum: sum * 100 }, field }];
}

/**
 * The raw score of a KPI: fact ÷ plan, or plan ÷ fact when less is better. A 'down' KPI with no fact
 * (nothing overdue, no discount) is as good as it gets: its `best` (the cap), or 1 when the plan is 0 too.
 * `kpi` names the KPI in errors; their fields are this function's inputs (`plan`, `best`).
 */
export function kpiScore(
  plan: number,
  fact: number,
  direction: KpiDirection,
  best: number | undefined,
  kpi: string | number,
): number {
  if (direction === 'down') {
    if (fact === 0) {
      if (plan === 0) return 1;
      if (best === undefined) throw new DomainError('bonus.kpi.unbounded', { kpi }, 'best');
      return best;
    }
    return plan / fact;
  }
  if (plan === 0) throw new DomainError('bonus.kpi.planZero', { kpi }, 'plan');
  return fact / plan;
}

export function kpiProblems(kpis: readonly Kpi[]): Problem[] {
  if (!Array.isArray(kpis) || kpis.length === 0)
    return [{ code: 'bonus.kpi.empty', params: {}, field: 'kpis' }];
  const out: Problem[] = [];
  kpis.forEach((k, i) => {
    const kpi = i + 1;
    const at = `kpis[${i}].`;
    for (const field of ['weight', 'plan', 'fact'] as const) {
      if (typeof k?.[field] !== 'number' || !Number.isFinite(k[field])) {
        out.push({ code: 'bonus.kpi.notNumber', params: { kpi, field }, field: at + field });
      }
    }
    if (k?.weight < 0)
      out.push({
        code: 'bonus.kpi.negativeWeight',
        params: { kpi, weight: k.weight * 100 },
        field: `${at}weight`,
      });
    if (k?.plan < 0)
      out.push({ code: 'bonus.kpi.negativePlan', params: { kpi, plan: k.plan }, field: `${at}plan` });
    if (k?.fact < 0)
      out.push({ code: 'bonus.kpi.negativeFact', params: { kpi, fact: k.fact }, field: `${at}fact` });
    if (k?.direction !== undefined && k.direction !== 'up' && k.direction !== 'down') {
      out.push({
        code: 'bonus.kpi.badDirection',
        params: { kpi, direction: String(k.direction) },
        field: `${at}direction`,
      });
    }
    for (const field of ['floor', 'cap'] as const) {
      const v = k?.[field];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
        out.push({ code: 'bonus.kpi.badLimit', params: { kpi, field }, field: at + field });
      }
    }
    if (k?.floor !== undefined && k.cap !== undefined && k.floor >= k.cap) {
      out.push({
        code: 'bonus.kpi.floorAboveCap',
        params: { kpi, floor: k.floor * 100, cap: k.cap * 100 },
        field: `${at}floor`,
      });
    }
  });
  if (out.length === 0)
    out.push(
      ...weightSumProblems(
        kpis.map((k) => k.weight),
        'kpi',
        'kpis',
      ),
    );
  return out;
}

/** The score that counts: 0 below the floor, the cap above it. */
export function limitScore(score: number, floor: number | undefined, cap: number | undefined): number {
  if (floor !== undefined && score < floor) return 0;
  if (cap !== undefined && score > cap) return cap;
  return score;
}

/** The scores that count, KPI by KPI, and the index Σ weight × score. */
export function kpiScores(kpis: readonly Kpi[]): { scores: number[]; index: number } {
  throwFirst(kpiProblems(kpis));
  const scores = kpis.map((k, i) => limitScore(scoreOf(k, i), k.floor, k.cap));
  return { scores, index: scores.reduce((a, s, i) => a + kpis[i].weight * s, 0) };
}

/** kpiScore of `kpis[i]`, its errors' fields as paths into `kpis` (the cap is kpiScore's `best`). */
function scoreOf(k: Kpi, i: number): number {
  try {
    return kpiScore(k.plan, k.fact, k.direction ?? 'up', k.cap, i + 1);
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    throw new DomainError(e.code, e.params, `kpis[${i}].${e.field === 'best' ? 'cap' : e.field}`);
  }
}

/** Σ weight × score over the KPIs (weights sum to 100 %); 1 means every KPI exactly on plan. */
export function kpiIndex(kpis: readonly Kpi[]): number {
  return kpiScores(kpis).index;
}
