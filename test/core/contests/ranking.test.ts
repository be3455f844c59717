import fc from 'fast-check';
import { awardPrizes } from '../../../src/core/contests/prizes';
import { compareScores, rankScores } from '../../../src/core/contests/rank';
import type { Prize, Score } from '../../../src/core/contests/types';

const s = (id: string, score: number | null, day?: number): Score => ({
  id,
  name: id,
  score,
  ...(day !== undefined ? { day } : {}),
  trail: [],
});
const places = (scores: Score[]) => rankScores(scores).map((p) => [p.id, p.place, p.gap]);

describe('competition ranking', () => {
  test('two tied first: 1, 1, 3', () => {
    expect(places([s('a', 50), s('b', 70), s('c', 70)])).toEqual([
      ['b', 1, null],
      ['c', 1, null],
      ['a', 3, 20],
    ]);
  });

  test('a three-way tie: 1, 2, 2, 2, 5; the gap is to the nearest place above', () => {
    expect(places([s('a', 10), s('b', 8), s('c', 8), s('d', 8), s('e', 7.5)])).toEqual([
      ['a', 1, null],
      ['b', 2, 2],
      ['c', 2, 2],
      ['d', 2, 2],
      ['e', 5, 0.5],
    ]);
  });

  test('race ties by day: the earlier day wins; no day ranks after a day', () => {
    expect(places([s('a', 10, 20), s('b', 10, 15), s('c', 10), s('d', 10, 15)])).toEqual([
      ['b', 1, null],
      ['d', 1, null],
      ['a', 3, 0],
      ['c', 4, 0],
    ]);
  });

  test('the unranked follow without a place', () => {
    expect(places([s('a', null), s('b', 0)])).toEqual([
      ['b', 1, null],
      ['a', null, null],
    ]);
  });

  const scoresArb = fc.array(
    fc.record({
      score: fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }),
      day: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    }),
    { maxLength: 12 },
  );
  const toScores = (xs: { score: number | null; day?: number }[]) =>
    xs.map((x, i) => s(`p${i}`, x.score, x.day));

  test('property: places are a valid competition ranking (1 + how many rank strictly above)', () => {
    fc.assert(
      fc.property(scoresArb, (xs) => {
        const ranked = rankScores(toScores(xs));
        for (const p of ranked) {
          const better = ranked.filter((q) => q.score !== null && compareScores(q, p) < 0).length;
          expect(p.place).toBe(p.score === null ? null : 1 + better);
        }
        expect(ranked.map((p) => p.id).sort()).toEqual(
          toScores(xs)
            .map((p) => p.id)
            .sort(),
        );
      }),
    );
  });

  test('property: prizes sum to the prize money of the places held by a result above zero, ties equal to a kopeck', () => {
    const prizeArb = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 10_000_000 }).map((k): Prize => ({ kopecks: k })),
        fc.constant<Prize>({ text: 'кубок' }),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(scoresArb, prizeArb, (xs, prizes) => {
        const ranked = rankScores(toScores(xs));
        const awarded = awardPrizes(ranked, prizes);
        // scores above zero hold the first places: theirs is the money given out
        const places = ranked.filter((p) => p.place !== null && (p.score ?? 0) > 0).length;
        const pool = prizes.slice(0, places).reduce((a, p) => a + ('kopecks' in p ? p.kopecks : 0), 0);
        expect(awarded.reduce((a, w) => a + w.prizeKopecks, 0)).toBe(pool);
        ranked.forEach((p, i) => {
          const tied = ranked.flatMap((q, j) =>
            q.place !== null && q.place === p.place ? [awarded[j].prizeKopecks] : [],
          );
          if (tied.length > 0) expect(Math.max(...tied) - Math.min(...tied)).toBeLessThanOrEqual(1);
          expect(Number.isInteger(awarded[i].prizeKopecks)).toBe(true);
        });
      }),
    );
  });
});

describe('prizes by place, shared by ties', () => {
  const prizes: Prize[] = [
    { kopecks: 1_000_000 },
    { kopecks: 500_000 },
    { kopecks: 100_001 },
    { text: 'выходной' },
  ];

  test('two tied for 1st split 1st + 2nd: 7 500 ₽ each; the 3rd gets the 3rd prize', () => {
    const ranked = rankScores([s('a', 9), s('b', 9), s('c', 5), s('d', 4)]);
    expect(awardPrizes(ranked, prizes)).toEqual([
      { prizeKopecks: 750_000 },
      { prizeKopecks: 750_000 },
      { prizeKopecks: 100_001 },
      { prizeKopecks: 0, prizeText: 'выходной' },
    ]);
  });

  test('a three-way tie for 1st splits 16 000,01 ₽ by the largest remainder: it sums exactly', () => {
    const awarded = awardPrizes(rankScores([s('a', 9), s('b', 9), s('c', 9), s('d', 1)]), prizes);
    expect(awarded.map((w) => w.prizeKopecks)).toEqual([533_334, 533_334, 533_333, 0]);
    expect(awarded[3].prizeText).toBe('выходной');
    expect(awarded.slice(0, 3).reduce((a, w) => a + w.prizeKopecks, 0)).toBe(1_600_001);
  });

  test('tied at a text prize: each gets the text of their shared place', () => {
    const text: Prize[] = [{ text: 'кубок' }, { kopecks: 300_000 }];
    expect(awardPrizes(rankScores([s('a', 1), s('b', 1)]), text)).toEqual([
      { prizeKopecks: 150_000, prizeText: 'кубок' },
      { prizeKopecks: 150_000, prizeText: 'кубок' },
    ]);
  });

  test('nobody ranked, nobody awarded', () => {
    expect(awardPrizes(rankScores([s('a', null)]), prizes)).toEqual([{ prizeKopecks: 0 }]);
  });
});
