import fc from 'fast-check';
import type { PayrollPerson } from '../../../src/core/bonus';
import {
  type CarryOver,
  defaultCarry,
  monthSalary,
  type PaymentTerms,
  receiptsByMonth,
  salariesByMonth,
} from '../../../src/core/budget';
import { countWorkdays, makeCalendar } from '../../../src/core/calendar';
import { dayOf } from '../../../src/core/dates';
import { monthLayout } from '../../../src/core/workdays';

describe('receipts by payment terms, with the carry-over', () => {
  // 10 % in advance, 50 % in the month, 30 % a month later, 5 % two and 5 % three months later.
  const terms: PaymentTerms = { advance: 0.1, sameMonth: 0.5, plus1: 0.3, plus2: 0.05, plus3: 0.05 };
  const carry: CarryOver = { lastQuarter: [100, 200, 1000], nextJanuary: 500 };
  const revenue = [400, 600, 800, 0, 0, 0, 0, 0, 0, 0, 0, 300];

  test("worked example: last year's October–December land in January–March, next January's advance in December", () => {
    // Jan = 5 % × Oct 100 + 5 % × Nov 200 + 30 % × Dec 1 000 + 50 % × Jan 400 + 10 % × Feb 600
    //     = 5 + 10 + 300 + 200 + 60 = 575
    // Feb = 5 % × Nov 200 + 5 % × Dec 1 000 + 30 % × Jan 400 + 50 % × Feb 600 + 10 % × Mar 800
    //     = 10 + 50 + 120 + 300 + 80 = 560
    // Mar = 5 % × Dec 1 000 + 5 % × Jan 400 + 30 % × Feb 600 + 50 % × Mar 800 = 50 + 20 + 180 + 400 = 650
    // Apr = 5 % × Jan + 5 % × Feb + 30 % × Mar = 20 + 30 + 240 = 290;  May = 5 % × Feb + 5 % × Mar = 30 + 40 = 70
    // Jun = 5 % × Mar = 40;  Nov = 10 % × Dec 300 = 30;  Dec = 50 % × Dec 300 + 10 % × next Jan 500 = 150 + 50 = 200
    const expected = [575, 560, 650, 290, 70, 40, 0, 0, 0, 0, 30, 200];
    const got = receiptsByMonth(revenue, terms, carry);
    got.forEach((x, i) => {
      expect(x).toBeCloseTo(expected[i], 9);
    });
    // The year: 2 100 of revenue − January's advance (40, paid last December) − December's later parts
    // (40 % × 300 = 120, paid next year) + last year's carry-in (5 + 20 + 400 = 425) + next January's advance 50.
    expect(got.reduce((a, b) => a + b, 0)).toBeCloseTo(2100 - 40 - 120 + 425 + 50, 9);
  });

  test("the carry-over from the Plan tab's history column of last year, else the plan's own months", () => {
    const plan = Array.from({ length: 12 }, (_, i) => (i + 1) * 10);
    const lastYear = { year: 2025, months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 77, 88, 99] };
    const older = { year: 2024, months: new Array(12).fill(5) };
    expect(defaultCarry(2026, plan, [older, lastYear])).toEqual({
      carry: { lastQuarter: [77, 88, 99], nextJanuary: 10 },
      source: 'history',
    });
    // No column of 2025 (or one with a blank in October–December): the plan's October–December stand in.
    const blank = { year: 2025, months: [...lastYear.months.slice(0, 11), null] };
    for (const history of [[older], [blank], []]) {
      expect(defaultCarry(2026, plan, history)).toEqual({
        carry: { lastQuarter: [100, 110, 120], nextJanuary: 10 },
        source: 'planProxy',
      });
    }
  });

  test("property: Σ receipts = revenue paid (Σ shares ≤ 100 %) within the year + carry-in + next January's advance", () => {
    const share = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 12, maxLength: 12 }),
        fc.tuple(share, share, share, share, share),
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 4, maxLength: 4 }),
        (rev, raw, [oct, nov, dec, jan]) => {
          // Shares summing to at most 100 %: what is never paid is never received.
          const sum = Math.max(
            100,
            raw.reduce((a, b) => a + b, 0),
          );
          const [advance, sameMonth, plus1, plus2, plus3] = raw.map((x) => x / sum);
          const paid = advance + sameMonth + plus1 + plus2 + plus3;
          const t = { advance, sameMonth, plus1, plus2, plus3 };
          const got = receiptsByMonth(rev, t, { lastQuarter: [oct, nov, dec], nextJanuary: jan });
          const total = rev.reduce((a, b) => a + b, 0);
          const expected =
            total * paid -
            rev[0] * advance -
            rev[9] * plus3 -
            rev[10] * (plus2 + plus3) -
            rev[11] * (plus1 + plus2 + plus3) +
            oct * plus3 +
            nov * (plus2 + plus3) +
            dec * (plus1 + plus2 + plus3) +
            jan * advance;
          const gotTotal = got.reduce((a, b) => a + b, 0);
          expect(Math.abs(gotTotal - expected)).toBeLessThanOrEqual(1e-6 * Math.max(1, total));
        },
      ),
    );
  });
});

