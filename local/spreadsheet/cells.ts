/** What a cell holds besides its content, and how values cross between Apps Script and HyperFormula. */
import type { DataValidation } from './builders';
import { isDate } from './types';
import { formatWallClock, isoOfSerial, serialOfInstant, type WallClock, wallClockOfSerial } from './tz';

export interface CellStyle {
  numberFormat?: string;
  background?: string;
  fontWeight?: string;
  fontColor?: string;
  fontStyle?: string;
  fontSize?: number;
  fontFamily?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  border?: boolean;
  note?: string;
  validation?: DataValidation;
}

export type StyleKey = keyof CellStyle;

/** The format Apps Script reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

/** A date format Sheets picks for a date typed into an unformatted cell of a spreadsheet in this locale. */
export function defaultDateFormat(locale: string, withTime: boolean): string {
  const ru = locale.toLowerCase().startsWith('ru');
  const date = ru ? 'dd.MM.yyyy' : 'M/d/yyyy';
  return withTime ? date + ' H:mm:ss' : date;
}

function stripLiterals(pattern: string): string {
  return pattern
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

/** A number format that shows a date or a time (it has d, y, h or s outside quoted text). */
export function isDateFormat(pattern: string | undefined): boolean {
  if (!pattern) return false;
  const p = stripLiterals(pattern);
  return /[dDyYhHsS]/.test(p) && !/^[#0.,%\s]*$/.test(p);
}

/** True when the format says "plain text" (Sheets' "@"). */
export function isTextFormat(pattern: string | undefined): boolean {
  return pattern === '@';
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT_TEXT = /^([+-]?(\d+\.?\d*|\.\d+))\s?%$/;
const ISO_DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DOTTED_DATE_TEXT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

export interface RawWrite {
  /** What HyperFormula is given: a number, boolean, null, "=formula", "'text" or an ISO date. */
  content: number | boolean | string | null;
  /** Number format the write implies for an unformatted cell (a typed date or percent). */
  impliedFormat?: string;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1) return null;
  return y + '-' + (m < 10 ? '0' : '') + m + '-' + (d < 10 ? '0' : '') + d;
}

/**
 * A value written by setValue(s) as Sheets takes it (user-entered): "=…" is a formula; "'…" is text;
 * a text starting with +, - or @ that is not a number becomes a formula (and most likely an error);
 * number, percent, date (yyyy-mm-dd, dd.mm.yyyy) and TRUE/FALSE texts are parsed; a Date is stored as
 * the wall-clock time it shows in the spreadsheet's time zone. A cell formatted "@" keeps text as text.
 */
export function toRawContent(
  value: unknown,
  textFormat: boolean,
  timeZone: string,
  locale: string,
): RawWrite {
  if (value === null || value === undefined || value === '') return { content: null };
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { content: value } : { content: "'" + String(value) };
  }
  if (typeof value === 'boolean') return { content: value };
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return { content: "'Invalid Date" };
    const serial = serialOfInstant(ms, timeZone);
    const hasTime = serial !== Math.floor(serial);
    // ISO text, so that HyperFormula types the cell as a date (formulas over it give dates too).
    return { content: isoOfSerial(serial), impliedFormat: defaultDateFormat(locale, hasTime) };
  }
  const s = String(value);
  if (textFormat) return { content: "'" + s };
  if (s.startsWith('=')) return { content: s };
  if (s.startsWith("'")) return { content: s };
  if (NUMBER_TEXT.test(s)) return { content: Number(s) };
  if (/^[+\-@]/.test(s)) return { content: '=' + s };
  const pct = PERCENT_TEXT.exec(s);
  if (pct) return { content: Number(pct[1]) / 100, impliedFormat: pct[1].indexOf('.') >= 0 ? '0.00%' : '0%' };
  const iso = ISO_DATE_TEXT.exec(s);
  const dotted = iso ? null : DOTTED_DATE_TEXT.exec(s);
  const date = iso
    ? isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
    : dotted
      ? isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
      : null;
  if (date) return { content: date, impliedFormat: defaultDateFormat(locale, false) };
  if (/^true$/i.test(s)) return { content: true };
  if (/^false$/i.test(s)) return { content: false };
  return { content: "'" + s };
}

