import vm from 'node:vm';
import { CAL_IS_WORKDAY, CAL_WORKDAYS, PLAN_BY_DAYS } from '../../src/functions';
import { col, errorCases, msk, useSpreadsheet } from './call';

useSpreadsheet('en');

const pad = (n: number) => String(n).padStart(2, '0');
const monthStarts = (year: number) => Array.from({ length: 12 }, (_, m) => `${year}-${pad(m + 1)}-01`);
const monthEnds = (year: number) =>
  Array.from({ length: 12 }, (_, m) => {
    const last = new Date(Date.UTC(year, m + 1, 0)).getUTCDate();
    return `${year}-${pad(m + 1)}-${pad(last)}`;
  });

describe('CAL_WORKDAYS', () => {
  test('RU 2026 by month, a column per month: the official production calendar', () => {
    const out = CAL_WORKDAYS(col(...monthStarts(2026)), col(...monthEnds(2026)));
    expect(out).toEqual(col(15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22));
    expect(CAL_WORKDAYS('2026-01-01', '2026-12-31', 'RU')).toBe(247);
  });

  test('RU 2025 by month across a row, with Date cells', () => {
    const out = CAL_WORKDAYS([monthStarts(2025).map(msk)], [monthEnds(2025).map(msk)], 'россия');
    expect(out).toEqual([[17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22]]);
  });

  test('one end date for a column of starts (broadcast); NONE = Monday–Friday; text dates in both styles', () => {
    expect(CAL_WORKDAYS(col('2026-01-01', '12.01.2026'), '31.01.2026', 'none')).toEqual(col(22, 15));
    expect(CAL_WORKDAYS('2026-01-01', '2026-01-31', 'NONE')).toBe(22);
  });

  test('dates made in another realm (as Apps Script passes them) are dates', () => {
    const foreign = vm.runInNewContext('new Date("2026-03-01T00:00:00+03:00")');
    expect(foreign instanceof Date).toBe(false);
    expect(CAL_WORKDAYS(foreign, '2026-03-31')).toBe(21);
  });

  test('overrides: extra days off and extra working days', () => {
    // March 2026 in RU has 21 working days; take 2 away (one a duplicate), add a Saturday.
    const off = col(msk('2026-03-02'), '2026-03-03', '2026-03-03', '');
    expect(CAL_WORKDAYS('2026-03-01', '2026-03-31', 'RU', off, '2026-03-14')).toBe(20);
  });

  test('KZ and BY 2026 are known; start after end gives 0; blanks give blanks', () => {
    expect(CAL_WORKDAYS('2026-01-01', '2026-12-31', 'KZ')).toEqual(expect.any(Number));
    expect(CAL_WORKDAYS('2026-01-01', '2026-12-31', 'BY')).toEqual(expect.any(Number));
    expect(CAL_WORKDAYS('2026-02-01', '2026-01-01')).toBe(0);
    expect(CAL_WORKDAYS(col('2026-01-01', ''), col('2026-01-31', '2026-02-28'))).toEqual(col(15, ''));
  });

  errorCases([
    [
      "a year before the country's first table is refused, not passed as Monday–Friday",
      () => CAL_WORKDAYS(col('2026-01-01', '2020-01-01'), col('2026-01-31', '2020-01-31')),
      /^CAL_WORKDAYS: аргумент «start»: в календаре RU нет 2020 года \(есть 2024–2200\); для простой пятидневки укажите страну «NONE» \(строка 2, столбец 1 диапазона\)$/,
      /^CAL_WORKDAYS: argument "start": the RU calendar has no data for 2020 \(it has 2024–2200\); give the country "NONE" for a plain Monday–Friday week \(row 2, column 1 of the range\)$/,
    ],
    [
      'an unknown country',
      () => CAL_WORKDAYS('2026-01-01', '2026-01-31', 'XX'),
      'CAL_WORKDAYS: аргумент «country»: неизвестная страна календаря «XX»: укажите «RU», «KZ», «BY» или «NONE» (только выходные сб и вс)',
      'CAL_WORKDAYS: argument "country": unknown calendar country "XX": use "RU", "KZ", "BY" or "NONE" (Saturday and Sunday off only)',
    ],
    [
      'a country given as a range',
      () => CAL_WORKDAYS('2026-01-01', '2026-01-31', [['RU', 'KZ']]),
      'CAL_WORKDAYS: аргумент «country»: ожидается одна ячейка, а не диапазон',
      'CAL_WORKDAYS: argument "country": expected a single cell, not a range',
    ],
    [
      'an end that is not a date',
      () => CAL_WORKDAYS(col('2026-01-01', '2026-02-01'), col('2026-01-31', '30.02.2026')),
      'CAL_WORKDAYS: аргумент «end»: «30.02.2026» не дата (ожидается дата, «2026-03-01» или «01.03.2026») (строка 2, столбец 1 диапазона)',
      'CAL_WORKDAYS: argument "end": "30.02.2026" is not a date (expected a date, "2026-03-01" or "01.03.2026") (row 2, column 1 of the range)',
    ],
    [
      'ends shaped unlike the starts',
      () => CAL_WORKDAYS(col('2026-01-01', '2026-02-01'), col('2026-01-31', '2026-02-28', '2026-03-31')),
      'CAL_WORKDAYS: аргумент «end»: размер 3×1 не совпадает с размером «start» 2×1 (или дайте одну ячейку)',
      'CAL_WORKDAYS: argument "end": its size 3×1 does not match "start", 2×1 (or give a single cell)',
    ],
    [
      'a bad extra day off',
      () => CAL_WORKDAYS('2026-01-01', '2026-01-31', 'RU', col('2026-01-05', 'holiday')),
      'CAL_WORKDAYS: аргумент «days_off»: «holiday» не дата (ожидается дата, «2026-03-01» или «01.03.2026») (строка 2, столбец 1 диапазона)',
      'CAL_WORKDAYS: argument "days_off": "holiday" is not a date (expected a date, "2026-03-01" or "01.03.2026") (row 2, column 1 of the range)',
    ],
    [
      'a day both off and working',
      () => CAL_WORKDAYS('2026-01-01', '2026-01-31', 'RU', '2026-01-10', '2026-01-10'),
      'CAL_WORKDAYS: аргумент «working_days»: дата 2026-01-10 указана и в дополнительных выходных, и в дополнительных рабочих днях',
      'CAL_WORKDAYS: argument "working_days": the date 2026-01-10 is listed both as an extra day off and as an extra working day',
    ],
    [
      'a date far outside the calendar years',
      () => CAL_WORKDAYS('1800-01-01', '2026-01-31'),
      /^CAL_WORKDAYS: аргумент «start»: .*1800/,
      /^CAL_WORKDAYS: argument "start": .*1800/,
    ],
  ]);
});

