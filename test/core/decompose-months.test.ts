import { makeCalendar } from '../../src/core/calendar';
import { dayOf } from '../../src/core/dates';
import { decomposePlan, type PlanInput } from '../../src/core/decompose';

/**
 * A month action decomposes only its month: each month computed alone must be the month of the whole plan,
 * to the kopeck and the day (hires, leavers, absences, a funnel, seasonality, a gap left open).
 */
const input: PlanInput = {
  year: 2026,
  calendar: makeCalendar('RU'),
  revenue: { monthly: [8, 9, 10, 10, 11, 9, 8, 9, 11, 12, 13, 15].map((m) => m * 1_000_000) },
  funnel: {
    avgCheck: 120_000,
    stages: [
      { metric: 'calls', conversion: 0.25 },
      { metric: 'meetings', conversion: 0.4 },
    ],
  },
  metrics: { receipts: { yearly: 100_000_000.55 } },
  steps: { revenue: 0.01, receipts: 0.01, deals: 1, calls: 1, meetings: 1 },
  team: [
    { id: 'a', name: 'Anna', grade: 'senior' },
    {
      id: 'b',
      name: 'Boris',
      start: dayOf(2026, 3, 16),
      absences: [{ from: dayOf(2026, 7, 6), to: dayOf(2026, 7, 24) }],
    },
    { id: 'c', name: 'Clara', end: dayOf(2026, 9, 15) },
    { id: 'd', name: 'Dan', start: dayOf(2026, 11, 2), share: 50 },
  ],
  gapPolicy: 'showGap',
};

describe('decomposePlan for some months', () => {
  const whole = decomposePlan(input);

  it.each([1, 2, 3, 7, 9, 11, 12])('month %i alone equals the whole plan’s month', (m) => {
    const one = decomposePlan(input, [m]);
    expect(one.months).toHaveLength(1);
    expect(one.months[0]).toEqual(whole.months[m - 1]);
    expect(one.managers).toEqual(whole.managers);
    expect(one.metrics).toEqual(whole.metrics);
  });

  it('takes months in any order and once each; totals are over them', () => {
    const some = decomposePlan(input, [12, 11, 12]);
    expect(some.months.map((m) => m.month)).toEqual([11, 12]);
    const both = whole.months[10].department.revenue + whole.months[11].department.revenue;
    expect(some.totals.department.revenue).toBeCloseTo(both, 2);
    expect(whole.totals.department.revenue).toBe(125_000_000);
  });

  it('refuses a month outside 1–12 (a caller’s bug, not a user’s mistake)', () => {
    expect(() => decomposePlan(input, [13])).toThrow(/1–12/);
  });
});
