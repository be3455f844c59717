/**
 * Wall-clock time in an IANA time zone, spreadsheet serial numbers (days since 1899-12-30, as Sheets and
 * HyperFormula count them) and the date patterns of number formats.
 */

export interface WallClock {
  year: number;
  month: number; // 1..12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const DAY_MS = 86400000;
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock an instant shows in a time zone. */
export function wallClockOf(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour === 24 ? 0 : parts.hour,
    minute: parts.minute,
    second: parts.second,
    millisecond: ((ms % 1000) + 1000) % 1000,
  };
}

function offsetAt(ms: number, timeZone: string): number {
  const w = wallClockOf(ms, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  return asUtc - ms;
}

/** The instant at which a time zone's clock shows the given wall time (the earlier one in a DST overlap). */
export function instantOf(w: WallClock, timeZone: string): number {
  const guess = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second, w.millisecond);
  let ms = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(ms, timeZone);
  if (second !== ms) ms = Math.min(ms, second);
  return ms;
}

/** Serial number (fractional days since 1899-12-30) of the wall clock an instant shows in a time zone. */
export function serialOfInstant(ms: number, timeZone: string): number {
  const w = wallClockOf(ms, timeZone);
  const days = (Date.UTC(w.year, w.month - 1, w.day) - SERIAL_EPOCH_UTC) / DAY_MS;
  const secs = w.hour * 3600 + w.minute * 60 + w.second + w.millisecond / 1000;
  return secs === 0 ? days : days + secs / 86400;
}

/** Wall clock of a serial number. */
export function wallClockOfSerial(serial: number): WallClock {
  const days = Math.floor(serial);
  const d = new Date(SERIAL_EPOCH_UTC + days * DAY_MS);
  let msOfDay = Math.round((serial - days) * DAY_MS);
  if (msOfDay >= DAY_MS) msOfDay = DAY_MS - 1;
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: Math.floor(msOfDay / 3600000),
    minute: Math.floor(msOfDay / 60000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millisecond: msOfDay % 1000,
  };
}

/** The instant at which a serial number's wall clock happens in a time zone. */
export function instantOfSerial(serial: number, timeZone: string): number {
  return instantOf(wallClockOfSerial(serial), timeZone);
}

/** ISO text of a serial number, the form HyperFormula parses as a date (or date-time). */
export function isoOfSerial(serial: number): string {
  const w = wallClockOfSerial(serial);
  const date = w.year + '-' + pad(w.month, 2) + '-' + pad(w.day, 2);
  if (w.hour === 0 && w.minute === 0 && w.second === 0) return date;
  return date + ' ' + pad(w.hour, 2) + ':' + pad(w.minute, 2) + ':' + pad(w.second, 2);
}

function pad(n: number, width: number): string {
  let s = String(n);
  while (s.length < width) s = '0' + s;
  return s;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * Utilities.formatDate: SimpleDateFormat letters y, M, d, H, h, m, s, S, E, a and 'quoted text'.
 * Month and weekday names are English, as Apps Script gives them.
 */
export function formatWallClock(w: WallClock, pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const end = pattern.indexOf("'", i + 1);
      if (end === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      const stop = end < 0 ? pattern.length : end;
      out += pattern.slice(i + 1, stop);
      i = stop + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let j = i;
    while (j < pattern.length && pattern[j] === ch) j++;
    const n = j - i;
    i = j;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
        break;
      case 'M':
        out += n >= 4 ? MONTHS[w.month - 1] : n === 3 ? MONTHS[w.month - 1].slice(0, 3) : pad(w.month, n);
        break;
      case 'd':
        out += pad(w.day, n);
        break;
      case 'H':
        out += pad(w.hour, n);
        break;
      case 'h':
        out += pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
        break;
      case 'm':
        out += pad(w.minute, n);
        break;
      case 's':
        out += pad(w.second, n);
        break;
      case 'S':
        out += pad(w.millisecond, n);
        break;
      case 'a':
        out += w.hour < 12 ? 'AM' : 'PM';
        break;
      case 'E': {
        const wd = WEEKDAYS[new Date(Date.UTC(w.year, w.month - 1, w.day)).getUTCDay()];
        out += n >= 4 ? wd : wd.slice(0, 3);
        break;
      }
      default:
        throw new Error('Illegal pattern character "' + ch + '"');
    }
  }
  return out;
}
