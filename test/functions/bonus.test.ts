import fc from 'fast-check';
import { BONUS_CURVE, BONUS_DRAW, BONUS_TIERS, KPI_INDEX, POOL_SPLIT } from '../../src/functions';
import { col, errorCases, useSpreadsheet } from './call';

useSpreadsheet('en');

describe('BONUS_TIERS', () => {
  const from = col(0, 500, 750);
  const rates = col(0.03, 0.05, 0.075);

  test('marginal tiers 0 → 3 %, 500 → 5 %, 750 → 7.5 %: 300 → 9, 600 → 20, 800 → 31.25, 900 → 38.75', () => {
    expect(BONUS_TIERS(col(300, 600, 800, 900), from, rates)).toEqual(col(9, 20, 31.25, 38.75));
    expect(BONUS_TIERS([[300, 600, 800, 900]], [[0, 500, 750]], [['3%', '5 %', '7,5%']])).toEqual([
      [9, 20, 31.25, 38.75],
    ]);
  });

  test('50 % up to 100 000 and 60 % above, on 180 000: marginal 98 000, retro 108 000', () => {
    expect(BONUS_TIERS(180_000, [[0, 100_000]], [[0.5, 0.6]])).toBe(98_000);
    expect(BONUS_TIERS(180_000, [[0, 100_000]], [[0.5, 0.6]], 'marginal')).toBe(98_000);
    expect(BONUS_TIERS('180 000 ₽', [[0, '100 000']], [[0.5, 0.6]], 'RETRO')).toBe(108_000);
    expect(BONUS_TIERS(180_000, [[0, 100_000]], [[0.5, 0.6]], 'ретро')).toBe(108_000);
  });

  test('0 below the first threshold; blank amounts stay blank; a blank pair of the tier table is skipped', () => {
    // Marginal: 10 % on the part above 100 only.
    expect(BONUS_TIERS(col(50, '', 150), col(100, ''), col(0.1, ''))).toEqual(col(0, '', 5));
  });

  test('property: with marginal tiers the commission never falls when the amount rises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: 100_000 }), (a, d) => {
        const [[x], [y]] = BONUS_TIERS(
          col(a, a + d),
          col(0, 500_000, 750_000),
          col(0.03, 0.05, 0.075),
        ) as number[][];
        return y >= x;
      }),
    );
  });

  errorCases([
    [
      'thresholds that do not rise',
      () => BONUS_TIERS(1000, [[100, 0]], [[0.5, 0.6]]),
      'BONUS_TIERS: аргумент «thresholds»: ступень №2 начинается с 0, ниже ступени №1 (100): пороги должны возрастать',
      'BONUS_TIERS: argument "thresholds": tier #2 starts at 0, below tier #1 (100): thresholds must rise',
    ],
    [
      'two tiers at the same threshold',
      () => BONUS_TIERS(1000, [[0, 0]], [[0.5, 0.6]]),
      /^BONUS_TIERS: аргумент «thresholds»: ступени №1 и №2/,
      /^BONUS_TIERS: argument "thresholds": tiers #1 and #2/,
    ],
    [
      'a negative rate',
      () => BONUS_TIERS(1000, [[0, 100]], [[0.5, -0.6]]),
      'BONUS_TIERS: аргумент «rates»: ступень №2: ставка −0,6 отрицательная',
      'BONUS_TIERS: argument "rates": tier #2: the rate −0.6 is negative',
    ],
    [
      'more rates than thresholds',
      () => BONUS_TIERS(1000, col(0), col(0.1, 0.2)),
      'BONUS_TIERS: аргумент «rates»: 2 знач. не совпадает с «thresholds» (1 знач.)',
      'BONUS_TIERS: argument "rates": 2 values do not match "thresholds" (1 value)',
    ],
    [
      'a rate missing beside its threshold',
      () => BONUS_TIERS(1000, col(0, 500), col(0.1, '')),
      'BONUS_TIERS: аргумент «rates»: пустое значение (строка 2, столбец 1 диапазона)',
      'BONUS_TIERS: argument "rates": the value is blank (row 2, column 1 of the range)',
    ],
    [
      'no tiers at all',
      () => BONUS_TIERS(1000, col('', ''), col('', '')),
      'BONUS_TIERS: аргумент «thresholds»: нет ни одной ступени',
      'BONUS_TIERS: argument "thresholds": there are no tiers',
    ],
    [
      'an unknown mode',
      () => BONUS_TIERS(1000, 0, 0.1, 'flat'),
      'BONUS_TIERS: аргумент «mode»: «flat»: допустимо одно из: marginal, retro',
      'BONUS_TIERS: argument "mode": "flat": use one of: marginal, retro',
    ],
    [
      'an amount that is not a number',
      () => BONUS_TIERS(col(1, 'ten'), 0, 0.1),
      'BONUS_TIERS: аргумент «amount»: «ten» не число (строка 2, столбец 1 диапазона)',
      'BONUS_TIERS: argument "amount": "ten" is not a number (row 2, column 1 of the range)',
    ],
  ]);
});

