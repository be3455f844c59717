import {
  departmentFigures,
  type PayrollFigures,
  type PayrollInput,
  type PayrollPerson,
  payroll,
  type Scheme,
  sameValue,
  whoIsPaid,
} from '../../../src/core/bonus';
import { makeCalendar } from '../../../src/core/calendar';
import { dayOf } from '../../../src/core/dates';

// November 2026 on a weekend-only calendar: 21 working days (2–6, 9–13, 16–20, 23–27, 30).
const YEAR = 2026;
const MONTH = 11;
const AFTER = dayOf(2026, 12, 3);

const person = (
  id: string,
  name: string,
  scheme: string,
  extra: Partial<PayrollPerson> = {},
): PayrollPerson => ({
  id,
  name,
  role: 'manager',
  start: null,
  end: null,
  active: true,
  scheme,
  salary: 60_000,
  target: 0,
  ...extra,
});

const revenue = (plan: number, fact: number) => new Map([['revenue', { plan, fact }]]);

const SALES: Scheme = {
  id: 'SALES',
  name: 'Sales',
  components: [{ kind: 'salary' }, { kind: 'percent', metric: 'revenue', rate: 0.05 }],
};
const HEAD: Scheme = {
  id: 'HEAD',
  name: 'Head',
  components: [{ kind: 'salary' }, { kind: 'percent', metric: 'revenue', scope: 'department', rate: 0.01 }],
};
const POOL: Scheme = {
  id: 'POOL',
  name: 'Pool',
  components: [{ kind: 'pool', metric: 'revenue', amount: 90_000, threshold: 1 }],
};

function input(
  people: PayrollPerson[],
  byPerson: PayrollFigures['byPerson'],
  extra: Partial<PayrollInput> = {},
): PayrollInput {
  const schemes = new Map([SALES, HEAD, POOL].map((s): [string, Scheme[]] => [s.id, [s]]));
  return {
    people,
    schemes,
    figures: { byPerson, own: new Map(), daily: new Map(), days: [] },
    year: YEAR,
    month: MONTH,
    asOf: AFTER,
    calendar: makeCalendar('NONE'),
    absences: new Map(),
    drawBalances: new Map(),
    prorateSalary: false,
    ...extra,
  };
}