describe('CAL_IS_WORKDAY', () => {
  test('holidays, transferred days off, ordinary days; shaped like the dates', () => {
    // 1 Jan holiday; 12 Jan Monday; 9 Mar 2026 Monday is the day off for 8 March (a Sunday).
    expect(CAL_IS_WORKDAY([['2026-01-01', '2026-01-12', '2026-03-09', '']])).toEqual([
      [false, true, false, ''],
    ]);
    expect(CAL_IS_WORKDAY('2026-03-09', 'NONE')).toBe(true);
    expect(CAL_IS_WORKDAY(msk('2026-03-14'), 'RU', '', '2026-03-14')).toBe(true);
    expect(CAL_IS_WORKDAY(col('2026-03-10'), 'RU', '2026-03-10')).toEqual(col(false));
  });

  errorCases([
    [
      'an uncovered year',
      () => CAL_IS_WORKDAY(col('2026-01-12', '2020-01-13'), 'KZ'),
      /^CAL_IS_WORKDAY: аргумент «dates»: в календаре KZ нет 2020 года .*\(строка 2, столбец 1 диапазона\)$/,
      /^CAL_IS_WORKDAY: argument "dates": the KZ calendar has no data for 2020 .*\(row 2, column 1 of the range\)$/,
    ],
    [
      'not a date',
      () => CAL_IS_WORKDAY(true),
      'CAL_IS_WORKDAY: аргумент «dates»: «ИСТИНА» не дата (ожидается дата, «2026-03-01» или «01.03.2026»)',
      'CAL_IS_WORKDAY: argument "dates": "TRUE" is not a date (expected a date, "2026-03-01" or "01.03.2026")',
    ],
  ]);
});