/**
 * Display text of a value under a Sheets number format (a useful subset: 0, 0.00, #,##0, %, quoted
 * literals, date/time patterns). Russian locales group with a space and use a decimal comma.
 */
export function displayText(
  value: unknown,
  pattern: string | undefined,
  locale: string,
  asDate: boolean,
): string {
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (typeof value !== 'number') return String(value);
  const ru = locale.toLowerCase().startsWith('ru');
  const decimalSep = ru ? ',' : '.';
  const groupSep = ru ? '\u00a0' : ',';
  if (asDate) {
    const fmt = pattern && isDateFormat(pattern) ? pattern : defaultDateFormat(locale, value % 1 !== 0);
    const w = wallClockOfSerial(value);
    return formatWallClock(w, sheetsDatePatternToJava(weekdayLiterals(fmt, w, locale)));
  }
  if (!pattern || pattern === DEFAULT_NUMBER_FORMAT || pattern === 'General') {
    return String(value).replace('.', decimalSep);
  }
  const section = pattern.split(';')[value < 0 && pattern.indexOf(';') >= 0 ? 1 : 0];
  const literalsBefore = /^((?:"[^"]*"|[^#0.,%])*)/.exec(section)![1];
  const body = section.slice(literalsBefore.length);
  const numeric = /^([#0.,]*%?)/.exec(body)![1];
  const after = body.slice(numeric.length);
  const percent = numeric.endsWith('%');
  const dot = numeric.indexOf('.');
  const decimals = dot < 0 ? 0 : numeric.slice(dot + 1).replace(/[^0#]/g, '').length;
  const grouping = numeric.indexOf(',') >= 0 && (dot < 0 || numeric.indexOf(',') < dot);
  let v = percent ? value * 100 : value;
  if (value < 0 && pattern.indexOf(';') >= 0) v = Math.abs(v);
  const fixed = Math.abs(v).toFixed(decimals);
  let [int, frac] = fixed.split('.');
  if (grouping) int = int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  const sign = v < 0 ? '-' : '';
  const unquote = (t: string) => t.replace(/"([^"]*)"/g, '$1');
  return (
    unquote(literalsBefore) +
    sign +
    int +
    (frac ? decimalSep + frac : '') +
    (percent ? '%' : '') +
    unquote(after)
  );
}

/** Sheets' `ddd` / `dddd`: the weekday in the spreadsheet's language ("пн" / "Mon"), as a quoted literal. */
function weekdayLiterals(pattern: string, w: WallClock, locale: string): string {
  return pattern.replace(/"[^"]*"|d{3,}/gi, (token) => {
    if (token.startsWith('"')) return token;
    const weekday = new Intl.DateTimeFormat(locale.replace('_', '-'), {
      weekday: token.length > 3 ? 'long' : 'short',
      timeZone: 'UTC',
    }).format(Date.UTC(w.year, w.month - 1, w.day));
    return `"${weekday}"`;
  });
}

/**
 * Sheets date patterns use m for both month and minute (minute next to h or s); Utilities-style
 * patterns want M for month.
 */
export function sheetsDatePatternToJava(pattern: string): string {
  const tokens = pattern.match(/"[^"]*"|[a-zA-Z]+|[^a-zA-Z"]+/g) || [];
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.startsWith('"')) {
      out.push("'" + t.slice(1, -1) + "'");
      continue;
    }
    if (!/^[a-zA-Z]/.test(t)) {
      out.push(t);
      continue;
    }
    const lower = t.toLowerCase();
    if (lower[0] === 'm') {
      const prev = i >= 2 ? tokens[i - 2].toLowerCase() : '';
      const next = i + 2 < tokens.length ? tokens[i + 2].toLowerCase() : '';
      const isMinute = prev.startsWith('h') || next.startsWith('s');
      out.push(isMinute ? lower : lower.replace(/m/g, 'M'));
    } else if (lower[0] === 'h') {
      out.push(t.replace(/h/gi, 'H'));
    } else if (lower === 'am/pm') {
      out.push('a');
    } else {
      out.push(lower.replace(/[^ydsa]/g, (ch) => ch));
    }
  }
  return out.join('');
}
