import fc from 'fast-check';
import { type Calendar, makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf } from '../../src/core/dates';
import { DomainError, msgRef } from '../../src/core/errors';
import { workdaysAsOf } from '../../src/core/own-days';
import {
  addPlanFact,
  completion,
  deviation,
  deviationPct,
  figures,
  forecastAccuracy,
  type Grain,
  paceRequired,
  periodKey,
  planFact,
  rollUp,
  runRate,
  sumBy,
  sumPlanFact,
  ZERO_PLAN_FACT,
} from '../../src/core/planfact';
import { tCode } from '../../src/i18n';
import { expectDomainError } from '../helpers/domain-error';
import { periodPace } from '../helpers/own-days';

const NONE = makeCalendar('NONE');

// The department's working days of a period as of a day, through own-days.ts' one count.
const daysAsOf = (cal: Calendar, from: Day, to: Day, asOf: Day) =>
  workdaysAsOf((d) => cal.isWorkday(d), from, to, asOf);
const workdaysInPeriod = (cal: Calendar, from: Day, to: Day) => daysAsOf(cal, from, to, from).workdays;
const workdaysElapsed = (cal: Calendar, from: Day, to: Day, asOf: Day) =>
  daysAsOf(cal, from, to, asOf).elapsed;
const workdaysRemaining = (cal: Calendar, from: Day, to: Day, asOf: Day) => {
  const w = daysAsOf(cal, from, to, asOf);
  return w.workdays - w.elapsed;
};
const lastClosedWorkday = (cal: Calendar, from: Day, to: Day, asOf: Day) =>
  daysAsOf(cal, from, to, asOf).lastClosed;
// March 2026 starts on a Sunday: working days (Mon–Fri) are 2–6, 9–13, 16–20, 23–27, 30–31 = 22.
const MAR1 = dayOf(2026, 3, 1);
const MAR31 = dayOf(2026, 3, 31);
const mar = (d: number): Day => dayOf(2026, 3, d);

/** Facts for March 2026: `perWorkday` on each working day before `asOf`, `today` on asOf, 0 elsewhere. */
function marchFacts(perWorkday: number, asOf: Day, today: number, cal: Calendar = NONE): number[] {
  const out: number[] = [];
  for (let d = MAR1; d <= MAR31; d++)
    out.push(d < asOf && cal.isWorkday(d) ? perWorkday : d === asOf ? today : 0);
  return out;
}

describe('completion and deviation', () => {
  it('plan 500 000, fact 650 000 → 130 %, +150 000, +30 %', () => {
    const pf = planFact(500_000, 650_000);
    expect(completion(pf)).toBe(1.3);
    expect(deviation(pf)).toBe(150_000);
    expect(deviationPct(pf)).toBeCloseTo(0.3, 12);
  });

  it('plan 800, fact 600 → 75 %, −200, −25 %', () => {
    expect(figures({ plan: 800, fact: 600 })).toEqual({
      plan: 800,
      fact: 600,
      completion: 0.75,
      deviation: -200,
      deviationPct: -0.25,
    });
  });

  it('a plan of 0 has no completion and no deviation % (null), but a deviation in units', () => {
    expect(completion({ plan: 0, fact: 0 })).toBeNull();
    expect(completion({ plan: 0, fact: 5 })).toBeNull();
    expect(deviationPct({ plan: 0, fact: 5 })).toBeNull();
    expect(deviation({ plan: 0, fact: 5 })).toBe(5);
  });

  it('a negative fact (net returns) is allowed', () => {
    expect(completion({ plan: 100, fact: -20 })).toBe(-0.2);
  });
});

