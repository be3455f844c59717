import { runContest } from '../../../src/core/contests/contest';
import { prizePayouts } from '../../../src/core/contests/payout';
import { renderTrailLine } from '../../../src/i18n/trail';
import { d, input, v } from './helpers';

/** Formatted numbers group with no-break spaces; the expectations are typed with plain ones. */
const text = (line: Parameters<typeof renderTrailLine>[0], lang: 'ru' | 'en') =>
  renderTrailLine(line, lang).replace(/[\u00a0\u202f]/g, ' ');

const planPoints = { kind: 'planPoints', metric: 'deals', minimum: 90, rate: 300, rateAbove: 600 } as const;
const prizes = [{ kopecks: 1_000_000 }, { kopecks: 500_000 }, { text: 'выходной день' }];
const plans = ['ann', 'bob', 'cat', 'dan'].map((m) => v(m, d(2), 'deals', 100));

describe('money prizes of a finished contest reach the pay', () => {
  test('a person: 1st place 10 000 ₽, 2nd 5 000 ₽; the text prize is not pay', () => {
    const facts = [v('ann', d(3), 'deals', 117), v('bob', d(3), 'deals', 100), v('cat', d(3), 'deals', 95)];
    const contestInput = input(planPoints, facts, { prizes }, { plans });
    const { standings } = runContest(contestInput);
    const pay = prizePayouts(contestInput, standings);
    expect(pay.map((p) => [p.member, p.kopecks])).toEqual([
      ['ann', 1_000_000],
      ['bob', 500_000],
    ]);
    expect(text(pay[0].line, 'ru')).toBe('Конкурс «Ноябрьский спринт»: 1 место — 10 000,00');
    expect(text(pay[1].line, 'en')).toBe('Contest "Ноябрьский спринт": place 2 — 5,000.00');
  });

  test('a group: its prize split equally to the kopeck among its participants', () => {
    const facts = [v('ann', d(3), 'deals', 120), v('bob', d(3), 'deals', 110), v('cat', d(3), 'deals', 50)];
    const contestInput = input(
      planPoints,
      facts,
      { teams: true, prizes: [{ kopecks: 1_000_001 }] },
      { plans },
    );
    const pay = prizePayouts(contestInput, runContest(contestInput).standings);
    expect(pay.map((p) => [p.member, p.kopecks])).toEqual([
      ['ann', 500_001],
      ['bob', 500_000],
    ]);
    expect(text(pay[1].line, 'ru')).toBe(
      'Конкурс «Ноябрьский спринт»: 1 место группы «Север» — 10 000,01 поровну на группу (2 участника), доля 5 000,00',
    );
  });
});

describe('a prize is for a result', () => {
  test('no money or gift for a score of zero: four at 0 points share no 2nd place', () => {
    const calls = { kind: 'activity', weights: [{ metric: 'calls', points: 1 }] } as const;
    const contestInput = input(calls, [v('ann', d(3), 'calls', 40)], { prizes });
    const { standings } = runContest(contestInput);
    expect(standings.map((s) => [s.id, s.place, s.prizeKopecks, s.prizeText])).toEqual([
      ['ann', 1, 1_000_000, undefined],
      ['bob', 2, 0, undefined],
      ['cat', 2, 0, undefined],
      ['dan', 2, 0, undefined],
    ]);
    expect(prizePayouts(contestInput, standings).map((p) => p.member)).toEqual(['ann']);
  });
});
