import { LTV_RETENTION, RECEIPTS } from '../../src/functions';
import { col, errorCases, useSpreadsheet } from './call';

useSpreadsheet('en');

describe('RECEIPTS', () => {
  test('a column of revenue by month with 50 / 30 / 20 % terms (hand numbers)', () => {
    // Jan 100 000: 50 000 Jan, 30 000 Feb, 20 000 Mar. Feb 200 000: 100 000 Feb, 60 000 Mar, 40 000 Apr.
    // Mar blank (0). Apr 400 000: 200 000 Apr; its 120 000 and 80 000 fall after April and are left out.
    const out = RECEIPTS(col(100000, 200000, '', 400000), col(0.5, 0.3, 0.2));
    expect(out).toEqual(col(50000, 130000, 80000, 240000));
  });

  test('a row of revenue gives a row; shares as text percents; the rest of 100 % is never paid', () => {
    // 90 % paid: 10 % in the month, 80 % a month later. 1 000 → 100 then 800; 2 000 → 200 then (dropped).
    expect(RECEIPTS([[1000, 2000]], [['10%', '80%']])).toEqual([[100, 1000]]);
  });

  test('an advance: first_lag −1 pays the first share a period ahead', () => {
    // 30 % advance, 70 % in the month. Jan 1 000 → Jan 700 (its advance was due before the list);
    // Feb 2 000 → Jan 600, Feb 1 400; Mar 1 000 → Feb 300, Mar 700.
    expect(RECEIPTS(col(1000, 2000, 1000), col(0.3, 0.7), -1)).toEqual(col(1300, 1700, 700));
  });

  test('kopecks by default: each revenue split exactly; step 1 for whole roubles', () => {
    // 100.01 in three equal thirds: 10 001 kopecks → 33.34 + 33.34 + 33.33 across the three months.
    expect(RECEIPTS(col(100.01, 0, 0), col(1 / 3, 1 / 3, 1 / 3))).toEqual(col(33.34, 33.34, 33.33));
    // Whole roubles: 100 → 34 + 33 + 33.
    expect(RECEIPTS(col(100, 0, 0), col(1 / 3, 1 / 3, 1 / 3), 0, 1)).toEqual(col(34, 33, 33));
  });

  errorCases([
    [
      'shares summing past 100 %',
      () => RECEIPTS(col(1, 2), col(0.6, 0.5)),
      'RECEIPTS: аргумент «shares»: доли оплаты в сумме дают 110 %: больше 100 % оплатить нельзя (остаток до 100 % — неоплата)',
      'RECEIPTS: argument "shares": the payment shares sum to 110%: no more than 100% can be paid (what is short of 100% is never paid)',
    ],
    [
      'a negative share, with its cell',
      () => RECEIPTS(col(1, 2), col(0.6, -0.1)),
      'RECEIPTS: аргумент «shares»: доля №2 отрицательна (−0,1): доли оплаты должны быть ≥ 0 (строка 2, столбец 1 диапазона)',
      'RECEIPTS: argument "shares": share #2 is negative (−0.1): payment shares must be ≥ 0 (row 2, column 1 of the range)',
    ],
    [
      'a fractional lag',
      () => RECEIPTS(col(1, 2), col(1), 0.5),
      'RECEIPTS: аргумент «first_lag»: сдвиг 0,5 должен быть целым числом периодов',
      'RECEIPTS: argument "first_lag": the lag 0.5 must be a whole number of periods',
    ],
    [
      'a block of revenue',
      () =>
        RECEIPTS(
          [
            [1, 2],
            [3, 4],
          ],
          col(1),
        ),
      'RECEIPTS: аргумент «revenue»: ожидается одна строка или один столбец',
      'RECEIPTS: argument "revenue": expected a single row or a single column',
    ],
  ]);
});

test('RECEIPTS: a revenue × shares past the largest number is an overflow naming revenue', () => {
  // 1.79e308 × 100.00000005 % (within the shares' noise allowance) = Infinity inside the rounding.
  expect(() => RECEIPTS(1.7976931348623157e308, 1.0000000005)).toThrow(/"revenue".*too large/);
});

describe('LTV_RETENTION', () => {
  test('finite and infinite sums (hand numbers)', () => {
    // Per month 2 000 × 1.5 × 40 % = 1 200; retention 75 %: 1 200 + 900 + 675 = 2 775 over 3 months;
    // forever 1 200 ÷ (1 − 0.75) = 4 800.
    expect(LTV_RETENTION(2000, 1.5, 0.4, 0.75, 3)).toBe(2775);
    expect(LTV_RETENTION(2000, 1.5, '40%', '75%')).toBe(4800);
    // Full retention with a 2 % discount rate: 1 200 × 1.02 ÷ 0.02 = 61 200.
    expect(LTV_RETENTION(2000, 1.5, 0.4, 1, '', 0.02)).toBe(61200);
  });

  test('retention = 1 + discount: 12 periods are 12 × 100, forever an error (not 2.28e18)', () => {
    // q = 95 % ÷ (1 − 5 %) = 1: each of 12 periods is worth 100 × 1 × 100 % = 100.
    expect(LTV_RETENTION(100, 1, 1, '95%', 12, '-5%')).toBe(1200);
    expect(() => LTV_RETENTION(100, 1, 1, '95%', '', '-5%')).toThrow(/discount/);
  });

  test('vectorized: a column of retentions, a blank row stays blank', () => {
    // 1 000 a period: retention 0 → 1 000; 50 % → 2 000; 90 % → 10 000.
    expect(LTV_RETENTION(1000, 1, 1, col(0, 0.5, '', 0.9))).toEqual(col(1000, 2000, '', 10000));
    // periods per row: 1, 2, forever at 50 %: 1 000, 1 500, 2 000.
    expect(LTV_RETENTION(1000, 1, 1, 0.5, col(1, 2, ''))).toEqual(col(1000, 1500, 2000));
  });

  errorCases([
    [
      'retention above 100 %',
      () => LTV_RETENTION(1000, 1, 0.3, 85),
      'LTV_RETENTION: аргумент «retention»: удержание 85 вне диапазона от 0 до 1 (от 0 % до 100 %)',
      'LTV_RETENTION: argument "retention": the retention 85 is outside 0 to 1 (0% to 100%)',
    ],
    [
      'full retention forever does not converge',
      () => LTV_RETENTION(1000, 1, 0.3, col(0.5, 1)),
      'LTV_RETENTION: аргумент «retention»: при удержании 1 и ставке 0 бесконечная сумма не сходится (удержание ÷ (1 + ставка) ≥ 1): укажите число периодов (строка 2, столбец 1 диапазона)',
      'LTV_RETENTION: argument "retention": with retention 1 and discount rate 0 the infinite sum does not converge (retention ÷ (1 + rate) ≥ 1): give the number of periods (row 2, column 1 of the range)',
    ],
    [
      'a fractional number of periods',
      () => LTV_RETENTION(1000, 1, 0.3, 0.5, 2.5),
      'LTV_RETENTION: аргумент «periods»: число периодов 2,5 должно быть целым и ≥ 0',
      'LTV_RETENTION: argument "periods": the number of periods 2.5 must be a whole number ≥ 0',
    ],
    [
      'a margin typed as 30 instead of 30 %',
      () => LTV_RETENTION(1000, 1, 30, 0.5),
      'LTV_RETENTION: аргумент «margin»: маржа 30 вне диапазона от 0 до 1 (от 0 % до 100 %)',
      'LTV_RETENTION: argument "margin": the margin 30 is outside 0 to 1 (0% to 100%)',
    ],
  ]);
});