describe('aggregation: ratios from sums, never averaged', () => {
  it('two managers at 110 % and 50 % make a department at 95 %, not 80 %', () => {
    // A: 330 / 300 = 110 %, B: 50 / 100 = 50 %; the average would be 80 %; (330 + 50) / (300 + 100) = 95 %.
    const dept = sumPlanFact([
      { plan: 300, fact: 330 },
      { plan: 100, fact: 50 },
    ]);
    expect(dept).toEqual({ plan: 400, fact: 380 });
    expect(completion(dept)).toBe(0.95);
  });

  it('add and the zero record', () => {
    expect(addPlanFact({ plan: 1, fact: 2 }, { plan: 3, fact: 4 })).toEqual({ plan: 4, fact: 6 });
    expect(sumPlanFact([])).toEqual(ZERO_PLAN_FACT);
  });

  it('managers → departments by key, in order of first appearance', () => {
    const rows = [
      { dept: 'North', plan: 100, fact: 90 },
      { dept: 'South', plan: 200, fact: 250 },
      { dept: 'North', plan: 300, fact: 330 },
    ];
    expect(sumBy(rows, (r) => r.dept)).toEqual([
      { key: 'North', plan: 400, fact: 420 },
      { key: 'South', plan: 200, fact: 250 },
    ]);
  });

  it('day → week → month → quarter → year', () => {
    // 30 Mar (Mon), 31 Mar (Tue), 1 Apr (Wed), 6 Apr (Mon), 1 Jul (Wed)
    const rows = [
      { day: mar(30), plan: 10, fact: 8 },
      { day: mar(31), plan: 10, fact: 12 },
      { day: dayOf(2026, 4, 1), plan: 10, fact: 5 },
      { day: dayOf(2026, 4, 6), plan: 10, fact: 10 },
      { day: dayOf(2026, 7, 1), plan: 20, fact: 30 },
    ];
    expect(rollUp(rows, 'week')).toEqual([
      { key: '2026-03-W6', plan: 20, fact: 20 },
      { key: '2026-04-W1', plan: 10, fact: 5 },
      { key: '2026-04-W2', plan: 10, fact: 10 },
      { key: '2026-07-W1', plan: 20, fact: 30 },
    ]);
    // ISO week 14 of 2026 runs Mon 30 Mar – Sun 5 Apr, across the month boundary.
    expect(rollUp(rows, 'isoWeek').map((r) => [r.key, r.plan, r.fact])).toEqual([
      ['2026-W14', 30, 25],
      ['2026-W15', 10, 10],
      ['2026-W27', 20, 30],
    ]);
    expect(rollUp(rows, 'month').map((r) => r.key)).toEqual(['2026-03', '2026-04', '2026-07']);
    expect(rollUp(rows, 'quarter')).toEqual([
      { key: '2026-Q1', plan: 20, fact: 20 },
      { key: '2026-Q2', plan: 20, fact: 15 },
      { key: '2026-Q3', plan: 20, fact: 30 },
    ]);
    const year = rollUp(rows, 'year');
    expect(year).toEqual([{ key: '2026', plan: 60, fact: 65 }]);
    expect(completion(year[0])).toBeCloseTo(65 / 60, 12);
  });

  it('period keys', () => {
    expect(periodKey(mar(5), 'day')).toBe('2026-03-05');
    // March 2026: W1 = Sun 1, W2 = 2–8, …, W6 = 30–31.
    expect(periodKey(mar(1), 'week')).toBe('2026-03-W1');
    expect(periodKey(mar(2), 'week')).toBe('2026-03-W2');
    expect(periodKey(mar(8), 'week')).toBe('2026-03-W2');
    expect(periodKey(mar(31), 'week')).toBe('2026-03-W6');
    // June 2026 starts on a Monday: 1–7 is W1.
    expect(periodKey(dayOf(2026, 6, 7), 'week')).toBe('2026-06-W1');
    expect(periodKey(dayOf(2026, 6, 8), 'week')).toBe('2026-06-W2');
    expect(periodKey(mar(2), 'isoWeek')).toBe('2026-W10');
    expect(periodKey(dayOf(2025, 12, 29), 'isoWeek')).toBe('2026-W01');
    expect(periodKey(dayOf(2027, 1, 1), 'isoWeek')).toBe('2026-W53');
    expect(periodKey(dayOf(2026, 12, 31), 'quarter')).toBe('2026-Q4');
    expect(periodKey(dayOf(2026, 10, 1), 'month')).toBe('2026-10');
  });
});