describe('BONUS_CURVE', () => {
  const xs = [[0.8, 1, 1.3]];
  const ys = [[0.5, 1, 2]];

  test('linear: 0 below the first point, straight lines between, flat after the last', () => {
    expect(BONUS_CURVE(col(0.7, 0.8, 0.9, 1.15, 2), xs, ys)).toEqual(col(0, 0.5, 0.75, 1.5, 2));
    expect(BONUS_CURVE('115%', [['80%', '100%', '130%']], ys, 'Linear')).toBe(1.5);
  });

  test('step: the y of the highest point reached', () => {
    expect(BONUS_CURVE(col(0.7, 0.9, 1.15, 2, ''), xs, ys, 'step')).toEqual(col(0, 0.5, 1, 2, ''));
  });

  errorCases([
    [
      'two points at the same x',
      () => BONUS_CURVE(1, [[0.8, 1, 1]], ys),
      'BONUS_CURVE: аргумент «points_x»: у точек №2 и №3 одинаковый x = 1',
      'BONUS_CURVE: argument "points_x": points #2 and #3 have the same x = 1',
    ],
    [
      'a negative y',
      () => BONUS_CURVE(1, xs, [[0.5, -1, 2]]),
      /^BONUS_CURVE: аргумент «points_y»: точка №2/,
      /^BONUS_CURVE: argument "points_y": point #2/,
    ],
    [
      'lists of different lengths',
      () => BONUS_CURVE(1, [[0.8, 1]], ys),
      'BONUS_CURVE: аргумент «points_y»: 3 знач. не совпадает с «points_x» (2 знач.)',
      'BONUS_CURVE: argument "points_y": 3 values do not match "points_x" (2 values)',
    ],
    [
      'an unknown mode',
      () => BONUS_CURVE(1, xs, ys, 'smooth'),
      'BONUS_CURVE: аргумент «mode»: «smooth»: допустимо одно из: linear, step',
      'BONUS_CURVE: argument "mode": "smooth": use one of: linear, step',
    ],
  ]);
});

describe('KPI_INDEX', () => {
  const weights = col(0.5, 0.3, 0.2);
  const plans = col(100, 10, 5);
  const facts = col(120, 8, 4);

  test('Σ weight × score; "down" KPIs score plan ÷ fact', () => {
    // 0.5 × 1.2 + 0.3 × 0.8 + 0.2 × 5/4 = 1.09
    expect(KPI_INDEX(weights, plans, facts, '', '', col('up', 'up', 'down'))).toBe(1.09);
    expect(KPI_INDEX(col('50%', '30 %', '20%'), plans, facts)).toBe(1);
  });

  test('floor and cap as single cells or per KPI; Russian direction words; empty KPI rows skipped', () => {
    const w = col(0.5, 0.3, 0.2, '');
    const p = col(100, 10, 5, '');
    const f = col(120, 8, 4, '');
    // 0.8 is below the 0.9 floor → 0; 1.25 above the 1.2 cap → 1.2: 0.6 + 0 + 0.24.
    expect(KPI_INDEX(w, p, f, 0.9, 1.2, col('вверх', 'up', 'меньше', ''))).toBe(0.84);
    expect(KPI_INDEX(w, p, f, col(0, 0, 0, ''), col(1.1, 2, 2, ''))).toBe(0.95); // 0.55 + 0.24 + 0.16
  });

  errorCases([
    [
      'weights that do not sum to 100 %',
      () => KPI_INDEX(col(0.5, 0.3, 0.3), plans, facts),
      'KPI_INDEX: аргумент «weights»: веса KPI в сумме 110 %, а должны давать 100 %',
      'KPI_INDEX: argument "weights": the KPI weights sum to 110%, not 100%',
    ],
    [
      'a zero plan',
      () => KPI_INDEX(weights, col(100, 0, 5), facts),
      /^KPI_INDEX: аргумент «plans»: KPI №2/,
      /^KPI_INDEX: argument "plans": KPI #2/,
    ],
    [
      'a "down" KPI with no fact and no cap',
      () => KPI_INDEX(col(0.5, 0.5), col(100, 10), col(120, 0), '', '', 'down'),
      /^KPI_INDEX: аргумент «cap»: KPI №2/,
      /^KPI_INDEX: argument "cap": KPI #2/,
    ],
    [
      'a floor above the cap',
      () => KPI_INDEX(weights, plans, facts, 1.5, 1.2),
      /^KPI_INDEX: аргумент «floor»: KPI №1/,
      /^KPI_INDEX: argument "floor": KPI #1/,
    ],
    [
      'a blank fact in a KPI row',
      () => KPI_INDEX(weights, plans, col(120, '', 4)),
      'KPI_INDEX: аргумент «actuals»: пустое значение (строка 2, столбец 1 диапазона)',
      'KPI_INDEX: argument "actuals": the value is blank (row 2, column 1 of the range)',
    ],
    [
      'an unknown direction',
      () => KPI_INDEX(weights, plans, facts, '', '', col('up', 'sideways', 'up')),
      'KPI_INDEX: аргумент «direction»: «sideways»: допустимо одно из: up, down (строка 2, столбец 1 диапазона)',
      'KPI_INDEX: argument "direction": "sideways": use one of: up, down (row 2, column 1 of the range)',
    ],
    [
      'plans shaped unlike the weights',
      () => KPI_INDEX(weights, col(1, 2), facts),
      'KPI_INDEX: аргумент «plans»: размер 2×1 не совпадает с размером «weights» 3×1 (или дайте одну ячейку)',
      'KPI_INDEX: argument "plans": its size 2×1 does not match "weights", 3×1 (or give a single cell)',
    ],
    [
      'no KPI at all',
      () => KPI_INDEX(col('', ''), col('', ''), col('', '')),
      'KPI_INDEX: аргумент «weights»: нет ни одного KPI',
      'KPI_INDEX: argument "weights": there are no KPIs',
    ],
  ]);
});

