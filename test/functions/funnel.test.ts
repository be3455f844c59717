import {
  FUNNEL_BOTTLENECK,
  FUNNEL_CONVERSION,
  FUNNEL_REVERSE,
  LTV,
  SALES_VELOCITY,
} from '../../src/functions';
import { col, errorCases, useSpreadsheet } from './call';

useSpreadsheet('en');

describe('FUNNEL_REVERSE', () => {
  test('10 000 000 at a 200 000 check and 10 % lead → deal: 500 leads, 50 deals', () => {
    expect(FUNNEL_REVERSE(10_000_000, 200_000, 0.1)).toEqual(col(500, 50));
    expect(FUNNEL_REVERSE('10 000 000 ₽', '200 000', '10 %')).toEqual(col(500, 50));
  });

  test('several stages, oriented like the conversions, rounded up at every step', () => {
    expect(FUNNEL_REVERSE(10_000_000, 200_000, [[0.3, 0.5, 0.1]])).toEqual([[3334, 1000, 500, 50]]);
    expect(FUNNEL_REVERSE(10_000_000, 200_000, col('30%', '50%', '10%'))).toEqual(col(3334, 1000, 500, 50));
    // 1 050 000 / 200 000 = 5.25 deals → 6.
    expect(FUNNEL_REVERSE(1_050_000, 200_000, col(0.5))).toEqual(col(12, 6));
  });

  errorCases([
    [
      'a conversion above 100 %',
      () => FUNNEL_REVERSE(10_000_000, 200_000, [[0.3, 1.5, 0.1]]),
      /^FUNNEL_REVERSE: аргумент «conversions»: .*№2.*1\.5/,
      /^FUNNEL_REVERSE: argument "conversions": .*#2.*1\.5/,
    ],
    [
      'a blank conversion',
      () => FUNNEL_REVERSE(10_000_000, 200_000, col(0.3, '')),
      'FUNNEL_REVERSE: аргумент «conversions»: пустое значение (строка 2, столбец 1 диапазона)',
      'FUNNEL_REVERSE: argument "conversions": the value is blank (row 2, column 1 of the range)',
    ],
    [
      'conversions in a block',
      () =>
        FUNNEL_REVERSE(10_000_000, 200_000, [
          [0.1, 0.2],
          [0.3, 0.4],
        ]),
      'FUNNEL_REVERSE: аргумент «conversions»: ожидается одна строка или один столбец',
      'FUNNEL_REVERSE: argument "conversions": expected a single row or a single column',
    ],
    [
      'a zero average check',
      () => FUNNEL_REVERSE(10_000_000, 0, 0.1),
      /^FUNNEL_REVERSE: аргумент «avg_check»: /,
      /^FUNNEL_REVERSE: argument "avg_check": /,
    ],
    [
      'a negative revenue',
      () => FUNNEL_REVERSE(-1, 200_000, 0.1),
      /^FUNNEL_REVERSE: аргумент «revenue»: /,
      /^FUNNEL_REVERSE: argument "revenue": /,
    ],
  ]);
});

describe('FUNNEL_CONVERSION', () => {
  test('stages down the rows, a column per manager; blank for the first stage and after a 0', () => {
    const counts = [
      [1000, 500],
      [300, 0],
      [60, ''],
    ];
    expect(FUNNEL_CONVERSION(counts)).toEqual([
      ['', ''],
      [0.3, 0],
      [0.2, ''],
    ]);
  });

  test('a single row: stages across; text counts', () => {
    expect(FUNNEL_CONVERSION([['1 000', '250', '50']])).toEqual([['', 0.25, 0.2]]);
    expect(FUNNEL_CONVERSION(col(200, 50))).toEqual(col('', 0.25));
  });

  errorCases([
    [
      'a negative count, placed in the range',
      () =>
        FUNNEL_CONVERSION([
          [1000, 500],
          [300, -1],
        ]),
      'FUNNEL_CONVERSION: аргумент «counts»: этап №2: отрицательное количество (−1); должно быть ≥ 0 (строка 2, столбец 2 диапазона)',
      'FUNNEL_CONVERSION: argument "counts": stage #2: the count is negative (−1); it must be ≥ 0 (row 2, column 2 of the range)',
    ],
    [
      'text that is not a count',
      () => FUNNEL_CONVERSION([['1000', 'many']]),
      'FUNNEL_CONVERSION: аргумент «counts»: «many» не число (строка 1, столбец 2 диапазона)',
      'FUNNEL_CONVERSION: argument "counts": "many" is not a number (row 1, column 2 of the range)',
    ],
  ]);
});

