import { BY } from './calendars/by';
import { KZ } from './calendars/kz';
import { RU } from './calendars/ru';
import { ruleYearTable } from './calendars/rules';
import { type Day, dayOf, isoString, isoWeekday, ymdOf } from './dates';
import { DomainError, msgRef } from './errors';

/**
 * Production calendars: for any day, working or not, and shortened (pre-holiday) or not.
 *
 * A country has official tables for some years (see `calendars/*.ts`). Every year after its last table,
 * up to MAX_YEAR, gets a provisional table built from the law's fixed rules (`calendars/rules.ts`): the
 * public holidays and the weekend-holiday transfer, without the government's yearly transfers. Such a
 * year is covered and provisional (`covers` and `isProvisional` both true), as is an official table still
 * marked provisional. A year before the first table is not covered: the calendar falls back to plain
 * Monday–Friday for it (user overrides still apply). The core refuses neither: the callers decide, from
 * `covers` and `isProvisional`, whether to warn (plan tabs) or to refuse (settings checks, custom
 * functions). 'NONE' is Monday–Friday for every year and covers every year.
 *
 * Working days as of a day (elapsed, remaining, "yesterday") are counted in own-days.ts (`workdaysAsOf`);
 * a month's weeks and day weights in workdays.ts.
 *
 * Lookups are per-year tables of flags with prefix sums, built lazily once per calendar and year,
 * so a custom function can ask about many thousands of days in one call.
 */
export type CountryCode = 'RU' | 'KZ' | 'BY' | 'NONE';

export const COUNTRY_CODES: readonly CountryCode[] = ['RU', 'KZ', 'BY', 'NONE'];

/**
 * One year of a production calendar: lists of "MM-DD" dates separated by spaces. Saturdays and
 * Sundays are days off and every other day is a working day, except for the days listed.
 */
export interface YearTable {
  /** Weekdays (Mon–Fri) that are days off: public holidays and transferred days off. */
  readonly off: string;
  /** Saturdays or Sundays that are working days (the other half of a transfer). */
  readonly work: string;
  /** Working days shortened by one hour (pre-holiday days). */
  readonly short: string;
  /**
   * True while the year may still change: a published calendar not yet confirmed by its decree, or a
   * table built from the law's rules alone (calendars/rules.ts).
   */
  readonly provisional?: boolean;
}

export type CountryTable = Readonly<Record<number, YearTable>>;

const TABLES: Readonly<Record<Exclude<CountryCode, 'NONE'>, CountryTable>> = { RU, KZ, BY };

/** The first year each country's calendar builds from the law's rules: the year after its last table. */
const RULES_FROM = Object.fromEntries(
  Object.entries(TABLES).map(([country, table]) => [
    country,
    Math.max(...Object.keys(table).map(Number)) + 1,
  ]),
) as Record<keyof typeof TABLES, number>;

/** Days outside these years are refused: they are almost always a mistyped date or a stray number. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
const MIN_DAY = dayOf(MIN_YEAR, 1, 1);
const MAX_DAY = dayOf(MAX_YEAR, 12, 31);

export interface CalendarOverrides {
  /** Extra days off (holidays the company adds). */
  daysOff?: readonly Day[];
  /** Extra working days (e.g. a working Saturday the company adds). */
  workingDays?: readonly Day[];
}

export interface Calendar {
  readonly country: CountryCode;
  isWorkday(day: Day): boolean;
  /** A pre-holiday day shortened by one hour. */
  isShortened(day: Day): boolean;
  /**
   * True when the calendar has data for `year`, official or provisional (NONE covers every year); false
   * for a year before the country's first table, which then counts as plain Monday–Friday.
   */
  covers(year: number): boolean;
  /** True when `year`'s data may still change (decree not yet known, or built from the law's rules). */
  isProvisional(year: number): boolean;
}

/**
 * The years of a country's official tables, ascending ('NONE': none listed, it covers every year). The
 * years after the last one are covered too, provisionally (`provisionalFrom`).
 */
export function calendarYears(country: CountryCode): number[] {
  if (country === 'NONE') return [];
  return Object.keys(TABLES[country])
    .map(Number)
    .sort((a, b) => a - b);
}

/** The first year built from the law's rules (the year after the last official table); undefined for NONE. */
export function provisionalFrom(country: CountryCode): number | undefined {
  return country === 'NONE' ? undefined : RULES_FROM[country];
}

