import { contestScores } from '../../../src/core/contests/score';
import { renderTrail } from '../../../src/i18n/trail';
import { d, input, v } from './helpers';

const plain = (lines: string[]) => lines.map((s) => s.split('\u00a0').join(' '));

describe('contest trails read in both languages', () => {
  const rule = { kind: 'planPoints', metric: 'receipts', minimum: 90, rate: 300, rateAbove: 600 } as const;
  const plans = Array.from({ length: 10 }, (_, i) => v('ann', d(2 + i), 'receipts', 100_000));

  test('the 117 % case', () => {
    const [ann] = contestScores(input(rule, [v('ann', d(5), 'receipts', 1_170_000)], {}, { plans }));
    expect(plain(renderTrail(ann.trail, 'ru'))).toEqual([
      'receipts: 1 170 000 из плана 1 000 000 = 117 %: 100 × 300 + 17 × 600 = 40 200 баллов',
    ]);
    expect(plain(renderTrail(ann.trail, 'en'))).toEqual([
      'receipts: 1,170,000 of the plan 1,000,000 = 117 %: 100 × 300 + 17 × 600 = 40,200 points',
    ]);
  });

  test('improvement and no baseline, with plurals', () => {
    const weeks = { kind: 'improvement', metric: 'deals', baseline: { unit: 'week', count: 2 } } as const;
    const facts = [v('ann', d(3), 'deals', 24), v('ann', d(18), 'deals', 15), v('bob', d(18), 'deals', 4)];
    const [ann, bob] = contestScores(input(weeks, facts, { period: { from: d(16), to: d(22) } }));
    expect(plain(renderTrail([...ann.trail, ...bob.trail], 'ru'))).toEqual([
      'deals: 15 против 12 по среднему за предыдущие 2 нед.: 25 %',
      'deals: 4; за предыдущие 2 нед. результатов нет — без места',
    ]);
    expect(plain(renderTrail(bob.trail, 'en'))).toEqual([
      'deals: 4; no results in the weeks before (counted: 2): not ranked',
    ]);
  });
});
