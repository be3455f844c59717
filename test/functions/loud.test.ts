import {
  BONUS_CURVE,
  BONUS_DRAW,
  BONUS_TIERS,
  LTV,
  PLAN_BY_DAYS,
  PLAN_RAMP,
  PLAN_SPLIT,
  SALES_VELOCITY,
} from '../../src/functions';
import { MAX_CURVE_POINTS, MAX_TIERS, MAX_WORK } from '../../src/functions/bonus-functions';
import { MAX_RAMP_SHARES } from '../../src/functions/plan-functions';
import { col, errorCases, errorIn, msk, useSpreadsheet } from './call';

/**
 * Custom functions fail loudly (issue 11): never a result that breaks the function's own promise, never
 * Infinity or a silent blank, every error naming its argument, values echoed as the person wrote them,
 * and lists too long for Sheets' 30 seconds refused at once.
 */
useSpreadsheet('en');

const many = (n: number, value: (i: number) => number) => Array.from({ length: n }, (_, i) => [value(i)]);

/** Runs `call` and returns how long it took to fail, in ms. */
function failsWithin(call: () => unknown): { ms: number; message: string } {
  const started = Date.now();
  const message = errorIn('en', call);
  return { ms: Date.now() - started, message };
}

describe('a step the total cannot be made of is an error naming the step, not parts of 0', () => {
  errorCases([
    [
      'PLAN_SPLIT(1000, {1;1}, 1e12)',
      () => PLAN_SPLIT(1000, col(1, 1), 1e12),
      'PLAN_SPLIT: аргумент «step»: шаг 1\u00a0000\u00a0000\u00a0000\u00a0000 больше суммы 1\u00a0000: части, кратные шагу, не дадут в сумме 1\u00a0000',
      'PLAN_SPLIT: argument "step": the step 1,000,000,000,000 is larger than the total 1,000: parts in whole steps cannot add up to 1,000',
    ],
    [
      'PLAN_BY_DAYS(1000, two working days, 1e12)',
      () => PLAN_BY_DAYS(1000, col(msk('2026-03-02'), msk('2026-03-03')), 1e12),
      /^PLAN_BY_DAYS: аргумент «step»: шаг 1\u00a0000\u00a0000\u00a0000\u00a0000 больше суммы 1\u00a0000/,
      /^PLAN_BY_DAYS: argument "step": the step 1,000,000,000,000 is larger than the total 1,000/,
    ],
    [
      'a total one step and a bit: not snapped to one step',
      () => PLAN_SPLIT(1e12 + 100, col(1, 1), 1e12),
      'PLAN_SPLIT: аргумент «total»: сумма 1\u00a0000\u00a0000\u00a0000\u00a0100 не кратна шагу 1\u00a0000\u00a0000\u00a0000\u00a0000',
      'PLAN_SPLIT: argument "total": the total 1,000,000,000,100 is not a multiple of the step 1,000,000,000,000',
    ],
  ]);

  test('noise of float arithmetic is still absorbed: 0.3 in steps of 0.1', () => {
    expect(PLAN_SPLIT(0.3, col(1, 1, 1), 0.1)).toEqual(col(0.1, 0.1, 0.1));
  });
});