/** Tables built from the rules, by country and year: each built once, on first use. */
const ruleTables = new Map<string, YearTable>();

/** The table of `country` for `year`: official, built from the rules (after the last table), or none. */
function yearTableOf(country: CountryCode, year: number): YearTable | undefined {
  if (country === 'NONE') return undefined;
  const official = TABLES[country][year];
  if (official !== undefined || !byRules(country, year)) return official;
  const key = `${country}${year}`;
  let table = ruleTables.get(key);
  if (table === undefined) {
    table = ruleYearTable(country, year);
    ruleTables.set(key, table);
  }
  return table;
}

function byRules(country: CountryCode, year: number): boolean {
  const from = provisionalFrom(country);
  return from !== undefined && Number.isInteger(year) && year >= from && year <= MAX_YEAR;
}

/** The days of a YearTable list ("01-01 01-02 …") in `year`. */
export function tableDays(year: number, list: string): Day[] {
  return list
    .split(/\s+/)
    .filter((s) => s !== '')
    .map((s) => dayOf(year, +s.slice(0, 2), +s.slice(3, 5)));
}

const WORK = 1;
const SHORT = 2;

interface YearMap {
  readonly start: Day;
  /** WORK | SHORT per day of the year. */
  readonly flags: Uint8Array;
  /** cum[i] = working days among the first i days of the year. */
  readonly cum: Uint16Array;
}

/** The day inputs of the calendar's functions (each is its errors' field), with the message naming each. */
const DAY_INPUTS = { day: 'calendar.arg.day', from: 'calendar.arg.from', to: 'calendar.arg.to' } as const;
type DayInput = keyof typeof DAY_INPUTS;
/** The lists of CalendarOverrides (field `overrides.<list>[i]`), with the message naming each. */
const OVERRIDE_LISTS = { daysOff: 'calendar.arg.daysOff', workingDays: 'calendar.arg.workingDays' } as const;

function checkDay(d: Day, input: DayInput): void {
  if (Number.isInteger(d) && d >= MIN_DAY && d <= MAX_DAY) return;
  const what = msgRef(DAY_INPUTS[input]);
  if (!Number.isInteger(d)) throw new DomainError('calendar.notADay', { what }, input);
  // Far enough out, Date gives no year at all.
  const { year } = ymdOf(d);
  const shown = Number.isNaN(year) ? (d < MIN_DAY ? `< ${MIN_YEAR}` : `> ${MAX_YEAR}`) : String(year);
  const params = { what, year: shown, min: String(MIN_YEAR), max: String(MAX_YEAR) };
  throw new DomainError('calendar.yearOutOfRange', params, input);
}

function checkOverrideList(days: readonly Day[], list: keyof typeof OVERRIDE_LISTS): void {
  days.forEach((d, i) => {
    if (!Number.isInteger(d)) {
      const params = { list: msgRef(OVERRIDE_LISTS[list]), index: i + 1 };
      throw new DomainError('calendar.badOverrideDay', params, `overrides.${list}[${i}]`);
    }
  });
}

class TableCalendar implements Calendar {
  private readonly years = new Map<number, YearMap>();
  private last: YearMap | undefined;
  private readonly daysOff: ReadonlySet<Day>;
  private readonly workingDays: ReadonlySet<Day>;

  constructor(
    readonly country: CountryCode,
    overrides: CalendarOverrides,
  ) {
    const off = overrides.daysOff || [];
    const on = overrides.workingDays || [];
    checkOverrideList(off, 'daysOff');
    checkOverrideList(on, 'workingDays');
    this.daysOff = new Set(off);
    this.workingDays = new Set(on);
    on.forEach((d, i) => {
      if (this.daysOff.has(d))
        throw new DomainError(
          'calendar.overrideConflict',
          { date: isoString(d) },
          `overrides.workingDays[${i}]`,
        );
    });
  }

  isWorkday(day: Day): boolean {
    const m = this.mapOf(day, 'day');
    return (m.flags[day - m.start] & WORK) !== 0;
  }

  isShortened(day: Day): boolean {
    const m = this.mapOf(day, 'day');
    return m.flags[day - m.start] === (WORK | SHORT);
  }

  covers(year: number): boolean {
    if (this.country === 'NONE') return true;
    return TABLES[this.country][year] !== undefined || byRules(this.country, year);
  }

  isProvisional(year: number): boolean {
    if (this.country === 'NONE') return false;
    const official = TABLES[this.country][year];
    return official === undefined ? byRules(this.country, year) : official.provisional === true;
  }

