import { FORECAST_ACCURACY, PACE_REQUIRED, RUN_RATE } from '../../src/functions';
import { col, errorCases, useSpreadsheet } from './call';

useSpreadsheet('ru');

describe('RUN_RATE', () => {
  test('fact ÷ elapsed × total; blank when no day has elapsed; never NaN or Infinity', () => {
    expect(RUN_RATE(1000, 10, 20)).toBe(2000);
    expect(RUN_RATE(col(1000, 500, '', '1 500,5'), col(10, 0, 3, 20), 20)).toEqual(col(2000, '', '', 1500.5));
  });

  test('a row across; each argument a single cell or the same shape', () => {
    expect(RUN_RATE([[100, 200]], [[1, 2]], [[10, 10]])).toEqual([[1000, 1000]]);
    expect(RUN_RATE(100, [[1, 2, 4]], 8)).toEqual([[800, 400, 200]]);
  });

  errorCases([
    [
      'more days elapsed than the period has',
      () => RUN_RATE(1000, 21, 20),
      'RUN_RATE: аргумент «elapsed_workdays»: прошедших рабочих дней (21) больше, чем рабочих дней в периоде (20)',
      'RUN_RATE: argument "elapsed_workdays": the elapsed working days (21) exceed the working days of the period (20)',
    ],
    [
      'a negative number of days, placed in the range',
      () => RUN_RATE(col(1000, 1), col(1, -1), 20),
      /^RUN_RATE: аргумент «elapsed_workdays»: .*−1.*\(строка 2, столбец 1 диапазона\)$/,
      /^RUN_RATE: argument "elapsed_workdays": .*−1.*\(row 2, column 1 of the range\)$/,
    ],
    [
      'shapes that do not match',
      () => RUN_RATE(col(1, 2), col(1, 2, 3), 20),
      'RUN_RATE: аргумент «elapsed_workdays»: размер 3×1 не совпадает с размером «actual» 2×1 (или дайте одну ячейку)',
      'RUN_RATE: argument "elapsed_workdays": its size 3×1 does not match "actual", 2×1 (or give a single cell)',
    ],
  ]);
});

describe('PACE_REQUIRED', () => {
  test('what is left ÷ days left; 0 when met; blank when no day is left', () => {
    expect(PACE_REQUIRED(1000, col(400, 1200, 500), col(6, 0, 0))).toEqual(col(100, 0, ''));
    expect(PACE_REQUIRED('1 000', '25%', 3)).toBe(333.25);
  });

  errorCases([
    [
      'a negative plan',
      () => PACE_REQUIRED(-5, 1, 1),
      /^PACE_REQUIRED: аргумент «plan»: /,
      /^PACE_REQUIRED: argument "plan": /,
    ],
    [
      'negative days left',
      () => PACE_REQUIRED(5, 1, -1),
      /^PACE_REQUIRED: аргумент «remaining_workdays»: /,
      /^PACE_REQUIRED: argument "remaining_workdays": /,
    ],
    [
      'a fact that is not a number',
      () => PACE_REQUIRED(5, col('x', 1), 1),
      'PACE_REQUIRED: аргумент «actual»: «x» не число (строка 1, столбец 1 диапазона)',
      'PACE_REQUIRED: argument "actual": "x" is not a number (row 1, column 1 of the range)',
    ],
  ]);
});

describe('FORECAST_ACCURACY', () => {
  test('max(0, 1 − |actual − forecast| ÷ actual)', () => {
    expect(FORECAST_ACCURACY(col(100, 100, 200, ''), col(90, 250, 230, 5))).toEqual(col(0.9, 0, 0.85, ''));
    expect(FORECAST_ACCURACY(0, 0)).toBe(1);
  });

  errorCases([
    [
      'an actual that is not a number',
      () => FORECAST_ACCURACY('n/a', 1),
      'FORECAST_ACCURACY: аргумент «actual»: «n/a» не число',
      'FORECAST_ACCURACY: argument "actual": "n/a" is not a number',
    ],
  ]);
});
