import fc from 'fast-check';
import { makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf } from '../../src/core/dates';
import { DomainError, msgRef } from '../../src/core/errors';
import { completion } from '../../src/core/planfact';
import {
  buildMonthlyReport,
  cumulative,
  type MonthlyReportInput,
  type ReportManagerInput,
  rankManagers,
} from '../../src/core/report';
import { tCode } from '../../src/i18n';
import { expectDomainError } from '../helpers/domain-error';

const NONE = makeCalendar('NONE');
const mar = (d: number): Day => dayOf(2026, 3, d);

// March 2026, three managers:
//   Anna  revenue 1 000 000 / 1 100 000 (110 %), deals 10 / 11
//   Boris revenue   800 000 /   600 000 ( 75 %), deals  8 /  5
//   Vera  revenue 1 200 000 / 1 320 000 (110 %), deals 12 / 12
// Department revenue 3 000 000 / 3 020 000 → 100.67 %, +20 000.
// February: Anna 900 000 / 950 000, Boris 800 000 / 700 000, Dmitry (left) 500 000 / 450 000
//   → 2 200 000 / 2 100 000; change +920 000 = +43.81 %.
// Bonuses 110 000 + 30 000 + 132 000 = 272 000, head 50 000 → fund 322 000 = 10.66 % of revenue.
// Forecast announced 2 900 000: missed by 120 000, accuracy 1 − 120 000 / 3 020 000 = 96.03 %.
const managers: ReportManagerInput[] = [
  {
    id: 'a',
    name: 'Anna',
    metrics: { revenue: { plan: 1_000_000, fact: 1_100_000 }, deals: { plan: 10, fact: 11 } },
  },
  {
    id: 'b',
    name: 'Boris',
    metrics: { revenue: { plan: 800_000, fact: 600_000 }, deals: { plan: 8, fact: 5 } },
  },
  {
    id: 'c',
    name: 'Vera',
    metrics: { revenue: { plan: 1_200_000, fact: 1_320_000 }, deals: { plan: 12, fact: 12 } },
  },
];

const input: MonthlyReportInput = {
  year: 2026,
  month: 3,
  calendar: NONE,
  generatedOn: dayOf(2026, 4, 2),
  managers,
  previous: [
    { id: 'a', metrics: { revenue: { plan: 900_000, fact: 950_000 } } },
    { id: 'b', metrics: { revenue: { plan: 800_000, fact: 700_000 } } },
    { id: 'd', metrics: { revenue: { plan: 500_000, fact: 450_000 } } },
  ],
  forecast: 2_900_000,
  funnel: {
    stages: ['Leads', 'Meetings', 'Proposals', 'Deals'],
    counts: [
      { id: 'a', counts: [500, 200, 40, 10] },
      { id: 'b', counts: [500, 100, 20, 2] },
    ],
    benchmark: [0.42, 0.25, 0.3],
  },
  bonus: { byManager: { a: 110_000, b: 30_000, c: 132_000 }, head: 50_000 },
};