  /** Working days from `from` to `to`, both included (both already checked). */
  count(from: Day, to: Day): number {
    let n = 0;
    let d = from;
    while (d <= to) {
      const m = this.mapOf(d, 'from');
      const end = Math.min(to, m.start + m.flags.length - 1);
      n += m.cum[end - m.start + 1] - m.cum[d - m.start];
      d = end + 1;
    }
    return n;
  }

  private mapOf(day: Day, input: DayInput): YearMap {
    const last = this.last;
    // A fraction of a day is never taken from the cache: checkDay refuses it.
    if (
      Number.isInteger(day) &&
      last !== undefined &&
      day >= last.start &&
      day < last.start + last.flags.length
    )
      return last;
    checkDay(day, input);
    const year = ymdOf(day).year;
    let m = this.years.get(year);
    if (m === undefined) {
      m = this.build(year);
      this.years.set(year, m);
    }
    this.last = m;
    return m;
  }

  private build(year: number): YearMap {
    const start = dayOf(year, 1, 1);
    const length = dayOf(year + 1, 1, 1) - start;
    const flags = new Uint8Array(length);
    for (let i = 0; i < length; i++) flags[i] = isoWeekday(start + i) <= 5 ? WORK : 0;
    const data = yearTableOf(this.country, year);
    if (data) {
      for (const d of tableDays(year, data.off)) flags[d - start] = 0;
      for (const d of tableDays(year, data.work)) flags[d - start] = WORK;
      for (const d of tableDays(year, data.short)) flags[d - start] |= SHORT;
    }
    // Overrides win both ways. A day off carries no shortened flag.
    for (const d of this.daysOff) if (d >= start && d < start + length) flags[d - start] = 0;
    for (const d of this.workingDays) if (d >= start && d < start + length) flags[d - start] |= WORK;
    for (let i = 0; i < length; i++) if ((flags[i] & WORK) === 0) flags[i] = 0;
    const cum = new Uint16Array(length + 1);
    for (let i = 0; i < length; i++) cum[i + 1] = cum[i] + (flags[i] & WORK);
    return { start, flags, cum };
  }
}

/**
 * The calendar of `country` with the user's overrides on top (extra days off, extra working days).
 * A day in both lists is refused. Overrides apply to official, provisional and uncovered years alike.
 */
export function makeCalendar(country: CountryCode = 'RU', overrides: CalendarOverrides = {}): Calendar {
  if (!COUNTRY_CODES.includes(country)) {
    throw new DomainError('calendar.unknownCountry', { value: String(country) }, 'country');
  }
  return new TableCalendar(country, overrides);
}

function checkRange(from: Day, to: Day): void {
  checkDay(from, 'from');
  checkDay(to, 'to');
}

/** Working days from `from` to `to`, both included; 0 when `from` is after `to`. */
export function countWorkdays(cal: Calendar, from: Day, to: Day): number {
  checkRange(from, to);
  if (from > to) return 0;
  if (cal instanceof TableCalendar) return cal.count(from, to);
  let n = 0;
  for (let d = from; d <= to; d++) if (cal.isWorkday(d)) n++;
  return n;
}

/** A manager's absence (vacation, sick leave…): from and to both included. */
export interface Absence {
  from: Day;
  to: Day;
  reason?: string;
}

const COUNTRY_NAMES: ReadonlyMap<string, CountryCode> = new Map(
  Object.entries({
    '': 'RU',
    ru: 'RU',
    рф: 'RU',
    россия: 'RU',
    russia: 'RU',
    'российская федерация': 'RU',
    kz: 'KZ',
    казахстан: 'KZ',
    kazakhstan: 'KZ',
    by: 'BY',
    рб: 'BY',
    беларусь: 'BY',
    белоруссия: 'BY',
    belarus: 'BY',
    none: 'NONE',
    нет: 'NONE',
  } as Record<string, CountryCode>),
);

/**
 * A country argument as people type it: a code in any case ("RU", "kz"), a name in Russian or
 * English ("Россия", "Казахстан", "Belarus"), "NONE" for plain Monday–Friday; blank means Russia.
 */
export function parseCountry(country: string | null | undefined): CountryCode {
  const key = String(country === null || country === undefined ? '' : country)
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
  const code = COUNTRY_NAMES.get(key);
  if (code === undefined)
    throw new DomainError('calendar.unknownCountry', { value: String(country) }, 'country');
  return code;
}
