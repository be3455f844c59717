import { type Day, dayOf, parseDayText } from './dates';

/**
 * Reading values as Sheets passes them: numbers, text that looks like a number in Russian or English
 * style, percents, dates, blanks. Pure: the caller supplies the language and the time zone.
 */

export type CellValue = string | number | boolean | Date | null | undefined;
export type Matrix<T = CellValue> = T[][];

/** Outcome of reading one cell: a value, a blank, or text that could not be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; blank: true } | { ok: false; blank: false };

const BLANK = { ok: false, blank: true } as const;
const INVALID = { ok: false, blank: false } as const;

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Dates from another realm (a vm context, Apps Script) fail `instanceof Date`; this does not. */
export function isDateValue(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]' && !Number.isNaN((v as Date).getTime());
}

const CURRENCY = /[₽$€₸]|руб\.?|р\.|rub|usd|eur|kzt|byn/gi;
const SPACES = /[\s\u00a0\u202f\u2009']/g;
/** A plain number: digits with an optional decimal part and exponent. Linear: no group can backtrack into another. */
const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * The longest text read as a number. "−1 234 567 890 123,45 руб." is 26 characters; nothing a person types
 * as a number comes near this, and refusing longer text up front keeps a pasted essay cheap to reject.
 */
export const MAX_NUMBER_TEXT = 100;

/**
 * "1 234,56", "1,234.56", "1 234 ₽", "−5", "(5)" → number. A lone comma is a decimal comma in Russian
 * ("1,5" → 1.5) and a thousands separator in English when followed by exactly three digits ("1,234").
 * Every step is linear in the length of the text; text longer than MAX_NUMBER_TEXT is not a number.
 */
export function parseNumberText(text: string, lang: 'ru' | 'en' = 'ru'): number | undefined {
  if (text.length > MAX_NUMBER_TEXT) return undefined;
  let s = text.replace(CURRENCY, '').replace(SPACES, '').replace(/[−–]/g, '-');
  if (s === '') return undefined;
  let negative = false;
  if (s.length > 1 && s.startsWith('(') && s.endsWith(')')) {
    negative = true;
    s = s.slice(1, -1);
  }
  const separated = withoutSeparators(s, lang);
  if (separated === undefined || !PLAIN_NUMBER.test(separated)) return undefined;
  const n = Number(separated);
  if (!Number.isFinite(n)) return undefined;
  return negative ? -n : n;
}

/** The text with thousands separators removed and a decimal comma made a dot; undefined when malformed. */
function withoutSeparators(s: string, lang: 'ru' | 'en'): string | undefined {
  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  if (commas > 0 && dots > 0) {
    const decimalIsDot = s.lastIndexOf('.') > s.lastIndexOf(',');
    return decimalIsDot ? s.replace(/,/g, '') : s.replace(/\./g, '').replace(',', '.');
  }
  if (commas > 1) return /^-?\d{1,3}(?:,\d{3})+$/.test(s) ? s.replace(/,/g, '') : undefined;
  if (commas === 1)
    return lang === 'en' && /^-?\d{1,3},\d{3}$/.test(s) ? s.replace(',', '') : s.replace(',', '.');
  if (dots > 1) return /^-?\d{1,3}(?:\.\d{3})+$/.test(s) ? s.replace(/\./g, '') : undefined;
  return s;
}

/**
 * The two readings of a number whose meaning hangs on the separator convention: one comma or dot followed by
 * exactly three digits, after one to three digits that do not start with 0 (a sign, a currency and a
 * trailing % allowed). «10,000» is 10 in Russian and ten thousand in English; "10.000" is 10 in English and
 * ten thousand where a dot groups thousands. An English comma so placed is the language's own grouping and
 * asks nothing. Each reading is spelled so that it reads one way in `lang` («10 000» / «10», "10,000" /
 * "10"; a fraction of three digits gets a fourth, «1,2340»). Undefined when the text reads one way only.
 */
export function separatorReadings(
  text: string,
  lang: 'ru' | 'en' = 'ru',
): { whole: string; fraction: string } | undefined {
  if (text.length > MAX_NUMBER_TEXT) return undefined;
  const s = text.replace(CURRENCY, '').replace(SPACES, '').replace(/[−–]/g, '-');
  const m = /^([-+]?)([1-9]\d{0,2})([.,])(\d{3})(%?)$/.exec(s);
  if (!m || (lang === 'en' && m[3] === ',')) return undefined;
  const [, sign, int, , digits, pct] = m;
  let frac = digits.replace(/0+$/, '');
  if (frac.length === 3) frac += '0';
  const mark = lang === 'ru' ? ',' : '.';
  return {
    whole: `${sign}${int}${lang === 'ru' ? ' ' : ','}${digits}${pct}`,
    fraction: `${sign}${int}${frac ? mark + frac : ''}${pct}`,
  };
}

/**
 * The params of the problem `number.ambiguous` (the text as typed, and its two readings) for a number that reads
 * two ways in `lang` (separatorReadings); undefined when it reads one way. Every reader that asks uses it.
 */
/** A type, not an interface: error params take it as a record of strings. */
export type AmbiguousParams = { value: string; whole: string; fraction: string };

export function ambiguousParams(text: string, lang: 'ru' | 'en'): AmbiguousParams | undefined {
  const readings = separatorReadings(text.trim(), lang);
  return readings && { value: text.trim(), ...readings };
}

export function readNumber(v: unknown, lang: 'ru' | 'en' = 'ru'): Read<number> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'number') return Number.isFinite(v) ? { ok: true, value: v } : INVALID;
  if (typeof v === 'string') {
    const text = v.trim();
    if (text.length > MAX_NUMBER_TEXT) return INVALID;
    const pct = readPercentText(text, lang);
    if (pct !== undefined) return { ok: true, value: pct };
    const n = parseNumberText(text, lang);
    return n === undefined ? INVALID : { ok: true, value: n };
  }
  return INVALID;
}

