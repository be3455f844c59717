import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type Calendar,
  type CountryCode,
  calendarYears,
  countWorkdays,
  MAX_YEAR,
  makeCalendar,
  parseCountry,
  provisionalFrom,
} from '../../src/core/calendar';
import { type Day, dayOf, isoString, lastOfMonth } from '../../src/core/dates';
import { DomainError, msgRef } from '../../src/core/errors';
import { messageOf, t, tCode } from '../../src/i18n';

const D = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return dayOf(y, m, d);
};
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// What the published tables state, read through the calendar: per month, per year, hours, lists of days.
const workdaysInMonth = (cal: Calendar, year: number, month: number) =>
  countWorkdays(cal, dayOf(year, month, 1), lastOfMonth(year, month));
const workdaysByMonth = (cal: Calendar, year: number) =>
  Array.from({ length: 12 }, (_, i) => workdaysInMonth(cal, year, i + 1));
const daysWhere = (from: Day, to: Day, keep: (d: Day) => boolean) => {
  const out: Day[] = [];
  for (let d = from; d <= to; d++) if (keep(d)) out.push(d);
  return out;
};
const workdaysBetween = (cal: Calendar, from: Day, to: Day) => daysWhere(from, to, (d) => cal.isWorkday(d));
const workdaysOfMonth = (cal: Calendar, year: number, month: number) =>
  workdaysBetween(cal, dayOf(year, month, 1), lastOfMonth(year, month));
const shortenedDaysOfMonth = (cal: Calendar, year: number, month: number) =>
  daysWhere(dayOf(year, month, 1), lastOfMonth(year, month), (d) => cal.isShortened(d));
/** `fullDay` hours a working day, one hour less on a shortened day. */
const workingHours = (cal: Calendar, from: Day, to: Day, fullDay = 8) =>
  sum(workdaysBetween(cal, from, to).map((d) => (cal.isShortened(d) ? fullDay - 1 : fullDay)));
const yearHours = (cal: Calendar, year: number, fullDay = 8) =>
  workingHours(cal, D(`${year}-01-01`), D(`${year}-12-31`), fullDay);

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

// Official monthly working days, five-day week (the tables the sources publish; see calendars/*.ts).
const OFFICIAL: [CountryCode, number, number[], number, number][] = [
  // country, year, months, total days, hours at 40 h/week
  ['RU', 2024, [17, 20, 20, 21, 20, 19, 23, 22, 21, 23, 21, 21], 248, 1979],
  ['RU', 2025, [17, 20, 21, 22, 18, 19, 23, 21, 22, 23, 19, 22], 247, 1972],
  ['RU', 2026, [15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22], 247, 1972],
  ['RU', 2027, [15, 19, 22, 22, 19, 21, 22, 22, 22, 21, 20, 22], 247, 1972],
  // KZ: Aug 31 is a working day since the 2026 Constitution (see kz.ts); no shortened days.
  ['KZ', 2026, [19, 20, 18, 22, 17, 22, 22, 21, 22, 21, 21, 22], 247, 1976],
  ['BY', 2026, [19, 20, 22, 21, 20, 22, 22, 21, 22, 22, 21, 22], 254, 2024],
];

describe('official tables', () => {
  it.each(OFFICIAL)(
    '%s %i: monthly working days, yearly total and hours',
    (country, year, months, total, hours) => {
      const cal = makeCalendar(country);
      expect(workdaysByMonth(cal, year)).toEqual(months);
      expect(sum(months)).toBe(total);
      expect(countWorkdays(cal, D(`${year}-01-01`), D(`${year}-12-31`))).toBe(total);
      expect(yearHours(cal, year)).toBe(hours);
    },
  );

  it('RU 2026 at a 36-hour week: 7.2 h a day, 6.2 h on shortened days', () => {
    expect(yearHours(makeCalendar('RU'), 2026, 7.2)).toBeCloseTo(1774.4, 9);
  });

  it('counts across years: RU 2024–2027', () => {
    expect(countWorkdays(makeCalendar('RU'), D('2024-01-01'), D('2027-12-31'))).toBe(248 + 247 + 247 + 247);
  });
});