describe('run-rate, pace, accuracy (the custom-function primitives)', () => {
  it('run-rate: 450 000 in 9 of 21 working days → 1 050 000', () => {
    expect(runRate(450_000, 9, 21)).toBe(1_050_000);
  });

  it('run-rate: blank with no day elapsed, the fact itself with all elapsed', () => {
    expect(runRate(1000, 0, 21)).toBeNull();
    expect(runRate(123.45, 21, 21)).toBe(123.45);
    expect(runRate(0, 0, 0)).toBeNull();
  });

  it('pace: 1 000 000 plan, 640 000 done, 12 days left → 30 000 a day', () => {
    expect(paceRequired(1_000_000, 640_000, 12)).toBe(30_000);
  });

  it('pace: 0 when met (even with no day left), null when days are over and it is not met', () => {
    expect(paceRequired(1000, 1200, 5)).toBe(0);
    expect(paceRequired(1000, 1000, 0)).toBe(0);
    expect(paceRequired(1000, 900, 0)).toBeNull();
  });

  it('forecast accuracy', () => {
    expect(forecastAccuracy(1_000_000, 900_000)).toBeCloseTo(0.9, 12);
    expect(forecastAccuracy(1_000_000, 1_150_000)).toBeCloseTo(0.85, 12);
    expect(forecastAccuracy(100, 350)).toBe(0); // 1 − 250/100 < 0
    expect(forecastAccuracy(0, 0)).toBe(1);
    expect(forecastAccuracy(0, 5)).toBe(0);
    expect(forecastAccuracy(-100, -80)).toBeCloseTo(0.8, 12); // |−100 − (−80)| / 100 = 0.2
  });
});

describe('working days as of a day (NONE calendar, March 2026)', () => {
  it('22 working days; on Wed 11 March 7 have elapsed (2–6, 9, 10) and 15 remain', () => {
    expect(workdaysInPeriod(NONE, MAR1, MAR31)).toBe(22);
    expect(workdaysElapsed(NONE, MAR1, MAR31, mar(11))).toBe(7);
    expect(workdaysRemaining(NONE, MAR1, MAR31, mar(11))).toBe(15);
  });

  it('before, on the first and last day, on a weekend, after the period', () => {
    expect(workdaysElapsed(NONE, MAR1, MAR31, dayOf(2026, 2, 20))).toBe(0);
    expect(workdaysRemaining(NONE, MAR1, MAR31, dayOf(2026, 2, 20))).toBe(22);
    expect(workdaysElapsed(NONE, MAR1, MAR31, mar(2))).toBe(0);
    expect(workdaysElapsed(NONE, MAR1, MAR31, mar(31))).toBe(21);
    expect(workdaysRemaining(NONE, MAR1, MAR31, mar(31))).toBe(1);
    expect(workdaysElapsed(NONE, MAR1, MAR31, mar(14))).toBe(10); // Saturday: 2–13
    expect(workdaysRemaining(NONE, MAR1, MAR31, mar(14))).toBe(12);
    expect(workdaysElapsed(NONE, MAR1, MAR31, dayOf(2026, 4, 1))).toBe(22);
    expect(workdaysRemaining(NONE, MAR1, MAR31, dayOf(2026, 4, 1))).toBe(0);
  });

  it('follows the calendar: an extra day off on Mon 9 March', () => {
    const cal = makeCalendar('NONE', { daysOff: [mar(9)] });
    expect(workdaysInPeriod(cal, MAR1, MAR31)).toBe(21);
    expect(workdaysElapsed(cal, MAR1, MAR31, mar(11))).toBe(6);
  });

  it('yesterday at the morning meeting: Monday looks back to Friday; none on the first day', () => {
    expect(lastClosedWorkday(NONE, MAR1, MAR31, mar(16))).toBe(mar(13));
    expect(lastClosedWorkday(NONE, MAR1, MAR31, mar(11))).toBe(mar(10));
    expect(lastClosedWorkday(NONE, MAR1, MAR31, mar(2))).toBeNull();
    expect(lastClosedWorkday(NONE, MAR1, MAR31, dayOf(2026, 4, 10))).toBe(mar(31));
  });
});

