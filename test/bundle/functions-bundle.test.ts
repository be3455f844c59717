import type vm from 'node:vm';
import { stubGlobals } from '../helpers/gas-stubs';
import { evalIn, loadBundle, readBundle } from '../helpers/load-bundle';

/**
 * Every custom function called through the built dist/Code.js, in a fresh node:vm context as Apps Script
 * runs it, with arguments made inside that context the way Sheets passes them: 2-D arrays, Date objects of
 * that realm (midnight in the spreadsheet's zone, Europe/Moscow in the stub), numbers as text, booleans.
 */
const code = readBundle();
const contexts: Record<'ru' | 'en', vm.Context> = {
  ru: loadBundle(code, stubGlobals('ru_RU').globals),
  en: loadBundle(code, stubGlobals('en_US').globals),
};

/** Calls a formula in the context and brings its result back as plain JSON. */
function call(expression: string, lang: 'ru' | 'en' = 'en'): unknown {
  const out = evalIn(contexts[lang], expression);
  return JSON.parse(JSON.stringify(out));
}

const d = (iso: string) => `new Date("${iso}T00:00:00+03:00")`;
const column = (...xs: (string | number)[]) => `[${xs.map((x) => `[${x}]`).join(',')}]`;
const months = (year: number) =>
  Array.from({ length: 12 }, (_, m) => d(`${year}-${String(m + 1).padStart(2, '0')}-01`));
const ends2026 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((n, m) =>
  d(`2026-${String(m + 1).padStart(2, '0')}-${n}`),
);

