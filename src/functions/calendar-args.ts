import { type Calendar, type CountryCode, calendarYears, makeCalendar, parseCountry } from '../core/calendar';
import { type Day, ymdOf } from '../core/dates';
import { DomainError } from '../core/errors';
import { cutText } from '../i18n/format';
import { dayList, textArg } from './args';
import { blame } from './runtime';

/** The calendar arguments shared by CAL_WORKDAYS, CAL_IS_WORKDAY and PLAN_BY_DAYS. */
export interface CalendarArgs {
  cal: Calendar;
  /** Throws when a day from `from` to `to` falls in a year the country's calendar has no data for. */
  requireCovered(from: Day, to?: Day): void;
}

export function readCalendar(country: unknown, daysOff: unknown, workingDays: unknown): CalendarArgs {
  const code: CountryCode = blame({ 'calendar.unknownCountry': 'country' }, () =>
    parseCountry(cutText(textArg(country ?? '', 'country', ''))),
  );
  const off = dayList(daysOff, 'days_off');
  const on = dayList(workingDays, 'working_days');
  const cal = blame({ 'calendar.overrideConflict': 'working_days' }, () =>
    makeCalendar(code, { daysOff: off, workingDays: on }),
  );
  return {
    cal,
    requireCovered(from: Day, to: Day = from) {
      const last = ymdOf(Math.max(from, to)).year;
      for (let y = ymdOf(Math.min(from, to)).year; y <= last; y++) {
        if (!cal.covers(y)) {
          throw new DomainError('fn.calendar.uncovered', {
            country: code,
            year: String(y),
            years: calendarYears(code).join(', '),
          });
        }
      }
    },
  };
}