describe('PLAN_BY_DAYS', () => {
  const january = [Array.from({ length: 31 }, (_, d) => `2026-01-${pad(d + 1)}`)];

  test('1 000 over RU January 2026: 15 working days, 0 on the others, summing exactly', () => {
    const out = PLAN_BY_DAYS(1000, january) as number[][];
    expect(out[0]).toHaveLength(31);
    expect(out[0].slice(0, 11)).toEqual(new Array(11).fill(0));
    expect(out[0].reduce((a, b) => a + b, 0)).toBe(1000);
    expect(out[0].filter((x) => x > 0)).toEqual([...new Array(10).fill(67), ...new Array(5).fill(66)]);
  });

  test('step, country, a column of dates with blanks, RU-style text plan', () => {
    const out = PLAN_BY_DAYS(
      '1 000,50',
      col('2026-03-06', '2026-03-07', '', '2026-03-09', '2026-03-10'),
      0.01,
    );
    expect(out).toEqual(col(500.25, 0, '', 0, 500.25));
    expect(PLAN_BY_DAYS(3000, col('2026-03-06', '2026-03-09'), 1000, 'NONE')).toEqual(col(2000, 1000));
  });

  test("the docs' example: days off as one column are single dates, two columns a from/to period", () => {
    // 2–6 March 2026 (Mon–Fri), 4 and 5 March off: 1 000 over 2, 3, 6 March = 334, 333, 333 (the first day
    // the unit left over).
    const week = col('2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06');
    const dates = col('2026-03-04', '2026-03-05');
    expect(PLAN_BY_DAYS(1000, week, 1, 'RU', dates)).toEqual(col(334, 333, 0, 0, 333));
    // The same two dates written across a row ({…\…}) are one period: 3 to 5 March off leaves 2 and 6.
    expect(PLAN_BY_DAYS(1000, week, 1, 'RU', [['2026-03-03', '2026-03-05']])).toEqual(col(500, 0, 0, 0, 500));
  });

  errorCases([
    [
      'no working day among the dates',
      () => PLAN_BY_DAYS(1000, [['2026-01-01', '2026-01-03']]),
      /^PLAN_BY_DAYS: аргумент «dates»: /,
      /^PLAN_BY_DAYS: argument "dates": /,
    ],
    [
      'a plan that is not a multiple of the step',
      () => PLAN_BY_DAYS(1000.5, [['2026-01-12']]),
      /^PLAN_BY_DAYS: аргумент «plan»: сумма 1\s000,5 не кратна шагу 1$/,
      /^PLAN_BY_DAYS: argument "plan": the total 1,000\.5 is not a multiple of the step 1$/,
    ],
    [
      'a zero step',
      () => PLAN_BY_DAYS(1000, [['2026-01-12']], 0),
      'PLAN_BY_DAYS: аргумент «step»: шаг округления 0 должен быть положительным числом',
      'PLAN_BY_DAYS: argument "step": the rounding step 0 must be a positive number',
    ],
    [
      'a bad date in the range',
      () => PLAN_BY_DAYS(1000, [['2026-01-12', 'x']]),
      'PLAN_BY_DAYS: аргумент «dates»: «x» не дата (ожидается дата, «2026-03-01» или «01.03.2026») (строка 1, столбец 2 диапазона)',
      'PLAN_BY_DAYS: argument "dates": "x" is not a date (expected a date, "2026-03-01" or "01.03.2026") (row 1, column 2 of the range)',
    ],
    [
      'an uncovered year',
      () => PLAN_BY_DAYS(1000, [['2020-01-13']], 1, 'BY'),
      /^PLAN_BY_DAYS: аргумент «dates»: в календаре BY нет 2020 года/,
      /^PLAN_BY_DAYS: argument "dates": the BY calendar has no data for 2020/,
    ],
    [
      'a plan missing',
      () => PLAN_BY_DAYS('', [['2026-01-12']]),
      'PLAN_BY_DAYS: аргумент «plan»: пустое значение',
      'PLAN_BY_DAYS: argument "plan": the value is blank',
    ],
  ]);
});
