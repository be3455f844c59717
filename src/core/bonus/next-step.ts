import type { BonusInput, MetricValues } from './input';
import { atLeast, hundredth, minus } from './money';
import type { ComponentKind, PoolComponent, Scheme, SchemeComponent, Scope } from './scheme';

/** What reaching a step brings. */
export type StepReach =
  /** A tier of a tiered component (marginal: the rate on the part above; retro: on the whole amount). */
  | { type: 'tier'; rate: number; mode: 'marginal' | 'retro' }
  /** An accelerator/decelerator band of a percent or target component. */
  | { type: 'band'; multiplier: number }
  /** A point of a target component's payout curve (its coefficient from there). */
  | { type: 'curve'; coefficient: number }
  /** An entry threshold: the component pays at all from here. */
  | { type: 'gate'; min: number }
  /** The department's attainment that opens the team pool. */
  | { type: 'pool'; threshold: number }
  /** One's own plan: a share of the team pool from here. */
  | { type: 'poolShare' };

/** The next step of one component: how much more of a base metric reaches it. */
export interface NextStep {
  /** The component's position in the scheme, 1-based. */
  component: number;
  kind: ComponentKind;
  metric: string;
  scope: Scope;
  /** The metric's value at which the step is reached. */
  at: number;
  /** How much of the metric is still missing: `at` − fact, always > 0. */
  missing: number;
  reach: StepReach;
}

/** A step a component may have: where it is (a metric's value) and what it brings. */
interface Edge {
  metric: string;
  scope?: Scope;
  at: number;
  reach: StepReach;
  /** The most of the metric that counts (an attainment cap): a step above it is never reached. */
  limit?: number;
}

/**
 * For each component of a (valid) scheme, the next tier, band or threshold its base metric has not reached
 * yet, and how much of the metric is missing: tiered components (amounts or attainment; marginal and
 * retro), the bands and step-curve points of percent and target components, the first point of a linear
 * curve, failed entry thresholds, a pool's department threshold and one's own plan for a pool share. Steps
 * above an attainment cap are left out; KPI matrices have none (their facts are not a base metric). In the
 * order of the components; within one, the entry threshold first. Figures to the hundredth.
 */
export function nextSteps(scheme: Scheme, input: BonusInput): NextStep[] {
  const figures = new Figures(input);
  const out: NextStep[] = [];
  scheme.components.forEach((c, i) => {
    for (const e of edgesOf(c, figures)) {
      const fact = figures.fact(e.metric, e.scope);
      const at = hundredth(e.at);
      if (fact === undefined || atLeast(fact, at) || (e.limit !== undefined && at > e.limit)) continue;
      const scope = e.scope ?? 'own';
      out.push({
        component: i + 1,
        kind: c.kind,
        metric: e.metric,
        scope,
        at,
        missing: minus(at, fact),
        reach: e.reach,
      });
    }
  });
  return out;
}

/** The plan and fact of a metric as the input has them (undefined: none, or not a usable number). */
class Figures {
  constructor(private readonly input: BonusInput) {}

  private values(scope: Scope | undefined, which: 'plan' | 'fact'): MetricValues {
    return (scope === 'department' ? this.input.department?.[which] : this.input[which]) ?? {};
  }

  fact(metric: string, scope?: Scope): number | undefined {
    const f = this.values(scope, 'fact')[metric];
    return typeof f === 'number' && Number.isFinite(f) ? f : undefined;
  }

  plan(metric: string, scope?: Scope): number | undefined {
    const p = this.values(scope, 'plan')[metric];
    return typeof p === 'number' && p > 0 ? p : undefined;
  }

  /** plan × attainment cap, to the hundredth. */
  limit(m: { metric: string; scope?: Scope; attainmentCap?: number }): number | undefined {
    const plan = m.attainmentCap === undefined ? undefined : this.plan(m.metric, m.scope);
    return plan === undefined ? undefined : hundredth(plan * m.attainmentCap!);
  }
}

/** The component's candidate steps: its entry threshold, then the first of its own steps not reached yet. */
function edgesOf(c: SchemeComponent, f: Figures): Edge[] {
  if (c.kind === 'salary' || c.kind === 'draw') return [];
  const out: Edge[] = [];
  const gatePlan = c.gate && f.plan(c.gate.metric, c.gate.scope);
  if (c.gate && gatePlan !== undefined)
    out.push({ ...c.gate, at: c.gate.min * gatePlan, reach: { type: 'gate', min: c.gate.min } });
  if (c.kind === 'kpi') return out;
  if (c.kind === 'pool') return [...out, ...poolEdges(c, f)];
  const fact = f.fact(c.metric, c.scope);
  const plan = f.plan(c.metric, c.scope);
  const scale = c.kind === 'tiered' && c.by === 'amount' ? 1 : plan;
  if (fact === undefined || scale === undefined) return out;
  const first = <T>(items: readonly T[], x: (item: T) => number) => {
    const at = (k: number) => hundredth(x(items[k]) * scale);
    let k = items.findIndex((_, i) => !atLeast(fact, at(i)));
    // Thresholds that meet at one kopeck are reached together: the step brings the highest of them.
    while (k >= 0 && k + 1 < items.length && at(k + 1) === at(k)) k++;
    return k < 0 ? undefined : items[k];
  };
  const base = { metric: c.metric, scope: c.scope, limit: f.limit(c) };
  if (c.kind === 'tiered') {
    const t = first(c.tiers, (x) => x.from);
    if (t) out.push({ ...base, at: t.from * scale, reach: { type: 'tier', rate: t.rate, mode: c.mode } });
  } else if (c.kind === 'target' && c.curve) {
    const points = c.curve.mode === 'step' ? c.curve.points : c.curve.points.slice(0, 1);
    const p = first(points, (x) => x.x);
    if (p) out.push({ ...base, at: p.x * scale, reach: { type: 'curve', coefficient: p.y } });
  } else {
    const b = first(c.bands ?? [], (x) => x.from);
    if (b) out.push({ ...base, at: b.from * scale, reach: { type: 'band', multiplier: b.multiplier } });
  }
  return out;
}

function poolEdges(c: PoolComponent, f: Figures): Edge[] {
  const out: Edge[] = [];
  const threshold = c.threshold ?? 1;
  const deptPlan = f.plan(c.metric, 'department');
  if (deptPlan !== undefined)
    out.push({
      metric: c.metric,
      scope: 'department',
      at: threshold * deptPlan,
      reach: { type: 'pool', threshold },
    });
  const own = f.plan(c.metric);
  if (own !== undefined) out.push({ metric: c.metric, at: own, reach: { type: 'poolShare' } });
  return out;
}
