import { factorOn } from '../../../src/core/contests/activity';
import { contestScores } from '../../../src/core/contests/score';
import { isoWeekday } from '../../../src/core/dates';
import { d, input, v } from './helpers';

const rule = {
  kind: 'activity',
  weights: [
    { metric: 'calls', points: 1 },
    { metric: 'meetings', points: 5 },
    { metric: 'deals', points: 20 },
  ],
  multipliers: [
    { factor: 2, metric: 'deals' },
    { factor: 2, weekday: 5 }, // Fridays
  ],
} as const;

describe('points per activity: calls × 1, meetings × 5, deals × 20; deals × 2, Fridays × 2', () => {
  test('the days are what the example says', () => {
    expect([d(2), d(3), d(4), d(6)].map(isoWeekday)).toEqual([1, 2, 3, 5]);
  });

  test('multipliers stack on the facts they apply to', () => {
    expect(factorOn(rule.multipliers, 'deals', d(6))).toBe(4);
    expect(factorOn(rule.multipliers, 'deals', d(4))).toBe(2);
    expect(factorOn(rule.multipliers, 'calls', d(6))).toBe(2);
    expect(factorOn(rule.multipliers, 'calls', d(2))).toBe(1);
  });

  test('30 + 10 × 2 + 2 × 5 + 1 × 20 × 2 + 1 × 20 × 4 = 180', () => {
    const facts = [
      v('ann', d(2), 'calls', 30),
      v('ann', d(6), 'calls', 10),
      v('ann', d(3), 'meetings', 2),
      v('ann', d(4), 'deals', 1),
      v('ann', d(6), 'deals', 1),
      v('ann', d(6), 'receipts', 99_000), // not weighted
    ];
    const [ann, bob] = contestScores(input(rule, facts));
    expect(ann.score).toBe(180);
    expect(
      ann.trail.map((l) => [l.code, l.params.metric, l.params.count, l.params.factor, l.params.score]),
    ).toEqual([
      ['contest.trail.activity', 'calls', { num: 30 }, undefined, { num: 30 }],
      ['contest.trail.activityMultiplied', 'calls', { num: 10 }, { mult: 2 }, { num: 20 }],
      ['contest.trail.activity', 'meetings', { num: 2 }, undefined, { num: 10 }],
      ['contest.trail.activityMultiplied', 'deals', { num: 1 }, { mult: 2 }, { num: 40 }],
      ['contest.trail.activityMultiplied', 'deals', { num: 1 }, { mult: 4 }, { num: 80 }],
    ]);
    expect(bob).toMatchObject({ score: 0, trail: [] });
  });
});
