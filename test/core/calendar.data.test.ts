import { type CountryTable, tableDays } from '../../src/core/calendar';
import { BY } from '../../src/core/calendars/by';
import { KZ } from '../../src/core/calendars/kz';
import { RU } from '../../src/core/calendars/ru';
import { isoString, isoWeekday, ymdOf } from '../../src/core/dates';

// Sanity of the hand-typed tables: a typo in a date shows up here, not in a manager's plan.
const TABLES: [string, CountryTable][] = [
  ['RU', RU],
  ['KZ', KZ],
  ['BY', BY],
];

describe.each(TABLES)('%s data tables', (_name, table) => {
  const years = Object.keys(table).map(Number);

  it.each(years)('%i: every listed date exists, in order, without duplicates', (year) => {
    const data = table[year];
    for (const list of [data.off, data.work, data.short]) {
      const tokens = list.split(' ').filter((s) => s !== '');
      const days = tableDays(year, list);
      tokens.forEach((s, i) => {
        expect(s).toMatch(/^\d\d-\d\d$/);
        // dayOf would roll "02-30" into March: the round trip catches it.
        expect(isoString(days[i])).toBe(`${year}-${s}`);
        expect(ymdOf(days[i]).year).toBe(year);
      });
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
    }
  });

  it.each(years)('%i: days off are weekdays, working days are weekends, shortened days work', (year) => {
    const data = table[year];
    const off = tableDays(year, data.off);
    const work = tableDays(year, data.work);
    for (const d of off) expect([isoString(d), isoWeekday(d) <= 5]).toEqual([isoString(d), true]);
    for (const d of work) expect([isoString(d), isoWeekday(d) >= 6]).toEqual([isoString(d), true]);
    for (const d of tableDays(year, data.short)) {
      const working = isoWeekday(d) <= 5 ? !off.includes(d) : work.includes(d);
      expect([isoString(d), working]).toEqual([isoString(d), true]);
    }
  });
});
