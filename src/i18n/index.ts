import { DomainError, isDomainError, isMsgRef, type MsgRef, msgRef } from '../core/errors';
import { enMessages } from './en';
import { formatNumber } from './format';
import type { Bilingual, Lang } from './lang';
import { type MessageKey, ruMessages } from './ru';

export {
  currencySign,
  cutText,
  formatDay,
  formatDayMonth,
  formatMoney,
  formatNumber,
  formatPercent,
} from './format';
export { type Bilingual, type Lang, langOfLocale } from './lang';
export type { MessageKey };
export { isMsgRef, type MsgRef, msgRef };

type Messages = Record<MessageKey, string>;
const built: { ru?: Messages; en?: Messages } = {};

/**
 * Every message of a language by key, built on first use: a custom function that succeeds builds none (the
 * messages are a third of the bundle). The objects are copied onto a null prototype, so `toString` is no key.
 */
export function messages(lang: Lang): Messages {
  const have = built[lang];
  if (have) return have;
  const made: Messages = Object.assign(
    Object.create(null) as Messages,
    lang === 'ru' ? ruMessages() : enMessages(),
  );
  built[lang] = made;
  return made;
}

/** Whether any language's messages have been built (a bundle test checks a successful function builds none). */
export function catalogBuilt(): boolean {
  return built.ru !== undefined || built.en !== undefined;
}

/** Whether `code` (a code from data: an error, a trail line, a custom metric's id) is a message key. */
export function isMessageKey(code: string): code is MessageKey {
  return Object.prototype.propertyIsEnumerable.call(messages('ru'), code);
}

/** The message `code` in both languages (finding a tab or a choice written in either); undefined when unknown. */
export function messageOf(code: string): Bilingual | undefined {
  return isMessageKey(code) ? { ru: messages('ru')[code], en: messages('en')[code] } : undefined;
}

/**
 * The ids of one family of keys, for keys built from an id: `KeySuffix<'choice.'>` is `'manager' | 'lead' | …`
 * (from 'choice.manager', …), so `t(\`choice.${id}\`)` type-checks only for an id of the family.
 */
export type KeySuffix<P extends string> = MessageKey extends infer K
  ? K extends `${P}${infer S}`
    ? S
    : never
  : never;

const MONTHS = [
  'month.1',
  'month.2',
  'month.3',
  'month.4',
  'month.5',
  'month.6',
  'month.7',
  'month.8',
  'month.9',
  'month.10',
  'month.11',
  'month.12',
] as const satisfies readonly MessageKey[];

/** The name of month 1–12 ("Январь", "January"); another number is a bug, shown as the internal error. */
export function monthName(month: number, lang: Lang): string {
  const key = MONTHS[month - 1];
  return key ? t(key, lang) : tCode(`month.${month}`, lang);
}

/**
 * A month's name inside a sentence: lower case in Russian («Премии за ноябрь 2026», «Отчёт о продажах: ноябрь
 * 2026»), as written in English ("Bonuses for November 2026").
 */
export function monthInText(month: number, lang: Lang): string {
  const name = monthName(month, lang);
  return lang === 'ru' ? name.toLowerCase() : name;
}

/** The message `${prefix}${id}` when there is one, else the id as written (a custom metric the user named). */
export function labelOr(prefix: 'metric.' | 'bonus.metric.', id: string, lang: Lang): string {
  const key = `${prefix}${id}`;
  return isMessageKey(key) ? t(key, lang) : id;
}

/**
 * The text of message `code` with `{name}` parameters filled in: numbers formatted for the language (a
 * `year` as typed), a `msgRef(...)` parameter translated, anything else inserted literally (never looked up
 * as a code).
 */
export function t(code: MessageKey, lang: Lang, params: Record<string, unknown> = {}): string {
  return fill(messages(lang)[code], lang, params);
}

/**
 * The text of a code that comes from data (a DomainError's, a trail line's, a problem's): as t(), and for a
 * code with no message a visible internal error naming it, never the bare code.
 */
export function tCode(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  return isMessageKey(code) ? t(code, lang, params) : t('app.unknownMessage', lang, { code });
}

/**
 * A number already written for the reader ("1 234,5", "7 %") that a plural still counts by: what the bonus
 * trail passes, so `{n|неделю|недели|недель}` picks its form from the number, not from the text.
 */
export interface Written {
  written: string;
  count: number;
}

export function written(text: string, count: number): Written {
  return { written: text, count };
}

function isWritten(v: unknown): v is Written {
  return typeof v === 'object' && v !== null && typeof (v as Written).written === 'string';
}

function fill(template: string, lang: Lang, params: Record<string, unknown>): string {
  const param = (name: string) =>
    Object.prototype.propertyIsEnumerable.call(params, name) ? params[name] : undefined;
  const text = template.replace(/\{(\w+)\|([^{}]*)\}/g, (whole, name: string, forms: string) => {
    const n = param(name);
    const count = typeof n === 'number' ? n : isWritten(n) ? n.count : undefined;
    return count === undefined ? whole : pluralForm(count, lang, forms.split('|'));
  });
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = param(name);
    if (v === undefined) return whole;
    // A year is a label, not a quantity: shown as typed ("2027"), never grouped like a number ("2 027").
    if (typeof v === 'number') return name === 'year' ? String(v) : formatNumber(v, lang, 6);
    if (isMsgRef(v)) return tCode(v.msgRef, lang);
    if (isWritten(v)) return v.written;
    return String(v);
  });
}

/**
 * The form of a word for a count: `{count|ошибка|ошибки|ошибок}` in Russian (one, few, many),
 * `{count|problem|problems}` in English (one, other), chosen by the language's plural rules; a Russian
 * fraction ("other") takes the "few" form.
 */
export function pluralForm(n: number, lang: Lang, forms: readonly string[]): string {
  const category = pluralCategory(n, lang);
  // A fraction in Russian takes the genitive singular, the "few" form: 1,5 дня, 40,5 балла.
  if (lang === 'ru' && category === 'other') return forms[1] ?? '';
  const order = lang === 'ru' ? ['one', 'few', 'many'] : ['one', 'other'];
  const i = order.indexOf(category);
  return forms[i >= 0 ? i : forms.length - 1] ?? '';
}

const pluralRules: { ru?: Intl.PluralRules; en?: Intl.PluralRules } = {};

function pluralCategory(n: number, lang: Lang): string {
  if (typeof Intl !== 'undefined' && typeof Intl.PluralRules === 'function') {
    const rules = pluralRules[lang] ?? new Intl.PluralRules(lang);
    pluralRules[lang] = rules;
    return rules.select(n);
  }
  // The same rules where Intl is missing: Russian whole numbers, English one/other.
  if (lang === 'en') return n === 1 ? 'one' : 'other';
  if (!Number.isInteger(n)) return 'other';
  const [d, h] = [n % 10, n % 100];
  if (d === 1 && h !== 11) return 'one';
  return d >= 2 && d <= 4 && (h < 12 || h > 14) ? 'few' : 'many';
}

/** The texts a dialog page shows (those whose keys start with one of `prefixes`), in one language, by key. */
export function textsFor(lang: Lang, prefixes: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(messages(lang)))
    if (prefixes.some((p) => key.startsWith(p))) out[key] = text;
  return out;
}

/** The user-facing text of any thrown value: a DomainError is translated, anything else keeps its message. */
export function errorText(e: unknown, lang: Lang): string {
  if (isDomainError(e)) return tCode(e.code, lang, e.params);
  if (e instanceof Error) return e.message;
  return String(e);
}

export { DomainError };
