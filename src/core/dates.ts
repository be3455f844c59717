/**
 * Calendar days as whole numbers: days since 1970-01-01 (an "epoch day").
 * A day is a calendar date, not an instant; the sheets layer converts a cell's Date
 * to (year, month, day) once, in the spreadsheet's time zone, and calls `dayOf`.
 */
export type Day = number;

export interface Ymd {
  year: number;
  /** 1..12 */
  month: number;
  /** 1..31 */
  day: number;
}

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** Days beyond this (±273 000 years) are past Date's range: ymdOf gives NaN fields there, as Date does. */
const DATE_RANGE_DAYS = 100_000_000;

export function ymdOf(d: Day): Ymd {
  if (Number.isInteger(d) && d >= -DATE_RANGE_DAYS && d <= DATE_RANGE_DAYS) return civilOf(d);
  const date = new Date(d * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * The proleptic Gregorian date of a whole day in integer arithmetic (H. Hinnant's civil_from_days): what
 * `new Date(d × 86 400 000)` gives, without making a Date — a column of dates asks for thousands.
 */
function civilOf(d: Day): Ymd {
  const z = d + 719468; // days since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // day of the 400-year era, 0..146096
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100)); // from March 1st
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return {
    year: yoe + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: doy - Math.floor((153 * mp + 2) / 5) + 1,
  };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  // 1970-01-01 was a Thursday (4).
  return ((((d + 3) % 7) + 7) % 7) + 1;
}

export function isWeekend(d: Day): boolean {
  return isoWeekday(d) >= 6;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function firstOfMonth(year: number, month: number): Day {
  return dayOf(year, month, 1);
}

export function lastOfMonth(year: number, month: number): Day {
  return dayOf(year, month, daysInMonth(year, month));
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: Day, to: Day): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/** A period of days, from and to both included; one end null: that one day; both null: no day. */
export type DayPeriod = readonly [from: Day | null, to: Day | null];

/** Every day of the periods (absences, company holidays), period after period: `daysBetween` of each. */
export function absenceDays(periods: readonly DayPeriod[]): Day[] {
  const out: Day[] = [];
  for (const [from, to] of periods) {
    const first = from ?? to;
    const last = to ?? from;
    if (first !== null && last !== null) for (const d of daysBetween(first, last)) out.push(d);
  }
  return out;
}

/** "2026-03-01" */
export function isoString(d: Day): string {
  const { year, month, day } = ymdOf(d);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses "2026-03-01" or "01.03.2026"; returns undefined for anything else or an impossible date. */
export function parseDayText(text: string): Day | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number;
  let mo: number;
  let d: number;
  if (m) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
  } else {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (!m) return undefined;
    d = +m[1];
    mo = +m[2];
    y = +m[3];
  }
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return undefined;
  return dayOf(y, mo, d);
}

/** The months (year, month) the days from..to touch, in order. */
export function monthsOfSpan(span: { from: Day; to: Day }): { year: number; month: number }[] {
  const out: { year: number; month: number }[] = [];
  let { year, month } = ymdOf(span.from);
  while (dayOf(year, month, 1) <= span.to) {
    out.push({ year, month });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}
