import { PLAN_RAMP, PLAN_SPLIT, SEASONALITY } from '../../src/functions';
import { col, errorCases, msk, useSpreadsheet } from './call';

useSpreadsheet('en');

describe('PLAN_SPLIT', () => {
  test('splits exactly, shaped like the weights', () => {
    expect(PLAN_SPLIT(1000, col(1, 1, 1))).toEqual(col(334, 333, 333));
    expect(PLAN_SPLIT(120_000_000, [new Array(12).fill(1)])).toEqual([new Array(12).fill(10_000_000)]);
    expect(PLAN_SPLIT('1 000,5', [[1, 1]], 0.01)).toEqual([[500.25, 500.25]]);
  });
});

describe('SEASONALITY', () => {
  const year = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120];

  test('a row per year → a row of 12 indices averaging 1', () => {
    const out = SEASONALITY([year, year.map((v) => v * 3)]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(12);
    // Each month's mean ÷ the overall monthly mean (130): 20/130, 40/130, …
    expect(out[0][0]).toBeCloseTo(20 / 130, 12);
    expect(out[0][11]).toBeCloseTo(240 / 130, 12);
    expect(out[0].reduce((a, b) => a + b, 0)).toBeCloseTo(12, 12);
  });

  test('a column per year → a column of 12 indices', () => {
    const out = SEASONALITY(year.map((v) => [v, v]));
    expect(out).toHaveLength(12);
    expect(out[0]).toEqual([cleanOf(10 / 65)]);
    expect(out[6]).toEqual([cleanOf(70 / 65)]);
  });

  test('median instead of mean; blanks are months with no data; text numbers', () => {
    const rows = [year, year.map((v) => v * 2), year.map((v) => v * 10)];
    rows[2][0] = '' as unknown as number;
    const mean = SEASONALITY(rows)[0];
    const median = SEASONALITY(rows, 'Median')[0];
    // Medians: 2 × each month (15 for January, which has two values), overall mean 1555 / 12.
    expect(median[1]).toBeCloseTo(40 / (1555 / 12), 12);
    expect(median[0]).toBeCloseTo(15 / (1555 / 12), 12);
    expect(median[0]).not.toBeCloseTo(mean[0], 6);
    expect(SEASONALITY([year.map((v) => `${v} 000,0`)], 'среднее')[0][0]).toBeCloseTo(10 / 65, 12);
  });

  errorCases([
    [
      'not 12 months',
      () => SEASONALITY([[1, 2, 3]]),
      'SEASONALITY: аргумент «history»: диапазон 1×3: нужны 12 столбцов (строка на год) или 12 строк (столбец на год)',
      'SEASONALITY: argument "history": the range is 1×3: it needs 12 columns (a row per year) or 12 rows (a column per year)',
    ],
    [
      'text that is not a number',
      () => SEASONALITY([[...year.slice(0, 11), 'n/a']]),
      'SEASONALITY: аргумент «history»: «n/a» не число (строка 1, столбец 12 диапазона)',
      'SEASONALITY: argument "history": "n/a" is not a number (row 1, column 12 of the range)',
    ],
    [
      'an unknown method',
      () => SEASONALITY([year], 'mode'),
      'SEASONALITY: аргумент «method»: «mode»: допустимо одно из: mean, median',
      'SEASONALITY: argument "method": "mode": use one of: mean, median',
    ],
    [
      'a month with no data at all',
      () => SEASONALITY([['', ...year.slice(1)]]),
      /^SEASONALITY: аргумент «history»: .*1/,
      /^SEASONALITY: argument "history": .*1/,
    ],
    [
      'a negative month',
      () => SEASONALITY([[-5, ...year.slice(1)]]),
      /^SEASONALITY: аргумент «history»: .*-5/,
      /^SEASONALITY: argument "history": .*-5/,
    ],
    [
      'all zero',
      () => SEASONALITY([new Array(12).fill(0)]),
      /^SEASONALITY: аргумент «history»: .*нул/,
      /^SEASONALITY: argument "history": .*zero/,
    ],
  ]);
});