describe('salaries by month', () => {
  const ru = makeCalendar('RU');
  const person = (extra: Partial<PayrollPerson>): PayrollPerson => ({
    id: 'm1',
    name: 'Anna',
    role: 'manager',
    start: null,
    end: null,
    active: true,
    scheme: '',
    salary: 60_000,
    target: 0,
    ...extra,
  });

  test("hired on 15 June 2026 (RU): 12 of June's 21 working days, not 16 of 30 calendar days", () => {
    // June 2026 in Russia: 1–5, 8–11 (the 12th is Russia Day), 15–19, 22–26, 29–30 = 5 + 4 + 5 + 5 + 2 = 21
    // working days; from the 15th: 5 + 5 + 2 = 12. 60 000 × 12 ÷ 21 = 34 285.714… (by calendar days it would
    // be 60 000 × 16 ÷ 30 = 32 000). Working days, because the engine prorates a salary component so and an
    // оклад is paid so (for the working days of the production calendar worked): the budget forecasts the
    // Bonus tabs' salaries, it must not differ from them.
    expect(countWorkdays(ru, dayOf(2026, 6, 1), dayOf(2026, 6, 30))).toBe(21);
    const june = monthLayout(ru, 2026, 6);
    expect(monthSalary(person({ start: dayOf(2026, 6, 15) }), june, true)).toBeCloseTo(34_285.714285714, 6);
    // Left on 10 June: 1–5, 8–10 = 8 days → 60 000 × 8 ÷ 21 = 22 857.14…
    expect(monthSalary(person({ end: dayOf(2026, 6, 10) }), june, true)).toBeCloseTo(22_857.142857143, 6);
    // Not prorated (the Plan tab's setting off): the whole salary in any month employed.
    expect(monthSalary(person({ start: dayOf(2026, 6, 15) }), june, false)).toBe(60_000);
    // Outside employment: nothing.
    expect(monthSalary(person({ start: dayOf(2026, 7, 1) }), june, true)).toBe(0);
    expect(monthSalary(person({ end: dayOf(2026, 5, 31) }), june, false)).toBe(0);
  });

  test('the department by month: kopecks summed, inactive people left out, the head included', () => {
    const team = [
      person({ id: 'm1', start: dayOf(2026, 6, 15) }),
      person({ id: 'm2', salary: 50_000, end: dayOf(2026, 6, 10) }),
      person({ id: 'm3', salary: 45_000, active: false }),
      person({ id: 'h1', role: 'head', salary: 120_000 }),
    ];
    const year = Array.from({ length: 12 }, (_, i) => monthLayout(ru, 2026, i + 1));
    const got = salariesByMonth(team, year, true);
    // January–May: m2 50 000 + h1 120 000 = 170 000. June: m1 34 285.71 + m2 50 000 × 8 ÷ 21 = 19 047.62
    // + h1 120 000 = 173 333.33. July on: m1 60 000 + h1 120 000 = 180 000.
    expect(got.slice(0, 5)).toEqual([170_000, 170_000, 170_000, 170_000, 170_000]);
    expect(got[5]).toBe(173_333.33);
    expect(got.slice(6)).toEqual(new Array(6).fill(180_000));
  });
});
