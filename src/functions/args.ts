import {
  dayOfInstant,
  isBlank,
  isDateValue,
  type Matrix,
  type Read,
  readBoolean,
  readDay,
  readNumber,
} from '../core/cells';
import { findChoice } from '../core/choice';
import type { Day } from '../core/dates';
import { DomainError, type ErrorParams } from '../core/errors';
import { cutText, formatBoolean, formatDay } from '../i18n/format';
import { contextLang, contextTimeZone } from './context';
import type { Kind } from './declare';

/**
 * Reading custom-function arguments: a single cell arrives as a value, a range as a 2-D array. The reader's
 * problems throw ArgError naming the argument and, inside a range, the cell's row and column (`cellRow`/
 * `cellCol`, apart from any `row` a core message has of its own). Bodies throw DomainError with the argument
 * as the field, like the core.
 */
export class ArgError extends DomainError {
  constructor(arg: string, problem: string, params: ErrorParams = {}) {
    super(problem, { ...params, arg });
  }
}

/**
 * A cell's value as a message echoes it: a date as the spreadsheet's people write dates (never JavaScript's
 * English `Date.toString()`), TRUE/FALSE in the language, a number as is (the message formats it), text cut
 * to a sane length.
 */
export function shownValue(x: unknown): string | number {
  const lang = contextLang();
  if (isDateValue(x)) {
    return formatDay(dayOfInstant(x, contextTimeZone()), lang);
  }
  if (typeof x === 'boolean') return formatBoolean(x, lang);
  if (typeof x === 'number') return x;
  return cutText(String(x).trim());
}

export function toMatrix(v: unknown): Matrix<unknown> {
  if (Array.isArray(v)) {
    if (v.length > 0 && Array.isArray(v[0])) return v as unknown[][];
    return [v];
  }
  return [[v]];
}

/** A cell's position inside a range for messages (`i`, `j` 0-based); nothing for a single cell (i < 0). */
export function position(i: number, j: number): ErrorParams {
  return i < 0 ? {} : { cellRow: i + 1, cellCol: j + 1 };
}

/** Days of the Date cells read so far, by time zone and instant (see readDayCell). */
const daysByZone = new Map<string, Map<number, Day>>();
const MAX_KNOWN_DAYS = 100000;

/**
 * A date argument's cell as a Day. Only a Date needs the spreadsheet's time zone (a serial number or "2026-03-01"
 * is a day already). A column of dates repeats a few hundred days, and converting an instant in a time zone
 * (Intl's formatToParts) costs more than the rest of a row: each instant is converted once per execution.
 */
function readDayCell(x: unknown): Read<Day> {
  if (!isDateValue(x)) return readDay(x, 'UTC');
  const zone = contextTimeZone();
  let days = daysByZone.get(zone);
  if (!days) {
    days = new Map();
    daysByZone.set(zone, days);
  }
  const t = x.getTime();
  let day = days.get(t);
  if (day === undefined) {
    day = dayOfInstant(x, zone);
    if (days.size < MAX_KNOWN_DAYS) days.set(t, day);
  }
  return { ok: true, value: day };
}

const PROBLEM = { number: 'arg.notNumber', day: 'arg.notDate', bool: 'arg.notBoolean' } as const;

/**
 * One cell's value of the kind, or `blank` for a blank cell (an error when there is none); (i, j) is its place
 * in a range, for messages. The language is read only for text to parse, the time zone only for dates.
 */
export function readCell(
  kind: Kind<unknown>,
  x: unknown,
  arg: string,
  blank: unknown,
  i = -1,
  j = -1,
): unknown {
  if (isBlank(x)) {
    if (blank === undefined) throw new ArgError(arg, 'arg.blank', position(i, j));
    return blank;
  }
  if (kind.options) {
    const found = findChoice(x, kind.options);
    if (found !== undefined) return found;
    const choices = kind.options.map((o) => o.value).join(', ');
    throw new ArgError(arg, 'arg.badChoice', { ...position(i, j), value: shownValue(x), choices });
  }
  if (kind.kind === 'text')
    return typeof x === 'string' || typeof x === 'number' ? String(x).trim() : shownValue(x);
  const read: Read<unknown> =
    kind.kind === 'number'
      ? readNumber(x, typeof x === 'string' ? contextLang() : undefined)
      : kind.kind === 'day'
        ? readDayCell(x)
        : readBoolean(x);
  if (read.ok) return read.value;
  if (read.blank) throw new ArgError(arg, 'arg.blank', position(i, j));
  throw new ArgError(arg, PROBLEM[kind.kind as keyof typeof PROBLEM], {
    ...position(i, j),
    value: shownValue(x),
  });
}