describe('the as-of convention on the calendar’s days (ownPace with everyone present)', () => {
  it('Wed 11 March: 100 000 a day on 7 closed days, 50 000 typed today, plan 2 200 000', () => {
    // closed 700 000 ÷ 7 × 22 = 2 200 000; fact 750 000 → 34.09 %; pace (2 200 000 − 750 000) ÷ 15 = 96 666.67
    const p = periodPace(NONE, MAR1, MAR31, mar(11), 2_200_000, marchFacts(100_000, mar(11), 50_000));
    expect(p).toMatchObject({ fact: 750_000, factClosed: 700_000, workdays: 22, elapsed: 7, remaining: 15 });
    expect(p.forecast).toBeCloseTo(2_200_000, 6);
    expect(p.forecastCompletion).toBeCloseTo(1, 12);
    expect(p.completion).toBeCloseTo(750_000 / 2_200_000, 12);
    expect(p.paceRequired).toBeCloseTo(96_666.6667, 3);
  });

  it('a half-typed today does not tilt the run-rate', () => {
    const a = periodPace(NONE, MAR1, MAR31, mar(11), 2_200_000, marchFacts(100_000, mar(11), 0));
    const b = periodPace(NONE, MAR1, MAR31, mar(11), 2_200_000, marchFacts(100_000, mar(11), 90_000));
    expect(a.forecast).toBe(b.forecast);
  });

  it('last day: the forecast rests on 21 closed days with today’s fact as a floor', () => {
    // closed 2 100 000 ÷ 21 × 22 = 2 200 000; with 300 000 typed today the fact is 2 400 000 → forecast 2 400 000
    const p = periodPace(NONE, MAR1, MAR31, mar(31), 2_200_000, marchFacts(100_000, mar(31), 300_000));
    expect(p.elapsed).toBe(21);
    expect(p.remaining).toBe(1);
    expect(p.forecast).toBe(2_400_000);
    expect(p.paceRequired).toBe(0);
    // with 20 000 typed today the run-rate (2 200 000) is above the fact (2 120 000)
    const q = periodPace(NONE, MAR1, MAR31, mar(31), 2_200_000, marchFacts(100_000, mar(31), 20_000));
    expect(q.forecast).toBeCloseTo(2_200_000, 6);
    expect(q.paceRequired).toBe(80_000);
  });

  it('after the period the forecast is the fact; the pace is blank when the plan was missed', () => {
    const facts = marchFacts(100_000, dayOf(2026, 4, 1), 0);
    const p = periodPace(NONE, MAR1, MAR31, dayOf(2026, 4, 1), 2_500_000, facts);
    expect(p.forecast).toBe(2_200_000);
    expect(p.remaining).toBe(0);
    expect(p.paceRequired).toBeNull();
  });

  it('first working day: no forecast yet; a plan of 0 has no completion', () => {
    const p = periodPace(NONE, MAR1, MAR31, mar(2), 0, marchFacts(0, mar(2), 10));
    expect(p.forecast).toBeNull();
    expect(p.forecastCompletion).toBeNull();
    expect(p.completion).toBeNull();
    expect(p.paceRequired).toBe(0);
  });

  it('a weekend sale counts in the closed fact but not as a working day', () => {
    const facts = marchFacts(0, mar(16), 0);
    facts[mar(14) - MAR1] = 60_000; // Saturday 14 March; elapsed on Mon 16 = 10
    const p = periodPace(NONE, MAR1, MAR31, mar(16), 1_000_000, facts);
    expect(p.elapsed).toBe(10);
    expect(p.forecast).toBeCloseTo(132_000, 6); // 60 000 ÷ 10 × 22
  });
});

