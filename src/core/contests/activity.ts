import { hundredth as hundredths } from '../bonus/money';
import type { TrailNote } from '../bonus/trail';
import { type Day, isoWeekday } from '../dates';
import type { Series } from './series';
import type { ActivityRule, Multiplier, Score } from './types';

/**
 * The factor on one metric's value of one day: the product of every multiplier that applies to it (a
 * metric's × 2 and a weekday's × 2 on the same fact make × 4 — they stack, as two separate promotions do).
 */
export function factorOn(multipliers: readonly Multiplier[], metric: string, day: Day): number {
  let factor = 1;
  for (const m of multipliers) {
    if (m.metric !== undefined && m.metric !== metric) continue;
    if (m.weekday !== undefined && m.weekday !== isoWeekday(day)) continue;
    factor *= m.factor;
  }
  return factor;
}

/** Points per activity: Σ value × the metric's points × the day's factor; a trail line per metric and factor. */
export function activityScore(
  id: string,
  name: string,
  rule: ActivityRule,
  facts: Series,
  span: { from: number; to: number },
): Score {
  const trail: TrailNote[] = [];
  let score = 0;
  for (const w of rule.weights) {
    const byFactor = new Map<number, number>();
    for (const v of facts.days(id, w.metric, span.from, span.to)) {
      const f = factorOn(rule.multipliers ?? [], w.metric, v.day);
      byFactor.set(f, (byFactor.get(f) ?? 0) + v.value);
    }
    for (const [factor, count] of [...byFactor].sort((a, b) => a[0] - b[0])) {
      const points = hundredths(count * w.points * factor);
      score += points;
      const params = {
        metric: w.metric,
        count: { num: count },
        points: { num: w.points },
        score: { num: points },
      };
      trail.push(
        factor === 1
          ? { code: 'contest.trail.activity', params }
          : { code: 'contest.trail.activityMultiplied', params: { ...params, factor: { mult: factor } } },
      );
    }
  }
  return { id, name, score: hundredths(score), trail };
}