describe('monthly report', () => {
  const r = buildMonthlyReport(input);

  it('headline numbers', () => {
    expect(r.from).toBe(mar(1));
    expect(r.to).toBe(mar(31));
    expect(r.generatedOn).toBe(dayOf(2026, 4, 2));
    expect(r.mainMetric).toBe('revenue');
    expect(r.headline).toMatchObject({
      metric: 'revenue',
      plan: 3_000_000,
      fact: 3_020_000,
      deviation: 20_000,
      previousPlan: 2_200_000,
      previousFact: 2_100_000,
      change: 920_000,
    });
    expect(r.headline.completion).toBeCloseTo(1.006667, 6);
    expect(r.headline.changePct).toBeCloseTo(0.438095, 6);
    expect(r.headline.previousCompletion).toBeCloseTo(0.954545, 6);
    expect(r.metrics.map((m) => m.metric)).toEqual(['revenue', 'deals']);
    // deals 30 / 28; no February deals given → no previous figures and no change
    expect(r.metrics[1]).toMatchObject({
      plan: 30,
      fact: 28,
      previousFact: null,
      change: null,
      changePct: null,
    });
  });

  it('forecast against the result', () => {
    expect(r.forecast).toMatchObject({ forecast: 2_900_000, asOf: null, result: 3_020_000, miss: 120_000 });
    expect(r.forecast!.accuracy).toBeCloseTo(0.960265, 6);
  });

  it('ranking by completion, ties by fact', () => {
    // Anna and Vera both at 110 %: Vera's larger fact puts her first.
    expect(r.ranking.map((x) => [x.rank, x.name, x.bonus])).toEqual([
      [1, 'Vera', 132_000],
      [2, 'Anna', 110_000],
      [3, 'Boris', 30_000],
    ]);
    expect(r.ranking[2].completion).toBe(0.75);
  });

  it('funnel with conversions and the bottleneck', () => {
    // Team 1000 → 300 → 60 → 12 against 42 / 25 / 30 %: the proposals → deals step adds 6 deals.
    const f = r.funnel!;
    expect(f.team.counts).toEqual([1000, 300, 60, 12]);
    expect(f.team.conversions).toEqual([null, 0.3, 0.2, 0.2]);
    expect(f.team.bottleneck!.stageName).toBe('Deals');
    expect(f.team.bottleneck!.dealsAdded).toBeCloseTo(6, 9);
    // Anna: 0.25 × 200 − 40 = 10 proposals × 25 % = 2.5 deals
    expect(f.managers[0].bottleneck!.stageName).toBe('Proposals');
    expect(f.managers[0].bottleneck!.dealsAdded).toBeCloseTo(2.5, 9);
    expect(f.managers.map((m) => m.name)).toEqual(['Anna', 'Boris']);
    expect(r.charts.funnel).toEqual([
      { stage: 'Leads', count: 1000 },
      { stage: 'Meetings', count: 300 },
      { stage: 'Proposals', count: 60 },
      { stage: 'Deals', count: 12 },
    ]);
  });

  it('bonus fund and its share of revenue', () => {
    expect(r.bonus).toMatchObject({ managers: 272_000, head: 50_000, fund: 322_000 });
    expect(r.bonus!.shareOfRevenue).toBeCloseTo(0.106623, 6);
  });

  it('plan vs fact per manager; no cumulative series without daily facts', () => {
    expect(r.charts.planVsFact).toEqual([
      { name: 'Anna', plan: 1_000_000, fact: 1_100_000 },
      { name: 'Boris', plan: 800_000, fact: 600_000 },
      { name: 'Vera', plan: 1_200_000, fact: 1_320_000 },
    ]);
    expect(r.charts.cumulative).toBeNull();
  });

  it('optional parts left out', () => {
    const bare = buildMonthlyReport({ year: 2026, month: 3, calendar: NONE, generatedOn: mar(31), managers });
    expect(bare.forecast).toBeNull();
    expect(bare.funnel).toBeNull();
    expect(bare.bonus).toBeNull();
    expect(bare.headline.previousFact).toBeNull();
    expect(bare.headline.change).toBeNull();
    expect(bare.ranking[0].bonus).toBeNull();
    expect(bare.charts.funnel).toBeNull();
    expect(buildMonthlyReport({ ...input, mainMetric: 'deals' }).ranking.map((x) => x.name)).toEqual([
      'Anna',
      'Vera',
      'Boris',
    ]);
  });

  it('without a benchmark, managers are measured against the team and the team has no bottleneck', () => {
    const f = buildMonthlyReport({ ...input, funnel: { ...input.funnel!, benchmark: undefined } }).funnel!;
    expect(f.benchmark).toEqual([null, 0.3, 0.2, 0.2]);
    expect(f.team.bottleneck).toBeNull();
    // Boris: 0.2 × 20 − 2 = 2 deals at the last step
    expect(f.managers[1].bottleneck!.stageName).toBe('Deals');
  });
});

