import { runContest } from '../../../src/core/contests/contest';
import { d, input, v } from './helpers';

const calls = { kind: 'activity', weights: [{ metric: 'calls', points: 1 }] } as const;
const facts = [
  v('ann', d(3), 'calls', 40),
  v('bob', d(3), 'calls', 30),
  v('cat', d(3), 'calls', 30),
  v('dan', d(3), 'calls', 5),
];

describe('runContest', () => {
  test('showTop 2 publishes places 1…2 and everyone tied at 2, hides the rest with their scores', () => {
    const { standings } = runContest(input(calls, facts, { showTop: 2 }));
    expect(standings.map((s) => [s.id, s.score, s.place, s.shown])).toEqual([
      ['ann', 40, 1, true],
      ['bob', 30, 2, true],
      ['cat', 30, 2, true],
      ['dan', 5, 4, false],
    ]);
  });

  test('hideBottom 1: the last position is not published; a tie reaching into it is hidden whole', () => {
    const shown = (more: object) =>
      runContest(input(calls, facts, more)).standings.map((s) => [s.id, s.place, s.shown]);
    expect(shown({ hideBottom: 1 })).toEqual([
      ['ann', 1, true],
      ['bob', 2, true],
      ['cat', 2, true],
      ['dan', 4, false],
    ]);
    // bob and cat tie at 2 and hold positions 2–3: hiding the last two hides both
    expect(shown({ hideBottom: 2 }).map(([, , s]) => s)).toEqual([true, false, false, false]);
    expect(shown({ hideBottom: 4 }).map(([, , s]) => s)).toEqual([false, false, false, false]);
    expect(shown({ hideBottom: 1, showTop: 1 }).map(([, , s]) => s)).toEqual([true, false, false, false]);
  });

  test('a member marked inactive takes part in an «all» contest only with a result in it', () => {
    const gone = (extra: object) => {
      const i = input(calls, facts, extra);
      return {
        ...i,
        team: i.team.map((m) => (m.id === 'dan' || m.id === 'eve' ? { ...m, inactive: true } : m)),
      };
    };
    const withEve = (extra: object) => {
      const i = gone(extra);
      return { ...i, team: [...i.team, { id: 'eve', name: 'Ева', inactive: true }] };
    };
    expect(runContest(withEve({})).standings.map((s) => s.id)).toEqual(['ann', 'bob', 'cat', 'dan']);
    expect(runContest(withEve({ participants: ['eve', 'ann'] })).standings.map((s) => s.id)).toEqual([
      'ann',
      'eve',
    ]);
  });

  test('a list of participants: only they take part', () => {
    const { standings } = runContest(
      input(calls, facts, { participants: ['dan', 'bob'], prizes: [{ kopecks: 1_000_000 }] }),
    );
    expect(standings.map((s) => [s.id, s.place, s.prizeKopecks, s.shown])).toEqual([
      ['bob', 1, 1_000_000, true],
      ['dan', 2, 0, true],
    ]);
  });

  test('bad settings: the problems and no standings', () => {
    const result = runContest(input(calls, facts, { period: { from: d(30), to: d(2) } }));
    expect(result.standings).toEqual([]);
    expect(result.problems).toEqual([{ code: 'contest.periodReversed', params: {}, field: 'period.to' }]);
  });
});
