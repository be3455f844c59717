import { baselineWindow } from '../../../src/core/contests/improvement';
import { contestScores } from '../../../src/core/contests/score';
import { d, input, v } from './helpers';

const weeks = { kind: 'improvement', metric: 'deals', baseline: { unit: 'week', count: 2 } } as const;
const months = { kind: 'improvement', metric: 'deals', baseline: { unit: 'month', count: 2 } } as const;

describe('improvement against the own average of the previous weeks or months (a ratio)', () => {
  test('the baseline window: the weeks or calendar months just before the period, across a year end', () => {
    expect(baselineWindow(weeks, d(16))).toEqual({ from: d(2), to: d(15) });
    expect(baselineWindow(months, d(1, 12))).toEqual({ from: d(1, 10), to: d(30, 11) });
    expect(baselineWindow(months, d(1, 1, 2027))).toEqual({ from: d(1, 11), to: d(31, 12) });
  });

  test('the week of 16–22.11 against 2–15.11: 15 vs 12 → +25 %; 8 vs 10 → −20 %; no baseline → not ranked', () => {
    const facts = [
      v('ann', d(3), 'deals', 10),
      v('ann', d(12), 'deals', 14), // 24 in two weeks: 12 a week
      v('ann', d(18), 'deals', 15),
      v('bob', d(5), 'deals', 20),
      v('bob', d(19), 'deals', 8),
      v('cat', d(19), 'deals', 30), // nothing before
      v('dan', d(4), 'deals', 0), // a zero baseline
      v('dan', d(19), 'deals', 3),
    ];
    const scores = contestScores(input(weeks, facts, { period: { from: d(16), to: d(22) } }));
    expect(scores.map((s) => [s.id, s.score])).toEqual([
      ['ann', 25],
      ['bob', -20],
      ['cat', null],
      ['dan', null],
    ]);
    expect(scores[0].trail[0]).toEqual({
      code: 'contest.trail.improvement.week',
      params: {
        metric: 'deals',
        count: { num: 2 },
        value: { num: 15 },
        baseline: { num: 12 },
        change: { num: 25 },
      },
    });
    expect(scores[2].trail[0].code).toBe('contest.trail.noBaseline.week');
  });

  test('December against October–November: 122 in 61 days → 62 expected in 31; 93 → +50 %', () => {
    const facts = [
      v('ann', d(10, 10), 'deals', 60),
      v('ann', d(20, 11), 'deals', 62),
      v('ann', d(5, 12), 'deals', 93),
    ];
    const [ann] = contestScores(input(months, facts, { period: { from: d(1, 12), to: d(31, 12) } }));
    expect(ann.score).toBe(50);
    expect(ann.trail[0].code).toBe('contest.trail.improvement.month');
    expect(ann.trail[0].params.baseline).toEqual({ num: 62 });
  });

  test('a running period is prorated: 7 of 31 days of December expect 14; 21 → +50 %', () => {
    const facts = [v('ann', d(10, 10), 'deals', 122), v('ann', d(3, 12), 'deals', 21)];
    const running = input(months, facts, { period: { from: d(1, 12), to: d(31, 12) } }, { asOf: d(8, 12) });
    expect(contestScores(running)[0].score).toBe(50);
  });
});
