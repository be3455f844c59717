import fc from 'fast-check';
import { type Absence, type CountryCode, countWorkdays, makeCalendar } from '../../src/core/calendar';
import { type Day, dayOf } from '../../src/core/dates';
import { ownMonthOf } from '../../src/core/own-days';
import { isAvailable } from '../../src/core/team';

const LO = dayOf(2023, 1, 1);
const HI = dayOf(2028, 12, 31);
const day = fc.integer({ min: LO, max: HI });
const country = fc.constantFrom<CountryCode>('RU', 'KZ', 'BY', 'NONE');
const days = fc.uniqueArray(day, { maxLength: 40 });
const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number]);
const absences = fc.array(
  range.map(([from, to]): Absence => ({ from, to })),
  { maxLength: 6 },
);

function naiveCount(isWorkday: (d: number) => boolean, from: number, to: number): number {
  let n = 0;
  for (let d = from; d <= to; d++) if (isWorkday(d)) n++;
  return n;
}

/** A person's own days (1/0 per calendar day) with these absences, as own-days.ts lays them. */
function personalDays(cal: ReturnType<typeof makeCalendar>, from: Day, to: Day, abs: readonly Absence[]) {
  const member = { id: 'x', name: 'x', absences: abs };
  return ownMonthOf(
    (d) => cal.isWorkday(d),
    (d) => isAvailable(member, d),
    from,
    to,
  ).present;
}

describe('calendar properties', () => {
  it('counts add up: [a, b] + [b + 1, c] = [a, c]', () => {
    fc.assert(
      fc.property(country, fc.tuple(day, day, day), (c, xs) => {
        const [a, b, e] = [...xs].sort((x, y) => x - y);
        const cal = makeCalendar(c);
        expect(countWorkdays(cal, a, b) + countWorkdays(cal, b + 1, e)).toBe(countWorkdays(cal, a, e));
      }),
    );
  });

  it('the prefix-sum count equals counting day by day', () => {
    fc.assert(
      fc.property(country, range, days, (c, [from, to], off) => {
        const cal = makeCalendar(c, { daysOff: off });
        expect(countWorkdays(cal, from, to)).toBe(naiveCount((d) => cal.isWorkday(d), from, to));
      }),
      { numRuns: 60 },
    );
  });

  it('overrides change exactly the days they name', () => {
    fc.assert(
      fc.property(country, days, days, range, (c, off, onRaw, [from, to]) => {
        const offSet = new Set(off);
        const on = onRaw.filter((d) => !offSet.has(d));
        const onSet = new Set(on);
        const base = makeCalendar(c);
        const cal = makeCalendar(c, { daysOff: off, workingDays: on });
        for (let d = from; d <= Math.min(to, from + 400); d++) {
          const expected = onSet.has(d) ? true : offSet.has(d) ? false : base.isWorkday(d);
          expect(cal.isWorkday(d)).toBe(expected);
        }
        const added = on.filter((d) => d >= from && d <= to && !base.isWorkday(d)).length;
        const removed = off.filter((d) => d >= from && d <= to && base.isWorkday(d)).length;
        expect(countWorkdays(cal, from, to)).toBe(countWorkdays(base, from, to) + added - removed);
      }),
      { numRuns: 60 },
    );
  });

  it('a shortened day is always a working day', () => {
    fc.assert(
      fc.property(country, days, day, (c, off, d) => {
        const cal = makeCalendar(c, { daysOff: off });
        if (cal.isShortened(d)) expect(cal.isWorkday(d)).toBe(true);
      }),
    );
  });

  it('absences never add working days and take out exactly the absent ones', () => {
    fc.assert(
      fc.property(country, range, absences, (c, [from, to], abs) => {
        const cal = makeCalendar(c);
        const present = personalDays(cal, from, to, abs);
        const n = present.reduce((a, b) => a + b, 0);
        expect(n).toBeLessThanOrEqual(countWorkdays(cal, from, to));
        const absent = (d: number) => abs.some((a) => a.from <= d && d <= a.to);
        expect(n).toBe(naiveCount((d) => cal.isWorkday(d) && !absent(d), from, to));
        present.forEach((p, i) => {
          if (p) expect(cal.isWorkday(from + i) && !absent(from + i)).toBe(true);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('more absences never give more working days', () => {
    fc.assert(
      fc.property(country, range, absences, absences, (c, [from, to], a, b) => {
        const cal = makeCalendar(c);
        const count = (abs: Absence[]) => personalDays(cal, from, to, abs).reduce((x, y) => x + y, 0);
        expect(count([...a, ...b])).toBeLessThanOrEqual(count(a));
      }),
    );
  });
});
