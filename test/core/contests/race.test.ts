import { runContest } from '../../../src/core/contests/contest';
import { contestScores } from '../../../src/core/contests/score';
import { d, input, v } from './helpers';

const race = { kind: 'race', metric: 'deals', target: 10 } as const;

describe('race to target', () => {
  const facts = [
    v('ann', d(3), 'deals', 4),
    v('ann', d(10), 'deals', 6), // 10 on the 10th
    v('bob', d(5), 'deals', 5),
    v('bob', d(9), 'deals', 7), // 12 on the 9th: first
    v('cat', d(4), 'deals', 9), // 9, not reached
    v('dan', d(1), 'deals', 5), // before the period: not counted
    v('dan', d(20), 'deals', 9),
    v('ann', d(1, 12), 'deals', 50), // after the period
  ];

  test('the earlier day wins a tie of amounts; the rest by progress; a tie of progress shares the place', () => {
    const { standings } = runContest(input(race, facts));
    expect(standings.map((s) => [s.id, s.score, s.day, s.place, s.gap])).toEqual([
      ['bob', 10, d(9), 1, null],
      ['ann', 10, d(10), 2, 0],
      ['cat', 9, undefined, 3, 1],
      ['dan', 9, undefined, 3, 1],
    ]);
  });

  test('the trail says the day reached, or the progress', () => {
    const [ann, , cat] = contestScores(input(race, facts));
    expect(ann.trail).toEqual([
      {
        code: 'contest.trail.raceReached',
        params: { metric: 'deals', target: { num: 10 }, day: '2026-11-10' },
      },
    ]);
    expect(cat.trail[0]).toEqual({
      code: 'contest.trail.raceProgress',
      params: { metric: 'deals', value: { num: 9 }, target: { num: 10 }, progress: { pct: 0.9 } },
    });
  });

  test('reached on the same day: a tie', () => {
    const same = [v('ann', d(5), 'deals', 10), v('bob', d(5), 'deals', 12)];
    const places = runContest(input(race, same)).standings.map((s) => [s.id, s.place]);
    expect(places).toEqual([
      ['ann', 1],
      ['bob', 1],
      ['cat', 3],
      ['dan', 3],
    ]);
  });

  test('while it runs only the days before asOf count', () => {
    const scores = contestScores(input(race, facts, {}, { asOf: d(10) }));
    expect(scores.map((s) => [s.id, s.score, s.day])).toEqual([
      ['ann', 4, undefined],
      ['bob', 10, d(9)],
      ['cat', 9, undefined],
      ['dan', 0, undefined],
    ]);
  });
});
