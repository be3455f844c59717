import type { BonusInput, MetricValues } from './evaluate';
import { throwFirst } from './problems';
import {
  type Band,
  type ComponentKind,
  type Gate,
  type Scheme,
  type Scope,
  type ValidateOptions,
  validateScheme,
} from './scheme';
import { clean, reaches } from './trail';

/** What reaching a step brings. */
export type StepReach =
  /** A tier of a tiered component (marginal: the rate on the part above; retro: on the whole amount). */
  | { type: 'tier'; rate: number; mode: 'marginal' | 'retro' }
  /** An accelerator/decelerator band of a percent or target component. */
  | { type: 'band'; multiplier: number }
  /** A point of a target component's payout curve (its coefficient from there). */
  | { type: 'curve'; coefficient: number }
  /** An attainment gate: the component pays at all from here. */
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

/**
 * For each component of a scheme, the next tier, band or threshold its base metric has not reached yet,
 * and how much of the metric is missing: tiered components (amounts or attainment; marginal and retro),
 * the bands and step-curve points of percent and target components, the first point of a linear curve,
 * failed attainment gates, a pool's department threshold and one's own plan for a pool share. Steps above
 * an attainment cap are left out (they can never be reached); KPI matrices and KPI gates have none (their
 * facts are not a base metric). In the order of the components; within one, gates first.
 */
export function nextSteps(scheme: Scheme, input: BonusInput, opts: ValidateOptions = {}): NextStep[] {
  throwFirst(validateScheme(scheme, opts));
  const out: NextStep[] = [];
  const values = (scope: Scope | undefined, which: 'plan' | 'fact'): MetricValues =>
    (scope === 'department' ? input.department?.[which] : input[which]) ?? {};
  const factOf = (metric: string, scope?: Scope) => values(scope, 'fact')[metric];
  const planOf = (metric: string, scope?: Scope) => {
    const p = values(scope, 'plan')[metric];
    return typeof p === 'number' && p > 0 ? p : undefined;
  };

  scheme.components.forEach((c, i) => {
    const add = (metric: string, scope: Scope | undefined, at: number, reach: StepReach, limit?: number) => {
      const fact = factOf(metric, scope);
      if (typeof fact !== 'number' || !Number.isFinite(fact)) return;
      const edge = clean(at);
      if (reaches(fact, edge)) return;
      if (limit !== undefined && edge > limit) return;
      out.push({
        component: i + 1,
        kind: c.kind,
        metric,
        scope: scope ?? 'own',
        at: edge,
        missing: clean(edge - fact),
        reach,
      });
    };
    if (c.kind === 'salary' || c.kind === 'draw') return;
    for (const g of (c.gates ?? []) as Gate[]) {
      if (g.type !== 'attainment') continue;
      const plan = planOf(g.metric, g.scope);
      if (plan !== undefined) add(g.metric, g.scope, g.min * plan, { type: 'gate', min: g.min });
    }
    /** The most of the metric that counts (fact above plan × attainment cap earns nothing more). */
    const capOf = (m: { metric: string; scope?: Scope; attainmentCap?: number }) => {
      const plan = m.attainmentCap === undefined ? undefined : planOf(m.metric, m.scope);
      return plan === undefined ? undefined : clean(plan * m.attainmentCap!);
    };
    const firstAbove = <T>(items: readonly T[], edge: (x: T) => number, fact: number) =>
      items.find((x) => !reaches(fact, clean(edge(x))));
    switch (c.kind) {
      case 'tiered': {
        const fact = factOf(c.metric, c.scope);
        const scale = c.by === 'attainment' ? planOf(c.metric, c.scope) : 1;
        if (typeof fact !== 'number' || scale === undefined) break;
        const tier = firstAbove(c.tiers, (t) => t.from * scale, fact);
        if (tier)
          add(
            c.metric,
            c.scope,
            tier.from * scale,
            { type: 'tier', rate: tier.rate, mode: c.mode },
            capOf(c),
          );
        break;
      }
      case 'percent':
      case 'target': {
        const fact = factOf(c.metric, c.scope);
        const plan = planOf(c.metric, c.scope);
        if (typeof fact !== 'number' || plan === undefined) break;
        if (c.kind === 'target' && c.curve) {
          const points = c.curve.mode === 'step' ? c.curve.points : c.curve.points.slice(0, 1);
          const p = firstAbove(points, (x) => x.x * plan, fact);
          if (p) add(c.metric, c.scope, p.x * plan, { type: 'curve', coefficient: p.y }, capOf(c));
          break;
        }
        const bands: readonly Band[] = c.bands ?? [];
        const b = firstAbove(bands, (x) => x.from * plan, fact);
        if (b) add(c.metric, c.scope, b.from * plan, { type: 'band', multiplier: b.multiplier }, capOf(c));
        break;
      }
      case 'pool': {
        const threshold = c.threshold ?? 1;
        const deptPlan = planOf(c.metric, 'department');
        if (deptPlan !== undefined)
          add(c.metric, 'department', threshold * deptPlan, { type: 'pool', threshold });
        const own = planOf(c.metric);
        if (own !== undefined) add(c.metric, 'own', own, { type: 'poolShare' });
        break;
      }
    }
  });
  return out;
}
