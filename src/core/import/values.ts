import { type Day, dayOf } from '../dates';

/**
 * Reading an export's cells: date-times, durations, currencies, call directions and outcomes. Amounts are
 * read with `parseNumberText` from `core/cells.ts`, the project's one number reader.
 */

export interface DateTime {
  day: Day;
  /** Seconds since midnight, as written (0 when the cell holds a date only). */
  seconds: number;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * `DD.MM.YYYY HH:MM:SS`, without seconds, date only, and ISO `YYYY-MM-DD[ T]HH:MM[:SS]`.
 * The date and time are taken as written: a zone suffix is ignored (an export shows the account's own
 * time). Undefined for anything else, an impossible date or time, or text such as `не закрыта`.
 */
export function parseDateTime(text: string): DateTime | undefined {
  const s = text.trim();
  if (s.length < 8 || s.length > 40) return undefined;
  // Both forms start with a digit: `не закрыта` on most open deals' rows goes no further.
  const first = s.charCodeAt(0);
  if (first < 48 || first > 57) return undefined;
  const dotted = parseDotted(s);
  if (dotted !== null) return dotted;
  const m = ISO.exec(s);
  if (!m) return undefined;
  return dateTimeOf(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
}

/**
 * `D.M.YYYY[ H:MM[:SS]]` read by hand: most rows of a Russian export carry two or three of these, and
 * reading them without a regular expression's match arrays keeps 100 000 rows cheap. Null when the text
 * is not this shape (then ISO is tried), undefined when it is but names no real date or time.
 */
function parseDotted(s: string): DateTime | undefined | null {
  const p = { at: 0 };
  const d = digits(s, p, 1, 2);
  if (d < 0 || s[p.at++] !== '.') return null;
  const mo = digits(s, p, 1, 2);
  if (mo < 0 || s[p.at++] !== '.') return null;
  const y = digits(s, p, 4, 4);
  if (y < 0) return null;
  let [h, mi, se] = [0, 0, 0];
  if (p.at < s.length) {
    while (s[p.at] === ' ' || s[p.at] === ',' || s[p.at] === 'T') p.at++;
    h = digits(s, p, 1, 2);
    if (h < 0 || s[p.at++] !== ':') return null;
    mi = digits(s, p, 2, 2);
    if (mi < 0) return null;
    if (s[p.at] === ':') {
      p.at++;
      se = digits(s, p, 2, 2);
      if (se < 0) return null;
    }
    if (p.at < s.length) return null;
  }
  return dateTimeOf(y, mo, d, h, mi, se);
}

/** The number of `min`…`max` digits at `p.at` (moving past them), or -1. */
function digits(s: string, p: { at: number }, min: number, max: number): number {
  let value = 0;
  let count = 0;
  while (count < max && p.at < s.length) {
    const c = s.charCodeAt(p.at) - 48;
    if (c < 0 || c > 9) break;
    value = value * 10 + c;
    count++;
    p.at++;
  }
  return count >= min ? value : -1;
}

function dateTimeOf(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  se: number,
): DateTime | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > monthLength(y, mo) || h > 23 || mi > 59 || se > 59) return undefined;
  return { day: dayOfDate(y, mo, d), seconds: h * 3600 + mi * 60 + se };
}

/** Each date's day, remembered (an export repeats a few hundred dates; `dayOf` builds a Date each time). */
const DAYS = new Map<number, Day>();

function dayOfDate(y: number, mo: number, d: number): Day {
  const key = (y * 16 + mo) * 32 + d;
  let day = DAYS.get(key);
  if (day === undefined) {
    day = dayOf(y, mo, d);
    if (DAYS.size < 100_000) DAYS.set(key, day);
  }
  return day;
}

const LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month without a Date object (this runs for every date of an export). */
function monthLength(y: number, mo: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return mo === 2 && leap ? 29 : LENGTHS[mo - 1];
}

/** A time of day alone (`14:05`, `14:05:09`) in seconds; undefined otherwise. */
export function parseClock(text: string): number | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const [h, mi, se] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h > 23 || mi > 59 || se > 59 ? undefined : h * 3600 + mi * 60 + se;
}

/** A call's length: whole seconds (`95`, `95 сек`) or `M:SS` / `H:MM:SS`; undefined otherwise. */
export function parseDuration(text: string): number | undefined {
  const s = text.trim();
  const plain = /^(\d+)(?:[.,]\d+)?\s*(?:с|сек\.?|s|sec)?$/i.exec(s);
  if (plain) return Number(plain[1]);
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  if (!m) return undefined;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Lower case, `ё` = `е`, whitespace collapsed, ends trimmed: how names, stages and codes are compared. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** Currency names and marks as exports write them → ISO codes (add a spelling here). */
const CURRENCIES: Record<string, readonly string[]> = {
  RUB: ['российский рубль', 'рубль', 'рубли', 'руб', 'руб.', 'р.', '₽', 'rub', 'rur', 'russian ruble'],
  USD: ['доллар сша', 'доллар', 'доллары', '$', 'usd', 'us dollar', 'us dollars'],
  EUR: ['евро', '€', 'eur', 'euro'],
  KZT: ['казахстанский тенге', 'тенге', '₸', 'kzt'],
  BYN: ['белорусский рубль', 'byn', 'byr'],
  UAH: ['украинская гривна', 'гривна', 'uah'],
  CNY: ['китайский юань', 'юань', 'cny'],
};

const CURRENCY_OF = new Map<string, string>(
  Object.entries(CURRENCIES).flatMap(([code, names]) => names.map((n) => [n, code] as [string, string])),
);

/** The ISO code of a currency cell (`Российский рубль` → RUB); unknown text upper-cased; blank → undefined. */
export function currencyCode(text: string): string | undefined {
  const key = normalizeText(text);
  if (key === '') return undefined;
  return CURRENCY_OF.get(key) ?? text.trim().toUpperCase();
}

const INBOUND = ['входящий', 'входящие', 'входящая', 'вход', 'вх', 'вх.', 'incoming', 'inbound', 'in'];
const OUTBOUND = ['исходящий', 'исходящие', 'исходящая', 'исх', 'исх.', 'outgoing', 'outbound', 'out'];

export function callDirection(text: string): 'in' | 'out' | undefined {
  const key = normalizeText(text);
  if (INBOUND.includes(key)) return 'in';
  if (OUTBOUND.includes(key)) return 'out';
  return undefined;
}

/** Words and Bitrix24's SIP codes (200 answered; 304 missed, 486 busy, 603 declined). */
const ANSWERED = ['да', 'yes', 'true', '1', 'отвечен', 'отвеченный', 'принят', 'успешный', 'answered', '200'];
const UNANSWERED = [
  'нет',
  'no',
  'false',
  '0',
  'не отвечен',
  'неотвеченный',
  'пропущен',
  'пропущенный',
].concat([
  'не дозвонились',
  'занято',
  'missed',
  'no answer',
  'not answered',
  'busy',
  'failed',
  '304',
  '486',
  '603',
]);

/** Whether a call was answered, from an outcome cell; undefined when the text says neither. */
export function callAnswered(text: string): boolean | undefined {
  const key = normalizeText(text);
  if (ANSWERED.includes(key)) return true;
  if (UNANSWERED.includes(key)) return false;
  return undefined;
}
