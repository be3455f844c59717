import { type Day, ymdOf } from '../core/dates';
import type { Lang } from './lang';

const NBSP = '\u00a0';

/** From here on a number is shown in exponent notation: its digits beyond 15 are noise anyway. */
const EXPONENT_FROM = 1e15;

/**
 * A number as people write it: "1 234 567,5" in Russian (non-breaking space groups, comma decimal),
 * "1,234,567.5" in English. Up to `maxDecimals` decimals, trailing zeros dropped unless `fixed`.
 * A number too large for that (1e15 and above), or too small to show a digit (1e-9 with 6 decimals),
 * is written as Sheets writes it: "1,8E+302" / "1.8E+302", "−1E-9".
 */
export function formatNumber(n: number, lang: Lang, maxDecimals = 2, fixed = false): string {
  if (Number.isNaN(n)) return '?';
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '−∞';
  if (Math.abs(n) >= EXPONENT_FROM) return formatExponent(n, lang);
  const factor = 10 ** maxDecimals;
  const rounded = Math.round(Math.abs(n) * factor + 1e-9) / factor;
  if (rounded === 0 && n !== 0) return formatExponent(n, lang);
  let [int, frac = ''] = rounded.toFixed(maxDecimals).split('.');
  if (!fixed) frac = frac.replace(/0+$/, '');
  const sep = lang === 'ru' ? NBSP : ',';
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const sign = n < 0 && rounded !== 0 ? '−' : '';
  return sign + int + (frac ? (lang === 'ru' ? ',' : '.') + frac : '');
}

/** "1.8E+302", "1,25E-9": up to 6 significant digits, the language's decimal mark. */
function formatExponent(n: number, lang: Lang): string {
  const [mantissa, exponent] = Math.abs(n).toExponential(5).split('e');
  const digits = mantissa.replace(/\.?0+$/, '');
  const sign = n < 0 ? '−' : '';
  const power = Number(exponent);
  return `${sign}${lang === 'ru' ? digits.replace('.', ',') : digits}E${power < 0 ? '-' : '+'}${Math.abs(power)}`;
}

/**
 * Money to the minor unit: "9 100,00" / "9,100.00"; with a currency, its sign after the amount as a money
 * cell shows it (sheets/formats.ts moneyFormat): "9 100,00 ₽" / "9,100.00 $", never split from the amount.
 */
export function formatMoney(n: number, lang: Lang, currency?: string): string {
  const amount = formatNumber(n, lang, 2, true);
  return currency === undefined ? amount : `${amount}${NBSP}${currencySign(currency)}`;
}

/** The sign people write after an amount: ₽ for RUB, the code itself for a currency without one. */
export function currencySign(currency: string): string {
  const code = currency.trim().toUpperCase();
  return CURRENCY_SIGNS[code] ?? code;
}

const CURRENCY_SIGNS: Record<string, string> = {
  RUB: '₽',
  USD: '$',
  EUR: '€',
  KZT: '₸',
  BYN: 'Br',
  UAH: '₴',
};

/** A fraction as a percent: 0.075 → "7,5 %" / "7.5%". */
export function formatPercent(fraction: number, lang: Lang, maxDecimals = 2): string {
  const p = formatNumber(fraction * 100, lang, maxDecimals);
  return lang === 'ru' ? `${p}${NBSP}%` : `${p}%`;
}

/** English month abbreviations, as Sheets shows `mmm` in an en_US spreadsheet. */
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date as people of the language write it, the same as a date cell shows it (sheets/formats.ts
 * dateFormat): "01.03.2026" / "1 Mar 2026". Never ISO: that is for hidden markers only.
 */
export function formatDate(year: number, month: number, day: number, lang: Lang): string {
  const yyyy = String(year).padStart(4, '0');
  return `${formatDayMonthOf(month, day, lang)}${lang === 'ru' ? '.' : ' '}${yyyy}`;
}

/** A calendar day as people read it: 20.11.2026 in Russian, 20 Nov 2026 in English. */
export function formatDay(day: Day, lang: Lang): string {
  const { year, month, day: d } = ymdOf(day);
  return formatDate(year, month, d, lang);
}

/** A day of the month without the year (a chart axis): 05.11 in Russian, 5 Nov in English. */
export function formatDayMonth(day: Day, lang: Lang): string {
  const { month, day: d } = ymdOf(day);
  return formatDayMonthOf(month, d, lang);
}

function formatDayMonthOf(month: number, day: number, lang: Lang): string {
  if (lang !== 'ru') return `${day} ${EN_MONTHS[month - 1]}`;
  return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}`;
}

/** TRUE/FALSE as Sheets shows them in the language. */
export function formatBoolean(b: boolean, lang: Lang): string {
  if (lang === 'ru') return b ? 'ИСТИНА' : 'ЛОЖЬ';
  return b ? 'TRUE' : 'FALSE';
}

/** The longest piece of a person's text a message echoes. */
const ECHO_LENGTH = 60;

/** Text cut to `max` characters with "…" (never splitting a surrogate pair), for echoing in a message. */
export function cutText(text: string, max = ECHO_LENGTH): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/**
 * Words or names, each quoted as the language quotes them («а», «б» / "a", "b"): the options a problem offers
 * (each can be typed back as it stands), the tabs a message names.
 */
export function quotedList(words: readonly string[], lang: Lang): string {
  return words.map((w) => (lang === 'ru' ? `«${w}»` : `"${w}"`)).join(', ');
}