describe('FUNNEL_BOTTLENECK', () => {
  // Conversions 20 %, 25 %, 20 % against benchmarks 30 %, 30 %, 25 %: lifting meetings adds
  // (300 − 200) × 25 % × 20 % = 5 deals, proposals (60 − 50) × 20 % = 2, deals 12.5 − 10 = 2.5.
  const counts = col(1000, 200, 50, 10);
  const bench = col(0.3, 0.3, 0.25);

  test('ranks by deals added, not by percentage points', () => {
    expect(FUNNEL_BOTTLENECK(counts, bench)).toEqual([[2, 5]]);
    expect(
      FUNNEL_BOTTLENECK(counts, col('', '30%', '30%', '25%'), col('Leads', 'Meetings', 'Offers', 'Deals')),
    ).toEqual([['Meetings', 5]]);
  });

  test('blanks when no stage is below its benchmark; a blank benchmark is no benchmark', () => {
    expect(FUNNEL_BOTTLENECK(counts, col(0.1, 0.1, 0.1))).toEqual([['', '']]);
    expect(FUNNEL_BOTTLENECK([[1000, 200, 50, 10]], [['', '', 0.25]])).toEqual([[4, 2.5]]);
  });

  errorCases([
    [
      'a benchmark of the wrong length',
      () => FUNNEL_BOTTLENECK(counts, col(0.3, 0.3)),
      /^FUNNEL_BOTTLENECK: аргумент «benchmark»: /,
      /^FUNNEL_BOTTLENECK: argument "benchmark": /,
    ],
    [
      'stage names of the wrong length',
      () => FUNNEL_BOTTLENECK(counts, bench, col('Leads', 'Deals')),
      'FUNNEL_BOTTLENECK: аргумент «stage_names»: 2 знач. не совпадает с «counts» (4 знач.)',
      'FUNNEL_BOTTLENECK: argument "stage_names": 2 values do not match "counts" (4 values)',
    ],
    [
      'a negative count',
      () => FUNNEL_BOTTLENECK(col(10, -1), 0.5),
      /^FUNNEL_BOTTLENECK: аргумент «counts»: этап №2/,
      /^FUNNEL_BOTTLENECK: argument "counts": stage #2/,
    ],
    [
      'stage names in a block',
      () =>
        FUNNEL_BOTTLENECK(col(10, 5), 0.5, [
          ['a', 'b'],
          ['c', 'd'],
        ]),
      'FUNNEL_BOTTLENECK: аргумент «stage_names»: ожидается одна строка или один столбец',
      'FUNNEL_BOTTLENECK: argument "stage_names": expected a single row or a single column',
    ],
  ]);
});

describe('SALES_VELOCITY', () => {
  test('opportunities × average deal × win rate ÷ cycle days, element by element', () => {
    expect(SALES_VELOCITY(100, 60_000, '25%', 30)).toBe(50_000);
    expect(SALES_VELOCITY(col(100, 40, ''), col('60 000', 50_000, 1), 0.25, col(30, 10, 1))).toEqual(
      col(50_000, 50_000, ''),
    );
  });

  errorCases([
    [
      'a win rate typed as 25 instead of 25 %',
      () => SALES_VELOCITY(100, 60_000, 25, 30),
      /^SALES_VELOCITY: аргумент «win_rate»: .*25.*0,25/,
      /^SALES_VELOCITY: argument "win_rate": .*25.*0\.25/,
    ],
    [
      'a zero sales cycle in a range',
      () => SALES_VELOCITY(100, 60_000, 0.25, col(30, 0)),
      /^SALES_VELOCITY: аргумент «cycle_days»: .*\(строка 2, столбец 1 диапазона\)$/,
      /^SALES_VELOCITY: argument "cycle_days": .*\(row 2, column 1 of the range\)$/,
    ],
    [
      'negative opportunities',
      () => SALES_VELOCITY(-1, 60_000, 0.25, 30),
      /^SALES_VELOCITY: аргумент «opportunities»: /,
      /^SALES_VELOCITY: argument "opportunities": /,
    ],
  ]);
});

describe('LTV', () => {
  test('check × purchases × years × margin (default 1); RU and EN number text', () => {
    expect(LTV(12_000, 4, 3, '30 %')).toBe(43_200);
    expect(LTV(col('12 000 ₽', '1 234,56'), 4, 3)).toEqual(col(144_000, 14_814.72));
    expect(LTV('1,234.56', 1, 1, 0.5)).toBe(617.28);
    expect(LTV(col(100, 200), 1, 1, col('', 0.5))).toEqual(col(100, 100));
  });

  errorCases([
    ['a negative check', () => LTV(-1, 4, 3), /^LTV: аргумент «avg_check»: /, /^LTV: argument "avg_check": /],
    [
      'a margin above 100 %',
      () => LTV(100, 4, 3, 30),
      /^LTV: аргумент «margin»: /,
      /^LTV: argument "margin": /,
    ],
    [
      'a text that is not a number',
      () => LTV(100, 'four', 3),
      'LTV: аргумент «purchases_per_year»: «four» не число',
      'LTV: argument "purchases_per_year": "four" is not a number',
    ],
    [
      'years shaped unlike the checks',
      () => LTV(col(1, 2), 4, [[1, 2]]),
      'LTV: аргумент «years»: размер 1×2 не совпадает с размером «avg_check» 2×1 (или дайте одну ячейку)',
      'LTV: argument "years": its size 1×2 does not match "avg_check", 2×1 (or give a single cell)',
    ],
  ]);
});
