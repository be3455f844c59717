import { runContest } from '../../../src/core/contests/contest';
import { contestScores } from '../../../src/core/contests/score';
import { d, input, v } from './helpers';

const rule = { kind: 'planPoints', metric: 'receipts', minimum: 90, rate: 300, rateAbove: 600 } as const;
/** 100 000 a day on 2…11 November: 1 000 000 for the period (dan has no plan). */
const plans = ['ann', 'bob', 'cat'].flatMap((m) =>
  Array.from({ length: 10 }, (_, i) => v(m, d(2 + i), 'receipts', 100_000)),
);

describe('points per % of plan: 90 % minimum, 300 per % up to 100 %, 600 above', () => {
  const facts = [
    v('ann', d(5), 'receipts', 1_170_000), // 117 %
    v('bob', d(6), 'receipts', 890_000), // 89 %
    v('cat', d(7), 'receipts', 900_000), // 90 %: exactly the minimum
    v('dan', d(7), 'receipts', 500_000),
  ];

  test('117 % → 100 × 300 + 17 × 600 = 40 200; 89 % → 0; 90 % → 27 000; no plan → not ranked', () => {
    const { standings } = runContest(input(rule, facts, {}, { plans }));
    expect(standings.map((s) => [s.id, s.score, s.place, s.gap])).toEqual([
      ['ann', 40_200, 1, null],
      ['cat', 27_000, 2, 13_200],
      ['bob', 0, 3, 27_000],
      ['dan', null, null, null],
    ]);
  });

  test('the trail shows the arithmetic', () => {
    const [ann, bob, , dan] = contestScores(input(rule, facts, {}, { plans }));
    expect(ann.trail).toEqual([
      {
        code: 'contest.trail.planPoints',
        params: {
          metric: 'receipts',
          fact: { num: 1_170_000 },
          plan: { num: 1_000_000 },
          percent: { num: 117 },
          upTo: { num: 100 },
          rate: { num: 300 },
          above: { num: 17 },
          rateAbove: { num: 600 },
          points: { num: 40_200 },
        },
      },
    ]);
    expect(bob.trail[0].code).toBe('contest.trail.belowMinimum');
    expect(bob.trail[0].params.percent).toEqual({ num: 89 });
    expect(dan.trail[0].code).toBe('contest.trail.noPlan');
  });

  test('while it runs, the plan to date is the day plans before asOf', () => {
    // as of the 7th: plan of 2…6 = 500 000; ann's 1 170 000 → 234 % → 30 000 + 134 × 600 = 110 400
    const [ann, bob] = contestScores(input(rule, facts, {}, { plans, asOf: d(7) }));
    expect(ann.score).toBe(110_400);
    expect(bob.score).toBe(100 * 300 + 78 * 600); // 890 000 of 500 000 = 178 %
  });

  test('a fraction of a percent counts to 0.01 %: 95.5 % → 28 650', () => {
    const [ann] = contestScores(input(rule, [v('ann', d(3), 'receipts', 955_000)], {}, { plans }));
    expect(ann.score).toBe(28_650);
  });
});
