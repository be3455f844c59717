import fc from 'fast-check';
import { type Calendar, makeCalendar } from '../../src/core/calendar';
import { dayOf, isoWeekday } from '../../src/core/dates';
import { decomposePlan, type PlanDecomposition, type PlanInput } from '../../src/core/decompose';
import type { TeamMember } from '../../src/core/team';
import { tCode } from '../../src/i18n';
import { expectDomainError } from '../helpers/domain-error';

const weekdays = makeCalendar('NONE');

/** A Monday–Friday calendar of our own, with a few things to change. */
function calendar(change: Partial<Calendar> = {}): Calendar {
  return {
    country: 'NONE',
    isWorkday: (d) => isoWeekday(d) <= 5,
    isShortened: () => false,
    covers: () => true,
    isProvisional: () => false,
    ...change,
  };
}
const noFebruary = calendar({
  isWorkday: (d) => isoWeekday(d) <= 5 && (d < dayOf(2026, 2, 1) || d > dayOf(2026, 2, 28)),
});
const flat = (v: number) => new Array<number>(12).fill(v);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const two: TeamMember[] = [
  { id: 'a', name: 'Anna' },
  { id: 'b', name: 'Boris' },
];
const base: PlanInput = { year: 2026, calendar: weekdays, revenue: { yearly: 120_000_000 }, team: two };

/**
 * Every invariant of a decomposition, checked in whole units of each metric's step. Collects the breaches
 * and asserts once (thousands of `expect` calls per plan would make the property test crawl).
 */
function checkInvariants(plan: PlanDecomposition): void {
  const bad: string[] = [];
  const same = (a: number | string, b: number | string, where: string) => {
    if (a !== b) bad.push(`${where}: ${a} ≠ ${b}`);
  };
  for (const metric of plan.metrics) {
    const u = (x: number) => {
      const units = Math.round(x / metric.step);
      if (x < 0 || Math.abs(units * metric.step - x) > metric.step * 1e-6) bad.push(`${metric.id}: ${x}`);
      return units;
    };
    const us = (xs: readonly number[]) => sum(xs.map(u));
    for (const month of plan.months) {
      const at = `${metric.id} month ${month.month}`;
      const managers = month.managers.map((m) => u(m.plan[metric.id]));
      same(sum(managers) + u(month.gap[metric.id]), u(month.department[metric.id]), `${at} managers + gap`);
      month.managers.forEach((m, i) => {
        const weeks = m.byWeek[metric.id].map(u);
        same(sum(weeks), managers[i], `${at} ${m.id} weeks`);
        same(us(m.byDay[metric.id]), managers[i], `${at} ${m.id} days`);
        const perWeek = weeks.map(() => 0);
        m.byDay[metric.id].forEach((x, d) => {
          const k = month.weeks.findIndex((w) => month.workdays[d] >= w.start && month.workdays[d] <= w.end);
          perWeek[k] += u(x);
        });
        same(perWeek.join(), weeks.join(), `${at} ${m.id} days in weeks`);
      });
      same(us(month.departmentByDay[metric.id]), sum(managers), `${at} department days`);
      same(us(month.departmentByWeek[metric.id]), sum(managers), `${at} department weeks`);
    }
    plan.managers.forEach((_, i) => {
      const days = sum(plan.months.map((mo) => us(mo.managers[i].byDay[metric.id])));
      same(days, u(plan.totals.managers[i][metric.id]), `${metric.id} manager ${i} year`);
    });
    const year = u(plan.totals.department[metric.id]);
    same(sum(plan.months.map((mo) => u(mo.department[metric.id]))), year, `${metric.id} months → year`);
    same(
      sum(plan.totals.managers.map((m) => u(m[metric.id]))) + u(plan.totals.gap[metric.id]),
      year,
      metric.id,
    );
  }
  expect(bad).toEqual([]);
}