function cleanOf(x: number): number {
  return Number(x.toPrecision(15));
}

describe('PLAN_RAMP', () => {
  const months = [['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01']];

  test('50 000 full plan, default ramp 25/50/75/100 %: 0 before the start', () => {
    expect(PLAN_RAMP(50_000, '2026-01-01', months)).toEqual([[0, 12_500, 25_000, 37_500, 50_000, 50_000]]);
  });

  test('a column of Date cells, a custom ramp as percents text, a blank start = fully ramped', () => {
    const starts = col(msk('2026-01-01'), msk('2026-02-01'), msk('2026-03-01'));
    expect(PLAN_RAMP(100_000, msk('2026-01-01'), starts, [['30%', '60 %', '']])).toEqual(
      col(30_000, 60_000, 100_000),
    );
    expect(PLAN_RAMP(100_000, '', starts)).toEqual(col(100_000, 100_000, 100_000));
  });

  test('plans and start dates element by element (one row per manager)', () => {
    const out = PLAN_RAMP(
      col(40_000, '60 000'),
      col('2026-01-15', '01.02.2026'),
      col('2026-03-01', '2026-03-01'),
    );
    // March is the 3rd calendar month from January (75 %) and the 2nd from February (50 %).
    expect(out).toEqual(col(30_000, 30_000));
  });

  test('counts calendar months: the month of the start is step 1 whatever the day', () => {
    const fromNov = [['2026-10-01', '2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']];
    // hired on Monday 2 November: November 25 %, December 50 %, January 75 %
    expect(PLAN_RAMP(50_000, '2026-11-02', fromNov)).toEqual([[0, 12_500, 25_000, 37_500, 50_000]]);
    // hired on 30 November: the same steps (the days not worked are the decomposition's business)
    expect(PLAN_RAMP(50_000, '30.11.2026', fromNov)).toEqual([[0, 12_500, 25_000, 37_500, 50_000]]);
    // a period start before the start day but in the same month is that month
    expect(PLAN_RAMP(50_000, '2026-01-15', '2026-01-01')).toBe(12_500);
    expect(PLAN_RAMP(50_000, '2026-01-15', '2026-02-01')).toBe(25_000);
  });

  test('single cells give a single value; blanks give blanks', () => {
    expect(PLAN_RAMP(50_000, '2026-01-01', '2026-02-01')).toBe(25_000);
    expect(PLAN_RAMP(50_000, '2026-01-01', col('2026-02-01', ''))).toEqual(col(25_000, ''));
  });

  errorCases([
    [
      'a ramp share above 100 %',
      () => PLAN_RAMP(50_000, '2026-01-01', months, [[0.5, 1.5]]),
      /^PLAN_RAMP: аргумент «ramp»: .*№2.*1\.5/,
      /^PLAN_RAMP: argument "ramp": .*#2.*1\.5/,
    ],
    [
      'a period start that is not a date',
      () => PLAN_RAMP(50_000, '2026-01-01', [['2026-01-01', 'March']]),
      'PLAN_RAMP: аргумент «period_starts»: «March» не дата (ожидается дата, «2026-03-01» или «01.03.2026») (строка 1, столбец 2 диапазона)',
      'PLAN_RAMP: argument "period_starts": "March" is not a date (expected a date, "2026-03-01" or "01.03.2026") (row 1, column 2 of the range)',
    ],
    [
      'start dates shaped unlike the periods',
      () => PLAN_RAMP(50_000, col('2026-01-01', '2026-01-01'), months),
      'PLAN_RAMP: аргумент «period_starts»: размер 1×6 не совпадает с размером «start_date» 2×1 (или дайте одну ячейку)',
      'PLAN_RAMP: argument "period_starts": its size 1×6 does not match "start_date", 2×1 (or give a single cell)',
    ],
    [
      'a plan that is not a number',
      () => PLAN_RAMP('lots', '2026-01-01', '2026-02-01'),
      'PLAN_RAMP: аргумент «full_plan»: «lots» не число',
      'PLAN_RAMP: argument "full_plan": "lots" is not a number',
    ],
  ]);
});
