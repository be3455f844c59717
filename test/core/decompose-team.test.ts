import fc from 'fast-check';
import { makeCalendar } from '../../src/core/calendar';
import { dayOf, firstOfMonth, ymdOf } from '../../src/core/dates';
import {
  baseWeights,
  memberMonth,
  rampPlan,
  rampShare,
  rampStep,
  splitWeights,
  type TeamMember,
} from '../../src/core/team';
import { monthLayout } from '../../src/core/workdays';
import { expectDomainError } from '../helpers/domain-error';

describe('ramp-up', () => {
  const start = dayOf(2026, 1, 1);

  it('a 50 000 full plan with ramp 25/50/75/100 % → 12 500, 25 000, 37 500, 50 000', () => {
    const months = [1, 2, 3, 4, 5].map((m) => dayOf(2026, m, 1));
    expect(months.map((p) => rampPlan(50_000, start, p))).toEqual([12_500, 25_000, 37_500, 50_000, 50_000]);
  });

  it('is 0 before the start', () => {
    expect(rampShare(start, dayOf(2025, 12, 1))).toBe(0);
    expect(rampPlan(50_000, start, dayOf(2025, 12, 31))).toBe(0);
  });

  it('counts calendar months: the month of the start is step 1 whatever the day', () => {
    const mid = dayOf(2026, 1, 15);
    expect(rampShare(mid, dayOf(2026, 1, 1))).toBe(0.25);
    expect(rampShare(mid, mid)).toBe(0.25);
    expect(rampShare(mid, dayOf(2026, 2, 1))).toBe(0.5);
    expect(rampShare(mid, dayOf(2026, 2, 15))).toBe(0.5);
    expect(rampShare(mid, dayOf(2026, 3, 1))).toBe(0.75);
    expect(rampShare(mid, dayOf(2026, 4, 1))).toBe(1);
    expect(rampShare(mid, dayOf(2025, 12, 31))).toBe(0);
  });

  it('a hire on Monday 2 Nov 2026: November step 1, December step 2, January 2027 step 3', () => {
    const hired = dayOf(2026, 11, 2);
    const at = [
      dayOf(2026, 10, 1),
      dayOf(2026, 11, 1),
      dayOf(2026, 12, 1),
      dayOf(2027, 1, 1),
      dayOf(2027, 2, 1),
    ];
    expect(at.map((d) => rampStep(hired, d))).toEqual([0, 1, 2, 3, 4]);
    expect(at.map((d) => rampShare(hired, d))).toEqual([0, 0.25, 0.5, 0.75, 1]);
    // any day of December is December: the old "whole months elapsed" rule kept 1 Dec at step 1
    expect(rampStep(hired, dayOf(2026, 12, 1))).toBe(2);
    expect(rampStep(hired, dayOf(2026, 12, 31))).toBe(2);
  });

  it('a hire on 30 Nov 2026: November step 1, December step 2', () => {
    const hired = dayOf(2026, 11, 30);
    expect(rampStep(hired, dayOf(2026, 11, 1))).toBe(1);
    expect(rampStep(hired, dayOf(2026, 12, 1))).toBe(2);
    expect(rampPlan(50_000, hired, dayOf(2026, 12, 1))).toBe(25_000);
  });

  it('property: 0 before the start month, 1 in it, never decreasing, +1 each calendar month', () => {
    const anyDay = fc.integer({ min: dayOf(2020, 1, 1), max: dayOf(2035, 12, 31) });
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -30, max: 120 }), (start, offset) => {
        const s = ymdOf(start);
        const month = (k: number) =>
          firstOfMonth(
            s.year + Math.floor((s.month - 1 + k) / 12),
            ((((s.month - 1 + k) % 12) + 12) % 12) + 1,
          );
        const at = month(offset);
        const step = rampStep(start, at);
        expect(step).toBe(offset < 0 ? 0 : offset + 1);
        expect(rampStep(start, month(offset + 1))).toBeGreaterThanOrEqual(step);
        expect(rampStep(start, start)).toBe(1);
        expect(rampStep(start, month(0))).toBe(1);
        const share = rampShare(start, at);
        expect(rampShare(start, month(offset + 1))).toBeGreaterThanOrEqual(share);
      }),
    );
  });

  it('takes a configured ramp and is full once it is used up', () => {
    expect([1, 2, 3].map((m) => rampPlan(60_000, start, dayOf(2026, m, 1), [0.3, 0.6]))).toEqual([
      18_000, 36_000, 60_000,
    ]);
    expect(rampPlan(33_333, start, dayOf(2026, 3, 1))).toBe(24_999.75);
  });

  it('rejects a bad ramp or full plan', () => {
    expectDomainError(() => rampShare(start, start, []), 'decompose.rampEmpty');
    expectDomainError(() => rampShare(start, start, [0.5, 1.5]), 'decompose.rampValue');
    expectDomainError(() => rampShare(start, start, [-0.1]), 'decompose.rampValue');
    expectDomainError(() => rampPlan(Number.NaN, start, start), 'decompose.rampPlanBad');
  });
});

