import fc from 'fast-check';
import { makeCalendar } from '../../../src/core/calendar';
import { dayOf } from '../../../src/core/dates';
import { planToDate } from '../../../src/core/finance/plan-to-date';
import { spreadOverWorkdays } from '../../../src/core/workdays';
import { expectDomainError } from '../../helpers/domain-error';

const ru = makeCalendar('RU');
const jan = (d: number) => dayOf(2026, 1, d);
const mar = (d: number) => dayOf(2026, 3, d);

describe('planToDate', () => {
  it('RU January 2026: 15 working days (12–16, 19–23, 26–30)', () => {
    // 1 000 over 15 days: ⌊1000 / 15⌋ = 66, 1000 − 990 = 10 days get 67 (the first ten: 12 … 23 Jan).
    expect(planToDate(1000, jan(1), jan(31), jan(11), ru)).toBe(0);
    expect(planToDate(1000, jan(1), jan(31), jan(12), ru)).toBe(67);
    // 12–16 and 19–20: 7 days × 67 = 469.
    expect(planToDate(1000, jan(1), jan(31), jan(20), ru)).toBe(469);
    // Through the 23rd: 10 × 67 = 670; through the 27th: 670 + 2 × 66 = 802.
    expect(planToDate(1000, jan(1), jan(31), jan(25), ru)).toBe(670);
    expect(planToDate(1000, jan(1), jan(31), jan(27), ru)).toBe(802);
    expect(planToDate(1000, jan(1), jan(31), jan(31), ru)).toBe(1000);
  });

  it('before the start 0, after the end the plan; the plan unit is its last decimal', () => {
    expect(planToDate(1000, jan(1), jan(31), dayOf(2025, 12, 31), ru)).toBe(0);
    expect(planToDate(1000, jan(1), jan(31), dayOf(2026, 6, 1), ru)).toBe(1000);
    // March 2026 RU: 21 working days (9 March off). 1 000 000.5 in tenths: 10 000 005 ÷ 21 = 476 190 rest 15,
    // so the first 15 days get 476 191 tenths. Through 6 March (5 days: 2–6): 5 × 47 619.1 = 238 095.5.
    expect(planToDate(1000000.5, mar(1), mar(31), mar(6), ru)).toBe(238095.5);
    // 0.1 + 0.2 is 0.30000000000000004 and reads as 0.3: 3 tenths over 21 days, the first three get 0.1.
    expect(planToDate(0.1 + 0.2, mar(1), mar(31), mar(3), ru)).toBe(0.2);
    // A negative plan (a return) mirrors a positive one.
    expect(planToDate(-1000, jan(1), jan(31), jan(12), ru)).toBe(-67);
    expect(planToDate(0, jan(3), jan(4), jan(4), ru)).toBe(0);
  });

  it('refuses a backwards period and a period with no working day', () => {
    expectDomainError(() => planToDate(1, jan(31), jan(1), jan(5), ru), 'finance.planToDate.backwards');
    expectDomainError(() => planToDate(1, jan(1), jan(8), jan(5), ru), 'finance.planToDate.noWorkdays');
  });

  it("equals PLAN_BY_DAYS' split of the period summed up to as-of (property)", () => {
    const start = dayOf(2025, 1, 1);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 700 }),
        fc.integer({ min: 0, max: 90 }),
        fc.integer({ min: -5, max: 100 }),
        fc.integer({ min: -1_000_000, max: 1_000_000 }),
        fc.constantFrom(1, 100),
        (from, length, at, units, scale) => {
          const [s, e] = [start + from, start + from + length];
          const plan = units / scale;
          const days = Array.from({ length: length + 1 }, (_, i) => s + i);
          if (!days.some((d) => ru.isWorkday(d))) return;
          // The plan's unit: its last decimal (13.5 → 0.1), as planToDate reads it.
          const step = units % scale === 0 ? 1 : units % 10 === 0 ? 0.1 : 0.01;
          const parts = spreadOverWorkdays(plan, days, ru, step);
          const want = parts
            .filter((_, i) => s + i <= s + at)
            .reduce((a, b) => Math.round((a + b) * 100) / 100, 0);
          expect(planToDate(plan, s, e, s + at, ru)).toBeCloseTo(want, 9);
        },
      ),
    );
  });
});
