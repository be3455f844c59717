import type { YearTable } from '../calendar';
import { type Day, dayOf, isoString, isoWeekday } from '../dates';

/**
 * Provisional production calendars: a year's table built from the law's fixed rules alone, for the years
 * after a country's last official table (see calendar.ts). What the law leaves to a yearly decision — the
 * government's transfers of days off and working Saturdays, and holidays on a lunar date — is not known
 * in advance and is left out; the tables say `provisional: true` until the official table replaces them.
 */
type RuleCountry = 'RU' | 'KZ' | 'BY';

interface Holiday {
  readonly day: Day;
  /** True when the law moves the day off of a holiday falling on a Saturday or Sunday to the next working day. */
  readonly moves: boolean;
}

interface CountryRules {
  holidays(year: number): Holiday[];
  /** True when the working day right before a holiday is one hour shorter. */
  readonly shortensEve: boolean;
}

/** The holidays of a list of "MM-DD" dates in `year`. */
function fixed(year: number, list: string, moves: boolean): Holiday[] {
  return list
    .split(' ')
    .filter((s) => s !== '')
    .map((s) => ({ day: dayOf(year, +s.slice(0, 2), +s.slice(3, 5)), moves }));
}

/**
 * Orthodox Easter Sunday as a Gregorian day: Meeus' Julian algorithm gives the Julian-calendar date, then
 * the calendars' difference (13 days in 1900–2099, 14 in 2100–2199, 15 from March 2200) is added.
 */
export function orthodoxEaster(year: number): Day {
  const a = year % 4;
  const b = year % 7;
  const c = year % 19;
  const d = (19 * c + 15) % 30;
  const e = (2 * a + 4 * b - d + 34) % 7;
  const month = Math.floor((d + e + 114) / 31);
  const day = ((d + e + 114) % 31) + 1;
  const julianLag = Math.floor(year / 100) - Math.floor(year / 400) - 2;
  return dayOf(year, month, day) + julianLag;
}

/**
 * Russia: Labour Code art. 112 part 1 — Jan 1–6 and 8 (New Year holidays), Jan 7 (Christmas), Feb 23,
 * Mar 8, May 1, May 9, Jun 12, Nov 4. Part 2: a day off that coincides with a holiday moves to the next
 * working day after the holiday, except for the January holidays: the government moves two of those days
 * off by its yearly decree (part 5) to days it chooses, so a provisional year leaves them unmoved (a year
 * whose January holidays touch a weekend will, once decreed, have two fewer working days somewhere).
 * Art. 95 part 1: the working day right before a holiday is one hour shorter.
 */
const RU_RULES: CountryRules = {
  holidays: (year) => [
    ...fixed(year, '01-01 01-02 01-03 01-04 01-05 01-06 01-07 01-08', false),
    ...fixed(year, '02-23 03-08 05-01 05-09 06-12 11-04', true),
  ],
  shortensEve: true,
};

/**
 * Kazakhstan's Constitution Day: Aug 30 (the 1995 Constitution) until 2025; the Constitution adopted at
 * the referendum of 15.03.2026 makes the day of its adoption the holiday (its art. 94), kept from 2027,
 * and Aug 30, 2026 was a working day (see kz.ts).
 */
function kzConstitutionDay(year: number): string {
  if (year <= 2025) return '08-30';
  return year === 2026 ? '' : '03-15';
}

/**
 * Kazakhstan: Law "On holidays in the Republic of Kazakhstan" of 13.12.2001 No. 267 — national and state
 * holidays Jan 1–2, Mar 8, Mar 21–23 (Nauryz), May 1, May 7, May 9, Jul 6, Constitution Day, Oct 25,
 * Dec 16; a holiday on a Saturday or Sunday gives the next working day off (art. 5). The religious days off
 * (Labour Code art. 84: Orthodox Christmas on Jan 7, the first day of Kurban Ait) do not move. Kurban Ait
 * follows the lunar calendar and its date is fixed each year: a provisional year leaves it out (one working
 * day too many). The government's extra transfers (Labour Code art. 85) are yearly decisions, left out.
 * No shortened pre-holiday days (kz.ts).
 */
const KZ_RULES: CountryRules = {
  holidays: (year) => [
    ...fixed(year, '01-07', false),
    ...fixed(year, '01-01 01-02 03-08 03-21 03-22 03-23 05-01 05-07 05-09 07-06 10-25 12-16', true),
    ...fixed(year, kzConstitutionDay(year), true),
  ],
  shortensEve: false,
};

/**
 * Belarus: Decree of the President of 26.03.1998 No. 157 (Jan 2 since Decree No. 464 of 17.12.2019) and
 * Labour Code art. 147 — Jan 1, Jan 2, Jan 7, Mar 8, Radunitsa (the Tuesday of the second week after
 * Orthodox Easter, Easter + 9 days), May 1, May 9, Jul 3, Nov 7, Dec 25. A holiday on a weekend does NOT
 * move; the Council of Ministers' yearly transfers of working days to Saturdays are left out.
 * Labour Code art. 116: the working day right before a holiday is one hour shorter.
 */
const BY_RULES: CountryRules = {
  holidays: (year) => [
    ...fixed(year, '01-01 01-02 01-07 03-08 05-01 05-09 07-03 11-07 12-25', false),
    { day: orthodoxEaster(year) + 9, moves: false },
  ],
  shortensEve: true,
};

const RULES: Readonly<Record<RuleCountry, CountryRules>> = { RU: RU_RULES, KZ: KZ_RULES, BY: BY_RULES };

const isWeekday = (d: Day): boolean => isoWeekday(d) <= 5;

/**
 * The weekdays off of `holidays`: those on weekdays, then each moved one, in date order. The latest holiday
 * that moves is KZ's 16 December, so a moved day never leaves its year.
 */
function daysOff(holidays: readonly Holiday[]): Set<Day> {
  const isHoliday = new Set(holidays.map((h) => h.day));
  const off = new Set(holidays.filter((h) => isWeekday(h.day)).map((h) => h.day));
  const moved = holidays.filter((h) => h.moves && !isWeekday(h.day)).sort((a, b) => a.day - b.day);
  for (const h of moved) {
    let d = h.day + 1;
    while (!isWeekday(d) || isHoliday.has(d) || off.has(d)) d++;
    off.add(d);
  }
  return off;
}

/** "MM-DD MM-DD …" of days, ascending. */
function listOf(days: Iterable<Day>): string {
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => isoString(d).slice(5))
    .join(' ');
}

/**
 * The table of `country` for `year` from the law's fixed rules alone, marked provisional. Applied to a year
 * with an official table it differs from it only by the government's transfers (and, in KZ, Kurban Ait):
 * test/core/calendar-provisional.test.ts lists each difference.
 */
export function ruleYearTable(country: RuleCountry, year: number): YearTable {
  const rules = RULES[country];
  const holidays = rules.holidays(year);
  const off = daysOff(holidays);
  const short: Day[] = [];
  if (rules.shortensEve) {
    // Dec 31 is the eve of next year's Jan 1.
    const last = dayOf(year, 12, 31);
    const eves = [...holidays, ...rules.holidays(year + 1)].map((h) => h.day - 1);
    for (const d of new Set(eves)) {
      if (d >= dayOf(year, 1, 1) && d <= last && isWeekday(d) && !off.has(d)) short.push(d);
    }
  }
  return { off: listOf(off), work: '', short: listOf(short), provisional: true };
}