describe('daily series and the run-rate forecast', () => {
  // March 2026 (22 working days on Mon–Fri). Plans 1 100 000 each, no daily plan → 50 000 per working day each.
  // Anna types 60 000 every working day (1 320 000); Boris 40 000 until 20 March, nothing from the 23rd
  // (15 days = 600 000). Department fact 1 920 000.
  // As of Wed 11 March 7 days are closed at 100 000 → forecast 700 000 ÷ 7 × 22 = 2 200 000;
  // missed by −280 000, accuracy 1 − 280 000 / 1 920 000 = 85.42 %.
  const days = 31;
  const on = (fn: (d: Day) => number): number[] =>
    Array.from({ length: days }, (_, i) => (NONE.isWorkday(mar(1) + i) ? fn(mar(1) + i) : 0));
  const daily: ReportManagerInput[] = [
    {
      id: 'a',
      name: 'Anna',
      metrics: { revenue: { plan: 1_100_000, fact: 1_320_000 } },
      daily: { fact: on(() => 60_000) },
    },
    {
      id: 'b',
      name: 'Boris',
      metrics: { revenue: { plan: 1_100_000, fact: 600_000 } },
      daily: { fact: on((d) => (d < mar(23) ? 40_000 : 0)) },
    },
  ];
  const base: MonthlyReportInput = {
    year: 2026,
    month: 3,
    calendar: NONE,
    generatedOn: dayOf(2026, 4, 1),
    managers: daily,
    forecast: { asOf: mar(11) },
  };

  it('cumulative fact vs plan by day', () => {
    const c = buildMonthlyReport(base).charts.cumulative!;
    expect(c).toHaveLength(31);
    expect(c[0]).toEqual({ day: mar(1), plan: 0, fact: 0 }); // Sunday
    expect(c[5]).toEqual({ day: mar(6), plan: 500_000, fact: 500_000 }); // 5 working days
    expect(c[6]).toEqual({ day: mar(7), plan: 500_000, fact: 500_000 }); // Saturday: nothing added
    expect(c[30].plan).toBeCloseTo(2_200_000, 6);
    expect(c[30].fact).toBe(1_920_000);
  });

  it('run-rate forecast as of a day, from the facts known then', () => {
    const f = buildMonthlyReport(base).forecast!;
    expect(f.asOf).toBe(mar(11));
    expect(f.forecast).toBeCloseTo(2_200_000, 6);
    expect(f.miss).toBeCloseTo(-280_000, 6);
    expect(f.accuracy).toBeCloseTo(0.854167, 6);
    // As of the first working day no forecast could be made.
    expect(buildMonthlyReport({ ...base, forecast: { asOf: mar(2) } }).forecast).toBeNull();
  });

  it('a daily plan given is used as it is', () => {
    const plan = on(() => 0);
    plan[1] = 1_100_000; // all of Anna's plan on Mon 2 March
    const withPlan = daily.map((m, i) => (i === 0 ? { ...m, daily: { ...m.daily!, plan } } : m));
    const c = buildMonthlyReport({ ...base, managers: withPlan }).charts.cumulative!;
    expect(c[1].plan).toBe(1_150_000); // Anna 1 100 000 + Boris 50 000
    expect(c[30].plan).toBeCloseTo(2_200_000, 6);
  });

  it('cumulative() alone', () => {
    expect(cumulative(mar(1), [1, 2], [3, 4])).toEqual([
      { day: mar(1), plan: 1, fact: 3 },
      { day: mar(2), plan: 3, fact: 7 },
    ]);
  });
});

