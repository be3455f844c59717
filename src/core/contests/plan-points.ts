import { hundredth as hundredths } from '../bonus/money';
import type { Series } from './series';
import type { PlanPointsRule, Score } from './types';

/**
 * Points per % of plan. The percent is fact ÷ plan of the counted days (the day plans summed, as the month
 * tab's plan to date), to 0.01 %. Below the minimum: 0 points. Otherwise every percent up to 100 earns
 * `rate` and every percent above 100 earns `rateAbove`: 117 % at 300/600 → 100 × 300 + 17 × 600 = 40 200.
 * No plan for the counted days → listed, not ranked (a percent of nothing means nothing).
 */
export function planPointsScore(
  id: string,
  name: string,
  rule: PlanPointsRule,
  data: { facts: Series; plans: Series },
  span: { from: number; to: number },
): Score {
  const fact = data.facts.sum(id, rule.metric, span.from, span.to);
  const plan = data.plans.sum(id, rule.metric, span.from, span.to);
  if (!(plan > 0)) {
    const trail = [{ code: 'contest.trail.noPlan', params: { metric: rule.metric, fact: { num: fact } } }];
    return { id, name, score: null, trail };
  }
  const percent = hundredths((fact / plan) * 100);
  const head = { metric: rule.metric, fact: { num: fact }, plan: { num: plan }, percent: { num: percent } };
  if (percent < rule.minimum) {
    const trail = [
      { code: 'contest.trail.belowMinimum', params: { ...head, minimum: { num: rule.minimum } } },
    ];
    return { id, name, score: 0, trail };
  }
  const upTo = Math.min(percent, 100);
  const above = hundredths(Math.max(percent - 100, 0));
  const score = hundredths(upTo * rule.rate + above * rule.rateAbove);
  const params = {
    ...head,
    upTo: { num: upTo },
    rate: { num: rule.rate },
    above: { num: above },
    rateAbove: { num: rule.rateAbove },
    points: { num: score },
  };
  return { id, name, score, trail: [{ code: 'contest.trail.planPoints', params }] };
}