describe('properties', () => {
  const pfArb = fc.record({
    plan: fc.integer({ min: 0, max: 10_000_000 }),
    fact: fc.integer({ min: 0, max: 10_000_000 }),
  });

  it('the completion of an aggregate is Σfact ÷ Σplan', () => {
    fc.assert(
      fc.property(fc.array(pfArb, { maxLength: 30 }), (rows) => {
        const plan = rows.reduce((s, r) => s + r.plan, 0);
        const fact = rows.reduce((s, r) => s + r.fact, 0);
        expect(completion(sumPlanFact(rows))).toBe(plan === 0 ? null : fact / plan);
      }),
    );
  });

  it('rolling days to months then to quarters equals rolling days to quarters', () => {
    const row = fc.record({
      day: fc.integer({ min: dayOf(2025, 1, 1), max: dayOf(2027, 12, 31) }),
      plan: fc.integer({ min: 0, max: 1_000_000 }),
      fact: fc.integer({ min: 0, max: 1_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const byMonth = rollUp(rows, 'month').map((m) => ({
          day: dayOf(+m.key.slice(0, 4), +m.key.slice(5, 7), 1),
          plan: m.plan,
          fact: m.fact,
        }));
        expect(rollUp(byMonth, 'quarter')).toEqual(rollUp(rows, 'quarter'));
      }),
    );
  });

  it('week keys nest in months and every grain keeps the totals', () => {
    const row = fc.record({
      day: fc.integer({ min: dayOf(2024, 1, 1), max: dayOf(2027, 12, 31) }),
      plan: fc.integer({ min: 0, max: 1000 }),
      fact: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        fc.constantFrom<Grain>('day', 'week', 'isoWeek', 'year'),
        (rows, g) => {
          for (const r of rows)
            expect(periodKey(r.day, 'week').startsWith(periodKey(r.day, 'month'))).toBe(true);
          expect(sumPlanFact(rollUp(rows, g))).toEqual(sumPlanFact(rows));
        },
      ),
    );
  });

  it('run-rate with every day elapsed equals the fact', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 1, max: 400 }),
        (fact, n) => {
          expect(runRate(fact, n, n)).toBe(fact);
        },
      ),
    );
  });

  it('elapsed + remaining = the working days; elapsed never falls as the day moves on', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayOf(2026, 1, 1), max: dayOf(2026, 12, 31) }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: -20, max: 130 }),
        (from, len, offset) => {
          const to = from + len;
          const asOf = from + offset;
          const total = workdaysInPeriod(NONE, from, to);
          const e = workdaysElapsed(NONE, from, to, asOf);
          expect(e + workdaysRemaining(NONE, from, to, asOf)).toBe(total);
          expect(workdaysElapsed(NONE, from, to, asOf + 1)).toBeGreaterThanOrEqual(e);
        },
      ),
    );
  });

  it('the forecast is never below the fact, and equals it once the period is over', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 31, maxLength: 31 }),
        fc.integer({ min: 0, max: 40 }),
        (facts, offset) => {
          const p = periodPace(NONE, MAR1, MAR31, MAR1 + offset, 1_000_000, facts);
          if (p.forecast !== null) expect(p.forecast).toBeGreaterThanOrEqual(p.fact);
          if (MAR1 + offset > MAR31) expect(p.forecast).toBe(p.fact);
        },
      ),
    );
  });

  it('forecast accuracy is within [0, 1] and 1 exactly when the forecast is right', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: -1e6, max: 1e6 }), (a, f) => {
        const acc = forecastAccuracy(a, f);
        expect(acc).toBeGreaterThanOrEqual(0);
        expect(acc).toBeLessThanOrEqual(1);
        expect(acc === 1).toBe(a === f);
      }),
    );
  });
});