describe('who is paid', () => {
  const people = [
    person('m1', 'Anna', 'sales'), // the scheme id matches regardless of case
    person('m2', 'Boris', 'SALES', { active: false }), // inactive and not in the month: skipped silently
    person('m3', 'Vera', 'SALES', { end: dayOf(2026, 10, 31) }), // left before the month
    person('m4', 'Dina', 'SALES'), // active but missing from the month
    person('m5', 'Egor', 'BONUS-X'), // unknown scheme
    person('m6', 'Fedor', ''), // no scheme
    person('h1', 'Galina', 'HEAD', { role: 'head', salary: 100_000 }),
  ];
  const figures = new Map([
    ['m1', revenue(800_000, 1_000_000)],
    ['m5', revenue(500_000, 400_000)],
    ['m6', revenue(300_000, 200_000)],
  ]);

  test('employed, active, in the month and on a known scheme; the rest are exceptions or skipped', () => {
    const who = whoIsPaid(input(people, figures));
    expect(who.paid.map((x) => [x.person.name, x.scheme.id])).toEqual([
      ['Anna', 'SALES'],
      ['Galina', 'HEAD'],
    ]);
    expect(who.exceptions.map((r) => [r.person.name, r.exception])).toEqual([
      ['Dina', { code: 'payroll.notInMonth', params: { name: 'Dina' }, field: 'name' }],
      [
        'Egor',
        { code: 'payroll.unknownScheme', params: { name: 'Egor', scheme: 'BONUS-X' }, field: 'scheme' },
      ],
      ['Fedor', { code: 'payroll.noScheme', params: { name: 'Fedor' }, field: 'scheme' }],
    ]);
    expect(who.problems).toEqual([]);
  });

  test('the month: managers, then the head on the department (the sum of everyone in it), then exceptions', () => {
    const p = payroll(input(people, figures));
    expect(p.preliminary).toBe(false);
    expect(p.problems).toEqual([]);
    expect(p.rows.map((r) => [r.person.name, r.plan, r.fact, r.result?.total ?? null])).toEqual([
      ['Anna', 800_000, 1_000_000, 110_000], // 60 000 + 5 % × 1 000 000
      ['Galina', 1_600_000, 1_600_000, 116_000], // 100 000 + 1 % × (1 000 000 + 400 000 + 200 000)
      ['Dina', null, null, null],
      ['Egor', null, null, null],
      ['Fedor', null, null, null],
    ]);
    expect(p.rows.slice(2).every((r) => r.exception && !r.result)).toBe(true);
    expect(p.kinds).toEqual(['salary', 'percent']);
    expect(p.hasDraw).toBe(false);
    expect(p.department).toEqual({ plan: { revenue: 1_600_000 }, fact: { revenue: 1_600_000 } });
  });

  test('nobody to pay is a problem of the whole payroll', () => {
    const p = payroll(input([person('m2', 'Boris', 'SALES', { active: false })], new Map()));
    expect(p.problems).toEqual([{ code: 'payroll.nobody', params: {} }]);
    expect(p.rows).toEqual([]);
  });

  test('a scheme the engine cannot evaluate on a person’s figures is that person’s exception', () => {
    // a percent of calls, a metric the month does not have: the engine refuses, the team is still paid
    const bad: Scheme = {
      id: 'BAD',
      name: 'Bad',
      components: [{ kind: 'percent', metric: 'calls', rate: 1 }],
    };
    const i = input([person('m1', 'Anna', 'SALES'), person('m7', 'Ivan', 'BAD')], figures);
    const p = payroll({
      ...i,
      schemes: new Map([...i.schemes, ['BAD', [bad]]]),
      figures: {
        ...i.figures,
        byPerson: new Map([...figures, ['m7', revenue(100_000, 90_000)]]),
      },
    });
    expect(p.rows[0].result?.total).toBe(110_000);
    expect(p.rows[1]).toMatchObject({
      person: { name: 'Ivan' },
      plan: 100_000,
      fact: 90_000,
      result: null,
      exception: { code: 'payroll.evaluation', params: { name: 'Ivan' }, field: 'scheme' },
    });
    expect(p.rows[1].exception).toHaveProperty('cause.code', 'bonus.input.missingFact');
  });
  test('the version in force on the month’s first day, ids matched case and spaces aside; each scheme checked once', () => {
    const v2027: Scheme = {
      ...SALES,
      validFrom: dayOf(2027, 1, 1),
      components: [{ kind: 'salary', amount: 1 }],
    };
    const later: Scheme = { ...SALES, id: 'LATER', validFrom: dayOf(2026, 12, 1) };
    const broken: Scheme = {
      id: 'BROKEN',
      name: 'Broken',
      components: [{ kind: 'percent', metric: 'revenue', rate: -1 }],
    };
    const i = input(
      [person('m1', 'Anna', ' sales '), person('m2', 'Boris', 'later'), person('m3', 'Vera', 'Broken')],
      new Map([...figures, ['m2', revenue(1, 1)], ['m3', revenue(1, 1)]]),
    );
    const schemes = new Map([
      ['SALES', [v2027, SALES]],
      ['Later', [later]],
      ['BROKEN', [broken]],
    ]);
    const who = whoIsPaid({ ...i, schemes });
    expect(who.paid.map((x) => [x.person.name, x.scheme])).toEqual([['Anna', SALES]]);
    expect(who.exceptions.map((r) => r.exception?.code)).toEqual([
      'payroll.schemeNotYet',
      'payroll.evaluation',
    ]);
    expect(who.exceptions[1].exception).toHaveProperty('cause.code', 'bonus.component.negativeRate');
    const january = whoIsPaid({ ...i, schemes, year: 2027, month: 1 });
    expect(january.paid.map((x) => x.scheme)).toEqual([v2027, later]);
  });
});

describe('a pool shared by two managers', () => {
  const figures = new Map([
    ['m1', revenue(500_000, 600_000)],
    ['m2', revenue(500_000, 300_000)],
    ['m3', revenue(400_000, 500_000)],
  ]);
  const people = [person('m1', 'Anna', 'POOL'), person('m2', 'Boris', 'SALES'), person('m3', 'Vera', 'POOL')];

  test('the department met its plan (1 400 000 of 1 400 000): the pool goes to those who met theirs, by fact', () => {
    const p = payroll(input(people, figures));
    expect(p.department.fact.revenue).toBe(1_400_000);
    const total = Object.fromEntries(p.rows.map((r) => [r.person.name, r.result?.total]));
    // 90 000 split 600 000 : 500 000; Boris is not on the pool scheme
    expect(total).toEqual({ Anna: 49_090.91, Boris: 75_000, Vera: 40_909.09 });
    expect(total.Anna! + total.Vera!).toBeCloseTo(90_000, 6);
  });

  test('two schemes describing the pool differently block the payroll', () => {
    const other: Scheme = {
      ...POOL,
      id: 'POOL2',
      components: [{ kind: 'pool', metric: 'revenue', amount: 50_000, threshold: 1 }],
    };
    const same: Scheme = { ...POOL, id: 'POOL3', components: [{ ...POOL.components[0] }] };
    const i = input([...people, person('m4', 'Dina', 'POOL2')], new Map([...figures, ['m4', revenue(1, 1)]]));
    const p = payroll({ ...i, schemes: new Map([...i.schemes, ['POOL2', [other]]]) });
    expect(p.problems).toEqual([{ code: 'payroll.poolsDiffer', params: { first: 'POOL', second: 'POOL2' } }]);
    expect(p.rows).toEqual([]);
    // a second scheme with the same pool is fine
    const j = input([...people, person('m4', 'Dina', 'POOL3')], new Map([...figures, ['m4', revenue(1, 1)]]));
    expect(whoIsPaid({ ...j, schemes: new Map([...j.schemes, ['POOL3', [same]]]) }).problems).toEqual([]);
  });
});

