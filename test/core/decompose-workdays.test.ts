import fc from 'fast-check';
import { type Calendar, makeCalendar } from '../../src/core/calendar';
import { dayOf, isoWeekday } from '../../src/core/dates';
import { monthLayout, spreadMonth, spreadOverWorkdays } from '../../src/core/workdays';
import { expectDomainError } from '../helpers/domain-error';

const weekdays = makeCalendar('NONE');

/** A small calendar of our own: Monday–Friday minus `off`, with `short` shortened days. */
function calendar(off: number[], short: number[] = []): Calendar {
  return {
    country: 'NONE',
    isWorkday: (d) => isoWeekday(d) <= 5 && !off.includes(d),
    isShortened: (d) => short.includes(d),
    covers: () => true,
    isProvisional: () => false,
  };
}

const week = (from: number) => Array.from({ length: 7 }, (_, i) => from + i);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('monthLayout', () => {
  it('cuts ISO weeks at the month boundaries; Sunday 1 March 2026 alone is no week of March', () => {
    const m = monthLayout(weekdays, 2026, 3);
    expect(m.workdays).toHaveLength(22);
    expect(m.weeks.map((w) => [w.isoWeek, w.start - m.start + 1, w.end - m.start + 1, w.workdays])).toEqual([
      [10, 2, 8, 5],
      [11, 9, 15, 5],
      [12, 16, 22, 5],
      [13, 23, 29, 5],
      [14, 30, 31, 2],
    ]);
    expect(m.weekOfWorkday.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 1]);
  });
});

describe('spreadOverWorkdays', () => {
  const monday = dayOf(2026, 3, 2);

  it('spreads evenly over working days, 0 on days off', () => {
    expect(spreadOverWorkdays(100, week(monday), weekdays)).toEqual([20, 20, 20, 20, 20, 0, 0]);
  });

  it('weights weekdays (Friday 0.8)', () => {
    // 100 / 4.8 = 20.83 per full day, 16.67 on Friday; the 4 units left go to the larger remainders
    expect(spreadOverWorkdays(100, week(monday), weekdays, 1, [1, 1, 1, 1, 0.8, 1, 1])).toEqual([
      21, 21, 21, 21, 16, 0, 0,
    ]);
  });

  it('skips holidays and weighs shortened days', () => {
    const cal = calendar([monday + 2], [monday + 1]);
    expect(spreadOverWorkdays(90, week(monday).slice(0, 5), cal)).toEqual([23, 23, 0, 22, 22]);
    expect(spreadOverWorkdays(90, week(monday).slice(0, 5), cal, 1, undefined, 0.5)).toEqual([
      26, 13, 0, 26, 25,
    ]);
  });

  it('works at a step of 0.01 and keeps the days in the order given', () => {
    const days = [monday + 6, monday + 1, monday];
    expect(spreadOverWorkdays(100, days, weekdays, 0.01)).toEqual([0, 50, 50]);
    expect(spreadOverWorkdays(1, [monday, monday + 1, monday + 2], weekdays, 0.01)).toEqual([
      0.34, 0.33, 0.33,
    ]);
  });

  it('spreads 0 over no working day', () => {
    expect(spreadOverWorkdays(0, [monday + 5], weekdays)).toEqual([0]);
  });

  it('rejects a plan with no working day to go to', () =>
    expectDomainError(
      () => spreadOverWorkdays(10, [monday + 5, monday + 6], weekdays),
      'decompose.noWorkdays',
    ));
  it('rejects a plan whose working days all weigh zero', () =>
    expectDomainError(
      () => spreadOverWorkdays(10, [monday], weekdays, 1, [0, 1, 1, 1, 1, 1, 1]),
      'decompose.dayWeightsZero',
    ));
  it('rejects bad weekday weights', () => {
    expectDomainError(
      () => spreadOverWorkdays(10, [monday], weekdays, 1, [1, 1]),
      'decompose.weekdayWeightsLength',
    );
    expectDomainError(
      () => spreadOverWorkdays(10, [monday], weekdays, 1, [1, 1, 1, 1, -0.8, 1, 1]),
      'decompose.weekdayWeightBad',
    );
    expectDomainError(
      () => spreadOverWorkdays(10, [monday], weekdays, 1, undefined, -1),
      'decompose.shortenedWeightBad',
    );
  });
  it('passes on a plan that is not a multiple of the step', () =>
    expectDomainError(() => spreadOverWorkdays(10.5, [monday], weekdays), 'split.totalNotMultiple'));

  it('sums exactly and is never negative (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.double({ min: 0.1, max: 2, noNaN: true }), { minLength: 7, maxLength: 7 }),
        (plan, offset, length, w) => {
          const days = Array.from({ length }, (_, i) => dayOf(2026, 1, 1) + offset + i);
          if (!days.some((d) => weekdays.isWorkday(d))) return;
          const parts = spreadOverWorkdays(plan, days, weekdays, 1, w);
          expect(sum(parts)).toBe(plan);
          parts.forEach((p, i) => {
            expect(p).toBeGreaterThanOrEqual(0);
            if (!weekdays.isWorkday(days[i])) expect(p).toBe(0);
          });
        },
      ),
    );
  });
});

describe('spreadMonth', () => {
  it('spreads a month over weeks, then days, adding up exactly', () => {
    const m = monthLayout(weekdays, 2026, 3);
    const { byWeek, byDay } = spreadMonth(
      2200,
      m,
      m.workdays.map(() => 1),
      1,
    );
    expect(byWeek).toEqual([500, 500, 500, 500, 200]);
    expect(byDay).toEqual(new Array(22).fill(100));
  });

  it('keeps days within their week total', () => {
    const m = monthLayout(weekdays, 2026, 3);
    const w = m.workdays.map((_, i) => (i % 3 === 0 ? 0.8 : 1));
    const { byWeek, byDay } = spreadMonth(1001, m, w, 1);
    expect(sum(byWeek)).toBe(1001);
    byWeek.forEach((wk, k) => {
      expect(sum(byDay.filter((_, i) => m.weekOfWorkday[i] === k))).toBe(wk);
    });
  });
});