function readPercentText(text: string, lang: 'ru' | 'en'): number | undefined {
  if (!text.endsWith('%')) return undefined;
  const n = parseNumberText(text.slice(0, -1).trimEnd(), lang);
  return n === undefined ? undefined : n / 100;
}

export function readBoolean(v: unknown): Read<boolean> {
  if (isBlank(v)) return BLANK;
  if (typeof v === 'boolean') return { ok: true, value: v };
  if (typeof v === 'number') return { ok: true, value: v !== 0 };
  const s = String(v).trim().toLowerCase();
  // «Включено» / "On" and their opposites: the words a checkbox's note uses for its two states.
  if (['true', 'истина', 'да', 'yes', '1', 'включено', 'вкл', 'on'].includes(s))
    return { ok: true, value: true };
  if (['false', 'ложь', 'нет', 'no', '0', 'выключено', 'выкл', 'off'].includes(s))
    return { ok: true, value: false };
  return INVALID;
}

const dayFormatters: Record<string, Intl.DateTimeFormat> = {};

/** The calendar day a Date shows in `timeZone` (a date cell is midnight in the spreadsheet's zone). */
export function dayOfInstant(date: Date, timeZone: string): Day {
  let fmt = dayFormatters[timeZone];
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    dayFormatters[timeZone] = fmt;
  }
  const parts: Record<string, number> = {};
  for (const p of fmt.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return dayOf(parts.year, parts.month, parts.day);
}

/** Sheets' serial day number (days since 1899-12-30) to a Day. */
export function dayOfSerial(serial: number): Day {
  return Math.floor(serial) + dayOf(1899, 12, 30);
}

export function readDay(v: unknown, timeZone: string): Read<Day> {
  if (isBlank(v)) return BLANK;
  if (isDateValue(v)) return { ok: true, value: dayOfInstant(v, timeZone) };
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) return { ok: true, value: dayOfSerial(v) };
  if (typeof v === 'string') {
    const d = parseDayText(v);
    return d === undefined ? INVALID : { ok: true, value: d };
  }
  return INVALID;
}

export function readText(v: unknown): Read<string> {
  if (isBlank(v)) return BLANK;
  return { ok: true, value: String(v).trim() };
}