describe('known dates', () => {
  const ru = makeCalendar('RU');
  const kz = makeCalendar('KZ');
  const by = makeCalendar('BY');

  it.each([
    // [calendar, date, working, shortened]
    ['RU', '2024-04-27', true, false], // working Saturday (→ Mon Apr 29)
    ['RU', '2024-04-29', false, false],
    ['RU', '2024-05-10', false, false], // from Sat Jan 6
    ['RU', '2024-11-02', true, true], // working Saturday, shortened
    ['RU', '2024-12-28', true, false],
    ['RU', '2024-12-31', false, false], // from Sun Jan 7
    ['RU', '2025-01-09', true, false],
    ['RU', '2025-02-24', true, false], // Sun Feb 23 went to May 8, not to Monday
    ['RU', '2025-03-10', true, false], // Sat Mar 8 went to Jun 13
    ['RU', '2025-05-08', false, false],
    ['RU', '2025-06-13', false, false],
    ['RU', '2025-11-01', true, true], // working Saturday, shortened
    ['RU', '2025-11-03', false, false],
    ['RU', '2025-12-31', false, false],
    ['RU', '2026-01-09', false, false], // from Sat Jan 3
    ['RU', '2026-01-12', true, false],
    ['RU', '2026-02-23', false, false],
    ['RU', '2026-03-09', false, false], // Sun Mar 8 → Mon
    ['RU', '2026-04-30', true, true],
    ['RU', '2026-05-08', true, true],
    ['RU', '2026-05-11', false, false], // Sat May 9 → Mon
    ['RU', '2026-11-03', true, true],
    ['RU', '2026-12-30', true, false], // Dec 31 is a transferred day off, not a holiday
    ['RU', '2026-12-31', false, false], // from Sun Jan 4
    ['RU', '2027-02-20', true, true], // Decree No. 1187: a working Saturday, shortened
    ['RU', '2027-02-22', false, false],
    ['RU', '2027-11-05', false, false],
    ['KZ', '2026-01-02', false, false],
    ['KZ', '2026-03-23', false, false], // Nauryz
    ['KZ', '2026-03-25', false, false], // Sun Mar 22 → Wed
    ['KZ', '2026-03-26', true, false],
    ['KZ', '2026-05-27', false, false], // Kurban Ait
    ['KZ', '2026-07-06', false, false],
    ['KZ', '2026-08-31', true, false], // no longer Constitution Day's day off
    ['KZ', '2026-10-26', false, false],
    ['KZ', '2026-12-15', true, false], // no shortened days in KZ
    ['KZ', '2026-12-16', false, false],
    ['BY', '2026-01-06', true, true],
    ['BY', '2026-03-09', true, false], // Mar 8 on a Sunday is not moved
    ['BY', '2026-04-20', false, false], // moved to Sat Apr 25
    ['BY', '2026-04-21', false, false], // Radunitsa
    ['BY', '2026-04-25', true, true],
    ['BY', '2026-05-11', true, false], // May 9 on a Saturday is not moved
    ['BY', '2026-07-03', false, false],
    ['BY', '2026-11-06', true, true],
    ['BY', '2026-12-31', true, true],
  ] as [string, string, boolean, boolean][])('%s %s: working %s, shortened %s', (c, iso, working, short) => {
    const cal = { RU: ru, KZ: kz, BY: by }[c as 'RU' | 'KZ' | 'BY'];
    expect(cal.isWorkday(D(iso))).toBe(working);
    expect(cal.isShortened(D(iso))).toBe(short);
  });

  it('lists the working and shortened days of a month', () => {
    const jan = workdaysOfMonth(ru, 2026, 1);
    expect(jan).toHaveLength(15);
    expect(isoString(jan[0])).toBe('2026-01-12');
    expect(isoString(jan[14])).toBe('2026-01-30');
    expect(workdaysInMonth(ru, 2026, 1)).toBe(15);
    expect(shortenedDaysOfMonth(ru, 2026, 5).map(isoString)).toEqual(['2026-05-08']);
    expect(shortenedDaysOfMonth(ru, 2024, 11).map(isoString)).toEqual(['2024-11-02']);
    expect(shortenedDaysOfMonth(ru, 2026, 7)).toEqual([]);
    expect(workdaysBetween(ru, D('2026-05-07'), D('2026-05-12')).map(isoString)).toEqual([
      '2026-05-07',
      '2026-05-08',
      '2026-05-12',
    ]);
  });
});