describe('decomposePlan: worked numbers', () => {
  it('120 M a year split equally → 10 M a month, 5 M per manager', () => {
    const plan = decomposePlan(base);
    expect(plan.months.map((m) => m.department.revenue)).toEqual(flat(10_000_000));
    expect(plan.months[0].managers.map((m) => m.plan.revenue)).toEqual([5_000_000, 5_000_000]);
    expect(plan.totals.managers).toEqual([{ revenue: 60_000_000 }, { revenue: 60_000_000 }]);
    expect(plan.warnings).toEqual([]);
    checkInvariants(plan);
  });

  it('lays out March 2026: 22 working days in 5 weeks (Sunday 1 March is none), the plan by week and by day', () => {
    const plan = decomposePlan({ ...base, steps: { revenue: 1000 } });
    const march = plan.months[2];
    expect(march.workdays).toHaveLength(22);
    expect(march.weeks.map((w) => w.workdays)).toEqual([5, 5, 5, 5, 2]);
    const anna = march.managers[0];
    // 5 000 000 over 22 days = 227 272.7 a day, in thousands
    expect(anna.byWeek.revenue).toEqual([1_137_000, 1_136_000, 1_136_000, 1_136_000, 455_000]);
    expect(sum(anna.byDay.revenue)).toBe(5_000_000);
    expect(march.departmentByWeek.revenue).toEqual([2_274_000, 2_272_000, 2_272_000, 2_272_000, 910_000]);
  });

  it('10 000 000 a month at a 200 000 check and 10 % lead → deal: 50 deals, 500 leads', () => {
    const plan = decomposePlan({
      ...base,
      funnel: { avgCheck: 200_000, stages: [{ metric: 'leads', conversion: 0.1 }] },
    });
    expect(plan.metrics.map((m) => m.id)).toEqual(['revenue', 'leads', 'deals']);
    expect(plan.months.map((m) => m.department.deals)).toEqual(flat(50));
    expect(plan.months.map((m) => m.department.leads)).toEqual(flat(500));
    expect(plan.months[0].avgCheck).toBe(200_000);
    expect(plan.months[0].managers.map((m) => [m.plan.deals, m.plan.leads])).toEqual([
      [25, 250],
      [25, 250],
    ]);
    expect(plan.totals.department.deals).toBe(600);
    checkInvariants(plan);
  });

  it('derives counts per month for the department, then splits them (sum over managers = department)', () => {
    const three = [...two, { id: 'c', name: 'Clara' }];
    const plan = decomposePlan({ ...base, team: three, funnel: { avgCheck: 300_000 } });
    // 10 M / 300 000 = 33.3 → 34 deals a month, split 12 / 11 / 11
    expect(plan.months[0].department.deals).toBe(34);
    expect(plan.months[0].managers.map((m) => m.plan.deals)).toEqual([12, 11, 11]);
    checkInvariants(plan);
  });

  it('plans other metrics directly, yearly or monthly, with their own steps', () => {
    const plan = decomposePlan({
      ...base,
      seasonality: { kind: 'coefficients', coefficients: [0.7, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.3] },
      metrics: { receipts: { yearly: 108_000_000 }, calls: { monthly: flat(1000) } },
      steps: { revenue: 1000, receipts: 1000 },
    });
    expect(plan.months[0].department.revenue).toBe(7_000_000);
    expect(plan.months[0].department.receipts).toBe(6_300_000);
    expect(plan.months[11].department.calls).toBe(1000);
    expect(plan.totals.department.receipts).toBe(108_000_000);
    checkInvariants(plan);
  });

  it('splits by share and by grade', () => {
    const team = [
      { id: 'a', name: 'Anna', share: 0.6, grade: 'senior' },
      { id: 'b', name: 'Boris', share: 0.4, grade: 'junior' },
    ];
    const byShare = decomposePlan({ ...base, team, teamSplit: 'share' });
    expect(byShare.months[0].managers.map((m) => m.plan.revenue)).toEqual([6_000_000, 4_000_000]);
    const byGrade = decomposePlan({
      ...base,
      team,
      teamSplit: 'grade',
      grades: { senior: 1.5, junior: 0.5 },
    });
    expect(byGrade.months[0].managers.map((m) => m.plan.revenue)).toEqual([7_500_000, 2_500_000]);
  });
});

