import { contestProblems } from '../../../src/core/contests/validate';
import { d, input, team } from './helpers';

const fields = (x: ReturnType<typeof input>) => contestProblems(x).map((p) => [p.code, p.field]);

describe('contest settings: every problem with its field path', () => {
  test('a good contest has none', () => {
    const rule = { kind: 'race', metric: 'deals', target: 10 } as const;
    expect(
      contestProblems(input(rule, [], { prizes: [{ kopecks: 100 }, { text: 'кубок' }], showTop: 3 })),
    ).toEqual([]);
  });

  test('dates reversed, a participant not on the team, unknown metrics, overlapping and negative weights: all listed', () => {
    const rule = {
      kind: 'activity',
      weights: [
        { metric: 'calls', points: 1 },
        { metric: 'visits', points: 5 },
        { metric: 'calls', points: -2 },
      ],
      multipliers: [
        { factor: 2, weekday: 5 },
        { factor: -1, metric: 'deals', weekday: 8 },
        { factor: 3, weekday: 5 },
      ],
    } as const;
    const more = {
      period: { from: d(30), to: d(1) },
      participants: ['ann', 'zoe', 'bob', 'yan'],
      prizes: [{ kopecks: 10.5 }, { text: ' ' }],
      showTop: 0,
    };
    expect(fields(input(rule, [], more))).toEqual([
      ['contest.periodReversed', 'period.to'],
      ['contest.unknownParticipant', 'participants[1]'],
      ['contest.unknownParticipant', 'participants[3]'],
      ['contest.unknownMetric', 'rule.weights[1].metric'],
      ['contest.negative', 'rule.weights[2].points'],
      ['contest.weightOverlap', 'rule.weights[2].metric'],
      ['contest.negative', 'rule.multipliers[1].factor'],
      ['contest.badWeekday', 'rule.multipliers[1].weekday'],
      ['contest.multiplierOverlap', 'rule.multipliers[2]'],
      ['contest.badPrize', 'prizes[0]'],
      ['contest.badPrize', 'prizes[1]'],
      ['contest.badShowTop', 'showTop'],
    ]);
    const overlap = contestProblems(input(rule, [])).find((p) => p.code === 'contest.weightOverlap');
    expect(overlap?.params).toEqual({ metric: 'calls', index: 1 });
  });

  test('a minimum above 100 % with a zero rate above 100 %; a negative rate; an unknown metric', () => {
    const rule = { kind: 'planPoints', metric: 'leads', minimum: 110, rate: -300, rateAbove: 0 } as const;
    expect(fields(input(rule, []))).toEqual([
      ['contest.unknownMetric', 'rule.metric'],
      ['contest.negative', 'rule.rate'],
      ['contest.minimumUnreachable', 'rule.minimum'],
    ]);
    const fine = { ...rule, metric: 'receipts', rate: 300, rateAbove: 600 };
    expect(contestProblems(input(fine, []))).toEqual([]);
  });

  test('race target, baseline count, an empty participant list, no weights, not numbers, not days', () => {
    expect(fields(input({ kind: 'race', metric: 'deals', target: 0 }, [], { participants: [] }))).toEqual([
      ['contest.noParticipants', 'participants'],
      ['contest.notPositive', 'rule.target'],
    ]);
    const improvement = {
      kind: 'improvement',
      metric: 'deals',
      baseline: { unit: 'week', count: 1.5 },
    } as const;
    expect(fields(input(improvement, [], { period: { from: Number.NaN, to: d(3) } }))).toEqual([
      ['contest.notADay', 'period.from'],
      ['contest.badBaseline', 'rule.baseline.count'],
    ]);
    expect(fields(input({ kind: 'activity', weights: [] }, []))).toEqual([
      ['contest.noWeights', 'rule.weights'],
    ]);
    const nan = {
      kind: 'planPoints',
      metric: 'receipts',
      minimum: Number.NaN,
      rate: 1,
      rateAbove: 1,
    } as const;
    expect(fields(input(nan, []))).toEqual([['contest.notANumber', 'rule.minimum']]);
    const odd = { kind: 'lottery' } as unknown as Parameters<typeof input>[0];
    expect(fields(input(odd, []))).toEqual([['contest.unknownRule', 'rule.kind']]);
  });

  test('a team contest with no participant in a team', () => {
    const rule = { kind: 'race', metric: 'deals', target: 10 } as const;
    const noTeams = team.map(({ id, name }) => ({ id, name }));
    expect(fields(input(rule, [], { teams: true }, { team: noTeams }))).toEqual([
      ['contest.noTeams', 'teams'],
    ]);
    expect(fields(input(rule, [], { teams: true, participants: ['ann'] }))).toEqual([]);
  });
});