describe('baseWeights', () => {
  const team: TeamMember[] = [
    { id: 'a', name: 'Anna', share: 40, grade: 'senior' },
    { id: 'b', name: 'Boris', share: 60, grade: 'Junior' },
    { id: 'c', name: 'Clara', share: 10, grade: 'middle', active: false },
  ];

  it('by share, by grade (default coefficients, any case), equally; inactive left out', () => {
    expect(baseWeights(team, { split: 'share' }).base).toEqual([40, 60]);
    expect(baseWeights(team, { split: 'grade' }).base).toEqual([1.3, 0.7]);
    expect(baseWeights(team, { split: 'equal' }).members.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('by configured grade coefficients', () => {
    expect(baseWeights(team, { split: 'grade', grades: { Junior: 0.5, Senior: 1.5 } }).base).toEqual([
      1.5, 0.5,
    ]);
  });

  it('rejects a bad team', () => {
    expectDomainError(() => baseWeights([], { split: 'equal' }), 'decompose.teamEmpty');
    expectDomainError(() => baseWeights([team[2]], { split: 'equal' }), 'decompose.teamEmpty');
    expectDomainError(
      () => baseWeights([team[0], team[0]], { split: 'equal' }),
      'decompose.managerDuplicate',
    );
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X', start: 10, end: 5 }], { split: 'equal' }),
      'decompose.managerDates',
    );
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X', absences: [{ from: 10, to: 5 }] }], { split: 'equal' }),
      'decompose.absenceBad',
    );
    expectDomainError(() => baseWeights([{ id: 'x', name: 'X' }], { split: 'share' }), 'decompose.shareBad');
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X', share: -1 }], { split: 'share' }),
      'decompose.shareBad',
    );
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X', share: 0 }], { split: 'share' }),
      'decompose.sharesAllZero',
    );
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X', grade: 'lead' }], { split: 'grade' }),
      'decompose.gradeUnknown',
    );
    expectDomainError(
      () => baseWeights([{ id: 'x', name: 'X' }], { split: 'grade' }),
      'decompose.gradeUnknown',
    );
    expectDomainError(
      () => baseWeights(team, { split: 'grade', grades: { junior: Number.NaN } }),
      'decompose.gradeCoefficientBad',
    );
    expectDomainError(() => baseWeights(team, { split: 'random' as 'equal' }), 'decompose.teamSplitBad');
  });
});

describe('memberMonth', () => {
  const cal = makeCalendar('NONE');
  const march = monthLayout(cal, 2026, 3); // 22 working days
  const ones = march.workdays.map(() => 1);
  const ramp = [0.25, 0.5, 0.75, 1];

  it('absences lower capacity in proportion to working days lost', () => {
    const m = { id: 'a', name: 'A', absences: [{ from: dayOf(2026, 3, 16), to: dayOf(2026, 3, 27) }] };
    const mm = memberMonth(m, 1, march.start, march.workdays, ones, ramp);
    expect(mm.workdays).toBe(12);
    expect(mm.capacity).toBeCloseTo(12 / 22, 12);
  });

  it('joining mid-month: pro-rated and at the first ramp step', () => {
    const m = { id: 'a', name: 'A', start: dayOf(2026, 3, 16) };
    const mm = memberMonth(m, 2, march.start, march.workdays, ones, ramp);
    expect(mm.workdays).toBe(12);
    expect(mm.ramp).toBe(0.25);
    expect(mm.capacity).toBeCloseTo((2 * 0.25 * 12) / 22, 12);
  });

  it('a hire on 30 Nov 2026 (RU): November at step 1 with 1 working day of availability, December at step 2', () => {
    const ru = makeCalendar('RU');
    const nov = monthLayout(ru, 2026, 11);
    const dec = monthLayout(ru, 2026, 12);
    const m = { id: 'n', name: 'N', start: dayOf(2026, 11, 30) };
    const inNov = memberMonth(
      m,
      1,
      nov.start,
      nov.workdays,
      nov.workdays.map(() => 1),
      ramp,
    );
    expect(inNov.ramp).toBe(0.25);
    expect(inNov.workdays).toBe(1);
    expect(inNov.capacity).toBeCloseTo(0.25 / nov.workdays.length, 12);
    const inDec = memberMonth(
      m,
      1,
      dec.start,
      dec.workdays,
      dec.workdays.map(() => 1),
      ramp,
    );
    expect(inDec.ramp).toBe(0.5);
    expect(inDec.workdays).toBe(dec.workdays.length);
    expect(inDec.capacity).toBe(0.5);
  });

  it('a hire on Monday 2 Nov 2026 (RU): ramp 25 %, 50 %, 75 % in November, December, January; 0 before', () => {
    const ru = makeCalendar('RU');
    const m = { id: 'n', name: 'N', start: dayOf(2026, 11, 2) };
    const ramps = [
      [2026, 10],
      [2026, 11],
      [2026, 12],
      [2027, 1],
    ].map(([y, mo]) => {
      const l = monthLayout(ru, y, mo);
      return memberMonth(
        m,
        1,
        l.start,
        l.workdays,
        l.workdays.map(() => 1),
        ramp,
      ).ramp;
    });
    expect(ramps).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('leaving mid-month: pro-rated', () => {
    const m = { id: 'a', name: 'A', end: dayOf(2026, 3, 13) };
    const mm = memberMonth(m, 1, march.start, march.workdays, ones, ramp);
    expect(mm.workdays).toBe(10);
    expect(mm.present.slice(9, 11)).toEqual([1, 0]);
  });
});

describe('splitWeights', () => {
  it('redistributes by capacity or shows the gap as its own part', () => {
    expect(splitWeights([1, 1], [1, 0.25], 'redistribute')).toEqual([1, 0.25, 0]);
    expect(splitWeights([1, 1], [1, 0.25], 'showGap')).toEqual([1, 0.25, 0.75]);
    expect(splitWeights([1, 1], [0, 0], 'redistribute')).toEqual([0, 0, 1]);
  });
});