const results: [string, string, unknown][] = [
  ['PLAN_SPLIT', 'PLAN_SPLIT(1000, [[1],[1],[1]])', [[334], [333], [333]]],
  [
    'SEASONALITY',
    'SEASONALITY([[10,20,30,40,50,60,70,80,90,100,110,120],[10,20,30,40,50,60,70,80,90,100,110,120]], "median")[0][11]',
    1.84615384615385,
  ],
  [
    'PLAN_RAMP',
    `PLAN_RAMP(50000, ${d('2026-01-01')}, [[${months(2026).slice(0, 5).join(',')}]])`,
    [[12500, 25000, 37500, 50000, 50000]],
  ],
  [
    'CAL_WORKDAYS',
    `CAL_WORKDAYS(${column(...months(2026))}, ${column(...ends2026)}, "RU")`,
    [[15], [19], [21], [22], [19], [21], [23], [21], [22], [22], [20], [22]],
  ],
  [
    'CAL_IS_WORKDAY',
    `CAL_IS_WORKDAY([[${d('2026-01-01')}, ${d('2026-01-12')}, ${d('2026-03-09')}, ""]])`,
    [[false, true, false, '']],
  ],
  // 9 January 2026 is still part of the RU New Year holidays, the 10th a Saturday.
  [
    'PLAN_BY_DAYS',
    `PLAN_BY_DAYS(1000, ${column(d('2026-01-09'), d('2026-01-10'), d('2026-01-12'), d('2026-01-13'))})`,
    [[0], [0], [500], [500]],
  ],
  ['FUNNEL_REVERSE', 'FUNNEL_REVERSE(10000000, 200000, [[0.1]])', [[500], [50]]],
  [
    'FUNNEL_CONVERSION',
    'FUNNEL_CONVERSION([[1000, 500], [300, 0], [60, ""]])',
    [
      ['', ''],
      [0.3, 0],
      [0.2, ''],
    ],
  ],
  [
    'FUNNEL_BOTTLENECK',
    'FUNNEL_BOTTLENECK([[1000],[200],[50],[10]], [[0.3],[0.3],[0.25]], [["Leads"],["Meetings"],["Offers"],["Deals"]])',
    [['Meetings', 5]],
  ],
  ['RUN_RATE', 'RUN_RATE([[1000],[500]], [[10],[0]], 20)', [[2000], ['']]],
  ['PACE_REQUIRED', 'PACE_REQUIRED(1000, [[400],[1200],[500]], [[6],[0],[0]])', [[100], [0], ['']]],
  ['FORECAST_ACCURACY', 'FORECAST_ACCURACY([[100],[100]], [[90],[250]])', [[0.9], [0]]],
  [
    'BONUS_TIERS',
    'BONUS_TIERS([[300],[600],[800],[900]], [[0],[500],[750]], [[0.03],[0.05],[0.075]])',
    [[9], [20], [31.25], [38.75]],
  ],
  [
    'BONUS_CURVE',
    'BONUS_CURVE([[0.7],[0.9],[1.15]], [[0.8, 1, 1.3]], [[0.5, 1, 2]], "linear")',
    [[0], [0.75], [1.5]],
  ],
  [
    'KPI_INDEX',
    'KPI_INDEX([[0.5],[0.3],[0.2]], [[100],[10],[5]], [[120],[8],[4]], "", "", [["up"],["up"],["down"]])',
    1.09,
  ],
  ['POOL_SPLIT', 'POOL_SPLIT(100, 100, [[150],[150],[150]])', [[33.34], [33.33], [33.33]]],
  ['BONUS_DRAW', 'BONUS_DRAW([[10000],[50000],[40000]], 30000, true)', [[30000], [30000], [40000]]],
  ['SALES_VELOCITY', 'SALES_VELOCITY(100, 60000, 0.25, 30)', 50000],
  ['LTV', 'LTV(12000, 4, 3, 0.3)', 43200],
  // RU March 2026: 21 working days (9 March off). Away 16–20 March: 16 own days, 2 100 000 ÷ 16 = 131 250 a day;
  // through 15 March 9 own days = 1 181 250; through 31 March the whole plan.
  [
    'PLAN_TO_DATE',
    `PLAN_TO_DATE(2100000, ${d('2026-03-01')}, ${d('2026-03-31')}, ${column(d('2026-03-15'), d('2026-03-31'))}, "RU", [[${d('2026-03-16')}, ${d('2026-03-20')}]])`,
    [[1181250], [2100000]],
  ],
  // 50 / 30 / 20 %: Jan 100 000 → 50 000 Jan, 30 000 Feb, 20 000 Mar; Feb 200 000 → 100 000 Feb, 60 000 Mar,
  // 40 000 Apr; Apr 400 000 → 200 000 Apr (the rest after April is left out).
  [
    'RECEIPTS',
    'RECEIPTS([[100000],[200000],[""],[400000]], [[0.5],[0.3],[0.2]])',
    [[50000], [130000], [80000], [240000]],
  ],
  // 2 000 × 1.5 × 40 % = 1 200 a period: retention 75 % over 3 periods 1 200 + 900 + 675 = 2 775; 100 % over 12
  // periods 14 400; 75 % forever 1 200 ÷ 0.25 = 4 800.
  [
    'LTV_RETENTION',
    'LTV_RETENTION(2000, 1.5, 0.4, [[0.75],[1],[0.75]], [[3],[12],[""]])',
    [[2775], [14400], [4800]],
  ],
];