describe("figures to date on each person's own working days", () => {
  // March 2026 on Mon–Fri: 22 working days; as of Wed 18 March 12 of them are closed and 10 remain.
  //   Anna  no absence: 22 own days, 40 000 a day on the 12 closed → forecast 480 000 ÷ 12 × 22 = 880 000
  //         of 1 100 000 (80 %, amber); plan to date 600 000; needed (1 100 000 − 480 000) ÷ 10 = 62 000.
  //   Boris on vacation 9–13 March: 17 own days, 7 closed, 10 left; 60 000 a day → forecast 420 000 ÷ 7 × 17
  //         = 1 020 000 of 1 020 000 (100 %, green; on the calendar's days it would be 770 000, 75 %);
  //         plan to date 1 020 000 × 7 ÷ 17 = 420 000; needed 600 000 ÷ 10 = 60 000.
  //   Vera  sick 18–20 March (from today): 19 own days, 12 closed, 7 left; 55 000 a day → forecast 660 000
  //         ÷ 12 × 19 = 1 045 000 of 950 000 (110 %); plan to date 600 000; needed 290 000 ÷ 7 = 41 428.57.
  // Department: plan 3 070 000, plan to date 1 620 000, closed fact 1 560 000 (deviation −60 000), forecast
  // 2 945 000 (95.9 %, amber), needed 163 428.57.
  const asOf = mar(18);
  const away = (from: number, to: number) => (d: Day) => d < mar(from) || d > mar(to);
  const ownOf = (available: (d: Day) => boolean) => {
    const present = Array.from({ length: 31 }, (_, i) =>
      NONE.isWorkday(mar(1) + i) && available(mar(1) + i) ? 1 : 0,
    );
    return { present, weights: present };
  };
  const factsOf = (own: { present: number[] }, perDay: number) =>
    own.present.map((p, i) => (p && mar(1) + i < asOf ? perDay : 0));
  const person = (id: string, name: string, plan: number, own: ReturnType<typeof ownOf>, perDay: number) => {
    const fact = factsOf(own, perDay);
    return {
      id,
      name,
      own,
      metrics: { revenue: { plan, fact: fact.reduce((a, b) => a + b, 0) } },
      daily: { fact },
    };
  };
  const people: ReportManagerInput[] = [
    person(
      'a',
      'Anna',
      1_100_000,
      ownOf(() => true),
      40_000,
    ),
    person('b', 'Boris', 1_020_000, ownOf(away(9, 13)), 60_000),
    person('c', 'Vera', 950_000, ownOf(away(18, 20)), 55_000),
  ];
  const base: MonthlyReportInput = {
    year: 2026,
    month: 3,
    calendar: NONE,
    generatedOn: asOf,
    thresholds: { redBelow: 0.7, amberBelow: 1 },
    managers: people,
    forecast: { asOf },
  };
  const r = buildMonthlyReport(base);
  const byName = (name: string) => r.ranking.find((x) => x.name === name)!;

  it('each person: elapsed, remaining, plan to date, forecast, needed per day and the light', () => {
    expect(byName('Boris').pace).toMatchObject({ total: 17, elapsed: 7, remaining: 10, fact: 420_000 });
    expect(byName('Boris').pace!.planToDate).toBeCloseTo(420_000, 6);
    expect(byName('Boris').pace!.forecast).toBeCloseTo(1_020_000, 6);
    expect(byName('Boris').pace!.needed).toBeCloseTo(60_000, 6);
    expect(byName('Anna').pace).toMatchObject({ total: 22, elapsed: 12, remaining: 10 });
    expect(byName('Anna').pace!.forecast).toBeCloseTo(880_000, 6);
    expect(byName('Anna').pace!.planToDate).toBeCloseTo(600_000, 6);
    expect(byName('Anna').pace!.needed).toBeCloseTo(62_000, 6);
    expect(byName('Vera').pace).toMatchObject({ total: 19, elapsed: 12, remaining: 7 });
    expect(byName('Vera').pace!.forecast).toBeCloseTo(1_045_000, 6);
    expect(byName('Vera').pace!.needed).toBeCloseTo(290_000 / 7, 6);
    // Ranked by completion to date: Vera 110 %, Boris 100 %, Anna 80 %; lights by forecast ÷ plan.
    expect(r.ranking.map((x) => [x.rank, x.name, x.light])).toEqual([
      [1, 'Vera', 'green'],
      [2, 'Boris', 'green'],
      [3, 'Anna', 'amber'],
    ]);
    expect(byName('Boris').pace!.completionToDate).toBeCloseTo(1, 12);
    // Month-to-date completion against the whole plan would have painted everyone red.
    expect(r.ranking.every((x) => x.completion! < 0.7)).toBe(true);
  });

  it('the department is the sum of its people; its deviation is against the plan to date', () => {
    const h = r.headline;
    expect(h.pace!.planToDate).toBeCloseTo(1_620_000, 6);
    expect(h.pace!.factClosed).toBe(1_560_000);
    expect(h.deviation).toBeCloseTo(-60_000, 6);
    expect(h.deviationPct).toBeCloseTo(-60_000 / 1_620_000, 12);
    expect(h.pace!.forecast).toBeCloseTo(2_945_000, 6);
    expect(h.pace!.needed).toBeCloseTo(62_000 + 60_000 + 290_000 / 7, 6);
    expect(h.light).toBe('amber');
    // The forecast checked against the result is the same run-rate on own days.
    expect(r.forecast!.forecast).toBeCloseTo(2_945_000, 6);
  });

  it("without own days the calendar's working days count, each weighing 1", () => {
    const noOwn = people.map(({ own: _own, ...m }) => m);
    const boris = buildMonthlyReport({ ...base, managers: noOwn }).ranking.find((x) => x.name === 'Boris')!;
    expect(boris.pace).toMatchObject({ total: 22, elapsed: 12, remaining: 10 });
    expect(boris.pace!.forecast).toBeCloseTo(770_000, 6);
    expect(boris.light).toBe('amber');
  });

  it("a finished month: plan to date = plan, forecast = fact, the light is the completion's", () => {
    const done = buildMonthlyReport({ ...base, generatedOn: dayOf(2026, 4, 1) });
    for (const x of done.ranking) {
      expect(x.pace!.planToDate).toBeCloseTo(x.plan, 6);
      expect(x.pace!.forecast).toBeCloseTo(x.fact, 6);
      expect(x.pace!.needed).toBeNull();
    }
    // Nobody typed anything from the 18th: Anna 44 %, Boris 41 %, Vera 69 % → red.
    expect(done.ranking.map((x) => x.light)).toEqual(['red', 'red', 'red']);
    expect(done.headline.deviation).toBe(done.headline.fact - done.headline.plan);
  });

  it('metrics without daily facts have no figures to date; other metrics use `facts`', () => {
    const withDeals = people.map((m) => ({
      ...m,
      metrics: { ...m.metrics, deals: { plan: 22, fact: 6 } },
      facts: { deals: m.daily!.fact.map((v) => (v ? 0.5 : 0)) },
    }));
    const x = buildMonthlyReport({ ...base, managers: withDeals });
    expect(x.metrics[1].pace!.fact).toBe(0.5 * (12 + 7 + 12));
    const without = buildMonthlyReport({ ...base, managers: withDeals.map(({ facts: _f, ...m }) => m) });
    expect(without.metrics[1].pace).toBeNull();
    expect(without.metrics[1].light).toBeNull();
    expect(without.metrics[1].deviation).toBe(3 * 6 - 3 * 22);
  });

  it('own days of the wrong length are refused', () => {
    const bad = [{ ...people[0], own: { present: [1], weights: [1] } }];
    expectDomainError(() => buildMonthlyReport({ ...base, managers: bad }), 'report.dailyLength', {
      name: 'Anna',
      expected: 31,
      actual: 1,
    });
  });
});