describe('decomposePlan: ramp-up, absences, gaps', () => {
  const newHire: TeamMember[] = [
    { id: 'a', name: 'Anna' },
    { id: 'n', name: 'Nick', start: dayOf(2026, 1, 1) },
  ];

  it('redistributes what a new hire cannot carry to the others in proportion to capacity', () => {
    const plan = decomposePlan({ ...base, team: newHire });
    // capacities 1 and 0.25, 0.5, 0.75, 1
    expect(plan.months.slice(0, 4).map((m) => m.managers.map((x) => x.plan.revenue))).toEqual([
      [8_000_000, 2_000_000],
      [6_666_667, 3_333_333],
      [5_714_286, 4_285_714],
      [5_000_000, 5_000_000],
    ]);
    expect(plan.totals.gap.revenue).toBe(0);
    expect(plan.warnings).toEqual([]);
    checkInvariants(plan);
  });

  it('or shows it as a gap with a warning', () => {
    const plan = decomposePlan({ ...base, team: newHire, gapPolicy: 'showGap' });
    expect(plan.months.slice(0, 4).map((m) => m.managers.map((x) => x.plan.revenue))).toEqual([
      [5_000_000, 1_250_000],
      [5_000_000, 2_500_000],
      [5_000_000, 3_750_000],
      [5_000_000, 5_000_000],
    ]);
    expect(plan.months.slice(0, 4).map((m) => m.gap.revenue)).toEqual([3_750_000, 2_500_000, 1_250_000, 0]);
    expect(plan.totals.gap.revenue).toBe(7_500_000);
    expect(plan.warnings).toEqual([
      { code: 'decompose.warn.gap', params: { metric: 'revenue', gap: 7_500_000, months: '1, 2, 3' } },
    ]);
    checkInvariants(plan);
  });

  it('ramps by calendar month: a hire on 2 Nov is at step 2 (50 %) in December; 0 % before the start month', () => {
    const team: TeamMember[] = [
      { id: 'a', name: 'Anna' },
      { id: 'n', name: 'Nick', start: dayOf(2026, 11, 2) },
    ];
    const plan = decomposePlan({ ...base, calendar: makeCalendar('RU'), team, gapPolicy: 'showGap' });
    expect(plan.months.map((m) => m.managers[1].ramp)).toEqual([...new Array(10).fill(0), 0.25, 0.5]);
    // December: Nick works every working day at 50 % of his 5 M seat
    expect(plan.months[11].managers[1].plan.revenue).toBe(2_500_000);
    checkInvariants(plan);
  });

  it('an absence lowers the manager’s share by the working days lost and empties those days', () => {
    const away = { id: 'b', name: 'Boris', absences: [{ from: dayOf(2026, 3, 16), to: dayOf(2026, 3, 27) }] };
    const plan = decomposePlan({ ...base, team: [two[0], away], steps: { revenue: 1000 } });
    const march = plan.months[2];
    // capacities 1 and 12/22: 10 M × 22/34 and × 12/34
    expect(march.managers.map((m) => m.plan.revenue)).toEqual([6_471_000, 3_529_000]);
    expect(march.managers[1].workdays).toBe(12);
    const boris = march.managers[1].byDay.revenue;
    expect(boris.slice(10, 20)).toEqual(new Array(10).fill(0));
    checkInvariants(plan);
  });

  it('joining and leaving mid-month pro-rate the plan; nobody available → the whole month is a gap', () => {
    const team = [
      { id: 'a', name: 'Anna', end: dayOf(2026, 6, 15) },
      { id: 'b', name: 'Boris', start: dayOf(2026, 7, 16) },
    ];
    const plan = decomposePlan({ ...base, team, ramp: [1] });
    // June: Anna works 11 of 22 days, Boris not yet: she carries the whole month (redistribute)
    expect(plan.months[5].managers.map((m) => m.plan.revenue)).toEqual([10_000_000, 0]);
    expect(plan.months[6].managers.map((m) => m.plan.revenue)).toEqual([0, 10_000_000]);
    const shown = decomposePlan({ ...base, team, ramp: [1], gapPolicy: 'showGap' });
    // June: Anna 11/22 of her 5 M seat; July: Boris 12/23 of his
    expect(shown.months[5].managers.map((m) => m.plan.revenue)).toEqual([2_500_000, 0]);
    expect(shown.months[6].managers.map((m) => m.plan.revenue)).toEqual([0, 2_608_696]);
    checkInvariants(shown);

    const gone = decomposePlan({ ...base, team: [{ id: 'a', name: 'Anna', end: dayOf(2026, 11, 30) }] });
    expect(gone.months[11].gap.revenue).toBe(10_000_000);
    expect(gone.warnings.map((w) => w.code)).toEqual([
      'decompose.warn.nobodyAvailable',
      'decompose.warn.gap',
    ]);
    checkInvariants(gone);
  });
});