describe('every PLAN_SPLIT error names its argument', () => {
  errorCases([
    [
      'a negative weight, with its cell',
      () =>
        PLAN_SPLIT(1000, [
          [1, 2],
          [-3, 4],
        ]),
      'PLAN_SPLIT: аргумент «weights»: вес №3 отрицательный (−3); веса должны быть ≥ 0 (строка 2, столбец 1 диапазона)',
      'PLAN_SPLIT: argument "weights": weight #3 is negative (−3); weights must be ≥ 0 (row 2, column 1 of the range)',
    ],
    [
      'all weights zero',
      () => PLAN_SPLIT(1000, col(0, 0)),
      'PLAN_SPLIT: аргумент «weights»: все веса равны нулю: распределить сумму не по чему',
      'PLAN_SPLIT: argument "weights": all weights are zero: there is nothing to split the total by',
    ],
    [
      'not a multiple',
      () => PLAN_SPLIT(1000.5, col(1, 1)),
      'PLAN_SPLIT: аргумент «total»: сумма 1\u00a0000,5 не кратна шагу 1',
      'PLAN_SPLIT: argument "total": the total 1,000.5 is not a multiple of the step 1',
    ],
    [
      'a step of 0',
      () => PLAN_SPLIT(1000, col(1, 1), 0),
      /^PLAN_SPLIT: аргумент «step»: шаг округления 0/,
      /^PLAN_SPLIT: argument "step": the rounding step 0/,
    ],
    [
      'too many steps to count',
      () => PLAN_SPLIT(1e20, col(1, 1)),
      'PLAN_SPLIT: аргумент «total»: сумма 1E+20 слишком велика для шага 1: столько шагов нельзя посчитать точно',
      'PLAN_SPLIT: argument "total": the total 1E+20 is too large for the step 1: that many steps cannot be counted exactly',
    ],
  ]);
});

describe('an overflow is an error naming the argument, never Infinity or a blank', () => {
  errorCases([
    [
      'BONUS_DRAW({1e308;1e308}, 1e308)',
      () => BONUS_DRAW(col(1e308, 1e308), 1e308),
      'BONUS_DRAW: аргумент «commissions»: при значении 1E+308 результат слишком велик для числа таблицы (больше 1,8E+308)',
      'BONUS_DRAW: argument "commissions": with the value 1E+308 the result is too large for a spreadsheet number (beyond 1.8E+308)',
    ],
    [
      'BONUS_DRAW with a huge draw',
      () => BONUS_DRAW(col(1, 2), 1e308),
      /^BONUS_DRAW: аргумент «draw»: при значении 1E\+308/,
      /^BONUS_DRAW: argument "draw": with the value 1E\+308/,
    ],
    [
      'LTV(1e200, 1e200, 1, 1)',
      () => LTV(1e200, 1e200, 1, 1),
      'LTV: аргумент «avg_check»: при значении 1E+200 результат слишком велик для числа таблицы (больше 1,8E+308)',
      'LTV: argument "avg_check": with the value 1E+200 the result is too large for a spreadsheet number (beyond 1.8E+308)',
    ],
    [
      'a rate of 1e308 on BONUS_TIERS',
      () => BONUS_TIERS(300, col(0), col(1e308)),
      /^BONUS_TIERS: аргумент «rates»: при значении 1E\+308/,
      /^BONUS_TIERS: argument "rates": with the value 1E\+308/,
    ],
    [
      'SALES_VELOCITY over a tiny cycle',
      () => SALES_VELOCITY(10, 1000, 1, 1e-307),
      /^SALES_VELOCITY: аргумент «cycle_days»: при значении 1E-307/,
      /^SALES_VELOCITY: argument "cycle_days": with the value 1E-307/,
    ],
  ]);
});

describe('message parameters are inserted literally', () => {
  errorCases([
    [
      'a mode that is an Object.prototype name',
      () => BONUS_TIERS(1000, col(0), col(0.1), 'toString'),
      'BONUS_TIERS: аргумент «mode»: «toString»: допустимо одно из: marginal, retro',
      'BONUS_TIERS: argument "mode": "toString": use one of: marginal, retro',
    ],
    [
      'a mode that is a message code',
      () => BONUS_TIERS(1000, col(0), col(0.1), 'app.name'),
      'BONUS_TIERS: аргумент «mode»: «app.name»: допустимо одно из: marginal, retro',
      'BONUS_TIERS: argument "mode": "app.name": use one of: marginal, retro',
    ],
  ]);
});

