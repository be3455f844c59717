import { isoString } from '../dates';
import type { Series } from './series';
import type { RaceRule, Score } from './types';

/**
 * Race to target: the running total of the metric over the counted days; the score is that total capped at
 * the target, so all who reached it tie on amount and the earlier day reached wins; those who did not reach
 * it rank by their total (progress).
 */
export function raceScore(
  id: string,
  name: string,
  rule: RaceRule,
  facts: Series,
  span: { from: number; to: number },
): Score {
  let total = 0;
  for (const v of facts.days(id, rule.metric, span.from, span.to)) {
    total += v.value;
    if (total >= rule.target) {
      const trail = [
        {
          code: 'contest.trail.raceReached',
          params: { metric: rule.metric, target: { num: rule.target }, day: isoString(v.day) },
        },
      ];
      return { id, name, score: rule.target, day: v.day, trail };
    }
  }
  const params = {
    metric: rule.metric,
    value: { num: total },
    target: { num: rule.target },
    progress: { pct: total / rule.target },
  };
  return { id, name, score: total, trail: [{ code: 'contest.trail.raceProgress', params }] };
}
