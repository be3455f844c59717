import fc from 'fast-check';
import {
  type Calendar,
  type CountryCode,
  countWorkdays,
  MAX_YEAR,
  makeCalendar,
  tableDays,
  type YearTable,
} from '../../src/core/calendar';
import { BY } from '../../src/core/calendars/by';
import { KZ } from '../../src/core/calendars/kz';
import { RU } from '../../src/core/calendars/ru';
import { orthodoxEaster, ruleYearTable } from '../../src/core/calendars/rules';
import { dayOf, isoString, isoWeekday, lastOfMonth } from '../../src/core/dates';

const D = (iso: string) => dayOf(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
const isWeekday = (d: number) => isoWeekday(d) <= 5;

const workdaysByMonth = (cal: Calendar, year: number) =>
  Array.from({ length: 12 }, (_, i) => countWorkdays(cal, dayOf(year, i + 1, 1), lastOfMonth(year, i + 1)));
const daysOfYear = (year: number, keep: (d: number) => boolean) => {
  const out: string[] = [];
  for (let d = dayOf(year, 1, 1); d <= dayOf(year, 12, 31); d++) if (keep(d)) out.push(isoString(d).slice(5));
  return out;
};
const weekdaysOf = (year: number) => daysOfYear(year, isWeekday).length;

describe('RU 2028, provisional (Labour Code art. 112 and 95; no decree yet)', () => {
  const ru = makeCalendar('RU');

  it('is covered and provisional', () => {
    expect([ru.covers(2028), ru.isProvisional(2028)]).toEqual([true, true]);
  });

  it('has exactly the holidays of art. 112 as days off, plus Mon Nov 6 for Sat Nov 4', () => {
    // Jan 1 is a Saturday: Jan 1, 2 (Sun) and 8 (Sat) fall on the weekend and stay there (the decree
    // will move two of them); Jan 3–7 are Mon–Fri. Feb 23 Wed, Mar 8 Wed, May 1 Mon, May 9 Tue,
    // Jun 12 Mon are weekdays; Nov 4 is a Saturday, so Mon Nov 6 is the day off (art. 112 part 2).
    const weekdaysOff = daysOfYear(2028, (d) => isWeekday(d) && !ru.isWorkday(d));
    expect(weekdaysOff).toEqual([
      '01-03',
      '01-04',
      '01-05',
      '01-06',
      '01-07',
      '02-23',
      '03-08',
      '05-01',
      '05-09',
      '06-12',
      '11-06',
    ]);
    expect(daysOfYear(2028, (d) => !isWeekday(d) && ru.isWorkday(d))).toEqual([]);
  });

  it('moves a Saturday holiday to Monday, but not the January ones', () => {
    expect(isoWeekday(D('2028-11-04'))).toBe(6);
    expect([ru.isWorkday(D('2028-11-03')), ru.isWorkday(D('2028-11-06'))]).toEqual([true, false]);
    // Sat Jan 8 is a holiday on a Saturday too, yet Mon Jan 10 stays a working day.
    expect(isoWeekday(D('2028-01-08'))).toBe(6);
    expect(ru.isWorkday(D('2028-01-10'))).toBe(true);
  });

  it('shortens the working day right before a holiday (art. 95)', () => {
    // Feb 22 Tue, Mar 7 Tue, May 8 Mon, Fri Nov 3 (before Sat Nov 4). Not Apr 30 (Sunday), Jun 11
    // (Sunday), Jan 6 (itself a holiday) or Fri Nov 5… (Nov 6 is a moved day off, not a holiday).
    expect(daysOfYear(2028, (d) => ru.isShortened(d))).toEqual(['02-22', '03-07', '05-08', '11-03']);
  });

  it('has 249 working days, by month counted by hand', () => {
    // Weekdays per month of 2028 (Jan 1 a Saturday, a leap year) minus weekday holidays:
    // Jan 21 − 5 (3–7) = 16; Feb 21 − 1 (23) = 20; Mar 23 − 1 (8) = 22; Apr 20; May 23 − 2 (1, 9) = 21;
    // Jun 22 − 1 (12) = 21; Jul 21; Aug 23; Sep 21; Oct 22; Nov 22 − 1 (6) = 21; Dec 21.
    // 260 weekdays − 11 = 249; at 40 h a week 249 × 8 − 4 shortened hours = 1 988 h.
    expect(workdaysByMonth(ru, 2028)).toEqual([16, 20, 22, 20, 21, 21, 21, 23, 21, 22, 21, 21]);
    expect(countWorkdays(ru, D('2028-01-01'), D('2028-12-31'))).toBe(249);
  });
});

describe('KZ and BY, provisional years worked by hand', () => {
  it('KZ 2027: Constitution Day is Mar 15; weekend holidays give the next working day off', () => {
    // Jan 2 Sat → Mon Jan 4; Mar 21 Sun → Wed Mar 24 (22, 23 are Nauryz); May 1 Sat → Mon May 3;
    // May 9 Sun → Mon May 10. Jan 7 (Thu) is a religious day off. Aug 30 (Mon) is a working day.
    const kz = makeCalendar('KZ');
    expect(daysOfYear(2027, (d) => isWeekday(d) && !kz.isWorkday(d))).toEqual(
      '01-01 01-04 01-07 03-08 03-15 03-22 03-23 03-24 05-03 05-07 05-10 07-06 10-25 12-16'.split(' '),
    );
    expect(kz.isWorkday(D('2027-08-30'))).toBe(true);
    expect(daysOfYear(2027, (d) => kz.isShortened(d))).toEqual([]);
  });

  it('BY 2028: Radunitsa on Tue Apr 25 (Easter Apr 16), weekend holidays do not move, eves shortened', () => {
    // Jan 1 Sat and Jan 2 Sun give nothing. Eves: Jan 6 Thu, Mar 7 Tue, Apr 24 Mon, May 8 Mon, Nov 6 Mon;
    // Apr 30, Jul 2, Dec 24 and Dec 31 are Sundays.
    const by = makeCalendar('BY');
    expect(daysOfYear(2028, (d) => isWeekday(d) && !by.isWorkday(d))).toEqual(
      '01-07 03-08 04-25 05-01 05-09 07-03 11-07 12-25'.split(' '),
    );
    expect(daysOfYear(2028, (d) => by.isShortened(d))).toEqual('01-06 03-07 04-24 05-08 11-06'.split(' '));
    expect(by.isWorkday(D('2028-01-03'))).toBe(true);
  });

  it('Orthodox Easter agrees with dateutil.easter(EASTER_ORTHODOX) from 1900 to 2200', () => {
    const dates =
      '1900-04-22 1950-04-09 1999-04-11 2000-04-30 2024-05-05 2025-04-20 2026-04-12 2027-05-02 ' +
      '2028-04-16 2029-04-08 2030-04-28 2050-04-17 2077-04-18 2099-04-12 2100-05-02 2150-04-19 ' +
      '2199-04-21 2200-04-06';
    for (const iso of dates.split(' ')) expect(isoString(orthodoxEaster(+iso.slice(0, 4)))).toBe(iso);
  });
});

/** The days in one list and not the other: what the rules miss (official only) and what they add. */
function diff(year: number, official: string, rules: string) {
  const a = tableDays(year, official).map((d) => isoString(d).slice(5));
  const b = tableDays(year, rules).map((d) => isoString(d).slice(5));
  return { officialOnly: a.filter((x) => !b.includes(x)), rulesOnly: b.filter((x) => !a.includes(x)) };
}
function tableDiff(year: number, official: YearTable, rules: YearTable) {
  return {
    off: diff(year, official.off, rules.off),
    work: diff(year, official.work, rules.work),
    short: diff(year, official.short, rules.short),
  };
}
const none = { officialOnly: [], rulesOnly: [] };

describe('the rules applied to the official years: they differ only by the yearly decisions', () => {
  it('RU 2024 (Decree No. 1314): Jan 6, 7 and three Saturdays moved', () => {
    // Sat Jan 6 → Fri May 10, Sun Jan 7 → Tue Dec 31, Sat Apr 27 → Mon Apr 29, Sat Nov 2 → Tue Apr 30,
    // Sat Dec 28 → Mon Dec 30. So Apr 30 and Dec 31 are no longer eves that work, and the working
    // Sat Nov 2 is shortened instead.
    expect(tableDiff(2024, RU[2024], ruleYearTable('RU', 2024))).toEqual({
      off: { officialOnly: ['04-29', '04-30', '05-10', '12-30', '12-31'], rulesOnly: [] },
      work: { officialOnly: ['04-27', '11-02', '12-28'], rulesOnly: [] },
      short: { officialOnly: ['11-02'], rulesOnly: ['04-30', '12-31'] },
    });
  });

  it('RU 2025 (Decree No. 1335): the decree moved Feb 23 and Mar 8 themselves, not to the next Monday', () => {
    // Art. 112 alone gives Mon Feb 24 (for Sun Feb 23) and Mon Mar 10 (for Sat Mar 8); the decree sent
    // them to Thu May 8 and Fri Jun 13 (art. 112 part 5 allows it), Sat Jan 4 → Fri May 2,
    // Sun Jan 5 → Wed Dec 31, Sat Nov 1 → Mon Nov 3 (Sat Nov 1 working and shortened).
    expect(tableDiff(2025, RU[2025], ruleYearTable('RU', 2025))).toEqual({
      off: { officialOnly: ['05-02', '05-08', '06-13', '11-03', '12-31'], rulesOnly: ['02-24', '03-10'] },
      work: { officialOnly: ['11-01'], rulesOnly: [] },
      short: { officialOnly: ['11-01'], rulesOnly: ['05-08', '11-03', '12-31'] },
    });
  });

  it('RU 2026 (Decree No. 1466): only the two January days', () => {
    // Sat Jan 3 → Fri Jan 9, Sun Jan 4 → Thu Dec 31 (so Dec 31 is not a shortened eve).
    expect(tableDiff(2026, RU[2026], ruleYearTable('RU', 2026))).toEqual({
      off: { officialOnly: ['01-09', '12-31'], rulesOnly: [] },
      work: none,
      short: { officialOnly: [], rulesOnly: ['12-31'] },
    });
  });

  it('RU 2027 (Decree No. 1187): the two January days and Sat Feb 20 → Mon Feb 22', () => {
    // Sat Jan 2 → Fri Nov 5, Sun Jan 3 → Fri Dec 31, Sat Feb 20 → Mon Feb 22 (the working Saturday,
    // now the eve of the Feb 21–23 days off, is the shortened one).
    expect(tableDiff(2027, RU[2027], ruleYearTable('RU', 2027))).toEqual({
      off: { officialOnly: ['02-22', '11-05', '12-31'], rulesOnly: [] },
      work: { officialOnly: ['02-20'], rulesOnly: [] },
      short: { officialOnly: ['02-20'], rulesOnly: ['02-22', '12-31'] },
    });
  });

  it('KZ 2026: only Kurban Ait (Wed May 27), a lunar date the rules leave out', () => {
    expect(tableDiff(2026, KZ[2026], ruleYearTable('KZ', 2026))).toEqual({
      off: { officialOnly: ['05-27'], rulesOnly: [] },
      work: none,
      short: none,
    });
  });

  it("BY 2026 (Resolution No. 397): only Mon Apr 20 → Sat Apr 25, Radunitsa's eve", () => {
    expect(tableDiff(2026, BY[2026], ruleYearTable('BY', 2026))).toEqual({
      off: { officialOnly: ['04-20'], rulesOnly: [] },
      work: { officialOnly: ['04-25'], rulesOnly: [] },
      short: { officialOnly: ['04-25'], rulesOnly: ['04-20'] },
    });
  });
});

/** A country's holidays in `year` with whether a weekend one moves (what the rules module encodes, restated). */
function holidaysOf(country: Exclude<CountryCode, 'NONE'>, year: number): [number, boolean][] {
  const at = (list: string, moves: boolean) =>
    list.split(' ').map((s): [number, boolean] => [dayOf(year, +s.slice(0, 2), +s.slice(3, 5)), moves]);
  if (country === 'RU')
    return [
      ...at('01-01 01-02 01-03 01-04 01-05 01-06 01-07 01-08', false),
      ...at('02-23 03-08 05-01 05-09 06-12 11-04', true),
    ];
  if (country === 'KZ')
    return [
      ...at('01-07', false),
      ...at('01-01 01-02 03-08 03-15 03-21 03-22 03-23 05-01 05-07 05-09 07-06 10-25 12-16', true),
    ];
  return [
    ...at('01-01 01-02 01-07 03-08 05-01 05-09 07-03 11-07 12-25', false),
    [orthodoxEaster(year) + 9, false],
  ];
}

describe('provisional years: properties from 2028 to MAX_YEAR', () => {
  const country = fc.constantFrom<Exclude<CountryCode, 'NONE'>>('RU', 'KZ', 'BY');
  const year = fc.integer({ min: 2028, max: MAX_YEAR });

  it('every holiday is a day off; a year has weekdays − (weekday holidays + moved ones) working days', () => {
    fc.assert(
      fc.property(country, year, (c, y) => {
        const cal = makeCalendar(c);
        const holidays = holidaysOf(c, y);
        for (const [d] of holidays) expect([isoString(d), cal.isWorkday(d)]).toEqual([isoString(d), false]);
        // Each moving holiday gives exactly one weekday off (its own or the next free one); the others
        // one if they fall on a weekday. BY's Radunitsa may fall on May 9: count distinct days.
        const distinct = new Map(holidays);
        let off = 0;
        for (const [d, moves] of distinct) if (moves || isWeekday(d)) off++;
        expect(countWorkdays(cal, dayOf(y, 1, 1), dayOf(y, 12, 31))).toBe(weekdaysOf(y) - off);
        expect(cal.isProvisional(y)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('a shortened day works and comes right before a holiday (RU, BY); KZ shortens none', () => {
    fc.assert(
      fc.property(country, year, (c, y) => {
        const cal = makeCalendar(c);
        const holidays = new Set([...holidaysOf(c, y), ...holidaysOf(c, y + 1)].map(([d]) => d));
        const short = daysOfYear(y, (d) => cal.isShortened(d)).map((s) => D(`${y}-${s}`));
        if (c === 'KZ') expect(short).toEqual([]);
        for (const d of short)
          expect([isoString(d), cal.isWorkday(d), holidays.has(d + 1)]).toEqual([isoString(d), true, true]);
        // …and every working weekday right before a holiday is shortened.
        for (const h of holidays) {
          const eve = h - 1;
          if (c !== 'KZ' && eve >= dayOf(y, 1, 1) && eve <= dayOf(y, 12, 31) && cal.isWorkday(eve))
            expect([isoString(eve), cal.isShortened(eve)]).toEqual([isoString(eve), true]);
        }
      }),
      { numRuns: 150 },
    );
  });
});
