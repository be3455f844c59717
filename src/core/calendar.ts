import { type Day, isWeekend, ymdOf } from './dates';

/**
 * Production calendars. STUB written by the lead so other modules can code against the interface;
 * the calendar work (issue 3 §1) replaces the body and keeps these exported names and signatures
 * (it may add more).
 */
export type CountryCode = 'RU' | 'KZ' | 'BY' | 'NONE';

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
  /** True when the calendar has official data for `year` (NONE covers every year). */
  covers(year: number): boolean;
  /** True when `year`'s data is provisional (published calendar, decree not yet known). */
  isProvisional(year: number): boolean;
}

export function makeCalendar(country: CountryCode = 'RU', overrides: CalendarOverrides = {}): Calendar {
  const off = new Set(overrides.daysOff ?? []);
  const on = new Set(overrides.workingDays ?? []);
  return {
    country,
    isWorkday: (d) => (off.has(d) ? false : on.has(d) ? true : !isWeekend(d)),
    isShortened: () => false,
    covers: () => country === 'NONE',
    isProvisional: () => false,
  };
}

/** Working days from `from` to `to`, both included. */
export function countWorkdays(cal: Calendar, from: Day, to: Day): number {
  let n = 0;
  for (let d = from; d <= to; d++) if (cal.isWorkday(d)) n++;
  return n;
}

/** Years between two days that the calendar has no data for. */
export function uncoveredYears(cal: Calendar, from: Day, to: Day): number[] {
  const out: number[] = [];
  for (let y = ymdOf(from).year; y <= ymdOf(to).year; y++) if (!cal.covers(y)) out.push(y);
  return out;
}