describe('every custom function works through the bundle', () => {
  test("RU 2028, after the last official table, is counted by the law's fixed rules, not refused", () => {
    // Weekdays by month (2028 starts on a Saturday, a leap year) less the holidays on weekdays: Jan 21 − 5 (3–7 Jan;
    // the New Year days on weekends move only by decree) = 16; Feb 21 − 1 (23rd) = 20; Mar 23 − 1 (8th) = 22; Apr 20;
    // May 23 − 2 (1st, 9th) = 21; Jun 22 − 1 (12th) = 21; Jul 21; Aug 23; Sep 21; Oct 22; Nov 22 − 1 (4 Nov, a
    // Saturday, moves to Monday the 6th) = 21; Dec 21: 249 in all.
    const starts = column(...months(2028));
    const ends = column(
      ...[31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31].map((n, m) =>
        d(`2028-${String(m + 1).padStart(2, '0')}-${n}`),
      ),
    );
    expect(call(`CAL_WORKDAYS(${starts}, ${ends}, "RU")`)).toEqual(
      [16, 20, 22, 20, 21, 21, 21, 23, 21, 22, 21, 21].map((n) => [n]),
    );
    // 1 000 000 over 249 days: 4 016 each and the first 16 days 4 017; January to June hold 120 days:
    // 120 × 4 016 + 16 = 481 936.
    expect(call(`PLAN_TO_DATE(1000000, ${d('2028-01-01')}, ${d('2028-12-31')}, ${d('2028-06-30')})`)).toBe(
      481936,
    );
  });

  test('the list covers every custom function of the catalog', () => {
    const names = results.map(([n]) => n).sort();
    expect(names).toHaveLength(22);
    for (const n of names) expect(typeof contexts.en[n]).toBe('function');
  });

  test.each(results)('%s', (_name, expression, expected) => {
    expect(call(expression, 'en')).toEqual(expected);
    expect(call(expression, 'ru')).toEqual(expected);
  });

  test('text numbers in Russian and English style and text percents', () => {
    expect(call('BONUS_TIERS("180 000 ₽", [[0, "100 000"]], [["50 %", "60%"]], "retro")', 'ru')).toBe(108000);
    expect(call('LTV("1,234.56", 1, 1)', 'en')).toBe(1234.56);
    expect(call('LTV("1 234,56", 1, 1)', 'ru')).toBe(1234.56);
    expect(call('CAL_WORKDAYS("01.01.2026", "2026-01-31")', 'ru')).toBe(15);
    // 30 % advance, 70 % in the month: 1 000, 2 000, 1 000 → 700 + 600, 1 400 + 300, 700.
    expect(call('RECEIPTS([[1000],[2000],[1000]], [["30 %"],["70 %"]], -1)', 'ru')).toEqual([
      [1300],
      [1700],
      [700],
    ]);
    expect(call('LTV_RETENTION("2 000", "1,5", "40 %", "75 %")', 'ru')).toBe(4800);
  });
});

