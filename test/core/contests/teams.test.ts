import { runContest } from '../../../src/core/contests/contest';
import { d, input, team, v } from './helpers';

const activity = { kind: 'activity', weights: [{ metric: 'calls', points: 1 }] } as const;

describe('team contest: teams from the team column, the average of members', () => {
  test('Север (10, 30) averages 20; Юг (25, 5) 15; a member in no team is left out', () => {
    const facts = [
      v('ann', d(3), 'calls', 10),
      v('bob', d(3), 'calls', 30),
      v('cat', d(3), 'calls', 25),
      v('dan', d(3), 'calls', 5),
      v('eve', d(3), 'calls', 500),
    ];
    const withEve = [...team, { id: 'eve', name: 'Ева' }];
    const { standings } = runContest(input(activity, facts, { teams: true }, { team: withEve }));
    expect(standings.map((s) => [s.id, s.score, s.place, s.gap])).toEqual([
      ['Север', 20, 1, null],
      ['Юг', 15, 2, 5],
    ]);
    expect(standings[0].trail).toEqual([
      { code: 'contest.trail.team', params: { ranked: { num: 2 }, members: { num: 2 } } },
      { code: 'contest.trail.teamMember', params: { name: 'Анна', score: { num: 10 } } },
      { code: 'contest.trail.teamMember', params: { name: 'Борис', score: { num: 30 } } },
    ]);
  });

  test('an unranked member is left out of the average', () => {
    const rule = { kind: 'improvement', metric: 'calls', baseline: { unit: 'week', count: 1 } } as const;
    const facts = [
      v('ann', d(9), 'calls', 10),
      v('ann', d(17), 'calls', 12), // +20 %
      v('bob', d(17), 'calls', 50), // no baseline
      v('cat', d(9), 'calls', 10),
      v('cat', d(17), 'calls', 10), // 0 %
      v('dan', d(9), 'calls', 10),
      v('dan', d(17), 'calls', 11), // +10 %
    ];
    const { standings } = runContest(input(rule, facts, { teams: true, period: { from: d(16), to: d(22) } }));
    expect(standings.map((s) => [s.id, s.score])).toEqual([
      ['Север', 20],
      ['Юг', 5],
    ]);
    expect(standings[0].trail[2]).toEqual({
      code: 'contest.trail.teamMemberUnranked',
      params: { name: 'Борис' },
    });
  });

  test('a team reaches the race target on the day its last member does', () => {
    const race = { kind: 'race', metric: 'deals', target: 5 } as const;
    const facts = [
      v('ann', d(3), 'deals', 5),
      v('bob', d(12), 'deals', 5), // Север: all there on the 12th
      v('cat', d(10), 'deals', 6),
      v('dan', d(11), 'deals', 5), // Юг: on the 11th, first
    ];
    const { standings } = runContest(input(race, facts, { teams: true }));
    expect(standings.map((s) => [s.id, s.score, s.day, s.place])).toEqual([
      ['Юг', 5, d(11), 1],
      ['Север', 5, d(12), 2],
    ]);
  });
});
