import fc from 'fast-check';
import { makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf, lastOfMonth } from '../../src/core/dates';
import { departmentPace, lightOf, type OwnMonth, ownMonthOf, ownPace } from '../../src/core/own-days';
import { isAvailable, type TeamMember } from '../../src/core/team';

const RU = makeCalendar('RU');
const NOV1 = dayOf(2026, 11, 1);
const NOV30 = lastOfMonth(2026, 11);
const nov = (d: number): Day => dayOf(2026, 11, d);

function own(member: Partial<TeamMember> = {}): OwnMonth {
  const m: TeamMember = { id: 'x', name: 'x', ...member };
  return ownMonthOf(
    (d) => RU.isWorkday(d),
    (d) => isAvailable(m, d),
    NOV1,
    NOV30,
  );
}

/** Facts spread evenly over the given days (the rest 0). */
function facts(total: number, days: number[]): number[] {
  const out = new Array<number>(30).fill(0);
  for (const d of days) out[d - 1] = total / days.length;
  return out;
}

describe('own working days (November 2026, RU: 20 working days, 4 Nov a holiday)', () => {
  test('vacation 9–13 Nov, on the 20th: 8 of 15 own days worked → forecast 1 119 000 / 8 × 15 = 2 098 125', () => {
    const o = own({ absences: [{ from: nov(9), to: nov(13) }] });
    const p = ownPace(o, nov(20), 2_440_000, facts(1_119_000, [2, 3, 5, 6, 16, 17, 18, 19]));
    expect([p.total, p.elapsed, p.remaining]).toEqual([15, 8, 7]);
    expect(p.forecast).toBeCloseTo(2_098_125, 6);
    expect(p.forecastCompletion).toBeCloseTo(2_098_125 / 2_440_000, 12);
    // The department's days would give 1 119 000 / 13 × 20 = 1 721 538: the bug the issue measured.
    expect(Math.round((1_119_000 / 13) * 20)).toBe(1_721_538);
  });

  test('three sick days ahead (23–25 Nov): needed per day (2 233 000 − 1 546 000) / 4 = 171 750', () => {
    const o = own({ absences: [{ from: nov(23), to: nov(25) }] });
    const p = ownPace(
      o,
      nov(20),
      2_233_000,
      facts(1_546_000, [2, 3, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19]),
    );
    expect([p.total, p.elapsed, p.remaining]).toEqual([17, 13, 4]);
    expect(p.needed).toBeCloseTo(171_750, 6);
    expect(p.forecast).toBeCloseTo((1_546_000 / 13) * 17, 6);
  });

  test('a hire on the 16th: blank forecast until an own day has passed, plan to date on own days only', () => {
    const o = own({ start: nov(16) });
    expect(ownPace(o, nov(16), 1_100_000, facts(0, [])).forecast).toBeNull();
    const p = ownPace(o, nov(18), 1_100_000, facts(100_000, [16, 17]));
    expect([p.total, p.elapsed, p.remaining]).toEqual([11, 2, 9]);
    expect(p.planToDate).toBeCloseTo(200_000, 9);
    expect(p.completionToDate).toBeCloseTo(0.5, 12);
  });

  test('nothing left and the plan not met: needed is null (a mark, not a number); met: 0', () => {
    const o = own({ end: nov(10) });
    expect(ownPace(o, nov(20), 100, facts(50, [2])).needed).toBeNull();
    expect(ownPace(o, nov(20), 100, facts(150, [2])).needed).toBe(0);
    // a person with no own day at all: the forecast is the fact itself
    const gone = own({ end: nov(1) });
    expect(ownPace(gone, nov(20), 0, facts(0, [])).forecast).toBe(0);
  });

  test('small counts stay small: 2 deals over 7 days is 0.2857…, never 0', () => {
    const p = ownPace(own(), nov(20), 15, facts(13, [2, 3]));
    expect(p.needed).toBeCloseTo(2 / 7, 12);
  });

  test('the department adds its people up; its forecast waits for a department day', () => {
    const a = ownPace(own(), nov(20), 1000, facts(650, [2, 3]));
    const b = ownPace(own({ start: nov(25) }), nov(20), 300, facts(0, []));
    const d = departmentPace([a, b], 13);
    expect(d.plan).toBe(1300);
    expect(d.forecast).toBe(a.forecast);
    expect(d.needed).toBeCloseTo((a.needed ?? 0) + (b.needed ?? 0), 9);
    expect(departmentPace([a, b], 0).forecast).toBeNull();
  });

  test('one light rule', () => {
    expect(lightOf(0.69, 0.7, 0.9)).toBe('red');
    expect(lightOf(0.7, 0.7, 0.9)).toBe('amber');
    expect(lightOf(0.9, 0.7, 0.9)).toBe('green');
    expect(lightOf(null, 0.7, 0.9)).toBeNull();
  });

  test('properties: forecast never below the fact; elapsed + remaining = total; plan to date ≤ plan', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 10 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 30, maxLength: 30 }),
        fc.integer({ min: 0, max: 100_000 }),
        (asOfDay, absFrom, absLen, daily, plan) => {
          const o = own({ absences: [{ from: nov(absFrom), to: nov(Math.min(30, absFrom + absLen)) }] });
          const p = ownPace(o, asOfDay === 31 ? dayOf(2026, 12, 1) : nov(asOfDay), plan, daily);
          expect(p.elapsed + p.remaining).toBe(p.total);
          if (p.forecast !== null) expect(p.forecast).toBeGreaterThanOrEqual(p.fact);
          expect(p.planToDate).toBeLessThanOrEqual(plan + 1e-9);
        },
      ),
    );
  });
});