const errors: [string, string, string, string][] = [
  [
    'PLAN_SPLIT',
    'PLAN_SPLIT("abc", [[1]])',
    'PLAN_SPLIT: аргумент «total»: «abc» не число',
    'PLAN_SPLIT: argument "total": "abc" is not a number',
  ],
  [
    'SEASONALITY',
    'SEASONALITY([[1,2,3]])',
    'SEASONALITY: аргумент «history»: диапазон 1×3',
    'SEASONALITY: argument "history": the range is 1×3',
  ],
  [
    'PLAN_RAMP',
    `PLAN_RAMP(50000, ${d('2026-01-01')}, [["x"]])`,
    'PLAN_RAMP: аргумент «period_starts»: «x» не дата',
    'PLAN_RAMP: argument "period_starts": "x" is not a date',
  ],
  [
    'CAL_WORKDAYS',
    `CAL_WORKDAYS(${d('2020-01-01')}, ${d('2020-01-31')})`,
    'CAL_WORKDAYS: аргумент «start»: в календаре RU нет 2020 года',
    'CAL_WORKDAYS: argument "start": the RU calendar has no data for 2020',
  ],
  [
    'CAL_IS_WORKDAY',
    `CAL_IS_WORKDAY(${d('2026-01-01')}, "Mars")`,
    'CAL_IS_WORKDAY: аргумент «country»: неизвестная страна календаря «Mars»',
    'CAL_IS_WORKDAY: argument "country": unknown calendar country "Mars"',
  ],
  // 9 January 2026 is still part of the RU New Year holidays, the 10th a Saturday.
  [
    'PLAN_BY_DAYS',
    `PLAN_BY_DAYS(1000, [[${d('2026-01-12')}]], 0)`,
    'PLAN_BY_DAYS: аргумент «step»: шаг округления 0',
    'PLAN_BY_DAYS: argument "step": the rounding step 0',
  ],
  [
    'FUNNEL_REVERSE',
    'FUNNEL_REVERSE(10000000, 200000, [[0.3],[""]])',
    'FUNNEL_REVERSE: аргумент «conversions»: пустое значение (строка 2, столбец 1 диапазона)',
    'FUNNEL_REVERSE: argument "conversions": the value is blank (row 2, column 1 of the range)',
  ],
  [
    'FUNNEL_CONVERSION',
    'FUNNEL_CONVERSION([[1000],[-1]])',
    'FUNNEL_CONVERSION: аргумент «counts»: этап №2',
    'FUNNEL_CONVERSION: argument "counts": stage #2',
  ],
  [
    'FUNNEL_BOTTLENECK',
    'FUNNEL_BOTTLENECK([[10],[5]], 0.5, [["a"],["b"],["c"]])',
    'FUNNEL_BOTTLENECK: аргумент «stage_names»: 3 знач.',
    'FUNNEL_BOTTLENECK: argument "stage_names": 3 values',
  ],
  [
    'RUN_RATE',
    'RUN_RATE(1000, 21, 20)',
    'RUN_RATE: аргумент «elapsed_workdays»: прошедших рабочих дней (21)',
    'RUN_RATE: argument "elapsed_workdays": the elapsed working days (21)',
  ],
  [
    'PACE_REQUIRED',
    'PACE_REQUIRED(5, [["x"],[1]], 1)',
    'PACE_REQUIRED: аргумент «actual»: «x» не число (строка 1, столбец 1 диапазона)',
    'PACE_REQUIRED: argument "actual": "x" is not a number (row 1, column 1 of the range)',
  ],
  [
    'FORECAST_ACCURACY',
    'FORECAST_ACCURACY([[1],[2]], [[1],[2],[3]])',
    'FORECAST_ACCURACY: аргумент «forecast»: размер 3×1',
    'FORECAST_ACCURACY: argument "forecast": its size 3×1',
  ],
  [
    'BONUS_TIERS',
    'BONUS_TIERS(1000, [[100, 0]], [[0.5, 0.6]])',
    'BONUS_TIERS: аргумент «thresholds»: ступень №2',
    'BONUS_TIERS: argument "thresholds": tier #2',
  ],
  [
    'BONUS_CURVE',
    'BONUS_CURVE(1, [[0.8, 1]], [[0.5, 1]], "smooth")',
    'BONUS_CURVE: аргумент «mode»: «smooth»',
    'BONUS_CURVE: argument "mode": "smooth"',
  ],
  [
    'KPI_INDEX',
    'KPI_INDEX([[0.5],[0.3],[0.3]], [[100],[10],[5]], [[120],[8],[4]])',
    'KPI_INDEX: аргумент «weights»: веса KPI в сумме 110 %',
    'KPI_INDEX: argument "weights": the KPI weights sum to 110%',
  ],
  [
    'POOL_SPLIT',
    'POOL_SPLIT(-1, 100, [[150]])',
    'POOL_SPLIT: аргумент «pool»: фонд −1 отрицательный',
    'POOL_SPLIT: argument "pool": the pool −1 is negative',
  ],
  [
    'BONUS_DRAW',
    'BONUS_DRAW([[1],[2]], 3, "maybe")',
    'BONUS_DRAW: аргумент «recoverable»: «maybe» не ИСТИНА/ЛОЖЬ',
    'BONUS_DRAW: argument "recoverable": "maybe" is not TRUE/FALSE',
  ],
  [
    'SALES_VELOCITY',
    'SALES_VELOCITY(100, 60000, 0.25, 0)',
    'SALES_VELOCITY: аргумент «cycle_days»:',
    'SALES_VELOCITY: argument "cycle_days":',
  ],
  [
    'LTV',
    'LTV(100, "four", 3)',
    'LTV: аргумент «purchases_per_year»: «four» не число',
    'LTV: argument "purchases_per_year": "four" is not a number',
  ],
  [
    'PLAN_TO_DATE',
    `PLAN_TO_DATE(1000, ${d('2026-03-01')}, ${d('2026-03-31')}, ${d('2026-03-15')}, "RU", [[${d('2026-03-20')}, ${d('2026-03-16')}]])`,
    'PLAN_TO_DATE: аргумент «days_off»: период отсутствия с 20.03.2026 по 16.03.2026: начало позже конца',
    'PLAN_TO_DATE: argument "days_off": the absence from 20 Mar 2026 to 16 Mar 2026 starts after it ends',
  ],
  [
    'RECEIPTS',
    'RECEIPTS([[1],[2]], [[0.6],[0.5]])',
    'RECEIPTS: аргумент «shares»: доли оплаты в сумме дают 110 %',
    'RECEIPTS: argument "shares": the payment shares sum to 110%',
  ],
  [
    'LTV_RETENTION',
    'LTV_RETENTION(1000, 1, 0.3, 1)',
    'LTV_RETENTION: аргумент «retention»: при удержании 1 и ставке 0 бесконечная сумма не сходится',
    'LTV_RETENTION: argument "retention": with retention 1 and discount rate 0 the infinite sum does not converge',
  ],
];

