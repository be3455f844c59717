import fc from 'fast-check';
import { makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf, isoString, isoWeekday } from '../../src/core/dates';
import { decomposePlan, type PlanDecomposition, type PlanInput } from '../../src/core/decompose';
import { periodKey } from '../../src/core/planfact';
import type { TeamMember } from '../../src/core/team';
import { isoWeekDays, isoWeekOf, planWeeks, rangePlan } from '../../src/core/weeks';
import { monthLayout } from '../../src/core/workdays';

const weekdays = makeCalendar('NONE');
const ru = makeCalendar('RU');
const days = (from: Day, to: Day) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

const anna: TeamMember = { id: 'a', name: 'Anna' };
/** Boris is on vacation Monday 9 – Friday 13 November 2026: the whole of 2026-W46. */
const boris: TeamMember = {
  id: 'b',
  name: 'Boris',
  absences: [{ from: dayOf(2026, 11, 9), to: dayOf(2026, 11, 13) }],
};
const base: PlanInput = {
  year: 2026,
  calendar: weekdays,
  revenue: { yearly: 120_000_000 },
  steps: { revenue: 1000 },
  team: [anna, boris],
};

describe('ISO weeks', () => {
  it('2026-12-28 … 2027-01-03 is 2026-W53; 2025-12-29 … 2026-01-04 is 2026-W01', () => {
    for (const d of days(dayOf(2026, 12, 28), dayOf(2027, 1, 3))) {
      expect(isoWeekOf(d)).toEqual({ isoYear: 2026, isoWeek: 53 });
    }
    for (const d of days(dayOf(2025, 12, 29), dayOf(2026, 1, 4))) {
      expect(isoWeekOf(d)).toEqual({ isoYear: 2026, isoWeek: 1 });
    }
    expect(isoWeekOf(dayOf(2027, 1, 4))).toEqual({ isoYear: 2027, isoWeek: 1 });
    expect(isoWeekOf(dayOf(2024, 12, 30))).toEqual({ isoYear: 2025, isoWeek: 1 });
    expect(isoWeekOf(dayOf(2026, 11, 23))).toEqual({ isoYear: 2026, isoWeek: 48 });
  });

  it('gives a week its Monday and Sunday', () => {
    const w53 = isoWeekDays({ isoYear: 2026, isoWeek: 53 });
    expect([isoString(w53.monday), isoString(w53.sunday)]).toEqual(['2026-12-28', '2027-01-03']);
    const w01 = isoWeekDays({ isoYear: 2026, isoWeek: 1 });
    expect([isoString(w01.monday), isoString(w01.sunday)]).toEqual(['2025-12-29', '2026-01-04']);
    const w48 = isoWeekDays({ isoYear: 2026, isoWeek: 48 });
    expect([isoString(w48.monday), isoString(w48.sunday)]).toEqual(['2026-11-23', '2026-11-29']);
  });

  it('property: agrees with planfact’s isoWeek key and gives back a Monday–Sunday holding the day', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(1990, 1, 1), max: dayOf(2100, 12, 31) }), (d) => {
        const w = isoWeekOf(d);
        expect(`${w.isoYear}-W${String(w.isoWeek).padStart(2, '0')}`).toBe(periodKey(d, 'isoWeek'));
        const { monday, sunday } = isoWeekDays(w);
        expect(isoWeekday(monday)).toBe(1);
        expect(monday <= d && d <= sunday).toBe(true);
      }),
    );
  });
});

describe('a month lists only weeks with a working day', () => {
  it('November 2026 (RU): Sunday 1 November is no week; 30 November is one (2026-W49, 1 day)', () => {
    const nov = monthLayout(ru, 2026, 11);
    expect(nov.weeks.map((w) => [w.isoWeek, isoString(w.start), isoString(w.end), w.workdays])).toEqual([
      [45, '2026-11-02', '2026-11-08', 4], // 4 November is a holiday
      [46, '2026-11-09', '2026-11-15', 5],
      [47, '2026-11-16', '2026-11-22', 5],
      [48, '2026-11-23', '2026-11-29', 5],
      [49, '2026-11-30', '2026-11-30', 1],
    ]);
  });

  it('January 2026 (RU): the holidays of 1–11 January make no week', () => {
    const jan = monthLayout(ru, 2026, 1);
    expect(jan.weeks.map((w) => w.isoWeek)).toEqual([3, 4, 5]);
    expect(jan.weekOfWorkday.slice(0, 6)).toEqual([0, 0, 0, 0, 0, 1]);
  });
});