describe('department figures', () => {
  test('the sum of its people per metric', () => {
    const byPerson = new Map([
      [
        'm1',
        new Map([
          ['revenue', { plan: 500_000, fact: 620_000 }],
          ['margin', { plan: 150_000, fact: 170_000 }],
        ]),
      ],
      [
        'm2',
        new Map([
          ['revenue', { plan: 700_000, fact: 480_000 }],
          ['margin', { plan: 200_000, fact: 110_000 }],
        ]),
      ],
      ['m3', new Map([['revenue', { plan: 300_000, fact: 0 }]])],
    ]);
    expect(departmentFigures({ byPerson, own: new Map(), daily: new Map(), days: [] })).toEqual({
      plan: { revenue: 1_500_000, margin: 350_000 },
      fact: { revenue: 1_100_000, margin: 280_000 },
    });
  });

  test('its own rows when the month has them', () => {
    const department = new Map([['revenue', { plan: 2_000_000, fact: 1_250_000 }]]);
    const byPerson = new Map([['m1', revenue(500_000, 620_000)]]);
    expect(departmentFigures({ byPerson, department, own: new Map(), daily: new Map(), days: [] })).toEqual({
      plan: { revenue: 2_000_000 },
      fact: { revenue: 1_250_000 },
    });
  });
});

describe('a month not over yet', () => {
  test('the forecast on own days, the next step, and the salary for the days scheduled', () => {
    // as of 16 November: 10 of 21 working days elapsed; Anna sold 500 000 on them
    const days = Array.from({ length: 30 }, (_, i) => dayOf(2026, 11, i + 1));
    const daily = days.map((d) =>
      d < dayOf(2026, 11, 16) && makeCalendar('NONE').isWorkday(d) ? 50_000 : 0,
    );
    const tiered: Scheme = {
      id: 'SALES',
      name: 'Sales',
      components: [
        { kind: 'salary' },
        {
          kind: 'tiered',
          metric: 'revenue',
          by: 'amount',
          mode: 'marginal',
          tiers: [
            { from: 0, rate: 0.05 },
            { from: 1_000_000, rate: 0.07 },
          ],
        },
      ],
    };
    const anna = person('m1', 'Anna', 'SALES', { end: dayOf(2026, 11, 27) }); // leaves on the 27th: 20 own days
    const i = input([anna], new Map([['m1', revenue(1_000_000, 500_000)]]), {
      asOf: dayOf(2026, 11, 16),
      prorateSalary: true,
      schemes: new Map([['SALES', [tiered]]]),
    });
    const p = payroll({
      ...i,
      figures: { ...i.figures, daily: new Map([['m1', new Map([['revenue', daily]])]]), days },
    });
    const row = p.rows[0];
    expect(p.preliminary).toBe(true);
    expect(row.salaryDays).toEqual({ worked: 20, days: 21, basis: 'scheduled' });
    expect(row.result?.total).toBeCloseTo((60_000 * 20) / 21 + 25_000, 2);
    // 500 000 over 10 own days elapsed of 20 → 1 000 000 at the end of the month
    expect(row.forecast?.fact).toBe(1_000_000);
    expect(row.forecast?.result?.total).toBeCloseTo((60_000 * 20) / 21 + 50_000, 2);
    expect(row.steps).toMatchObject([
      { metric: 'revenue', missing: 500_000, reach: { type: 'tier', rate: 0.07 } },
    ]);
  });
});

test('sameValue: plain data compared by content, an undefined field as absent', () => {
  expect(sameValue({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
  expect(sameValue({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  expect(sameValue({ a: 1 }, { a: 2 })).toBe(false);
  expect(sameValue([1, 2], { 0: 1, 1: 2 })).toBe(false);
});
