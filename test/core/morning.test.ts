import { makeCalendar } from '../../src/core/calendar';
import { dayOf, lastOfMonth } from '../../src/core/dates';
import { morningView } from '../../src/core/morning';
import { ownMonthOf } from '../../src/core/own-days';
import { isAvailable, type TeamMember } from '../../src/core/team';

const RU = makeCalendar('RU');
const from = dayOf(2026, 11, 1);
const to = lastOfMonth(2026, 11);
const nov = (d: number) => dayOf(2026, 11, d);

function person(id: string, member: Partial<TeamMember>, plan: number, fact: number[]) {
  const m: TeamMember = { id, name: id, ...member };
  const own = ownMonthOf(
    (d) => RU.isWorkday(d),
    (d) => isAvailable(m, d),
    from,
    to,
  );
  const daily = new Array<number>(30).fill(0);
  fact.forEach((v, i) => {
    daily[i] = v;
  });
  return { id, name: id, own, metrics: { revenue: { plan, daily } } };
}

describe('morning view', () => {
  const view = morningView({
    today: nov(20),
    from,
    to,
    isWorkday: (d) => RU.isWorkday(d),
    metrics: ['revenue'],
    thresholds: { redBelow: 0.7, amberBelow: 0.9 },
    people: [
      // on vacation 9–20 Nov, exactly on pace on own days: green, not red
      person(
        'anna',
        { absences: [{ from: nov(9), to: nov(20) }] },
        1_000_000,
        [0, 100_000, 100_000, 0, 100_000, 100_000],
      ),
      person('boris', {}, 1_000_000, [0, 50_000, 50_000, 0, 50_000, 50_000]),
    ],
  });

  test('the department comes first; yesterday is the last working day before today', () => {
    expect(view.rows.map((r) => r.id)).toEqual([null, 'anna', 'boris']);
    expect(view.yesterday).toBe(nov(19));
    expect([view.workdays, view.elapsed, view.remaining]).toEqual([20, 13, 7]);
  });

  test('a person on vacation today is off today, judged on own days (4 of 10 worked, on pace → green)', () => {
    const anna = view.rows[1];
    expect(anna.offToday).toBe(true);
    expect([anna.total, anna.elapsed]).toEqual([10, 4]);
    expect(anna.forecast).toBe(1_000_000);
    expect(anna.light).toBe('green');
    expect(view.rows[2].light).toBe('red');
  });

  test('the department adds its people up and takes its light by the same rule', () => {
    const d = view.rows[0];
    expect(d.forecast).toBe((view.rows[1].forecast ?? 0) + (view.rows[2].forecast ?? 0));
    expect(d.needed).toBeCloseTo((view.rows[1].needed ?? 0) + (view.rows[2].needed ?? 0), 9);
    // (1 000 000 + 200 000 / 13 × 20) / 2 000 000 = 65.4 % → red
    expect(d.forecastCompletion).toBeCloseTo((1_000_000 + (200_000 / 13) * 20) / 2_000_000, 12);
    expect(d.light).toBe('red');
  });
});