describe('planWeeks: a weekly plan per manager', () => {
  const plan = decomposePlan(base);
  const weeks = planWeeks(plan);
  const week = (n: number) => weeks.find((w) => w.isoWeek === n)!;

  it('lists every ISO week of 2026 once: 53 weeks Monday–Friday, W01 with 1–2 January, W53 with 28–31 December', () => {
    expect(weeks.map((w) => w.isoWeek)).toEqual(days(1, 53));
    expect(week(1).parts).toEqual([
      { month: 1, index: 0, start: dayOf(2026, 1, 1), end: dayOf(2026, 1, 4), workdays: 2 },
    ]);
    expect([isoString(week(53).from), isoString(week(53).to), week(53).workdays]).toEqual([
      '2026-12-28',
      '2027-01-03',
      4,
    ]);
  });

  it('a week crossing a month end is one week, the sum of its parts: W49 = 30 November + 1–6 December', () => {
    // November: Anna 5 676 000 over 21 days (Boris away 5 of them) → weeks 1 352, 1 352, 1 351, 1 351, 270 thousand;
    // December: 5 000 000 each over 23 days → 870, 1 087, 1 087, 1 087, 869 thousand.
    const nov = plan.months[10];
    const dec = plan.months[11];
    expect(nov.managers.map((m) => m.byWeek.revenue)).toEqual([
      [1_352_000, 1_352_000, 1_351_000, 1_351_000, 270_000],
      [1_352_000, 0, 1_351_000, 1_351_000, 270_000],
    ]);
    expect(dec.managers[0].byWeek.revenue).toEqual([870_000, 1_087_000, 1_087_000, 1_087_000, 869_000]);
    const w49 = week(49);
    expect(w49.parts.map((p) => [p.month, isoString(p.start), isoString(p.end), p.workdays])).toEqual([
      [11, '2026-11-30', '2026-11-30', 1],
      [12, '2026-12-01', '2026-12-06', 4],
    ]);
    expect(w49.managers).toEqual([{ revenue: 1_140_000 }, { revenue: 1_140_000 }]);
    expect(w49.department).toEqual({ revenue: 2_280_000 });
  });

  it('a manager on vacation the whole week gets 0 that week; the department is the sum of its managers', () => {
    expect(week(46).managers).toEqual([{ revenue: 1_352_000 }, { revenue: 0 }]);
    expect(week(46).department).toEqual({ revenue: 1_352_000 });
    expect(week(47).managers).toEqual([{ revenue: 1_351_000 }, { revenue: 1_351_000 }]);
    expect(week(47).department).toEqual({ revenue: 2_702_000 });
  });

  it('the weeks of a year add up to each manager’s year plan', () => {
    expect(sum(weeks.map((w) => w.managers[0].revenue))).toBe(plan.totals.managers[0].revenue);
    expect(sum(weeks.map((w) => w.managers[1].revenue))).toBe(plan.totals.managers[1].revenue);
  });

  it('the 2027 plan opens with 2026-W53: 1 January 2027 is its only working day of 2027', () => {
    const next = planWeeks(decomposePlan({ ...base, year: 2027 }));
    expect([next[0].isoYear, next[0].isoWeek, isoString(next[0].from), next[0].workdays]).toEqual([
      2026,
      53,
      '2026-12-28',
      1,
    ]);
    expect(next[1]).toMatchObject({ isoYear: 2027, isoWeek: 1 });
  });

  it('RU 2026: 51 weeks — none for the January holidays (W01, W02), W53 has 3 working days (31 December is off)', () => {
    const ruWeeks = planWeeks(decomposePlan({ ...base, calendar: ru }));
    expect(ruWeeks).toHaveLength(51);
    expect(ruWeeks[0]).toMatchObject({ isoWeek: 3, workdays: 5 });
    expect(ruWeeks[50]).toMatchObject({ isoWeek: 53, workdays: 3 });
    expect(ruWeeks.every((w) => w.workdays > 0)).toBe(true);
  });
});

describe('rangePlan', () => {
  const plan = decomposePlan(base);

  it('a range cutting a week counts the days inside: 1–18 November 2026', () => {
    const r = rangePlan(plan, dayOf(2026, 11, 1), dayOf(2026, 11, 18));
    // Anna: W45 and W46 whole (1 352 000 each), then Mon–Wed of W47: 1 351 000 over 5 days is 271 000 on
    // Monday (the thousand left over goes to the earliest day) and 270 000 on each of the others.
    const nov = plan.months[10];
    const wed = nov.workdays.indexOf(dayOf(2026, 11, 18));
    expect(nov.managers[0].byDay.revenue.slice(10, 15)).toEqual([
      271_000, 270_000, 270_000, 270_000, 270_000,
    ]);
    expect(r.managers[0].revenue).toBe(1_352_000 + 1_352_000 + 271_000 + 270_000 + 270_000);
    expect(r.managers[0].revenue).toBe(sum(nov.managers[0].byDay.revenue.slice(0, wed + 1)));
    // Boris is away for W46: W45 and his three days of W47
    expect(r.managers[1].revenue).toBe(1_352_000 + 811_000);
    expect(r.parts.map((p) => [isoString(p.start), isoString(p.end), p.workdays])).toEqual([
      ['2026-11-02', '2026-11-08', 5],
      ['2026-11-09', '2026-11-15', 5],
      ['2026-11-16', '2026-11-18', 3],
    ]);
    expect(r.workdays).toBe(13);
  });

  it('a whole month gives the month plan; nothing outside the plan’s year or for a reversed range', () => {
    const dec = plan.months[11];
    const r = rangePlan(plan, dec.start, dec.end);
    expect(r.managers.map((m) => m.revenue)).toEqual(dec.managers.map((m) => m.plan.revenue));
    expect(rangePlan(plan, dayOf(2027, 1, 1), dayOf(2027, 1, 31))).toMatchObject({
      parts: [],
      workdays: 0,
      department: { revenue: 0 },
    });
    expect(rangePlan(plan, dayOf(2026, 5, 10), dayOf(2026, 5, 1)).workdays).toBe(0);
  });
});