describe('POOL_SPLIT', () => {
  test('among those at or above plan, by fact, to the kopeck, summing exactly', () => {
    expect(POOL_SPLIT(100_000, col(100, 100, 100), col(150, 100, 90))).toEqual(col(60_000, 40_000, 0));
    expect(POOL_SPLIT(100, 100, col(150, 150, 150))).toEqual(col(33.34, 33.33, 33.33));
  });

  test('a row with neither plan nor fact stays blank; a blank fact counts 0; nobody qualifies → all 0', () => {
    expect(POOL_SPLIT('1 000', col(100, '', 50), col(120, '', ''))).toEqual(col(1000, '', 0));
    expect(POOL_SPLIT(1000, col(100, 100), col(50, 60))).toEqual(col(0, 0));
  });

  test('property: the pool is always paid out exactly when someone qualifies', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
        (kopecks, facts) => {
          const pool = kopecks / 100;
          const out = (POOL_SPLIT(pool, 1, col(...facts)) as number[][]).flat();
          return Math.round(out.reduce((a, b) => a + b, 0) * 100) === kopecks;
        },
      ),
    );
  });

  errorCases([
    [
      'a negative pool',
      () => POOL_SPLIT(-1, 100, col(150)),
      'POOL_SPLIT: аргумент «pool»: фонд −1 отрицательный',
      'POOL_SPLIT: argument "pool": the pool −1 is negative',
    ],
    [
      'a plan missing beside a fact',
      () => POOL_SPLIT(100, col(100, ''), col(150, 200)),
      'POOL_SPLIT: аргумент «plans»: пустое значение (строка 2, столбец 1 диапазона)',
      'POOL_SPLIT: argument "plans": the value is blank (row 2, column 1 of the range)',
    ],
    [
      'a pool given as a range',
      () => POOL_SPLIT(col(1, 2), 100, col(150, 200)),
      'POOL_SPLIT: аргумент «pool»: ожидается одна ячейка, а не диапазон',
      'POOL_SPLIT: argument "pool": expected a single cell, not a range',
    ],
  ]);
});

describe('BONUS_DRAW', () => {
  test('recoverable (default): a shortfall is carried and recovered from later commission above the draw', () => {
    expect(BONUS_DRAW(col(10_000, 50_000, 40_000, ''), 30_000)).toEqual(col(30_000, 30_000, 40_000, ''));
    expect(BONUS_DRAW(col(10_000, 50_000, 40_000), 30_000, 'ИСТИНА')).toEqual(col(30_000, 30_000, 40_000));
  });

  test('non-recoverable: max(draw, commission); periods across a row', () => {
    expect(BONUS_DRAW([[10_000, 50_000, 40_000]], 30_000, false)).toEqual([[30_000, 50_000, 40_000]]);
  });

  test('a column per manager, each carried on its own; a blank period is skipped', () => {
    const out = BONUS_DRAW(
      [
        [10_000, 40_000],
        ['', 20_000],
        [45_000, 45_000],
      ],
      30_000,
    );
    expect(out).toEqual([
      [30_000, 40_000],
      ['', 30_000],
      [30_000, 35_000],
    ]);
  });

  errorCases([
    [
      'a negative draw',
      () => BONUS_DRAW(col(1, 2), -3),
      'BONUS_DRAW: аргумент «draw»: гарантированная выплата −3 отрицательная',
      'BONUS_DRAW: argument "draw": the draw −3 is negative',
    ],
    [
      'recoverable that is not TRUE/FALSE',
      () => BONUS_DRAW(col(1, 2), 3, 'maybe'),
      'BONUS_DRAW: аргумент «recoverable»: «maybe» не ИСТИНА/ЛОЖЬ',
      'BONUS_DRAW: argument "recoverable": "maybe" is not TRUE/FALSE',
    ],
    [
      'a commission that is not a number',
      () => BONUS_DRAW(col(1, 'bonus'), 3),
      'BONUS_DRAW: аргумент «commissions»: «bonus» не число (строка 2, столбец 1 диапазона)',
      'BONUS_DRAW: argument "commissions": "bonus" is not a number (row 2, column 1 of the range)',
    ],
  ]);
});