describe('errors', () => {
  it('plan/fact values', () => {
    expectDomainError(() => planFact(Number.NaN, 1), 'planfact.notFinite', {
      name: msgRef('planfact.arg.plan'),
    });
    expectDomainError(() => planFact(1, Number.POSITIVE_INFINITY), 'planfact.notFinite', {
      name: msgRef('planfact.arg.fact'),
    });
    expectDomainError(() => planFact(-5, 1), 'planfact.negativePlan', { value: -5 });
    expectDomainError(() => completion({ plan: -1, fact: 0 }), 'planfact.negativePlan');
    expectDomainError(() => deviation({ plan: 1, fact: Number.NaN }), 'planfact.notFinite');
    expectDomainError(() => deviationPct({ plan: Number.NaN, fact: 1 }), 'planfact.notFinite');
    expectDomainError(
      () =>
        sumPlanFact([
          { plan: 1, fact: 1 },
          { plan: 1, fact: Number.NaN },
        ]),
      'planfact.rowNotFinite',
      { row: 2, name: msgRef('planfact.arg.fact') },
    );
    expectDomainError(() => sumBy([{ plan: -3, fact: 1 }], () => 'x'), 'planfact.rowNegativePlan', {
      row: 1,
      value: -3,
    });
  });

  it('primitives', () => {
    expectDomainError(() => runRate(1, -1, 5), 'planfact.negative', {
      name: msgRef('planfact.arg.elapsed'),
      value: -1,
    });
    expectDomainError(() => runRate(1, 1, -5), 'planfact.negative', { name: msgRef('planfact.arg.total') });
    expectDomainError(() => runRate(1, 6, 5), 'planfact.elapsedExceedsTotal', { elapsed: 6, total: 5 });
    expectDomainError(() => runRate(Number.NaN, 1, 5), 'planfact.notFinite', {
      name: msgRef('planfact.arg.fact'),
    });
    expectDomainError(() => paceRequired(100, 10, -1), 'planfact.negative', {
      name: msgRef('planfact.arg.remaining'),
    });
    expectDomainError(() => paceRequired(-100, 10, 1), 'planfact.negativePlan');
    expectDomainError(() => forecastAccuracy(Number.NaN, 1), 'planfact.notFinite', {
      name: msgRef('planfact.arg.actual'),
    });
    expectDomainError(() => forecastAccuracy(1, Number.NaN), 'planfact.notFinite', {
      name: msgRef('planfact.arg.forecast'),
    });
  });

  it("each names its field: the path of the value in the function's own input", () => {
    const fieldOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as DomainError).field;
      }
      return 'no error';
    };
    const NaN_ = Number.NaN;
    const ok = { plan: 1, fact: 1 };
    const cases: [() => unknown, string][] = [
      [() => planFact(NaN_, 1), 'plan'],
      [() => planFact(-1, 1), 'plan'],
      [() => planFact(1, NaN_), 'fact'],
      [() => completion({ plan: -1, fact: 0 }), 'pf.plan'],
      [() => deviation({ plan: 1, fact: NaN_ }), 'pf.fact'],
      [() => deviationPct({ plan: NaN_, fact: 1 }), 'pf.plan'],
      [() => sumPlanFact([ok, { plan: 1, fact: NaN_ }]), 'items[1].fact'],
      [() => sumPlanFact([ok, ok, { plan: -1, fact: 1 }]), 'items[2].plan'],
      [() => sumBy([{ plan: -3, fact: 1 }], () => 'x'), 'rows[0].plan'],
      [
        () =>
          rollUp(
            [
              { ...ok, day: MAR1 },
              { ...ok, day: 0.5 },
            ],
            'month',
          ),
        'rows[1].day',
      ],
      [() => rollUp([{ ...ok, day: MAR1 }], 'fortnight' as Grain), 'grain'],
      [() => runRate(NaN_, 1, 5), 'fact'],
      [() => runRate(1, -1, 5), 'elapsed'],
      [() => runRate(1, 1, -5), 'total'],
      [() => runRate(1, 6, 5), 'elapsed'],
      [() => paceRequired(-100, 10, 1), 'plan'],
      [() => paceRequired(100, NaN_, 1), 'fact'],
      [() => paceRequired(100, 10, -1), 'remaining'],
      [() => forecastAccuracy(NaN_, 1), 'actual'],
      [() => forecastAccuracy(1, NaN_), 'forecast'],
      [() => periodKey(0.5, 'day'), 'day'],
      [() => periodKey(MAR1, 'fortnight' as Grain), 'grain'],
    ];
    expect(cases.map(([fn]) => fieldOf(fn))).toEqual(cases.map(([, field]) => field));
  });

  it('days and grains', () => {
    expectDomainError(() => periodKey(0.5, 'day'), 'planfact.badDay', { name: msgRef('planfact.arg.day') });
    expectDomainError(() => periodKey(MAR1, 'fortnight' as Grain), 'planfact.badGrain', {
      grain: 'fortnight',
    });
  });

  it('daily facts of another length than the period', () => {
    expectDomainError(() => periodPace(NONE, MAR1, MAR31, mar(5), 100, [1, 2, 3]), 'planfact.factsLength', {
      expected: 31,
      actual: 3,
    });
  });

  it('renders in both languages', () => {
    const e = new DomainError('planfact.negative', { name: msgRef('planfact.arg.remaining'), value: -2 });
    expect(tCode(e.code, 'ru', e.params)).toBe(
      'число оставшихся рабочих дней: отрицательное значение (−2); должно быть ≥ 0',
    );
    expect(tCode(e.code, 'en', e.params)).toBe(
      'the number of remaining working days is negative (−2); it must be ≥ 0',
    );
  });
});