describe('errors through the bundle name the function and the argument, in the spreadsheet language', () => {
  test('the list covers every custom function', () => {
    expect(new Set(errors.map(([n]) => n)).size).toBe(22);
  });

  test.each(errors)('%s', (_name, expression, ru, en) => {
    expect(() => call(expression, 'ru')).toThrow(ru);
    expect(() => call(expression, 'en')).toThrow(en);
  });

  test('the error is an Error of the script realm, shown by Sheets as #ERROR! with its message', () => {
    const caught = evalIn<{ name: string; message: string }>(
      contexts.en,
      '(function () { try { LTV(-1, 1, 1); } catch (e) { return { name: e.name, message: e.message, own: e instanceof Error }; } })()',
    );
    expect(caught).toMatchObject({ name: 'Error', own: true });
    expect(caught.message).toMatch(/^LTV: argument "avg_check": /);
  });
});

/** Issue 11 through the bundle: failures that explain themselves, with Dates and arrays of the script realm. */
const loud: [string, string, string, string][] = [
  [
    'a step larger than the total',
    'PLAN_SPLIT(1000, [[1],[1]], 1e12)',
    'PLAN_SPLIT: аргумент «step»: шаг 1\u00a0000\u00a0000\u00a0000\u00a0000 больше суммы 1\u00a0000',
    'PLAN_SPLIT: argument "step": the step 1,000,000,000,000 is larger than the total 1,000',
  ],
  [
    'an overflowing draw',
    'BONUS_DRAW([[1e308],[1e308]], 1e308)',
    'BONUS_DRAW: аргумент «commissions»: при значении 1E+308 результат слишком велик',
    'BONUS_DRAW: argument "commissions": with the value 1E+308 the result is too large',
  ],
  [
    'an overflowing LTV',
    'LTV(1e200, 1e200, 1, 1)',
    'LTV: аргумент «avg_check»: при значении 1E+200',
    'LTV: argument "avg_check": with the value 1E+200',
  ],
  [
    'a parameter equal to an Object.prototype name',
    'BONUS_TIERS(1000, [[0]], [[0.1]], "toString")',
    'BONUS_TIERS: аргумент «mode»: «toString»: допустимо одно из',
    'BONUS_TIERS: argument "mode": "toString": use one of',
  ],
  [
    'a date where a number is expected',
    `LTV(${d('2026-03-02')}, 1, 1)`,
    'LTV: аргумент «avg_check»: «02.03.2026» не число',
    'LTV: argument "avg_check": "2 Mar 2026" is not a number',
  ],
  [
    'a ramp of 10 000 shares',
    `PLAN_RAMP(50000, ${d('2026-01-15')}, [[${d('2026-02-01')}]], [new Array(10000).fill(0.5)])`,
    'PLAN_RAMP: аргумент «ramp»: слишком много значений: 10\u00a0000, допустимо не больше 120',
    'PLAN_RAMP: argument "ramp": too many values: 10,000, at most 120 are allowed',
  ],
];

describe('custom functions fail loudly through the bundle', () => {
  test.each(loud)('%s', (_title, expression, ru, en) => {
    expect(() => call(expression, 'ru')).toThrow(ru);
    expect(() => call(expression, 'en')).toThrow(en);
  });

  test('a 50 000-character cell and 10 000 × 10 000 tiers are refused well within a second', () => {
    const column = (n: number, v: string) => `Array.from({ length: ${n} }, (_, i) => [${v}])`;
    for (const expression of [
      `LTV("1".repeat(49999) + "x", 1, 1)`,
      `BONUS_TIERS(${column(10000, 'i')}, ${column(10000, 'i')}, ${column(10000, '0.01')})`,
      `BONUS_CURVE(${column(10000, 'i / 1000')}, ${column(10000, 'i / 100')}, ${column(10000, '1')})`,
    ]) {
      const started = Date.now();
      let message = '';
      try {
        call(expression, 'en');
      } catch (e) {
        message = (e as Error).message;
      }
      expect(Date.now() - started).toBeLessThan(1000);
      expect(message).toMatch(/^[A-Z_]+: argument "\w+": /);
      expect(message.length).toBeLessThan(200);
    }
  });
});
