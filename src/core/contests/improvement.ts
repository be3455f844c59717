import { hundredth as hundredths } from '../bonus/money';
import { type Day, dayOf, ymdOf } from '../dates';
import type { Series } from './series';
import type { ImprovementRule, Score } from './types';

/** The baseline window: the `count` weeks (7-day blocks) or calendar months just before the period starts. */
export function baselineWindow(rule: ImprovementRule, periodFrom: Day): { from: Day; to: Day } {
  const to = periodFrom - 1;
  if (rule.baseline.unit === 'week') return { from: periodFrom - 7 * rule.baseline.count, to };
  const { year, month } = ymdOf(periodFrom);
  const back = year * 12 + (month - 1) - rule.baseline.count;
  return { from: dayOf(Math.floor(back / 12), (back % 12) + 1, 1), to };
}

/**
 * Improvement against the person's own baseline, as a ratio: (the counted days' result per calendar day ÷ the
 * baseline's per calendar day − 1), in percent to 0.01. A ratio, not a difference, so a strong and a new seller
 * compete on the same scale (+20 % is +20 % whether the average was 10 or 100 deals); per day, so a period of
 * any length, or one still running, compares with the baseline's average. No fact in the window, or a zero
 * baseline (a ratio to nothing) → listed, not ranked.
 */
export function improvementScore(
  id: string,
  name: string,
  rule: ImprovementRule,
  facts: Series,
  span: { from: Day; to: Day },
  periodFrom: Day,
): Score {
  const window = baselineWindow(rule, periodFrom);
  const before = facts.days(id, rule.metric, window.from, window.to);
  const baseTotal = before.reduce((s, v) => s + v.value, 0);
  const current = facts.sum(id, rule.metric, span.from, span.to);
  const unit = rule.baseline.unit;
  const head = { metric: rule.metric, count: { num: rule.baseline.count }, value: { num: current } };
  if (before.length === 0 || !(baseTotal > 0) || span.to < span.from) {
    return { id, name, score: null, trail: [{ code: `contest.trail.noBaseline.${unit}`, params: head }] };
  }
  // the baseline's average prorated to the counted days
  const expected = (baseTotal * (span.to - span.from + 1)) / (window.to - window.from + 1);
  const score = hundredths((current / expected - 1) * 100);
  const params = { ...head, baseline: { num: hundredths(expected) }, change: { num: score } };
  return { id, name, score, trail: [{ code: `contest.trail.improvement.${unit}`, params }] };
}
