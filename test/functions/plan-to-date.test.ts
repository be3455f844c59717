import fc from 'fast-check';
import { CAL_IS_WORKDAY, CAL_WORKDAYS, PLAN_BY_DAYS, PLAN_TO_DATE } from '../../src/functions';
import { col, errorCases, msk, useSpreadsheet } from './call';

useSpreadsheet('en');

// RU March 2026: 21 working days — 2–6, 10–13 (9 March is the day off for 8 March, a Sunday), 16–20, 23–27, 30–31.

describe('PLAN_TO_DATE', () => {
  test('2 100 000 over March: 100 000 a working day', () => {
    // Through 15 March: 2–6 and 10–13, 9 days → 900 000. Before the start 0; from the end on the plan.
    expect(PLAN_TO_DATE(2100000, '2026-03-01', '2026-03-31', '2026-03-15')).toBe(900000);
    expect(PLAN_TO_DATE(2100000, msk('2026-03-01'), msk('2026-03-31'), msk('2026-02-28'))).toBe(0);
    expect(PLAN_TO_DATE(2100000, '2026-03-01', '2026-03-31', '2026-04-15')).toBe(2100000);
  });

  test('exact to the unit: 1 000 over RU January 2026 (15 days, the first ten get 67)', () => {
    // Through 20 January: 12–16 and 19–20, 7 days × 67 = 469; through 27 January 10 × 67 + 2 × 66 = 802.
    expect(PLAN_TO_DATE(1000, '2026-01-01', '2026-01-31', col('2026-01-20', '2026-01-27'))).toEqual(
      col(469, 802),
    );
  });

  test('vectorized: a plan and a period per row, one as-of day for all', () => {
    // January is over by 15 March: all 31 000. March: 21 000 at 1 000 a day, 9 days → 9 000. Blank row: blank.
    const out = PLAN_TO_DATE(
      col(31000, 21000, ''),
      col('2026-01-01', '2026-03-01', '2026-03-01'),
      col('2026-01-31', '2026-03-31', '2026-03-31'),
      '2026-03-15',
    );
    expect(out).toEqual(col(31000, 9000, ''));
  });

  test("a person's absence as a from/to period: the plan moves to the days they work", () => {
    // Away 16–20 March: 16 own working days, 2 100 000 ÷ 16 = 131 250 each; through 20 March 9 days = 1 181 250.
    const away = [[msk('2026-03-16'), msk('2026-03-20')]];
    expect(PLAN_TO_DATE(2100000, '2026-03-01', '2026-03-31', '2026-03-20', 'RU', away)).toBe(1181250);
  });

  errorCases([
    [
      'an end before the start',
      () => PLAN_TO_DATE(1000, '2026-01-31', '2026-01-01', '2026-01-15'),
      'PLAN_TO_DATE: аргумент «end»: конец периода 2026-01-01 раньше его начала 2026-01-31',
      'PLAN_TO_DATE: argument "end": the end of the period 2026-01-01 is before its start 2026-01-31',
    ],
    [
      'a period with no working day',
      () =>
        PLAN_TO_DATE(
          col(1000, 1000),
          col('2026-03-01', '2026-01-01'),
          col('2026-03-31', '2026-01-08'),
          '2026-01-05',
        ),
      'PLAN_TO_DATE: аргумент «end»: с 2026-01-01 по 2026-01-08 нет ни одного рабочего дня: план некуда распределить (строка 2, столбец 1 диапазона)',
      'PLAN_TO_DATE: argument "end": there is no working day from 2026-01-01 to 2026-01-08: nowhere to spread the plan (row 2, column 1 of the range)',
    ],
    [
      'a year before the first table',
      () => PLAN_TO_DATE(1000, '2020-01-01', '2020-01-31', '2020-01-15'),
      /^PLAN_TO_DATE: аргумент «start»: в календаре RU нет 2020 года/,
      /^PLAN_TO_DATE: argument "start": the RU calendar has no data for 2020/,
    ],
  ]);
});

describe('PLAN_TO_DATE against PLAN_BY_DAYS', () => {
  const iso = (k: number) => new Date(Date.UTC(2026, 0, 1 + k)).toISOString().slice(0, 10);

  test('the plan to date is the sum of PLAN_BY_DAYS over the days up to as_of, with absences (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -3, max: 65 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 360 }), fc.integer({ min: 0, max: 10 })), {
          maxLength: 3,
        }),
        (from, length, at, plan, away) => {
          const days = Array.from({ length: length + 1 }, (_, i) => iso(from + i));
          const off = away.length > 0 ? away.map(([a, n]) => [iso(a), iso(a + n)]) : undefined;
          let spread: number[];
          try {
            spread = (PLAN_BY_DAYS(plan, [days], 1, 'RU', off) as number[][])[0];
          } catch {
            return; // no working day of the person in the period: PLAN_TO_DATE refuses it too
          }
          const want = spread.slice(0, Math.max(0, Math.min(at, length) + 1)).reduce((a, b) => a + b, 0);
          const got = PLAN_TO_DATE(plan, days[0], days[length], iso(from + at), 'RU', off);
          expect(got).toBe(want);
        },
      ),
    );
  });
});

describe('days_off as from/to periods', () => {
  test('CAL_WORKDAYS: a period, and a row with one end blank is that one day', () => {
    // March 21 − 5 (16–20) − 1 (2 March) = 15.
    const off = [
      [msk('2026-03-16'), msk('2026-03-20')],
      ['2026-03-02', ''],
      ['', ''],
    ];
    expect(CAL_WORKDAYS('2026-03-01', '2026-03-31', 'RU', off)).toBe(15);
    // A one-column range stays a list of dates: 16 and 20 March only → 19.
    expect(CAL_WORKDAYS('2026-03-01', '2026-03-31', 'RU', col('2026-03-16', '2026-03-20'))).toBe(19);
  });

  test('PLAN_BY_DAYS and CAL_IS_WORKDAY take periods too', () => {
    // 2–6 March, away 4–5: 1 000 over 2, 3 and 6 → 334, 333, 0, 0, 333.
    const days = col('2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06');
    expect(PLAN_BY_DAYS(1000, days, 1, 'RU', [['2026-03-04', '2026-03-05']])).toEqual(
      col(334, 333, 0, 0, 333),
    );
    expect(CAL_IS_WORKDAY(days, 'RU', [['2026-03-04', '2026-03-05']])).toEqual(
      col(true, true, false, false, true),
    );
  });

  errorCases([
    [
      'a period that ends before it starts',
      () =>
        CAL_WORKDAYS('2026-03-01', '2026-03-31', 'RU', [
          ['2026-03-02', '2026-03-02'],
          ['2026-03-20', '2026-03-16'],
        ]),
      'CAL_WORKDAYS: аргумент «days_off»: период отсутствия с 20.03.2026 по 16.03.2026: начало позже конца (строка 2, столбец 1 диапазона)',
      'CAL_WORKDAYS: argument "days_off": the absence from 20 Mar 2026 to 16 Mar 2026 starts after it ends (row 2, column 1 of the range)',
    ],
    [
      'periods longer than a century (151 × 365 + 37 leap days = 55 152)',
      () => CAL_WORKDAYS('2026-03-01', '2026-03-31', 'RU', [['1950-01-01', '2100-12-31']]),
      /^CAL_WORKDAYS: аргумент «days_off»: слишком много значений: 55\s152, допустимо не больше 36\s600$/,
      'CAL_WORKDAYS: argument "days_off": too many values: 55,152, at most 36,600 are allowed',
    ],
  ]);
});
