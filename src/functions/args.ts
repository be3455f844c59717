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
import { ymdOf } from '../core/dates';
import { DomainError, type ErrorParams } from '../core/errors';
import { cutText, formatBoolean, formatDate } from '../i18n/format';
import { contextLang, contextTimeZone } from './context';
import type { Kind } from './declare';

/**
 * Reading custom-function arguments: a single cell arrives as a value, a range as a 2-D array.
 * Problems throw ArgError naming the argument and, inside a range, the cell's row and column
 * (`cellRow`/`cellCol`, apart from any `row` a core message has of its own).
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
    const { year, month, day } = ymdOf(dayOfInstant(x, contextTimeZone()));
    return formatDate(year, month, day, lang);
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

/** The position of a cell inside a range, for messages; nothing for a single cell. */
export function where(m: Matrix<unknown>, row: number, col: number): Record<string, number> {
  return m.length === 1 && m[0].length === 1 ? {} : { cellRow: row + 1, cellCol: col + 1 };
}

const PROBLEM = { number: 'arg.notNumber', day: 'arg.notDate', bool: 'arg.notBoolean' } as const;

/**
 * One cell's value of the kind, or `blank` for a blank cell (an error when there is none). The language is
 * read only for text that must be parsed, the time zone only for dates.
 */
export function readCell(
  kind: Kind<unknown>,
  x: unknown,
  arg: string,
  at: ErrorParams,
  blank?: unknown,
): unknown {
  if (isBlank(x)) {
    if (blank === undefined) throw new ArgError(arg, 'arg.blank', at);
    return blank;
  }
  if (kind.kind === 'choice') {
    const choices = kind.choices ?? {};
    const meanings = Object.keys(choices);
    const found = findChoice(
      x,
      meanings.map((value) => ({ value, names: [value, ...choices[value].split('|')] })),
    );
    if (found !== undefined) return found;
    throw new ArgError(arg, 'arg.badChoice', { ...at, value: shownValue(x), choices: meanings.join(', ') });
  }
  if (kind.kind === 'text')
    return typeof x === 'string' || typeof x === 'number' ? String(x).trim() : shownValue(x);
  const read: Read<unknown> =
    kind.kind === 'number'
      ? readNumber(x, typeof x === 'string' ? contextLang() : undefined)
      : kind.kind === 'day'
        ? readDay(x, contextTimeZone())
        : readBoolean(x);
  if (read.ok) return read.value;
  if (read.blank) throw new ArgError(arg, 'arg.blank', at);
  throw new ArgError(arg, PROBLEM[kind.kind], { ...at, value: shownValue(x) });
}