describe('rankManagers', () => {
  it('equal completion and fact share a rank; no plan comes last', () => {
    const rows = [
      { id: '1', name: 'P', plan: 0, fact: 500 },
      { id: '2', name: 'Q', plan: 100, fact: 90 },
      { id: '3', name: 'R', plan: 200, fact: 180 },
      { id: '4', name: 'S', plan: 100, fact: 90 },
      { id: '5', name: 'T', plan: 100, fact: 120 },
    ];
    expect(rankManagers(rows).map((x) => [x.rank, x.name])).toEqual([
      [1, 'T'],
      [2, 'R'],
      [3, 'Q'],
      [3, 'S'],
      [5, 'P'],
    ]);
  });

  it('property: ranks never improve down the list and completions never rise', () => {
    const row = fc.record({ plan: fc.integer({ min: 0, max: 50 }), fact: fc.integer({ min: 0, max: 50 }) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 20 }), (rs) => {
        const ranked = rankManagers(rs.map((r, i) => ({ id: String(i), name: String(i), ...r })));
        expect(ranked).toHaveLength(rs.length);
        for (let k = 1; k < ranked.length; k++) {
          expect(ranked[k].rank).toBeGreaterThanOrEqual(ranked[k - 1].rank);
          const a = completion(ranked[k - 1]);
          const b = completion(ranked[k]);
          if (a !== null && b !== null) expect(b).toBeLessThanOrEqual(a);
          if (a === null) expect(b).toBeNull();
        }
      }),
    );
  });
});