describe('decomposePlan: warnings and errors', () => {
  it('warns about a calendar year without data or with provisional data', () => {
    const uncovered: Calendar = calendar({ covers: () => false });
    expect(decomposePlan({ ...base, calendar: uncovered }).warnings).toEqual([
      { code: 'decompose.warn.calendarUncovered', params: { year: 2026 } },
    ]);
    const provisional: Calendar = calendar({ isProvisional: () => true });
    expect(decomposePlan({ ...base, calendar: provisional }).warnings[0].code).toBe(
      'decompose.warn.calendarProvisional',
    );
    for (const w of decomposePlan({ ...base, calendar: uncovered }).warnings) {
      for (const lang of ['ru', 'en'] as const) expect(tCode(w.code, lang, w.params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('on the real RU calendar: 2028 is provisional (built from the Labour Code), 2023 uncovered, 2027 official', () => {
    const ru = makeCalendar('RU');
    const provisional = decomposePlan({ ...base, year: 2028, calendar: ru });
    expect(provisional.warnings).toEqual([
      { code: 'decompose.warn.calendarProvisional', params: { year: 2028 } },
    ]);
    // The working days of test/core/calendar-provisional.test.ts, counted by hand there.
    expect(provisional.months.map((m) => m.workdays.length)).toEqual([
      16, 20, 22, 20, 21, 21, 21, 23, 21, 22, 21, 21,
    ]);
    checkInvariants(provisional);
    expect(decomposePlan({ ...base, year: 2023, calendar: ru }).warnings).toEqual([
      { code: 'decompose.warn.calendarUncovered', params: { year: 2023 } },
    ]);
    expect(decomposePlan({ ...base, year: 2027, calendar: ru }).warnings).toEqual([]);
  });

  it('rejects bad input with a message for each case', () => {
    expectDomainError(() => decomposePlan({ ...base, year: 26.5 }), 'decompose.yearBad');
    expectDomainError(
      () => decomposePlan({ ...base, gapPolicy: 'ignore' as 'showGap' }),
      'decompose.gapPolicyBad',
    );
    expectDomainError(() => decomposePlan({ ...base, revenue: { yearly: -1 } }), 'decompose.planBad');
    expectDomainError(
      () => decomposePlan({ ...base, revenue: { yearly: 120_000_500 }, steps: { revenue: 1000 } }),
      'decompose.planNotMultiple',
    );
    expectDomainError(
      () => decomposePlan({ ...base, revenue: { monthly: [1, 2] } }),
      'decompose.monthlyLength',
    );
    expectDomainError(
      () => decomposePlan({ ...base, revenue: { monthly: [Number.NaN, ...flat(1).slice(1)] } }),
      'decompose.monthPlanBad',
    );
    expectDomainError(
      () => decomposePlan({ ...base, revenue: { monthly: [1.5, ...flat(1).slice(1)] } }),
      'decompose.monthPlanNotMultiple',
    );
    expectDomainError(() => decomposePlan({ ...base, steps: { revenue: 0 } }), 'decompose.stepBad');
    expectDomainError(
      () => decomposePlan({ ...base, metrics: { revenue: { yearly: 1 } } }),
      'decompose.metricDuplicate',
    );
    expectDomainError(
      () => decomposePlan({ ...base, metrics: { avgCheck: { yearly: 1 } } }),
      'decompose.metricDuplicate',
    );
    expectDomainError(
      () => decomposePlan({ ...base, funnel: { avgCheck: 1 }, metrics: { deals: { yearly: 1 } } }),
      'decompose.metricDuplicate',
    );
    expectDomainError(
      () => decomposePlan({ ...base, funnel: { avgCheck: [1, 2] } }),
      'decompose.avgCheckLength',
    );
    expectDomainError(
      () => decomposePlan({ ...base, funnel: { avgCheck: [0, ...flat(1).slice(1)] } }),
      'decompose.avgCheckMonthBad',
    );
    expectDomainError(
      () => decomposePlan({ ...base, funnel: { avgCheck: 1, stages: [{ metric: 'leads', conversion: 0 }] } }),
      'decompose.conversionBad',
    );
    expectDomainError(() => decomposePlan({ ...base, ramp: [] }), 'decompose.rampEmpty');
    expectDomainError(() => decomposePlan({ ...base, team: [] }), 'decompose.teamEmpty');
    expectDomainError(
      () => decomposePlan({ ...base, dayWeights: { weekday: [1] } }),
      'decompose.weekdayWeightsLength',
    );
    expectDomainError(() => decomposePlan({ ...base, calendar: noFebruary }), 'decompose.monthNoWorkdays');
  });

  it('accepts a month with no working days when its plan is zero', () => {
    const plan = decomposePlan({
      ...base,
      calendar: noFebruary,
      revenue: { monthly: [10, 0, ...flat(10).slice(2)] },
    });
    expect(plan.months[1].workdays).toEqual([]);
    checkInvariants(plan);
  });
});

describe('decomposePlan: properties', () => {
  const jan1 = dayOf(2026, 1, 1);
  const member = (i: number) =>
    fc
      .record({
        share: fc.integer({ min: 0, max: 100 }),
        grade: fc.constantFrom('junior', 'middle', 'senior'),
        start: fc.option(fc.integer({ min: -400, max: 360 }), { nil: undefined }),
        length: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
        absences: fc.array(
          fc.record({ from: fc.integer({ min: 0, max: 364 }), days: fc.integer({ min: 0, max: 40 }) }),
          { maxLength: 3 },
        ),
      })
      .map(
        (r): TeamMember => ({
          id: 'm' + i,
          name: 'M' + i,
          share: r.share,
          grade: r.grade,
          start: r.start === undefined ? undefined : jan1 + r.start,
          end: r.start === undefined || r.length === undefined ? undefined : jan1 + r.start + r.length,
          absences: r.absences.map((a) => ({ from: jan1 + a.from, to: jan1 + a.from + a.days })),
        }),
      );
  const team = fc
    .integer({ min: 1, max: 4 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => member(i))));

  it('year → days sums back for every manager and metric; nothing negative; nothing lost or invented', () => {
    fc.assert(
      fc.property(
        team,
        fc.integer({ min: 0, max: 500_000 }),
        fc.constantFrom(1, 1000, 0.01),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 12, maxLength: 12 }),
        fc.constantFrom<'redistribute' | 'showGap'>('redistribute', 'showGap'),
        fc.constantFrom<'share' | 'grade' | 'equal'>('share', 'grade', 'equal'),
        fc.array(fc.double({ min: 0.2, max: 1.5, noNaN: true }), { minLength: 7, maxLength: 7 }),
        (members, units, step, coefficients, gapPolicy, teamSplit, weekday) => {
          if (teamSplit === 'share' && members.every((m) => m.share === 0)) return;
          const yearly = Number((units * step).toFixed(2));
          const plan = decomposePlan({
            year: 2026,
            calendar: weekdays,
            revenue: { yearly },
            seasonality: { kind: 'coefficients', coefficients },
            funnel: {
              avgCheck: 777,
              stages: [
                { metric: 'calls', conversion: 0.3 },
                { metric: 'meetings', conversion: 0.45 },
              ],
            },
            metrics: { receipts: { yearly: units } },
            steps: { revenue: step },
            team: members,
            teamSplit,
            gapPolicy,
            dayWeights: { weekday },
          });
          checkInvariants(plan);
          expect(plan.totals.department.revenue).toBe(yearly);
          expect(plan.totals.department.receipts).toBe(units);
          if (gapPolicy === 'redistribute') {
            for (const month of plan.months) {
              const anyone = month.managers.some((m) => m.capacity > 0);
              if (anyone) expect(Object.values(month.gap).every((g) => g === 0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('decomposePlan on the Russian 2026 calendar', () => {
  const ru = makeCalendar('RU');
  const landed = ru.covers(2026);
  (landed ? it : it.skip)('has the official monthly working days', () => {
    const plan = decomposePlan({ ...base, calendar: ru });
    expect(plan.months.map((m) => m.workdays.length)).toEqual([
      15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22,
    ]);
    expect(plan.warnings).toEqual([]);
    checkInvariants(plan);
  });
});