/** Random teams: shares, hires and leavers during the year, absences; a step per metric, a funnel. */
const memberArb = (i: number) =>
  fc
    .record({
      share: fc.integer({ min: 1, max: 5 }),
      start: fc.option(fc.integer({ min: dayOf(2025, 10, 1), max: dayOf(2026, 12, 31) }), { nil: undefined }),
      stay: fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
      absences: fc.array(
        fc.record({
          from: fc.integer({ min: dayOf(2026, 1, 1), max: dayOf(2026, 12, 31) }),
          len: fc.nat(25),
        }),
        { maxLength: 3 },
      ),
    })
    .map(
      (r): TeamMember => ({
        id: `m${i}`,
        name: `M${i}`,
        share: r.share,
        ...(r.start === undefined ? {} : { start: r.start }),
        ...(r.stay === undefined ? {} : { end: (r.start ?? dayOf(2026, 1, 1)) + r.stay }),
        absences: r.absences.map((a) => ({ from: a.from, to: a.from + a.len })),
      }),
    );
const teamArb = fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...days(1, n).map(memberArb)));

/** In whole steps of the metric: sums of integers, no float doubt. */
function weekBreaches(plan: PlanDecomposition): string[] {
  const bad: string[] = [];
  const weeks = planWeeks(plan);
  // Each slice of each month is a part of exactly one week.
  const slices = weeks.flatMap((w) => w.parts.map((p) => `${p.month}.${p.index}`));
  const expected = plan.months.flatMap((mo) => mo.weeks.map((_, k) => `${mo.month}.${k}`));
  if (slices.join() !== expected.join()) bad.push('slices ≠ parts');
  for (const metric of plan.metrics) {
    const u = (x: number) => Math.round(x / metric.step);
    plan.managers.forEach((_, i) => {
      const year = sum(weeks.map((w) => u(w.managers[i][metric.id])));
      if (year !== u(plan.totals.managers[i][metric.id])) bad.push(`${metric.id} m${i} year ${year}`);
      for (const mo of plan.months) {
        const inMonth = rangePlan(plan, mo.start, mo.end).managers[i][metric.id];
        if (u(inMonth) !== u(mo.managers[i].plan[metric.id]))
          bad.push(`${metric.id} m${i} month ${mo.month}`);
      }
    });
    for (const w of weeks) {
      const managers = sum(w.managers.map((m) => u(m[metric.id])));
      if (managers !== u(w.department[metric.id])) bad.push(`${metric.id} W${w.isoWeek} department`);
      const fromParts = sum(
        w.parts.map((p) => u(plan.months[p.month - 1].departmentByWeek[metric.id][p.index])),
      );
      if (fromParts !== managers) bad.push(`${metric.id} W${w.isoWeek} parts`);
    }
  }
  return bad;
}

/** Managers who work none of a week's working days get 0 that week, every metric. */
function idleBreaches(plan: PlanDecomposition): string[] {
  const bad: string[] = [];
  for (const w of planWeeks(plan)) {
    plan.managers.forEach((_, i) => {
      const works = w.parts.some((p) => {
        const mo = plan.months[p.month - 1];
        return mo.workdays.some((d, k) => d >= p.start && d <= p.end && mo.managers[i].present[k] === 1);
      });
      if (!works && Object.values(w.managers[i]).some((v) => v !== 0)) bad.push(`W${w.isoWeek} m${i}`);
    });
    if (w.workdays === 0 || w.parts.some((p) => p.workdays === 0)) bad.push(`W${w.isoWeek} empty`);
  }
  return bad;
}

describe('property: weekly per-manager plans', () => {
  it('sum exactly to monthly and yearly ones; department = Σ managers; 0 in a week not worked', () => {
    fc.assert(
      fc.property(
        teamArb,
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom(1, 100, 0.01),
        fc.constantFrom(weekdays, ru),
        fc.constantFrom('redistribute' as const, 'showGap' as const),
        (team, k, step, calendar, gapPolicy) => {
          const plan = decomposePlan({
            year: 2026,
            calendar,
            revenue: { yearly: k * 1000 },
            funnel: { avgCheck: 150_000, stages: [{ metric: 'meetings', conversion: 0.3 }] },
            metrics: { receipts: { yearly: Number((k * step * 7).toFixed(2)) } },
            steps: { receipts: step },
            team,
            teamSplit: 'share',
            gapPolicy,
          });
          expect([...weekBreaches(plan), ...idleBreaches(plan)]).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