describe('errors', () => {
  const one: ReportManagerInput[] = [{ id: 'a', name: 'Anna', metrics: { revenue: { plan: 1, fact: 1 } } }];
  const base: MonthlyReportInput = {
    year: 2026,
    month: 3,
    calendar: NONE,
    generatedOn: mar(31),
    managers: one,
  };

  it('month, metrics, managers', () => {
    expectDomainError(() => buildMonthlyReport({ ...base, month: 13 }), 'report.badMonth', { month: '13' });
    expectDomainError(() => buildMonthlyReport({ ...base, year: 2026.5 }), 'report.badMonth');
    expectDomainError(() => buildMonthlyReport({ ...base, managers: [] }), 'report.noMetrics');
    expectDomainError(() => buildMonthlyReport({ ...base, mainMetric: 'calls' }), 'report.unknownMetric', {
      metric: 'calls',
    });
    expectDomainError(
      () => buildMonthlyReport({ ...base, managers: [one[0], one[0]] }),
      'report.duplicateManager',
      {
        id: 'a',
      },
    );
    expectDomainError(
      () =>
        buildMonthlyReport({
          ...base,
          managers: [{ ...one[0], metrics: { revenue: { plan: -1, fact: 1 } } }],
        }),
      'report.badPlan',
      { name: 'Anna', metric: 'revenue', value: '-1' },
    );
    expectDomainError(
      () =>
        buildMonthlyReport({
          ...base,
          managers: [{ ...one[0], metrics: { revenue: { plan: 1, fact: Number.NaN } } }],
        }),
      'report.badFact',
      { name: 'Anna', metric: 'revenue' },
    );
  });

  it('previous month', () => {
    expectDomainError(
      () =>
        buildMonthlyReport({
          ...base,
          previous: [{ id: 'a', metrics: { revenue: { plan: 1, fact: Number.NaN } } }],
        }),
      'report.badPrevious',
      { id: 'a', metric: 'revenue' },
    );
    expectDomainError(
      () =>
        buildMonthlyReport({ ...base, previous: [{ id: 'a', metrics: { revenue: { plan: -1, fact: 0 } } }] }),
      'report.badPrevious',
    );
  });

  it('bonus', () => {
    expectDomainError(
      () => buildMonthlyReport({ ...base, bonus: { byManager: { z: 1 } } }),
      'report.unknownManager',
      {
        id: 'z',
        part: msgRef('report.part.bonus'),
      },
    );
    expectDomainError(
      () => buildMonthlyReport({ ...base, bonus: { byManager: { a: Number.NaN } } }),
      'report.badBonus',
      { id: 'a' },
    );
    expectDomainError(
      () => buildMonthlyReport({ ...base, bonus: { byManager: {}, head: Number.POSITIVE_INFINITY } }),
      'report.badHeadBonus',
    );
  });

  it('daily figures and forecast', () => {
    const two: ReportManagerInput[] = [
      { ...one[0], daily: { fact: new Array(31).fill(0) } },
      { id: 'b', name: 'Boris', metrics: {} },
    ];
    expectDomainError(() => buildMonthlyReport({ ...base, managers: two }), 'report.dailyMissing', {
      name: 'Boris',
    });
    expectDomainError(
      () => buildMonthlyReport({ ...base, managers: [{ ...one[0], daily: { fact: [1, 2] } }] }),
      'report.dailyLength',
      { name: 'Anna', expected: 31, actual: 2 },
    );
    const bad = new Array(31).fill(0);
    bad[4] = Number.NaN;
    expectDomainError(
      () =>
        buildMonthlyReport({
          ...base,
          managers: [{ ...one[0], daily: { fact: new Array(31).fill(0), plan: bad } }],
        }),
      'report.dailyNotFinite',
      { name: 'Anna', day: 5 },
    );
    expectDomainError(() => buildMonthlyReport({ ...base, forecast: Number.NaN }), 'report.badForecast');
    expectDomainError(
      () => buildMonthlyReport({ ...base, forecast: { asOf: mar(10) } }),
      'report.forecastNeedsDaily',
    );
  });

  it('funnel', () => {
    const funnel = { stages: ['Leads', 'Deals'], counts: [{ id: 'a', counts: [10, 2] }] };
    expectDomainError(
      () => buildMonthlyReport({ ...base, funnel: { ...funnel, counts: [{ id: 'x', counts: [1, 1] }] } }),
      'report.unknownManager',
      { id: 'x', part: msgRef('report.part.funnel') },
    );
    expectDomainError(
      () => buildMonthlyReport({ ...base, funnel: { ...funnel, counts: [{ id: 'a', counts: [1, 1, 1] }] } }),
      'report.funnelStages',
      { name: 'Anna', expected: 2, actual: 3 },
    );
    expectDomainError(
      () => buildMonthlyReport({ ...base, funnel: { ...funnel, counts: [] } }),
      'report.funnelEmpty',
    );
    expectDomainError(
      () => buildMonthlyReport({ ...base, funnel: { ...funnel, benchmark: [0.1, 0.2, 0.3] } }),
      'funnel.benchmarkLength',
    );
  });

  it('renders with its part named', () => {
    const e = new DomainError('report.unknownManager', { id: 'x', part: msgRef('report.part.funnel') });
    expect(tCode(e.code, 'ru', e.params)).toBe('воронка: менеджера с id «x» нет в команде этого месяца');
    expect(tCode(e.code, 'en', e.params)).toBe(
      'the funnel: there is no manager with the id "x" in this month\'s team',
    );
  });
});