describe('coverage', () => {
  it('RU: official 2024–2027, provisional from 2028 to MAX_YEAR, nothing before 2024', () => {
    const ru = makeCalendar('RU');
    expect(calendarYears('RU')).toEqual([2024, 2025, 2026, 2027]);
    expect(provisionalFrom('RU')).toBe(2028);
    const years = [2023, 2024, 2026, 2027, 2028, 2100, MAX_YEAR, MAX_YEAR + 1];
    expect(years.map((y) => ru.covers(y))).toEqual([false, true, true, true, true, true, true, false]);
    expect(years.map((y) => ru.isProvisional(y))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('KZ and BY: official 2026, provisional from 2027', () => {
    expect(calendarYears('KZ')).toEqual([2026]);
    expect(calendarYears('BY')).toEqual([2026]);
    for (const c of ['KZ', 'BY'] as const) {
      const cal = makeCalendar(c);
      expect(provisionalFrom(c)).toBe(2027);
      expect([2025, 2026, 2027].map((y) => cal.covers(y))).toEqual([false, true, true]);
      expect([2025, 2026, 2027].map((y) => cal.isProvisional(y))).toEqual([false, false, true]);
    }
  });

  it('a year before the first table falls back to Monday–Friday (the caller refuses or warns from covers())', () => {
    const ru = makeCalendar('RU');
    expect(ru.isWorkday(D('2023-01-02'))).toBe(true); // a real holiday, but there is no data
    expect(ru.isShortened(D('2023-03-07'))).toBe(false);
    expect(workdaysInMonth(ru, 2023, 1)).toBe(22);
    expect(workdaysByMonth(makeCalendar('KZ'), 2025)).toEqual(workdaysByMonth(makeCalendar('NONE'), 2025));
  });

  it('a provisional year has its holidays (2028: Jan 3–7 off, Jan 1, 2, 8 on the weekend)', () => {
    const ru = makeCalendar('RU');
    expect(ru.isWorkday(D('2028-01-03'))).toBe(false);
    expect(ru.isShortened(D('2028-03-07'))).toBe(true);
    expect(workdaysInMonth(ru, 2028, 1)).toBe(16);
  });

  it('NONE is Monday–Friday everywhere and covers every year', () => {
    const none = makeCalendar('NONE');
    expect(none.country).toBe('NONE');
    expect(calendarYears('NONE')).toEqual([]);
    expect([1990, 2026, 2150].map((y) => none.covers(y))).toEqual([true, true, true]);
    expect([2027, 2028].map((y) => none.isProvisional(y))).toEqual([false, false]);
    expect(provisionalFrom('NONE')).toBeUndefined();
    expect(workdaysByMonth(none, 2026)).toEqual([22, 20, 22, 22, 21, 22, 23, 21, 22, 22, 21, 23]);
    expect(none.isWorkday(D('2026-01-01'))).toBe(true);
    expect(none.isWorkday(D('2026-01-03'))).toBe(false);
  });

  it('defaults to RU', () => {
    expect(makeCalendar().country).toBe('RU');
    expect(makeCalendar().isWorkday(D('2026-01-09'))).toBe(false);
  });
});

describe('overrides', () => {
  it('an extra day off removes a working day, an extra working day adds one', () => {
    const cal = makeCalendar('RU', { daysOff: [D('2026-03-10')], workingDays: [D('2026-03-14')] });
    expect(cal.isWorkday(D('2026-03-10'))).toBe(false);
    expect(cal.isWorkday(D('2026-03-14'))).toBe(true); // a Saturday
    expect(workdaysInMonth(cal, 2026, 3)).toBe(21);
    expect(workdaysInMonth(makeCalendar('RU', { daysOff: [D('2026-03-10')] }), 2026, 3)).toBe(20);
    expect(workdaysInMonth(makeCalendar('RU', { workingDays: [D('2026-03-14')] }), 2026, 3)).toBe(22);
  });

  it('overrides beat the official calendar both ways', () => {
    const cal = makeCalendar('RU', { workingDays: [D('2026-01-09')], daysOff: [D('2026-04-30')] });
    expect(cal.isWorkday(D('2026-01-09'))).toBe(true);
    expect(cal.isShortened(D('2026-01-09'))).toBe(false);
    expect(cal.isWorkday(D('2026-04-30'))).toBe(false);
    expect(cal.isShortened(D('2026-04-30'))).toBe(false);
    expect(workdaysByMonth(cal, 2026).slice(0, 4)).toEqual([16, 19, 21, 21]);
  });

  it('apply to uncovered and provisional years and to NONE', () => {
    const cal = makeCalendar('NONE', { daysOff: [D('2031-01-01')], workingDays: [D('2031-01-04')] });
    expect(cal.isWorkday(D('2031-01-01'))).toBe(false);
    expect(cal.isWorkday(D('2031-01-04'))).toBe(true);
    // Jan 2023 (uncovered): 22 weekdays, one taken off. Jan 2028 (provisional): 16, plus Sat Jan 8.
    expect(workdaysInMonth(makeCalendar('RU', { daysOff: [D('2023-01-02')] }), 2023, 1)).toBe(21);
    expect(workdaysInMonth(makeCalendar('RU', { workingDays: [D('2028-01-08')] }), 2028, 1)).toBe(17);
  });

  it('duplicates in a list count once', () => {
    const cal = makeCalendar('RU', { daysOff: [D('2026-03-10'), D('2026-03-10')] });
    expect(workdaysInMonth(cal, 2026, 3)).toBe(20);
  });
});

describe('working hours', () => {
  it('8 h a day, 7 h on a shortened day', () => {
    const ru = makeCalendar('RU');
    expect(workingHours(ru, D('2026-05-01'), D('2026-05-31'))).toBe(19 * 8 - 1);
    expect(workingHours(ru, D('2025-11-01'), D('2025-11-01'))).toBe(7);
    expect(workingHours(ru, D('2026-01-01'), D('2026-01-11'))).toBe(0);
    expect(workingHours(ru, D('2026-02-01'), D('2026-01-01'))).toBe(0);
  });
});

describe('parseCountry', () => {
  it.each([
    ['RU', 'RU'],
    ['ru', 'RU'],
    [' Ru ', 'RU'],
    ['РФ', 'RU'],
    ['Россия', 'RU'],
    ['россия', 'RU'],
    ['Russia', 'RU'],
    ['Российская  Федерация', 'RU'],
    ['KZ', 'KZ'],
    ['kz', 'KZ'],
    ['Казахстан', 'KZ'],
    ['Kazakhstan', 'KZ'],
    ['BY', 'BY'],
    ['Беларусь', 'BY'],
    ['Белоруссия', 'BY'],
    ['РБ', 'BY'],
    ['Belarus', 'BY'],
    ['NONE', 'NONE'],
    ['none', 'NONE'],
    ['нет', 'NONE'],
    ['', 'RU'],
    ['   ', 'RU'],
  ])('%j → %s', (text, code) => {
    expect(parseCountry(text)).toBe(code);
  });

  it('blank (null / undefined) means RU', () => {
    expect(parseCountry(undefined)).toBe('RU');
    expect(parseCountry(null)).toBe('RU');
  });

  it('refuses anything else, naming it', () => {
    for (const text of ['UA', 'Украина', 'RUS', 'toString', '__proto__']) {
      const e = thrown(() => parseCountry(text));
      expect(e.code).toBe('calendar.unknownCountry');
      expect(e.params).toEqual({ value: text });
    }
    expect(t('calendar.unknownCountry', 'ru', { value: 'UA' })).toBe(
      'неизвестная страна календаря «UA»: укажите «RU», «KZ», «BY» или «NONE» (только выходные сб и вс)',
    );
  });
});

describe('errors', () => {
  const ru = makeCalendar('RU');

  it('an unknown country code', () => {
    const e = thrown(() => makeCalendar('UA' as CountryCode));
    expect(e.code).toBe('calendar.unknownCountry');
    expect(e.params).toEqual({ value: 'UA' });
  });

  it('a day that is not a whole day number', () => {
    let e = thrown(() => ru.isWorkday(20000.5));
    expect(e.code).toBe('calendar.notADay');
    expect(e.params).toEqual({ what: msgRef('calendar.arg.day') });
    ru.isWorkday(D('2026-03-02')); // warm the cache: the check must not depend on it
    expect(thrown(() => ru.isShortened(D('2026-03-02') + 0.5)).code).toBe('calendar.notADay');
    e = thrown(() => countWorkdays(ru, Number.NaN, D('2026-01-01')));
    expect(e.params).toEqual({ what: msgRef('calendar.arg.from') });
    e = thrown(() => countWorkdays(ru, D('2026-01-01'), Number.POSITIVE_INFINITY));
    expect(e.params).toEqual({ what: msgRef('calendar.arg.to') });
    expect(tCode(e.code, 'en', e.params)).toBe('the end date is not a date');
    expect(tCode(e.code, 'ru', e.params)).toBe('дата окончания: не дата');
  });

  it('a day outside 1900–2200', () => {
    let e = thrown(() => ru.isWorkday(D('1899-12-31')));
    expect(e.code).toBe('calendar.yearOutOfRange');
    expect(e.params).toEqual({ what: msgRef('calendar.arg.day'), year: '1899', min: '1900', max: '2200' });
    e = thrown(() => countWorkdays(ru, D('2026-01-01'), 1e9));
    expect(e.params).toEqual({ what: msgRef('calendar.arg.to'), year: '> 2200', min: '1900', max: '2200' });
    e = thrown(() => countWorkdays(ru, D('2201-01-01'), D('2201-01-02')));
    expect(e.params).toEqual({ what: msgRef('calendar.arg.from'), year: '2201', min: '1900', max: '2200' });
    expect(thrown(() => countWorkdays(ru, -1e7, D('2026-01-01'))).code).toBe('calendar.yearOutOfRange');
    expect(tCode(e.code, 'en', e.params)).toBe('the start date: the year 2201 is outside 1900–2200');
  });

  it('a bad override day, naming the list and the entry', () => {
    let e = thrown(() => makeCalendar('RU', { daysOff: [D('2026-01-12'), 1.5] }));
    expect(e.code).toBe('calendar.badOverrideDay');
    expect(e.params).toEqual({ list: msgRef('calendar.arg.daysOff'), index: 2 });
    expect(tCode(e.code, 'en', e.params)).toBe('extra days off: entry #2 is not a date');
    e = thrown(() => makeCalendar('KZ', { workingDays: [Number.NaN] }));
    expect(e.params).toEqual({ list: msgRef('calendar.arg.workingDays'), index: 1 });
  });

  it('a day both off and working', () => {
    const e = thrown(() =>
      makeCalendar('BY', { daysOff: [D('2026-03-10'), D('2026-03-11')], workingDays: [D('2026-03-11')] }),
    );
    expect(e.code).toBe('calendar.overrideConflict');
    expect(e.params).toEqual({ date: '2026-03-11' });
  });

  it("each names its field: the path of the value in the function's own input", () => {
    const day = D('2026-03-11');
    const cases: [() => unknown, string][] = [
      [() => ru.isWorkday(0.5), 'day'],
      [() => ru.isShortened(D('1899-12-31')), 'day'],
      [() => countWorkdays(ru, Number.NaN, day), 'from'],
      [() => countWorkdays(ru, day, 1e9), 'to'],
      [() => makeCalendar('UA' as CountryCode), 'country'],
      [() => parseCountry('Украина'), 'country'],
      [() => makeCalendar('RU', { daysOff: [day, 1.5] }), 'overrides.daysOff[1]'],
      [() => makeCalendar('RU', { workingDays: [Number.NaN] }), 'overrides.workingDays[0]'],
      [() => makeCalendar('BY', { daysOff: [day], workingDays: [day - 1, day] }), 'overrides.workingDays[1]'],
    ];
    expect(cases.map(([fn]) => thrown(fn).field)).toEqual(cases.map(([, field]) => field));
  });

  it('every calendar code thrown has a Russian and an English message', () => {
    const src = fs.readFileSync(path.join(__dirname, '../../src/core/calendar.ts'), 'utf8');
    const codes = new Set([...src.matchAll(/'(calendar\.[A-Za-z.]+)'/g)].map((m) => m[1]));
    expect(codes.size).toBeGreaterThanOrEqual(10);
    for (const code of codes) {
      expect([code, typeof messageOf(code)?.ru, typeof messageOf(code)?.en]).toEqual([
        code,
        'string',
        'string',
      ]);
    }
  });
});

describe('a calendar that is not built by makeCalendar', () => {
  it('is counted day by day', () => {
    const evenDays: Calendar = {
      country: 'NONE',
      isWorkday: (d) => d % 2 === 0,
      isShortened: () => false,
      covers: () => true,
      isProvisional: () => false,
    };
    expect(countWorkdays(evenDays, 20000, 20009)).toBe(5);
  });
});