describe('values in messages as the person writes them', () => {
  errorCases([
    [
      'a date where a number is expected',
      () => LTV(msk('2026-03-02'), 1, 1),
      'LTV: аргумент «avg_check»: «02.03.2026» не число',
      'LTV: argument "avg_check": "2 Mar 2026" is not a number',
    ],
    [
      'a number from 1.8e302 up',
      () => PLAN_SPLIT(1.8e302, col(1), 0.3),
      'PLAN_SPLIT: аргумент «total»: сумма 1,8E+302 слишком велика для шага 0,3: столько шагов нельзя посчитать точно',
      'PLAN_SPLIT: argument "total": the total 1.8E+302 is too large for the step 0.3: that many steps cannot be counted exactly',
    ],
    [
      'a tiny negative weight is not "(0)"',
      () => PLAN_SPLIT(1000, col(1, -1e-9)),
      /^PLAN_SPLIT: аргумент «weights»: вес №2 отрицательный \(−1E-9\)/,
      /^PLAN_SPLIT: argument "weights": weight #2 is negative \(−1E-9\)/,
    ],
    [
      'TRUE where a number is expected',
      () => LTV(true, 1, 1),
      'LTV: аргумент «avg_check»: «ИСТИНА» не число',
      'LTV: argument "avg_check": "TRUE" is not a number',
    ],
  ]);

  test('a 50 000-character cell is echoed cut to 60 characters and refused fast', () => {
    for (const cell of [`${'1'.repeat(49_999)}x`, `${'x'.repeat(50_000)}`, `${' '.repeat(49_999)}%`]) {
      const { ms, message } = failsWithin(() => LTV(cell, 1, 1));
      expect(ms).toBeLessThan(50);
      expect(message.length).toBeLessThan(120);
      if (cell.trim().length > 60) expect(message).toContain(`${cell.trim().slice(0, 60)}…`);
    }
  });
});

describe('lists too long for one formula are refused at once', () => {
  test('the limits', () => {
    expect([MAX_TIERS, MAX_CURVE_POINTS, MAX_RAMP_SHARES, MAX_WORK]).toEqual([100, 1000, 120, 1_000_000]);
  });

  test('BONUS_TIERS with 10 000 amounts × 10 000 tiers', () => {
    const { ms, message } = failsWithin(() =>
      BONUS_TIERS(
        many(10_000, (i) => i),
        many(10_000, (i) => i),
        many(10_000, () => 0.01),
      ),
    );
    expect(message).toBe(
      'BONUS_TIERS: argument "thresholds": too many values: 10,000, at most 100 are allowed',
    );
    expect(ms).toBeLessThan(1000);
  });

  test('BONUS_TIERS: 100 000 amounts × 100 tiers is too much work; 100 tiers on one amount is fine', () => {
    const { message } = failsWithin(() =>
      BONUS_TIERS(
        many(100_000, (i) => i),
        many(100, (i) => i * 10),
        many(100, () => 0.01),
      ),
    );
    expect(message).toBe(
      'BONUS_TIERS: argument "amount": 100,000 cells × 100 values is too much for one formula (at most 1,000,000); split the range into parts',
    );
    expect(
      BONUS_TIERS(
        1000,
        many(100, (i) => i * 10),
        many(100, () => 0.01),
      ),
    ).toBe(10);
  });

  test('BONUS_CURVE with 10 000 attainments × 10 000 points', () => {
    const { ms, message } = failsWithin(() =>
      BONUS_CURVE(
        many(10_000, (i) => i / 1000),
        many(10_000, (i) => i / 100),
        many(10_000, () => 1),
      ),
    );
    expect(message).toBe(
      'BONUS_CURVE: argument "points_x": too many values: 10,000, at most 1,000 are allowed',
    );
    expect(ms).toBeLessThan(1000);
  });

  test('PLAN_RAMP with a 10 000-share ramp, in Russian', () => {
    const ramp = [new Array(10_000).fill(0.5)];
    const { ms } = failsWithin(() => PLAN_RAMP(50_000, msk('2026-01-15'), [[msk('2026-02-01')]], ramp));
    expect(ms).toBeLessThan(1000);
    expect(errorIn('ru', () => PLAN_RAMP(50_000, msk('2026-01-15'), [[msk('2026-02-01')]], ramp))).toBe(
      'PLAN_RAMP: аргумент «ramp»: слишком много значений: 10\u00a0000, допустимо не больше 120',
    );
  });
});
